//! The crate's one error type.

use core::fmt;

/// Everything that can go wrong in the core, with text a person can act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// An answer index beyond the current question's buttons was given.
    NoSuchAnswer,
    /// The session has finished; answer nothing more (go back or restart).
    Finished,
    /// There is nothing to go back to.
    AtStart,
    /// A table index is out of range. A checked tree never gives this.
    BadIndex,
    /// A summary buffer was too small or its bytes were malformed.
    Summary,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Error::NoSuchAnswer => "that answer is not on this screen",
            Error::Finished => "the session has finished: go back or start over",
            Error::AtStart => "already at the first question",
            Error::BadIndex => "table index out of range (the tree was not checked)",
            Error::Summary => "summary bytes are malformed or the buffer is too small",
        })
    }
}
