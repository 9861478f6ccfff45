//! The enums the integration tests share: one of each shape a Graph enum
//! has (closed, lossy, lossless, flags), derived here as a user derives
//! them, with graph-enum's integration features on.

use graph_enum::{GraphEnum, UnknownValue};

pub use graph_enum::VppTokenSyncStatus;

/// Closed: Graph's `vppTokenAccountType`.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum VppTokenAccountType {
    /// Apple Business Manager.
    Business,
    /// Apple School Manager.
    Education,
}

/// Lossy: Graph's `vppTokenState`, unknown values dropped.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum VppTokenState {
    /// Default state.
    Unknown,
    /// Token is valid.
    Valid,
    /// Token is expired.
    Expired,
    /// Token is invalid.
    Invalid,
    /// Token is managed by another MDM Service.
    AssignedToExternalMDM,
    /// A state this code does not know.
    #[graph_enum(unknown)]
    Other,
}

/// Flags, lossless: Graph's `chatMessageActions`.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq)]
#[repr(i32)]
#[graph_enum(flags)]
pub enum ChatMessageActions {
    /// A reaction was added.
    ReactionAdded = 1,
    /// A reaction was removed.
    ReactionRemoved = 2,
    /// Actions Graph added later.
    ActionUndefined = 4,
    /// Graph's sentinel.
    UnknownFutureValue = 8,
    /// A part this code does not know, kept.
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

/// Flags, closed: a set only of declared members.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
#[graph_enum(flags)]
pub enum Permissions {
    /// Read.
    Read = 1,
    /// Write.
    Write = 2,
    /// Delete.
    Delete = 4,
}
