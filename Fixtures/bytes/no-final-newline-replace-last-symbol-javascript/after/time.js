export function pad(n, width) {
  return String(n).padStart(width, "0");
}

export function formatTime(d, seconds = false) {
  const hm = `${pad(d.getHours(), 2)}:${pad(d.getMinutes(), 2)}`;
  return seconds ? `${hm}:${pad(d.getSeconds(), 2)}` : hm;
}