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
        EMERGENCY_BABY_FEVER = "emergency_baby_fever",
        EMERGENCY_BABY_RASH = "emergency_baby_rash",
        EMERGENCY_IMMUNE_FEVER = "emergency_immune_fever",
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
        URGENT_BLISTERS_FEVER = "urgent_blisters_fever",
        URGENT_BABY_MARKS = "urgent_baby_marks",
        URGENT_CHILD_MARKS = "urgent_child_marks",
        URGENT_PREGNANT_RASH = "urgent_pregnant_rash",
        URGENT_ECZEMA_HERPETICUM = "urgent_eczema_herpeticum",
        DOCTOR_CHANGING_SPOT = "doctor_changing_spot",
        DOCTOR_ROSACEA = "doctor_rosacea",
        DOCTOR_PSORIASIS = "doctor_psoriasis",
        DOCTOR_SCHAMBERG = "doctor_schamberg",
        DOCTOR_LASTING = "doctor_lasting",
        DOCTOR_MEDICINE_RASH = "doctor_medicine_rash",
        DOCTOR_COVID_RASH = "doctor_covid_rash",
        DOCTOR_BLISTERS = "doctor_blisters",
        DOCTOR_CHILD_MARKS = "doctor_child_marks",
        DOCTOR_BLOOD_THINNER = "doctor_blood_thinner",
        DOCTOR_RED_BUMPS = "doctor_red_bumps",
        DOCTOR_BABY_RED_MARK = "doctor_baby_red_mark",
        DOCTOR_BABY_SKIN_INFECTION = "doctor_baby_skin_infection",
        PHARMACIST_SCABIES = "pharmacist_scabies",
        PHARMACIST_CONTACT = "pharmacist_contact",
        PHARMACIST_ECZEMA = "pharmacist_eczema",
        PHARMACIST_HIVES = "pharmacist_hives",
        PHARMACIST_CHICKENPOX = "pharmacist_chickenpox",
        PHARMACIST_UNCLEAR = "pharmacist_unclear",
        PHARMACIST_SKIN_INFECTION = "pharmacist_skin_infection",
        PHARMACIST_CHILD_MARKS = "pharmacist_child_marks",
        SELF_CARE_PRESSURE = "self_care_pressure",
        SELF_CARE_CHERRY = "self_care_cherry_angioma",
        SELF_CARE_KERATOSIS = "self_care_keratosis_pilaris",
        SELF_CARE_HEAT = "self_care_heat_rash",
        SELF_CARE_BITES = "self_care_bites",
    }
}

// ── Shared advice lines ───────────────────────────────────────────────
const CALL_NOW: Text = t!(
    "Call the emergency number now. Tell the pharmacist straight away.",
    "Llame ahora al número de emergencias. Avise al farmacéutico enseguida."
);
const STAY: Text = t!(
    "Stay with the person. Do not leave them alone.",
    "Quédese con la persona. No la deje sola."
);
const NO_WAITING: Text = t!(
    "Do not wait to see if more spots come.",
    "No espere a ver si salen más manchas."
);
const SHOW_SUMMARY: Text = t!(
    "Show this summary to the pharmacist or doctor.",
    "Muestre este resumen al farmacéutico o al médico."
);
const SEE_DOCTOR_TODAY: Text = t!(
    "Call your doctor's surgery today and say it is urgent, or go to urgent care.",
    "Llame hoy a su médico o centro de salud y diga que es urgente, o vaya a urgencias."
);
const BOOK_DOCTOR: Text = t!(
    "Book an appointment with your doctor in the next few days.",
    "Pida cita con su médico para los próximos días."
);
const ASK_PHARMACIST: Text = t!(
    "Show this summary to the pharmacist now. They can help.",
    "Muestre este resumen al farmacéutico ahora. Le puede ayudar."
);
const NO_SCRATCH: Text = t!(
    "Try not to scratch. Keep nails short.",
    "Intente no rascarse. Lleve las uñas cortas."
);
const COOL_COMPRESS: Text = t!(
    "A cool, damp cloth on the skin can ease itching and soreness.",
    "Un paño fresco y húmedo en la piel puede calmar la picazón y el dolor."
);
const LOOSE_CLOTHES: Text = t!(
    "Wear loose, soft cotton clothes.",
    "Ropa suelta y suave, de algodón."
);
const MILD_SOAP: Text = t!(
    "Wash with mild, unscented soap and lukewarm water, not hot.",
    "Lávese con jabón suave sin perfume y agua tibia, no caliente."
);
const MOISTURISE: Text = t!(
    "Use a plain moisturiser every day.",
    "Use a diario una crema hidratante simple."
);
const HYDROCORTISONE: Text = t!(
    "Ask the pharmacist about 1% hydrocortisone cream for a small itchy patch.",
    "Pregunte en la farmacia por crema de hidrocortisona al 1% para una zona pequeña que pica."
);
const STAY_HOME: Text =
    t!("Stay away from school or work and from pregnant people until the doctor says it is safe.", "No vaya a la escuela ni al trabajo, y evite a las embarazadas, hasta que el médico diga que es seguro.");
const FEVER_COMFORT: Text = t!(
    "Give plenty to drink. Paracetamol can help with the temperature.",
    "Dé mucho líquido. El paracetamol puede ayudar a bajar la fiebre."
);
const NO_POP: Text = t!(
    "Do not pop the blisters. Keep them clean and dry.",
    "No reviente las ampollas. Manténgalas limpias y secas."
);
// First aid on the emergency screens (issue 13 point 9; Resuscitation
// Council UK anaphylaxis and first-aid advice, in our own words).
const ADRENALINE_PEN: Text = t!(
    "Adrenaline pen? Use it now if lips swell or breathing is hard.",
    "¿Lleva adrenalina? Úsela ya si se hinchan los labios o cuesta respirar."
);
const LIE_THEM: Text = t!(
    "Fitting or very sleepy: lay them on their side. Faint: flat, legs up.",
    "Si convulsiona o está muy dormido, póngalo de lado. Si se marea, tumbado con piernas en alto."
);
const STAY_COOL: Text = t!(
    "Stay with them. Keep them cool. No food or drink.",
    "Quédese a su lado. Manténgalo fresco. No le dé comida ni bebida."
);
// guidance.md "People at higher risk" (blood thinners) with the bleeding
// safety net of the NHS and BNF patient advice for anticoagulants, in our
// own words: on every outcome reachable after a blood thinner "Yes" or
// "Not sure" (a test checks it).
const BLEEDING_EMERGENCY: Text = t!(
    "On a blood thinner, call the emergency number if bleeding will not stop, there is blood in pee, poo or sick, or a bad headache or a knock to the head.",
    "Si toma anticoagulante, llame al número de emergencias si un sangrado no para, hay sangre en la orina, las heces o el vómito, o tiene un dolor de cabeza fuerte o un golpe en la cabeza."
);
const CHECK_AGAIN: Text = t!(
    "Do the glass test again if new spots come.",
    "Repita la prueba del vaso si salen manchas nuevas."
);

// ── When to get help ──────────────────────────────────────────────────
const HELP_EMERGENCY: Text = t!(
    "If they get worse while you wait, call again.",
    "Si la persona empeora mientras espera, vuelva a llamar."
);
// Said on every "see a doctor today" path, whatever the glass test showed:
// it speaks of new spots only, so it never contradicts "I can still see
// them" (NICE NG240: a non-blanching rash, or one spreading fast).
const HELP_URGENT: Text = t!("Call the emergency number if they get very sleepy, find it hard to breathe, or new spots come that do not fade under a glass.", "Llame al número de emergencias si la persona está muy adormilada, le cuesta respirar, o salen manchas nuevas que no desaparecen bajo el vaso.");
// For "see a doctor today" outcomes never reached after a temperature: spots
// that may stay under a glass, with a temperature, are an emergency (NICE
// NG240, NG51). A test keeps it off paths where a temperature was given.
const HELP_URGENT_NO_FEVER: Text = t!("Call the emergency number if they have or get a temperature, get very sleepy, find it hard to breathe, or the spots spread or grow.", "Llame al número de emergencias si la persona tiene o le sube la fiebre, está muy adormilada, le cuesta respirar, o las manchas se extienden o crecen.");
const HELP_DOCTOR: Text = t!("See a doctor sooner if the spots spread, hurt, bleed, or the person feels unwell or gets a temperature.", "Vea a un médico cuanto antes si las manchas se extienden, duelen o sangran, o si la persona se siente mal o tiene fiebre.");
const HELP_PHARMACIST: Text = t!("See a doctor if it is not better in a week, or if it spreads, blisters or gets a temperature.", "Vea a un médico si no mejora en una semana, o si se extiende, salen ampollas o aparece fiebre.");
const HELP_SELF_CARE: Text = t!("Come back or see a doctor if the spots spread, change, do not fade in 2 weeks, or the person feels unwell.", "Vuelva o vea a un médico si las manchas se extienden, cambian, no se van en 2 semanas, o la persona se siente mal.");

// Chickenpox can turn serious: blood in the blisters or bruise-like spots
// may mean bleeding or sepsis (NICE NG240, NG51), an emergency; red, hot
// skin round a blister may be a skin infection, for a doctor today.
const HELP_CHICKENPOX: Text = t!(
    "Call the emergency number if blisters fill with blood, bruise-like spots appear, or they get very sleepy. See a doctor today if skin round a blister gets red, hot or sore, or they will not drink.",
    "Llame al número de emergencias si las ampollas se llenan de sangre, salen manchas como moretones, o está muy adormilado. Vea a un médico hoy si la piel alrededor de una ampolla se pone roja, caliente o duele, o no quiere beber."
);

/// Every outcome.
pub static OUTCOMES: [Outcome; o::KEYS.len()] = [
    // ── Emergency ──────────────────────────────────────────────────────
    Outcome {
        key: "emergency_illness",
        disposition: D::Emergency,
        safeguarding: false,
        // Issue 13 point 9: a "Yes" on these screens does not say which line
        // applied. Most lines are meningitis or sepsis signs, but spots
        // spreading fast, being sick again and again or feeling very unwell
        // can also be a severe allergic reaction. So the first aid covers
        // both, most urgent first, with no extra tap before the number:
        // call; an adrenaline pen if the person carries one and has
        // swelling or breathing trouble (Resuscitation Council UK); how to
        // lie them (on their side if very sleepy or fitting, flat with legs
        // up if faint); stay. Causes rank the infections first (most of the
        // lines), then an allergic reaction.
        causes: &[C::Meningitis, C::Sepsis, C::Hives],
        headline: t!("This could be a serious infection such as meningitis or sepsis, or a severe allergic reaction. Get help now.", "Puede ser una infección grave, como meningitis o sepsis, o una reacción alérgica grave. Busque ayuda ya."),
        todo: &[CALL_NOW, ADRENALINE_PEN, LIE_THEM, STAY_COOL],
        get_help: HELP_EMERGENCY,
    },
    Outcome {
        key: "emergency_body",
        disposition: D::Emergency,
        safeguarding: false,
        // Issue 13 point 9: these lines mean a severe allergic reaction
        // (swelling, breathing, fainting), sepsis (mottled skin, racing
        // heart, no urine) or a severe reaction to a medicine (blisters,
        // sores). The same first aid as `emergency_illness`, with sitting
        // up for hard breathing; causes rank sepsis, then the reactions.
        causes: &[C::Sepsis, C::DrugReaction, C::Hives],
        headline: t!("These signs can mean a serious infection or a severe allergic reaction. Get help now.", "Estos signos pueden indicar una infección grave o una reacción alérgica grave. Busque ayuda ya."),
        todo: &[
            CALL_NOW,
            ADRENALINE_PEN,
            t!("Hard to breathe: help them sit up. Faint: lay them flat with legs up.", "Si le cuesta respirar, siéntela. Si se marea, acuéstela con las piernas en alto."),
            STAY,
        ],
        get_help: HELP_EMERGENCY,
    },
    Outcome {
        key: "emergency_nonblanching_fever",
        disposition: D::Emergency,
        safeguarding: false,
        causes: &[C::Meningitis, C::Sepsis, C::Vasculitis],
        headline: t!("Spots that stay under a glass, with a temperature or larger spots, can mean meningitis or sepsis. Get help now.", "Manchas que no desaparecen bajo el vaso, con fiebre o manchas más grandes, pueden ser meningitis o sepsis. Busque ayuda ya."),
        todo: &[CALL_NOW, NO_WAITING, STAY, SHOW_SUMMARY],
        get_help: HELP_EMERGENCY,
    },
    Outcome {
        key: "emergency_baby_fever",
        disposition: D::Emergency,
        safeguarding: false,
        causes: &[C::Meningitis, C::Sepsis],
        headline: t!("A baby under 1 with a temperature and a rash needs a doctor now.", "Un bebé de menos de 1 año con fiebre y sarpullido necesita un médico ya."),
        todo: &[
            t!("Call the emergency number now, or go to the emergency department. Tell the pharmacist.", "Llame ahora al número de emergencias o vaya a urgencias. Avise al farmacéutico."),
            t!("Take off extra layers. Do not wrap the baby up.", "Quítele la ropa de más. No abrigue al bebé."),
            t!("Keep feeding the baby if they will take it.", "Siga dándole de comer si el bebé quiere."),
            t!("Do the glass test again on the way.", "Repita la prueba del vaso por el camino."),
        ],
        get_help: HELP_EMERGENCY,
    },
    // NICE NG240 (an early rash may come before the fever), NG143 red
    // features: a new rash of spots that stay under a glass in a baby.
    Outcome {
        key: "emergency_baby_rash",
        disposition: D::Emergency,
        safeguarding: false,
        causes: &[C::Meningitis, C::Sepsis, C::BloodDisorder],
        headline: t!("A baby under 1 with new spots that stay under a glass needs a doctor now, even with no temperature.", "Un bebé de menos de 1 año con manchas nuevas que no se van bajo el vaso necesita un médico ya, aunque no tenga fiebre."),
        todo: &[
            t!("Call the emergency number now, or go to the emergency department. Tell the pharmacist.", "Llame ahora al número de emergencias o vaya a urgencias. Avise al farmacéutico."),
            NO_WAITING,
            t!("Keep feeding the baby if they will take it.", "Siga dándole de comer si el bebé quiere."),
            STAY,
        ],
        get_help: HELP_EMERGENCY,
    },
    // NICE CG151 (neutropenic sepsis), NG51.
    Outcome {
        key: "emergency_immune_fever",
        disposition: D::Emergency,
        safeguarding: false,
        causes: &[C::Sepsis, C::BloodDisorder, C::Meningitis],
        headline: t!("A temperature during cancer treatment or with a weak immune system can be a dangerous blood infection. Get help now.", "La fiebre durante un tratamiento de cáncer o con defensas bajas puede ser una infección grave de la sangre. Busque ayuda ya."),
        todo: &[
            CALL_NOW,
            t!("If they have a 24-hour cancer care phone number, call it too.", "Si tiene un teléfono de 24 horas de su equipo de cáncer, llame también."),
            t!("Take their treatment card and medicines with you.", "Lleve su tarjeta de tratamiento y sus medicamentos."),
            STAY,
        ],
        get_help: HELP_EMERGENCY,
    },
    // ── See a doctor today ─────────────────────────────────────────────
    Outcome {
        key: "urgent_blood",
        disposition: D::Urgent,
        safeguarding: false,
        causes: &[C::BloodDisorder, C::DrugReaction, C::Vasculitis],
        headline: t!("Spots with bleeding, bruising or tiredness need a blood test today.", "Manchas con sangrado, moretones o cansancio necesitan un análisis de sangre hoy."),
        todo: &[SEE_DOCTOR_TODAY, t!("Tell them about the spots, bruises or bleeding, and any medicines.", "Cuente al médico las manchas, moretones o sangrados, y qué medicamentos toma."), t!("Avoid knocks and contact sports until seen.", "Evite golpes y deportes de contacto hasta ir al médico.")],
        get_help: HELP_URGENT_NO_FEVER,
    },
    Outcome {
        key: "urgent_medicine_spots",
        disposition: D::Urgent,
        safeguarding: false,
        causes: &[C::DrugReaction, C::Vasculitis, C::BloodDisorder],
        headline: t!("Spots that stay under a glass after a new medicine or with a blood thinner need a doctor today.", "Manchas que no desaparecen bajo el vaso tras un medicamento nuevo o con un anticoagulante: vea a un médico hoy."),
        todo: &[SEE_DOCTOR_TODAY, t!("Keep taking the medicine until a doctor tells you otherwise, unless your throat or face swells.", "Siga tomando el medicamento hasta que un médico le diga otra cosa, salvo que se le hinche la garganta o la cara."), t!("Take the medicine box with you.", "Lleve la caja del medicamento."), BLEEDING_EMERGENCY],
        get_help: HELP_URGENT_NO_FEVER,
    },
    Outcome {
        key: "urgent_vasculitis",
        disposition: D::Urgent,
        safeguarding: false,
        causes: &[C::Vasculitis, C::BloodDisorder, C::DrugReaction],
        headline: t!("Spots that stay under a glass with sore joints or tummy pain need a doctor today.", "Manchas que no desaparecen bajo el vaso, con dolor articular o de barriga: vea a un médico hoy."),
        todo: &[SEE_DOCTOR_TODAY, t!("The doctor may check a urine sample: bring one if you can.", "El médico puede querer analizar la orina: lleve una muestra si puede."), t!("Rest with the legs raised.", "Descanse con las piernas arriba.")],
        get_help: HELP_URGENT_NO_FEVER,
    },
    Outcome {
        key: "urgent_covid_spots",
        disposition: D::Urgent,
        safeguarding: false,
        causes: &[C::Covid19, C::Vasculitis, C::BloodDisorder],
        headline: t!("Spots that stay under a glass need a doctor today, even with a cough or cold.", "Manchas que no desaparecen bajo el vaso: vea a un médico hoy, aunque haya tos o resfriado."),
        todo: &[SEE_DOCTOR_TODAY, t!("Tell the surgery about the cough or COVID test before you go in.", "Avise al centro de salud de la tos o de la prueba de COVID antes de entrar.")],
        get_help: HELP_URGENT_NO_FEVER,
    },
    Outcome {
        key: "urgent_unexplained_spots",
        disposition: D::Urgent,
        safeguarding: false,
        causes: &[C::BloodDisorder, C::Vasculitis, C::DrugReaction],
        headline: t!("Spots that stay under a glass with no clear cause need a doctor today.", "Manchas que no desaparecen bajo el vaso, sin causa clara: vea a un médico hoy."),
        todo: &[SEE_DOCTOR_TODAY, t!("The doctor will likely do a blood test.", "Seguramente el médico hará un análisis de sangre."), CHECK_AGAIN],
        get_help: HELP_URGENT_NO_FEVER,
    },
    Outcome {
        key: "urgent_scarlet_fever",
        disposition: D::Urgent,
        safeguarding: false,
        causes: &[C::ScarletFever, C::RheumaticFever, C::Rubella],
        headline: t!("A rough rash with a sore throat and a temperature may be scarlet fever. It needs a doctor today.", "Un sarpullido áspero (como lija) con dolor de garganta y fiebre puede ser escarlatina. Necesita atención médica hoy."),
        todo: &[SEE_DOCTOR_TODAY, FEVER_COMFORT, STAY_HOME],
        get_help: HELP_URGENT,
    },
    Outcome {
        key: "urgent_rheumatic_fever",
        disposition: D::Urgent,
        safeguarding: false,
        causes: &[C::RheumaticFever, C::ScarletFever, C::Vasculitis],
        headline: t!("A rash, a temperature and sore joints after a sore throat can affect the heart. See a doctor today.", "Sarpullido, fiebre y dolor articular después de un dolor de garganta pueden afectar al corazón. Vea a un médico hoy."),
        todo: &[SEE_DOCTOR_TODAY, t!("Tell them about the sore throat a few weeks ago.", "Cuente al médico el dolor de garganta de hace unas semanas."), t!("Rest until seen.", "Descanse hasta ir al médico.")],
        get_help: HELP_URGENT,
    },
    Outcome {
        key: "urgent_skin_infection",
        disposition: D::Urgent,
        safeguarding: false,
        causes: &[C::MrsaSkinInfection, C::InsectBites],
        headline: t!("A hot, swollen, painful area with a temperature may be a skin infection. See a doctor today.", "Una zona caliente, hinchada y dolorosa, con fiebre, puede ser una infección de la piel. Vea a un médico hoy."),
        todo: &[SEE_DOCTOR_TODAY, t!("Do not squeeze it. Cover it with a clean dressing.", "No la apriete. Cúbrala con una gasa limpia."), t!("Wash your hands after touching it. Do not share towels.", "Lávese las manos después de tocarla. No comparta toallas.")],
        get_help: HELP_URGENT,
    },
    Outcome {
        key: "urgent_rubella",
        disposition: D::Urgent,
        safeguarding: false,
        causes: &[C::Rubella, C::ScarletFever, C::Covid19],
        headline: t!("A rash with a temperature and swollen glands may be rubella or another infection that spreads. See a doctor today.", "Un sarpullido con fiebre y ganglios hinchados puede ser rubéola u otra infección contagiosa. Vea a un médico hoy."),
        todo: &[t!("Phone your doctor's surgery first: do not sit in the waiting room.", "Llame antes al centro de salud: no se quede en la sala de espera."), STAY_HOME, FEVER_COMFORT],
        get_help: HELP_URGENT,
    },
    Outcome {
        key: "urgent_covid_fever",
        disposition: D::Urgent,
        safeguarding: false,
        causes: &[C::Covid19, C::Rubella, C::ScarletFever],
        headline: t!("A rash with a temperature and a cough needs a doctor's check today.", "Un sarpullido con fiebre y tos necesita que lo vea un médico hoy."),
        todo: &[SEE_DOCTOR_TODAY, t!("Tell the surgery about the cough or COVID test before you go in.", "Avise al centro de salud de la tos o de la prueba de COVID antes de entrar."), FEVER_COMFORT],
        get_help: HELP_URGENT,
    },
    Outcome {
        key: "urgent_medicine_fever",
        disposition: D::Urgent,
        safeguarding: false,
        causes: &[C::DrugReaction, C::Hives, C::Covid19],
        headline: t!("A rash with a temperature after a new medicine needs a doctor today.", "Un sarpullido con fiebre tras un medicamento nuevo necesita atención médica hoy."),
        todo: &[SEE_DOCTOR_TODAY, t!("Take the medicine box with you.", "Lleve la caja del medicamento."), FEVER_COMFORT],
        get_help: HELP_URGENT,
    },
    Outcome {
        key: "urgent_fever_rash",
        disposition: D::Urgent,
        safeguarding: false,
        causes: &[C::Covid19, C::Rubella, C::Meningitis],
        headline: t!("A rash with a temperature needs a doctor's check today.", "Un sarpullido con fiebre necesita que lo vea un médico hoy."),
        todo: &[SEE_DOCTOR_TODAY, FEVER_COMFORT, t!("Early meningitis spots can still fade. Do the glass test again every few hours.", "Las primeras manchas de meningitis pueden desaparecer. Repita la prueba del vaso cada pocas horas.")],
        get_help: HELP_URGENT,
    },
    Outcome {
        key: "urgent_shingles",
        disposition: D::Urgent,
        safeguarding: false,
        causes: &[C::Shingles, C::Chickenpox, C::ContactDermatitis],
        headline: t!("A painful band of blisters on one side is likely shingles. Medicine works best if started within 3 days.", "Una franja dolorosa de ampollas en un lado suele ser culebrilla (herpes zóster). Tratarla en los 3 primeros días funciona mejor."),
        todo: &[
            t!("See a doctor or pharmacist today. If it is near an eye, go to urgent care today.", "Vea hoy a un médico o farmacéutico. Si está cerca de un ojo, vaya hoy a urgencias."),
            t!("Keep the blisters covered and dry.", "Mantenga las ampollas tapadas y secas."),
            t!("Keep away from babies, pregnant people and anyone who has not had chickenpox.", "Evite el contacto con bebés, embarazadas y quien no haya pasado la varicela."),
        ],
        get_help: t!("Get help at once if the eye is red or sore, or the person feels very unwell.", "Busque ayuda enseguida si el ojo está rojo o duele, o la persona se siente muy mal."),
    },
    Outcome {
        key: "urgent_chickenpox",
        disposition: D::Urgent,
        safeguarding: false,
        causes: &[C::Chickenpox, C::Shingles],
        headline: t!("This may be chickenpox. Babies, adults, pregnant people and people with a weak immune system should see a doctor today.", "Puede ser varicela. Bebés, adultos, embarazadas y personas con defensas bajas deben ver a un médico hoy."),
        todo: &[SEE_DOCTOR_TODAY, t!("Phone first: chickenpox spreads easily.", "Llame antes: la varicela se contagia mucho."), STAY_HOME],
        get_help: HELP_CHICKENPOX,
    },
    Outcome {
        key: "urgent_blisters_fever",
        disposition: D::Urgent,
        safeguarding: false,
        causes: &[C::Chickenpox, C::MrsaSkinInfection, C::ContactDermatitis],
        headline: t!("Blisters with a temperature need a doctor's check today.", "Ampollas con fiebre: necesita que lo vea un médico hoy."),
        todo: &[SEE_DOCTOR_TODAY, NO_POP, FEVER_COMFORT],
        get_help: HELP_URGENT,
    },
    // NICE NG12 and CG89: spots or bruises that stay under a glass in a
    // baby, whatever the cause given. The note tells the pharmacist.
    Outcome {
        key: "urgent_baby_marks",
        disposition: D::Urgent,
        safeguarding: true,
        causes: &[C::BloodDisorder, C::Extravasation, C::Vasculitis],
        headline: t!("Spots or bruises that stay under a glass in a baby need a doctor today, even if you know how they happened.", "Las manchas o moretones que no desaparecen bajo el vaso en un bebé necesitan un médico hoy, aunque sepa cómo pasó."),
        todo: &[SEE_DOCTOR_TODAY, t!("The doctor will look at the baby's skin all over and may do a blood test.", "El médico mirará toda la piel del bebé y puede hacer un análisis de sangre."), CHECK_AGAIN],
        get_help: HELP_URGENT_NO_FEVER,
    },
    // NICE CG89 (petechiae or grip marks in a young child, especially on
    // the face, neck or ears) and NG12 (petechiae in a child): under 5,
    // spots that stay where the skin was squeezed or held tightly are a
    // doctor today, with the safeguarding note (audit A42). A baby with
    // squeeze marks that fade comes here too. The words say neither that
    // the marks fade nor that they stay: both paths reach it.
    Outcome {
        key: "urgent_child_marks",
        disposition: D::Urgent,
        safeguarding: true,
        causes: &[C::Extravasation, C::BloodDisorder],
        headline: t!("Marks where a young child's skin was squeezed, gripped or hit need a doctor today, even if you know how they happened.", "Las marcas donde a un niño pequeño le apretaron, sujetaron o golpearon la piel necesitan un médico hoy, aunque sepa cómo pasó."),
        todo: &[
            SEE_DOCTOR_TODAY,
            t!("The doctor will look at the child's skin all over and may do a blood test.", "El médico mirará toda la piel del niño y puede hacer un análisis de sangre."),
            CHECK_AGAIN,
        ],
        get_help: HELP_URGENT_NO_FEVER,
    },
    // UKHSA viral rash in pregnancy: same-day assessment; petechiae in
    // pregnancy may be low platelets.
    Outcome {
        key: "urgent_pregnant_rash",
        disposition: D::Urgent,
        safeguarding: false,
        causes: &[C::Rubella, C::Chickenpox, C::BloodDisorder],
        headline: t!("New spots or a rash in pregnancy should be checked by a doctor or midwife today.", "Las manchas o el sarpullido nuevos en el embarazo debe verlos hoy un médico o una matrona."),
        todo: &[
            t!("Phone your doctor or midwife today. Say you are pregnant and have a new rash.", "Llame hoy a su médico o matrona. Diga que está embarazada y tiene un sarpullido nuevo."),
            t!("Wait to be called: do not sit in a waiting room near other pregnant people.", "Espere a que le llamen: no se siente en una sala de espera cerca de otras embarazadas."),
            t!("Tell them if you have been near anyone with a rash, chickenpox or measles.", "Diga si ha estado cerca de alguien con sarpullido, varicela o sarampión."),
        ],
        get_help: HELP_URGENT,
    },
    // NICE CG57: possible eczema herpeticum. No steroid cream on it.
    Outcome {
        key: "urgent_eczema_herpeticum",
        disposition: D::Urgent,
        safeguarding: false,
        causes: &[C::AtopicDermatitis, C::Chickenpox, C::MrsaSkinInfection],
        headline: t!("Eczema with new painful blisters or open sores can be a virus infection of the skin (eczema herpeticum). See a doctor today.", "El eccema con ampollas o llagas nuevas que duelen puede ser una infección por virus en la piel (eccema herpético). Vea a un médico hoy."),
        todo: &[
            SEE_DOCTOR_TODAY,
            t!("Do not put steroid cream on these areas until a doctor has seen them.", "No ponga crema con corticoides en estas zonas hasta que las vea un médico."),
            NO_POP,
            t!("Wash your hands after touching them. Do not share towels.", "Lávese las manos después de tocarlas. No comparta toallas."),
        ],
        get_help: t!("Go to urgent care at once if it spreads fast, is near an eye, or the person is very unwell.", "Vaya enseguida a urgencias si se extiende rápido, está cerca de un ojo o la persona está muy mal."),
    },
    // ── Book a doctor ──────────────────────────────────────────────────
    Outcome {
        key: "doctor_changing_spot",
        disposition: D::Doctor,
        safeguarding: false,
        // Not a cherry angioma here: children reach this outcome too.
        causes: &[C::Melanoma],
        headline: t!("A spot that is growing, changing or bleeding should be checked by a doctor. Most are harmless, but some skin cancers start as a red spot.", "Una mancha que crece, cambia o sangra debe verla un médico. La mayoría no son peligrosas, pero algunos cánceres de piel empiezan como una mancha roja."),
        todo: &[BOOK_DOCTOR, t!("Take a photo now so you can see if it changes.", "Saque una foto ahora para ver si cambia."), t!("Protect your skin from the sun.", "Proteja su piel del sol.")],
        get_help: t!("Go sooner if it grows fast, bleeds a lot or becomes sore.", "Vaya cuanto antes si crece rápido, sangra mucho o empieza a doler."),
    },
    Outcome {
        key: "doctor_rosacea",
        disposition: D::Doctor,
        safeguarding: false,
        causes: &[C::Rosacea, C::AtopicDermatitis, C::ContactDermatitis],
        headline: t!("Red bumps with a flushing face may be rosacea. A doctor can treat it.", "Granitos rojos con la cara enrojecida pueden ser rosácea. Un médico puede tratarla."),
        todo: &[BOOK_DOCTOR, t!("Use sun cream every day (SPF 30 or more).", "Use protector solar cada día (SPF 30 o más)."), t!("Avoid hot drinks, spicy food and alcohol if they make it worse.", "Evite bebidas calientes, comida picante y alcohol si lo empeoran."), MILD_SOAP],
        get_help: t!("See a doctor soon if your eyes become sore or your sight is blurred.", "Vea pronto a un médico si le duelen los ojos o ve borroso."),
    },
    Outcome {
        key: "doctor_psoriasis",
        disposition: D::Doctor,
        safeguarding: false,
        causes: &[C::Psoriasis, C::AtopicDermatitis],
        headline: t!("Scaly patches that last may be psoriasis. A doctor can help.", "Zonas con escamas que duran pueden ser psoriasis. Un médico puede ayudar."),
        todo: &[BOOK_DOCTOR, MOISTURISE, t!("The pharmacist can suggest creams to soften the scale.", "El farmacéutico puede sugerir cremas para ablandar las escamas.")],
        get_help: HELP_DOCTOR,
    },
    Outcome {
        key: "doctor_schamberg",
        disposition: D::Doctor,
        safeguarding: false,
        causes: &[C::Schamberg, C::Vasculitis],
        headline: t!("Rusty dots on the lower legs are often harmless, but a doctor should check them once.", "Los puntos color óxido bajo las rodillas no suelen ser graves, pero un médico debe verlos una vez."),
        todo: &[BOOK_DOCTOR, t!("Raise your legs when sitting, and keep moving.", "Suba las piernas al sentarse y muévase a menudo."), MOISTURISE],
        get_help: HELP_DOCTOR,
    },
    Outcome {
        key: "doctor_lasting",
        disposition: D::Doctor,
        safeguarding: false,
        // Children reach this outcome: no cherry angioma (issue 13).
        causes: &[C::AtopicDermatitis, C::Vasculitis],
        headline: t!("Spots that have not gone away after a few weeks should be checked by a doctor.", "Las manchas que no se han ido tras unas semanas debe verlas un médico."),
        todo: &[BOOK_DOCTOR, t!("Take a photo now so the doctor can see any change.", "Saque una foto ahora para que el médico vea si cambian."), MOISTURISE],
        get_help: HELP_DOCTOR,
    },
    Outcome {
        key: "doctor_medicine_rash",
        disposition: D::Doctor,
        safeguarding: false,
        causes: &[C::DrugReaction, C::Hives],
        headline: t!("A rash after a new medicine can be a reaction to it. Talk to a doctor soon.", "Un sarpullido tras un medicamento nuevo puede ser una reacción. Hable pronto con un médico."),
        todo: &[
            t!("Call the doctor who gave the medicine in the next day or two.", "Llame mañana o pasado mañana al médico que le recetó el medicamento."),
            t!("Do not stop a medicine by yourself unless your face or throat swells.", "No deje un medicamento por su cuenta, salvo que se le hinche la cara o la garganta."),
            t!("The pharmacist can suggest something for the itch.", "El farmacéutico puede recomendarle algo para la picazón."),
        ],
        get_help: t!("Call the emergency number at once if the face, lips or tongue swell or breathing gets hard.", "Llame enseguida al número de emergencias si se hinchan la cara, los labios o la lengua, o cuesta respirar."),
    },
    Outcome {
        key: "doctor_covid_rash",
        disposition: D::Doctor,
        safeguarding: false,
        causes: &[C::Covid19, C::Hives, C::AtopicDermatitis],
        headline: t!("A rash with a cough or COVID is usually mild, but a doctor should hear about it.", "Un sarpullido con tos o COVID suele ser leve, pero su médico debe saberlo."),
        todo: &[t!("Phone your doctor's surgery in the next few days. Say you have COVID symptoms.", "Llame a su centro de salud en los próximos días. Diga que tiene síntomas de COVID."), t!("Rest and drink plenty.", "Descanse y beba mucho líquido."), CHECK_AGAIN],
        get_help: HELP_URGENT,
    },
    Outcome {
        key: "doctor_blisters",
        disposition: D::Doctor,
        safeguarding: false,
        causes: &[C::Chickenpox, C::ContactDermatitis, C::AtopicDermatitis],
        headline: t!("Blisters with no clear cause should be checked by a doctor.", "Las ampollas sin causa clara debe verlas un médico."),
        todo: &[BOOK_DOCTOR, NO_POP, LOOSE_CLOTHES],
        get_help: HELP_DOCTOR,
    },
    // NICE CG89: marks where a child's skin was squeezed, gripped or hit.
    Outcome {
        key: "doctor_child_marks",
        disposition: D::Doctor,
        safeguarding: true,
        causes: &[C::Extravasation, C::BloodDisorder],
        headline: t!("Spots that stay under a glass where a child's skin was squeezed, gripped or hit should be checked by a doctor.", "Las manchas que no desaparecen bajo el vaso donde a un niño le apretaron, sujetaron o golpearon la piel debe verlas un médico."),
        todo: &[
            t!("Call your doctor's surgery today or tomorrow.", "Llame a su centro de salud hoy o mañana."),
            t!("They may turn orange or brown as they fade. That is normal.", "Al irse, pueden ponerse naranjas o marrones. Es normal."),
        ],
        get_help: t!("See a doctor today if new spots come without a cause, or the child gets a temperature, bruises or bleeding.", "Vea a un médico hoy si salen manchas nuevas sin motivo, o el niño tiene fiebre, moretones o sangrados."),
    },
    // guidance.md "People at higher risk": a bleeding check, not self-care.
    Outcome {
        key: "doctor_blood_thinner",
        disposition: D::Doctor,
        safeguarding: false,
        causes: &[C::Extravasation, C::DrugReaction, C::BloodDisorder],
        headline: t!("Spots like these in someone on a blood thinner need a doctor to check the blood, even after a knock or straining.", "Estas manchas en alguien que toma un anticoagulante necesitan que un médico revise la sangre, aunque haya habido un golpe o un esfuerzo."),
        todo: &[
            t!("Call your doctor or blood-thinner clinic in the next day or two.", "Llame a su médico o a su clínica del anticoagulante en uno o dos días."),
            t!("Keep taking the blood thinner unless a doctor tells you to stop.", "Siga tomando el anticoagulante salvo que un médico le diga que pare."),
            BLEEDING_EMERGENCY,
        ],
        get_help: t!("See a doctor today if more spots come, or you get new bruises, nosebleeds or a temperature.", "Vea a un médico hoy si salen más manchas, o tiene moretones nuevos, sangrado de nariz o fiebre."),
    },
    // Cherry angiomas often do not fade fully under a glass; in an adult
    // they are the likely cause, but a doctor should look once.
    Outcome {
        key: "doctor_red_bumps",
        disposition: D::Doctor,
        safeguarding: false,
        causes: &[C::CherryAngioma, C::Vasculitis, C::Melanoma],
        headline: t!("Bright red bumps that have lasted and do not fade under a glass are often cherry spots, but a doctor should check them.", "Los bultitos rojos que duran y no desaparecen bajo el vaso suelen ser puntos rubí, pero debe verlos un médico."),
        todo: &[BOOK_DOCTOR, t!("Take a photo now so the doctor can see any change.", "Saque una foto ahora para que el médico vea si cambian.")],
        get_help: HELP_DOCTOR,
    },
    // A raised red mark in a baby is most often a strawberry mark (infantile
    // haemangioma). It has no condition id in conditions.toml, so no cause
    // is listed and the headline names it. A doctor reviews it: some need
    // early treatment (near the eye, nose, lips or nappy area, or growing
    // fast).
    Outcome {
        key: "doctor_baby_red_mark",
        disposition: D::Doctor,
        safeguarding: false,
        causes: &[],
        headline: t!("A raised red mark in a baby is most often a strawberry mark (infantile haemangioma). A doctor should check it.", "Una mancha roja con relieve en un bebé suele ser un hemangioma (mancha de fresa). Debe verla un médico."),
        todo: &[BOOK_DOCTOR, t!("Take a photo now so the doctor can see if it grows.", "Saque una foto ahora para que el médico vea si crece.")],
        get_help: t!("See a doctor soon if it grows fast, is near the eye, nose, lips or nappy area, or breaks open and bleeds.", "Vea pronto a un médico si crece rápido, está cerca del ojo, la nariz, los labios o la zona del pañal, o se abre y sangra."),
    },
    // Pharmacy First treats impetigo and infected bites from age 1.
    Outcome {
        key: "doctor_baby_skin_infection",
        disposition: D::Doctor,
        safeguarding: false,
        causes: &[C::MrsaSkinInfection, C::InsectBites],
        headline: t!("An infected spot or boil in a baby under 1 needs a doctor: the pharmacist cannot treat babies this young.", "Un grano o zona infectada en un bebé de menos de 1 año necesita un médico: en la farmacia no pueden tratar a bebés tan pequeños."),
        todo: &[t!("Call your doctor's surgery today or tomorrow.", "Llame a su centro de salud hoy o mañana."), t!("Do not squeeze it. Cover it with a clean dressing.", "No la apriete. Cúbrala con una gasa limpia.")],
        get_help: t!("See a doctor today if it spreads, the skin gets red and hot, or the baby gets a temperature or feeds less.", "Vea a un médico hoy si se extiende, la piel se pone roja y caliente, o el bebé tiene fiebre o come menos."),
    },
    // ── Ask the pharmacist ─────────────────────────────────────────────
    Outcome {
        key: "pharmacist_scabies",
        disposition: D::Pharmacist,
        safeguarding: false,
        causes: &[C::Scabies, C::InsectBites, C::AtopicDermatitis],
        headline: t!("Itchy spots that are worse at night, with others itchy too, may be scabies. The pharmacist has treatment.", "Granitos que pican más de noche, cuando a otros también les pica, pueden ser sarna. En la farmacia hay tratamiento."),
        todo: &[ASK_PHARMACIST, t!("Everyone at home needs treating on the same day, even without itch.", "Todos en casa deben tratarse el mismo día, aunque no tengan picazón."), t!("Wash bedding, towels and clothes on a hot wash.", "Lave la ropa de cama, toallas y ropa con agua caliente.")],
        get_help: HELP_PHARMACIST,
    },
    Outcome {
        key: "pharmacist_contact",
        disposition: D::Pharmacist,
        safeguarding: false,
        causes: &[C::ContactDermatitis, C::AtopicDermatitis],
        headline: t!("This looks like skin reacting to something it touched.", "Parece una reacción de la piel a algo que la tocó."),
        todo: &[t!("Stop using the new product, or take off the jewellery.", "Deje de usar el producto nuevo, o quítese la joya."), HYDROCORTISONE, COOL_COMPRESS, MILD_SOAP],
        get_help: HELP_PHARMACIST,
    },
    Outcome {
        key: "pharmacist_eczema",
        disposition: D::Pharmacist,
        safeguarding: false,
        causes: &[C::AtopicDermatitis, C::ContactDermatitis],
        headline: t!("This may be eczema. The pharmacist can help with creams.", "Puede ser eccema. El farmacéutico puede ayudarle con cremas."),
        todo: &[MOISTURISE, HYDROCORTISONE, MILD_SOAP, NO_SCRATCH],
        get_help: HELP_PHARMACIST,
    },
    Outcome {
        key: "pharmacist_hives",
        disposition: D::Pharmacist,
        safeguarding: false,
        causes: &[C::Hives, C::InsectBites, C::ContactDermatitis],
        headline: t!("Itchy welts that come and go are often hives. An allergy tablet can help.", "Las ronchas que pican y van y vienen suelen ser urticaria. Un antialérgico puede ayudar."),
        todo: &[ASK_PHARMACIST, COOL_COMPRESS, LOOSE_CLOTHES],
        get_help: t!("Call the emergency number at once if the face, lips or tongue swell or breathing gets hard.", "Llame enseguida al número de emergencias si se hinchan la cara, los labios o la lengua, o cuesta respirar."),
    },
    Outcome {
        key: "pharmacist_chickenpox",
        disposition: D::Pharmacist,
        safeguarding: false,
        causes: &[C::Chickenpox, C::InsectBites],
        headline: t!("This looks like chickenpox. It is usually mild in children.", "Parece varicela. En los niños suele ser leve."),
        todo: &[
            ASK_PHARMACIST,
            t!("Give paracetamol for a temperature. Do not give ibuprofen.", "Dé paracetamol para la fiebre. No dé ibuprofeno."),
            t!("Keep them off nursery or school until every blister has crusted over.", "Que no vaya a la guardería ni a la escuela hasta que todas las ampollas tengan costra."),
            NO_SCRATCH,
        ],
        get_help: HELP_CHICKENPOX,
    },
    Outcome {
        key: "pharmacist_unclear",
        disposition: D::Pharmacist,
        safeguarding: false,
        causes: &[C::AtopicDermatitis, C::ContactDermatitis, C::InsectBites],
        headline: t!("Spots that fade under a glass, in someone who feels well, are often harmless. The pharmacist can take a look.", "Las manchas que desaparecen bajo el vaso, en alguien que se siente bien, no suelen ser graves. El farmacéutico puede mirarlas."),
        todo: &[ASK_PHARMACIST, COOL_COMPRESS, LOOSE_CLOTHES],
        get_help: HELP_PHARMACIST,
    },
    Outcome {
        key: "pharmacist_skin_infection",
        disposition: D::Pharmacist,
        safeguarding: false,
        causes: &[C::MrsaSkinInfection, C::InsectBites],
        headline: t!("A boil or an infected spot: the pharmacist can check it, and may treat it or send you to a doctor.", "Un grano o una zona infectada: el farmacéutico puede mirarlo, tratarlo o enviarle al médico."),
        todo: &[ASK_PHARMACIST, t!("Do not squeeze it. Cover it with a clean dressing.", "No la apriete. Cúbrala con una gasa limpia."), t!("Wash your hands after touching it. Do not share towels.", "Lávese las manos después de tocarla. No comparta toallas.")],
        get_help: t!("See a doctor today if it spreads fast, gets very red or hot, or you get a temperature.", "Vea a un médico hoy si se extiende rápido, se pone muy roja o caliente, o le da fiebre."),
    },
    // NICE CG89: squeeze, grip or slap marks in a child raise suspicion of
    // maltreatment even when they fade under a glass: never self-care, and
    // the pharmacist sees the child with the safeguarding note (audit A45).
    // Reached only after the marks faded, so the words say so.
    Outcome {
        key: "pharmacist_child_marks",
        disposition: D::Pharmacist,
        safeguarding: true,
        causes: &[C::Extravasation],
        headline: t!("Red marks that fade under a glass after a child was squeezed, gripped or knocked are often pressure marks. The pharmacist should see them.", "Las marcas rojas que desaparecen bajo el vaso después de un apretón, un agarrón o un golpe suelen ser marcas de presión. El farmacéutico debe verlas."),
        todo: &[
            ASK_PHARMACIST,
            t!("A cold pack wrapped in a cloth can help. Never put ice straight on the skin.", "Una bolsa de frío envuelta en un paño puede ayudar. No ponga nunca hielo directo sobre la piel."),
        ],
        get_help: t!("See a doctor today if marks come that do not fade under a glass, or bruises come without a knock, or the child gets a temperature.", "Vea a un médico hoy si salen marcas que no desaparecen bajo el vaso, o moretones sin golpe, o el niño tiene fiebre."),
    },
    // ── Self-care ──────────────────────────────────────────────────────
    Outcome {
        key: "self_care_pressure",
        disposition: D::SelfCare,
        safeguarding: false,
        causes: &[C::Extravasation],
        headline: t!("Tiny spots after pressure, a knock or straining are small burst blood vessels. They fade by themselves in a few days.", "Los puntitos tras una presión, un golpe o un esfuerzo son pequeños vasos de sangre rotos. Se van solos en unos días."),
        todo: &[
            t!("A cold pack wrapped in a cloth can help. Never put ice straight on the skin.", "Una bolsa de frío envuelta en un paño puede ayudar. No ponga nunca hielo directo sobre la piel."),
            t!("They may turn orange or brown as they fade. That is normal.", "Al irse, pueden ponerse naranjas o marrones. Es normal."),
        ],
        get_help: t!("See a doctor today if new spots come without a cause, or you get a temperature, bruises or bleeding.", "Vea a un médico hoy si salen manchas nuevas sin motivo, o tiene fiebre, moretones o sangrados."),
    },
    Outcome {
        key: "self_care_cherry_angioma",
        disposition: D::SelfCare,
        safeguarding: false,
        causes: &[C::CherryAngioma],
        headline: t!("Smooth bright red bumps that have been there a long time are usually cherry spots. They are harmless.", "Bultitos lisos de color rojo vivo que están desde hace tiempo suelen ser puntos rubí. No son peligrosos."),
        todo: &[t!("No treatment is needed.", "No necesitan tratamiento."), t!("If one bleeds after a knock, press on it with a clean cloth for 10 minutes.", "Si uno sangra tras un golpe, apriete con un paño limpio durante 10 minutos.")],
        get_help: t!("See a doctor if a spot changes size, shape or colour, or bleeds often.", "Vea a un médico si alguno cambia de tamaño, forma o color, o sangra a menudo."),
    },
    Outcome {
        key: "self_care_keratosis_pilaris",
        disposition: D::SelfCare,
        safeguarding: false,
        causes: &[C::KeratosisPilaris, C::AtopicDermatitis],
        headline: t!("Rough goose-bump skin is common and harmless. It often gets better in summer.", "La piel áspera, como de gallina, es frecuente y no es peligrosa. Suele mejorar en verano."),
        todo: &[
            t!("Use a moisturiser with urea or lactic acid every day.", "Use cada día una crema hidratante con urea o ácido láctico."),
            t!("Use lukewarm water and pat the skin dry.", "Use agua tibia y seque la piel con toques suaves."),
            t!("Do not scrub or pick the bumps.", "No frote ni apriete los granos."),
        ],
        get_help: HELP_SELF_CARE,
    },
    Outcome {
        key: "self_care_heat_rash",
        disposition: D::SelfCare,
        safeguarding: false,
        causes: &[C::HeatRash, C::ContactDermatitis],
        headline: t!("This looks like heat rash. It usually goes within a day or two once the skin is cool.", "Parece sarpullido por calor. Suele irse en uno o dos días cuando la piel se enfría."),
        todo: &[t!("Keep the skin cool: a cool shower or a fan.", "Mantenga la piel fresca: ducha fresca o ventilador."), LOOSE_CLOTHES, t!("Do not put on thick creams.", "No ponga cremas espesas.")],
        get_help: HELP_SELF_CARE,
    },
    Outcome {
        key: "self_care_bites",
        disposition: D::SelfCare,
        safeguarding: false,
        causes: &[C::InsectBites, C::Scabies],
        headline: t!("These look like insect bites. They usually settle in a few days.", "Parecen picaduras de insectos. Suelen calmarse en unos días."),
        todo: &[COOL_COMPRESS, NO_SCRATCH, t!("The pharmacist can suggest a cream or allergy tablet for the itch.", "El farmacéutico puede darle una crema o pastilla antialérgica para la picazón.")],
        get_help: t!("See the pharmacist or a doctor if a bite gets hot, swollen and painful, or you feel unwell.", "Vaya a la farmacia o al médico si una picadura se pone caliente, hinchada y duele, o se siente mal."),
    },
];
