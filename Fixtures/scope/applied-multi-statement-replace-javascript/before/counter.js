class Counter {
  m() {
    return 1;
  }

  describe() {
    return `Counter(${this.m()})`;
  }
}

module.exports = { Counter };
