//! The clinical findings vocabulary.
//!
//! Mirrors `clinical/findings.toml`: every question asks about one or more
//! findings and every answer stands for values of them. That shared
//! vocabulary is what lets the vignette runner answer any version of the
//! tree from a test patient's findings.
//!
//! A finding is either a yes/no fact ([`FindingKind::Bool`]) or one of a
//! fixed list of values ([`FindingKind::Enum`]); enum values are small
//! indices into [`Finding::values`], and a set of them is a [`ValueSet`]
//! bit mask. The tree may ask about findings beyond the shared vocabulary
//! (`Finding::YoungBabyFever`); such findings are marked [`Finding::is_own`].

use serde::{Deserialize, Serialize};

/// Whether a finding is yes/no or one of a list of values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FindingKind {
    /// Present or absent.
    Bool,
    /// One of [`Finding::values`].
    Enum,
}

/// A set of values of one enum finding, as a bit mask over
/// [`Finding::values`] (bit `i` = value `i`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ValueSet(pub u16);

impl ValueSet {
    /// The set holding only value `i`.
    pub const fn one(i: u8) -> ValueSet {
        ValueSet(1 << i)
    }
    /// Whether value `i` is in the set.
    pub const fn contains(self, i: u8) -> bool {
        i < 16 && self.0 & (1 << i) != 0
    }
    /// The union of two sets.
    pub const fn or(self, other: ValueSet) -> ValueSet {
        ValueSet(self.0 | other.0)
    }
}

macro_rules! findings {
    ($( $(#[$doc:meta])* $name:ident = $id:literal $( [ $($v:literal),* ] )? ; )*) => {
        /// A clinical finding from `clinical/findings.toml` (or one of the
        /// kiosk's own, see [`Finding::is_own`]).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[repr(u8)]
        pub enum Finding {
            $( $(#[$doc])* $name, )*
        }

        impl Finding {
            /// Every finding, in vocabulary order.
            pub const ALL: &'static [Finding] = &[ $( Finding::$name, )* ];

            /// The id used in `findings.toml` and vignettes.
            pub const fn id(self) -> &'static str {
                match self { $( Finding::$name => $id, )* }
            }

            /// The values of an enum finding, in order; empty for a bool.
            pub const fn values(self) -> &'static [&'static str] {
                match self { $( Finding::$name => &[ $( $($v),* )? ], )* }
            }
        }
    };
}

findings! {
    /// Age band: infant (<1), young_child (1-4), child (5-15), adult (16-64), older_adult (65+).
    AgeBand = "age_band" ["infant", "young_child", "child", "adult", "older_adult"];
    /// Pregnant now.
    Pregnant = "pregnant";
    /// Weakened immune system.
    WeakImmune = "weak_immune";
    /// Feels very unwell, or getting worse quickly.
    VeryUnwell = "very_unwell";
    /// High temperature, hot or shivery.
    Fever = "fever";
    /// Stiff neck.
    StiffNeck = "stiff_neck";
    /// Severe or unusual headache.
    SevereHeadache = "severe_headache";
    /// Bright light hurts the eyes.
    LightSensitivity = "light_sensitivity";
    /// Drowsy, hard to wake, confused, not responding normally.
    DrowsyOrConfused = "drowsy_or_confused";
    /// A fit or seizure.
    Seizure = "seizure";
    /// Difficulty or noisy breathing.
    BreathingDifficulty = "breathing_difficulty";
    /// Swelling of face, lips, eyes or tongue; trouble speaking or swallowing.
    FaceSwelling = "face_swelling";
    /// Cold hands and feet; pale, blotchy, grey or blue skin or lips.
    ColdHandsMottled = "cold_hands_mottled";
    /// Very fast breathing or racing heart.
    FastBreathingOrHeartbeat = "fast_breathing_or_heartbeat";
    /// Vomiting again and again, or diarrhoea that will not stop.
    RepeatedVomiting = "repeated_vomiting";
    /// A baby's soft spot on top of the head bulges (NICE NG143 red; NG240).
    BulgingFontanelle = "bulging_fontanelle";
    /// No pee for 18 hours or more, or dry nappies all day (NICE NG51 high risk).
    NoUrine = "no_urine";
    /// Dizzy or light-headed on standing, or has fainted.
    DizzyFaint = "dizzy_faint";
    /// Spots spreading quickly, over hours.
    RashSpreadingFast = "rash_spreading_fast";
    /// Blistering, peeling or open sores over large areas.
    WidespreadBlistersOrPeeling = "widespread_blisters_or_peeling";
    /// New painful rash or sores on eyes, in the mouth or on the genitals.
    EyesMouthGenitals = "eyes_mouth_genitals";
    /// The glass test: fades, or stays (non-blanching).
    Blanching = "blanching" ["fades", "stays"];
    /// How many spots.
    SpotCount = "spot_count" ["one", "few", "many"];
    /// How big the spots are.
    SpotSize = "spot_size" ["pinpoint", "small", "large"];
    /// Flat, raised or blisters.
    Surface = "surface" ["flat", "raised", "blisters"];
    /// Colour of the spots.
    Colour = "colour" ["bright_red", "purple", "brown_orange", "pink"];
    /// Main place of the spots.
    Location = "location" ["face", "around_eyes", "arms", "legs", "trunk", "folds", "hands_feet", "one_side_band", "all_over"];
    /// How long the spots have been there.
    Duration = "duration" ["hours", "days", "weeks", "long_term"];
    /// The spots itch.
    Itchy = "itchy";
    /// The spots or skin around them hurt, burn or tingle.
    Painful = "painful";
    /// A spot is new and growing, changing, or bleeds without injury.
    ChangingSpot = "changing_spot";
    /// Rough like sandpaper.
    SandpaperFeel = "sandpaper_feel";
    /// Dry, rough goose-bump skin.
    DryRoughSkin = "dry_rough_skin";
    /// Silvery or white scale.
    SilveryScale = "silvery_scale";
    /// Face flushes easily; visible small vessels.
    FlushingFace = "flushing_face";
    /// Pus, boil, or a warm, swollen, painful area.
    PusBoil = "pus_boil";
    /// Scratched, rubbed, squeezed, pressed or hit shortly before.
    ScratchPressureImpact = "scratch_pressure_impact";
    /// Hard coughing, vomiting, straining or lifting shortly before.
    StrainingVomitingCoughing = "straining_vomiting_coughing";
    /// New medicine in the last 4 weeks, or a blood thinner.
    NewMedicine = "new_medicine";
    /// Chemotherapy, radiotherapy, or a blood or bone-marrow cancer.
    CancerTreatment = "cancer_treatment";
    /// Takes an anticoagulant or antiplatelet medicine every day (warfarin,
    /// apixaban, rivaroxaban, edoxaban, dabigatran, clopidogrel, daily aspirin).
    BloodThinner = "blood_thinner";
    /// Unusual bruises or bleeding.
    EasyBruisingBleeding = "easy_bruising_bleeding";
    /// Unexplained tiredness, paleness, weight loss or night sweats.
    TiredPaleWeightloss = "tired_pale_weightloss";
    /// New soap, cosmetic, detergent, jewellery, gloves, or plants.
    NewProductContact = "new_product_contact";
    /// Heat, sweating, over-dressing or tight clothing.
    HeatSweating = "heat_sweating";
    /// Outdoors, mosquitoes, or bites noticed on waking.
    BitesOutdoors = "bites_outdoors";
    /// Others at home itchy too.
    HouseholdItchy = "household_itchy";
    /// Itch much worse at night.
    ItchWorseAtNight = "itch_worse_at_night";
    /// Sore throat now.
    SoreThroat = "sore_throat";
    /// Sore or strep throat 2 to 5 weeks ago.
    StrepThroatWeeksAgo = "strep_throat_weeks_ago";
    /// Painful or swollen joints.
    JointPain = "joint_pain";
    /// Tummy pain.
    TummyPain = "tummy_pain";
    /// Swollen glands behind the ears or in the neck.
    SwollenGlands = "swollen_glands";
    /// Not vaccinated against MMR.
    NotVaccinatedMmr = "not_vaccinated_mmr";
    /// Recent contact with chickenpox or shingles.
    ChickenpoxContact = "chickenpox_contact";
    /// Has had chickenpox before.
    HadChickenpoxBefore = "had_chickenpox_before";
    /// COVID-19 test positive, or new cough and loss of taste or smell.
    CovidSymptoms = "covid_symptoms";
    /// Eczema, asthma or hay fever.
    EczemaHistory = "eczema_history";
    /// Psoriasis, or in a close relative.
    PsoriasisHistory = "psoriasis_history";
    /// The kiosk's own: a baby under 3 months with a temperature of 38 °C or
    /// more (NICE NG143 red). Not in the shared vocabulary, so absent in
    /// every vignette.
    YoungBabyFever = "young_baby_fever";
}

impl Finding {
    /// Whether the finding is yes/no or one of a list of values.
    pub const fn kind(self) -> FindingKind {
        if self.values().is_empty() {
            FindingKind::Bool
        } else {
            FindingKind::Enum
        }
    }

    /// Whether this finding is the kiosk's own rather than from the shared
    /// vocabulary in `clinical/findings.toml`.
    pub const fn is_own(self) -> bool {
        matches!(self, Finding::YoungBabyFever)
    }

    /// Looks a finding up by its vocabulary id.
    pub fn from_id(id: &str) -> Option<Finding> {
        Finding::ALL.iter().copied().find(|f| f.id() == id)
    }

    /// The index of value `name` of this enum finding.
    pub fn value_index(self, name: &str) -> Option<u8> {
        self.values()
            .iter()
            .position(|v| *v == name)
            .and_then(|i| u8::try_from(i).ok())
    }

    /// The set of every value of this finding.
    pub const fn all_values(self) -> ValueSet {
        let n = self.values().len();
        if n >= 16 {
            ValueSet(u16::MAX)
        } else {
            ValueSet((1u16 << n) - 1)
        }
    }

    /// The set holding the named values; `None` if a name is not a value.
    pub fn value_set(self, names: &[&str]) -> Option<ValueSet> {
        let mut set = ValueSet(0);
        for name in names {
            set = set.or(ValueSet::one(self.value_index(name)?));
        }
        Some(set)
    }

    /// The findings of the "emergency red flags" section of the shared
    /// vocabulary. Safety rule 1: every path to a non-emergency outcome must
    /// have asked about each of these and heard "no". The kiosk's own
    /// [`Finding::YoungBabyFever`] and the vocabulary's
    /// [`Finding::BulgingFontanelle`] are asked on the baby red-flag screen
    /// only (they mean nothing past babyhood), so they are not in this
    /// list; a path test proves every baby's path rules out the fontanelle.
    pub const RED_FLAGS: &'static [Finding] = &[
        Finding::VeryUnwell,
        Finding::StiffNeck,
        Finding::SevereHeadache,
        Finding::LightSensitivity,
        Finding::DrowsyOrConfused,
        Finding::Seizure,
        Finding::BreathingDifficulty,
        Finding::FaceSwelling,
        Finding::ColdHandsMottled,
        Finding::FastBreathingOrHeartbeat,
        Finding::RepeatedVomiting,
        Finding::NoUrine,
        Finding::DizzyFaint,
        Finding::RashSpreadingFast,
        Finding::WidespreadBlistersOrPeeling,
        Finding::EyesMouthGenitals,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        for (i, f) in Finding::ALL.iter().enumerate() {
            assert_eq!(Finding::from_id(f.id()), Some(*f));
            assert_eq!(*f as usize, i);
        }
    }

    #[test]
    fn enum_values_fit_a_value_set() {
        for f in Finding::ALL {
            assert!(f.values().len() <= 15, "{} has too many values", f.id());
        }
        assert_eq!(
            Finding::Duration.value_set(&["hours", "days"]),
            Some(ValueSet(0b11))
        );
        assert_eq!(Finding::Duration.value_set(&["never"]), None);
        assert_eq!(Finding::Blanching.all_values(), ValueSet(0b11));
    }
}
