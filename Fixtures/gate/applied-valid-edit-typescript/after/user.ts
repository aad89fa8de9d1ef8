export interface User {
  id: number;
  name: string;
  email?: string;
  createdAt: Date;
}

export function displayName(user: User): string {
  return user.email ? `${user.name} <${user.email}>` : user.name;
}
