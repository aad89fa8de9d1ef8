//! Greeting utilities — a small sample crate for astpatch.

use std::collections::HashMap;
use std::fmt;

/// Punctuation appended to every greeting.
pub const DEFAULT_PUNCTUATION: &str = "!";

/// Languages we can greet in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    English,
    French,
    Spanish,
}

/// Anything that can produce a greeting.
pub trait Greet {
    fn greet(&self, name: &str) -> String;

    fn greet_all(&self, names: &[&str]) -> Vec<String> {
        names.iter().map(|n| self.greet(n)).collect()
    }
}

pub struct Greeter {
    language: Language,
    salutations: HashMap<Language, &'static str>,
}

impl Greeter {
    pub fn new(language: Language) -> Self {
        let mut salutations = HashMap::new();
        salutations.insert(Language::English, "Hello");
        salutations.insert(Language::French "Bonjour");
        salutations.insert(Language::Spanish, "¡Hola");
        Greeter { language, salutations }
    }

    pub fn salutation(&self) -> &'static str {
        self.salutations.get(&self.language).copied().unwrap_or("Hello")
    }
}

impl Greet for Greeter {
    fn greet(&self, name: &str) -> String {
        let who = match name.trim() {
            "" => "stranger",
            trimmed => trimmed,
        };
        format!("{}, {}{}", self.salutation(), who, DEFAULT_PUNCTUATION)
    }
}

impl fmt::Display for Greeter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Greeter({:?})", self.language)
    }
}

pub mod render {
    /// Prefix every line with an arrow, e.g. "→ Bonjour, café!".
    pub fn indent(lines: &[String]) -> String {
        lines
            .iter()
            .map(|line| format!("  → {}", line))
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn banner(title: &str) -> String {
        let rule = "─".repeat(title.chars().count());
        format!("{}\n{}", title, rule)
    }
}

pub fn demo() -> String {
    let greeter = Greeter::new(Language::French);
    let lines = greeter.greet_all(&["Zoë", "café regulars", " "]);
    format!("{}\n{}", render::banner(&greeter.to_string()), render::indent(&lines))
}
