use graph_enum::GraphEnum;

#[derive(GraphEnum)]
#[graph_enum(display_name = "Status")]
enum Status {
    Done,
}

fn main() {}
