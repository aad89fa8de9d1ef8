pub struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    pub fn new(input: &'a str) -> Self {
        Parser { input, pos: 0 }
    }

    pub fn at_end(&self) -> bool {
        self.input[self.pos..].trim().is_empty()
    }
}

pub fn parse_all(input: &str) -> usize {
    let p = Parser::new(input);
    if p.at_end() { 0 } else { input.len() }
}
