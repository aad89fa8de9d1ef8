pub struct Meter {
    readings: Vec<f64>,
}

impl Meter {
    pub fn new() -> Self {
        Meter { readings: Vec::new() }
    }

    pub fn record(&mut self, value: f64) {
        self.readings.push(value);
    }

    pub fn average(&self) -> f64 {
        let total: f64 = self.readings.iter().sum();
        total / self.readings.len() as f64
    }
}
