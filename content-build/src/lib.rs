//! SpotCheck's content build.
//!
//! Reads the content files (`content/` at the repository root):
//!
//! - `findings.toml` and `conditions.toml`: the vocabularies, checked
//!   against core's `Finding` and `Condition` enums (ids, values, order);
//! - `tree.toml`: questions, answers, routes and outcomes, linked by key;
//! - `po/<lang>.po`: every word, one gettext file a language, English the
//!   source.
//!
//! [`compile`] resolves every key, fills every message, builds the tree with
//! core's own table types (compiled for the host by
//! `spotcheck-content-engine`), runs core's checker on it, and only then
//! writes the Rust source of the static tables core includes. Any problem is
//! an [`Error`] naming the file, the line and the node; all problems found
//! are reported at once.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod codegen;
mod po;
mod tree;

use std::fmt;
use std::path::{Path, PathBuf};

pub use spotcheck_content_engine as engine;

/// One problem in the content, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// The file, as written under the content folder (`tree.toml`,
    /// `po/es.po`).
    pub file: String,
    /// 1-based line, where known.
    pub line: Option<usize>,
    /// The node or message it is about (`question "glass"`), where known.
    pub node: Option<String>,
    /// What is wrong and what to do.
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "content/{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": ")?;
        if let Some(node) = &self.node {
            write!(f, "{node}: ")?;
        }
        f.write_str(&self.message)
    }
}

/// Every problem found, in file order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Errors(pub Vec<Error>);

impl fmt::Display for Errors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "the content files have {} problem{}:",
            self.0.len(),
            if self.0.len() == 1 { "" } else { "s" }
        )?;
        for e in &self.0 {
            writeln!(f, "  {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Errors {}

/// The compiled content.
pub struct Compiled {
    /// The tree, built with core's own types and passed by core's checker.
    pub tree: &'static engine::tree::Tree,
    /// The checker's figures.
    pub report: engine::check::CheckReport,
    /// Rust source of the static tables, for core to include.
    pub rust: String,
    /// The short content hash (8 hex digits) of every content file.
    pub hash: String,
    /// Every file read, for `cargo:rerun-if-changed`.
    pub files: Vec<PathBuf>,
    /// Each language's review status (`X-Review-Status` of its .po file).
    pub review: Vec<(engine::text::Language, String)>,
}

/// A content file, read whole.
pub(crate) struct Source {
    /// Name under the content folder.
    pub(crate) name: String,
    pub(crate) text: String,
}

impl Source {
    fn read(dir: &Path, name: &str) -> Result<Source, Error> {
        let path = dir.join(name);
        std::fs::read_to_string(&path)
            .map(|text| Source {
                name: name.to_string(),
                text,
            })
            .map_err(|e| Error {
                file: name.to_string(),
                line: None,
                node: None,
                message: format!("cannot read {}: {e}", path.display()),
            })
    }

    /// The 1-based line of byte `offset`.
    pub(crate) fn line(&self, offset: usize) -> usize {
        self.text[..offset.min(self.text.len())]
            .matches('\n')
            .count()
            + 1
    }

    pub(crate) fn error(
        &self,
        span: Option<std::ops::Range<usize>>,
        node: Option<String>,
        message: String,
    ) -> Error {
        Error {
            file: self.name.clone(),
            line: span.map(|s| self.line(s.start)),
            node,
            message,
        }
    }

    /// A TOML syntax or shape error, with its line.
    pub(crate) fn toml_error(&self, e: &toml::de::Error) -> Error {
        self.error(
            e.span(),
            None,
            format!("malformed TOML: {}", e.message().trim()),
        )
    }
}

/// The content files, in the order they are hashed.
pub const FILES: &[&str] = &[
    "findings.toml",
    "conditions.toml",
    "tree.toml",
    "po/en.po",
    "po/es.po",
    "po/pl.po",
    "po/ro.po",
];

/// Compiles the content folder `dir`: parses, resolves, checks, and writes
/// the Rust source of the tables.
pub fn compile(dir: &Path) -> Result<Compiled, Errors> {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    for name in FILES {
        match Source::read(dir, name) {
            Ok(s) => sources.push(s),
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(Errors(errors));
    }
    let hash = content_hash(&sources);
    let [findings, conditions, tree, po_files @ ..] = &sources[..] else {
        unreachable!("FILES starts with the three tree files")
    };
    let built = tree::build(findings, conditions, tree, po_files)?;
    let checked = match engine::check::check(built.tree) {
        Ok(c) => c,
        Err(e) => return Err(Errors(vec![built.check_error(tree, conditions, &e)])),
    };
    if let Err(e) = engine::check::check_coverage(checked) {
        return Err(Errors(vec![built.check_error(tree, conditions, &e)]));
    }
    let rust = codegen::rust(built.tree, &hash, &built.review, &built.kiosk);
    Ok(Compiled {
        tree: built.tree,
        report: *checked.report(),
        rust,
        hash,
        files: FILES.iter().map(|f| dir.join(f)).collect(),
        review: built.review,
    })
}

/// FNV-1a (64 bit) over each file's name and its text with line ends made
/// `\n` (so a Windows checkout hashes the same), folded to 32 bits.
fn content_hash(sources: &[Source]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    for s in sources {
        eat(s.name.as_bytes());
        eat(&[0]);
        eat(s.text.replace("\r\n", "\n").as_bytes());
        eat(&[0]);
    }
    format!("{:08x}", (h ^ (h >> 32)) as u32)
}
