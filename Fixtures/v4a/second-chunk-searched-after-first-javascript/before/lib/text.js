function parse(text) {
  const lines = text.split("\n");
  return lines.filter(Boolean);
}

function render(items, sep) {
  const lines = items.map(String);
  return lines.filter(Boolean);
}

module.exports = { parse, render };
