//! SPEC.md, "Writing a single value": a member writes its wire name, a kept
//! value its text, a lossy fallback its own name; `Display`'s formatting;
//! what a request may send; OData literals.

use graph_enum::GraphEnum;
use graph_enum_test_support::fixtures::{Closed, Lossless, Lossy};

#[test]
fn each_shape_writes_what_spec_says() {
    assert_eq!(Closed::Tls12.to_string(), "tls1_2");
    assert_eq!(Closed::Tls12.as_str(), "tls1_2");
    assert_eq!(Lossless::from("brandNew").to_string(), "brandNew");
    assert_eq!(Lossless::from("").to_string(), "");
    // A lossy fallback writes its own name, whatever was read.
    for input in ["medium", "", "7", "Low"] {
        let value = Lossy::from(input);
        assert_eq!(
            (value.as_str(), value.to_string()),
            ("other", "other".into())
        );
    }
}

#[test]
fn display_honours_width_fill_alignment_and_precision() {
    assert_eq!(format!("[{:>12}]", Closed::InProgress), "[  inProgress]");
    assert_eq!(format!("[{:*^14}]", Closed::InProgress), "[**inProgress**]");
    assert_eq!(format!("[{:.3}]", Closed::InProgress), "[inP]");
    assert_eq!(format!("[{:<8}]", Lossless::from(42)), "[42      ]");
    assert_eq!(format!("[{:>7}]", Lossy::Other), "[  other]");
}

#[test]
fn requests_cannot_send_the_sentinel_or_a_dropped_value() {
    assert_eq!(Lossless::Paused.to_request_str(), Ok("paused"));
    let error = Lossless::UnknownFutureValue.to_request_str().unwrap_err();
    assert_eq!(error.sentinel(), Some("unknownFutureValue"));
    assert_eq!(
        error.to_string(),
        "unknownFutureValue stands in for lossless values this client did not opt in to; \
         Graph rejects it in a request"
    );
    let error = Lossy::Other.to_request_str().unwrap_err();
    assert_eq!(error.sentinel(), None);
    assert_eq!(
        error.to_string(),
        "this lossy value was dropped when it was read, so there is nothing to send"
    );
    // A lossless unknown value is what the service sent, so it can be sent back.
    assert_eq!(Lossless::from("passkey").to_request_str(), Ok("passkey"));
    // Writing the sentinel back is always fine.
    assert_eq!(
        Lossless::UnknownFutureValue.to_string(),
        "unknownFutureValue"
    );
}

#[test]
fn odata_literals_for_filters() {
    assert_eq!(
        Closed::Tls12.to_odata_literal(),
        "microsoft.graph.closed'tls1_2'"
    );
    let literal = format!("{}", Lossless::Paused.odata_literal());
    assert_eq!(literal, "microsoft.graph.lossless'paused'");
    // A quote in the text is doubled, as OData's grammar says.
    assert_eq!(
        Lossless::from("o'brien").to_odata_literal(),
        "microsoft.graph.lossless'o''brien'"
    );
}
