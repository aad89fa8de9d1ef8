package demo;

import java.util.ArrayDeque;

public class Queue<T> {
    private final ArrayDeque<T> items = new ArrayDeque<>();

    public void push(T item) {
        items.addLast(item);
    }

    public T pop() {
        T first = items.pollFirst();
        return first;
    }
}
