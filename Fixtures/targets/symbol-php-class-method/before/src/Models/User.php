<?php

namespace App\Models;

class User
{
    public function __construct(
        private string $first,
        private string $last,
    ) {
    }

    public function name(): string
    {
        return $this->first . ' ' . $this->last;
    }
}
