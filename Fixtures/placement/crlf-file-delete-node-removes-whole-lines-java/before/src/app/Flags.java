package app;

public class Flags {
    public boolean verbose() {
        return false;
    }

    public boolean legacy() {
        return true;
    }
}
