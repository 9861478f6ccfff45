use graph_enum::GraphEnum;

#[derive(GraphEnum)]
#[allow(non_camel_case_types)]
enum Status {
    InProgress,
    inProgress,
}

fn main() {}
