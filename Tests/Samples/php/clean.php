<?php

declare(strict_types=1);

/**
 * Greeting helpers for the astpatch samples — renders "→ Bonjour, café!".
 */

const ARROW = '→';

enum Language: string
{
    case English = 'en';
    case French = 'fr';
    case Spanish = 'es';

    public function salutation(): string
    {
        return match ($this) {
            Language::English => 'Hello',
            Language::French => 'Bonjour',
            Language::Spanish => '¡Hola',
        };
    }
}

interface Greeting
{
    public function greet(string $name): string;
}

final class Greeter implements Greeting
{
    /** @var string[] */
    private array $history = [];

    public function __construct(
        private Language $language = Language::English,
        private string $punctuation = '!',
    ) {
    }

    public function greet(string $name): string
    {
        $who = trim($name);
        if ($who === '') {
            $who = 'stranger';
        }
        $message = sprintf('%s, %s%s', $this->language->salutation(), $who, $this->punctuation);
        $this->history[] = $message;
        return $message;
    }

    /**
     * @param string[] $names
     * @return string[]
     */
    public function greetAll(array $names): array
    {
        return array_map(fn (string $name): string => $this->greet($name), $names);
    }

    public function count(): int
    {
        return count($this->history);
    }
}

function format_lines(array $lines, int $depth = 1): string
{
    $pad = str_repeat('  ', $depth);
    $out = [];
    foreach ($lines as $line) {
        $out[] = $pad . ARROW . ' ' . $line;
    }
    return implode("\n", $out);
}

$greeter = new Greeter(Language::French);
$names = array_slice($argv ?? [], 1) ?: ['Zoë', 'café regulars'];
echo format_lines($greeter->greetAll($names)), PHP_EOL;
