class Shelf {
  constructor() {
    this.books = [];
  }

  add(book) {
    this.books.push(book);
  }
}

module.exports = Shelf;
