use graph_enum::GraphEnum;

#[derive(GraphEnum)]
#[graph_enum(name = "vpp-token-sync-status")]
enum Status {
    Done,
}

fn main() {}
