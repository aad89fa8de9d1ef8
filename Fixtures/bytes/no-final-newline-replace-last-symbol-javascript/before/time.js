export function pad(n, width) {
  return String(n).padStart(width, "0");
}

export function formatTime(d) {
  return `${pad(d.getHours(), 2)}:${pad(d.getMinutes(), 2)}`;
}