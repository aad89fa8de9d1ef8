package bank;

public class Account {
    private long balance;

    public void deposit(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount");
        }
        balance += amount;
    }

    public void withdraw(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount");
        }
        balance -= amount;
    }

    public static class Savings extends Account {
        private final double rate;

        public Savings(double rate) {
            this.rate = rate;
        }

        @Override
        public void withdraw(long amount) {
            if (amount <= 0 || amount > 100_000) {
                throw new IllegalArgumentException("amount");
            }
            super.withdraw(amount);
        }
    }
}
