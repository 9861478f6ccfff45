//! sqlx (feature `sqlx`): every shape of enum and `Flags` stored in a real
//! SQLite database and read back, unknown values verbatim; the same impls
//! are Postgres column types.

use graph_enum::Flags;
use graph_enum_integrations::{
    ChatMessageActions, Permissions, VppTokenAccountType, VppTokenState, VppTokenSyncStatus,
};
use sqlx::{Connection, Row, SqliteConnection};

#[derive(sqlx::FromRow, Debug, PartialEq)]
struct Token {
    sync: VppTokenSyncStatus,
    account: VppTokenAccountType,
    state: VppTokenState,
    actions: Flags<ChatMessageActions>,
    permissions: Flags<Permissions>,
}

async fn database() -> Result<SqliteConnection, sqlx::Error> {
    let mut db = SqliteConnection::connect("sqlite::memory:").await?;
    sqlx::query(
        "CREATE TABLE tokens (id INTEGER PRIMARY KEY, sync TEXT NOT NULL, account TEXT NOT NULL, \
         state TEXT NOT NULL, actions TEXT NOT NULL, permissions TEXT NOT NULL)",
    )
    .execute(&mut db)
    .await?;
    Ok(db)
}

async fn insert(db: &mut SqliteConnection, id: i64, token: &Token) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO tokens VALUES (?, ?, ?, ?, ?, ?)")
        .bind(id)
        .bind(&token.sync)
        .bind(token.account)
        .bind(token.state)
        .bind(&token.actions)
        .bind(&token.permissions)
        .execute(db)
        .await?;
    Ok(())
}

#[tokio::test]
async fn known_and_unknown_values_are_stored_as_text_and_read_back_equal() -> Result<(), sqlx::Error>
{
    let mut db = database().await?;
    let known = Token {
        sync: VppTokenSyncStatus::InProgress,
        account: VppTokenAccountType::Education,
        state: VppTokenState::Valid,
        actions: ChatMessageActions::ReactionAdded | ChatMessageActions::ReactionRemoved,
        permissions: Permissions::Read | Permissions::Delete,
    };
    // Values Graph added after this code was written.
    let unknown = Token {
        sync: "pausedByApple".parse().unwrap(),
        account: VppTokenAccountType::Business,
        state: "revoked".parse().unwrap(),
        actions: "reactionAdded,16,messageForwarded".parse().unwrap(),
        permissions: Flags::empty(),
    };
    insert(&mut db, 1, &known).await?;
    insert(&mut db, 2, &unknown).await?;

    let read: Vec<Token> =
        sqlx::query_as("SELECT sync, account, state, actions, permissions FROM tokens ORDER BY id")
            .fetch_all(&mut db)
            .await?;
    assert_eq!(read, [known, unknown]);
    assert!(read[1].sync.is_unknown());
    assert_eq!(read[1].state, VppTokenState::Other);

    // The column holds the wire text, exactly as Graph sent it.
    let text: Vec<(String, String, String, String)> =
        sqlx::query_as("SELECT sync, state, actions, permissions FROM tokens ORDER BY id")
            .fetch_all(&mut db)
            .await?;
    assert_eq!(
        text,
        [
            (
                "inProgress".to_owned(),
                "valid".to_owned(),
                "reactionAdded,reactionRemoved".to_owned(),
                "read,delete".to_owned()
            ),
            (
                "pausedByApple".to_owned(),
                // A lossy enum keeps only that the value was unknown.
                "other".to_owned(),
                "reactionAdded,16,messageForwarded".to_owned(),
                String::new()
            ),
        ]
    );
    Ok(())
}

#[tokio::test]
async fn a_closed_enum_refuses_undeclared_text_naming_the_type_and_the_text(
) -> Result<(), sqlx::Error> {
    let mut db = database().await?;
    sqlx::query(
        "INSERT INTO tokens VALUES (1, 'completed', 'enterprise', 'valid', '', 'read,execute')",
    )
    .execute(&mut db)
    .await?;
    let row = sqlx::query("SELECT account, permissions, sync FROM tokens")
        .fetch_one(&mut db)
        .await?;
    let error = row
        .try_get::<VppTokenAccountType, _>("account")
        .unwrap_err();
    assert!(
        matches!(error, sqlx::Error::ColumnDecode { .. }),
        "{error:?}"
    );
    assert!(
        error
            .to_string()
            .contains(r#"invalid vppTokenAccountType value "enterprise""#),
        "{error}"
    );
    let error = row
        .try_get::<Flags<Permissions>, _>("permissions")
        .unwrap_err();
    assert!(
        error
            .to_string()
            .contains(r#"invalid permissions value "execute""#),
        "{error}"
    );
    assert_eq!(
        row.try_get::<VppTokenSyncStatus, _>("sync")?,
        VppTokenSyncStatus::Completed
    );
    Ok(())
}

#[tokio::test]
async fn a_column_is_text_and_null_is_an_option() -> Result<(), sqlx::Error> {
    let mut db = SqliteConnection::connect("sqlite::memory:").await?;
    let (status, missing): (VppTokenSyncStatus, Option<VppTokenSyncStatus>) =
        sqlx::query_as("SELECT ?, NULL")
            .bind(VppTokenSyncStatus::Failed)
            .fetch_one(&mut db)
            .await?;
    assert_eq!(status, VppTokenSyncStatus::Failed);
    assert_eq!(missing, None);
    // An integer column is not text: refused as sqlx refuses it for `String`.
    let row = sqlx::query("SELECT 2").fetch_one(&mut db).await?;
    assert!(row.try_get::<VppTokenSyncStatus, _>(0).is_err());
    Ok(())
}

/// The impls are generic over the database: Postgres and MySQL get them too,
/// with the column type sqlx gives `str` there (`TEXT`, `VARCHAR`). No server runs here, so
/// this checks the impls and their type information.
#[test]
fn postgres_and_mysql_columns_are_text() {
    use sqlx::mysql::MySql;
    use sqlx::postgres::{PgTypeInfo, Postgres};
    use sqlx::{Database, Decode, Encode, Type, TypeInfo};

    fn text_column<DB: Database, T>() -> String
    where
        T: Type<DB> + for<'q> Encode<'q, DB> + for<'r> Decode<'r, DB>,
        str: Type<DB>,
    {
        assert!(T::compatible(&<str as Type<DB>>::type_info()));
        T::type_info().name().to_owned()
    }
    fn every_shape<DB: Database>() -> Vec<String>
    where
        str: Type<DB>,
        String: for<'q> Encode<'q, DB>,
        for<'r> &'r str: Decode<'r, DB>,
    {
        vec![
            text_column::<DB, VppTokenSyncStatus>(),
            text_column::<DB, VppTokenAccountType>(),
            text_column::<DB, VppTokenState>(),
            text_column::<DB, Flags<ChatMessageActions>>(),
            text_column::<DB, Flags<Permissions>>(),
        ]
    }
    assert_eq!(every_shape::<Postgres>(), ["TEXT"; 5]);
    assert!(<VppTokenSyncStatus as Type<Postgres>>::compatible(
        &PgTypeInfo::with_name("VARCHAR")
    ));
    assert!(!<VppTokenSyncStatus as Type<Postgres>>::compatible(
        &PgTypeInfo::with_name("INT4")
    ));
    // MySQL's text type for `str` and `String` is `VARCHAR`: the same column as theirs.
    assert_eq!(every_shape::<MySql>(), ["VARCHAR"; 5]);
}

/// A NULL is no value of any shape: a decode error naming the type, where
/// text would have given `Unknown("")`, the lossy fallback or the empty set.
#[tokio::test]
async fn null_is_an_error_naming_the_type_and_none_for_an_option() -> Result<(), sqlx::Error> {
    let mut db = SqliteConnection::connect("sqlite::memory:").await?;
    let null = "SELECT NULL AS value";
    let error = |result: Result<sqlx::sqlite::SqliteRow, sqlx::Error>, type_name: &str| {
        let row = result.unwrap();
        for message in [
            row.try_get::<VppTokenSyncStatus, _>("value").map(|_| ()),
            row.try_get::<VppTokenState, _>("value").map(|_| ()),
            row.try_get::<Flags<ChatMessageActions>, _>("value")
                .map(|_| ()),
        ]
        .into_iter()
        .map(|result| result.unwrap_err().to_string())
        {
            assert!(message.contains("NULL where a "), "{message}");
            assert!(message.contains(" value was expected"), "{message}");
        }
        let message = row
            .try_get::<VppTokenSyncStatus, _>("value")
            .unwrap_err()
            .to_string();
        assert!(message.contains(type_name), "{message}");
    };
    error(
        sqlx::query(null).fetch_one(&mut db).await,
        "vppTokenSyncStatus",
    );
    let row = sqlx::query(null).fetch_one(&mut db).await?;
    assert_eq!(row.try_get::<Option<VppTokenSyncStatus>, _>("value")?, None);
    assert_eq!(row.try_get::<Option<VppTokenState>, _>("value")?, None);
    assert_eq!(
        row.try_get::<Option<Flags<ChatMessageActions>>, _>("value")?,
        None
    );
    // The empty text stays what it reads as.
    let row = sqlx::query("SELECT '' AS value").fetch_one(&mut db).await?;
    assert_eq!(
        row.try_get::<Flags<ChatMessageActions>, _>("value")?,
        Flags::empty()
    );
    Ok(())
}

/// Text another program stored reads as `FromStr` reads it, whatever its
/// spelling: numeric text, the sentinel in another case, a set's stray
/// spaces, repeats and numbers; and it is written back in SPEC.md's
/// canonical form.
#[tokio::test]
async fn text_stored_by_others_reads_as_from_str_reads_it() -> Result<(), sqlx::Error> {
    let mut db = SqliteConnection::connect("sqlite::memory:").await?;
    for text in ["+02", "009", "-7", "pausedByApple", "", " completed"] {
        let read: VppTokenSyncStatus = sqlx::query_scalar("SELECT ?")
            .bind(text)
            .fetch_one(&mut db)
            .await?;
        assert_eq!(Ok(read.clone()), text.parse(), "{text:?}");
        let stored: String = sqlx::query_scalar("SELECT ?")
            .bind(&read)
            .fetch_one(&mut db)
            .await?;
        assert_eq!(stored, read.to_string());
    }
    for text in [
        " reactionAdded ,16, pinned,pinned",
        "UNKNOWNFUTUREVALUE,3",
        "17",
        ",,",
    ] {
        let read: Flags<ChatMessageActions> = sqlx::query_scalar("SELECT ?")
            .bind(text)
            .fetch_one(&mut db)
            .await?;
        assert_eq!(Ok(read.clone()), text.parse(), "{text:?}");
        let stored: String = sqlx::query_scalar("SELECT ?")
            .bind(&read)
            .fetch_one(&mut db)
            .await?;
        assert_eq!(stored, read.to_string());
        assert_eq!(stored.parse::<Flags<ChatMessageActions>>().unwrap(), read);
    }
    // A set built by hand, with an unknown value inserted, round-trips too.
    let mut built = Flags::from(ChatMessageActions::ReactionRemoved);
    built.insert("pinned, archived".parse().unwrap());
    let stored: Flags<ChatMessageActions> = sqlx::query_scalar("SELECT ?")
        .bind(&built)
        .fetch_one(&mut db)
        .await?;
    assert_eq!(stored, built);
    assert_eq!(stored.to_string(), "reactionRemoved,pinned,archived");
    Ok(())
}
