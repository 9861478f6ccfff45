use graph_enum::GraphEnum;

// The traits `derive(...)` asks for are written even when the enum has an
// error, so comparing, hashing and printing it add no errors of their own.
#[derive(GraphEnum)]
#[graph_enum(ord, derive(Clone, Debug, PartialEq, Eq, Hash))]
enum Status {
    #[graph_enum(rename = "")]
    Done,
}

fn main() {
    let status: Status = "done".parse().unwrap();
    let mut set = std::collections::HashSet::new();
    set.insert(status.clone());
    println!("{status:?} {} {}", status == Status::Done, status < Status::Done);
}
