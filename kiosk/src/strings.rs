//! The kiosk's own words (the clinical text lives in spotcheck-core), in
//! every language the kiosk may be switched to.

use spotcheck_core::{t, Disposition, Text};

pub(crate) const APP_TITLE: Text = t!(
    "Tiny red spots on the skin?",
    "¿Puntitos rojos en la piel?",
    "Małe czerwone plamki na skórze?",
    "Puncte mici și roșii pe piele?"
);
pub(crate) const WELCOME_LINE: Text = t!(
    "Answer a few questions. We will tell you how urgent it is and what to do.",
    "Responda unas preguntas. Le diremos qué tan urgente es y qué hacer.",
    "Odpowiedz na kilka pytań. Powiemy ci, jak pilna jest sprawa i co zrobić.",
    "Răspundeți la câteva întrebări. Vă spunem cât de urgent este și ce să faceți."
);
pub(crate) const WELCOME_PRIVACY: Text = t!(
    "Nothing about you is stored.",
    "No se guarda nada sobre usted.",
    "Nic o tobie nie jest zapisywane.",
    "Nu se păstrează nimic despre dumneavoastră."
);
pub(crate) const START: Text = t!("Start", "Empezar", "Start", "Începeți");
pub(crate) const BACK: Text = t!("Back", "Atrás", "Wstecz", "Înapoi");
pub(crate) const START_OVER: Text =
    t!("Start over", "Empezar de nuevo", "Od nowa", "De la început");
pub(crate) const START_OVER_SHORT: Text = t!("Restart", "Reiniciar", "Od nowa", "Reîncepeți");
pub(crate) const STEP: Text = t!("Step", "Paso", "Krok", "Pasul");
pub(crate) const PAGE: Text = t!("Page", "Página", "Strona", "Pagina");
pub(crate) const OF: Text = t!("of", "de", "z", "din");
pub(crate) const NEXT: Text = t!("Next", "Siguiente", "Dalej", "Înainte");
pub(crate) const FINISH: Text = t!("Finish", "Terminar", "Koniec", "Gata");
pub(crate) const CONTINUE: Text = t!("Continue", "Continuar", "Dalej", "Continuați");
pub(crate) const STILL_THERE: Text = t!(
    "Still there?",
    "¿Sigue ahí?",
    "Jesteś tam?",
    "Mai sunteți aici?"
);
pub(crate) const CLEARS_IN: Text = t!(
    "For your privacy, your answers will be cleared in",
    "Por su privacidad, sus respuestas se borrarán en",
    "Dla twojej prywatności odpowiedzi zostaną usunięte za",
    "Pentru intimitatea dumneavoastră, răspunsurile se șterg în"
);
pub(crate) const SECONDS: Text = t!("seconds", "segundos", "sekund", "secunde");
pub(crate) const CALL_NOW: Text = t!("Call now:", "Llame ya:", "Dzwoń teraz:", "Sunați acum:");
pub(crate) const MAYBE: Text = t!("It could be", "Podría ser", "To może być", "Ar putea fi");
pub(crate) const WHAT_TO_DO: Text = t!(
    "What to do now",
    "Qué hacer ahora",
    "Co zrobić teraz",
    "Ce să faceți acum"
);
pub(crate) const GET_HELP: Text = t!(
    "When to get help",
    "Cuándo pedir ayuda",
    "Kiedy szukać pomocy",
    "Când să cereți ajutor"
);
pub(crate) const SHOW_PHARMACIST: Text = t!(
    "Show the pharmacist",
    "Muéstrelo al farmacéutico",
    "Pokaż farmaceucie",
    "Arătați farmacistului"
);
pub(crate) const SCAN_HINT: Text = t!("The pharmacist can scan this code with a phone camera to read your answers.", "El farmacéutico puede escanear este código con la cámara de un teléfono para leer sus respuestas.", "Farmaceuta może zeskanować ten kod aparatem telefonu, aby przeczytać twoje odpowiedzi.", "Farmacistul poate scana acest cod cu camera telefonului ca să vă citească răspunsurile.");
pub(crate) const OUT_OF_ORDER: Text = t!(
    "Out of order",
    "Fuera de servicio",
    "Nie działa",
    "Nu funcționează"
);
pub(crate) const OUT_OF_ORDER_LINE: Text = t!(
    "Sorry, this kiosk cannot be used right now. Please tell the pharmacist.",
    "Lo sentimos, este quiosco no funciona ahora. Avise al farmacéutico.",
    "Przepraszamy, tego kiosku nie można teraz używać. Powiedz o tym farmaceucie.",
    "Ne pare rău, acest chioșc nu poate fi folosit acum. Spuneți farmacistului."
);
pub(crate) const NO_RED_FLAGS: Text = t!(
    "No emergency signs",
    "Sin signos de emergencia",
    "Brak oznak nagłego stanu",
    "Fără semne de urgență"
);
pub(crate) const HOW_LONG: Text = t!("How long", "Desde cuándo", "Od kiedy", "De când");
pub(crate) const AGE: Text = t!("Age", "Edad", "Wiek", "Vârsta");
/// Shown on a result that carries a safeguarding note (NICE CG89). Calm
/// words for the customer; the QR line below is for the pharmacist.
pub(crate) const SAFEGUARDING_NOTE: Text = t!(
    "Please show this to the pharmacist. Marks like these on a child are always checked.",
    "Enseñe esto al farmacéutico. Las marcas así en un niño siempre se revisan.",
    "Pokaż to farmaceucie. Takie ślady u dziecka zawsze się sprawdza.",
    "Arătați asta farmacistului. Astfel de urme la un copil se verifică mereu."
);
/// The line the pharmacist reads in the QR summary.
pub(crate) const SAFEGUARDING_QR: Text = t!(
    "Safeguarding: consider child protection (NICE CG89).",
    "Protección infantil: valore riesgo de maltrato (NICE CG89).",
    "Ochrona dziecka: rozważ ryzyko krzywdzenia (NICE CG89).",
    "Protecția copilului: evaluați riscul de abuz (NICE CG89)."
);
pub(crate) const NOT_A_DIAGNOSIS: Text = t!(
    "This is not a diagnosis.",
    "Esto no es un diagnóstico.",
    "To nie jest diagnoza.",
    "Acesta nu este un diagnostic."
);

/// What a disposition means, as a banner title.
pub(crate) const fn disposition(d: Disposition) -> Text {
    match d {
        Disposition::Emergency => t!(
            "Emergency: call for help now",
            "Emergencia: pida ayuda ya",
            "Nagły stan: wezwij pomoc teraz",
            "Urgență: cereți ajutor acum"
        ),
        Disposition::Urgent => t!(
            "See a doctor today",
            "Vea a un médico hoy",
            "Idź do lekarza dziś",
            "Mergeți la medic azi"
        ),
        Disposition::Doctor => t!(
            "Book a doctor",
            "Pida cita con un médico",
            "Umów się do lekarza",
            "Faceți programare la medic"
        ),
        Disposition::Pharmacist => t!(
            "Ask the pharmacist",
            "Pregunte al farmacéutico",
            "Zapytaj farmaceutę",
            "Întrebați farmacistul"
        ),
        Disposition::SelfCare => t!(
            "Self-care at home",
            "Cuidados en casa",
            "Leczenie w domu",
            "Îngrijire acasă"
        ),
    }
}
