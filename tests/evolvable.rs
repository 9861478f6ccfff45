//! Evolvable enums (`unknownFutureValue`), requests, OData literals,
//! case-insensitive parsing and localized texts.

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
    Unknown(UnknownValue),
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
fn case_insensitive_parsing_is_for_people() {
    assert_eq!(
        TlsVersion::from_str_ignore_ascii_case("TLS1_2"),
        Ok(TlsVersion::Tls12)
    );
    assert_eq!(
        TlsVersion::from_str_ignore_ascii_case("SELF"),
        Ok(TlsVersion::SelfSigned)
    );
    assert_eq!(
        TlsVersion::from_str_ignore_ascii_case("-1"),
        Ok(TlsVersion::SelfSigned)
    );
    assert_eq!(
        TlsVersion::from_str_ignore_ascii_case("ssl3"),
        Ok(TlsVersion::Other)
    );
    assert_eq!(
        NotEvolvable::from_str_ignore_ascii_case("YES"),
        Ok(NotEvolvable::Yes)
    );
    let error = NotEvolvable::from_str_ignore_ascii_case("maybe").unwrap_err();
    assert_eq!(error.to_string(), r#"invalid notEvolvable value "maybe""#);
    let kept = AuthenticationMethodModes::from_str_ignore_ascii_case("PassKey").unwrap();
    assert_eq!(kept.to_string(), "PassKey");
    // The exact parser stays exact.
    assert_eq!("SELF".parse(), Ok(TlsVersion::Other));
}

/// OData names are case-sensitive: names may differ in case only.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
enum UpdateStatus {
    #[graph_enum(rename = "iosUpdateStatus")]
    Ios,
    #[graph_enum(rename = "iOSUpdateStatus")]
    IOs,
    Other,
}

#[test]
fn an_exact_name_wins_over_one_equal_ignoring_case() {
    for member in UpdateStatus::MEMBERS {
        let parsed = UpdateStatus::from_str_ignore_ascii_case(member.name).unwrap();
        assert_eq!(parsed.as_str(), member.name);
    }
    // Text equal to two names ignoring case is not guessed at (SPEC.md, "Case").
    let ambiguous = UpdateStatus::from_str_ignore_ascii_case("IOSUPDATESTATUS").unwrap_err();
    assert_eq!(ambiguous.input(), "IOSUPDATESTATUS");
    assert_eq!(
        UpdateStatus::from_str_ignore_ascii_case("OTHER"),
        Ok(UpdateStatus::Other)
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

/// Documented in English, translated with attributes.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
#[graph_enum(description(de = "Ampelfarbe", fr_CA = "Couleur de feu"))]
enum Light {
    /// Stop.
    #[graph_enum(
        description(de = "Anhalten.", de_CH = "Halt."),
        display_name = "Red",
        display_name(de = "Rot")
    )]
    Red,
    /// Go.
    Green,
}

#[test]
fn localized_texts_fall_back_from_region_to_language_to_default() {
    assert_eq!(Light::type_description_in("de-AT"), Some("Ampelfarbe"));
    assert_eq!(Light::type_description_in("fr-CA"), Some("Couleur de feu"));
    assert_eq!(
        Light::type_description_in("fr-FR"),
        Some("Documented in English, translated with attributes.")
    );
    assert_eq!(Light::Red.description_in("de-CH"), Some("Halt."));
    assert_eq!(Light::Red.description_in("de_CH"), Some("Halt."));
    assert_eq!(Light::Red.description_in("DE"), Some("Anhalten."));
    assert_eq!(Light::Red.description_in("en"), Some("Stop."));
    assert_eq!(Light::Green.description_in("de"), Some("Go."));
    assert_eq!(Light::Red.display_name_in("de-DE"), Some("Rot"));
    assert_eq!(Light::Red.display_name_in("it"), Some("Red"));
    assert_eq!(Light::Green.display_name_in("de"), None);
}
