/// A `Copy` enum of another service's spelling: unknown input becomes `Other`.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
#[graph_enum(namespace = "Contoso.Sales", rename_all = "snake_case")]
pub enum OrderState {
    Open = 1,
    InTransit = 2,
    #[graph_enum(value = 4)]
    Delivered,
    #[graph_enum(unknown)]
    Other,
}
