//! Generates `#[derive(GraphEnum)]` Rust enums from OData CSDL (`$metadata`)
//! enum types, and from the JSON enum catalogue graph-enum ships.
//!
//! Every enum type is checked with the derive's own rules (`graph_enum_rules`)
//! before anything is written, so what the generator accepts compiles: a type
//! the derive would reject is a [`SchemaError`] naming the type, the member and
//! what CSDL requires.
//!
//! ```
//! let xml = r#"<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
//!   <edmx:DataServices>
//!     <Schema Namespace="Contoso.Sales" xmlns="http://docs.oasis-open.org/odata/ns/edm">
//!       <EnumType Name="orderState">
//!         <Member Name="open" Value="0"/>
//!         <Member Name="shipped" Value="1"/>
//!       </EnumType>
//!     </Schema>
//!   </edmx:DataServices>
//! </edmx:Edmx>"#;
//! let enums = graph_enum_codegen::csdl::parse(xml)?;
//! let options = graph_enum_codegen::Options { root_namespace: "Contoso.Sales".into(), ..Default::default() };
//! let source = graph_enum_codegen::modules(&enums, &options)?.single_file(&options);
//! assert!(source.contains("pub enum OrderState {"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod builder;
mod check;
pub mod csdl;
pub mod csdl_json;
pub mod json;
mod layout;
mod options;
mod render;
mod rust_names;
pub mod schema;

pub use crate::builder::{parse_input, read_input, Builder, Error};
pub use crate::check::{SchemaError, SchemaErrors};
pub use crate::layout::{modules, Module};
pub use crate::options::Options;
