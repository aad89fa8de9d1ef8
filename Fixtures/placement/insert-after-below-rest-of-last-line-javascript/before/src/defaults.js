export const config = {
  retries: 3,
}; // defaults

export function load() {
  return config;
}
