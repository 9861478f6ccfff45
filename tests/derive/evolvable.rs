//! Evolvable enums: the sentinel `unknownFutureValue` (in any spelling a
//! `rename` gives it) makes an enum evolvable, and members declared after it
//! need Graph's opt-in header. Reading and writing it are SPEC.md's
//! ("Reading a single value", "Writing a single value", "The sentinel").

use graph_enum::{GraphEnum, UnknownValue, INCLUDE_UNKNOWN_ENUM_MEMBERS};

/// Graph's authenticationMethodModes: evolvable flags with a member after the sentinel.
#[derive(GraphEnum, Clone, Debug, PartialEq)]
#[repr(i32)]
#[graph_enum(flags)]
enum AuthenticationMethodModes {
    Password = 1,
    Voice = 2,
    HardwareOath = 4,
    SoftwareOath = 8,
    Sms = 16,
    Fido2 = 32,
    WindowsHelloForBusiness = 64,
    MicrosoftAuthenticatorPush = 128,
    DeviceBasedPush = 256,
    TemporaryAccessPassOneTime = 512,
    TemporaryAccessPassMultiUse = 1024,
    Email = 2048,
    X509CertificateSingleFactor = 4096,
    X509CertificateMultiFactor = 8192,
    FederatedSingleFactor = 16384,
    FederatedMultiFactor = 32768,
    UnknownFutureValue = 65536,
    QrCodePin = 131_072,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

/// The `PascalCase` spelling of the sentinel, negative values, keywords and underscores.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
#[graph_enum(name = "tlsVersion", namespace = "microsoft.graph.security")]
enum TlsVersion {
    #[graph_enum(rename = "tls1_2")]
    Tls12 = -2,
    #[graph_enum(rename = "self")]
    SelfSigned = -1,
    #[graph_enum(rename = "UnknownFutureValue")]
    Sentinel = 0,
    #[graph_enum(rename = "tls1_3")]
    Tls13 = 1,
    #[graph_enum(unknown)]
    Other,
}

#[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
enum NotEvolvable {
    Yes,
    No,
}

#[test]
fn the_sentinel_makes_an_enum_evolvable() {
    assert!(AuthenticationMethodModes::is_evolvable());
    assert!(TlsVersion::is_evolvable());
    assert!(!NotEvolvable::is_evolvable());
    assert!(AuthenticationMethodModes::UnknownFutureValue.is_sentinel());
    assert!(TlsVersion::Sentinel.is_sentinel());
    assert!(!NotEvolvable::Yes.is_sentinel());
}

#[test]
fn members_after_the_sentinel_require_opt_in() {
    let opt_in: Vec<&str> = AuthenticationMethodModes::MEMBERS
        .iter()
        .filter(|member| member.requires_opt_in)
        .map(|member| member.name)
        .collect();
    assert_eq!(opt_in, ["qrCodePin"]);
    assert!(AuthenticationMethodModes::QrCodePin.requires_opt_in());
    assert!(!AuthenticationMethodModes::Fido2.requires_opt_in());
    assert!(!AuthenticationMethodModes::UnknownFutureValue.requires_opt_in());
    assert!(TlsVersion::Tls13.requires_opt_in());
    assert!(!TlsVersion::Other.requires_opt_in());
    assert_eq!(
        INCLUDE_UNKNOWN_ENUM_MEMBERS,
        ("Prefer", "include-unknown-enum-members")
    );
}
