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
    /// Where the type is declared, for errors: the file (set by whoever read
    /// it, such as [`csdl::read`](crate::csdl::read)) and the 1-based line.
    pub source: Source,
}

/// Where something is declared in the generator's input.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Source {
    /// The file, if the input came from one.
    pub file: Option<String>,
    /// The 1-based line, if the format has lines.
    pub line: Option<u32>,
}

impl std::fmt::Display for Source {
    /// `file:line`, `file`, `line N`, or nothing.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (&self.file, self.line) {
            (Some(file), Some(line)) => write!(f, "{file}:{line}"),
            (Some(file), None) => f.write_str(file),
            (None, Some(line)) => write!(f, "line {line}"),
            (None, None) => Ok(()),
        }
    }
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
    /// The 1-based line of its declaration, if the format has lines.
    pub line: Option<u32>,
}
