// GreetingCard.tsx — renders a list of greetings with a small header.
import React, { useMemo, useState } from 'react';

export type Tone = 'formal' | 'casual';

export interface GreetingCardProps {
  names: string[];
  tone?: Tone;
  onSelect?: (name: string) => void;
}

const SALUTATION: Record<Tone, string> = {
  formal: 'Bonjour',
  casual: 'Salut',
};

export function formatGreeting(name: string, tone: Tone = 'casual'): string {
  return `${SALUTATION[tone]}, ${name} →`;
}

function Header({ title, count }: { title: string; count: number }) {
  return (
    <header className="card-header">
      <h2>{title}</h2>
      <span className="badge">{count} guests</span>
    </header>
  );
}

export function GreetingCard({ names, tone = 'casual', onSelect }: GreetingCardProps) {
  const [selected, setSelected] = useState<string | null>(null);
  const sorted = useMemo(() => [...names].sort((a, b) => a.localeCompare(b)), [names]);

  function handleClick(name: string) {
    setSelected(name);
    onSelect?.(name);
  }

  return (
    <section className="greeting-card">
      <Header title="Café guests" count={sorted.length} />
      <ul>
        {sorted.map((name) => (
          <li
            key={name}
            className={name === selected ? 'selected' : undefined}
            onClick={() => handleClick(name)}
          >
            {formatGreeting(name, tone)}
          </li>
        ))}
      </ul>
      {selected && <p className="footer">Selected: {selected}</p>}
    </section>
  );
}

export class GreetingErrorBoundary extends React.Component<
  { children: React.ReactNode },
  { failed: boolean }
> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (this.state.failed) {
      return <p role="alert">Something went wrong — désolé.</p>;
    }
    return this.props.children;
  }
}

export default GreetingCard;
