//! The kiosk's own words, named for the screens that use them. The words
//! themselves are the `k.` messages of `content/po/<language>.po` (a
//! translator edits them there, with the tree's words), compiled into
//! [`spotcheck_core::content::kiosk`] by the content build, which fails when
//! one is missing in any language.

use spotcheck_core::content::kiosk;
use spotcheck_core::{Disposition, Text};

pub(crate) const APP_TITLE: Text = kiosk::APP_TITLE;
pub(crate) const WELCOME_LINE: Text = kiosk::WELCOME_LINE;
pub(crate) const WELCOME_PRIVACY: Text = kiosk::WELCOME_PRIVACY;
pub(crate) const START: Text = kiosk::START;
pub(crate) const BACK: Text = kiosk::BACK;
pub(crate) const START_OVER: Text = kiosk::START_OVER;
pub(crate) const START_OVER_SHORT: Text = kiosk::START_OVER_SHORT;
pub(crate) const STEP: Text = kiosk::STEP;
pub(crate) const PAGE: Text = kiosk::PAGE;
pub(crate) const OF: Text = kiosk::OF;
pub(crate) const NEXT: Text = kiosk::NEXT;
pub(crate) const FINISH: Text = kiosk::FINISH;
pub(crate) const CONTINUE: Text = kiosk::CONTINUE;
pub(crate) const STILL_THERE: Text = kiosk::STILL_THERE;
pub(crate) const CLEARS_IN: Text = kiosk::CLEARS_IN;
pub(crate) const SECONDS: Text = kiosk::SECONDS;
pub(crate) const CALL_NOW: Text = kiosk::CALL_NOW;
pub(crate) const MAYBE: Text = kiosk::MAYBE;
pub(crate) const WHAT_TO_DO: Text = kiosk::WHAT_TO_DO;
pub(crate) const GET_HELP: Text = kiosk::GET_HELP;
pub(crate) const SHOW_PHARMACIST: Text = kiosk::SHOW_PHARMACIST;
pub(crate) const SCAN_HINT: Text = kiosk::SCAN_HINT;
pub(crate) const OUT_OF_ORDER: Text = kiosk::OUT_OF_ORDER;
pub(crate) const OUT_OF_ORDER_LINE: Text = kiosk::OUT_OF_ORDER_LINE;
pub(crate) const NO_RED_FLAGS: Text = kiosk::NO_RED_FLAGS;
pub(crate) const HOW_LONG: Text = kiosk::HOW_LONG;
pub(crate) const AGE: Text = kiosk::AGE;
/// Shown on a result that carries a safeguarding note (NICE CG89). Calm
/// words for the customer; the QR line below is for the pharmacist.
pub(crate) const SAFEGUARDING_NOTE: Text = kiosk::SAFEGUARDING_NOTE;
/// The line the pharmacist reads in the QR summary.
pub(crate) const SAFEGUARDING_QR: Text = kiosk::SAFEGUARDING_QR;
pub(crate) const NOT_A_DIAGNOSIS: Text = kiosk::NOT_A_DIAGNOSIS;

/// What a disposition means, as a banner title.
pub(crate) const fn disposition(d: Disposition) -> Text {
    match d {
        Disposition::Emergency => kiosk::DISPOSITION_EMERGENCY,
        Disposition::Urgent => kiosk::DISPOSITION_URGENT,
        Disposition::Doctor => kiosk::DISPOSITION_DOCTOR,
        Disposition::Pharmacist => kiosk::DISPOSITION_PHARMACIST,
        Disposition::SelfCare => kiosk::DISPOSITION_SELF_CARE,
    }
}
