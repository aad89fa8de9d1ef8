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
            if (value <= 0) {
                throw new IllegalArgumentException("id must be positive");
            }
            this.nextId = value;
            return this;
        }

        public Order build() {
            return new Order(nextId);
        }
    }
}
