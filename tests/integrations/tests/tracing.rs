//! tracing (feature `tracing`): one `DEBUG` event, target `graph_enum`, for
//! each value an enum reads without declaring it, on every reading path;
//! none for declared values or for what a closed enum refuses.

use std::sync::{Arc, Mutex};

use graph_enum::{Flags, GraphEnum};
use graph_enum_integrations::{
    ChatMessageActions, Permissions, VppTokenAccountType, VppTokenState, VppTokenSyncStatus,
};
use tracing::field::{Field, Visit};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};

/// An event as the subscriber saw it: level, target, and its fields.
#[derive(Debug, PartialEq)]
struct Seen {
    level: Level,
    target: String,
    fields: Vec<(String, String)>,
}

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<Seen>>>);

struct Fields(Vec<(String, String)>);

impl Visit for Fields {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.push((field.name().to_owned(), value.to_owned()));
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.push((field.name().to_owned(), format!("{value:?}")));
    }
}

impl<S: Subscriber> Layer<S> for Capture {
    fn on_event(&self, event: &Event<'_>, _: Context<'_, S>) {
        let mut fields = Fields(Vec::new());
        event.record(&mut fields);
        self.0.lock().unwrap().push(Seen {
            level: *event.metadata().level(),
            target: event.metadata().target().to_owned(),
            fields: fields.0,
        });
    }
}

/// The events `read` emits.
fn events(read: impl FnOnce()) -> Vec<Seen> {
    let capture = Capture::default();
    let subscriber = tracing_subscriber::registry().with(capture.clone());
    tracing::subscriber::with_default(subscriber, read);
    let seen = std::mem::take(&mut *capture.0.lock().unwrap());
    seen
}

fn undeclared(enum_type: &str, fallback: &str, value: &str) -> Seen {
    Seen {
        level: Level::DEBUG,
        target: "graph_enum".to_owned(),
        fields: vec![
            (
                "message".to_owned(),
                "read a value the enum does not declare".to_owned(),
            ),
            ("enum_type".to_owned(), enum_type.to_owned()),
            ("namespace".to_owned(), "microsoft.graph".to_owned()),
            ("fallback".to_owned(), fallback.to_owned()),
            ("value".to_owned(), value.to_owned()),
        ],
    }
}

#[test]
fn an_undeclared_value_is_one_event_naming_the_type_and_the_value() {
    let seen = events(|| {
        let _: VppTokenSyncStatus = "pausedByApple".parse().unwrap();
        let _ = VppTokenSyncStatus::from(9);
        let _ = VppTokenSyncStatus::from("+07");
        let _: VppTokenSyncStatus = serde_json::from_str(r#""deferred""#).unwrap();
        let _: VppTokenState = "revoked".parse().unwrap();
        let _ = VppTokenState::from_value(42).unwrap();
    });
    assert_eq!(
        seen,
        [
            undeclared("vppTokenSyncStatus", "Lossless", "pausedByApple"),
            undeclared("vppTokenSyncStatus", "Lossless", "9"),
            undeclared("vppTokenSyncStatus", "Lossless", "7"),
            undeclared("vppTokenSyncStatus", "Lossless", "deferred"),
            undeclared("vppTokenState", "Lossy", "revoked"),
            undeclared("vppTokenState", "Lossy", "42"),
        ]
    );
}

#[test]
fn an_undeclared_part_of_a_set_is_one_event_each() {
    let seen = events(|| {
        let _: Flags<ChatMessageActions> = "reactionAdded, messageForwarded ,17".parse().unwrap();
        let _ = Flags::<ChatMessageActions>::from_bits(32).unwrap();
        let _: Flags<ChatMessageActions> =
            serde_json::from_str(r#""reactionRemoved,pinned""#).unwrap();
    });
    assert_eq!(
        seen,
        [
            undeclared("chatMessageActions", "Lossless", "messageForwarded"),
            undeclared("chatMessageActions", "Lossless", "17"),
            undeclared("chatMessageActions", "Lossless", "32"),
            undeclared("chatMessageActions", "Lossless", "pinned"),
        ]
    );
}

#[test]
fn declared_values_and_refused_ones_are_silent() {
    let seen = events(|| {
        for member in VppTokenSyncStatus::iter() {
            let _: VppTokenSyncStatus = member.as_str().parse().unwrap();
            let _ = VppTokenSyncStatus::from(member.value().unwrap());
        }
        let _: VppTokenSyncStatus = "2".parse().unwrap();
        let _: VppTokenSyncStatus = serde_json::from_str("3").unwrap();
        let _: Flags<ChatMessageActions> = "reactionAdded,reactionRemoved,3".parse().unwrap();
        let _ = Flags::<ChatMessageActions>::from_bits(7).unwrap();
        // A closed enum returns its error instead.
        assert!("enterprise".parse::<VppTokenAccountType>().is_err());
        assert!("read,execute".parse::<Flags<Permissions>>().is_err());
        assert!(Flags::<Permissions>::from_bits(8).is_err());
    });
    assert_eq!(seen, []);
}

#[test]
fn walking_or_building_a_set_is_silent() {
    let set: Flags<ChatMessageActions> = "reactionAdded,pinned,8,32".parse().unwrap();
    let forty = ChatMessageActions::from(40);
    let seen = events(|| {
        for _ in 0..3 {
            let parts: Vec<ChatMessageActions> = set.iter().collect();
            assert_eq!(parts.len(), 3);
        }
        let collected: Flags<ChatMessageActions> = set.iter().collect();
        assert_eq!(collected, set);
        assert!(set.contains(&forty));
    });
    assert_eq!(seen, []);
}
