import type { User } from "./types";

const BASE_URL = "/api/v1";

export async function fetchUser(id: string): Promise<User> {
  const res = await fetch(`${BASE_URL}/users/${id}`);
  if (!res.ok) {
    throw new Error(`GET /users/${id} failed: ${res.status}`);
  }
  return (await res.json()) as User;
}
