pub struct Square(f64);
pub struct Circle(f64);

impl Square {
    pub fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl Circle {
    pub fn area(&self) -> f64 {
        std::f64::consts::PI * self.0 * self.0
    }
}
