//! A minimal tree used only when the shipped content fails its checks.
//!
//! `App::session` promises a [`spotcheck_core::Session`], and a session can
//! only be built from a checked tree, so when the shipped content is broken
//! the app holds a session over this tiny tree while it shows "out of
//! order". It is never shown to a customer: the out-of-order screen has no
//! buttons. A test proves it passes every check of the core.

use spotcheck_core::content::kiosk;
use spotcheck_core::finding::{Finding as F, ValueSet};
use spotcheck_core::text::Text;
use spotcheck_core::tree::{
    Choice, Condition as C, ConditionInfo, Disposition, Next, Outcome, Question, Role, Test, Tree,
    When,
};

const X: Text = kiosk::FALLBACK_OUT_OF_ORDER;

const fn c(when: &'static [Test], next: Next) -> Choice {
    Choice {
        label: X,
        when: When::Any(when),
        next,
    }
}

const fn o(key: &'static str, causes: &'static [C]) -> Outcome {
    Outcome {
        key,
        disposition: Disposition::Emergency,
        causes,
        safeguarding: false,
        headline: X,
        todo: &[X],
        get_help: X,
    }
}

const fn info(condition: C) -> ConditionInfo {
    ConditionInfo {
        condition,
        name: X,
        line: X,
    }
}

static QUESTIONS: [Question; 2] = [
    Question {
        key: "fallback_who",
        short: X,
        role: Role::Who,
        prompt: X,
        bullets: &[],
        asks: &[F::AgeBand],
        choices: &[
            c(&[Test::Is(F::AgeBand, ValueSet(1))], Next::Ask(1)),
            c(&[Test::Is(F::AgeBand, ValueSet(2))], Next::Finish(0)),
            c(&[Test::Is(F::AgeBand, ValueSet(4))], Next::Finish(1)),
            c(&[Test::Is(F::AgeBand, ValueSet(8))], Next::Finish(2)),
            c(&[Test::Is(F::AgeBand, ValueSet(16))], Next::Finish(3)),
        ],
        caution: None,
    },
    Question {
        key: "fallback_more",
        short: X,
        role: Role::Detail,
        prompt: X,
        bullets: &[],
        asks: &[F::Duration],
        choices: &[
            c(&[Test::Is(F::Duration, ValueSet(1))], Next::Finish(4)),
            c(&[Test::Is(F::Duration, ValueSet(2))], Next::Finish(5)),
            c(&[Test::Is(F::Duration, ValueSet(4))], Next::Finish(6)),
            c(&[Test::Is(F::Duration, ValueSet(8))], Next::Finish(7)),
            c(&[Test::Is(F::Duration, ValueSet(1))], Next::Finish(8)),
        ],
        caution: None,
    },
];

static OUTCOMES: [Outcome; 9] = [
    o("f0", &[C::CherryAngioma, C::Extravasation, C::Meningitis]),
    o("f1", &[C::Sepsis, C::BloodDisorder, C::DrugReaction]),
    o("f2", &[C::Hives, C::Vasculitis, C::Schamberg]),
    o("f3", &[C::Melanoma, C::KeratosisPilaris, C::HeatRash]),
    o(
        "f4",
        &[C::ContactDermatitis, C::AtopicDermatitis, C::Psoriasis],
    ),
    o("f5", &[C::Rosacea, C::InsectBites, C::Scabies]),
    o("f6", &[C::Chickenpox, C::Shingles, C::Rubella]),
    o(
        "f7",
        &[C::ScarletFever, C::RheumaticFever, C::MrsaSkinInfection],
    ),
    o("f8", &[C::Covid19]),
];

static CONDITIONS: [ConditionInfo; 25] = [
    info(C::CherryAngioma),
    info(C::Extravasation),
    info(C::Meningitis),
    info(C::Sepsis),
    info(C::BloodDisorder),
    info(C::DrugReaction),
    info(C::Hives),
    info(C::Vasculitis),
    info(C::Schamberg),
    info(C::Melanoma),
    info(C::KeratosisPilaris),
    info(C::HeatRash),
    info(C::ContactDermatitis),
    info(C::AtopicDermatitis),
    info(C::Psoriasis),
    info(C::Rosacea),
    info(C::InsectBites),
    info(C::Scabies),
    info(C::Chickenpox),
    info(C::Shingles),
    info(C::Rubella),
    info(C::ScarletFever),
    info(C::RheumaticFever),
    info(C::MrsaSkinInfection),
    info(C::Covid19),
];

/// The fallback tree.
pub(crate) static TREE: Tree = Tree {
    version: 0,
    questions: &QUESTIONS,
    routes: &[],
    outcomes: &OUTCOMES,
    conditions: &CONDITIONS,
};

/// The fallback tree, checked. `tests::the_fallback_tree_passes_every_check`
/// proves the first attempt succeeds; the check is deterministic, so the
/// loop never repeats.
pub(crate) fn checked() -> spotcheck_core::Checked<'static> {
    loop {
        if let Ok(c) = spotcheck_core::check::check(&TREE) {
            return c;
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_fallback_tree_passes_every_check() {
        spotcheck_core::check::check(&super::TREE).unwrap();
    }
}
