pub struct Counter {
    hits: u32,
}

impl Counter {
    pub fn hit(&mut self) {
        self.hits = self.hits.saturating_add(1);
        log::trace!("hit {}", self.hits);
    }
}
