//! The `tracing` feature: one event when a value the enum does not declare
//! is read, so a service sees that Graph sent something new.
//!
//! Every reading path calls [`undeclared`] once it has no member for its
//! input and the enum has taken it (a lossless fallback keeps it, a lossy one
//! drops it); a closed enum's error is its own report. The known path never
//! gets here, and without the feature the call is empty.

use core::fmt::Display;

use crate::GraphEnum;

/// Reports `value`, read by `E` as a value it does not declare: a `DEBUG`
/// event with target `graph_enum`, naming the type and the value.
#[inline]
// Without the feature the event, and with it `E`, is compiled out.
#[cfg_attr(not(feature = "tracing"), allow(clippy::extra_unused_type_parameters))]
pub(crate) fn undeclared<E: GraphEnum>(value: impl Display) {
    #[cfg(feature = "tracing")]
    tracing::debug!(
        target: "graph_enum",
        enum_type = E::NAME,
        namespace = E::NAMESPACE,
        fallback = ?E::FALLBACK,
        %value,
        "read a value the enum does not declare",
    );
    #[cfg(not(feature = "tracing"))]
    let _ = value;
}
