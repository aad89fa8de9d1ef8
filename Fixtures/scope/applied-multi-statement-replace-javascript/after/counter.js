class Counter {
  m() {
    const base = 1;
    return base;
  }

  describe() {
    return `Counter(${this.m()})`;
  }
}

module.exports = { Counter };
