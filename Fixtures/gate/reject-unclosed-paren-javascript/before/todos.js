export function activeTitles(items) {
  return items
    .filter((item) => item.active)
    .map((item) => item.title);
}

export function countDone(items) {
  let done = 0;
  for (const item of items) {
    if (item.done) done += 1;
  }
  return done;
}
