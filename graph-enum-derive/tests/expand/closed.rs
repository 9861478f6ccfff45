/// The type of a Volume Purchase Program account: no fallback, so unknown
/// input is an error.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VppTokenAccountType {
    Business,
    Education,
    #[graph_enum(rename = "enterprise_v2")]
    Enterprise,
}
