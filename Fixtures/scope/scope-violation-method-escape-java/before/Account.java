public class Account {
    private long balance;

    public void deposit(long amount) {
        balance += amount;
    }
}
