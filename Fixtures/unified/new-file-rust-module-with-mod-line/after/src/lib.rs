//! Small geometry helpers.

pub mod point;
pub mod rect;

pub use point::Point;
pub use rect::Rect;

pub fn version() -> &'static str {
    "0.2.0"
}
