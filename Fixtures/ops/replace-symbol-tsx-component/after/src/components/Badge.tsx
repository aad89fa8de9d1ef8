import React from "react";

type BadgeProps = {
  label: string;
  tone?: "info" | "warn";
};

export function Badge({ label, tone = "info" }: BadgeProps) {
  const className = `badge badge-${tone}`;
  return (
    <span className={className} role="status">
      {label}
    </span>
  );
}

export default Badge;
