import { writable } from "svelte/store";

export interface Todo {
  id: number;
  text: string;
  done: boolean;
}

export const todos = writable<Todo[]>([]);

export function add(text: string): void {
  todos.update((list) => [...list, { id: Date.now(), text, done: false }]);
}

export function toggle(id: number): void {
  todos.update((list) => list.map((t) => (t.id === id ? { ...t, done: !t.done } : t)));
}
