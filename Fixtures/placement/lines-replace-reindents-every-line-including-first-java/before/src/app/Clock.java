package app;

public class Clock {
    public long now() {
        return System.currentTimeMillis();
    }
}
