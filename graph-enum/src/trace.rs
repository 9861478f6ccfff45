//! The `tracing` feature: one event when a value the enum does not declare
//! is read, so a service sees that Graph sent something new.
//!
//! Every reading path calls [`undeclared`] once it has no member for its
//! input and the enum has taken it (a lossless fallback keeps it, a lossy one
//! drops it); a closed enum's error is its own report. The known path never
//! gets here, and without the feature the call is empty.

use core::fmt::Display;

use crate::member::Fallback;

/// Reports `value`, read by the enum type `name` of `namespace` as a value it
/// does not declare: a `DEBUG` event with target `graph_enum`.
#[inline]
pub(crate) fn undeclared(
    name: &'static str,
    namespace: &'static str,
    fallback: Fallback,
    value: impl Display,
) {
    #[cfg(feature = "tracing")]
    tracing::debug!(
        target: "graph_enum",
        enum_type = name,
        namespace,
        fallback = ?fallback,
        %value,
        "read a value the enum does not declare",
    );
    #[cfg(not(feature = "tracing"))]
    let _ = (name, namespace, fallback, value);
}
