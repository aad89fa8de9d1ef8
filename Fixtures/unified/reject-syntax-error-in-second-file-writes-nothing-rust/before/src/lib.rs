//! Small geometry helpers.

pub mod point;

pub use point::Point;

pub fn version() -> &'static str {
    "0.2.0"
}
