use graph_enum::GraphEnum;

#[derive(GraphEnum)]
#[graph_enum(description(deutsch1 = "Status"))]
enum Status {
    #[graph_enum(description(d = "Fertig."))]
    Done,
}

fn main() {}
