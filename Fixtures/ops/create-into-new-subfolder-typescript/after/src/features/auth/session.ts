export interface Session {
  userId: string;
  expiresAt: Date;
}

export function isExpired(session: Session, now = new Date()): boolean {
  return session.expiresAt.getTime() <= now.getTime();
}
