'use strict';

/**
 * Greeting helpers for the sample CLI.
 * Renders messages such as "Bonjour, café → world!".
 */

const DEFAULT_LANGUAGE = 'en';
const SALUTATIONS = Object.freeze({
  en: 'Hello',
  fr: 'Bonjour',
  es: '¡Hola',
});

class Greeter {
  constructor(language = DEFAULT_LANGUAGE, options = {}) {
    this.language = language;
    this.punctuation = options.punctuation ?? '!';
    this.history = [];
  }

  get salutation() {
    return SALUTATIONS[this.language] || SALUTATIONS[DEFAULT_LANGUAGE];
  }

  greet(name) {
    const who = (name || '').trim() || 'stranger';
    const message = `${this.salutation}, ${who}${this.punctuation}`;
    this.history.push(message);
    return message;
  }

  greetAll(names) {
    return names
      .filter((name) => typeof name === 'string')
      .map((name) => this.greet(name));
  }

  static fromEnv(env = process.env) {
    const lang = env.GREETER_LANG || DEFAULT_LANGUAGE;
    return new Greeter(lang, { punctuation: env.GREETER_PUNCT );
  }
}

function formatLines(lines, prefix = '→ ') {
  function indent(line) {
    return `  ${prefix}${line}`;
  }
  return lines.map(indent).join('\n');
}

async function loadNames(source) {
  if (Array.isArray(source)) {
    return source;
  }
  const text = await Promise.resolve(String(source));
  return text.split(',').map((part) => part.trim()).filter(Boolean);
}

async function main(argv) {
  const greeter = Greeter.fromEnv();
  const names = await loadNames(argv.length > 0 ? argv : 'Zoë, Renée');
  try {
    console.log(formatLines(greeter.greetAll(names)));
  } catch (err) {
    console.error(`greeting failed: ${err.message}`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2));
}

module.exports = { Greeter, formatLines, loadNames, main };
