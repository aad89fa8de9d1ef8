use clap::Parser;

mod greet;

#[derive(Parser)]
struct Args {
    name: String,
}

fn main() {
    let args = Args::parse();
    println!("{}", greet::greeting(&args.name));
}
