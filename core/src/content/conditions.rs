//! What each condition is, in the kiosk's own plain words: a name a
//! customer knows and one line that says what it is.

use crate::t;
use crate::tree::{Condition as C, ConditionInfo};

/// One entry per [`C`], in `conditions.toml` order.
pub static CONDITIONS: [ConditionInfo; 25] = [
    ConditionInfo {
        condition: C::CherryAngioma,
        name: t!("Cherry spots (cherry angioma)"),
        line: t!("Small, smooth red bumps that come with age. Harmless."),
    },
    ConditionInfo {
        condition: C::Extravasation,
        name: t!("Burst tiny blood vessels"),
        line: t!("Pressure, a knock or straining can burst tiny vessels. They fade in days."),
    },
    ConditionInfo {
        condition: C::Meningitis,
        name: t!("Meningitis"),
        line: t!("A serious infection around the brain. It needs help at once."),
    },
    ConditionInfo {
        condition: C::Sepsis,
        name: t!("Sepsis (blood infection)"),
        line: t!("The body fights an infection so hard it harms itself. It needs help at once."),
    },
    ConditionInfo {
        condition: C::BloodDisorder,
        name: t!("A blood problem"),
        line: t!("Low platelets or a blood illness can cause spots and easy bleeding."),
    },
    ConditionInfo {
        condition: C::DrugReaction,
        name: t!("Reaction to a medicine"),
        line: t!("Some medicines can cause spots, a rash or swelling."),
    },
    ConditionInfo {
        condition: C::Hives,
        name: t!("Hives (allergy rash)"),
        line: t!("Itchy raised welts that come and go, often from an allergy."),
    },
    ConditionInfo {
        condition: C::Vasculitis,
        name: t!("Inflamed small blood vessels"),
        line: t!("Raised purple dots, often on the legs. A doctor should find the cause."),
    },
    ConditionInfo {
        condition: C::Schamberg,
        name: t!("Schamberg's disease"),
        line: t!("Rusty, pepper-like dots on the lower legs. Harmless but lasting."),
    },
    ConditionInfo {
        condition: C::Melanoma,
        name: t!("Skin cancer (melanoma)"),
        line: t!("Rarely, skin cancer starts as a red spot that grows or changes."),
    },
    ConditionInfo {
        condition: C::KeratosisPilaris,
        name: t!("Keratosis pilaris"),
        line: t!("Rough goose-bump skin, often on the upper arms. Harmless."),
    },
    ConditionInfo {
        condition: C::HeatRash,
        name: t!("Heat rash"),
        line: t!("Blocked sweat glands make tiny prickly bumps when hot."),
    },
    ConditionInfo {
        condition: C::ContactDermatitis,
        name: t!("Skin reaction to something touched"),
        line: t!("Soap, metal, plants or gloves can make skin red, itchy and bumpy."),
    },
    ConditionInfo {
        condition: C::AtopicDermatitis,
        name: t!("Eczema"),
        line: t!("Dry, itchy skin that flares up and calms down."),
    },
    ConditionInfo {
        condition: C::Psoriasis,
        name: t!("Psoriasis"),
        line: t!("Red patches with silvery scale. It runs in families."),
    },
    ConditionInfo {
        condition: C::Rosacea,
        name: t!("Rosacea"),
        line: t!("A red, flushing face with small bumps or fine veins."),
    },
    ConditionInfo {
        condition: C::InsectBites,
        name: t!("Insect bites"),
        line: t!("Itchy bumps from mosquitoes, bed bugs or mites, often on the legs."),
    },
    ConditionInfo {
        condition: C::Scabies,
        name: t!("Scabies"),
        line: t!("Tiny mites that cause a strong itch, worse at night. It spreads by touch."),
    },
    ConditionInfo {
        condition: C::Chickenpox,
        name: t!("Chickenpox"),
        line: t!("Itchy spots that turn to blisters, then crust. It spreads easily."),
    },
    ConditionInfo {
        condition: C::Shingles,
        name: t!("Shingles"),
        line: t!("The chickenpox virus waking up: a painful band of blisters on one side."),
    },
    ConditionInfo {
        condition: C::Rubella,
        name: t!("Rubella (German measles)"),
        line: t!(
            "A virus with pink spots, a temperature and swollen glands. Dangerous in pregnancy."
        ),
    },
    ConditionInfo {
        condition: C::ScarletFever,
        name: t!("Scarlet fever"),
        line: t!("A throat infection with a rough red rash. It needs antibiotics."),
    },
    ConditionInfo {
        condition: C::RheumaticFever,
        name: t!("Rheumatic fever"),
        line: t!("Can follow an untreated sore throat. It can harm the heart."),
    },
    ConditionInfo {
        condition: C::MrsaSkinInfection,
        name: t!("Skin infection (staph)"),
        line: t!("Germs in the skin make a hot, swollen, painful area, sometimes with pus."),
    },
    ConditionInfo {
        condition: C::Covid19,
        name: t!("COVID-19"),
        line: t!("The COVID virus can sometimes cause small spots on the skin."),
    },
];
