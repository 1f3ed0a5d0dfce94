//! Where each red-flag rule comes from: every emergency red flag, the glass
//! test and the unexplained-petechiae rule, mapped to the published
//! guidance (as cited in `clinical/guidance.md`) and the seed articles.
//!
//! This table is data, not prose, so the review pack prints it and a test
//! proves that every red flag the tree asks about has a source.

use spotcheck_core::Finding;

/// A source a rule can cite.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Citation {
    /// Short id used in [`RuleSource::cites`].
    pub id: &'static str,
    /// The full reference.
    pub title: &'static str,
}

/// Every source the rules cite.
pub const CITATIONS: &[Citation] = &[
    Citation {
        id: "NG240",
        title: "NICE NG240, Meningitis (bacterial) and meningococcal disease: recognition, diagnosis and management (2024)",
    },
    Citation {
        id: "NG51",
        title: "NICE NG51, Sepsis: recognition, diagnosis and early management (high-risk criteria)",
    },
    Citation {
        id: "NG143",
        title: "NICE NG143, Fever in under 5s: assessment and initial management (traffic-light table, red features)",
    },
    Citation {
        id: "NG12",
        title: "NICE NG12, Suspected cancer: recognition and referral (unexplained petechiae)",
    },
    Citation {
        id: "CG151",
        title: "NICE CG151, Neutropenic sepsis: prevention and management in people with cancer (a temperature during cancer treatment is an emergency)",
    },
    Citation {
        id: "CG89",
        title: "NICE CG89, Child maltreatment: when to suspect maltreatment in under 18s (bruising or petechiae in a non-mobile baby; grip and slap marks)",
    },
    Citation {
        id: "CG57",
        title: "NICE CG57, Atopic eczema in under 12s (eczema herpeticum: same-day referral; no topical steroid on it)",
    },
    Citation {
        id: "UKHSA-PREG",
        title: "UKHSA, Viral rash in pregnancy (same-day assessment and testing for rubella, parvovirus B19 and measles)",
    },
    Citation {
        id: "GUIDE-RISK",
        title: "clinical/guidance.md, \"People at higher risk\" (blood thinners; pregnancy; safeguarding; eczema herpeticum; over-the-counter limits)",
    },
    Citation {
        id: "NHS111",
        title: "NHS 111 online rash pathway, as summarised in clinical/guidance.md (asks first about a rash that does not fade under a glass and feeling severely ill)",
    },
    Citation {
        id: "SEED-RD",
        title: "Seed article \"What Causes Little Red Dot on the Skin?\" (seed/red-dots-articles.txt lines 99-148: petechiae, their causes incl. leukaemia and chemotherapy)",
    },
    Citation {
        id: "SEED-VW",
        title: "Seed article \"What's Causing Pinprick Red Dots on Your Skin?\", Verywell Health (seed/red-dots-articles.txt lines 149-230: glass test, meningitis and sepsis rash, darker skin)",
    },
    Citation {
        id: "SEED-NI",
        title: "Seed article \"What Causes Red Dots on the Skin That Aren't Itchy?\" (seed/red-dots-articles.txt lines 231-272: causes of petechiae)",
    },
    Citation {
        id: "SEED-MN",
        title: "Seed article \"What can cause red dots to appear on the skin?\" (seed/red-dots-articles.txt lines 273-511: seek-immediate-attention lists at lines 283-290 and 482-489)",
    },
];

/// Which rule a row is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// An emergency red flag: a "yes" (or "not sure") finishes at the
    /// emergency screen.
    RedFlag(Finding),
    /// The glass test: spots that stay, or a test that could not be read,
    /// are treated as non-blanching.
    GlassTest,
    /// Non-blanching spots with no clear mechanical cause are at least
    /// "see a doctor today".
    UnexplainedPetechiae,
    /// A non-blanching rash with spots over 2 mm in a child, or over 5 mm
    /// in a well adult, is an emergency.
    SpotSize,
    /// A temperature with cancer treatment or a weak immune system is an
    /// emergency.
    NeutropenicSepsis,
    /// New bleeding spots on a blood thinner: a doctor, never self-care.
    BloodThinner,
    /// A new rash in pregnancy: the same day.
    Pregnancy,
    /// Marks in a child from squeezing or hitting, and spots that stay in a
    /// baby: never self-care, with a safeguarding note.
    Safeguarding,
    /// Eczema with new painful blisters and a temperature: the same day, no
    /// steroid cream.
    EczemaHerpeticum,
}

impl Rule {
    /// A short id for the rule (`red_flag:stiff_neck`, `glass_test`).
    pub fn id(self) -> String {
        match self {
            Rule::RedFlag(f) => format!("red_flag:{}", f.id()),
            Rule::GlassTest => "glass_test".into(),
            Rule::UnexplainedPetechiae => "unexplained_petechiae".into(),
            Rule::SpotSize => "spot_size".into(),
            Rule::NeutropenicSepsis => "neutropenic_sepsis".into(),
            Rule::BloodThinner => "blood_thinner".into(),
            Rule::Pregnancy => "pregnancy".into(),
            Rule::Safeguarding => "safeguarding".into(),
            Rule::EczemaHerpeticum => "eczema_herpeticum".into(),
        }
    }
}

/// One rule and its sources.
#[derive(Clone, Copy, Debug)]
pub struct RuleSource {
    /// The rule.
    pub rule: Rule,
    /// What the source says, in one line (our words).
    pub says: &'static str,
    /// Ids of [`CITATIONS`].
    pub cites: &'static [&'static str],
}

/// Every red-flag rule with its clinical source.
pub const RULE_SOURCES: &[RuleSource] = &[
    RuleSource {
        rule: Rule::RedFlag(Finding::VeryUnwell),
        says: "Feeling severely ill, or an ill-looking child, is asked first and is an emergency with a rash.",
        cites: &["NHS111", "NG143", "NG240"],
    },
    RuleSource {
        rule: Rule::RedFlag(Finding::StiffNeck),
        says: "A stiff neck is a meningitis sign (NG240) and a red feature in under 5s (NG143); the seed articles say seek care at once.",
        cites: &["NG240", "NG143", "SEED-VW", "SEED-MN"],
    },
    RuleSource {
        rule: Rule::RedFlag(Finding::SevereHeadache),
        says: "Headache with a rash is a meningitis sign; severe head pain with a rash needs attention at once.",
        cites: &["NG240", "SEED-VW", "SEED-MN"],
    },
    RuleSource {
        rule: Rule::RedFlag(Finding::LightSensitivity),
        says: "Light hurting the eyes is a meningitis sign and on the seed's seek-immediate-attention list.",
        cites: &["NG240", "SEED-MN"],
    },
    RuleSource {
        rule: Rule::RedFlag(Finding::DrowsyOrConfused),
        says: "Drowsiness (NG240), new confusion (NG51), hard to wake or no response to social cues (NG143), unresponsiveness (seed).",
        cites: &["NG240", "NG51", "NG143", "SEED-MN"],
    },
    RuleSource {
        rule: Rule::RedFlag(Finding::Seizure),
        says: "A fit is a red feature in under 5s and on the seed's seek-immediate-attention list.",
        cites: &["NG143", "SEED-MN"],
    },
    RuleSource {
        rule: Rule::RedFlag(Finding::BreathingDifficulty),
        says: "Grunting or hard breathing (NG143 red); difficulty breathing with a rash (seed).",
        cites: &["NG143", "SEED-MN"],
    },
    RuleSource {
        rule: Rule::RedFlag(Finding::FaceSwelling),
        says: "Swelling of the face, eyes or lips, or trouble speaking or swallowing: possible anaphylaxis.",
        cites: &["SEED-MN"],
    },
    RuleSource {
        rule: Rule::RedFlag(Finding::ColdHandsMottled),
        says: "Mottled, ashen or blue skin or lips: sepsis high-risk (NG51) and a red feature in under 5s (NG143).",
        cites: &["NG51", "NG143"],
    },
    RuleSource {
        rule: Rule::RedFlag(Finding::FastBreathingOrHeartbeat),
        says: "Very fast breathing or a racing heart: sepsis high-risk (NG51), very fast breathing red in under 5s (NG143).",
        cites: &["NG51", "NG143", "SEED-VW"],
    },
    RuleSource {
        rule: Rule::RedFlag(Finding::RepeatedVomiting),
        says: "Frequent vomiting or diarrhoea with a rash needs medical attention; vomiting is a meningitis symptom.",
        cites: &["SEED-MN"],
    },
    RuleSource {
        rule: Rule::RedFlag(Finding::RashSpreadingFast),
        says: "A non-blanching rash that spreads quickly: strongly suspect meningococcal disease.",
        cites: &["NG240"],
    },
    RuleSource {
        rule: Rule::RedFlag(Finding::WidespreadBlistersOrPeeling),
        says: "A rash over the whole body or open wounds needs attention at once.",
        cites: &["SEED-MN"],
    },
    RuleSource {
        rule: Rule::RedFlag(Finding::EyesMouthGenitals),
        says: "A new painful rash on the eyes, inside the mouth or on the genitals needs attention at once.",
        cites: &["SEED-MN"],
    },
    RuleSource {
        rule: Rule::RedFlag(Finding::BulgingFontanelle),
        says: "A bulging fontanelle in a baby is a red feature (NG143) and a meningitis sign (NG240); asked on the baby screen only.",
        cites: &["NG143", "NG240"],
    },
    RuleSource {
        rule: Rule::RedFlag(Finding::NoUrine),
        says: "No urine for 18 hours (dry nappies in a baby) is a sepsis high-risk criterion.",
        cites: &["NG51"],
    },
    RuleSource {
        rule: Rule::RedFlag(Finding::DizzyFaint),
        says: "Dizziness or fainting with a rash all over is on the seed's seek-help-now list (shock in sepsis or anaphylaxis).",
        cites: &["SEED-MN", "NG51"],
    },
    RuleSource {
        rule: Rule::RedFlag(Finding::YoungBabyFever),
        says: "A baby under 3 months with a temperature of 38 °C or more is a red feature (the kiosk's own finding).",
        cites: &["NG143"],
    },
    RuleSource {
        rule: Rule::GlassTest,
        says: "A rash that does not fade under a glass is an emergency sign with fever or illness (meningococcal disease, sepsis); early spots may still fade, so check again; on brown or black skin look at paler areas; could-not-tell counts as non-blanching.",
        cites: &["NG240", "NG51", "NG143", "NHS111", "SEED-VW"],
    },
    RuleSource {
        rule: Rule::UnexplainedPetechiae,
        says: "Unexplained petechiae: immediate specialist assessment in children, a very urgent blood count in adults; so at least \"see a doctor today\".",
        cites: &["NG12", "SEED-VW", "SEED-RD", "SEED-NI"],
    },
    RuleSource {
        rule: Rule::SpotSize,
        says: "Non-blanching spots over 2 mm: meningococcal disease until shown otherwise; applied as written to children, to anyone with a temperature and to an adult who feels unwell; a well adult without fever uses over 5 mm or bruise-like, so palpable purpura on the legs is seen today rather than sent an ambulance.",
        cites: &["NG240"],
    },
    RuleSource {
        rule: Rule::NeutropenicSepsis,
        says: "A temperature during cancer treatment or with a weak immune system is an emergency; asked after every temperature answered yes or not sure.",
        cites: &["CG151", "NG51", "GUIDE-RISK"],
    },
    RuleSource {
        rule: Rule::BloodThinner,
        says: "New bleeding spots on an anticoagulant or antiplatelet: a doctor (a bleeding check), never self-care; the same day with any other worrying sign; bleeding that will not stop, blood in pee, poo or sick, a bad headache or a knock to the head: the emergency number.",
        cites: &["GUIDE-RISK"],
    },
    RuleSource {
        rule: Rule::Pregnancy,
        says: "Any new rash in pregnancy: same-day assessment for rubella, parvovirus and measles.",
        cites: &["UKHSA-PREG", "GUIDE-RISK"],
    },
    RuleSource {
        rule: Rule::Safeguarding,
        says: "Bruising or petechiae in a baby not yet mobile, petechiae in a young child (especially face, neck or ears) and grip or slap marks in a child: never self-care; the pharmacist is told; under 5 with marks that stay, the same day.",
        cites: &["CG89", "NG12", "GUIDE-RISK"],
    },
    RuleSource {
        rule: Rule::EczemaHerpeticum,
        says: "Eczema with new painful blisters or punched-out sores and a temperature: same-day advice, no steroid cream.",
        cites: &["CG57", "GUIDE-RISK"],
    },
];

/// The source row for `rule`.
pub fn source_of(rule: Rule) -> Option<&'static RuleSource> {
    RULE_SOURCES.iter().find(|s| s.rule == rule)
}

/// The citation with id `id`.
pub fn citation(id: &str) -> Option<&'static Citation> {
    CITATIONS.iter().find(|c| c.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use spotcheck_core::tree::Role;

    #[test]
    fn every_red_flag_has_a_clinical_source() {
        for f in Finding::RED_FLAGS {
            let s = source_of(Rule::RedFlag(*f))
                .unwrap_or_else(|| panic!("red flag `{}` has no source", f.id()));
            assert!(!s.cites.is_empty(), "{}", f.id());
        }
        // Every finding a red-flag screen asks about, including the
        // kiosk's own, has a source too.
        let tree = spotcheck_core::content::checked().unwrap().tree();
        for q in tree.questions.iter().filter(|q| q.role == Role::RedFlag) {
            for f in q.asks {
                assert!(
                    source_of(Rule::RedFlag(*f)).is_some(),
                    "`{}` asks about `{}`, which has no source",
                    q.key,
                    f.id()
                );
            }
        }
        assert!(source_of(Rule::GlassTest).is_some());
        assert!(source_of(Rule::UnexplainedPetechiae).is_some());
    }

    #[test]
    fn every_cited_source_exists_and_rules_are_listed_once() {
        for (i, s) in RULE_SOURCES.iter().enumerate() {
            for id in s.cites {
                assert!(
                    citation(id).is_some(),
                    "{}: unknown source `{id}`",
                    s.rule.id()
                );
            }
            assert!(
                RULE_SOURCES[i + 1..].iter().all(|o| o.rule != s.rule),
                "{} listed twice",
                s.rule.id()
            );
        }
    }
}
