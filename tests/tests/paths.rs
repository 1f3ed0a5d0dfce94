//! Every path of the shipped tree, walked through the session engine: each
//! reaches the outcome the checker enumerated, within the tap limit, and
//! the summary of each round-trips through postcard.

use spotcheck_core::check::for_each_path;
use spotcheck_core::{content, Language, Session, Step, Summary};

#[test]
fn every_enumerated_path_replays_to_its_outcome() {
    let checked = content::checked().unwrap();
    let mut paths = 0;
    for_each_path(checked, |answers, outcome| {
        let mut s = Session::new(checked, Language::En);
        for a in answers {
            assert_eq!(s.question_index(), Some(a.question));
            s.answer(a.choice).unwrap();
        }
        assert_eq!(s.outcome_index(), Some(outcome));
        assert!(matches!(s.step(), Step::Outcome(_)));
        let summary = Summary::of(&s).unwrap();
        let mut buf = [0u8; Summary::POSTCARD_MAX_SIZE];
        let bytes = summary.to_postcard(&mut buf).unwrap();
        assert_eq!(Summary::from_postcard(bytes).unwrap(), summary);
        // Going back from the outcome shows the last question again.
        s.back().unwrap();
        assert_eq!(
            s.question_index(),
            Some(answers[answers.len() - 1].question)
        );
        paths += 1;
    });
    assert_eq!(paths, checked.report().paths);
}
