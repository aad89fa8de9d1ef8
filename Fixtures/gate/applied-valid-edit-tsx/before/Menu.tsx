import React from "react";

type Props = { labels: string[] };

export function Menu({ labels }: Props) {
  return (
    <ul className="menu">
      {labels.map((label) => (
        <li key={label}>
          <span>{label}</span>
        </li>
      ))}
    </ul>
  );
}
