package app;

public class Clock {
    public long now() {
        return System.nanoTime() / 1_000_000;
    }
}
