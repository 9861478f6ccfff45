use graph_enum::GraphEnum;

#[derive(GraphEnum, Debug)]
enum Status {
    #[graph_enum(rename = "")]
    Done,
}

fn main() {
    // The enum's other uses compile: the only error is the one above.
    let status: Status = "done".parse().unwrap();
    println!("{status} {:?} {}", status.value(), Status::NAME);
}
