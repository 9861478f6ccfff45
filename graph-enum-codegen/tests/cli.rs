//! The command line as a user runs it: what it refuses leaves `--out` as it
//! was, and its errors name the file.

use std::path::PathBuf;
use std::process::Command;

fn codegen() -> Command {
    Command::new(env!("CARGO_BIN_EXE_graph-enum-codegen"))
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "graph-enum-codegen-cli-{name}-{}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_document_that_is_not_csdl_fails_and_writes_nothing() {
    let dir = scratch("not-csdl");
    let out = dir.join("enums.rs");
    std::fs::write(&out, "// the user's file\n").unwrap();
    for input in ["not-csdl-xhtml.xml", "no-schema.xml"] {
        let input = PathBuf::from("tests/corpus/invalid").join(input);
        let output = codegen()
            .args(["--root", "Contoso", "--out"])
            .arg(&out)
            .arg(&input)
            .output()
            .unwrap();
        assert!(!output.status.success(), "{input:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(&input.display().to_string()), "{stderr}");
        assert!(stderr.contains("not a CSDL document"), "{stderr}");
        assert_eq!(
            std::fs::read_to_string(&out).unwrap(),
            "// the user's file\n"
        );
    }
    // A directory of modules is left as it is too.
    let modules = dir.join("modules");
    std::fs::create_dir_all(&modules).unwrap();
    std::fs::write(modules.join("mod.rs"), "// kept\n").unwrap();
    let output = codegen()
        .args(["--root", "Contoso", "--out"])
        .arg(&modules)
        .arg("tests/corpus/invalid/flags-shared-values.xml")
        .output()
        .unwrap();
    assert!(!output.status.success());
    let entries: Vec<_> = std::fs::read_dir(&modules).unwrap().collect();
    assert_eq!(entries.len(), 1);
    assert_eq!(
        std::fs::read_to_string(modules.join("mod.rs")).unwrap(),
        "// kept\n"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn errors_in_json_inputs_name_the_file() {
    let dir = scratch("json");
    let input = dir.join("enums.json");
    std::fs::write(
        &input,
        r#"[{"namespace": "Contoso", "name": "color", "flags": false, "underlying": "Edm.Int32",
            "members": [{"name": "red", "value": 0}, {"name": "red", "value": 1}]}]"#,
    )
    .unwrap();
    let output = codegen()
        .args(["--root", "Contoso"])
        .arg(&input)
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(&input.display().to_string()), "{stderr}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// CSDL JSON is told from XML by content, from a file or from standard
/// input, and gives what the XML form of the same schema gives.
#[test]
fn csdl_json_is_read_from_a_file_and_from_standard_input() {
    use std::io::Write;
    let xml = "tests/real/Org.OData.Capabilities.V1.xml";
    let json = "tests/real/Org.OData.Capabilities.V1.json";
    let run = |input: &str| {
        let output = codegen()
            .args(["--root", "Org.OData", input])
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        output.stdout
    };
    let from_xml = run(xml);
    assert_eq!(run(json), from_xml);
    let mut child = codegen()
        .args(["--root", "Org.OData", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(&std::fs::read(json).unwrap())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    assert_eq!(output.stdout, from_xml);
}
