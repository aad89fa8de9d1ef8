export const config = {
  retries: 3,
}; // defaults
export const timeoutMs = 5000;

export function load() {
  return config;
}
