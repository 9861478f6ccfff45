//! What the generator knows of an enum type, whichever format it came from.

/// One OData enum type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EnumType {
    /// The schema namespace, `microsoft.graph.security`.
    pub namespace: String,
    /// The type's name, `alertSeverity`.
    pub name: String,
    /// `IsFlags="true"`.
    pub flags: bool,
    /// `UnderlyingType`, `Edm.Int32` when the schema omits it.
    pub underlying: String,
    /// The type's description annotation, if the schema has one.
    pub description: Option<String>,
    /// The members in declaration order.
    pub members: Vec<Member>,
}

/// One member of an enum type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    /// The name, which is the wire format, verbatim.
    pub name: String,
    /// The value: given, or counted on from the previous member as CSDL says.
    pub value: i64,
    /// The member's description annotation, if the schema has one.
    pub description: Option<String>,
}
