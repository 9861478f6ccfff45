//! OData syntax around enum values: `$filter` literals and the request header
//! of evolvable enums.

use core::fmt::{self, Display, Write};

/// The header that asks Graph to send the members of evolvable enums declared
/// after `unknownFutureValue`, as `(name, value)`.
///
/// Without it, Graph replaces those members with `unknownFutureValue`; see
/// [`GraphEnum::requires_opt_in`](crate::GraphEnum::requires_opt_in).
///
/// ```
/// let (name, value) = graph_enum::INCLUDE_UNKNOWN_ENUM_MEMBERS;
/// assert_eq!(format!("{name}: {value}"), "Prefer: include-unknown-enum-members");
/// ```
pub const INCLUDE_UNKNOWN_ENUM_MEMBERS: (&str, &str) = ("Prefer", "include-unknown-enum-members");

/// An OData enum literal, `microsoft.graph.vppTokenSyncStatus'inProgress'`, as
/// `$filter` expressions need it; written by `Display` without allocating.
///
/// Made by [`GraphEnum::odata_literal`](crate::GraphEnum::odata_literal) and
/// [`Flags::odata_literal`](crate::Flags::odata_literal). A `'` in the value
/// (possible only in an unknown value) is doubled, as OData escapes it.
///
/// ```
/// use graph_enum::{GraphEnum, VppTokenSyncStatus};
///
/// let filter = format!("lastSyncStatus eq {}", VppTokenSyncStatus::Failed.odata_literal());
/// assert_eq!(filter, "lastSyncStatus eq microsoft.graph.vppTokenSyncStatus'failed'");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ODataLiteral<V> {
    namespace: &'static str,
    type_name: &'static str,
    value: V,
}

impl<V: Display> ODataLiteral<V> {
    pub(crate) fn new(namespace: &'static str, type_name: &'static str, value: V) -> Self {
        ODataLiteral {
            namespace,
            type_name,
            value,
        }
    }
}

impl<V: Display> Display for ODataLiteral<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}'", self.namespace, self.type_name)?;
        write!(QuoteDoubler(f), "{}", self.value)?;
        f.write_char('\'')
    }
}

/// Writes through, doubling every `'`.
struct QuoteDoubler<'a, 'b>(&'a mut fmt::Formatter<'b>);

impl Write for QuoteDoubler<'_, '_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        for (index, piece) in text.split('\'').enumerate() {
            if index > 0 {
                self.0.write_str("''")?;
            }
            self.0.write_str(piece)?;
        }
        Ok(())
    }
}
