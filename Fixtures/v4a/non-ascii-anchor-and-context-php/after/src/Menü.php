<?php

final class Menü
{
    public function café(): array
    {
        return ['espresso' => 2.2, 'crème' => 3.1];
    }

    public function thé(): array
    {
        return ['earl grey' => 2.5, 'crème' => 3.4, 'rooibos' => 2.9];
    }
}
