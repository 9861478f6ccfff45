use graph_enum::GraphEnum;

#[derive(GraphEnum)]
enum Status<T> {
    Done,
    Marker(std::marker::PhantomData<T>),
}

fn main() {}
