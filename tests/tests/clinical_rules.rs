//! Clinical rules of the hazard log (docs/hazard-log.md), proved over
//! every path of the shipped tree rather than a few examples. Each test is
//! named after the harm it guards against; the hazard log cites them.

use spotcheck_core::check::for_each_path;
use spotcheck_core::content::{self, o, q};
use spotcheck_core::session::Answer;
use spotcheck_core::Disposition;
use std::collections::BTreeSet;

/// Every path as (answers, outcome disposition, outcome key).
fn paths() -> Vec<(Vec<Answer>, Disposition, &'static str)> {
    let checked = content::checked().unwrap();
    let tree = checked.tree();
    let mut out = Vec::new();
    for_each_path(checked, |answers, oi| {
        let outcome = &tree.outcomes[oi as usize];
        out.push((answers.to_vec(), outcome.disposition, outcome.key));
    });
    out
}

fn answered(answers: &[Answer], question: u8) -> Option<u8> {
    answers
        .iter()
        .find(|a| a.question == question)
        .map(|a| a.choice)
}

const YES: u8 = 0;
const NOT_SURE: u8 = 2;
const GLASS_STAYS: u8 = 1;
const GLASS_NOT_SURE: u8 = 2;

#[test]
fn every_red_flag_yes_or_not_sure_ends_at_the_emergency_screen_at_once() {
    let flags = [q::RF_BABY, q::RF_CHILD, q::RF_ILL, q::RF_BODY];
    let mut seen = 0;
    for (answers, d, _) in paths() {
        for (i, a) in answers.iter().enumerate() {
            if flags.contains(&a.question) && (a.choice == YES || a.choice == NOT_SURE) {
                assert_eq!(i + 1, answers.len(), "a red flag did not end the walk");
                assert_eq!(d, Disposition::Emergency);
                seen += 1;
            }
        }
    }
    assert!(seen > 0);
}

#[test]
fn nonblanching_spots_with_fever_are_always_an_emergency() {
    let mut seen = 0;
    for (answers, d, key) in paths() {
        if matches!(answered(&answers, q::NB_FEVER), Some(YES | NOT_SURE)) {
            assert_eq!(d, Disposition::Emergency, "{key}");
            assert_eq!(
                key,
                content::o::KEYS[o::EMERGENCY_NONBLANCHING_FEVER as usize]
            );
            seen += 1;
        }
    }
    assert!(seen > 0);
}

#[test]
fn glass_test_not_sure_is_treated_as_non_blanching() {
    // The walks after "Not sure or can't do it" are exactly the walks after
    // "I can still see them", to the same outcomes.
    let mut after = [BTreeSet::new(), BTreeSet::new()];
    for (answers, _, key) in paths() {
        if let Some(i) = answers.iter().position(|a| a.question == q::GLASS) {
            let slot = match answers[i].choice {
                GLASS_STAYS => 0,
                GLASS_NOT_SURE => 1,
                _ => continue,
            };
            let pairs = |a: &[Answer]| -> Vec<(u8, u8)> {
                a.iter().map(|a| (a.question, a.choice)).collect()
            };
            let prefix = pairs(&answers[..i]);
            let suffix = pairs(&answers[i + 1..]);
            after[slot].insert((prefix, suffix, key));
        }
    }
    assert!(!after[0].is_empty());
    assert_eq!(after[0], after[1]);
}

#[test]
fn unexplained_nonblanching_spots_are_at_least_a_doctor_today() {
    // NICE NG12: petechiae with no clear mechanical cause are never
    // reassured. The only way below "urgent" after spots that stay (or an
    // unreadable glass test) is a confirmed pressure or straining cause.
    let mut seen = 0;
    for (answers, d, key) in paths() {
        if !matches!(
            answered(&answers, q::GLASS),
            Some(GLASS_STAYS | GLASS_NOT_SURE)
        ) {
            continue;
        }
        seen += 1;
        if answered(&answers, q::NB_CAUSE) == Some(YES)
            && answered(&answers, q::AGE) != Some(AGE_INFANT)
        {
            assert_eq!(key, content::o::KEYS[o::SELF_CARE_PRESSURE as usize]);
            continue;
        }
        assert!(
            d.at_least_as_urgent_as(Disposition::Urgent),
            "non-blanching spots without a cause end at `{key}` ({})",
            d.id()
        );
    }
    assert!(seen > 0);
}

#[test]
fn a_changing_or_bleeding_spot_always_sees_a_doctor() {
    // A new, growing, changing or bleeding red spot may be an amelanotic
    // melanoma (guidance.md): never pharmacist or self-care.
    let mut seen = 0;
    for (answers, d, key) in paths() {
        let changing = matches!(answered(&answers, q::LASTING_CHANGE), Some(YES | NOT_SURE))
            || answered(&answers, q::BL_LAST) == Some(0);
        if changing {
            seen += 1;
            assert!(
                d.at_least_as_urgent_as(Disposition::Doctor),
                "a changing spot ends at `{key}`"
            );
        }
    }
    assert!(seen > 0);
}

#[test]
fn lasting_spots_are_asked_about_change_before_any_reassurance() {
    // On the lasting path, no answer can reach self-care or the pharmacist
    // before the changing-spot question has been answered "No".
    for (answers, d, key) in paths() {
        if answered(&answers, q::LASTING_BLEED).is_none() {
            continue;
        }
        if !d.at_least_as_urgent_as(Disposition::Doctor) {
            assert_eq!(
                answered(&answers, q::LASTING_CHANGE),
                Some(1),
                "`{key}` reached without asking about a changing spot"
            );
        }
    }
}

#[test]
fn a_new_medicine_is_never_self_care_or_pharmacist_only() {
    // A rash after a new medicine can be a drug reaction: a doctor decides.
    let mut seen = 0;
    for (answers, d, key) in paths() {
        let medicine = matches!(answered(&answers, q::NB_MEDICINE), Some(YES | NOT_SURE))
            || answered(&answers, q::FEVER_MORE) == Some(1)
            || answered(&answers, q::BL_TRIGGER) == Some(0);
        if medicine {
            seen += 1;
            assert!(
                d.at_least_as_urgent_as(Disposition::Doctor),
                "a new medicine ends at `{key}`"
            );
        }
    }
    assert!(seen > 0);
}

#[test]
fn swelling_or_breathing_trouble_calls_for_help_naming_an_allergic_reaction() {
    // Face or lip swelling, or breathing trouble (possible anaphylaxis), is
    // on the second red-flag screen, asked of everyone; its emergency
    // outcome names a drug reaction or hives among the causes.
    let tree = content::checked().unwrap().tree();
    let rf_body = &tree.questions[q::RF_BODY as usize];
    assert!(rf_body
        .asks
        .contains(&spotcheck_core::Finding::FaceSwelling));
    assert!(rf_body
        .asks
        .contains(&spotcheck_core::Finding::BreathingDifficulty));
    let body = &tree.outcomes[o::EMERGENCY_BODY as usize];
    assert_eq!(body.disposition, Disposition::Emergency);
    assert!(body
        .causes
        .contains(&spotcheck_core::Condition::DrugReaction));
    for (answers, d, _) in paths() {
        if d != Disposition::Emergency {
            assert_eq!(answered(&answers, q::RF_BODY), Some(1));
        }
    }
}

const AGE_INFANT: u8 = 0;

#[test]
fn a_baby_with_spots_that_stay_under_the_glass_is_never_sent_home() {
    // A baby who is not yet moving about does not get pressure marks from
    // knocks; NICE NG12 asks for immediate assessment of petechiae in
    // children, and it is a safeguarding question too.
    let mut seen = 0;
    for (answers, d, key) in paths() {
        let baby = answered(&answers, q::AGE) == Some(AGE_INFANT);
        let stays = matches!(
            answered(&answers, q::GLASS),
            Some(GLASS_STAYS | GLASS_NOT_SURE)
        );
        if baby && stays {
            assert!(d <= Disposition::Urgent, "{key}: {answers:?}");
            seen += 1;
        }
    }
    assert!(seen > 0);
}

#[test]
fn a_baby_with_a_temperature_and_a_new_rash_is_an_emergency() {
    let mut seen = 0;
    for (answers, d, key) in paths() {
        let baby = answered(&answers, q::AGE) == Some(AGE_INFANT);
        if baby && matches!(answered(&answers, q::BL_FEVER), Some(YES | NOT_SURE)) {
            assert_eq!(d, Disposition::Emergency, "{key}");
            seen += 1;
        }
    }
    assert!(seen > 0);
}

#[test]
fn blisters_with_a_temperature_are_never_left_for_days() {
    let mut seen = 0;
    for (answers, d, key) in paths() {
        if matches!(answered(&answers, q::BLISTER_FEVER), Some(YES | NOT_SURE)) {
            assert!(d <= Disposition::Urgent, "{key}");
            seen += 1;
        }
    }
    assert!(seen > 0);
}
