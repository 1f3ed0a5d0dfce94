//! The questions and routes, in the order the kiosk asks them.
//!
//! Each question says which findings it asks about (`asks`) and which
//! patients each answer stands for (`when`). On "which fits best" screens
//! the answers are listed most specific first: the vignette runner, like a
//! careful customer, takes the first that fits.

use crate::finding::{Finding as F, ValueSet};
use crate::t;
use crate::text::Text;
use crate::tree::{Caution, Choice, Next, Question, Role, Route, Test, When};

use super::o;

/// Declares named `u8` indices and the matching key list.
macro_rules! indices {
    ($($name:ident = $key:literal),* $(,)?) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms, dead_code)]
        #[repr(u8)]
        enum Index { $($name),* }
        $(
            #[doc = concat!("Index of `", $key, "`.")]
            pub const $name: u8 = Index::$name as u8;
        )*
        /// Every key, in index order.
        pub const KEYS: &[&str] = &[$($key),*];
    };
}
pub(crate) use indices;

/// Question indices.
pub mod q {
    super::indices! {
        AGE = "age",
        RF_BABY = "red_flags_baby",
        RF_CHILD = "red_flags_young_child",
        RF_ILL = "red_flags_illness",
        RF_BODY = "red_flags_body",
        DURATION = "duration",
        LASTING_BLEED = "lasting_bleeding",
        LASTING_CHANGE = "lasting_changing_spot",
        LASTING_LOOK = "lasting_look",
        LASTING_MORE = "lasting_more",
        SURFACE = "surface",
        GLASS = "glass",
        NB_FEVER = "nonblanching_fever",
        NB_BLEED = "nonblanching_bleeding",
        NB_CAUSE = "nonblanching_cause",
        NB_MEDICINE = "nonblanching_medicine",
        NB_MORE = "nonblanching_more",
        BL_FEVER = "blanching_fever",
        FEVER_WHICH = "fever_which",
        FEVER_MORE = "fever_more",
        BL_TRIGGER = "blanching_trigger",
        BL_MORE = "blanching_more",
        BL_LAST = "blanching_last",
        BLISTER_WHICH = "blisters_which",
        BLISTER_MORE = "blisters_more",
        POX_RISK = "chickenpox_risk",
    }
}

/// Route indices.
pub mod r {
    super::indices! {
        POX_AGE = "chickenpox_by_age",
    }
}

const fn v(f: F, names: u16) -> Test {
    Test::Is(f, ValueSet(names))
}

// Enum value bits, in `findings.toml` order.
const INFANT: u16 = 1 << 0;
const YOUNG_CHILD: u16 = 1 << 1;
const CHILD: u16 = 1 << 2;
const ADULT: u16 = 1 << 3;
const OLDER_ADULT: u16 = 1 << 4;
const FADES: u16 = 1 << 0;
const STAYS: u16 = 1 << 1;
const FLAT: u16 = 1 << 0;
const RAISED: u16 = 1 << 1;
const BLISTERS: u16 = 1 << 2;
const BRIGHT_RED: u16 = 1 << 0;
const BROWN_ORANGE: u16 = 1 << 2;
const LOC_FACE: u16 = 1 << 0;
const LOC_TRUNK: u16 = 1 << 4;
const LOC_ONE_SIDE_BAND: u16 = 1 << 7;
const LOC_ALL_OVER: u16 = 1 << 8;
const HOURS: u16 = 1 << 0;
const DAYS: u16 = 1 << 1;
const WEEKS: u16 = 1 << 2;
const LONG_TERM: u16 = 1 << 3;
const LARGE: u16 = 1 << 2;

const fn ask(n: u8) -> Next {
    Next::Ask(n)
}
const fn finish(n: u8) -> Next {
    Next::Finish(n)
}

const YES: Text = t!("Yes");
const NO: Text = t!("No");
const NOT_SURE: Text = t!("Not sure");
const NONE_OF_THESE: Text = t!("None of these");

/// A yes / no / not-sure screen over bool findings: "Yes" if any is
/// present. "Not sure" goes where `unsure` says (the checker makes sure it
/// is never less urgent than "Yes" when `yes_is_worrying`).
const fn yes_no(yes: &'static [Test], on_yes: Next, on_no: Next, on_unsure: Next) -> [Choice; 3] {
    [
        Choice {
            label: YES,
            when: When::Any(yes),
            next: on_yes,
        },
        Choice {
            label: NO,
            when: When::Otherwise,
            next: on_no,
        },
        Choice {
            label: NOT_SURE,
            when: When::Unknown(&[]),
            next: on_unsure,
        },
    ]
}

/// Caution for a yes/no/not-sure screen where "Yes" is the worrying answer.
const YES_WORRIES: Option<Caution> = Some(Caution {
    worrying: 0,
    unsure: 2,
});
/// Caution where "No" is the worrying answer (no explanation found).
const NO_WORRIES: Option<Caution> = Some(Caution {
    worrying: 1,
    unsure: 2,
});

const RED_FLAG_PROMPT_CHILD: Text = t!("Does your child have any of these now?");

const E_ILL: Next = finish(o::EMERGENCY_ILLNESS);

/// Every question. Index 0 is the first screen.
pub static QUESTIONS: [Question; q::KEYS.len()] = [
    // ── Who ────────────────────────────────────────────────────────────
    Question {
        key: "age",
        role: Role::Who,
        prompt: t!("How old is the person with the spots?"),
        bullets: &[],
        asks: &[F::AgeBand],
        choices: &[
            Choice { label: t!("Under 1 year"), when: When::Any(&[v(F::AgeBand, INFANT)]), next: ask(q::RF_BABY) },
            Choice { label: t!("1 to 4 years"), when: When::Any(&[v(F::AgeBand, YOUNG_CHILD)]), next: ask(q::RF_CHILD) },
            Choice { label: t!("5 to 15 years"), when: When::Any(&[v(F::AgeBand, CHILD)]), next: ask(q::RF_ILL) },
            Choice { label: t!("16 to 64 years"), when: When::Any(&[v(F::AgeBand, ADULT)]), next: ask(q::RF_ILL) },
            Choice { label: t!("65 or older"), when: When::Any(&[v(F::AgeBand, OLDER_ADULT)]), next: ask(q::RF_ILL) },
        ],
        caution: None,
    },
    // ── Red flags ──────────────────────────────────────────────────────
    // Sources: NICE NG143 (fever in under 5s: red features), NICE NG240
    // (meningococcal disease), NICE NG51 (sepsis), the seed articles'
    // "seek immediate attention" lists.
    Question {
        key: "red_flags_baby",
        role: Role::RedFlag,
        prompt: RED_FLAG_PROMPT_CHILD,
        bullets: &[
            t!("A fit, or floppy, very sleepy or hard to wake"),
            t!("A weak, high-pitched or non-stop cry"),
            t!("Under 3 months old with a temperature of 38 °C or more"),
            t!("Very unwell, getting worse fast, or being sick again and again"),
            t!("Stiff neck, bright light hurts the eyes, or spots spreading fast"),
        ],
        asks: &[F::Seizure, F::DrowsyOrConfused, F::YoungBabyFever, F::VeryUnwell, F::RepeatedVomiting, F::StiffNeck, F::SevereHeadache, F::LightSensitivity, F::RashSpreadingFast],
        choices: &yes_no(
            &[
                Test::Present(F::Seizure),
                Test::Present(F::DrowsyOrConfused),
                Test::Present(F::YoungBabyFever),
                Test::Present(F::VeryUnwell),
                Test::Present(F::RepeatedVomiting),
                Test::Present(F::StiffNeck),
                Test::Present(F::SevereHeadache),
                Test::Present(F::LightSensitivity),
                Test::Present(F::RashSpreadingFast),
            ],
            E_ILL,
            ask(q::RF_BODY),
            E_ILL,
        ),
        caution: YES_WORRIES,
    },
    Question {
        key: "red_flags_young_child",
        role: Role::RedFlag,
        prompt: RED_FLAG_PROMPT_CHILD,
        bullets: &[
            t!("A fit, or floppy, very sleepy or hard to wake"),
            t!("A weak, high-pitched or non-stop cry"),
            t!("Stiff neck, bad headache, or bright light hurts the eyes"),
            t!("Very unwell, getting worse fast, or being sick again and again"),
            t!("Spots spreading fast, over hours"),
        ],
        asks: &[F::Seizure, F::DrowsyOrConfused, F::StiffNeck, F::SevereHeadache, F::LightSensitivity, F::VeryUnwell, F::RepeatedVomiting, F::RashSpreadingFast],
        choices: &yes_no(
            &[
                Test::Present(F::Seizure),
                Test::Present(F::DrowsyOrConfused),
                Test::Present(F::StiffNeck),
                Test::Present(F::SevereHeadache),
                Test::Present(F::LightSensitivity),
                Test::Present(F::VeryUnwell),
                Test::Present(F::RepeatedVomiting),
                Test::Present(F::RashSpreadingFast),
            ],
            E_ILL,
            ask(q::RF_BODY),
            E_ILL,
        ),
        caution: YES_WORRIES,
    },
    Question {
        key: "red_flags_illness",
        role: Role::RedFlag,
        prompt: t!("Does the person have any of these now?"),
        bullets: &[
            t!("Very sleepy, confused or hard to wake"),
            t!("A fit (seizure)"),
            t!("Stiff neck, bad headache, or bright light hurts the eyes"),
            t!("Very unwell, getting worse fast, or being sick again and again"),
            t!("Spots spreading fast, over hours"),
        ],
        asks: &[F::DrowsyOrConfused, F::Seizure, F::StiffNeck, F::SevereHeadache, F::LightSensitivity, F::VeryUnwell, F::RepeatedVomiting, F::RashSpreadingFast],
        choices: &yes_no(
            &[
                Test::Present(F::DrowsyOrConfused),
                Test::Present(F::Seizure),
                Test::Present(F::StiffNeck),
                Test::Present(F::SevereHeadache),
                Test::Present(F::LightSensitivity),
                Test::Present(F::VeryUnwell),
                Test::Present(F::RepeatedVomiting),
                Test::Present(F::RashSpreadingFast),
            ],
            E_ILL,
            ask(q::RF_BODY),
            E_ILL,
        ),
        caution: YES_WORRIES,
    },
    Question {
        key: "red_flags_body",
        role: Role::RedFlag,
        prompt: t!("And any of these?"),
        bullets: &[
            t!("Hard, noisy or very fast breathing, or a racing heart"),
            t!("Swollen face, lips, eyes or tongue, or hard to speak or swallow"),
            t!("Cold hands and feet, or pale, blotchy, grey or blue skin or lips"),
            t!("Blisters, peeling or raw skin over large areas"),
            t!("New painful sores on the eyes, in the mouth or on private parts"),
        ],
        asks: &[F::BreathingDifficulty, F::FastBreathingOrHeartbeat, F::FaceSwelling, F::ColdHandsMottled, F::WidespreadBlistersOrPeeling, F::EyesMouthGenitals],
        choices: &yes_no(
            &[
                Test::Present(F::BreathingDifficulty),
                Test::Present(F::FastBreathingOrHeartbeat),
                Test::Present(F::FaceSwelling),
                Test::Present(F::ColdHandsMottled),
                Test::Present(F::WidespreadBlistersOrPeeling),
                Test::Present(F::EyesMouthGenitals),
            ],
            finish(o::EMERGENCY_BODY),
            ask(q::DURATION),
            finish(o::EMERGENCY_BODY),
        ),
        caution: YES_WORRIES,
    },
    // ── How long ───────────────────────────────────────────────────────
    // The glass test is for new spots; spots there for weeks or more take
    // their own path, where a change is what matters (guidance.md).
    Question {
        key: "duration",
        role: Role::Duration,
        prompt: t!("How long have the spots been there?"),
        bullets: &[],
        asks: &[F::Duration],
        choices: &[
            Choice { label: t!("Came today"), when: When::Any(&[v(F::Duration, HOURS)]), next: ask(q::SURFACE) },
            Choice { label: t!("1 to 13 days"), when: When::Any(&[v(F::Duration, DAYS)]), next: ask(q::SURFACE) },
            Choice { label: t!("2 weeks to 3 months"), when: When::Any(&[v(F::Duration, WEEKS)]), next: ask(q::LASTING_BLEED) },
            Choice { label: t!("Months or years"), when: When::Any(&[v(F::Duration, LONG_TERM)]), next: ask(q::LASTING_BLEED) },
            Choice { label: NOT_SURE, when: When::Unknown(&[F::Duration]), next: ask(q::SURFACE) },
        ],
        caution: None,
    },
    // ── Lasting path (weeks or longer) ─────────────────────────────────
    Question {
        key: "lasting_bleeding",
        role: Role::Detail,
        prompt: t!("Has the person had any of these lately?"),
        bullets: &[
            t!("Bruises they cannot explain, nosebleeds or bleeding gums"),
            t!("Blood in their pee or poo"),
            t!("Very tired or pale, losing weight, or sweating at night"),
            t!("Having chemotherapy or radiotherapy, or a blood cancer"),
        ],
        asks: &[F::EasyBruisingBleeding, F::TiredPaleWeightloss, F::CancerTreatment],
        choices: &yes_no(
            &[Test::Present(F::EasyBruisingBleeding), Test::Present(F::TiredPaleWeightloss), Test::Present(F::CancerTreatment)],
            finish(o::URGENT_BLOOD),
            ask(q::LASTING_CHANGE),
            finish(o::URGENT_BLOOD),
        ),
        caution: YES_WORRIES,
    },
    Question {
        key: "lasting_changing_spot",
        role: Role::Detail,
        prompt: t!("Is any spot new and growing, changing shape or colour, or bleeding by itself?"),
        bullets: &[],
        asks: &[F::ChangingSpot],
        choices: &yes_no(&[Test::Present(F::ChangingSpot)], finish(o::DOCTOR_CHANGING_SPOT), ask(q::LASTING_LOOK), finish(o::DOCTOR_CHANGING_SPOT)),
        caution: YES_WORRIES,
    },
    Question {
        key: "lasting_look",
        role: Role::Detail,
        prompt: t!("Which of these fits best?"),
        bullets: &[],
        asks: &[F::FlushingFace, F::DryRoughSkin, F::SilveryScale, F::PsoriasisHistory, F::Colour],
        choices: &[
            Choice { label: t!("Red face that flushes"), when: When::Any(&[Test::Present(F::FlushingFace)]), next: finish(o::DOCTOR_ROSACEA) },
            Choice { label: t!("Rough goose-bump skin"), when: When::Any(&[Test::Present(F::DryRoughSkin)]), next: finish(o::SELF_CARE_KERATOSIS) },
            Choice { label: t!("Silvery, scaly patches"), when: When::Any(&[Test::Present(F::SilveryScale), Test::Present(F::PsoriasisHistory)]), next: finish(o::DOCTOR_PSORIASIS) },
            Choice { label: t!("Rusty orange-brown dots"), when: When::Any(&[v(F::Colour, BROWN_ORANGE)]), next: finish(o::DOCTOR_SCHAMBERG) },
            Choice { label: NONE_OF_THESE, when: When::Otherwise, next: ask(q::LASTING_MORE) },
        ],
        caution: None,
    },
    Question {
        key: "lasting_more",
        role: Role::Detail,
        prompt: t!("Which of these fits best?"),
        bullets: &[],
        asks: &[F::ItchWorseAtNight, F::HouseholdItchy, F::NewProductContact, F::EczemaHistory, F::Colour],
        choices: &[
            Choice { label: t!("Itchy at night, or family too"), when: When::Any(&[Test::Present(F::ItchWorseAtNight), Test::Present(F::HouseholdItchy)]), next: finish(o::PHARMACIST_SCABIES) },
            Choice { label: t!("After new soap or jewellery"), when: When::Any(&[Test::Present(F::NewProductContact)]), next: finish(o::PHARMACIST_CONTACT) },
            Choice { label: t!("Eczema, asthma or hay fever"), when: When::Any(&[Test::Present(F::EczemaHistory)]), next: finish(o::PHARMACIST_ECZEMA) },
            Choice { label: t!("Smooth, bright red bumps"), when: When::Any(&[v(F::Colour, BRIGHT_RED)]), next: finish(o::SELF_CARE_CHERRY) },
            Choice { label: NONE_OF_THESE, when: When::Otherwise, next: finish(o::DOCTOR_LASTING) },
        ],
        caution: None,
    },
    // ── New path: what the spots feel like, then the glass test ───────
    Question {
        key: "surface",
        role: Role::Detail,
        prompt: t!("Run a finger over the spots. What are they like?"),
        bullets: &[],
        asks: &[F::Surface],
        choices: &[
            Choice { label: t!("Flat: can't feel them"), when: When::Any(&[v(F::Surface, FLAT)]), next: ask(q::GLASS) },
            Choice { label: t!("Raised bumps"), when: When::Any(&[v(F::Surface, RAISED)]), next: ask(q::GLASS) },
            Choice { label: t!("Blisters with fluid"), when: When::Any(&[v(F::Surface, BLISTERS)]), next: ask(q::BLISTER_WHICH) },
            Choice { label: NOT_SURE, when: When::Unknown(&[F::Surface]), next: ask(q::GLASS) },
        ],
        caution: None,
    },
    // The glass test (NICE NG240; guidance.md): "could not tell" is handled
    // as possibly non-blanching.
    Question {
        key: "glass",
        role: Role::GlassTest,
        prompt: t!("The glass test: do the spots fade under the glass?"),
        bullets: &[
            t!("Press the side of a clear glass firmly on the spots."),
            t!("Look through the glass. Wait a few seconds and look again."),
            t!("On brown or black skin, also look at paler places: palms, soles, tummy, inside the eyelids."),
        ],
        asks: &[F::Blanching],
        choices: &[
            Choice { label: t!("They fade"), when: When::Any(&[v(F::Blanching, FADES)]), next: ask(q::BL_FEVER) },
            Choice { label: t!("I can still see them"), when: When::Any(&[v(F::Blanching, STAYS)]), next: ask(q::NB_FEVER) },
            Choice { label: t!("Not sure or can't do it"), when: When::Unknown(&[F::Blanching]), next: ask(q::NB_FEVER) },
        ],
        caution: Some(Caution { worrying: 1, unsure: 2 }),
    },
    // ── Spots that stay under the glass (or could not tell) ────────────
    Question {
        key: "nonblanching_fever",
        role: Role::Detail,
        prompt: t!("Does the person have a high temperature, or feel hot or shivery?"),
        bullets: &[],
        asks: &[F::Fever],
        choices: &yes_no(&[Test::Present(F::Fever)], finish(o::EMERGENCY_NONBLANCHING_FEVER), ask(q::NB_BLEED), finish(o::EMERGENCY_NONBLANCHING_FEVER)),
        caution: YES_WORRIES,
    },
    Question {
        key: "nonblanching_bleeding",
        role: Role::Detail,
        prompt: t!("Has the person had any of these lately?"),
        bullets: &[
            t!("Bruises they cannot explain, nosebleeds or bleeding gums"),
            t!("Blood in their pee or poo"),
            t!("Very tired or pale, losing weight, or sweating at night"),
            t!("Having chemotherapy or radiotherapy, or a blood cancer"),
        ],
        asks: &[F::EasyBruisingBleeding, F::TiredPaleWeightloss, F::CancerTreatment],
        choices: &yes_no(
            &[Test::Present(F::EasyBruisingBleeding), Test::Present(F::TiredPaleWeightloss), Test::Present(F::CancerTreatment)],
            finish(o::URGENT_BLOOD),
            ask(q::NB_CAUSE),
            finish(o::URGENT_BLOOD),
        ),
        caution: YES_WORRIES,
    },
    // NICE NG12: petechiae with no clear cause need a doctor the same day.
    Question {
        key: "nonblanching_cause",
        role: Role::Detail,
        prompt: t!("Could one of these explain the spots?"),
        bullets: &[
            t!("They are only where the skin was rubbed, scratched, squeezed or hit (a ball, a tight strap, a blood pressure cuff)"),
            t!("They came on the face or neck after hard coughing, being sick or straining"),
        ],
        asks: &[F::ScratchPressureImpact, F::StrainingVomitingCoughing],
        choices: &yes_no(
            &[Test::Present(F::ScratchPressureImpact), Test::Present(F::StrainingVomitingCoughing)],
            finish(o::SELF_CARE_PRESSURE),
            ask(q::NB_MEDICINE),
            ask(q::NB_MEDICINE),
        ),
        caution: NO_WORRIES,
    },
    Question {
        key: "nonblanching_medicine",
        role: Role::Detail,
        prompt: t!("Has the person started a new medicine in the last 4 weeks, or do they take a blood thinner (like aspirin or warfarin)?"),
        bullets: &[],
        asks: &[F::NewMedicine],
        choices: &yes_no(&[Test::Present(F::NewMedicine)], finish(o::URGENT_MEDICINE_SPOTS), ask(q::NB_MORE), finish(o::URGENT_MEDICINE_SPOTS)),
        caution: YES_WORRIES,
    },
    Question {
        key: "nonblanching_more",
        role: Role::Detail,
        prompt: t!("Does the person have any of these?"),
        bullets: &[],
        asks: &[F::JointPain, F::TummyPain, F::CovidSymptoms, F::PusBoil],
        choices: &[
            Choice { label: t!("Sore joints or tummy pain"), when: When::Any(&[Test::Present(F::JointPain), Test::Present(F::TummyPain)]), next: finish(o::URGENT_VASCULITIS) },
            Choice { label: t!("Cough, or lost taste or smell"), when: When::Any(&[Test::Present(F::CovidSymptoms)]), next: finish(o::URGENT_COVID_SPOTS) },
            Choice { label: t!("Pus, a boil or hot swelling"), when: When::Any(&[Test::Present(F::PusBoil)]), next: finish(o::URGENT_SKIN_INFECTION) },
            Choice { label: NONE_OF_THESE, when: When::Otherwise, next: finish(o::URGENT_UNEXPLAINED_SPOTS) },
            Choice { label: NOT_SURE, when: When::Unknown(&[]), next: finish(o::URGENT_UNEXPLAINED_SPOTS) },
        ],
        caution: None,
    },
    // ── Spots that fade under the glass ────────────────────────────────
    Question {
        key: "blanching_fever",
        role: Role::Detail,
        prompt: t!("Does the person have a high temperature, or feel hot or shivery?"),
        bullets: &[],
        asks: &[F::Fever],
        choices: &yes_no(&[Test::Present(F::Fever)], ask(q::FEVER_WHICH), ask(q::BL_TRIGGER), ask(q::FEVER_WHICH)),
        caution: YES_WORRIES,
    },
    Question {
        key: "fever_which",
        role: Role::Detail,
        prompt: t!("Which of these fits best?"),
        bullets: &[],
        asks: &[F::SoreThroat, F::SandpaperFeel, F::JointPain, F::StrepThroatWeeksAgo, F::PusBoil, F::SwollenGlands, F::NotVaccinatedMmr],
        choices: &[
            Choice { label: t!("Sore throat or rough rash"), when: When::Any(&[Test::Present(F::SoreThroat), Test::Present(F::SandpaperFeel)]), next: finish(o::URGENT_SCARLET) },
            Choice { label: t!("Sore joints, or throat weeks ago"), when: When::Any(&[Test::Present(F::JointPain), Test::Present(F::StrepThroatWeeksAgo)]), next: finish(o::URGENT_RHEUMATIC) },
            Choice { label: t!("Pus, a boil or hot swelling"), when: When::Any(&[Test::Present(F::PusBoil)]), next: finish(o::URGENT_SKIN_INFECTION) },
            Choice { label: t!("Swollen glands or no MMR jab"), when: When::Any(&[Test::Present(F::SwollenGlands), Test::Present(F::NotVaccinatedMmr)]), next: finish(o::URGENT_RUBELLA) },
            Choice { label: NONE_OF_THESE, when: When::Otherwise, next: ask(q::FEVER_MORE) },
        ],
        caution: None,
    },
    Question {
        key: "fever_more",
        role: Role::Detail,
        prompt: t!("Which of these fits best?"),
        bullets: &[],
        asks: &[F::CovidSymptoms, F::NewMedicine],
        choices: &[
            Choice { label: t!("Cough, or lost taste or smell"), when: When::Any(&[Test::Present(F::CovidSymptoms)]), next: finish(o::URGENT_COVID_FEVER) },
            Choice { label: t!("New medicine in last 4 weeks"), when: When::Any(&[Test::Present(F::NewMedicine)]), next: finish(o::URGENT_MEDICINE_FEVER) },
            Choice { label: NONE_OF_THESE, when: When::Otherwise, next: finish(o::URGENT_FEVER_RASH) },
        ],
        caution: None,
    },
    Question {
        key: "blanching_trigger",
        role: Role::Detail,
        prompt: t!("In the days before the spots came, did any of these happen?"),
        bullets: &[],
        asks: &[F::NewMedicine, F::NewProductContact, F::HeatSweating, F::BitesOutdoors],
        choices: &[
            Choice { label: t!("Started a new medicine"), when: When::Any(&[Test::Present(F::NewMedicine)]), next: finish(o::DOCTOR_MEDICINE_RASH) },
            Choice { label: t!("New soap, jewellery or plant"), when: When::Any(&[Test::Present(F::NewProductContact)]), next: finish(o::PHARMACIST_CONTACT) },
            Choice { label: t!("Hot, sweaty or tight clothes"), when: When::Any(&[Test::Present(F::HeatSweating)]), next: finish(o::SELF_CARE_HEAT) },
            Choice { label: t!("Outdoors, or bites on waking"), when: When::Any(&[Test::Present(F::BitesOutdoors)]), next: finish(o::SELF_CARE_BITES) },
            Choice { label: NONE_OF_THESE, when: When::Otherwise, next: ask(q::BL_MORE) },
        ],
        caution: None,
    },
    Question {
        key: "blanching_more",
        role: Role::Detail,
        prompt: t!("Which of these fits best?"),
        bullets: &[],
        asks: &[F::PusBoil, F::ItchWorseAtNight, F::HouseholdItchy, F::Itchy, F::SpotSize, F::EczemaHistory],
        choices: &[
            Choice { label: t!("Pus, a boil or hot swelling"), when: When::Any(&[Test::Present(F::PusBoil)]), next: finish(o::DOCTOR_SKIN_INFECTION) },
            Choice { label: t!("Itchy at night, or family too"), when: When::Any(&[Test::Present(F::ItchWorseAtNight), Test::Present(F::HouseholdItchy)]), next: finish(o::PHARMACIST_SCABIES) },
            Choice { label: t!("Itchy welts that come and go"), when: When::All(&[Test::Present(F::Itchy), v(F::SpotSize, LARGE)]), next: finish(o::PHARMACIST_HIVES) },
            Choice { label: t!("Eczema, asthma or hay fever"), when: When::Any(&[Test::Present(F::EczemaHistory)]), next: finish(o::PHARMACIST_ECZEMA) },
            Choice { label: NONE_OF_THESE, when: When::Otherwise, next: ask(q::BL_LAST) },
        ],
        caution: None,
    },
    Question {
        key: "blanching_last",
        role: Role::Detail,
        prompt: t!("Which of these fits best?"),
        bullets: &[],
        asks: &[F::ChangingSpot, F::SilveryScale, F::PsoriasisHistory, F::DryRoughSkin, F::FlushingFace],
        choices: &[
            Choice { label: t!("A spot that grows or bleeds"), when: When::Any(&[Test::Present(F::ChangingSpot)]), next: finish(o::DOCTOR_CHANGING_SPOT) },
            Choice { label: t!("Silvery, scaly patches"), when: When::Any(&[Test::Present(F::SilveryScale), Test::Present(F::PsoriasisHistory)]), next: finish(o::DOCTOR_PSORIASIS) },
            Choice { label: t!("Rough goose-bump skin"), when: When::Any(&[Test::Present(F::DryRoughSkin)]), next: finish(o::SELF_CARE_KERATOSIS) },
            Choice { label: t!("Red face that flushes"), when: When::Any(&[Test::Present(F::FlushingFace)]), next: finish(o::DOCTOR_ROSACEA) },
            Choice { label: NONE_OF_THESE, when: When::Otherwise, next: finish(o::PHARMACIST_UNCLEAR) },
        ],
        caution: None,
    },
    // ── Blisters ───────────────────────────────────────────────────────
    Question {
        key: "blisters_which",
        role: Role::Detail,
        prompt: t!("Which of these fits the blisters best?"),
        bullets: &[],
        asks: &[F::Location, F::ChickenpoxContact, F::NewProductContact, F::PusBoil],
        choices: &[
            Choice { label: t!("A band on one side of body"), when: When::Any(&[v(F::Location, LOC_ONE_SIDE_BAND)]), next: finish(o::URGENT_SHINGLES) },
            Choice { label: t!("Where something touched skin"), when: When::Any(&[Test::Present(F::NewProductContact)]), next: finish(o::PHARMACIST_CONTACT) },
            Choice { label: t!("Pus, crusts or hot swelling"), when: When::Any(&[Test::Present(F::PusBoil)]), next: finish(o::DOCTOR_SKIN_INFECTION) },
            Choice {
                label: t!("All over, or chickenpox near"),
                when: When::Any(&[Test::Present(F::ChickenpoxContact), v(F::Location, LOC_ALL_OVER | LOC_TRUNK | LOC_FACE)]),
                next: ask(q::POX_RISK),
            },
            Choice { label: NONE_OF_THESE, when: When::Otherwise, next: ask(q::BLISTER_MORE) },
        ],
        caution: None,
    },
    Question {
        key: "blisters_more",
        role: Role::Detail,
        prompt: t!("Which of these fits best?"),
        bullets: &[],
        asks: &[F::EczemaHistory, F::BitesOutdoors, F::HeatSweating],
        choices: &[
            Choice { label: t!("Eczema, asthma or hay fever"), when: When::Any(&[Test::Present(F::EczemaHistory)]), next: finish(o::PHARMACIST_ECZEMA) },
            Choice { label: t!("Outdoors, or bites on waking"), when: When::Any(&[Test::Present(F::BitesOutdoors)]), next: finish(o::SELF_CARE_BITES) },
            Choice { label: t!("Hot, sweaty or tight clothes"), when: When::Any(&[Test::Present(F::HeatSweating)]), next: finish(o::SELF_CARE_HEAT) },
            Choice { label: NONE_OF_THESE, when: When::Otherwise, next: finish(o::DOCTOR_BLISTERS) },
        ],
        caution: None,
    },
    Question {
        key: "chickenpox_risk",
        role: Role::Detail,
        prompt: t!("Is any of these true for the person?"),
        bullets: &[
            t!("Pregnant"),
            t!("A weak immune system: long-term steroids, a transplant, HIV, or no spleen"),
            t!("Having chemotherapy or radiotherapy"),
        ],
        asks: &[F::Pregnant, F::WeakImmune, F::CancerTreatment],
        choices: &yes_no(
            &[Test::Present(F::Pregnant), Test::Present(F::WeakImmune), Test::Present(F::CancerTreatment)],
            finish(o::URGENT_CHICKENPOX),
            Next::Route(r::POX_AGE),
            finish(o::URGENT_CHICKENPOX),
        ),
        caution: YES_WORRIES,
    },
];

/// Every route.
pub static ROUTES: [Route; r::KEYS.len()] = [
    // Chickenpox is usually mild in children 1 to 15; babies and adults get
    // more ill and may need antiviral medicine early.
    Route {
        key: "chickenpox_by_age",
        on: q::AGE,
        to: &[
            finish(o::URGENT_CHICKENPOX),
            finish(o::PHARMACIST_CHICKENPOX),
            finish(o::PHARMACIST_CHICKENPOX),
            finish(o::URGENT_CHICKENPOX),
            finish(o::URGENT_CHICKENPOX),
        ],
    },
];
