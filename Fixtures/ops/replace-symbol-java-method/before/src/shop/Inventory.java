package shop;

import java.util.HashMap;
import java.util.Map;

public class Inventory {
    private final Map<String, Integer> stock = new HashMap<>();

    public void add(String sku, int qty) {
        stock.merge(sku, qty, Integer::sum);
    }

    public int count(String sku) {
        return stock.getOrDefault(sku, 0);
    }
}
