//! One enum per shape the laws must hold for, most of them Graph's own or
//! with the quirks of Graph's catalogue.

use graph_enum::{GraphEnum, UnknownValue};

/// Closed: no fallback; negative and large values, Graph-like names.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i64)]
pub enum Closed {
    None = 0,
    InProgress = 1,
    Failed = -3,
    #[graph_enum(rename = "tls1_2")]
    Tls12 = -2_016_336_109,
    AssignedToExternalMDM = 4_000_000_000,
}

/// Lossy: a unit fallback, with a value of its own, in a `u8`.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Lossy {
    Unknown = 0,
    Low = 1,
    High = 255,
    #[graph_enum(unknown)]
    Other = 2,
}

/// Lossless and evolvable, with a member after the sentinel.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum Lossless {
    None = 0,
    InProgress = 1,
    Completed = 2,
    UnknownFutureValue = 3,
    Paused = 4,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

/// Names read ignoring ASCII case, two of which differ in case only.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
#[graph_enum(ascii_case_insensitive)]
pub enum CaseInsensitive {
    Html,
    Text,
    #[graph_enum(rename = "iosUpdate")]
    IosUpdate,
    #[graph_enum(rename = "iOSUpdate")]
    IOsUpdate,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

/// Large enough for the perfect-hash lookup, keyed on the length and three
/// bytes: shared prefixes and suffixes, acronyms, names that differ in case
/// only, a 1- and a 63-character name.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum Large {
    #[graph_enum(rename = "a")]
    A = 0,
    #[graph_enum(rename = "A")]
    UpperA = 1,
    DeviceCompliance = 2,
    DeviceCompliancePolicy = 3,
    DeviceCompliancePolicyState = 4,
    DeviceConfiguration = 5,
    DeviceConfigurationState = 6,
    #[graph_enum(rename = "iosUpdateStatus")]
    IosUpdateStatus = 7,
    #[graph_enum(rename = "iOSUpdateStatus")]
    IOsUpdateStatus = 8,
    AzureADSignIn = 9,
    AzureADSignOut = 10,
    AzureAdSignIn = 11,
    MicrosoftTeamsAdmin = 12,
    MicrosoftTeamsAnalytics = 13,
    MicrosoftTeamsDevice = 14,
    MicrosoftTeamsShifts = 15,
    SharePointFileOperation = 16,
    SharePointListOperation = 17,
    SharePointSharingOperation = 18,
    ExchangeAdmin = 19,
    ExchangeItem = 20,
    ExchangeItemGroup = 21,
    ExchangeItemAggregated = 22,
    ThreatIntelligenceUrl = 23,
    ThreatIntelligenceAtpContent = 24,
    ThreatFinder = 25,
    ThreatIntelligence = 26,
    DlpEndpoint = 27,
    DlpSharePoint = 28,
    DlpRuleMatch = 29,
    #[graph_enum(rename = "dataLossPreventionEndpointPolicyRuleMatchAuditEventNotification")]
    LongName = 30,
    UnknownFutureValue = 31,
    RequiresOptIn = 32,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

/// Bits, lossless: a zero member, a union (`full`), the sentinel, and a
/// member after it.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
#[graph_enum(flags)]
pub enum Bits {
    None = 0,
    Read = 1,
    Write = 2,
    Delete = 4,
    Full = 7,
    UnknownFutureValue = 8,
    Share = 16,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

/// Bits, lossless: a zero member and a union, no sentinel (the set
/// operations' model uses its one-bit members: read, write, share).
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
#[graph_enum(flags)]
pub enum Permissions {
    None = 0,
    Read = 1,
    Write = 2,
    Share = 8,
    Full = 11,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

/// One bit per member, as nearly all of Graph's flags enums are (the writer
/// takes a shorter path for them), with a bit no member holds (16) and
/// members after the sentinel.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
#[graph_enum(flags)]
pub enum SingleBits {
    None = 0,
    Read = 1,
    Write = 2,
    Delete = 4,
    UnknownFutureValue = 8,
    Share = 32,
    Archive = 64,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

/// Graph's chatMessageActions: one bit per member and the sentinel, lossless.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
#[graph_enum(flags)]
pub enum ChatMessageActions {
    ReactionAdded = 1,
    ReactionRemoved = 2,
    ActionUndefined = 4,
    UnknownFutureValue = 8,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

/// Graph's fileStorageContainerTypeSettingsOverride: flags numbered 0..6, so
/// a set of names.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
#[graph_enum(flags)]
pub enum SettingsOverride {
    UrlTemplate = 0,
    IsDiscoverabilityEnabled = 1,
    IsSearchEnabled = 2,
    IsItemVersioningEnabled = 3,
    ItemMajorVersionLimit = 4,
    MaxStoragePerContainerInBytes = 5,
    UnknownFutureValue = 6,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

/// Graph's windowsUpdateForBusinessUpdateWeeks: a zero member, a union, and
/// the sentinel at 22 = 16|4|2.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
#[graph_enum(flags)]
pub enum UpdateWeeks {
    UserDefined = 0,
    FirstWeek = 1,
    SecondWeek = 2,
    ThirdWeek = 4,
    FourthWeek = 8,
    EveryWeek = 15,
    UnknownFutureValue = 22,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

/// Closed bits with a union.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph_enum(flags)]
pub enum ClosedBits {
    Read = 1,
    Write = 2,
    ReadWrite = 3,
    Delete = 8,
}

/// Closed, with members whose bits overlap without nesting (`6` and `3`).
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph_enum(flags)]
pub enum ClosedOverlap {
    B = 6,
    C = 3,
    D = 8,
}

/// Lossy, with overlapping members and the sentinel.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph_enum(flags)]
pub enum LossyOverlap {
    B = 6,
    C = 3,
    UnknownFutureValue = 8,
    D = 16,
    #[graph_enum(unknown)]
    Other,
}

/// Beta's win32LobAppDetectionOperator: overlapping unions, closed.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph_enum(flags)]
pub enum DetectionOperator {
    NotConfigured = 0,
    Equal = 1,
    NotEqual = 2,
    GreaterThan = 4,
    GreaterThanOrEqual = 5,
    LessThan = 8,
    LessThanOrEqual = 9,
}
