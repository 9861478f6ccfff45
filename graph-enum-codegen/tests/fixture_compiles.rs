//! What graph-enum-codegen writes for a service's own `$metadata` compiles
//! against the derive and behaves: the expected output of its CSDL fixture,
//! used here as a user would use it.

#[path = "fixtures/service.rs"]
mod service;

use graph_enum::{Flags, GraphEnum};
use service::{
    billing::InvoiceSize, fabrikam::Color, OrderState, Permissions, Placeholder, Quirks,
};

#[test]
fn generated_enums_keep_the_schema_names_and_values() {
    assert_eq!(OrderState::NAMESPACE, "Contoso.Sales");
    assert_eq!(
        OrderState::DESCRIPTION,
        Some("Where an order is in its life.")
    );
    assert_eq!("unknown".parse(), Ok(OrderState::Unknown));
    assert!(OrderState::Returned.requires_opt_in());
    assert_eq!(Quirks::SelfValue.as_str(), "self");
    assert_eq!(
        "remote_Control_Software".parse(),
        Ok(Quirks::RemoteControlSoftware2)
    );
    assert_eq!(
        "remoteControlSoftware".parse(),
        Ok(Quirks::RemoteControlSoftware)
    );
    assert_eq!(Quirks::Next.value(), Some(-4));
    assert_eq!(InvoiceSize::Huge.value(), Some(9_000_000_000));
    assert_eq!(Color::NAME, "Color");
    assert_eq!(Color::Red.to_string(), "Red");
    assert!(Placeholder::MEMBERS.is_empty());
    let later: OrderState = "cancelled".parse().unwrap();
    assert_eq!(later.to_string(), "cancelled");
}

#[test]
fn generated_flags_enums_work_with_flags() {
    let permissions: Flags<Permissions> = "read,write".parse().unwrap();
    assert_eq!(permissions.to_string(), "full");
    let value: u8 = Permissions::Full.value().unwrap();
    assert_eq!(value, 3);
}
