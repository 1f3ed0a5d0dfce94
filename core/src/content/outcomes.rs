//! The outcomes: how urgent, the likely causes (most likely first), what to
//! do now and when to get help. Advice follows the seed articles
//! (hydrocortisone 1 %, moisturisers with urea or lactic acid, cool
//! compresses, loose clothing, when to come back) and `guidance.md`
//! (Pharmacy First; shingles antivirals within 72 hours), in our own words.

use crate::t;
use crate::text::Text;
use crate::tree::{Condition as C, Disposition as D, Outcome};

/// Outcome indices.
pub mod o {
    super::super::questions::indices! {
        EMERGENCY_ILLNESS = "emergency_illness",
        EMERGENCY_BODY = "emergency_body",
        EMERGENCY_NONBLANCHING_FEVER = "emergency_nonblanching_fever",
        URGENT_BLOOD = "urgent_blood",
        URGENT_MEDICINE_SPOTS = "urgent_medicine_spots",
        URGENT_VASCULITIS = "urgent_vasculitis",
        URGENT_COVID_SPOTS = "urgent_covid_spots",
        URGENT_UNEXPLAINED_SPOTS = "urgent_unexplained_spots",
        URGENT_SCARLET = "urgent_scarlet_fever",
        URGENT_RHEUMATIC = "urgent_rheumatic_fever",
        URGENT_SKIN_INFECTION = "urgent_skin_infection",
        URGENT_RUBELLA = "urgent_rubella",
        URGENT_COVID_FEVER = "urgent_covid_fever",
        URGENT_MEDICINE_FEVER = "urgent_medicine_fever",
        URGENT_FEVER_RASH = "urgent_fever_rash",
        URGENT_SHINGLES = "urgent_shingles",
        URGENT_CHICKENPOX = "urgent_chickenpox",
        DOCTOR_CHANGING_SPOT = "doctor_changing_spot",
        DOCTOR_ROSACEA = "doctor_rosacea",
        DOCTOR_PSORIASIS = "doctor_psoriasis",
        DOCTOR_SCHAMBERG = "doctor_schamberg",
        DOCTOR_LASTING = "doctor_lasting",
        DOCTOR_MEDICINE_RASH = "doctor_medicine_rash",
        DOCTOR_SKIN_INFECTION = "doctor_skin_infection",
        DOCTOR_BLISTERS = "doctor_blisters",
        PHARMACIST_SCABIES = "pharmacist_scabies",
        PHARMACIST_CONTACT = "pharmacist_contact",
        PHARMACIST_ECZEMA = "pharmacist_eczema",
        PHARMACIST_HIVES = "pharmacist_hives",
        PHARMACIST_CHICKENPOX = "pharmacist_chickenpox",
        PHARMACIST_UNCLEAR = "pharmacist_unclear",
        SELF_CARE_PRESSURE = "self_care_pressure",
        SELF_CARE_CHERRY = "self_care_cherry_angioma",
        SELF_CARE_KERATOSIS = "self_care_keratosis_pilaris",
        SELF_CARE_HEAT = "self_care_heat_rash",
        SELF_CARE_BITES = "self_care_bites",
    }
}

// ── Shared advice lines ───────────────────────────────────────────────
const CALL_NOW: Text = t!("Call the emergency number now. Tell the pharmacist straight away.");
const STAY: Text = t!("Stay with the person. Do not leave them alone.");
const NO_WAITING: Text = t!("Do not wait to see if more spots come.");
const SHOW_SUMMARY: Text = t!("Show this summary to the pharmacist or doctor.");
const SEE_DOCTOR_TODAY: Text =
    t!("Call your doctor's surgery today and say it is urgent, or go to urgent care.");
const BOOK_DOCTOR: Text = t!("Book an appointment with your doctor in the next few days.");
const ASK_PHARMACIST: Text = t!("Show this summary to the pharmacist now. They can help.");
const NO_SCRATCH: Text = t!("Try not to scratch. Keep nails short.");
const COOL_COMPRESS: Text = t!("A cool, damp cloth on the skin can ease itching and soreness.");
const LOOSE_CLOTHES: Text = t!("Wear loose, soft cotton clothes.");
const MILD_SOAP: Text = t!("Wash with mild, unscented soap and lukewarm water, not hot.");
const MOISTURISE: Text = t!("Use a plain moisturiser every day.");
const HYDROCORTISONE: Text =
    t!("Ask the pharmacist about 1% hydrocortisone cream for a small itchy patch.");
const STAY_HOME: Text =
    t!("Stay away from school or work and from pregnant people until the doctor says it is safe.");
const FEVER_COMFORT: Text = t!("Give plenty to drink. Paracetamol can help with the temperature.");
const CHECK_AGAIN: Text = t!("Do the glass test again if new spots come.");

// ── When to get help ──────────────────────────────────────────────────
const HELP_EMERGENCY: Text = t!("If they get worse while you wait, call again.");
const HELP_URGENT: Text = t!("Call the emergency number if they get very sleepy, find it hard to breathe, or the spots stop fading under a glass.");
const HELP_DOCTOR: Text = t!("See a doctor sooner if the spots spread, hurt, bleed, or the person feels unwell or gets a temperature.");
const HELP_PHARMACIST: Text = t!(
    "See a doctor if it is not better in a week, or if it spreads, blisters or gets a temperature."
);
const HELP_SELF_CARE: Text = t!("Come back or see a doctor if the spots spread, change, do not fade in 2 weeks, or the person feels unwell.");

/// Every outcome.
pub static OUTCOMES: [Outcome; o::KEYS.len()] = [
    // ── Emergency ──────────────────────────────────────────────────────
    Outcome {
        key: "emergency_illness",
        disposition: D::Emergency,
        causes: &[C::Meningitis, C::Sepsis],
        headline: t!("This could be a serious infection such as meningitis or sepsis. Get help now."),
        todo: &[
            CALL_NOW,
            STAY,
            t!("If they have a fit, lay them on their side and move hard things away."),
            t!("Keep them cool, not wrapped up. Do not give food or drink if they are very sleepy."),
        ],
        get_help: HELP_EMERGENCY,
    },
    Outcome {
        key: "emergency_body",
        disposition: D::Emergency,
        causes: &[C::Sepsis, C::DrugReaction, C::Hives],
        headline: t!("These signs can mean a serious infection or a severe allergic reaction. Get help now."),
        todo: &[
            CALL_NOW,
            t!("If they carry an adrenaline pen, use it now."),
            t!("If breathing is hard, help them sit up. If they feel faint, lay them down with legs raised."),
            STAY,
        ],
        get_help: HELP_EMERGENCY,
    },
    Outcome {
        key: "emergency_nonblanching_fever",
        disposition: D::Emergency,
        causes: &[C::Meningitis, C::Sepsis],
        headline: t!("Spots that stay under a glass with a temperature can mean meningitis or sepsis. Get help now."),
        todo: &[CALL_NOW, NO_WAITING, STAY, SHOW_SUMMARY],
        get_help: HELP_EMERGENCY,
    },
    // ── See a doctor today ─────────────────────────────────────────────
    Outcome {
        key: "urgent_blood",
        disposition: D::Urgent,
        causes: &[C::BloodDisorder, C::DrugReaction, C::Vasculitis],
        headline: t!("Spots with bleeding, bruising or tiredness need a blood test today."),
        todo: &[SEE_DOCTOR_TODAY, t!("Tell them about the spots, bruises or bleeding, and any medicines."), t!("Avoid knocks and contact sports until seen.")],
        get_help: HELP_URGENT,
    },
    Outcome {
        key: "urgent_medicine_spots",
        disposition: D::Urgent,
        causes: &[C::DrugReaction, C::Vasculitis, C::BloodDisorder],
        headline: t!("Spots that stay under a glass after a new medicine or with a blood thinner need a doctor today."),
        todo: &[SEE_DOCTOR_TODAY, t!("Keep taking the medicine until a doctor tells you otherwise, unless your throat or face swells."), t!("Take the medicine box with you.")],
        get_help: HELP_URGENT,
    },
    Outcome {
        key: "urgent_vasculitis",
        disposition: D::Urgent,
        causes: &[C::Vasculitis, C::BloodDisorder, C::DrugReaction],
        headline: t!("Spots that stay under a glass with sore joints or tummy pain need a doctor today."),
        todo: &[SEE_DOCTOR_TODAY, t!("The doctor may check a urine sample: bring one if you can."), t!("Rest with the legs raised.")],
        get_help: HELP_URGENT,
    },
    Outcome {
        key: "urgent_covid_spots",
        disposition: D::Urgent,
        causes: &[C::Covid19, C::Vasculitis, C::BloodDisorder],
        headline: t!("Spots that stay under a glass need a doctor today, even with a cough or cold."),
        todo: &[SEE_DOCTOR_TODAY, t!("Tell the surgery about the cough or COVID test before you go in.")],
        get_help: HELP_URGENT,
    },
    Outcome {
        key: "urgent_unexplained_spots",
        disposition: D::Urgent,
        causes: &[C::BloodDisorder, C::Vasculitis, C::DrugReaction],
        headline: t!("Spots that stay under a glass with no clear cause need a doctor today."),
        todo: &[SEE_DOCTOR_TODAY, t!("The doctor will likely do a blood test."), CHECK_AGAIN],
        get_help: HELP_URGENT,
    },
    Outcome {
        key: "urgent_scarlet_fever",
        disposition: D::Urgent,
        causes: &[C::ScarletFever, C::RheumaticFever, C::Rubella],
        headline: t!("A rough rash with a sore throat and a temperature may be scarlet fever. It needs a doctor today."),
        todo: &[SEE_DOCTOR_TODAY, FEVER_COMFORT, STAY_HOME],
        get_help: HELP_URGENT,
    },
    Outcome {
        key: "urgent_rheumatic_fever",
        disposition: D::Urgent,
        causes: &[C::RheumaticFever, C::ScarletFever, C::Vasculitis],
        headline: t!("A rash, a temperature and sore joints after a sore throat can affect the heart. See a doctor today."),
        todo: &[SEE_DOCTOR_TODAY, t!("Tell them about the sore throat a few weeks ago."), t!("Rest until seen.")],
        get_help: HELP_URGENT,
    },
    Outcome {
        key: "urgent_skin_infection",
        disposition: D::Urgent,
        causes: &[C::MrsaSkinInfection, C::InsectBites],
        headline: t!("A hot, swollen, painful area with a temperature may be a skin infection. See a doctor today."),
        todo: &[SEE_DOCTOR_TODAY, t!("Do not squeeze it. Cover it with a clean dressing."), t!("Wash your hands after touching it. Do not share towels.")],
        get_help: HELP_URGENT,
    },
    Outcome {
        key: "urgent_rubella",
        disposition: D::Urgent,
        causes: &[C::Rubella, C::ScarletFever, C::Covid19],
        headline: t!("A rash with a temperature and swollen glands may be rubella or another infection that spreads. See a doctor today."),
        todo: &[t!("Phone your doctor's surgery first: do not sit in the waiting room."), STAY_HOME, FEVER_COMFORT],
        get_help: HELP_URGENT,
    },
    Outcome {
        key: "urgent_covid_fever",
        disposition: D::Urgent,
        causes: &[C::Covid19, C::Rubella, C::ScarletFever],
        headline: t!("A rash with a temperature and a cough needs a doctor's check today."),
        todo: &[SEE_DOCTOR_TODAY, t!("Tell the surgery about the cough or COVID test before you go in."), FEVER_COMFORT],
        get_help: HELP_URGENT,
    },
    Outcome {
        key: "urgent_medicine_fever",
        disposition: D::Urgent,
        causes: &[C::DrugReaction, C::Hives, C::Covid19],
        headline: t!("A rash with a temperature after a new medicine needs a doctor today."),
        todo: &[SEE_DOCTOR_TODAY, t!("Take the medicine box with you."), FEVER_COMFORT],
        get_help: HELP_URGENT,
    },
    Outcome {
        key: "urgent_fever_rash",
        disposition: D::Urgent,
        causes: &[C::Covid19, C::Rubella, C::Meningitis],
        headline: t!("A rash with a temperature needs a doctor's check today."),
        todo: &[SEE_DOCTOR_TODAY, FEVER_COMFORT, t!("Early meningitis spots can still fade. Do the glass test again every few hours.")],
        get_help: HELP_URGENT,
    },
    Outcome {
        key: "urgent_shingles",
        disposition: D::Urgent,
        causes: &[C::Shingles, C::Chickenpox, C::ContactDermatitis],
        headline: t!("A painful band of blisters on one side is likely shingles. Medicine works best if started within 3 days."),
        todo: &[
            t!("See a doctor or pharmacist today. Go today if it is near an eye."),
            t!("Keep the blisters covered and dry."),
            t!("Keep away from babies, pregnant people and anyone who has not had chickenpox."),
        ],
        get_help: t!("Get help at once if the eye is red or sore, or the person feels very unwell."),
    },
    Outcome {
        key: "urgent_chickenpox",
        disposition: D::Urgent,
        causes: &[C::Chickenpox, C::Shingles],
        headline: t!("This may be chickenpox. Babies, adults, pregnant people and people with a weak immune system should see a doctor today."),
        todo: &[SEE_DOCTOR_TODAY, t!("Phone first: chickenpox spreads easily."), STAY_HOME],
        get_help: HELP_URGENT,
    },
    // ── Book a doctor ──────────────────────────────────────────────────
    Outcome {
        key: "doctor_changing_spot",
        disposition: D::Doctor,
        causes: &[C::Melanoma, C::CherryAngioma],
        headline: t!("A spot that is growing, changing or bleeding should be checked by a doctor. Most are harmless, but some skin cancers start as a red spot."),
        todo: &[BOOK_DOCTOR, t!("Take a photo now so you can see if it changes."), t!("Protect your skin from the sun.")],
        get_help: t!("Go sooner if it grows fast, bleeds a lot or becomes sore."),
    },
    Outcome {
        key: "doctor_rosacea",
        disposition: D::Doctor,
        causes: &[C::Rosacea, C::AtopicDermatitis, C::ContactDermatitis],
        headline: t!("Red bumps with a flushing face may be rosacea. A doctor can treat it."),
        todo: &[BOOK_DOCTOR, t!("Use sun cream every day (SPF 30 or more)."), t!("Avoid hot drinks, spicy food and alcohol if they make it worse."), MILD_SOAP],
        get_help: t!("See a doctor soon if your eyes become sore or your sight is blurred."),
    },
    Outcome {
        key: "doctor_psoriasis",
        disposition: D::Doctor,
        causes: &[C::Psoriasis, C::AtopicDermatitis],
        headline: t!("Scaly patches that last may be psoriasis. A doctor can help."),
        todo: &[BOOK_DOCTOR, MOISTURISE, t!("The pharmacist can suggest creams to soften the scale.")],
        get_help: HELP_DOCTOR,
    },
    Outcome {
        key: "doctor_schamberg",
        disposition: D::Doctor,
        causes: &[C::Schamberg, C::Vasculitis],
        headline: t!("Rusty dots on the lower legs are often harmless, but a doctor should check them once."),
        todo: &[BOOK_DOCTOR, t!("Raise your legs when sitting, and keep moving."), MOISTURISE],
        get_help: HELP_DOCTOR,
    },
    Outcome {
        key: "doctor_lasting",
        disposition: D::Doctor,
        causes: &[C::CherryAngioma, C::AtopicDermatitis, C::Vasculitis],
        headline: t!("Spots that have not gone away after a few weeks should be checked by a doctor."),
        todo: &[BOOK_DOCTOR, t!("Take a photo now so the doctor can see any change."), MOISTURISE],
        get_help: HELP_DOCTOR,
    },
    Outcome {
        key: "doctor_medicine_rash",
        disposition: D::Doctor,
        causes: &[C::DrugReaction, C::Hives],
        headline: t!("A rash after a new medicine can be a reaction to it. Talk to a doctor soon."),
        todo: &[
            t!("Call the doctor who gave the medicine in the next day or two."),
            t!("Do not stop a medicine by yourself unless your face or throat swells."),
            t!("The pharmacist can suggest something for the itch."),
        ],
        get_help: t!("Call the emergency number at once if the face, lips or tongue swell or breathing gets hard."),
    },
    Outcome {
        key: "doctor_skin_infection",
        disposition: D::Doctor,
        causes: &[C::MrsaSkinInfection, C::InsectBites],
        headline: t!("Pus or a hot, painful area may be a skin infection. A doctor should look at it."),
        todo: &[BOOK_DOCTOR, t!("Do not squeeze it. Cover it with a clean dressing."), t!("Wash your hands after touching it. Do not share towels.")],
        get_help: t!("See a doctor today if it spreads fast, gets very red or hot, or you get a temperature."),
    },
    Outcome {
        key: "doctor_blisters",
        disposition: D::Doctor,
        causes: &[C::Chickenpox, C::ContactDermatitis, C::AtopicDermatitis],
        headline: t!("Blisters with no clear cause should be checked by a doctor."),
        todo: &[BOOK_DOCTOR, t!("Do not pop the blisters. Keep them clean and dry."), LOOSE_CLOTHES],
        get_help: HELP_DOCTOR,
    },
    // ── Ask the pharmacist ─────────────────────────────────────────────
    Outcome {
        key: "pharmacist_scabies",
        disposition: D::Pharmacist,
        causes: &[C::Scabies, C::InsectBites, C::AtopicDermatitis],
        headline: t!("Itchy spots that are worse at night, with others itchy too, may be scabies. The pharmacist has treatment."),
        todo: &[ASK_PHARMACIST, t!("Everyone at home needs treating on the same day, even without itch."), t!("Wash bedding, towels and clothes on a hot wash.")],
        get_help: HELP_PHARMACIST,
    },
    Outcome {
        key: "pharmacist_contact",
        disposition: D::Pharmacist,
        causes: &[C::ContactDermatitis, C::AtopicDermatitis],
        headline: t!("This looks like skin reacting to something it touched."),
        todo: &[t!("Stop using the new product, or take off the jewellery."), HYDROCORTISONE, COOL_COMPRESS, MILD_SOAP],
        get_help: HELP_PHARMACIST,
    },
    Outcome {
        key: "pharmacist_eczema",
        disposition: D::Pharmacist,
        causes: &[C::AtopicDermatitis, C::ContactDermatitis],
        headline: t!("This may be eczema. The pharmacist can help with creams."),
        todo: &[MOISTURISE, HYDROCORTISONE, MILD_SOAP, NO_SCRATCH],
        get_help: HELP_PHARMACIST,
    },
    Outcome {
        key: "pharmacist_hives",
        disposition: D::Pharmacist,
        causes: &[C::Hives, C::InsectBites, C::ContactDermatitis],
        headline: t!("Itchy welts that come and go are often hives. An allergy tablet can help."),
        todo: &[ASK_PHARMACIST, COOL_COMPRESS, LOOSE_CLOTHES],
        get_help: t!("Call the emergency number at once if the face, lips or tongue swell or breathing gets hard."),
    },
    Outcome {
        key: "pharmacist_chickenpox",
        disposition: D::Pharmacist,
        causes: &[C::Chickenpox, C::InsectBites],
        headline: t!("This looks like chickenpox. It is usually mild in children."),
        todo: &[
            ASK_PHARMACIST,
            t!("Give paracetamol for a temperature. Do not give ibuprofen."),
            t!("Keep them off nursery or school until every blister has crusted over."),
            NO_SCRATCH,
        ],
        get_help: t!("See a doctor today if the skin around a blister gets red, hot or sore, or they seem very unwell or will not drink."),
    },
    Outcome {
        key: "pharmacist_unclear",
        disposition: D::Pharmacist,
        causes: &[C::AtopicDermatitis, C::ContactDermatitis, C::InsectBites],
        headline: t!("Spots that fade under a glass, in someone who feels well, are often harmless. The pharmacist can take a look."),
        todo: &[ASK_PHARMACIST, COOL_COMPRESS, LOOSE_CLOTHES],
        get_help: HELP_PHARMACIST,
    },
    // ── Self-care ──────────────────────────────────────────────────────
    Outcome {
        key: "self_care_pressure",
        disposition: D::SelfCare,
        causes: &[C::Extravasation],
        headline: t!("Tiny spots after pressure, a knock or straining are small burst blood vessels. They fade by themselves in a few days."),
        todo: &[
            t!("A cold pack wrapped in a cloth can help. Never put ice straight on the skin."),
            t!("They may turn orange or brown as they fade. That is normal."),
        ],
        get_help: t!("See a doctor today if new spots come without a cause, or you get a temperature, bruises or bleeding."),
    },
    Outcome {
        key: "self_care_cherry_angioma",
        disposition: D::SelfCare,
        causes: &[C::CherryAngioma],
        headline: t!("Smooth bright red bumps that have been there a long time are usually cherry spots. They are harmless."),
        todo: &[t!("No treatment is needed."), t!("If one bleeds after a knock, press on it with a clean cloth for 10 minutes.")],
        get_help: t!("See a doctor if a spot changes size, shape or colour, or bleeds often."),
    },
    Outcome {
        key: "self_care_keratosis_pilaris",
        disposition: D::SelfCare,
        causes: &[C::KeratosisPilaris, C::AtopicDermatitis],
        headline: t!("Rough goose-bump skin is common and harmless. It often gets better in summer."),
        todo: &[
            t!("Use a moisturiser with urea or lactic acid every day."),
            t!("Use lukewarm water and pat the skin dry."),
            t!("Do not scrub or pick the bumps."),
        ],
        get_help: HELP_SELF_CARE,
    },
    Outcome {
        key: "self_care_heat_rash",
        disposition: D::SelfCare,
        causes: &[C::HeatRash, C::ContactDermatitis],
        headline: t!("This looks like heat rash. It usually goes within a day or two once the skin is cool."),
        todo: &[t!("Keep the skin cool: a cool shower or a fan."), LOOSE_CLOTHES, t!("Do not put on thick creams.")],
        get_help: HELP_SELF_CARE,
    },
    Outcome {
        key: "self_care_bites",
        disposition: D::SelfCare,
        causes: &[C::InsectBites, C::Scabies],
        headline: t!("These look like insect bites. They usually settle in a few days."),
        todo: &[COOL_COMPRESS, NO_SCRATCH, t!("The pharmacist can suggest a cream or allergy tablet for the itch.")],
        get_help: t!("See the pharmacist or a doctor if a bite gets hot, swollen and painful, or you feel unwell."),
    },
];
