// Greeting service with typed configuration — sample for astpatch.

export type Language = 'en' | 'fr' | 'es';

export interface GreeterOptions {
  language: Language;
  punctuation?: string;
  shout?: boolean;
}

const SALUTATIONS: Record<Language, string> = {
  en: 'Hello',
  fr: 'Bonjour',
  es: '¡Hola',
};

export namespace Format {
  export const arrow = '→';

  export function indent(line: string, depth = 1): string {
    return `${'  '.repeat(depth)}${arrow} ${line}`;
  }

  export function shout(line: string): string {
    return line.toUpperCase();
  }
}

export class Greeter {
  private readonly history: string[] = [];

  constructor(private readonly options: GreeterOptions) {}

  greet(name: string): string {
    const who = name.trim() || 'stranger';
    const punctuation = this.options.punctuation ?? '!';
    let message = `${SALUTATIONS[this.options.language]}, ${who}${punctuation}`;
    if (this.options.shout) {
      message = Format.shout(message);
    }
    this.history.push(message);
    return message;
  }

  greetAll(names: readonly string[]): string[] {
    return names.map((name) => this.greet(name));
  }

  get count(): number {
    return this.history.length;
  }
}

export function createGreeter(partial: Partial<GreeterOptions> = {}): Greeter {
  const options: GreeterOptions = { language: 'en', ...partial };
  return new Greeter(options);
}

export async function greetEveryone(
  names: string[],
  language: Language = 'fr',
): Promise<string> {
  const greeter = createGreeter({ language });
  const lines = greeter.greetAll(names).map((line) => Format.indent(line));
  return lines.join('\n');
}

greetEveryone(['Zoë', 'café regulars']).then((text) => console.log(text));
