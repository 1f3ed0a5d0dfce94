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
        INFECTION_WHICH = "infection_which",
        FEVER_MORE = "fever_more",
        BL_TRIGGER = "blanching_trigger",
        BL_MORE = "blanching_more",
        BL_LAST = "blanching_last",
        BLISTER_WHICH = "blisters_which",
        BLISTER_MORE = "blisters_more",
        POX_RISK = "chickenpox_risk",
        BOIL_FEVER = "boil_fever",
        BLISTER_FEVER = "blisters_fever",
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
/// Caution where "No" is the worrying answer (no explanation found).
const NO_WORRIES: Option<Caution> = Some(Caution {
    worrying: 1,
    unsure: 2,
});

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
            t!("Stiff neck, head pain, light hurts the eyes, or spots spreading fast", "Cuello rígido, dolor de cabeza, le molesta la luz, o manchas que se extienden rápido"),
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
            t!("Swollen face, lips, eyes or tongue, or hard to speak or swallow", "Cara, labios, ojos o lengua hinchados, o le cuesta hablar o tragar"),
            t!("Cold hands and feet, or pale, blotchy, grey or blue skin or lips", "Manos y pies fríos, piel o labios pálidos, moteados o azulados"),
            t!("Blisters, peeling or raw skin over large areas", "Ampollas o piel pelada o en carne viva en zonas grandes"),
            t!("New painful sores on the eyes, in the mouth or on private parts", "Llagas nuevas y dolorosas en ojos, boca o genitales"),
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
        choices: &yes_no(&[Test::Present(F::ChangingSpot)], finish(o::DOCTOR_CHANGING_SPOT), ask(q::LASTING_LOOK), finish(o::DOCTOR_CHANGING_SPOT)),
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
            Choice { label: t!("Smooth, bright red bumps", "Bultitos lisos, de rojo vivo"), when: When::Any(&[v(F::Colour, BRIGHT_RED)]), next: finish(o::SELF_CARE_CHERRY) },
            Choice { label: NONE_OF_THESE, when: When::Otherwise, next: finish(o::DOCTOR_LASTING) },
        ],
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
            Choice { label: t!("Blisters with fluid", "Ampollas con líquido"), when: When::All(&[v(F::Surface, BLISTERS), Test::Absent(F::PusBoil)]), next: ask(q::BLISTER_WHICH) },
            // A boil is not a rash: the glass test is not the point there.
            Choice { label: t!("A boil or a lump with pus", "Un grano o bulto con pus"), when: When::Any(&[Test::Present(F::PusBoil)]), next: ask(q::BOIL_FEVER) },
            Choice { label: NOT_SURE, when: When::Unknown(&[F::Surface]), next: ask(q::GLASS) },
        ],
        caution: None,
    },
    // The glass test (NICE NG240; guidance.md): "could not tell" is handled
    // as possibly non-blanching.
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
            Choice { label: t!("They fade", "Se van"), when: When::Any(&[v(F::Blanching, FADES)]), next: ask(q::BL_FEVER) },
            Choice { label: t!("I can still see them", "Todavía las veo"), when: When::Any(&[v(F::Blanching, STAYS)]), next: ask(q::NB_FEVER) },
            Choice { label: t!("Not sure or can't do it", "No lo sé o no puedo hacerla"), when: When::Unknown(&[F::Blanching]), next: ask(q::NB_FEVER) },
        ],
        caution: Some(Caution { worrying: 1, unsure: 2 }),
    },
    // ── Spots that stay under the glass (or could not tell) ────────────
    // NICE NG240: a non-blanching rash with a temperature, or with spots
    // larger than a pinprick that look like bruises, is meningococcal
    // disease until shown otherwise.
    Question {
        key: "nonblanching_fever",
        short: t!("Temperature or bruise-like", "Fiebre o como moretones"),
        role: Role::Detail,
        prompt: t!("Does the person have any of these?", "¿La persona tiene algo de esto?"),
        bullets: &[
            t!("A high temperature, or feels hot or shivery", "Fiebre, o está caliente o con escalofríos"),
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
        choices: &yes_no(
            &[Test::Present(F::ScratchPressureImpact), Test::Present(F::StrainingVomitingCoughing)],
            Next::Route(r::PRESSURE_AGE),
            ask(q::NB_MEDICINE),
            ask(q::NB_MEDICINE),
        ),
        caution: NO_WORRIES,
    },
    Question {
        key: "nonblanching_medicine",
        short: t!("New medicine or blood thinner", "Medicamento nuevo o anticoagulante"),
        role: Role::Detail,
        prompt: t!("Has the person started a new medicine in the last 4 weeks, or do they take a blood thinner (like aspirin or warfarin)?", "¿La persona ha empezado a tomar un medicamento nuevo en las últimas 4 semanas, o toma un anticoagulante (como aspirina o warfarina)?"),
        bullets: &[],
        asks: &[F::NewMedicine],
        choices: &yes_no(&[Test::Present(F::NewMedicine)], finish(o::URGENT_MEDICINE_SPOTS), ask(q::NB_MORE), finish(o::URGENT_MEDICINE_SPOTS)),
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
        choices: &yes_no(&[Test::Present(F::Fever)], Next::Route(r::FEVER_AGE), ask(q::BL_TRIGGER), Next::Route(r::FEVER_AGE)),
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
    Question {
        key: "blisters_which",
        short: t!("Blisters", "Ampollas"),
        role: Role::Detail,
        prompt: t!("Which of these fits the blisters best?", "¿Qué describe mejor las ampollas?"),
        bullets: &[],
        asks: &[F::Location, F::Painful, F::ChickenpoxContact, F::NewProductContact, F::PusBoil],
        choices: &[
            Choice {
                label: t!("Painful, or on one side only", "Duelen, o solo en un lado"),
                when: When::Any(&[v(F::Location, LOC_ONE_SIDE_BAND | LOC_AROUND_EYES), Test::Present(F::Painful)]),
                next: finish(o::URGENT_SHINGLES),
            },
            Choice { label: t!("Where something touched skin", "Donde algo tocó la piel"), when: When::Any(&[Test::Present(F::NewProductContact)]), next: finish(o::PHARMACIST_CONTACT) },
            Choice { label: t!("Pus, crusts or hot swelling", "Pus, costra o hinchazón caliente"), when: When::Any(&[Test::Present(F::PusBoil)]), next: finish(o::PHARMACIST_SKIN_INFECTION) },
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
        asks: &[F::EczemaHistory, F::BitesOutdoors, F::HeatSweating],
        choices: &[
            Choice { label: t!("Eczema, asthma or hay fever", "Eccema, asma o alergia al polen"), when: When::Any(&[Test::Present(F::EczemaHistory)]), next: finish(o::PHARMACIST_ECZEMA) },
            Choice { label: t!("Outdoors, or bites on waking", "Aire libre o picaduras al dormir"), when: When::Any(&[Test::Present(F::BitesOutdoors)]), next: finish(o::SELF_CARE_BITES) },
            Choice { label: t!("Hot, sweaty or tight clothes", "Calor, sudor o ropa apretada"), when: When::Any(&[Test::Present(F::HeatSweating)]), next: finish(o::SELF_CARE_HEAT) },
            Choice { label: NONE_OF_THESE, when: When::Otherwise, next: ask(q::BLISTER_FEVER) },
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
    // impetigo; with a temperature it needs a doctor the same day.
    Question {
        key: "boil_fever",
        short: t!("Temperature", "Fiebre"),
        role: Role::Detail,
        prompt: t!("Does the person have a high temperature, or feel hot or shivery?", "¿La persona tiene fiebre, o está caliente o con escalofríos?"),
        bullets: &[],
        asks: &[F::Fever],
        choices: &yes_no(&[Test::Present(F::Fever)], finish(o::URGENT_SKIN_INFECTION), finish(o::PHARMACIST_SKIN_INFECTION), finish(o::URGENT_SKIN_INFECTION)),
        caution: YES_WORRIES,
    },
    Question {
        key: "blisters_fever",
        short: t!("Temperature", "Fiebre"),
        role: Role::Detail,
        prompt: t!("Does the person have a high temperature, or feel hot or shivery?", "¿La persona tiene fiebre, o está caliente o con escalofríos?"),
        bullets: &[],
        asks: &[F::Fever],
        choices: &yes_no(&[Test::Present(F::Fever)], finish(o::URGENT_BLISTERS_FEVER), finish(o::DOCTOR_BLISTERS), finish(o::URGENT_BLISTERS_FEVER)),
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
            ask(q::INFECTION_WHICH),
            ask(q::INFECTION_WHICH),
            ask(q::INFECTION_WHICH),
            ask(q::INFECTION_WHICH),
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
    // A baby who is not yet moving about does not get pressure marks from
    // knocks: spots that stay under a glass need a doctor today (NICE NG12,
    // and a safeguarding thought).
    Route {
        key: "pressure_by_age",
        on: q::AGE,
        to: &[
            finish(o::URGENT_UNEXPLAINED_SPOTS),
            finish(o::SELF_CARE_PRESSURE),
            finish(o::SELF_CARE_PRESSURE),
            finish(o::SELF_CARE_PRESSURE),
            finish(o::SELF_CARE_PRESSURE),
        ],
    },
];
