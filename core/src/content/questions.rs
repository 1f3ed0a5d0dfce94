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
        LASTING_STAYS = "lasting_stays",
        LASTING_STAYS_CHILD = "lasting_stays_child",
        SURFACE = "surface",
        GLASS = "glass",
        NB_FEVER_CHILD = "nonblanching_fever_child",
        NB_FEVER = "nonblanching_fever",
        NB_BLEED = "nonblanching_bleeding",
        NB_CAUSE = "nonblanching_cause",
        BLOOD_THINNER = "blood_thinner",
        NB_MEDICINE = "nonblanching_medicine",
        NB_MORE = "nonblanching_more",
        BL_FEVER = "blanching_fever",
        IMMUNE_FEVER = "immune_fever",
        PREGNANT = "pregnant",
        INFECTION_WHICH = "infection_which",
        FEVER_MORE = "fever_more",
        BL_PRESSURE_CHILD = "blanching_pressure_child",
        BL_TRIGGER = "blanching_trigger",
        BL_MORE = "blanching_more",
        BL_LAST = "blanching_last",
        BLISTER_WHICH = "blisters_which",
        BLISTER_MORE = "blisters_more",
        POX_RISK = "chickenpox_risk",
        BOIL_FEVER = "boil_fever",
        BLISTER_FEVER = "blisters_fever",
        BLISTER_DARK = "blisters_dark_spots",
        BABY_RASH = "baby_rash_or_marks",
    }
}

/// Route indices.
pub mod r {
    super::indices! {
        POX_AGE = "chickenpox_by_age",
        FEVER_AGE = "blanching_fever_by_age",
        INFECTION_NONE = "infection_none_by_fever",
        COVID_BY_FEVER = "covid_by_fever",
        PRESSURE_AGE = "pressure_by_age",
        STRAIN_AGE = "straining_by_age",
        GLASS_FADES = "glass_fades_by_duration",
        GLASS_STAYS = "glass_stays_by_duration",
        NB_AGE = "nonblanching_by_age",
        NB_CHILD_NO = "nonblanching_child_no_by_age",
        LASTING_STAYS_AGE = "lasting_stays_by_age",
        IMMUNE_CONT = "immune_no_by_surface",
        PREG_AGE = "pregnancy_by_age",
        CONT = "after_pregnancy_by_surface",
        CONT_GLASS = "after_pregnancy_by_glass",
        INFECT_AGE = "skin_infection_by_age",
        BF_CONTACT = "blister_contact_by_fever",
        BF_PUS = "blister_pus_by_fever",
        BF_ECZEMA = "blister_eczema_by_fever",
        BF_BITES = "blister_bites_by_fever",
        BF_HEAT = "blister_heat_by_fever",
        BF_NONE = "blister_none_by_fever",
        CHERRY_AGE = "bright_red_bumps_by_age",
        FADES_TRIGGER_AGE = "fades_trigger_by_age",
        PRESSURE_FADES_AGE = "pressure_fades_by_age",
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
const SMALL: u16 = 1 << 1;
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
const ONE: u16 = 1 << 0;
const FEW: u16 = 1 << 1;
const MANY: u16 = 1 << 2;
const LOC_AROUND_EYES: u16 = 1 << 1;

const fn ask(n: u8) -> Next {
    Next::Ask(n)
}
const fn finish(n: u8) -> Next {
    Next::Finish(n)
}

const YES: Text = t!("Yes", "Sí");
const NO: Text = t!("No", "No");
const NOT_SURE: Text = t!("Not sure", "No lo sé");
const NONE_OF_THESE: Text = t!("None of these", "Ninguna de estas");

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

const NONE_OR_NOT_SURE: Text = t!("None of these, or not sure", "Ninguna, o no lo sé");

/// Lasting spots that stay, or a glass test that could not be read:
/// raised bumps that itch at night or itch others at home are scabies
/// (`lasting_stays`, `lasting_stays_child`). "Bumps" and the runner's
/// test both say raised: flat spots are never this answer.
const ITCHY_BUMPS_AT_NIGHT: Choice = Choice {
    label: t!(
        "Itchy bumps, worse at night",
        "Granitos que pican más de noche"
    ),
    when: When::Any(&[
        Test::PresentWith(F::ItchWorseAtNight, F::Surface, ValueSet(RAISED)),
        Test::PresentWith(F::HouseholdItchy, F::Surface, ValueSet(RAISED)),
    ]),
    next: finish(o::PHARMACIST_SCABIES),
};

const RED_FLAG_PROMPT_CHILD: Text = t!(
    "Does your child have any of these now?",
    "¿Su hijo o hija tiene algo de esto ahora?"
);

const E_ILL: Next = finish(o::EMERGENCY_ILLNESS);

/// Every question. Index 0 is the first screen.
pub static QUESTIONS: [Question; q::KEYS.len()] = [
    // ── Who ────────────────────────────────────────────────────────────
    Question {
        key: "age",
        short: t!("Age", "Edad"),
        role: Role::Who,
        prompt: t!("How old is the person with the spots?", "¿Qué edad tiene la persona con las manchas?"),
        bullets: &[],
        asks: &[F::AgeBand],
        choices: &[
            Choice { label: t!("Under 1 year", "Menos de 1 año"), when: When::Any(&[v(F::AgeBand, INFANT)]), next: ask(q::RF_BABY) },
            Choice { label: t!("1 to 4 years", "De 1 a 4 años"), when: When::Any(&[v(F::AgeBand, YOUNG_CHILD)]), next: ask(q::RF_CHILD) },
            Choice { label: t!("5 to 15 years", "De 5 a 15 años"), when: When::Any(&[v(F::AgeBand, CHILD)]), next: ask(q::RF_ILL) },
            Choice { label: t!("16 to 64 years", "De 16 a 64 años"), when: When::Any(&[v(F::AgeBand, ADULT)]), next: ask(q::RF_ILL) },
            Choice { label: t!("65 or older", "65 años o más"), when: When::Any(&[v(F::AgeBand, OLDER_ADULT)]), next: ask(q::RF_ILL) },
        ],
        caution: None,
    },
    // ── Red flags ──────────────────────────────────────────────────────
    // Sources: NICE NG143 (fever in under 5s: red features), NICE NG240
    // (meningococcal disease), NICE NG51 (sepsis), the seed articles'
    // "seek immediate attention" lists.
    Question {
        key: "red_flags_baby",
        short: t!("Emergency signs (baby)", "Signos de emergencia (bebé)"),
        role: Role::RedFlag,
        prompt: RED_FLAG_PROMPT_CHILD,
        bullets: &[
            t!("A fit, or floppy, very sleepy or hard to wake", "Convulsión, o flojo, muy adormilado o cuesta despertarlo"),
            t!("A weak, high-pitched or non-stop cry", "Llanto débil, muy agudo o que no para"),
            t!("Under 3 months old with a temperature of 38 °C or more", "Menor de 3 meses con fiebre de 38 °C o más"),
            t!("Very unwell, getting worse fast, or being sick again and again", "Muy enfermo, empeora rápido, o vomita una y otra vez"),
            // NICE NG143 red feature and NG240: a bulging fontanelle.
            t!("Stiff neck, a bulging soft spot on the head, dislikes light, or spots spreading fast", "Cuello rígido, la mollera abombada, le molesta la luz, o manchas que se extienden rápido"),
        ],
        asks: &[F::Seizure, F::DrowsyOrConfused, F::YoungBabyFever, F::VeryUnwell, F::RepeatedVomiting, F::StiffNeck, F::BulgingFontanelle, F::SevereHeadache, F::LightSensitivity, F::RashSpreadingFast],
        choices: &yes_no(
            &[
                Test::Present(F::Seizure),
                Test::Present(F::DrowsyOrConfused),
                Test::Present(F::YoungBabyFever),
                Test::Present(F::VeryUnwell),
                Test::Present(F::RepeatedVomiting),
                Test::Present(F::StiffNeck),
                Test::Present(F::BulgingFontanelle),
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
        short: t!("Emergency signs (child)", "Signos de emergencia (niño)"),
        role: Role::RedFlag,
        prompt: RED_FLAG_PROMPT_CHILD,
        bullets: &[
            t!("A fit, or floppy, very sleepy or hard to wake", "Convulsión, o flojo, muy adormilado o cuesta despertarlo"),
            t!("A weak, high-pitched or non-stop cry", "Llanto débil, muy agudo o que no para"),
            t!("Stiff neck, bad headache, or bright light hurts the eyes", "Cuello rígido, dolor de cabeza fuerte, o le duele mirar la luz"),
            t!("Very unwell, getting worse fast, or being sick again and again", "Muy enfermo, empeora rápido, o vomita una y otra vez"),
            t!("Spots spreading fast, over hours", "Manchas que se extienden rápido"),
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
        short: t!("Emergency signs", "Signos de emergencia"),
        role: Role::RedFlag,
        prompt: t!("Does the person have any of these now?", "¿La persona tiene algo de esto ahora?"),
        bullets: &[
            t!("Very sleepy, confused or hard to wake", "Muy adormilado, confuso o cuesta despertarlo"),
            t!("A fit (seizure)", "Convulsión (ataque)"),
            t!("Stiff neck, bad headache, or bright light hurts the eyes", "Cuello rígido, dolor de cabeza fuerte, o le duele mirar la luz"),
            t!("Very unwell, getting worse fast, or being sick again and again", "Muy enfermo, empeora rápido, o vomita una y otra vez"),
            t!("Spots spreading fast, over hours", "Manchas que se extienden rápido"),
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
        short: t!("Breathing, swelling, skin", "Respiración, hinchazón, piel"),
        role: Role::RedFlag,
        prompt: t!("And any of these?", "¿Y algo de esto?"),
        bullets: &[
            t!("Hard, noisy or very fast breathing, or a racing heart", "Respira mal, con ruido o muy rápido, o corazón acelerado"),
            t!("Swollen face, lips or tongue, or hard to speak or swallow", "Cara, labios o lengua hinchados, o le cuesta tragar"),
            t!("Cold hands and feet, or pale, blotchy or blue skin or lips", "Manos frías, o piel o labios pálidos, moteados o azules"),
            t!("Large areas of blisters or peeling, or painful sores on eyes, mouth or private parts", "Ampollas o piel pelada extensas, o llagas en ojos, boca o genitales"),
            // NICE NG51 high risk: no urine for 18 hours. Seed articles'
            // seek-help-now list: dizziness with a rash (shock, in sepsis or
            // a severe allergic reaction), with any rash, not only one all
            // over (issue 13 review, point 4).
            t!("Fainted, dizzy or light-headed, or no pee (or dry nappies) for 18 hours", "Desmayo, mareo o vahído, o no orina (o pañal seco) en 18 h"),
        ],
        asks: &[F::BreathingDifficulty, F::FastBreathingOrHeartbeat, F::FaceSwelling, F::ColdHandsMottled, F::WidespreadBlistersOrPeeling, F::EyesMouthGenitals, F::NoUrine, F::DizzyFaint],
        choices: &yes_no(
            &[
                Test::Present(F::BreathingDifficulty),
                Test::Present(F::FastBreathingOrHeartbeat),
                Test::Present(F::FaceSwelling),
                Test::Present(F::ColdHandsMottled),
                Test::Present(F::WidespreadBlistersOrPeeling),
                Test::Present(F::EyesMouthGenitals),
                Test::Present(F::NoUrine),
                Test::Present(F::DizzyFaint),
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
        short: t!("How long", "Desde cuándo"),
        role: Role::Duration,
        prompt: t!("How long have the spots been there?", "¿Desde cuándo tiene las manchas?"),
        bullets: &[],
        asks: &[F::Duration],
        choices: &[
            Choice { label: t!("Came today", "Salieron hoy"), when: When::Any(&[v(F::Duration, HOURS)]), next: ask(q::SURFACE) },
            Choice { label: t!("1 to 13 days", "De 1 a 13 días"), when: When::Any(&[v(F::Duration, DAYS)]), next: ask(q::SURFACE) },
            Choice { label: t!("2 weeks to 3 months", "De 2 semanas a 3 meses"), when: When::Any(&[v(F::Duration, WEEKS)]), next: ask(q::LASTING_BLEED) },
            Choice { label: t!("Months or years", "Meses o años"), when: When::Any(&[v(F::Duration, LONG_TERM)]), next: ask(q::LASTING_BLEED) },
            Choice { label: NOT_SURE, when: When::Unknown(&[F::Duration]), next: ask(q::SURFACE) },
        ],
        caution: None,
    },
    // ── Lasting path (weeks or longer) ─────────────────────────────────
    Question {
        key: "lasting_bleeding",
        short: t!("Bleeding, bruises, tiredness", "Sangrado, moretones, cansancio"),
        role: Role::Detail,
        prompt: t!("Has the person had any of these lately?", "¿La persona ha tenido algo de esto hace poco?"),
        bullets: &[
            t!("Bruises they cannot explain, nosebleeds or bleeding gums", "Moretones sin motivo, sangrado de nariz o de encías"),
            t!("Blood in their pee or poo", "Sangre en la orina o las heces"),
            t!("Very tired or pale, losing weight, or sweating at night", "Mucho cansancio o palidez, pérdida de peso o sudores de noche"),
            t!("Having chemotherapy or radiotherapy, or a blood cancer", "Recibe quimioterapia o radioterapia, o tiene cáncer de la sangre"),
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
        short: t!("A spot changing or bleeding", "Mancha que cambia o sangra"),
        role: Role::Detail,
        prompt: t!("Is any spot new and growing, changing shape or colour, or bleeding by itself?", "¿Hay alguna mancha nueva que crece, cambia de forma o color, o sangra sola?"),
        bullets: &[],
        asks: &[F::ChangingSpot],
        // Then the glass test (issue 13): lasting pinpoint spots may be
        // petechiae, which NICE NG12 never leaves to self-care.
        choices: &yes_no(&[Test::Present(F::ChangingSpot)], finish(o::DOCTOR_CHANGING_SPOT), ask(q::GLASS), finish(o::DOCTOR_CHANGING_SPOT)),
        caution: YES_WORRIES,
    },
    Question {
        key: "lasting_look",
        short: t!("Looks like", "Aspecto"),
        role: Role::Detail,
        prompt: t!("Which of these fits best?", "¿Cuál de estas encaja mejor?"),
        bullets: &[],
        asks: &[F::FlushingFace, F::DryRoughSkin, F::SilveryScale, F::PsoriasisHistory, F::Colour],
        choices: &[
            Choice { label: t!("Red face that flushes", "Cara que se enrojece a ratos"), when: When::Any(&[Test::Present(F::FlushingFace)]), next: finish(o::DOCTOR_ROSACEA) },
            Choice { label: t!("Rough goose-bump skin", "Piel áspera de gallina"), when: When::Any(&[Test::Present(F::DryRoughSkin)]), next: finish(o::SELF_CARE_KERATOSIS) },
            Choice { label: t!("Silvery, scaly patches", "Zonas con escamas plateadas"), when: When::Any(&[Test::Present(F::SilveryScale), Test::Present(F::PsoriasisHistory)]), next: finish(o::DOCTOR_PSORIASIS) },
            Choice { label: t!("Rusty orange-brown dots", "Puntos anaranjados color óxido"), when: When::Any(&[v(F::Colour, BROWN_ORANGE)]), next: finish(o::DOCTOR_SCHAMBERG) },
            Choice { label: NONE_OF_THESE, when: When::Otherwise, next: ask(q::LASTING_MORE) },
        ],
        caution: None,
    },
    Question {
        key: "lasting_more",
        short: t!("Looks like", "Aspecto"),
        role: Role::Detail,
        prompt: t!("Which of these fits best?", "¿Cuál de estas encaja mejor?"),
        bullets: &[],
        asks: &[F::ItchWorseAtNight, F::HouseholdItchy, F::NewProductContact, F::EczemaHistory, F::Colour],
        choices: &[
            Choice { label: t!("Itchy at night, or family too", "Pica de noche o a otros en casa"), when: When::Any(&[Test::Present(F::ItchWorseAtNight), Test::Present(F::HouseholdItchy)]), next: finish(o::PHARMACIST_SCABIES) },
            Choice { label: t!("After new soap or jewellery", "Tras un jabón o joya nuevos"), when: When::Any(&[Test::Present(F::NewProductContact)]), next: finish(o::PHARMACIST_CONTACT) },
            Choice { label: t!("Eczema, asthma or hay fever", "Eccema, asma o alergia al polen"), when: When::Any(&[Test::Present(F::EczemaHistory)]), next: finish(o::PHARMACIST_ECZEMA) },
            // Cherry angiomas come with age: never offered under 16; in a
            // baby a raised red mark is a strawberry mark for review.
            Choice { label: t!("Smooth, bright red bumps", "Bultitos lisos, de rojo vivo"), when: When::Any(&[v(F::Colour, BRIGHT_RED)]), next: Next::Route(r::CHERRY_AGE) },
            Choice { label: NONE_OF_THESE, when: When::Otherwise, next: finish(o::DOCTOR_LASTING) },
        ],
        caution: None,
    },
    // Lasting spots that stay under the glass (or could not be tested) in
    // an adult (children: `lasting_stays_child`). Three long-standing
    // patterns that may not fade fully are told apart, and raised bumps
    // that itch at night or itch others at home, which are scabies, not
    // petechiae: the pharmacist sees them (Pharmacy First advises on
    // scabies; public vignette P17, team T46; clinical review 3, fix 5).
    // Any other lasting non-blanching spots are unexplained petechiae: NG12
    // asks for a blood count within 48 hours, and the kiosk's "book a
    // doctor" may be later than that, so "see a doctor today". "Not sure"
    // shares the button of "None of these" (both a doctor today), which
    // leaves room for scabies without a second screen: the glass test is
    // asked before, not after, a lasting rash is named, so every lasting
    // walk that fades keeps its length.
    Question {
        key: "lasting_stays",
        short: t!("Looks like", "Aspecto"),
        role: Role::Detail,
        prompt: t!("Which of these fits best?", "¿Cuál de estas encaja mejor?"),
        bullets: &[],
        asks: &[F::FlushingFace, F::Colour, F::ItchWorseAtNight, F::HouseholdItchy, F::Surface],
        choices: &[
            Choice { label: t!("Red face that flushes", "Cara que se enrojece a ratos"), when: When::Any(&[Test::Present(F::FlushingFace)]), next: finish(o::DOCTOR_ROSACEA) },
            Choice { label: t!("Rusty orange-brown dots", "Puntos anaranjados color óxido"), when: When::Any(&[v(F::Colour, BROWN_ORANGE)]), next: finish(o::DOCTOR_SCHAMBERG) },
            Choice { label: t!("Smooth, bright red bumps", "Bultitos lisos, de rojo vivo"), when: When::Any(&[v(F::Colour, BRIGHT_RED)]), next: finish(o::DOCTOR_RED_BUMPS) },
            ITCHY_BUMPS_AT_NIGHT,
            Choice { label: NONE_OR_NOT_SURE, when: When::Otherwise, next: finish(o::URGENT_UNEXPLAINED_SPOTS) },
        ],
        caution: None,
    },
    // Lasting spots that stay under the glass (or could not be tested) in
    // a child of 1 to 15: unexplained petechiae need a doctor today (NICE
    // NG12: immediate specialist assessment), unless they are raised bumps
    // that itch at night or itch others at home: scabies, for the
    // pharmacist (team T45, audit A71; clinical review 3, fix 5).
    Question {
        key: "lasting_stays_child",
        short: t!("Itchy bumps", "Granitos que pican"),
        role: Role::Detail,
        prompt: t!("Which of these fits best?", "¿Cuál de estas encaja mejor?"),
        bullets: &[],
        asks: &[F::ItchWorseAtNight, F::HouseholdItchy, F::Surface],
        choices: &[ITCHY_BUMPS_AT_NIGHT, Choice { label: NONE_OR_NOT_SURE, when: When::Otherwise, next: finish(o::URGENT_UNEXPLAINED_SPOTS) }],
        caution: None,
    },
    // ── New path: what the spots feel like, then the glass test ───────
    Question {
        key: "surface",
        short: t!("Feel", "Al tacto"),
        role: Role::Detail,
        prompt: t!("Run a finger over the spots. What are they like?", "Pase un dedo por las manchas. ¿Cómo son?"),
        bullets: &[],
        asks: &[F::Surface, F::PusBoil],
        choices: &[
            Choice { label: t!("Flat: can't feel them", "Planas: no se notan"), when: When::All(&[v(F::Surface, FLAT), Test::Absent(F::PusBoil)]), next: ask(q::GLASS) },
            Choice { label: t!("Raised bumps", "Con relieve"), when: When::All(&[v(F::Surface, RAISED), Test::Absent(F::PusBoil)]), next: ask(q::GLASS) },
            // Every blister path asks about a temperature first (issue 13).
            Choice { label: t!("Blisters with fluid", "Ampollas con líquido"), when: When::All(&[v(F::Surface, BLISTERS), Test::Absent(F::PusBoil)]), next: ask(q::BLISTER_FEVER) },
            // A boil is not a rash: the glass test is not the point there.
            Choice { label: t!("A boil or a lump with pus", "Un grano o bulto con pus"), when: When::Any(&[Test::Present(F::PusBoil)]), next: ask(q::BOIL_FEVER) },
            Choice { label: NOT_SURE, when: When::Unknown(&[F::Surface]), next: ask(q::GLASS) },
        ],
        caution: None,
    },
    // The glass test (NICE NG240; guidance.md): "could not tell" is handled
    // as possibly non-blanching. New spots and lasting ones (after the
    // bleeding and changing-spot questions) both take it; routes on the
    // duration send each on its own way.
    Question {
        key: "glass",
        short: t!("Glass test", "Prueba del vaso"),
        role: Role::GlassTest,
        prompt: t!("The glass test: do the spots fade under the glass?", "Prueba del vaso: ¿desaparecen las manchas?"),
        bullets: &[
            t!("Press the side of a clear glass firmly on the spots.", "Apriete un vaso transparente de lado sobre las manchas."),
            t!("Look through the glass. Wait a few seconds and look again.", "Mire a través. Espere unos segundos y vuelva a mirar."),
            t!("On brown or black skin, also look at paler places: palms, soles, tummy, inside the eyelids.", "En piel oscura, mire zonas más claras: palmas, plantas, barriga, dentro de los párpados."),
        ],
        asks: &[F::Blanching],
        choices: &[
            Choice { label: t!("They fade", "Se van"), when: When::Any(&[v(F::Blanching, FADES)]), next: Next::Route(r::GLASS_FADES) },
            Choice { label: t!("I can still see them", "Todavía las veo"), when: When::Any(&[v(F::Blanching, STAYS)]), next: Next::Route(r::GLASS_STAYS) },
            Choice { label: t!("Not sure or can't do it", "No lo sé o no puedo hacerla"), when: When::Unknown(&[F::Blanching]), next: Next::Route(r::GLASS_STAYS) },
        ],
        caution: Some(Caution { worrying: 1, unsure: 2 }),
    },
    // ── Spots that stay under the glass (or could not tell) ────────────
    // NICE NG240: a non-blanching rash with a temperature, or with spots
    // larger than 2 mm, is meningococcal disease until shown otherwise.
    // Children and young people (under 16) take NG240's 2 mm as written.
    // For adults the tree uses "bigger than 5 mm or like bruises" so that
    // a well adult with small palpable purpura on the legs (vasculitis) is
    // sent to a doctor today rather than an ambulance; the 2 mm line still
    // applies to an adult who feels unwell, and a temperature with spots
    // that stay is an emergency at any size (NG240, NG51).
    Question {
        key: "nonblanching_fever_child",
        short: t!("Temperature or spots over 2 mm", "Fiebre o manchas de más de 2 mm"),
        role: Role::Detail,
        prompt: t!("Does your child have any of these?", "¿Su hijo o hija tiene algo de esto?"),
        bullets: &[
            t!("A high temperature, or feels hot or shivery", "Fiebre, o está caliente o con escalofríos"),
            t!("Some spots are bigger than a pinhead (2 mm), or look like bruises", "Algunas manchas son más grandes que una cabeza de alfiler (2 mm) o parecen moretones"),
        ],
        asks: &[F::Fever, F::SpotSize],
        choices: &yes_no(
            &[Test::Present(F::Fever), v(F::SpotSize, SMALL | LARGE)],
            finish(o::EMERGENCY_NONBLANCHING_FEVER),
            Next::Route(r::NB_CHILD_NO),
            finish(o::EMERGENCY_NONBLANCHING_FEVER),
        ),
        caution: YES_WORRIES,
    },
    Question {
        key: "nonblanching_fever",
        short: t!("Temperature or bruise-like", "Fiebre o como moretones"),
        role: Role::Detail,
        prompt: t!("Does the person have any of these?", "¿La persona tiene algo de esto?"),
        bullets: &[
            t!("A high temperature, or feels hot or shivery", "Fiebre, o está caliente o con escalofríos"),
            t!("Feels unwell, and some spots are bigger than 2 mm", "Se encuentra mal y algunas manchas miden más de 2 mm"),
            t!("Some spots are bigger than 5 mm, or look like bruises", "Algunas manchas miden más de 5 mm o parecen moretones"),
        ],
        asks: &[F::Fever, F::SpotSize],
        choices: &yes_no(
            &[Test::Present(F::Fever), v(F::SpotSize, LARGE)],
            finish(o::EMERGENCY_NONBLANCHING_FEVER),
            ask(q::NB_BLEED),
            finish(o::EMERGENCY_NONBLANCHING_FEVER),
        ),
        caution: YES_WORRIES,
    },
    Question {
        key: "nonblanching_bleeding",
        short: t!("Bleeding, bruises, tiredness", "Sangrado, moretones, cansancio"),
        role: Role::Detail,
        prompt: t!("Has the person had any of these lately?", "¿La persona ha tenido algo de esto hace poco?"),
        bullets: &[
            t!("Bruises they cannot explain, nosebleeds or bleeding gums", "Moretones sin motivo, sangrado de nariz o de encías"),
            t!("Blood in their pee or poo", "Sangre en la orina o las heces"),
            t!("Very tired or pale, losing weight, or sweating at night", "Mucho cansancio o palidez, pérdida de peso o sudores de noche"),
            t!("Having chemotherapy or radiotherapy, or a blood cancer", "Recibe quimioterapia o radioterapia, o tiene cáncer de la sangre"),
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
    // The two causes are separate answers: squeezing, gripping or hitting
    // in a child is a safeguarding question (NICE CG89), coughing is not.
    Question {
        key: "nonblanching_cause",
        short: t!("Pressure or straining", "Presión o esfuerzo"),
        role: Role::Detail,
        prompt: t!("Could one of these explain the spots?", "¿Puede algo de esto explicar las manchas?"),
        bullets: &[
            t!("They are only where the skin was rubbed, scratched, squeezed or hit (a ball, a tight strap, a blood pressure cuff)", "Solo están donde la piel se frotó, se rascó, se apretó o se golpeó (un balón, una correa apretada, el aparato de tomar la presión)"),
            t!("They came on the face or neck after hard coughing, being sick or straining", "Salieron en la cara o el cuello después de toser fuerte, vomitar o hacer mucha fuerza"),
        ],
        asks: &[F::ScratchPressureImpact, F::StrainingVomitingCoughing],
        choices: &[
            Choice { label: t!("Rubbed, squeezed or hit there", "Frotada, apretada o golpeada"), when: When::Any(&[Test::Present(F::ScratchPressureImpact)]), next: Next::Route(r::PRESSURE_AGE) },
            Choice { label: t!("Coughing, being sick, straining", "Tos, vómitos o esfuerzo"), when: When::Any(&[Test::Present(F::StrainingVomitingCoughing)]), next: Next::Route(r::STRAIN_AGE) },
            Choice { label: NO, when: When::Otherwise, next: ask(q::NB_MEDICINE) },
            Choice { label: NOT_SURE, when: When::Unknown(&[]), next: ask(q::NB_MEDICINE) },
        ],
        caution: Some(Caution { worrying: 2, unsure: 3 }),
    },
    // guidance.md "People at higher risk": new bleeding spots on a blood
    // thinner need a doctor (a bleeding or INR check), never self-care.
    // Asked where a clear cause would otherwise reassure; with no cause the
    // spots are "see a doctor today" already. Aspirin is named for adults
    // only: it is not given under 16.
    Question {
        key: "blood_thinner",
        short: t!("Blood thinner", "Anticoagulante"),
        role: Role::Detail,
        prompt: t!("Does the person take a blood thinner every day?", "¿La persona toma cada día un medicamento que hace la sangre más líquida?"),
        bullets: &[
            t!("Warfarin, apixaban, rivaroxaban, edoxaban or dabigatran", "Warfarina, apixabán, rivaroxabán, edoxabán o dabigatrán"),
            t!("Clopidogrel, or (adults) aspirin every day", "Clopidogrel, o (adultos) aspirina cada día"),
        ],
        asks: &[F::BloodThinner],
        choices: &yes_no(&[Test::Present(F::BloodThinner)], finish(o::DOCTOR_BLOOD_THINNER), finish(o::SELF_CARE_PRESSURE), finish(o::DOCTOR_BLOOD_THINNER)),
        caution: YES_WORRIES,
    },
    Question {
        key: "nonblanching_medicine",
        short: t!("New medicine or blood thinner", "Medicamento nuevo o anticoagulante"),
        role: Role::Detail,
        prompt: t!("Has the person started a new medicine in the last 4 weeks, or do they take a blood thinner (like aspirin or warfarin)?", "¿La persona ha empezado a tomar un medicamento nuevo en las últimas 4 semanas, o toma un anticoagulante (como aspirina o warfarina)?"),
        bullets: &[],
        asks: &[F::NewMedicine, F::BloodThinner],
        choices: &yes_no(&[Test::Present(F::NewMedicine), Test::Present(F::BloodThinner)], finish(o::URGENT_MEDICINE_SPOTS), ask(q::NB_MORE), finish(o::URGENT_MEDICINE_SPOTS)),
        caution: YES_WORRIES,
    },
    Question {
        key: "nonblanching_more",
        short: t!("Also", "Además"),
        role: Role::Detail,
        prompt: t!("Does the person have any of these?", "¿La persona tiene algo de esto?"),
        bullets: &[],
        asks: &[F::JointPain, F::TummyPain, F::CovidSymptoms, F::PusBoil],
        choices: &[
            Choice { label: t!("Sore joints or tummy pain", "Dolor articular o de barriga"), when: When::Any(&[Test::Present(F::JointPain), Test::Present(F::TummyPain)]), next: finish(o::URGENT_VASCULITIS) },
            Choice { label: t!("Cough, or lost taste or smell", "Tos, o pérdida de gusto u olfato"), when: When::Any(&[Test::Present(F::CovidSymptoms)]), next: finish(o::URGENT_COVID_SPOTS) },
            Choice { label: t!("Pus, a boil or hot swelling", "Pus, grano o hinchazón caliente"), when: When::Any(&[Test::Present(F::PusBoil)]), next: finish(o::URGENT_SKIN_INFECTION) },
            Choice { label: NONE_OF_THESE, when: When::Otherwise, next: finish(o::URGENT_UNEXPLAINED_SPOTS) },
            Choice { label: NOT_SURE, when: When::Unknown(&[]), next: finish(o::URGENT_UNEXPLAINED_SPOTS) },
        ],
        caution: None,
    },
    // ── Spots that fade under the glass ────────────────────────────────
    Question {
        key: "blanching_fever",
        short: t!("Temperature", "Fiebre"),
        role: Role::Detail,
        prompt: t!("Does the person have a high temperature, or feel hot or shivery?", "¿La persona tiene fiebre, o está caliente o con escalofríos?"),
        bullets: &[],
        asks: &[F::Fever],
        choices: &yes_no(&[Test::Present(F::Fever)], Next::Route(r::FEVER_AGE), Next::Route(r::PREG_AGE), Next::Route(r::FEVER_AGE)),
        caution: YES_WORRIES,
    },
    // NICE CG151 (neutropenic sepsis) and NG51 (a lower threshold when the
    // immune system is weak): a temperature in someone on cancer treatment
    // or with a weak immune system is an emergency. Asked after every
    // temperature that is "Yes" or "Not sure" (spots that fade, blisters,
    // a boil); spots that stay with a temperature are an emergency already.
    Question {
        key: "immune_fever",
        short: t!("Cancer treatment or weak immunity", "Cáncer o defensas bajas"),
        role: Role::Detail,
        prompt: t!("With the temperature: is any of these true?", "Con la fiebre: ¿le pasa algo de esto?"),
        bullets: &[
            t!("Having chemotherapy or radiotherapy, or a blood cancer", "Recibe quimioterapia o radioterapia, o tiene cáncer de la sangre"),
            t!("A weak immune system: long-term steroids, a transplant, HIV, or no spleen", "Defensas bajas: corticoides por mucho tiempo, trasplante, VIH o sin bazo"),
        ],
        asks: &[F::CancerTreatment, F::WeakImmune],
        choices: &yes_no(
            &[Test::Present(F::CancerTreatment), Test::Present(F::WeakImmune)],
            finish(o::EMERGENCY_IMMUNE_FEVER),
            Next::Route(r::IMMUNE_CONT),
            finish(o::EMERGENCY_IMMUNE_FEVER),
        ),
        caution: YES_WORRIES,
    },
    // UKHSA guidance on viral rash in pregnancy: any new rash in pregnancy
    // needs same-day assessment and testing for rubella, parvovirus and
    // measles; petechiae in pregnancy may be low platelets. Asked of adults
    // of 16 to 64 on the new-rash path where the answers so far would end
    // short of "see a doctor today" (spots that fade without a temperature,
    // blisters, spots with a clear cause); routes afterwards take the walk
    // on where it left off. A boil is not a rash and is not asked.
    Question {
        key: "pregnant",
        short: t!("Pregnant", "Embarazo"),
        role: Role::Detail,
        prompt: t!("Is the person pregnant?", "¿La persona está embarazada?"),
        bullets: &[],
        asks: &[F::Pregnant],
        choices: &yes_no(&[Test::Present(F::Pregnant)], finish(o::URGENT_PREGNANT_RASH), Next::Route(r::CONT), finish(o::URGENT_PREGNANT_RASH)),
        caution: YES_WORRIES,
    },
    // Infections that cause a rash, asked with or without a temperature.
    Question {
        key: "infection_which",
        short: t!("Also", "Además"),
        role: Role::Detail,
        prompt: t!("Which of these fits best?", "¿Cuál de estas encaja mejor?"),
        bullets: &[],
        asks: &[F::SoreThroat, F::SandpaperFeel, F::JointPain, F::SwollenGlands, F::NotVaccinatedMmr, F::CovidSymptoms],
        choices: &[
            Choice { label: t!("Sore throat or rough rash", "Dolor de garganta o piel de lija"), when: When::Any(&[Test::Present(F::SoreThroat), Test::Present(F::SandpaperFeel)]), next: finish(o::URGENT_SCARLET) },
            // Jones criteria: a past sore throat alone is not rheumatic fever
            // (guttate psoriasis often follows one too); sore joints are.
            Choice { label: t!("Sore or swollen joints", "Dolor o hinchazón articular"), when: When::Any(&[Test::Present(F::JointPain)]), next: finish(o::URGENT_RHEUMATIC) },
            Choice { label: t!("Swollen glands or no MMR jab", "Ganglios o sin vacuna de rubéola"), when: When::Any(&[Test::Present(F::SwollenGlands), Test::Present(F::NotVaccinatedMmr)]), next: finish(o::URGENT_RUBELLA) },
            Choice { label: t!("Cough, or lost taste or smell", "Tos, o pérdida de gusto u olfato"), when: When::Any(&[Test::Present(F::CovidSymptoms)]), next: Next::Route(r::COVID_BY_FEVER) },
            Choice { label: NONE_OF_THESE, when: When::Otherwise, next: Next::Route(r::INFECTION_NONE) },
        ],
        caution: None,
    },
    Question {
        key: "fever_more",
        short: t!("New medicine", "Medicamento nuevo"),
        role: Role::Detail,
        prompt: t!("Has the person started a new medicine in the last 4 weeks?", "¿La persona ha empezado un medicamento nuevo en las últimas 4 semanas?"),
        bullets: &[],
        asks: &[F::NewMedicine],
        choices: &yes_no(&[Test::Present(F::NewMedicine)], finish(o::URGENT_MEDICINE_FEVER), finish(o::URGENT_FEVER_RASH), finish(o::URGENT_MEDICINE_FEVER)),
        caution: None,
    },
    // NICE CG89: squeeze, grip or slap marks in a child raise suspicion of
    // maltreatment even when they fade under a glass: never self-care, and
    // the pharmacist is told (audit A45). Asked of children under 16 before
    // the other triggers (`blanching_trigger` has no room for a sixth
    // answer); "Not sure" is handled as "Yes", so the pharmacist looks.
    Question {
        key: "blanching_pressure_child",
        short: t!("Squeezed or knocked", "Apretón o golpe"),
        role: Role::Detail,
        prompt: t!("Did the spots or marks come where the child was squeezed, gripped or knocked?", "¿Salieron las manchas o marcas donde al niño lo apretaron, sujetaron o golpearon?"),
        bullets: &[],
        asks: &[F::ScratchPressureImpact],
        choices: &yes_no(&[Test::Present(F::ScratchPressureImpact)], Next::Route(r::PRESSURE_FADES_AGE), ask(q::BL_TRIGGER), Next::Route(r::PRESSURE_FADES_AGE)),
        caution: YES_WORRIES,
    },
    Question {
        key: "blanching_trigger",
        short: t!("Before the spots", "Antes de las manchas"),
        role: Role::Detail,
        prompt: t!("In the days before the spots came, did any of these happen?", "En los días antes de las manchas, ¿pasó algo de esto?"),
        bullets: &[],
        asks: &[F::NewMedicine, F::NewProductContact, F::HeatSweating, F::BitesOutdoors],
        choices: &[
            Choice { label: t!("Started a new medicine", "Empezó un medicamento nuevo"), when: When::Any(&[Test::Present(F::NewMedicine)]), next: finish(o::DOCTOR_MEDICINE_RASH) },
            Choice { label: t!("New soap, jewellery or plant", "Nuevo jabón, joya o planta"), when: When::Any(&[Test::Present(F::NewProductContact)]), next: finish(o::PHARMACIST_CONTACT) },
            Choice { label: t!("Hot, sweaty or tight clothes", "Calor, sudor o ropa apretada"), when: When::Any(&[Test::Present(F::HeatSweating)]), next: finish(o::SELF_CARE_HEAT) },
            Choice { label: t!("Outdoors, or bites on waking", "Aire libre o picaduras al dormir"), when: When::Any(&[Test::Present(F::BitesOutdoors)]), next: finish(o::SELF_CARE_BITES) },
            Choice { label: NONE_OF_THESE, when: When::Otherwise, next: ask(q::INFECTION_WHICH) },
        ],
        caution: None,
    },
    Question {
        key: "blanching_more",
        short: t!("Also", "Además"),
        role: Role::Detail,
        prompt: t!("Which of these fits best?", "¿Cuál de estas encaja mejor?"),
        bullets: &[],
        asks: &[F::ItchWorseAtNight, F::HouseholdItchy, F::Itchy, F::SpotSize, F::EczemaHistory, F::ChangingSpot],
        choices: &[
            Choice { label: t!("Itchy at night, or family too", "Pica de noche o a otros en casa"), when: When::Any(&[Test::Present(F::ItchWorseAtNight), Test::Present(F::HouseholdItchy)]), next: finish(o::PHARMACIST_SCABIES) },
            Choice { label: t!("Itchy welts that come and go", "Ronchas que pican, van y vienen"), when: When::All(&[Test::Present(F::Itchy), v(F::SpotSize, LARGE)]), next: finish(o::PHARMACIST_HIVES) },
            Choice { label: t!("Eczema, asthma or hay fever", "Eccema, asma o alergia al polen"), when: When::Any(&[Test::Present(F::EczemaHistory)]), next: finish(o::PHARMACIST_ECZEMA) },
            Choice { label: t!("A spot that grows or bleeds", "Una mancha que crece o sangra"), when: When::Any(&[Test::Present(F::ChangingSpot)]), next: finish(o::DOCTOR_CHANGING_SPOT) },
            Choice { label: NONE_OF_THESE, when: When::Otherwise, next: ask(q::BL_LAST) },
        ],
        caution: None,
    },
    Question {
        key: "blanching_last",
        short: t!("Also", "Además"),
        role: Role::Detail,
        prompt: t!("Which of these fits best?", "¿Cuál de estas encaja mejor?"),
        bullets: &[],
        asks: &[F::SilveryScale, F::PsoriasisHistory, F::DryRoughSkin, F::FlushingFace],
        choices: &[
            Choice { label: t!("Silvery, scaly patches", "Zonas con escamas plateadas"), when: When::Any(&[Test::Present(F::SilveryScale), Test::Present(F::PsoriasisHistory)]), next: finish(o::DOCTOR_PSORIASIS) },
            Choice { label: t!("Rough goose-bump skin", "Piel áspera de gallina"), when: When::Any(&[Test::Present(F::DryRoughSkin)]), next: finish(o::SELF_CARE_KERATOSIS) },
            Choice { label: t!("Red face that flushes", "Cara que se enrojece a ratos"), when: When::Any(&[Test::Present(F::FlushingFace)]), next: finish(o::DOCTOR_ROSACEA) },
            Choice { label: NONE_OF_THESE, when: When::Otherwise, next: finish(o::PHARMACIST_UNCLEAR) },
        ],
        caution: None,
    },
    // ── Blisters ───────────────────────────────────────────────────────
    // The temperature is asked first on every blister path (then, with a
    // temperature, cancer treatment or a weak immune system; then, for
    // adults, pregnancy). Routes on the temperature answer keep a
    // temperature from ending at the pharmacist or self-care.
    Question {
        key: "blisters_which",
        short: t!("Blisters", "Ampollas"),
        role: Role::Detail,
        prompt: t!("Which of these fits the blisters best?", "¿Qué describe mejor las ampollas?"),
        bullets: &[],
        asks: &[F::EczemaHistory, F::Location, F::Painful, F::ChickenpoxContact, F::PusBoil],
        choices: &[
            // NICE CG57: eczema with new painful blisters or punched-out
            // sores may be eczema herpeticum: the same day, no steroid cream.
            Choice { label: t!("Eczema, and new sore blisters", "Eccema con ampollas que duelen"), when: When::All(&[Test::Present(F::EczemaHistory), Test::Present(F::Painful)]), next: finish(o::URGENT_ECZEMA_HERPETICUM) },
            Choice {
                label: t!("Painful, or on one side only", "Duelen, o solo en un lado"),
                when: When::Any(&[v(F::Location, LOC_ONE_SIDE_BAND | LOC_AROUND_EYES), Test::Present(F::Painful)]),
                next: finish(o::URGENT_SHINGLES),
            },
            Choice { label: t!("Pus, crusts or hot swelling", "Pus, costra o hinchazón caliente"), when: When::Any(&[Test::Present(F::PusBoil)]), next: Next::Route(r::BF_PUS) },
            Choice {
                label: t!("All over, or chickenpox near", "Todo el cuerpo, o varicela cerca"),
                when: When::Any(&[Test::Present(F::ChickenpoxContact), v(F::Location, LOC_ALL_OVER | LOC_TRUNK | LOC_FACE)]),
                next: ask(q::POX_RISK),
            },
            Choice { label: NONE_OF_THESE, when: When::Otherwise, next: ask(q::BLISTER_MORE) },
        ],
        caution: None,
    },
    Question {
        key: "blisters_more",
        short: t!("Blisters", "Ampollas"),
        role: Role::Detail,
        prompt: t!("Which of these fits best?", "¿Cuál de estas encaja mejor?"),
        bullets: &[],
        asks: &[F::NewProductContact, F::EczemaHistory, F::BitesOutdoors, F::HeatSweating],
        choices: &[
            Choice { label: t!("Where something touched skin", "Donde algo tocó la piel"), when: When::Any(&[Test::Present(F::NewProductContact)]), next: Next::Route(r::BF_CONTACT) },
            Choice { label: t!("Eczema, asthma or hay fever", "Eccema, asma o alergia al polen"), when: When::Any(&[Test::Present(F::EczemaHistory)]), next: Next::Route(r::BF_ECZEMA) },
            Choice { label: t!("Outdoors, or bites on waking", "Aire libre o picaduras al dormir"), when: When::Any(&[Test::Present(F::BitesOutdoors)]), next: Next::Route(r::BF_BITES) },
            Choice { label: t!("Hot, sweaty or tight clothes", "Calor, sudor o ropa apretada"), when: When::Any(&[Test::Present(F::HeatSweating)]), next: Next::Route(r::BF_HEAT) },
            Choice { label: NONE_OF_THESE, when: When::Otherwise, next: Next::Route(r::BF_NONE) },
        ],
        caution: None,
    },
    Question {
        key: "chickenpox_risk",
        short: t!("Pregnant or weak immunity", "Embarazo o defensas bajas"),
        role: Role::Detail,
        prompt: t!("Is any of these true for the person?", "¿Algo de esto le pasa a la persona?"),
        bullets: &[
            t!("Pregnant", "Embarazada"),
            t!("A weak immune system: long-term steroids, a transplant, HIV, or no spleen", "Defensas bajas: corticoides por mucho tiempo, trasplante, VIH o sin bazo"),
            t!("Having chemotherapy or radiotherapy", "Recibe quimioterapia o radioterapia"),
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
    // A boil or an infected spot: Pharmacy First covers infected bites and
    // impetigo from age 1 (a baby goes to a doctor); with a temperature it
    // needs a doctor the same day, or an emergency with a weak immune
    // system (asked next).
    Question {
        key: "boil_fever",
        short: t!("Temperature", "Fiebre"),
        role: Role::Detail,
        prompt: t!("Does the person have a high temperature, or feel hot or shivery?", "¿La persona tiene fiebre, o está caliente o con escalofríos?"),
        bullets: &[],
        asks: &[F::Fever],
        choices: &yes_no(&[Test::Present(F::Fever)], ask(q::IMMUNE_FEVER), Next::Route(r::INFECT_AGE), ask(q::IMMUNE_FEVER)),
        caution: YES_WORRIES,
    },
    Question {
        key: "blisters_fever",
        short: t!("Temperature", "Fiebre"),
        role: Role::Detail,
        prompt: t!("Does the person have a high temperature, or feel hot or shivery?", "¿La persona tiene fiebre, o está caliente o con escalofríos?"),
        bullets: &[],
        asks: &[F::Fever],
        choices: &yes_no(&[Test::Present(F::Fever)], ask(q::BLISTER_DARK), Next::Route(r::PREG_AGE), ask(q::BLISTER_DARK)),
        caution: YES_WORRIES,
    },
    // Blisters take no glass test, yet chickenpox, sepsis and meningococcal
    // disease can bring dark spots or blood-filled blisters that stay under
    // a glass. With a temperature that is a non-blanching rash with fever:
    // an emergency (NICE NG240; NG143 red feature). Asked after every
    // temperature "Yes" or "Not sure" on the blister route, before anything
    // else; "Not sure" is handled as "Yes".
    Question {
        key: "blisters_dark_spots",
        short: t!("Dark spots that stay", "Manchas oscuras que no se van"),
        role: Role::Detail,
        prompt: t!("Are there also dark red or purple spots, or blisters full of blood, that you can still see under a glass?", "¿Hay también manchas rojo oscuro o moradas, o ampollas con sangre, que se siguen viendo bajo un vaso?"),
        bullets: &[],
        asks: &[F::Blanching],
        choices: &yes_no(&[v(F::Blanching, STAYS)], finish(o::EMERGENCY_NONBLANCHING_FEVER), ask(q::IMMUNE_FEVER), finish(o::EMERGENCY_NONBLANCHING_FEVER)),
        caution: YES_WORRIES,
    },
    // A baby under 1 with spots that stay under a glass and no temperature.
    // An early meningococcal rash may come before the fever (NICE NG240;
    // NG143 red features; NHS 111 asks about a new non-blanching rash
    // first): a rash of new spots is an emergency. One or two marks like
    // bruises are a doctor today with the safeguarding note (NICE CG89).
    // "Not sure" is handled as a rash.
    Question {
        key: "baby_rash_or_marks",
        short: t!("Rash or a mark", "Sarpullido o una marca"),
        role: Role::Detail,
        prompt: t!("Which fits the spots that stay best?", "¿Qué describe mejor las manchas que no se van?"),
        bullets: &[],
        asks: &[F::SpotCount],
        choices: &[
            Choice { label: t!("A rash of new spots", "Sarpullido: manchas nuevas"), when: When::Any(&[v(F::SpotCount, FEW | MANY)]), next: finish(o::EMERGENCY_BABY_RASH) },
            Choice { label: t!("One or two marks like bruises", "Una o dos marcas como moretones"), when: When::Any(&[v(F::SpotCount, ONE)]), next: finish(o::URGENT_BABY_MARKS) },
            Choice { label: NOT_SURE, when: When::Unknown(&[F::SpotCount]), next: finish(o::EMERGENCY_BABY_RASH) },
        ],
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
    // NICE NG143: a baby with a temperature is at high risk; the age band
    // cannot tell under 3 months from under 1 year, so every baby with a
    // temperature and a new rash is sent now.
    Route {
        key: "blanching_fever_by_age",
        on: q::AGE,
        to: &[
            finish(o::EMERGENCY_BABY_FEVER),
            ask(q::IMMUNE_FEVER),
            ask(q::IMMUNE_FEVER),
            ask(q::IMMUNE_FEVER),
            ask(q::IMMUNE_FEVER),
        ],
    },
    // "None of these" infections: with a temperature, ask about medicines;
    // without, go on to the itchy and long-lasting causes.
    Route {
        key: "infection_none_by_fever",
        on: q::BL_FEVER,
        to: &[ask(q::FEVER_MORE), ask(q::BL_MORE), ask(q::FEVER_MORE)],
    },
    Route {
        key: "covid_by_fever",
        on: q::BL_FEVER,
        to: &[
            finish(o::URGENT_COVID_FEVER),
            finish(o::DOCTOR_COVID_RASH),
            finish(o::URGENT_COVID_FEVER),
        ],
    },
    // NICE CG89: marks where a child's skin was squeezed, gripped or hit
    // are never self-care and carry a safeguarding note; a baby never
    // reaches this question (spots that stay in a baby go to a doctor
    // today, below). Under 5, spots that stay after being squeezed or held
    // tightly are a doctor today (CG89: petechiae in young children,
    // especially on the face, neck or ears; NICE NG12: petechiae in a
    // child; audit A42); a child of 5 to 15 books a doctor. Adults of 16
    // to 64 are asked about pregnancy first.
    Route {
        key: "pressure_by_age",
        on: q::AGE,
        to: &[
            finish(o::URGENT_BABY_MARKS),
            finish(o::URGENT_CHILD_MARKS),
            finish(o::DOCTOR_CHILD_MARKS),
            ask(q::PREGNANT),
            Next::Route(r::CONT),
        ],
    },
    // Spots on the face after coughing or being sick are common at any
    // age; the blood-thinner question follows (after pregnancy for adults).
    Route {
        key: "straining_by_age",
        on: q::AGE,
        to: &[
            finish(o::URGENT_BABY_MARKS),
            Next::Route(r::CONT),
            Next::Route(r::CONT),
            ask(q::PREGNANT),
            Next::Route(r::CONT),
        ],
    },
    // After the glass test, by how long the spots have been there: new
    // spots (or "not sure") take the new path, lasting ones their own.
    Route {
        key: "glass_fades_by_duration",
        on: q::DURATION,
        to: &[
            ask(q::BL_FEVER),
            ask(q::BL_FEVER),
            ask(q::LASTING_LOOK),
            ask(q::LASTING_LOOK),
            ask(q::BL_FEVER),
        ],
    },
    Route {
        key: "glass_stays_by_duration",
        on: q::DURATION,
        to: &[
            Next::Route(r::NB_AGE),
            Next::Route(r::NB_AGE),
            Next::Route(r::LASTING_STAYS_AGE),
            Next::Route(r::LASTING_STAYS_AGE),
            Next::Route(r::NB_AGE),
        ],
    },
    // NICE NG240's 2 mm for children and young people; see the comment on
    // `nonblanching_fever_child`.
    Route {
        key: "nonblanching_by_age",
        on: q::AGE,
        to: &[
            ask(q::NB_FEVER_CHILD),
            ask(q::NB_FEVER_CHILD),
            ask(q::NB_FEVER_CHILD),
            ask(q::NB_FEVER),
            ask(q::NB_FEVER),
        ],
    },
    // A baby with spots that stay and no temperature: a new rash of spots is
    // an emergency (NG240, NG143; `baby_rash_or_marks`); one or two marks
    // need a doctor today with a safeguarding note (NICE NG12, CG89), as a
    // baby not yet moving about does not get marks from knocks.
    Route {
        key: "nonblanching_child_no_by_age",
        on: q::AGE,
        to: &[
            ask(q::BABY_RASH),
            ask(q::NB_BLEED),
            ask(q::NB_BLEED),
            ask(q::NB_BLEED),
            ask(q::NB_BLEED),
        ],
    },
    // Lasting spots that stay: a child or young person needs a doctor today
    // (NICE NG12: unexplained petechiae, immediate specialist assessment)
    // unless the spots are itchy bumps like scabies; a baby also gets the
    // safeguarding note; adults are asked which long-standing pattern fits.
    Route {
        key: "lasting_stays_by_age",
        on: q::AGE,
        to: &[
            finish(o::URGENT_BABY_MARKS),
            ask(q::LASTING_STAYS_CHILD),
            ask(q::LASTING_STAYS_CHILD),
            ask(q::LASTING_STAYS),
            ask(q::LASTING_STAYS),
        ],
    },
    // "No" to cancer treatment and weak immunity: back to where the
    // temperature was asked, told apart by the surface answer.
    Route {
        key: "immune_no_by_surface",
        on: q::SURFACE,
        to: &[
            ask(q::INFECTION_WHICH),
            ask(q::INFECTION_WHICH),
            Next::Route(r::PREG_AGE),
            finish(o::URGENT_SKIN_INFECTION),
            ask(q::INFECTION_WHICH),
        ],
    },
    // Pregnancy is asked of adults of 16 to 64 only (see `pregnant`).
    Route {
        key: "pregnancy_by_age",
        on: q::AGE,
        to: &[
            Next::Route(r::CONT),
            Next::Route(r::CONT),
            Next::Route(r::CONT),
            ask(q::PREGNANT),
            Next::Route(r::CONT),
        ],
    },
    // Not pregnant (or not asked): on where the walk left off. Blisters go
    // on to which blisters; spots that fade to what came before them;
    // spots that stay with a clear cause to the blood-thinner question.
    Route {
        key: "after_pregnancy_by_surface",
        on: q::SURFACE,
        to: &[
            Next::Route(r::CONT_GLASS),
            Next::Route(r::CONT_GLASS),
            ask(q::BLISTER_WHICH),
            finish(o::PHARMACIST_SKIN_INFECTION),
            Next::Route(r::CONT_GLASS),
        ],
    },
    Route {
        key: "after_pregnancy_by_glass",
        on: q::GLASS,
        to: &[
            Next::Route(r::FADES_TRIGGER_AGE),
            ask(q::BLOOD_THINNER),
            ask(q::BLOOD_THINNER),
        ],
    },
    // Pharmacy First treats impetigo and infected bites from age 1.
    Route {
        key: "skin_infection_by_age",
        on: q::AGE,
        to: &[
            finish(o::DOCTOR_BABY_SKIN_INFECTION),
            finish(o::PHARMACIST_SKIN_INFECTION),
            finish(o::PHARMACIST_SKIN_INFECTION),
            finish(o::PHARMACIST_SKIN_INFECTION),
            finish(o::PHARMACIST_SKIN_INFECTION),
        ],
    },
    // Blisters, by the temperature answer (Yes, No, Not sure): with a
    // temperature, never the pharmacist or self-care; eczema with a
    // temperature may be eczema herpeticum (NICE CG57).
    Route {
        key: "blister_contact_by_fever",
        on: q::BLISTER_FEVER,
        to: &[
            finish(o::URGENT_BLISTERS_FEVER),
            finish(o::PHARMACIST_CONTACT),
            finish(o::URGENT_BLISTERS_FEVER),
        ],
    },
    Route {
        key: "blister_pus_by_fever",
        on: q::BLISTER_FEVER,
        to: &[
            finish(o::URGENT_SKIN_INFECTION),
            Next::Route(r::INFECT_AGE),
            finish(o::URGENT_SKIN_INFECTION),
        ],
    },
    Route {
        key: "blister_eczema_by_fever",
        on: q::BLISTER_FEVER,
        to: &[
            finish(o::URGENT_ECZEMA_HERPETICUM),
            finish(o::PHARMACIST_ECZEMA),
            finish(o::URGENT_ECZEMA_HERPETICUM),
        ],
    },
    Route {
        key: "blister_bites_by_fever",
        on: q::BLISTER_FEVER,
        to: &[
            finish(o::URGENT_BLISTERS_FEVER),
            finish(o::SELF_CARE_BITES),
            finish(o::URGENT_BLISTERS_FEVER),
        ],
    },
    Route {
        key: "blister_heat_by_fever",
        on: q::BLISTER_FEVER,
        to: &[
            finish(o::URGENT_BLISTERS_FEVER),
            finish(o::SELF_CARE_HEAT),
            finish(o::URGENT_BLISTERS_FEVER),
        ],
    },
    Route {
        key: "blister_none_by_fever",
        on: q::BLISTER_FEVER,
        to: &[
            finish(o::URGENT_BLISTERS_FEVER),
            finish(o::DOCTOR_BLISTERS),
            finish(o::URGENT_BLISTERS_FEVER),
        ],
    },
    // Cherry angiomas come with age: not under 16. A raised red mark in a
    // baby is most often a strawberry mark (infantile haemangioma), for a
    // doctor's review; in a child 1-15, a lasting spot for a doctor.
    Route {
        key: "bright_red_bumps_by_age",
        on: q::AGE,
        to: &[
            finish(o::DOCTOR_BABY_RED_MARK),
            finish(o::DOCTOR_LASTING),
            finish(o::DOCTOR_LASTING),
            finish(o::SELF_CARE_CHERRY),
            finish(o::SELF_CARE_CHERRY),
        ],
    },
    // Spots that fade, no temperature: children under 16 are asked about
    // squeezing, gripping or a knock first (NICE CG89), adults go straight
    // to what came before the spots.
    Route {
        key: "fades_trigger_by_age",
        on: q::AGE,
        to: &[
            ask(q::BL_PRESSURE_CHILD),
            ask(q::BL_PRESSURE_CHILD),
            ask(q::BL_PRESSURE_CHILD),
            ask(q::BL_TRIGGER),
            ask(q::BL_TRIGGER),
        ],
    },
    // Marks that fade under a glass after a child was squeezed, gripped or
    // knocked (`blanching_pressure_child`). NICE CG89: never self-care; the
    // pharmacist sees the child with the safeguarding note (audit A45); a
    // baby, who is not yet moving about, sees a doctor today. Adults never
    // take this route (their entries only keep the table whole).
    Route {
        key: "pressure_fades_by_age",
        on: q::AGE,
        to: &[
            finish(o::URGENT_CHILD_MARKS),
            finish(o::PHARMACIST_CHILD_MARKS),
            finish(o::PHARMACIST_CHILD_MARKS),
            ask(q::BL_TRIGGER),
            ask(q::BL_TRIGGER),
        ],
    },
];
