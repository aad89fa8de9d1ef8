import React from "react";

type BadgeProps = {
  label: string;
  tone?: "info" | "warn";
};

export function Badge({ label, tone = "info" }: BadgeProps) {
  return <span className={`badge badge-${tone}`}>{label}</span>;
}

export default Badge;
