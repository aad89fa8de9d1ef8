<?php

function add(int $a, int $b): int
{
    return $a + $b;
}

function addAll(array $xs): int
{
    $total = 0;
    foreach ($xs as $x) {
        $total = $total + $x;
    }
    return $total;
}

function twice(int $a): int
{
    return $a + $a;
}
