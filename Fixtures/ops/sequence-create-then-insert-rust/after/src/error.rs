use std::fmt;

#[derive(Debug)]
pub enum ParseError {
    Empty,
    BadDigit(char),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Empty => write!(f, "empty input"),
            ParseError::BadDigit(c) => write!(f, "bad digit {c:?}"),
        }
    }
}
