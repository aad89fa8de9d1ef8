pub struct Counter {
    hits: u32,
}

impl Counter {
    pub fn hit(&mut self) {
        self.hits += 1;
    }
}
