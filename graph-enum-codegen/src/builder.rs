//! Generation from a build script, shaped like prost-build: a [`Builder`]
//! reads CSDL or JSON files, checks every enum type with the derive's rules,
//! and writes one file into `OUT_DIR` for `include!`.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::check::SchemaErrors;
use crate::csdl::{self, CsdlError};
use crate::csdl_json;
use crate::json;
use crate::layout::{modules, Module};
use crate::options::Options;
use crate::schema::EnumType;

/// Generates `#[derive(GraphEnum)]` enums from a build script.
///
/// ```no_run
/// // build.rs
/// fn main() -> Result<(), graph_enum_codegen::Error> {
///     graph_enum_codegen::Builder::new()
///         .root_namespace("Contoso.Sales")
///         .derive("PartialOrd")
///         .derive("Ord")
///         .compile(&["metadata.xml"])?;
///     Ok(())
/// }
/// ```
///
/// ```ignore
/// // src/lib.rs
/// pub mod enums {
///     include!(concat!(env!("OUT_DIR"), "/graph_enums.rs"));
/// }
/// ```
#[derive(Clone, Debug)]
pub struct Builder {
    options: Options,
    keep_namespaces: Vec<String>,
    keep_types: Vec<String>,
    out_dir: Option<PathBuf>,
    file_name: String,
}

impl Default for Builder {
    fn default() -> Self {
        Builder::new()
    }
}

impl Builder {
    /// The defaults: Graph's root namespace, `::graph_enum`, every type kept,
    /// `OUT_DIR/graph_enums.rs`.
    #[must_use]
    pub fn new() -> Self {
        Builder {
            options: Options {
                module_doc: Vec::new(),
                ..Options::default()
            },
            keep_namespaces: Vec::new(),
            keep_types: Vec::new(),
            out_dir: None,
            file_name: "graph_enums.rs".to_owned(),
        }
    }

    /// The namespace whose types go at the top; others get a module per
    /// segment below it ([`Options::root_namespace`]).
    pub fn root_namespace(&mut self, namespace: impl Into<String>) -> &mut Self {
        self.options.root_namespace = namespace.into();
        self
    }

    /// The path of the `graph-enum` crate in the generated code, for a
    /// renamed or re-exported dependency ([`Options::crate_path`]).
    pub fn crate_path(&mut self, path: impl Into<String>) -> &mut Self {
        self.options.crate_path = path.into();
        self
    }

    /// Keeps the types of `namespace` and of the namespaces under it; with
    /// no `keep_*` call every type is kept.
    pub fn keep_namespace(&mut self, namespace: impl Into<String>) -> &mut Self {
        self.keep_namespaces.push(namespace.into());
        self
    }

    /// Keeps the type with this qualified name (`Contoso.Sales.orderState`).
    pub fn keep_type(&mut self, qualified_name: impl Into<String>) -> &mut Self {
        self.keep_types.push(qualified_name.into());
        self
    }

    /// Adds a derive to every enum, after graph-enum's own ([`Options::derives`]).
    pub fn derive(&mut self, derive: impl Into<String>) -> &mut Self {
        self.options.derives.push(derive.into());
        self
    }

    /// Reads names ignoring ASCII case ([`Options::ascii_case_insensitive`]).
    pub fn ascii_case_insensitive(&mut self, on: bool) -> &mut Self {
        self.options.ascii_case_insensitive = on;
        self
    }

    /// Orders every enum ([`Options::ord`]).
    pub fn ord(&mut self, on: bool) -> &mut Self {
        self.options.ord = on;
        self
    }

    /// Marks every enum `#[non_exhaustive]` ([`Options::non_exhaustive`]).
    pub fn non_exhaustive(&mut self, on: bool) -> &mut Self {
        self.options.non_exhaustive = on;
        self
    }

    /// Where [`compile`](Self::compile) writes; `OUT_DIR` by default.
    pub fn out_dir(&mut self, dir: impl Into<PathBuf>) -> &mut Self {
        self.out_dir = Some(dir.into());
        self
    }

    /// The file [`compile`](Self::compile) writes; `graph_enums.rs` by default.
    pub fn file_name(&mut self, name: impl Into<String>) -> &mut Self {
        self.file_name = name.into();
        self
    }

    /// The options the code is written with.
    #[must_use]
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Reads `inputs` (CSDL XML, CSDL JSON or the JSON catalogue, told by
    /// content: [`parse_input`]), keeps the
    /// types asked for and builds the module tree, with a warning for each
    /// input that has no enum type.
    ///
    /// # Errors
    /// An input that cannot be read or is not valid CSDL, and every enum type
    /// the derive would reject.
    pub fn module(&self, inputs: &[impl AsRef<Path>]) -> Result<(Module, Vec<String>), Error> {
        let mut enums = Vec::new();
        let mut warnings = Vec::new();
        for input in inputs {
            let path = input.as_ref();
            let read = read_input(path)?;
            if read.is_empty() {
                warnings.push(format!(
                    "{}: no EnumType in this schema; nothing is generated from it",
                    path.display()
                ));
            }
            enums.extend(read);
        }
        Ok((self.module_of(enums)?, warnings))
    }

    /// The module tree of enum types read elsewhere, keeping those asked for.
    ///
    /// # Errors
    /// Every enum type the derive would reject.
    pub fn module_of(&self, enums: Vec<EnumType>) -> Result<Module, Error> {
        let kept: Vec<EnumType> = enums
            .into_iter()
            .filter(|enum_type| self.keeps(enum_type))
            .collect();
        modules(&kept, &self.options).map_err(Error::Schema)
    }

    /// The source for `include!`: [`module`](Self::module) as items.
    ///
    /// # Errors
    /// As [`module`](Self::module).
    pub fn generate(&self, inputs: &[impl AsRef<Path>]) -> Result<String, Error> {
        Ok(self.module(inputs)?.0.for_include())
    }

    /// Generates into [`out_dir`](Self::out_dir) (`OUT_DIR`), prints
    /// `cargo:rerun-if-changed` for each input and `cargo:warning` for each
    /// warning, and returns the path written.
    ///
    /// # Errors
    /// As [`module`](Self::module), and when there is no output directory
    /// (outside a build script, without [`out_dir`](Self::out_dir)) or the
    /// file cannot be written.
    pub fn compile(&self, inputs: &[impl AsRef<Path>]) -> Result<PathBuf, Error> {
        for input in inputs {
            println!("cargo:rerun-if-changed={}", input.as_ref().display());
        }
        let (module, warnings) = self.module(inputs)?;
        for warning in warnings {
            println!("cargo:warning={warning}");
        }
        let dir = match &self.out_dir {
            Some(dir) => dir.clone(),
            None => std::env::var_os("OUT_DIR")
                .map(PathBuf::from)
                .ok_or(Error::NoOutDir)?,
        };
        let path = dir.join(&self.file_name);
        std::fs::write(&path, module.for_include()).map_err(|error| Error::Write {
            path: path.display().to_string(),
            error,
        })?;
        Ok(path)
    }

    fn keeps(&self, enum_type: &EnumType) -> bool {
        if self.keep_namespaces.is_empty() && self.keep_types.is_empty() {
            return true;
        }
        let qualified = format!("{}.{}", enum_type.namespace, enum_type.name);
        self.keep_types.contains(&qualified)
            || self.keep_namespaces.iter().any(|namespace| {
                enum_type.namespace == *namespace
                    || enum_type
                        .namespace
                        .strip_prefix(namespace.as_str())
                        .is_some_and(|rest| rest.starts_with('.'))
            })
    }
}

/// The enum types of one input file, whatever its format (see [`parse_input`]).
///
/// # Errors
/// When it cannot be read or parsed; the message names the file.
pub fn read_input(path: &Path) -> Result<Vec<EnumType>, Error> {
    let file = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|error| Error::Read {
        path: file.clone(),
        message: error.to_string(),
    })?;
    let mut enums = parse_input(&text, &file)?;
    for enum_type in &mut enums {
        enum_type.source.file = Some(file.clone());
    }
    Ok(enums)
}

/// The enum types of one document, its format told by its content: CSDL JSON
/// (an object, `{`), the JSON catalogue (an array, `[`), CSDL XML otherwise.
/// `name` names the document in errors (a file, `<stdin>`).
///
/// # Errors
/// When the document is not of its format, or breaks CSDL's rules.
pub fn parse_input(text: &str, name: &str) -> Result<Vec<EnumType>, Error> {
    let content = text.trim_start_matches('\u{feff}').trim_start();
    if content.starts_with('{') {
        csdl_json::parse(text).map_err(|error| Error::Csdl(CsdlError(format!("{name}: {error}"))))
    } else if content.starts_with('[') {
        json::parse(text).map_err(|error| Error::Read {
            path: name.to_owned(),
            message: error.to_string(),
        })
    } else {
        csdl::parse(text).map_err(|error| Error::Csdl(CsdlError(format!("{name}:{error}"))))
    }
}

/// Why nothing was generated.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// An input is not valid CSDL (the message names the file and line).
    Csdl(CsdlError),
    /// An input could not be read or parsed.
    Read {
        /// The input.
        path: String,
        /// What went wrong.
        message: String,
    },
    /// Enum types the derive would reject.
    Schema(SchemaErrors),
    /// No `OUT_DIR` (not in a build script) and no [`Builder::out_dir`].
    NoOutDir,
    /// The output could not be written.
    Write {
        /// The file.
        path: String,
        /// Why.
        error: std::io::Error,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Csdl(error) => write!(f, "{error}"),
            Error::Read { path, message } => write!(f, "{path}: {message}"),
            Error::Schema(errors) => write!(f, "{errors}"),
            Error::NoOutDir => f.write_str(
                "OUT_DIR is not set: call Builder::compile from a build script, or set Builder::out_dir",
            ),
            Error::Write { path, error } => write!(f, "cannot write {path}: {error}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Csdl(error) => Some(error),
            Error::Schema(errors) => Some(errors),
            Error::Write { error, .. } => Some(error),
            Error::Read { .. } | Error::NoOutDir => None,
        }
    }
}
