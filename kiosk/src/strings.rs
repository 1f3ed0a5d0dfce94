//! The kiosk's own words (the clinical text lives in spotcheck-core), in
//! every language the kiosk may be switched to.

use spotcheck_core::{t, Disposition, Text};

pub(crate) const APP_TITLE: Text = t!("Tiny red spots on the skin?", "¿Puntitos rojos en la piel?");
pub(crate) const WELCOME_LINE: Text = t!(
    "Answer a few questions. We will tell you how urgent it is and what to do.",
    "Responda unas preguntas. Le diremos qué tan urgente es y qué hacer."
);
pub(crate) const WELCOME_PRIVACY: Text = t!(
    "Nothing about you is stored.",
    "No se guarda nada sobre usted."
);
pub(crate) const START: Text = t!("Start", "Empezar");
pub(crate) const BACK: Text = t!("Back", "Atrás");
pub(crate) const START_OVER: Text = t!("Start over", "Empezar de nuevo");
pub(crate) const START_OVER_SHORT: Text = t!("Restart", "Reiniciar");
pub(crate) const STEP: Text = t!("Step", "Paso");
pub(crate) const PAGE: Text = t!("Page", "Página");
pub(crate) const OF: Text = t!("of", "de");
pub(crate) const NEXT: Text = t!("Next", "Siguiente");
pub(crate) const FINISH: Text = t!("Finish", "Terminar");
pub(crate) const CONTINUE: Text = t!("Continue", "Continuar");
pub(crate) const STILL_THERE: Text = t!("Still there?", "¿Sigue ahí?");
pub(crate) const CLEARS_IN: Text = t!(
    "For your privacy, your answers will be cleared in",
    "Por su privacidad, sus respuestas se borrarán en"
);
pub(crate) const SECONDS: Text = t!("seconds", "segundos");
pub(crate) const CALL_NOW: Text = t!("Call now:", "Llame ya:");
pub(crate) const MAYBE: Text = t!("It could be", "Podría ser");
pub(crate) const WHAT_TO_DO: Text = t!("What to do now", "Qué hacer ahora");
pub(crate) const GET_HELP: Text = t!("When to get help", "Cuándo pedir ayuda");
pub(crate) const SHOW_PHARMACIST: Text = t!("Show the pharmacist", "Muéstrelo al farmacéutico");
pub(crate) const SCAN_HINT: Text = t!(
    "The pharmacist can scan this code with a phone camera to read your answers.",
    "El farmacéutico puede escanear este código con la cámara de un teléfono para leer sus respuestas."
);
pub(crate) const OUT_OF_ORDER: Text = t!("Out of order", "Fuera de servicio");
pub(crate) const OUT_OF_ORDER_LINE: Text = t!(
    "Sorry, this kiosk cannot be used right now. Please tell the pharmacist.",
    "Lo sentimos, este quiosco no funciona ahora. Avise al farmacéutico."
);
pub(crate) const NO_RED_FLAGS: Text = t!("No emergency signs", "Sin signos de emergencia");
pub(crate) const HOW_LONG: Text = t!("How long", "Desde cuándo");
pub(crate) const AGE: Text = t!("Age", "Edad");
/// Shown on a result that carries a safeguarding note (NICE CG89). Calm
/// words for the customer; the QR line below is for the pharmacist.
pub(crate) const SAFEGUARDING_NOTE: Text = t!(
    "Please show this to the pharmacist. Marks like these on a child are always checked.",
    "Enseñe esto al farmacéutico. Las marcas así en un niño siempre se revisan."
);
/// The line the pharmacist reads in the QR summary.
pub(crate) const SAFEGUARDING_QR: Text = t!(
    "Safeguarding: consider child protection (NICE CG89).",
    "Protección infantil: valore riesgo de maltrato (NICE CG89)."
);
pub(crate) const NOT_A_DIAGNOSIS: Text =
    t!("This is not a diagnosis.", "Esto no es un diagnóstico.");

/// What a disposition means, as a banner title.
pub(crate) const fn disposition(d: Disposition) -> Text {
    match d {
        Disposition::Emergency => t!("Emergency: call for help now", "Emergencia: pida ayuda ya"),
        Disposition::Urgent => t!("See a doctor today", "Vea a un médico hoy"),
        Disposition::Doctor => t!("Book a doctor", "Pida cita con un médico"),
        Disposition::Pharmacist => t!("Ask the pharmacist", "Pregunte al farmacéutico"),
        Disposition::SelfCare => t!("Self-care at home", "Cuidados en casa"),
    }
}
