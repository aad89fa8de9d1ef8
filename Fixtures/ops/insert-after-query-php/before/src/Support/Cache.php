<?php

namespace App\Support;

final class Cache
{
    private array $entries = [];

    public function get(string $key): mixed
    {
        return $this->entries[$key] ?? null;
    }

    public function put(string $key, mixed $value): void
    {
        $this->entries[$key] = $value;
    }
}
