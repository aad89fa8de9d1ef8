// Greeter.java-style sample for astpatch — no public top-level class on purpose.
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

enum Language {
    ENGLISH("Hello"),
    FRENCH("Bonjour"),
    SPANISH("¡Hola");

    private final String salutation;

    Language(String salutation) {
        this.salutation = salutation;
    }

    String salutation() {
        return salutation;
    }
}

interface Greeting {
    String greet(String name);
}

class Greeter implements Greeting {
    static final String ARROW = "→";

    private final Language language;
    private final History history = new History();

    Greeter(Language language) {
        this.language = Objects.requireNonNull(language);
    }

    @Override
    public String greet(String name) {
        String who = (name == null || name.isBlank()) ? "stranger" : name.strip();
        String message = language.salutation() + ", " + who + "!";
        history.add(message);
        return message;
    }

    List<String> greetAll(List<String> names) {
        List<String> lines = new ArrayList<>();
        for (String name : names) {
            lines.add(ARROW + " " + greet(name));
        }
        return lines;
    }

    static final class History {
        private final List<String> entries = new ArrayList<>();

        void add(String entry) {
            if (entries.size() >= 100) {
                entries.remove(0);
            }
            entries.add(entry);
        }

        int size() {
            return entries.size();
        }
    }
}

class GreeterDemo {
    public static void main(String[] args) {
        Greeter greeter = new Greeter(Language.FRENCH);
        List<String> names = args.length > 0 ? List.of(args) : List.of("Zoë", "café regulars");
        for (String line : greeter.greetAll(names)) {
            System.out.println(line);
        }
    }
}
