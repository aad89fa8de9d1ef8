import type { User } from "./types";

const BASE_URL = "/api/v2";

export async function fetchUser(id: string): Promise<User> {
  const res = await fetch(`${BASE_URL}/users/${encodeURIComponent(id)}`);
  if (!res.ok) {
    throw new Error(`GET /users/${id} failed: ${res.status}`);
  }
  return (await res.json()) as User;
}
