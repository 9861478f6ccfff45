//! clap (feature `clap`): derived enums and `Flags` as argument types, with a
//! real argument vector and clap's real help and errors.

use clap::Parser;
use graph_enum::{Flags, GraphEnum, UnknownValue};
use graph_enum_integrations::{VppTokenAccountType, VppTokenState, VppTokenSyncStatus};

/// Flags, with a member without a description (the shared ones all have one).
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq)]
#[repr(i32)]
#[graph_enum(flags)]
enum Actions {
    /// Read it.
    Read = 1,
    Write = 2,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

/// An Intune admin tool.
#[derive(Parser, Debug)]
#[command(name = "tool")]
struct Cli {
    /// The token state.
    #[arg(long)]
    state: VppTokenSyncStatus,
    /// The account type.
    #[arg(long)]
    account: Option<VppTokenAccountType>,
    #[arg(long)]
    mode: Option<VppTokenState>,
    #[arg(long)]
    actions: Option<Flags<Actions>>,
}

fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
    Cli::try_parse_from(std::iter::once("tool").chain(args.iter().copied()))
}

#[test]
fn members_parse_and_open_enums_take_values_added_later() {
    let cli = parse(&[
        "--state",
        "inProgress",
        "--account",
        "education",
        "--mode",
        "valid",
        "--actions",
        "read,write",
    ])
    .unwrap();
    assert_eq!(cli.state, VppTokenSyncStatus::InProgress);
    assert_eq!(cli.account, Some(VppTokenAccountType::Education));
    assert_eq!(cli.mode, Some(VppTokenState::Valid));
    assert_eq!(cli.actions, Some(Actions::Read | Actions::Write));
    let later = parse(&[
        "--state",
        "pausedByApple",
        "--mode",
        "dimmed",
        "--actions",
        "read,share",
    ])
    .unwrap();
    assert_eq!(later.state.to_string(), "pausedByApple");
    assert_eq!(later.mode, Some(VppTokenState::Other));
    assert_eq!(
        later.actions.map(|set| set.to_string()).as_deref(),
        Some("read,share")
    );
}

#[test]
fn a_closed_enum_refuses_with_clap_s_error_and_tip() {
    let error = parse(&["--state", "none", "--account", "educaton"]).unwrap_err();
    assert_eq!(error.kind(), clap::error::ErrorKind::InvalidValue);
    let message = error.to_string();
    assert!(
        message.contains("invalid value 'educaton' for '--account <ACCOUNT>'"),
        "{message}"
    );
    assert!(
        message.contains("[possible values: business, education]"),
        "{message}"
    );
    assert!(
        message.contains("a similar value exists: 'education'"),
        "{message}"
    );
}

#[test]
fn help_lists_the_members_with_their_descriptions() {
    let mut command = <Cli as clap::CommandFactory>::command();
    let help = command.render_long_help().to_string();
    for expected in [
        "none",
        "inProgress",
        "completed",
        "failed",
        "Last Sync in progress.",
        "business",
        "Apple School Manager.",
        "read",
        "Read it.",
    ] {
        assert!(help.contains(expected), "{expected:?} missing in {help}");
    }
}

/// A member without a description is listed by its name alone: no `write:`
/// with padding and nothing after it.
#[test]
fn help_shows_a_description_only_where_there_is_one() {
    let mut command = <Cli as clap::CommandFactory>::command();
    let help = command.render_long_help().to_string();
    let lines: Vec<&str> = help.lines().map(str::trim).collect();
    assert!(lines.contains(&"- write"), "{help}");
    assert!(
        lines
            .iter()
            .any(|line| line.starts_with("- read:") && line.ends_with(" Read it.")),
        "{help}"
    );
    assert!(
        !lines
            .iter()
            .any(|line| line.starts_with("- ") && line.ends_with(':')),
        "{help}"
    );
}

/// Shell completion (`clap_complete`) offers the members, with their
/// descriptions where the shell shows them.
#[test]
fn shell_completion_offers_the_members() {
    use clap_complete::{generate, Shell};

    let completion = |shell: Shell| {
        let mut command = <Cli as clap::CommandFactory>::command();
        let mut script = Vec::new();
        generate(shell, &mut command, "tool", &mut script);
        String::from_utf8(script).unwrap()
    };
    let bash = completion(Shell::Bash);
    assert!(
        bash.contains("none inProgress completed failed"),
        "bash: {bash}"
    );
    assert!(bash.contains("business education"), "bash: {bash}");
    let zsh = completion(Shell::Zsh);
    assert!(
        zsh.contains(r#"inProgress\:"Last Sync in progress.""#),
        "zsh: {zsh}"
    );
    let fish = completion(Shell::Fish);
    assert!(
        fish.contains("inProgress\\t'Last Sync in progress.'"),
        "fish: {fish}"
    );
}

/// A value from the command line is the value `FromStr` reads from the same
/// text, in every spelling SPEC.md allows, so it obeys the same laws.
#[test]
fn the_command_line_reads_as_from_str_reads() {
    for text in ["+02", "009", "-7", "pausedByApple", "", " completed"] {
        // `--state=-7`: clap takes a separate `-7` for a flag.
        let cli = parse(&[&format!("--state={text}")]).unwrap();
        assert_eq!(
            Ok(cli.state),
            text.parse::<VppTokenSyncStatus>(),
            "{text:?}"
        );
    }
    for text in [" read ,16, pinned,pinned", "3", "READ", ",,"] {
        let cli = parse(&["--state", "none", &format!("--actions={text}")]).unwrap();
        let read = cli.actions.unwrap();
        assert_eq!(Ok(read.clone()), text.parse::<Flags<Actions>>(), "{text:?}");
        assert_eq!(read.to_string().parse::<Flags<Actions>>().unwrap(), read);
    }
    // Apart, clap takes `-7` for an option, as the module's docs say.
    let error = parse(&["--state", "-7"]).unwrap_err();
    assert_eq!(error.kind(), clap::error::ErrorKind::UnknownArgument);
    // Numeric text of a member is that member for a closed enum too.
    let cli = parse(&["--state", "none", "--account", "1"]).unwrap();
    assert_eq!(cli.account, Some(VppTokenAccountType::Education));
}
