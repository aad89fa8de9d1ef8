pub struct Stack {
    items: Vec<i32>,
}

impl Stack {
    pub fn push(&mut self, v: i32) {
        self.items.push(v);
    }
}
