export const DEFAULT_TIMEOUT_MS = 30_000;

export const MAX_RETRIES = 5;

export function backoff(attempt: number): number {
  return Math.min(2 ** attempt * 100, DEFAULT_TIMEOUT_MS);
}
