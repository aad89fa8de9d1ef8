pub struct Stats {
    count: u64,
    sum: f64,
}

impl Stats {
    pub fn push(&mut self, value: f64) {
        self.count += 1;
        self.sum += value;
    }

    pub fn mean(&self) -> Option<f64> {
        if self.count == 0 {
            return None;
        }
        Some(self.sum / self.count as f64)
    }
}
