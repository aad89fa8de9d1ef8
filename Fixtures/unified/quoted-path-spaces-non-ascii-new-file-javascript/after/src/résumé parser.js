export function parseResume(text) {
  const sections = {};
  let current = "summary";
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    const heading = /^#+\s*(.+)$/.exec(line);
    if (heading) {
      current = heading[1].toLowerCase();
      sections[current] = [];
    } else if (line) {
      (sections[current] ??= []).push(line);
    }
  }
  return sections;
}
