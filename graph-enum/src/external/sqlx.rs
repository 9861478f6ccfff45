//! sqlx support (feature `sqlx`): every derived enum and every [`Flags`] set
//! is a column type (`Type`, `Encode`, `Decode`) of any sqlx database that
//! stores text: SQLite, Postgres, MySQL. A value is stored as its wire name,
//! as `Display` writes it, and read as `FromStr` reads it, so a value Graph
//! added later is stored and read back verbatim by a lossless enum, and a
//! closed enum refuses what it does not declare with a decode error that
//! names the type and the text. A NULL is no value: reading one into an
//! enum or a set is a decode error ([`UnexpectedNull`]) naming the type;
//! nullable columns read as `Option<E>`.
//!
//! ```
//! use graph_enum::VppTokenSyncStatus;
//! use sqlx::{Connection, SqliteConnection};
//!
//! # tokio::runtime::Builder::new_current_thread().build()?.block_on(async {
//! let mut db = SqliteConnection::connect("sqlite::memory:").await?;
//! sqlx::query("CREATE TABLE tokens (status TEXT NOT NULL)").execute(&mut db).await?;
//! // A status Graph added after this code was written.
//! let new: VppTokenSyncStatus = "pausedByApple".parse()?;
//! for status in [VppTokenSyncStatus::Completed, new.clone()] {
//!     sqlx::query("INSERT INTO tokens VALUES (?)").bind(status).execute(&mut db).await?;
//! }
//! let read: Vec<VppTokenSyncStatus> =
//!     sqlx::query_scalar("SELECT status FROM tokens").fetch_all(&mut db).await?;
//! assert_eq!(read, [VppTokenSyncStatus::Completed, new]);
//! let text: Vec<String> = sqlx::query_scalar("SELECT status FROM tokens").fetch_all(&mut db).await?;
//! assert_eq!(text, ["completed", "pausedByApple"]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! # })?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//
// The impls are generic over the database, bounded by what `str` and
// `String` implement there, so one impl serves every sqlx driver. The derive
// cannot see this crate's features, so it always invokes
// `__private::impl_sqlx!`, which is the impl with the feature and nothing
// without it.

use alloc::string::{String, ToString};
use core::fmt::Display;
use core::str::FromStr;

use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::{Database, Decode, Encode, Type, ValueRef};

use crate::{Flags, GraphFlags, ParseError};

/// A SQL `NULL` read into an enum or a set, which has no such value (the
/// text `""` would be an unknown value, a lossy fallback or the empty set,
/// none of which was stored): read a nullable column as `Option<E>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnexpectedNull {
    type_name: &'static str,
}

impl UnexpectedNull {
    /// The name of the enum type (for a set, its members' type).
    #[must_use]
    pub fn type_name(&self) -> &'static str {
        self.type_name
    }
}

impl Display for UnexpectedNull {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(
            f,
            "NULL where a {} value was expected (read a nullable column as an Option)",
            self.type_name
        )
    }
}

impl core::error::Error for UnexpectedNull {}

/// `Encode`: the text `Display` writes.
///
/// # Errors
/// The database's own, from encoding a `String`.
#[doc(hidden)]
pub fn encode<'q, DB: Database, T: Display>(
    value: &T,
    buffer: &mut <DB as Database>::ArgumentBuffer<'q>,
) -> Result<IsNull, BoxDynError>
where
    String: Encode<'q, DB>,
{
    <String as Encode<'q, DB>>::encode(value.to_string(), buffer)
}

/// `Decode`: the text, read as `FromStr` reads it.
///
/// # Errors
/// [`UnexpectedNull`] for a NULL (of the type named `type_name`), the
/// database's own from decoding a `&str`, and [`ParseError`] when the enum is
/// closed and declares no such name.
#[doc(hidden)]
pub fn decode<'r, DB: Database, T: FromStr<Err = ParseError>>(
    value: <DB as Database>::ValueRef<'r>,
    type_name: &'static str,
) -> Result<T, BoxDynError>
where
    &'r str: Decode<'r, DB>,
{
    if value.is_null() {
        return Err(UnexpectedNull { type_name }.into());
    }
    let text = <&'r str as Decode<'r, DB>>::decode(value)?;
    Ok(text.parse()?)
}

impl<DB: Database, E: GraphFlags> Type<DB> for Flags<E>
where
    str: Type<DB>,
{
    fn type_info() -> DB::TypeInfo {
        <str as Type<DB>>::type_info()
    }

    fn compatible(ty: &DB::TypeInfo) -> bool {
        <str as Type<DB>>::compatible(ty)
    }
}

impl<'q, DB: Database, E: GraphFlags> Encode<'q, DB> for Flags<E>
where
    String: Encode<'q, DB>,
{
    fn encode_by_ref(
        &self,
        buffer: &mut <DB as Database>::ArgumentBuffer<'q>,
    ) -> Result<IsNull, BoxDynError> {
        encode::<DB, Self>(self, buffer)
    }
}

impl<'r, DB: Database, E: GraphFlags> Decode<'r, DB> for Flags<E>
where
    &'r str: Decode<'r, DB>,
{
    fn decode(value: <DB as Database>::ValueRef<'r>) -> Result<Self, BoxDynError> {
        decode::<DB, Self>(value, E::NAME)
    }
}
