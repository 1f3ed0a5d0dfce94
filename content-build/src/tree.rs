//! Parsing `tree.toml` and the vocabularies, resolving keys and messages,
//! and building the tree with core's own table types.

use crate::engine::check::CheckError;
use crate::engine::finding::{Finding, ValueSet};
use crate::engine::text::{Language, Text};
use crate::engine::tree::{
    Caution, Choice, Condition, ConditionInfo, Disposition, Next, Outcome, Question, Role, Route,
    Test, Tree, When,
};
use crate::po::{self, Catalog};
use crate::{Error, Errors, Source};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use toml::Spanned;

/// Review statuses a node may carry.
pub const REVIEW: &[&str] = &["draft", "awaiting_review", "reviewed"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TreeFile {
    version: u16,
    #[serde(default)]
    question: Vec<QuestionDef>,
    #[serde(default)]
    route: Vec<RouteDef>,
    #[serde(default)]
    outcome: Vec<OutcomeDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionDef {
    key: Spanned<String>,
    role: Spanned<String>,
    asks: Vec<Spanned<String>>,
    #[serde(default)]
    bullets: usize,
    caution: Option<CautionDef>,
    source: Spanned<String>,
    review: Spanned<String>,
    #[allow(dead_code)]
    note: Option<String>,
    #[serde(default)]
    answer: Vec<AnswerDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CautionDef {
    worrying: Spanned<String>,
    unsure: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswerDef {
    key: Spanned<String>,
    any: Option<Vec<Spanned<String>>>,
    all: Option<Vec<Spanned<String>>>,
    unknown: Option<Vec<Spanned<String>>>,
    otherwise: Option<Spanned<bool>>,
    next: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RouteDef {
    key: Spanned<String>,
    on: Spanned<String>,
    source: Option<Spanned<String>>,
    review: Option<Spanned<String>>,
    #[allow(dead_code)]
    note: Option<String>,
    to: BTreeMap<Spanned<String>, Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OutcomeDef {
    key: Spanned<String>,
    disposition: Spanned<String>,
    causes: Vec<Spanned<String>>,
    #[serde(default)]
    safeguarding: bool,
    todo: usize,
    source: Spanned<String>,
    review: Spanned<String>,
    #[allow(dead_code)]
    note: Option<String>,
}

#[derive(Deserialize)]
struct FindingDef {
    kind: Spanned<String>,
    values: Option<Vec<String>>,
    #[serde(default)]
    own: bool,
}

/// The built tree, and where each node is written.
pub(crate) struct Built {
    pub(crate) tree: &'static Tree,
    pub(crate) review: Vec<(Language, String)>,
    /// The kiosk's own words by message id (`k.admin.enter_pin`), in id
    /// order.
    pub(crate) kiosk: Vec<(String, Text)>,
    lines: BTreeMap<String, (String, usize)>,
}

impl Built {
    /// The checker's error, placed at the node it names.
    pub(crate) fn check_error(&self, tree: &Source, conditions: &Source, e: &CheckError) -> Error {
        let key = match *e {
            CheckError::DuplicateKey(k)
            | CheckError::BadNext(k)
            | CheckError::BadShape(k)
            | CheckError::BadFindings(k)
            | CheckError::BadCaution(k)
            | CheckError::BadRoute(k)
            | CheckError::BadOutcome(k)
            | CheckError::MissingText(k, _)
            | CheckError::LabelTooLong(k)
            | CheckError::PathTooLong(k)
            | CheckError::Unreachable(k)
            | CheckError::RedFlagSkipped(k, _)
            | CheckError::RedFlagNotEmergency(k)
            | CheckError::OrderBroken(k)
            | CheckError::UnsureLessUrgent(k) => Some(k),
            _ => None,
        };
        let message = format!("the checker (core::check) fails: {e}");
        match key.and_then(|k| self.lines.get(k).map(|l| (k, l))) {
            Some((k, (kind, line))) => Error {
                file: tree.name.clone(),
                line: Some(*line),
                node: Some(format!("{kind} \"{k}\"")),
                message,
            },
            None if matches!(e, CheckError::ConditionNeverNamed(_)) => Error {
                file: conditions.name.clone(),
                line: None,
                node: None,
                message,
            },
            None => Error {
                file: tree.name.clone(),
                line: None,
                node: None,
                message,
            },
        }
    }
}

fn leak<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

fn leak_str(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// The messages, read from every language's catalog, and which were used.
struct Words<'a> {
    en: (&'a Source, Catalog),
    /// The translations, one a language after English, in
    /// [`Language::ALL`] order.
    translations: Vec<(Language, &'a Source, Catalog)>,
    used: BTreeSet<String>,
}

impl Words<'_> {
    /// The message `id` for `node`, in every language.
    fn get(&mut self, id: &str, node: &str, errors: &mut Vec<Error>) -> Text {
        self.used.insert(id.to_string());
        let missing = |src: &Source, what: &str| Error {
            file: src.name.clone(),
            line: None,
            node: Some(node.to_string()),
            message: format!("message `{id}` {what}"),
        };
        let en = match self.en.1.messages.get(id) {
            Some(m) if !m.msgid.is_empty() => m.msgid.clone(),
            _ => {
                errors.push(missing(
                    self.en.0,
                    "is missing: add it with msgctxt \"{id}\" and the English as msgid",
                ));
                String::new()
            }
        };
        let mut text = Text {
            en: leak_str(en.clone()),
            es: "",
            pl: "",
            ro: "",
        };
        for (lang, src, cat) in &self.translations {
            let got = match cat.messages.get(id) {
                Some(m) if m.fuzzy => {
                    errors.push(Error {
                        line: Some(m.line),
                        ..missing(
                            src,
                            "is marked fuzzy (a guess): translate it and remove the flag",
                        )
                    });
                    String::new()
                }
                Some(m) if m.msgstr.is_empty() => {
                    errors.push(Error {
                        line: Some(m.line),
                        ..missing(src, "has no translation (msgstr is empty)")
                    });
                    String::new()
                }
                Some(m) if !en.is_empty() && m.msgid != en => {
                    errors.push(Error {
                        line: Some(m.line),
                        ..missing(src, &format!("translates an older English text: its msgid is \"{}\" but po/en.po now says \"{en}\"; update the translation, then copy the new English into its msgid", m.msgid))
                    });
                    m.msgstr.clone()
                }
                Some(m) => m.msgstr.clone(),
                None => {
                    errors.push(missing(src, "is missing: add its translation"));
                    String::new()
                }
            };
            let got = leak_str(got);
            match lang {
                Language::En => {}
                Language::Es => text.es = got,
                Language::Pl => text.pl = got,
                Language::Ro => text.ro = got,
            }
        }
        text
    }

    fn unused(&self, errors: &mut Vec<Error>) {
        let all = core::iter::once((self.en.0, &self.en.1))
            .chain(self.translations.iter().map(|(_, s, c)| (*s, c)));
        for (src, cat) in all {
            for (id, m) in &cat.messages {
                if !self.used.contains(id) {
                    errors.push(Error {
                        file: src.name.clone(),
                        line: Some(m.line),
                        node: None,
                        message: format!("message `{id}` belongs to no node of tree.toml (a renamed or removed question, answer, outcome or line?): fix its id or delete it"),
                    });
                }
            }
        }
    }
}

fn parse_toml<T: serde::de::DeserializeOwned>(src: &Source) -> Result<T, Errors> {
    toml::from_str(&src.text).map_err(|e| Errors(vec![src.toml_error(&e)]))
}

/// Checks `findings.toml` against core's `Finding` enum.
fn check_findings(src: &Source, errors: &mut Vec<Error>) -> Result<(), Errors> {
    let map: BTreeMap<Spanned<String>, FindingDef> = parse_toml(src)?;
    let mut defs: Vec<_> = map.into_iter().collect();
    defs.sort_by_key(|(k, _)| k.span().start);
    for (i, (id, def)) in defs.iter().enumerate() {
        let node = Some(format!("finding \"{}\"", id.get_ref()));
        let here = |m: String| src.error(Some(id.span()), node.clone(), m);
        let Some(f) = Finding::ALL.get(i) else {
            errors.push(here("is not in core's Finding enum (core/src/finding.rs): add it there, in the same place".into()));
            continue;
        };
        if f.id() != id.get_ref() {
            errors.push(here(format!("core's Finding enum has `{}` here: the vocabulary and the enum must list the same findings in the same order", f.id())));
            continue;
        }
        let values: Vec<&str> = def.values.iter().flatten().map(String::as_str).collect();
        let kind_ok = match def.kind.get_ref().as_str() {
            "bool" => values.is_empty(),
            "enum" => !values.is_empty(),
            _ => false,
        };
        if !kind_ok {
            errors.push(src.error(
                Some(def.kind.span()),
                node.clone(),
                "kind must be \"bool\" (no values) or \"enum\" (with values)".into(),
            ));
        }
        if f.values() != values.as_slice() {
            errors.push(here(format!(
                "its values {:?} differ from core's Finding enum {:?}",
                values,
                f.values()
            )));
        }
        if f.is_own() != def.own {
            errors.push(here(
                "`own = true` must mark exactly the findings core's Finding::is_own names".into(),
            ));
        }
    }
    if defs.len() < Finding::ALL.len() {
        errors.push(src.error(
            None,
            None,
            format!(
                "core's Finding enum has {} findings, this file {}: add `{}`",
                Finding::ALL.len(),
                defs.len(),
                Finding::ALL[defs.len()].id()
            ),
        ));
    }
    Ok(())
}

/// Checks `conditions.toml` against core's `Condition` enum; returns each
/// condition's line.
fn check_conditions(src: &Source, errors: &mut Vec<Error>) -> Result<Vec<usize>, Errors> {
    let map: BTreeMap<Spanned<String>, toml::Value> = parse_toml(src)?;
    let mut ids: Vec<_> = map.into_keys().collect();
    ids.sort_by_key(|k| k.span().start);
    let mut lines = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        let want = Condition::ALL.get(i).map(|c| c.id());
        if want != Some(id.get_ref().as_str()) {
            errors.push(src.error(Some(id.span()), Some(format!("condition \"{}\"", id.get_ref())), format!("core's Condition enum (core/src/tree.rs) has {} here: the list and the enum must match in order", want.map_or("nothing".into(), |w| format!("`{w}`")))));
        }
        lines.push(src.line(id.span().start));
    }
    if ids.len() < Condition::ALL.len() {
        errors.push(src.error(
            None,
            None,
            format!(
                "core's Condition enum has {} conditions, this file {}",
                Condition::ALL.len(),
                ids.len()
            ),
        ));
    }
    Ok(lines)
}

/// One answer's test, as written: `fever`, `not fever`,
/// `spot_size = small | large`, `dizzy_faint and location = all_over`.
fn parse_test(s: &str) -> Result<Test, String> {
    let finding = |id: &str| {
        Finding::from_id(id.trim())
            .ok_or_else(|| format!("unknown finding `{}` (see findings.toml)", id.trim()))
    };
    let values = |f: Finding, list: &str| -> Result<ValueSet, String> {
        if f.values().is_empty() {
            return Err(format!(
                "`{}` is yes/no: test it as `{}` or `not {}`",
                f.id(),
                f.id(),
                f.id()
            ));
        }
        let mut set = ValueSet(0);
        for v in list.split('|') {
            let i = f.value_index(v.trim()).ok_or_else(|| {
                format!(
                    "`{}` is not a value of `{}` (its values: {})",
                    v.trim(),
                    f.id(),
                    f.values().join(", ")
                )
            })?;
            set = set.or(ValueSet::one(i));
        }
        Ok(set)
    };
    let bool_finding = |id: &str| -> Result<Finding, String> {
        let f = finding(id)?;
        if f.values().is_empty() {
            Ok(f)
        } else {
            Err(format!(
                "`{}` has values: test it as `{} = {}`",
                f.id(),
                f.id(),
                f.values().join(" | ")
            ))
        }
    };
    if let Some((b, rest)) = s.split_once(" and ") {
        let (f, list) = rest
            .split_once('=')
            .ok_or("after `and`, write `finding = value | value`")?;
        let f = finding(f)?;
        return Ok(Test::PresentWith(bool_finding(b)?, f, values(f, list)?));
    }
    if let Some((f, list)) = s.split_once('=') {
        let f = finding(f)?;
        return Ok(Test::Is(f, values(f, list)?));
    }
    if let Some(f) = s.trim().strip_prefix("not ") {
        return Ok(Test::Absent(bool_finding(f)?));
    }
    Ok(Test::Present(bool_finding(s)?))
}

fn role(s: &str) -> Option<Role> {
    Some(match s {
        "who" => Role::Who,
        "red_flag" => Role::RedFlag,
        "duration" => Role::Duration,
        "glass_test" => Role::GlassTest,
        "detail" => Role::Detail,
        _ => return None,
    })
}

pub(crate) fn build(
    findings: &Source,
    conditions: &Source,
    src: &Source,
    po_files: &[Source],
) -> Result<Built, Errors> {
    let mut errors = Vec::new();
    check_findings(findings, &mut errors)?;
    let condition_lines = check_conditions(conditions, &mut errors)?;
    let file: TreeFile = parse_toml(src)?;
    // One .po file a language, in `Language::ALL` order (English first).
    let mut catalogs = Vec::new();
    for (s, lang) in po_files.iter().zip(Language::ALL) {
        match po::parse(s) {
            Ok(c) => catalogs.push((*lang, s, c)),
            Err(e) => errors.extend(e),
        }
    }
    if catalogs.len() < Language::ALL.len() {
        return Err(Errors(errors));
    }
    let mut review = Vec::new();
    for (lang, s, cat) in &catalogs {
        match cat.header.get("Language") {
            Some(l) if l == lang.code() => {}
            other => errors.push(s.error(
                None,
                None,
                format!(
                    "its header must say `Language: {}` (it says {:?})",
                    lang.code(),
                    other
                ),
            )),
        }
        review.push((
            *lang,
            cat.header
                .get("X-Review-Status")
                .cloned()
                .unwrap_or_else(|| "not stated".into()),
        ));
    }
    let mut catalogs = catalogs.into_iter();
    let Some((_, en_src, en_cat)) = catalogs.next() else {
        return Err(Errors(errors));
    };
    let mut words = Words {
        en: (en_src, en_cat),
        translations: catalogs.collect(),
        used: BTreeSet::new(),
    };

    // Every node key, unique across questions, routes and outcomes.
    let mut keys: BTreeMap<String, Next> = BTreeMap::new();
    let mut lines: BTreeMap<String, (String, usize)> = BTreeMap::new();
    let all_keys = file
        .question
        .iter()
        .enumerate()
        .map(|(i, q)| (&q.key, "question", i))
        .chain(
            file.route
                .iter()
                .enumerate()
                .map(|(i, r)| (&r.key, "route", i)),
        )
        .chain(
            file.outcome
                .iter()
                .enumerate()
                .map(|(i, o)| (&o.key, "outcome", i)),
        );
    for (key, kind, i) in all_keys {
        let line = src.line(key.span().start);
        let Ok(n) = u8::try_from(i) else {
            errors.push(src.error(Some(key.span()), None, format!("more than 255 {kind}s")));
            continue;
        };
        let next = match kind {
            "question" => Next::Ask(n),
            "route" => Next::Route(n),
            _ => Next::Finish(n),
        };
        if let Some((k, l)) = lines.get(key.get_ref()) {
            errors.push(src.error(Some(key.span()), Some(format!("{kind} \"{}\"", key.get_ref())), format!("the key is already used by the {k} on line {l}: every question, route and outcome needs its own key")));
            continue;
        }
        keys.insert(key.get_ref().clone(), next);
        lines.insert(key.get_ref().clone(), (kind.to_string(), line));
    }
    let known = |k: &str| {
        let mut all: Vec<_> = keys.keys().filter(|x| close(x, k)).cloned().collect();
        all.truncate(3);
        if all.is_empty() {
            String::new()
        } else {
            format!(" (did you mean {}?)", all.join(", "))
        }
    };
    let resolve = |next: &Spanned<String>, node: &str, errors: &mut Vec<Error>| -> Next {
        match keys.get(next.get_ref()) {
            Some(n) => *n,
            None => {
                errors.push(src.error(
                    Some(next.span()),
                    Some(node.to_string()),
                    format!(
                        "`{}` is not the key of any question, route or outcome{}",
                        next.get_ref(),
                        known(next.get_ref())
                    ),
                ));
                Next::Finish(0)
            }
        }
    };
    let check_review = |source: Option<&Spanned<String>>,
                        review: Option<&Spanned<String>>,
                        node: &str,
                        errors: &mut Vec<Error>| {
        if let Some(s) = source {
            if s.get_ref().trim().is_empty() {
                errors.push(
                    src.error(
                        Some(s.span()),
                        Some(node.to_string()),
                        "`source` is empty: name the guideline and section, or the seed articles"
                            .into(),
                    ),
                );
            }
        }
        if let Some(r) = review {
            if !REVIEW.contains(&r.get_ref().as_str()) {
                errors.push(src.error(
                    Some(r.span()),
                    Some(node.to_string()),
                    format!("review must be one of {}", REVIEW.join(", ")),
                ));
            }
        }
    };

    let answer_keys: Vec<Vec<String>> = file
        .question
        .iter()
        .map(|q| q.answer.iter().map(|a| a.key.get_ref().clone()).collect())
        .collect();

    let mut questions = Vec::new();
    for q in &file.question {
        let key = q.key.get_ref();
        let node = format!("question \"{key}\"");
        check_review(Some(&q.source), Some(&q.review), &node, &mut errors);
        let role = role(q.role.get_ref()).unwrap_or_else(|| {
            errors.push(src.error(
                Some(q.role.span()),
                Some(node.clone()),
                "role must be who, red_flag, duration, glass_test or detail".into(),
            ));
            Role::Detail
        });
        let mut asks = Vec::new();
        for f in &q.asks {
            match Finding::from_id(f.get_ref()) {
                Some(f) => asks.push(f),
                None => errors.push(src.error(
                    Some(f.span()),
                    Some(node.clone()),
                    format!(
                        "asks about `{}`, which is not in findings.toml",
                        f.get_ref()
                    ),
                )),
            }
        }
        let mut choices = Vec::new();
        let mut seen = BTreeSet::new();
        for a in &q.answer {
            let ak = a.key.get_ref();
            let anode = format!("{node}, answer \"{ak}\"");
            if !seen.insert(ak.clone()) {
                errors.push(src.error(
                    Some(a.key.span()),
                    Some(anode.clone()),
                    "two answers of this question share the key".into(),
                ));
            }
            let tests = |list: &Vec<Spanned<String>>, errors: &mut Vec<Error>| -> &'static [Test] {
                leak(
                    list.iter()
                        .filter_map(|t| match parse_test(t.get_ref()) {
                            Ok(t) => Some(t),
                            Err(m) => {
                                errors.push(src.error(Some(t.span()), Some(anode.clone()), m));
                                None
                            }
                        })
                        .collect(),
                )
            };
            let given = [
                a.any.is_some(),
                a.all.is_some(),
                a.unknown.is_some(),
                a.otherwise.is_some(),
            ]
            .iter()
            .filter(|x| **x)
            .count();
            if given != 1 {
                errors.push(src.error(Some(a.key.span()), Some(anode.clone()), "say which patients it stands for with exactly one of `any`, `all`, `unknown` or `otherwise = true`".into()));
            }
            let when = if let Some(t) = &a.any {
                When::Any(tests(t, &mut errors))
            } else if let Some(t) = &a.all {
                When::All(tests(t, &mut errors))
            } else if let Some(fs) = &a.unknown {
                let mut list = Vec::new();
                for f in fs {
                    match Finding::from_id(f.get_ref()) {
                        Some(f) => list.push(f),
                        None => errors.push(src.error(
                            Some(f.span()),
                            Some(anode.clone()),
                            format!("unknown finding `{}` (see findings.toml)", f.get_ref()),
                        )),
                    }
                }
                When::Unknown(leak(list))
            } else {
                When::Otherwise
            };
            let next = resolve(&a.next, &anode, &mut errors);
            let label = words.get(&format!("q.{key}.a.{ak}"), &anode, &mut errors);
            choices.push(Choice { label, when, next });
        }
        let caution = q.caution.as_ref().map(|c| {
            let mut index = |k: &Spanned<String>, what: &str| {
                q.answer.iter().position(|a| a.key.get_ref() == k.get_ref()).map(|i| i as u8).unwrap_or_else(|| {
                    errors.push(src.error(Some(k.span()), Some(node.clone()), format!("caution.{what} names answer `{}`, which this question does not have (its answers: {})", k.get_ref(), q.answer.iter().map(|a| a.key.get_ref().as_str()).collect::<Vec<_>>().join(", "))));
                    0
                })
            };
            Caution {
                worrying: index(&c.worrying, "worrying"),
                unsure: index(&c.unsure, "unsure"),
            }
        });
        let short = words.get(&format!("q.{key}.short"), &node, &mut errors);
        let prompt = words.get(&format!("q.{key}.prompt"), &node, &mut errors);
        let bullets = (1..=q.bullets)
            .map(|i| words.get(&format!("q.{key}.bullet.{i}"), &node, &mut errors))
            .collect();
        questions.push(Question {
            key: leak_str(key.clone()),
            short,
            role,
            prompt,
            bullets: leak(bullets),
            asks: leak(asks),
            choices: leak(choices),
            caution,
        });
    }

    let mut routes = Vec::new();
    for r in &file.route {
        let key = r.key.get_ref();
        let node = format!("route \"{key}\"");
        check_review(r.source.as_ref(), r.review.as_ref(), &node, &mut errors);
        let on = match keys.get(r.on.get_ref()) {
            Some(Next::Ask(i)) => *i,
            _ => {
                errors.push(src.error(
                    Some(r.on.span()),
                    Some(node.clone()),
                    format!(
                        "`on` must name a question; `{}` is not one{}",
                        r.on.get_ref(),
                        known(r.on.get_ref())
                    ),
                ));
                routes.push(Route {
                    key: leak_str(key.clone()),
                    on: 0,
                    to: &[],
                });
                continue;
            }
        };
        let answers = &answer_keys[on as usize];
        for k in r.to.keys() {
            if !answers.contains(k.get_ref()) {
                errors.push(src.error(
                    Some(k.span()),
                    Some(node.clone()),
                    format!(
                        "`{}` is not an answer of question \"{}\" (its answers: {})",
                        k.get_ref(),
                        r.on.get_ref(),
                        answers.join(", ")
                    ),
                ));
            }
        }
        let mut to = Vec::new();
        for a in answers {
            match r.to.iter().find(|(k, _)| k.get_ref() == a) {
                Some((_, next)) => to.push(resolve(next, &node, &mut errors)),
                None => {
                    errors.push(src.error(Some(r.key.span()), Some(node.clone()), format!("says nothing for answer `{a}` of question \"{}\": every answer needs a next", r.on.get_ref())));
                    to.push(Next::Finish(0));
                }
            }
        }
        routes.push(Route {
            key: leak_str(key.clone()),
            on,
            to: leak(to),
        });
    }

    let mut outcomes = Vec::new();
    for o in &file.outcome {
        let key = o.key.get_ref();
        let node = format!("outcome \"{key}\"");
        check_review(Some(&o.source), Some(&o.review), &node, &mut errors);
        let disposition = Disposition::from_id(o.disposition.get_ref()).unwrap_or_else(|| {
            errors.push(src.error(
                Some(o.disposition.span()),
                Some(node.clone()),
                format!(
                    "disposition must be one of {}",
                    Disposition::ALL.map(|d| d.id()).join(", ")
                ),
            ));
            Disposition::Emergency
        });
        let mut causes = Vec::new();
        for c in &o.causes {
            match Condition::from_id(c.get_ref()) {
                Some(c) => causes.push(c),
                None => errors.push(src.error(
                    Some(c.span()),
                    Some(node.clone()),
                    format!("cause `{}` is not in conditions.toml", c.get_ref()),
                )),
            }
        }
        let headline = words.get(&format!("o.{key}.headline"), &node, &mut errors);
        let todo = (1..=o.todo)
            .map(|i| words.get(&format!("o.{key}.todo.{i}"), &node, &mut errors))
            .collect();
        let get_help = words.get(&format!("o.{key}.help"), &node, &mut errors);
        outcomes.push(Outcome {
            key: leak_str(key.clone()),
            disposition,
            causes: leak(causes),
            safeguarding: o.safeguarding,
            headline,
            todo: leak(todo),
            get_help,
        });
    }

    let mut infos = Vec::new();
    for (i, c) in Condition::ALL.iter().enumerate() {
        let node = format!("condition \"{}\"", c.id());
        let _ = condition_lines.get(i);
        infos.push(ConditionInfo {
            condition: *c,
            name: words.get(&format!("c.{}.name", c.id()), &node, &mut errors),
            line: words.get(&format!("c.{}.line", c.id()), &node, &mut errors),
        });
    }
    // The kiosk's own words (`k.<screen>.<name>`): every one English has,
    // in every language, like the tree's.
    let kiosk_ids: Vec<String> = words
        .en
        .1
        .messages
        .keys()
        .filter(|id| id.starts_with("k."))
        .cloned()
        .collect();
    let mut kiosk = Vec::new();
    for id in kiosk_ids {
        let node = format!("the kiosk's words, `{id}`");
        let text = words.get(&id, &node, &mut errors);
        kiosk.push((id, text));
    }
    words.unused(&mut errors);

    if !errors.is_empty() {
        return Err(Errors(errors));
    }
    let tree = Box::leak(Box::new(Tree {
        version: file.version,
        questions: leak(questions),
        routes: leak(routes),
        outcomes: leak(outcomes),
        conditions: leak(infos),
    }));
    Ok(Built {
        tree,
        review,
        kiosk,
        lines,
    })
}

/// Whether two keys look alike (a typo): one contains the other, or they
/// share their first word.
fn close(a: &str, b: &str) -> bool {
    a.contains(b)
        || b.contains(a)
        || a.split('_').next() == b.split('_').next() && a.len().abs_diff(b.len()) <= 3
}
