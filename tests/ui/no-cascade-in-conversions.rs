use graph_enum::GraphEnum;

#[derive(GraphEnum, Debug)]
enum Open {
    #[graph_enum(rename = "")]
    Done,
    #[graph_enum(unknown)]
    Other,
}

#[derive(GraphEnum, Debug)]
enum Closed {
    #[graph_enum(rename = "")]
    Done,
}

fn main() {
    // The conversions of each shape compile: the only errors are the two above.
    let open = Open::from("done");
    let open_number = Open::from(1);
    let closed = Closed::try_from("done").unwrap();
    let closed_number = Closed::try_from(0).unwrap();
    let number = i32::from(Closed::Done);
    println!("{open:?} {open_number:?} {closed:?} {closed_number:?} {number}");
}
