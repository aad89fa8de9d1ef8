<?php

class Cart
{
    private array $lines = [];

    public function add(string $sku, int $qty): void
    {
        $this->lines[$sku] = ($this->lines[$sku] ?? 0) + $qty;
    }

    public function count(): int
    {
        $n = (int) array_sum($this->lines);
        return $n;
    }
}
