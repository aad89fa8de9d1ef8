<?php

declare(strict_types=1);

namespace Shop\Pricing;

final class TaxCalculator
{
    public function __construct(private float $rate)
    {
    }

    public function apply(float $net): float
    {
        return round($net * (1 + $this->rate), 2);
    }
}