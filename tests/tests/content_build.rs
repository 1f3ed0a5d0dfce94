//! The tables core ships are the tree the content build checked: the same
//! questions, routes, outcomes and conditions, field by field (both sides
//! are core's own types, so their `Debug` text matches exactly when every
//! field does).

use std::path::Path;

#[test]
fn the_shipped_tables_are_the_tree_the_build_checked() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let built = spotcheck_content_build::compile(&dir).expect("the shipped content compiles");
    let shipped = &spotcheck_core::content::TREE;
    assert_eq!(format!("{:#?}", built.tree), format!("{shipped:#?}"));
    assert_eq!(built.hash, spotcheck_core::content::CONTENT_HASH);
    let checked = spotcheck_core::content::checked().unwrap();
    assert_eq!(checked.report().paths, built.report.paths);
}
