use graph_enum::GraphEnum;

#[derive(GraphEnum)]
enum Status {
    #[graph_enum(description(de = "Fertig."), description(de = "Erledigt."))]
    Done,
}

fn main() {}
