package util;

import java.util.function.Supplier;

public final class Retry {
    public static <T> T run(Supplier<T> op, int attempts) {
        for (int i = 1; ; i++) {
            try {
                return op.get();
            } catch (RuntimeException e) {
                if (i >= attempts) throw e;
            }
        }
    }
}
