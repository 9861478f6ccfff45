//! Evolvable enums (`unknownFutureValue`) and what a client sends back to
//! Graph: request values and `$filter` literals. Case is in `case.rs`,
//! translated texts in `descriptions.rs`.

use graph_enum::{Flags, GraphEnum, UnknownValue, INCLUDE_UNKNOWN_ENUM_MEMBERS};

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

#[test]
fn requests_cannot_send_the_sentinel_or_a_dropped_value() {
    assert_eq!(
        AuthenticationMethodModes::Fido2.to_request_str(),
        Ok("fido2")
    );
    let error = AuthenticationMethodModes::UnknownFutureValue
        .to_request_str()
        .unwrap_err();
    assert_eq!(error.sentinel(), Some("unknownFutureValue"));
    assert_eq!(
        error.to_string(),
        "unknownFutureValue stands in for authenticationMethodModes values this client did not opt in to; \
         Graph rejects it in a request"
    );
    let error = TlsVersion::Other.to_request_str().unwrap_err();
    assert_eq!(error.sentinel(), None);
    assert_eq!(
        error.to_string(),
        "this tlsVersion value was dropped when it was read, so there is nothing to send"
    );
    // A lossless unknown is what Graph sent, so it can be sent back.
    let kept: AuthenticationMethodModes = "passkey".parse().unwrap();
    assert_eq!(kept.to_request_str(), Ok("passkey"));
    // Reading and writing back is always fine.
    assert_eq!(
        AuthenticationMethodModes::UnknownFutureValue.to_string(),
        "unknownFutureValue"
    );
}

#[test]
fn odata_literals_for_filters() {
    assert_eq!(
        TlsVersion::Tls12.to_odata_literal(),
        "microsoft.graph.security.tlsVersion'tls1_2'"
    );
    let literal = format!("{}", AuthenticationMethodModes::Sms.odata_literal());
    assert_eq!(literal, "microsoft.graph.authenticationMethodModes'sms'");
    let quoted: AuthenticationMethodModes = "o'brien".parse().unwrap();
    assert_eq!(
        quoted.to_odata_literal(),
        "microsoft.graph.authenticationMethodModes'o''brien'"
    );
    let modes = AuthenticationMethodModes::Password | AuthenticationMethodModes::QrCodePin;
    assert_eq!(
        modes.to_odata_literal().as_deref(),
        Some("microsoft.graph.authenticationMethodModes'password,qrCodePin'")
    );
}

#[test]
fn negative_values_keywords_and_underscores() {
    assert_eq!("-2".parse(), Ok(TlsVersion::Tls12));
    assert_eq!(TlsVersion::SelfSigned.value(), Some(-1));
    assert_eq!(TlsVersion::from(-1), TlsVersion::SelfSigned);
    assert_eq!(TlsVersion::Tls13.as_str(), "tls1_3");
    // Every member a client may send: the sentinel's bit is not among them.
    let all = Flags::<AuthenticationMethodModes>::all();
    assert_eq!(all.bits(), (1 << 18) - 1 - 65536);
    assert!(!all.contains(&AuthenticationMethodModes::UnknownFutureValue));
    assert!(all.contains(&AuthenticationMethodModes::QrCodePin));
}
