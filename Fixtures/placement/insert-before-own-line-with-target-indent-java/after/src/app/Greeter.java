package app;

public class Greeter {
    private final String name;

    public Greeter(String name) {
        this.name = name;
    }

    public String wave() {
        return "o/ " + name;
    }

    public String greet() {
        return "Hello, " + name;
    }
}
