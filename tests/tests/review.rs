//! The clinician review pack (`spotcheck-sim review`): it is produced, it
//! names every question and outcome, its path table is complete, its
//! pictures are well-formed, the committed example is current, and bad
//! invocations fail with one clear line and exit 2.

use spotcheck_core::check::for_each_path;
use spotcheck_core::content;
use spotcheck_sim::{cli, review};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn run(args: &[&str]) -> (i32, String, String) {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = cli::main_with(&args, &mut out, &mut err);
    (
        status,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("spotcheck-review-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Generates a pack into a fresh directory through the command line.
fn pack(name: &str) -> PathBuf {
    let dir = temp(name);
    let (status, out, err) = run(&["review", "--out", dir.to_str().unwrap()]);
    assert_eq!(status, 0, "{err}");
    assert!(out.contains("review pack written"), "{out}");
    dir
}

fn read(dir: &std::path::Path, file: &str) -> String {
    std::fs::read_to_string(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

#[test]
fn the_pack_is_produced_and_names_every_question_and_outcome() {
    let dir = pack("keys");
    for file in review::FILES {
        assert!(dir.join(file).is_file(), "{file} missing");
    }
    let tree = content::TREE;
    let (dot, svg, paths, coverage) = (
        read(&dir, "tree.dot"),
        read(&dir, "tree.svg"),
        read(&dir, "paths.md"),
        read(&dir, "coverage.md"),
    );
    for q in tree.questions {
        for (file, text) in [
            ("tree.dot", &dot),
            ("tree.svg", &svg),
            ("paths.md", &paths),
            ("coverage.md", &coverage),
        ] {
            assert!(
                text.contains(q.key),
                "question `{}` missing from {file}",
                q.key
            );
        }
    }
    for o in tree.outcomes {
        for (file, text) in [
            ("tree.dot", &dot),
            ("tree.svg", &svg),
            ("coverage.md", &coverage),
        ] {
            assert!(
                text.contains(o.key),
                "outcome `{}` missing from {file}",
                o.key
            );
        }
        assert!(
            paths.contains(&format!("\n## {}\n", o.key)),
            "outcome `{}` has no heading in paths.md",
            o.key
        );
    }
    for r in tree.routes {
        assert!(
            dot.contains(r.key) && svg.contains(r.key),
            "route `{}`",
            r.key
        );
    }
    let index = read(&dir, "index.md");
    for file in review::FILES.iter().filter(|f| **f != "index.md") {
        assert!(
            index.contains(&format!("]({file})")),
            "index.md does not link {file}"
        );
    }
    assert!(index.contains(&format!("Content version **{}**", content::VERSION)));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn paths_md_lists_exactly_the_checkers_paths() {
    let dir = pack("paths");
    let paths = read(&dir, "paths.md");
    let rows: Vec<&str> = paths.lines().filter(|l| l.starts_with("| P")).collect();
    let checked = content::checked().unwrap();
    assert_eq!(rows.len() as u32, checked.report().paths);
    // Each path appears once, under its own outcome's heading.
    let ids: BTreeSet<&str> = rows
        .iter()
        .map(|r| r.split('|').nth(1).unwrap().trim())
        .collect();
    assert_eq!(ids.len(), rows.len());
    let mut expected = vec![0usize; checked.tree().outcomes.len()];
    for_each_path(checked, |_, o| expected[o as usize] += 1);
    for (i, o) in checked.tree().outcomes.iter().enumerate() {
        let section = paths.split(&format!("\n## {}\n", o.key)).nth(1).unwrap();
        let section = section.split("\n## ").next().unwrap();
        let n = section.lines().filter(|l| l.starts_with("| P")).count();
        assert_eq!(n, expected[i], "{}", o.key);
        assert!(section
            .lines()
            .filter(|l| l.starts_with("| P"))
            .all(|l| l.contains(o.disposition.id())));
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Removes double-quoted strings (with `\"` escapes) from DOT text.
fn strip_strings(dot: &str) -> String {
    let mut out = String::new();
    let mut in_str = false;
    let mut escaped = false;
    for c in dot.chars() {
        if in_str {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_str = false;
                out.push('"');
            }
        } else {
            if c == '"' {
                in_str = true;
            }
            out.push(c);
        }
    }
    assert!(!in_str, "an unterminated string in tree.dot");
    out
}

#[test]
fn tree_dot_is_well_formed_and_every_edge_joins_declared_nodes() {
    let dir = pack("dot");
    let dot = read(&dir, "tree.dot");
    let bare = strip_strings(&dot);
    let mut depth = 0i32;
    for (c, close) in bare.chars().filter_map(|c| match c {
        '{' | '[' => Some((c, false)),
        '}' | ']' => Some((c, true)),
        _ => None,
    }) {
        depth += if close { -1 } else { 1 };
        assert!(depth >= 0, "unbalanced `{c}` in tree.dot");
    }
    assert_eq!(depth, 0, "unbalanced braces or brackets in tree.dot");
    assert!(dot.contains("digraph spotcheck {"));
    let mut declared = BTreeSet::new();
    let mut edges = Vec::new();
    for line in dot.lines().map(str::trim).filter(|l| l.starts_with('"')) {
        let mut ids = line.split('"').skip(1).step_by(2);
        let first = ids.next().unwrap().to_string();
        let rest = &line[first.len() + 2..];
        if rest.trim_start().starts_with("->") {
            let second = rest.split('"').nth(1).unwrap().to_string();
            edges.push((first, second));
        } else {
            declared.insert(first);
        }
    }
    let tree = content::TREE;
    assert_eq!(
        declared.len(),
        tree.questions.len() + tree.routes.len() + tree.outcomes.len()
    );
    assert!(!edges.is_empty());
    for (a, b) in &edges {
        assert!(declared.contains(a), "edge from undeclared node `{a}`");
        assert!(declared.contains(b), "edge to undeclared node `{b}`");
    }
    // Every node but the first question has an edge in; every question and
    // route has an edge out.
    for id in &declared {
        if id != "q_age" {
            assert!(edges.iter().any(|(_, b)| b == id), "`{id}` has no edge in");
        }
        if !id.starts_with("o_") {
            assert!(edges.iter().any(|(a, _)| a == id), "`{id}` has no edge out");
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn tree_svg_parses_as_xml_and_draws_every_node_once() {
    let dir = pack("svg");
    let svg = read(&dir, "tree.svg");
    let doc = roxmltree::Document::parse(&svg).expect("tree.svg is well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    let groups: Vec<&str> = root
        .children()
        .filter(|n| n.has_tag_name("g"))
        .filter_map(|n| n.attribute("id"))
        .collect();
    let tree = content::TREE;
    assert_eq!(
        groups.len(),
        tree.questions.len() + tree.routes.len() + tree.outcomes.len()
    );
    let unique: BTreeSet<&&str> = groups.iter().collect();
    assert_eq!(unique.len(), groups.len());
    let answers: usize = tree.questions.iter().map(|q| q.choices.len()).sum();
    let paths = root.children().filter(|n| n.has_tag_name("path")).count();
    assert!(paths >= answers, "{paths} arrows for {answers} answers");
    // No two boxes overlap.
    let mut boxes = Vec::new();
    for g in root.children().filter(|n| n.has_tag_name("g")) {
        if let Some(r) = g.children().find(|n| n.has_tag_name("rect")) {
            let f = |a: &str| r.attribute(a).unwrap().parse::<f64>().unwrap();
            boxes.push((
                g.attribute("id").unwrap(),
                f("x"),
                f("y"),
                f("width"),
                f("height"),
            ));
        }
    }
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            let apart =
                a.1 + a.3 <= b.1 || b.1 + b.3 <= a.1 || a.2 + a.4 <= b.2 || b.2 + b.4 <= a.2;
            assert!(apart, "`{}` overlaps `{}`", a.0, b.0);
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_committed_example_pack_is_current() {
    let example = workspace().join("docs").join("review-example");
    let text = std::fs::read_to_string(review::default_vignettes()).unwrap();
    let files = review::build(review::DEFAULT_VIGNETTES_NAME, &text).unwrap();
    for (name, fresh) in files {
        let committed = std::fs::read_to_string(example.join(name)).unwrap_or_default();
        assert!(
            committed == fresh,
            "docs/review-example/{name} is stale: run `cargo run -p spotcheck-sim -- review --out docs/review-example` and commit the result"
        );
    }
}

#[test]
fn vignettes_md_reports_every_public_vignette() {
    let dir = pack("vignettes");
    let v = read(&dir, "vignettes.md");
    assert!(v.contains("20 of 20 passed"), "{v}");
    assert!(v.contains("tests/vignettes/public.toml"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bad_options_and_unwritable_dirs_exit_2_with_one_line() {
    let (status, _, err) = run(&["review"]);
    assert_eq!(status, 2);
    assert!(err.contains("--out DIR"), "{err}");
    let (status, _, err) = run(&["review", "--out"]);
    assert_eq!(status, 2);
    assert!(
        err.starts_with("spotcheck-sim review: --out needs a value"),
        "{err}"
    );
    let (status, _, err) = run(&["review", "--out", "x", "--colour"]);
    assert_eq!(status, 2);
    assert!(err.contains("unknown option `--colour`"), "{err}");
    // A directory under a regular file cannot be created, even by root.
    let dir = temp("unwritable");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("a-file");
    std::fs::write(&file, "x").unwrap();
    let target = file.join("pack");
    let (status, _, err) = run(&["review", "--out", target.to_str().unwrap()]);
    assert_eq!(status, 2);
    assert!(
        err.starts_with("spotcheck-sim review: cannot create"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    let (status, _, err) = run(&[
        "review",
        "--out",
        dir.join("pack").to_str().unwrap(),
        "--vignettes",
        dir.join("missing.toml").to_str().unwrap(),
    ]);
    assert_eq!(status, 2);
    assert!(err.contains("cannot read"), "{err}");
    assert!(
        !dir.join("pack").exists(),
        "nothing is written when the vignettes cannot be read"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The pack says which translations still await a native-speaking
/// clinician's review, and shows every message in every language.
#[test]
fn words_md_marks_every_translation_awaiting_review() {
    let text = std::fs::read_to_string(review::default_vignettes()).unwrap();
    let files = review::build(review::DEFAULT_VIGNETTES_NAME, &text).unwrap();
    let words = &files.iter().find(|(n, _)| *n == "words.md").unwrap().1;
    for (lang, name) in [("es", "Español"), ("pl", "Polski"), ("ro", "Română")] {
        assert!(
            words.contains(&format!(
                "| {name} | `{lang}` | **awaiting review by a native-speaking clinician** |"
            )),
            "{lang} is not marked awaiting review"
        );
        assert!(words.contains(&format!(" {lang} (awaiting review) |")));
    }
    let glass = content::TREE
        .questions
        .iter()
        .find(|q| q.key == "glass")
        .unwrap();
    for l in spotcheck_core::Language::ALL {
        assert!(words.contains(glass.prompt.raw(*l)), "{}", l.code());
    }
}
