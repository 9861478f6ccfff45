//! What graph-enum-codegen generates from each valid file of its CSDL corpus
//! (`graph-enum-codegen/tests/corpus/valid/`), one module per file: that it
//! compiles, documents without a warning and has no doctest is the test; the
//! tests below check what the quirks turn into.

include!(concat!(env!("OUT_DIR"), "/corpus.rs"));

/// Microsoft Graph v1.0's enum types generated from its own `$metadata`, with
/// the schema's descriptions as doc comments.
pub mod graph_v1 {
    include!(concat!(env!("OUT_DIR"), "/graph_v1.rs"));
}

#[cfg(test)]
mod tests {
    use graph_enum::{Flags, FlagsKind, GraphEnum, GraphFlags};

    #[test]
    fn keyword_namespace_segments_are_modules() {
        use super::keyword_namespaces::sales::v2::crate_;
        use super::keyword_namespaces::{self_, super_};
        assert_eq!(self_::State::NAMESPACE, "Contoso.self");
        assert_eq!(crate_::State::NAMESPACE, "Contoso.Sales.V2.crate");
        assert_eq!(super_::Mode::NAME, "mode");
        assert_eq!(super::keyword_namespaces::r#type::Kind::NAME, "kind");
    }

    #[test]
    fn keyword_and_case_only_names_keep_their_wire_names() {
        use super::case_only_names::UpdateKind;
        use super::keyword_member_names::Words;
        for (index, member) in Words::MEMBERS.iter().enumerate() {
            let parsed: Words = member.name.parse().unwrap();
            assert_eq!(parsed.as_str(), member.name, "member {index}");
        }
        let names: Vec<&str> = UpdateKind::MEMBERS
            .iter()
            .map(|member| member.name)
            .collect();
        assert_eq!(names, ["iosUpdate", "iOSUpdate", "IOSUPDATE", "iosupdate"]);
        assert_eq!("IOSUPDATE".parse::<UpdateKind>().unwrap().value(), Some(2));
        assert_eq!(super::keyword_type_names::SelfValue::NAME, "self");
        assert_eq!(super::keyword_type_names::SelfValue2::NAME, "Self");
    }

    #[test]
    fn non_ascii_names_are_kept_on_the_wire() {
        use super::non_ascii_names::GrE;
        assert_eq!(GrE::NAME, "größe");
        let names: Vec<&str> = GrE::MEMBERS.iter().map(|member| member.name).collect();
        assert_eq!(names, ["klein", "größer", "Ärger", "日本", "中国"]);
        assert_eq!("日本".parse::<GrE>().unwrap().value(), Some(3));
    }

    #[test]
    fn descriptions_are_the_schema_text_exactly() {
        use super::descriptions_markdown::Formatted;
        let description = Formatted::DESCRIPTION.unwrap();
        assert!(description.starts_with("Text with a code fence:\n```\nfn main() { oops }\n```"));
        assert!(description.contains("<unclosed>"));
        assert!(description.ends_with("back\\slash"));
        assert_eq!(
            super::description_element_form::Documented::DESCRIPTION,
            Some("Element form: <String> inside the annotation.")
        );
    }

    #[test]
    fn flags_read_as_csdl_defines_them() {
        use super::flags_isflags_one::Permissions;
        use super::flags_numbered_like_plain::SettingsOverride;
        let all: Flags<Permissions> = "read,write,execute".parse().unwrap();
        assert_eq!(all.to_string(), "all");
        assert_eq!(<SettingsOverride as GraphFlags>::KIND, FlagsKind::Names);
        assert!(!<super::flags_isflags_zero::Plain as GraphEnum>::MEMBERS.is_empty());
    }

    #[test]
    fn graphs_own_metadata_keeps_its_descriptions() {
        use super::graph_v1::VppTokenSyncStatus;
        assert_eq!(
            VppTokenSyncStatus::InProgress.description(),
            Some("Last Sync in progress.")
        );
        assert_eq!(VppTokenSyncStatus::MEMBERS.len(), 4);
    }

    #[test]
    fn values_fill_the_underlying_types() {
        use super::underlying_ranges::{Bytes, Longs};
        assert_eq!(Bytes::Max.value(), Some(255_u8));
        assert_eq!(Longs::Min.value(), Some(i64::MIN));
        assert_eq!(super::padded_values::Padded::C.value(), Some(-9));
    }
}
