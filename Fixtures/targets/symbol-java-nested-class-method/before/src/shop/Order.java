package shop;

public class Order {
    private final int id;

    private Order(int id) {
        this.id = id;
    }

    public int getId() {
        return id;
    }

    public static class Builder {
        private int nextId;

        public Builder id(int value) {
            this.nextId = value;
            return this;
        }

        public Order build() {
            return new Order(nextId);
        }
    }
}
