export interface Greeting {
  language: string;
  text: string;
}

export class GreetingStore {
  private readonly greetings = new Map<string, Greeting>();

  add(greeting: Greeting): void {
    this.greetings.set(greeting.language, greeting);
  }

  find(language: string): Greeting | undefined {
    return this.greetings.get(language);
  }
}

export function defaultStore(): GreetingStore {
  const store = new GreetingStore();
  store.add({ language: "en", text: "Hello" });
  store.add({ language: "fr", text: "Bonjour" });
  return store;
}
