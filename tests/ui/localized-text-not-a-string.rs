use graph_enum::GraphEnum;

#[derive(GraphEnum)]
enum Status {
    #[graph_enum(display_name(de = Fertig))]
    Done,
}

fn main() {}
