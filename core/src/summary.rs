//! The summary of a finished session, for the pharmacist.
//!
//! A [`Summary`] is what the kiosk hands over at the end: the content
//! version it was made with, the language, every answer given (question and
//! button, which the content version turns back into findings), the
//! disposition and the likely causes. It is postcard-serialisable with a
//! fixed upper bound on its size ([`Summary::POSTCARD_MAX_SIZE`]), and its
//! byte layout is pinned by golden-byte tests: a change to the wire format
//! is a deliberate, reviewed change.
//!
//! It carries nothing that identifies a customer.

use crate::config::{MAX_ANSWERS, MAX_CAUSES};
use crate::error::Error;
use crate::session::{Answer, Session};
use crate::text::Language;
use crate::tree::{Condition, Disposition};
use postcard::experimental::max_size::MaxSize;
use serde::{Deserialize, Serialize};

/// The summary of one finished session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, MaxSize)]
pub struct Summary {
    /// The content version of the tree that was walked.
    pub content_version: u16,
    /// The language the customer used.
    pub language: Language,
    /// Every answer given, in order.
    pub answers: heapless::Vec<Answer, MAX_ANSWERS>,
    /// How urgent.
    pub disposition: Disposition,
    /// Likely causes, most likely first.
    pub causes: heapless::Vec<Condition, MAX_CAUSES>,
    /// The outcome carries a safeguarding note for the pharmacist (NICE
    /// CG89). Added in content version 2; one byte on the wire.
    pub safeguarding: bool,
}

impl Summary {
    /// The most bytes a summary takes in postcard.
    pub const POSTCARD_MAX_SIZE: usize = <Summary as MaxSize>::POSTCARD_MAX_SIZE;

    /// The summary of `session`, or `None` if it has not finished.
    pub fn of(session: &Session<'_>) -> Option<Summary> {
        let outcome = match session.step() {
            crate::Step::Outcome(o) => o,
            crate::Step::Question(_) => return None,
        };
        let mut answers = heapless::Vec::new();
        for a in session.answers() {
            answers.push(*a).ok()?;
        }
        let mut causes = heapless::Vec::new();
        for c in outcome.causes.iter().take(MAX_CAUSES) {
            causes.push(*c).ok()?;
        }
        Some(Summary {
            content_version: session.tree().version,
            language: session.language(),
            answers,
            disposition: outcome.disposition,
            causes,
            safeguarding: outcome.safeguarding,
        })
    }

    /// Writes the summary into `buf` as postcard, returning the bytes used.
    pub fn to_postcard<'b>(&self, buf: &'b mut [u8]) -> Result<&'b mut [u8], Error> {
        postcard::to_slice(self, buf).map_err(|_| Error::Summary)
    }

    /// Reads a summary back from postcard bytes.
    pub fn from_postcard(bytes: &[u8]) -> Result<Summary, Error> {
        postcard::from_bytes(bytes).map_err(|_| Error::Summary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Summary {
        let mut answers = heapless::Vec::new();
        answers
            .push(Answer {
                question: 0,
                choice: 3,
            })
            .unwrap();
        answers
            .push(Answer {
                question: 2,
                choice: 0,
            })
            .unwrap();
        let mut causes = heapless::Vec::new();
        causes.push(Condition::Meningitis).unwrap();
        causes.push(Condition::Sepsis).unwrap();
        Summary {
            content_version: 300,
            language: Language::En,
            answers,
            disposition: Disposition::Emergency,
            causes,
            safeguarding: false,
        }
    }

    #[test]
    fn golden_bytes() {
        let mut buf = [0u8; Summary::POSTCARD_MAX_SIZE];
        let bytes = sample().to_postcard(&mut buf).unwrap();
        // version 300 = varint [0xac, 0x02]; En = 0; 2 answers; Emergency = 0;
        // 2 causes: Meningitis = 2, Sepsis = 3; no safeguarding note = 0.
        assert_eq!(
            bytes,
            &[0xac, 0x02, 0x00, 0x02, 0x00, 0x03, 0x02, 0x00, 0x00, 0x02, 0x02, 0x03, 0x00][..]
        );
        assert_eq!(Summary::from_postcard(bytes).unwrap(), sample());
        // The safeguarding note is the last byte: 1 when present.
        let mut noted = sample();
        noted.safeguarding = true;
        let mut buf = [0u8; Summary::POSTCARD_MAX_SIZE];
        let bytes = noted.to_postcard(&mut buf).unwrap();
        assert_eq!(bytes.last(), Some(&0x01));
        assert_eq!(Summary::from_postcard(bytes).unwrap(), noted);
    }

    #[test]
    fn max_size_bounds_a_full_summary() {
        let mut s = sample();
        s.answers.clear();
        for i in 0..MAX_ANSWERS {
            s.answers
                .push(Answer {
                    question: 200 + i as u8,
                    choice: 255,
                })
                .unwrap();
        }
        s.content_version = u16::MAX;
        s.language = Language::Es;
        s.disposition = Disposition::SelfCare;
        s.safeguarding = true;
        let mut buf = [0u8; Summary::POSTCARD_MAX_SIZE];
        assert!(s.to_postcard(&mut buf).is_ok());
        assert_eq!(
            Summary::POSTCARD_MAX_SIZE,
            3 + 1 + 1 + MAX_ANSWERS * 2 + 1 + 1 + MAX_CAUSES + 1
        );
    }

    #[test]
    fn malformed_bytes_are_an_error() {
        assert_eq!(
            Summary::from_postcard(&[0xff, 0xff, 0xff, 0xff]),
            Err(Error::Summary)
        );
        let mut tiny = [0u8; 3];
        assert_eq!(sample().to_postcard(&mut tiny).unwrap_err(), Error::Summary);
    }
}
