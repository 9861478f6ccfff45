use graph_enum::GraphEnum;

#[derive(GraphEnum)]
#[graph_enum(colour = "blue")]
enum Status {
    #[graph_enum(rename = "")]
    Done,
    Failed(u8),
    #[graph_enum(value = 0)]
    Again,
    #[graph_enum(unknown)]
    Other,
    Last,
}

fn main() {}
