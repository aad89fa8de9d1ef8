class Counter {
  m() {
    return 1;
    }
    n() {
      return 2;
  }

  describe() {
    return `Counter(${this.m()})`;
  }
}

module.exports = { Counter };
