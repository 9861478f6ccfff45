use graph_enum::GraphEnum;

#[derive(GraphEnum)]
enum Status {
    #[graph_enum(renamed = "done")]
    Done,
}

fn main() {}
