//! `cargo xtask export-content`: writes `content/tree.toml`,
//! `content/po/en.po` and `content/po/es.po` from the Rust statics of
//! `spotcheck_core::content::legacy` (the tree as it was written in Rust).
//!
//! This is the migration's one-way bridge: the files it writes are what the
//! content build compiles, and core's equality test proves the compiled
//! tables equal the Rust ones field by field. What the Rust statics cannot
//! say (each node's `source`, `review` and `note`) is kept from the
//! `tree.toml` already there, by key, so re-running the exporter after a
//! merge of new Rust content loses nothing.

use spotcheck_core::content::legacy::TREE;
use spotcheck_core::finding::Finding;
use spotcheck_core::text::Text;
use spotcheck_core::tree::{Next, Question, Role, Test, When};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// What the exporter keeps from an existing `tree.toml`, by node key.
#[derive(Default, Clone)]
struct Kept {
    source: Option<String>,
    review: Option<String>,
    note: Option<String>,
}

pub fn export(root: &Path) -> Result<(), String> {
    let dir = root.join("content");
    let po_dir = dir.join("po");
    std::fs::create_dir_all(&po_dir).map_err(|e| format!("{}: {e}", po_dir.display()))?;
    let kept = read_kept(&dir.join("tree.toml"))?;
    let answer_keys: Vec<Vec<String>> = TREE.questions.iter().map(answer_keys).collect();
    let mut toml = String::new();
    let guide = std::fs::read_to_string(dir.join("tree.toml"))
        .ok()
        .map(|s| {
            s.lines()
                .take_while(|l| l.starts_with('#') || l.is_empty())
                .map(|l| format!("{l}\n"))
                .collect::<String>()
        })
        .unwrap_or_default();
    toml.push_str(&guide);
    writeln!(toml, "version = {}", TREE.version).unwrap();
    let mut msgs: Vec<Msg> = Vec::new();

    for (qi, q) in TREE.questions.iter().enumerate() {
        let k = kept.get(q.key).cloned().unwrap_or_default();
        toml.push_str("\n[[question]]\n");
        writeln!(toml, "key = {}", quote(q.key)).unwrap();
        writeln!(toml, "role = {}", quote(role(q.role))).unwrap();
        writeln!(toml, "asks = [{}]", list(q.asks.iter().map(|f| f.id()))).unwrap();
        if !q.bullets.is_empty() {
            writeln!(toml, "bullets = {}", q.bullets.len()).unwrap();
        }
        if let Some(c) = q.caution {
            writeln!(
                toml,
                "caution = {{ worrying = {}, unsure = {} }}",
                quote(&answer_keys[qi][c.worrying as usize]),
                quote(&answer_keys[qi][c.unsure as usize])
            )
            .unwrap();
        }
        kept_fields(&mut toml, &k);
        let place = format!("question \"{}\"", q.key);
        msgs.push(Msg::new(format!("q.{}.short", q.key), q.short, format!("{place}: a few words naming what it asks, in the pharmacist's QR summary and the review pack. Keep it under about 30 characters.")));
        msgs.push(Msg::new(format!("q.{}.prompt", q.key), q.prompt, format!("{place}: the question, in bold at the top of its screen. Room at 320x240: about 3 lines of about 36 characters.")));
        for (i, b) in q.bullets.iter().enumerate() {
            msgs.push(Msg::new(format!("q.{}.bullet.{}", q.key, i + 1), *b, format!("{place}: bullet line {} of {} under the question. Room at 320x240: about 2 lines of about 42 characters; the screen pages if they do not fit.", i + 1, q.bullets.len())));
        }
        for (ci, c) in q.choices.iter().enumerate() {
            let ak = &answer_keys[qi][ci];
            toml.push_str("\n  [[question.answer]]\n");
            writeln!(toml, "  key = {}", quote(ak)).unwrap();
            match c.when {
                When::Any(t) => writeln!(toml, "  any = [{}]", tests(t)).unwrap(),
                When::All(t) => writeln!(toml, "  all = [{}]", tests(t)).unwrap(),
                When::Unknown(f) => {
                    writeln!(toml, "  unknown = [{}]", list(f.iter().map(|f| f.id()))).unwrap()
                }
                When::Otherwise => toml.push_str("  otherwise = true\n"),
            }
            writeln!(toml, "  next = {}", quote(&next_key(c.next))).unwrap();
            msgs.push(Msg::new(format!("q.{}.a.{}", q.key, ak), c.label, format!("{place}: answer button {} of {}. Room at 320x240: one line of about 26 characters, or two shorter lines in a smaller font; at most 32 characters.", ci + 1, q.choices.len())));
        }
    }
    for r in TREE.routes {
        let k = kept.get(r.key).cloned().unwrap_or_default();
        toml.push_str("\n[[route]]\n");
        writeln!(toml, "key = {}", quote(r.key)).unwrap();
        let on = &TREE.questions[r.on as usize];
        writeln!(toml, "on = {}", quote(on.key)).unwrap();
        kept_fields(&mut toml, &k);
        toml.push_str("[route.to]\n");
        for (i, n) in r.to.iter().enumerate() {
            writeln!(
                toml,
                "{} = {}",
                answer_keys[r.on as usize][i],
                quote(&next_key(*n))
            )
            .unwrap();
        }
    }
    for o in TREE.outcomes {
        let k = kept.get(o.key).cloned().unwrap_or_default();
        toml.push_str("\n[[outcome]]\n");
        writeln!(toml, "key = {}", quote(o.key)).unwrap();
        writeln!(toml, "disposition = {}", quote(o.disposition.id())).unwrap();
        writeln!(toml, "causes = [{}]", list(o.causes.iter().map(|c| c.id()))).unwrap();
        if o.safeguarding {
            toml.push_str("safeguarding = true\n");
        }
        writeln!(toml, "todo = {}", o.todo.len()).unwrap();
        kept_fields(&mut toml, &k);
        let place = format!("outcome \"{}\"", o.key);
        msgs.push(Msg::new(format!("o.{}.headline", o.key), o.headline, format!("{place}: the one-sentence result under the coloured banner. Room at 320x240: about 4 lines of about 42 characters.")));
        for (i, t) in o.todo.iter().enumerate() {
            msgs.push(Msg::new(format!("o.{}.todo.{}", o.key, i + 1), *t, format!("{place}: \"what to do now\", line {} of {}, a bullet. Room at 320x240: about 3 lines of about 40 characters; the result pages if needed.", i + 1, o.todo.len())));
        }
        msgs.push(Msg::new(format!("o.{}.help", o.key), o.get_help, format!("{place}: \"when to get help\", one paragraph. Room at 320x240: about 5 lines of about 42 characters; the result pages if needed.")));
    }
    for c in TREE.conditions {
        let place = format!("condition \"{}\"", c.condition.id());
        msgs.push(Msg::new(format!("c.{}.name", c.condition.id()), c.name, format!("{place}: its name for a customer, in bold in the result's list of likely causes. Room at 320x240: one line of about 40 characters.")));
        msgs.push(Msg::new(format!("c.{}.line", c.condition.id()), c.line, format!("{place}: one plain line under its name in the result's likely causes. Room at 320x240: about 2 lines of about 42 characters.")));
    }
    write(&dir.join("tree.toml"), &toml)?;
    write(
        &po_dir.join("en.po"),
        &po(&msgs, None, &po_dir.join("en.po")),
    )?;
    write(
        &po_dir.join("es.po"),
        &po(&msgs, Some(()), &po_dir.join("es.po")),
    )?;
    println!(
        "export-content: {} questions, {} routes, {} outcomes, {} conditions, {} messages a language",
        TREE.questions.len(),
        TREE.routes.len(),
        TREE.outcomes.len(),
        TREE.conditions.len(),
        msgs.len()
    );
    Ok(())
}

struct Msg {
    id: String,
    text: Text,
    context: String,
}

impl Msg {
    fn new(id: String, text: Text, context: String) -> Msg {
        Msg { id, text, context }
    }
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// A .po file; `es` picks Spanish. The header (every line before the first
/// `#.`) of an existing file is kept.
fn po(msgs: &[Msg], es: Option<()>, existing: &Path) -> String {
    let header = std::fs::read_to_string(existing)
        .ok()
        .and_then(|s| s.find("\n#.").map(|i| s[..i + 1].to_string()))
        .unwrap_or_else(|| {
            let (lang, status) = if es.is_some() {
                ("es", "awaiting review by a native-speaking clinician")
            } else {
                ("en", "source")
            };
            format!(
                "msgid \"\"\nmsgstr \"\"\n\"Project-Id-Version: spotcheck-content\\n\"\n\"Language: {lang}\\n\"\n\"MIME-Version: 1.0\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Content-Transfer-Encoding: 8bit\\n\"\n\"X-Review-Status: {status}\\n\"\n"
            )
        });
    let mut s = header;
    for m in msgs {
        s.push('\n');
        for line in m.context.lines() {
            writeln!(s, "#. {line}").unwrap();
        }
        writeln!(s, "msgctxt {}", po_quote(&m.id)).unwrap();
        writeln!(s, "msgid {}", po_quote(m.text.en)).unwrap();
        let msgstr = if es.is_some() { m.text.es } else { "" };
        writeln!(s, "msgstr {}", po_quote(msgstr)).unwrap();
    }
    s
}

fn po_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn kept_fields(toml: &mut String, k: &Kept) {
    writeln!(
        toml,
        "source = {}",
        quote(k.source.as_deref().unwrap_or("seed articles"))
    )
    .unwrap();
    writeln!(
        toml,
        "review = {}",
        quote(k.review.as_deref().unwrap_or("draft"))
    )
    .unwrap();
    if let Some(n) = &k.note {
        writeln!(
            toml,
            "note = \"\"\"\n{}\"\"\"",
            n.trim_end().to_string() + "\n"
        )
        .unwrap();
    }
}

fn read_kept(path: &Path) -> Result<BTreeMap<String, Kept>, String> {
    let mut map = BTreeMap::new();
    let Ok(text) = std::fs::read_to_string(path) else {
        return Ok(map);
    };
    let value: toml::Table =
        toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    for kind in ["question", "route", "outcome"] {
        for node in value
            .get(kind)
            .and_then(|v| v.as_array())
            .into_iter()
            .flatten()
        {
            let get = |f: &str| node.get(f).and_then(|v| v.as_str()).map(str::to_string);
            if let Some(key) = get("key") {
                map.insert(
                    key,
                    Kept {
                        source: get("source"),
                        review: get("review"),
                        note: get("note"),
                    },
                );
            }
        }
    }
    Ok(map)
}

fn quote(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.map(quote).collect::<Vec<_>>().join(", ")
}

fn role(r: Role) -> &'static str {
    match r {
        Role::Who => "who",
        Role::RedFlag => "red_flag",
        Role::Duration => "duration",
        Role::GlassTest => "glass_test",
        Role::Detail => "detail",
    }
}

fn values(f: Finding, set: spotcheck_core::finding::ValueSet) -> String {
    f.values()
        .iter()
        .enumerate()
        .filter(|(i, _)| set.contains(*i as u8))
        .map(|(_, v)| *v)
        .collect::<Vec<_>>()
        .join(" | ")
}

fn test(t: &Test) -> String {
    match *t {
        Test::Present(f) => f.id().to_string(),
        Test::Absent(f) => format!("not {}", f.id()),
        Test::Is(f, set) => format!("{} = {}", f.id(), values(f, set)),
        Test::PresentWith(b, f, set) => format!("{} and {} = {}", b.id(), f.id(), values(f, set)),
    }
}

fn tests(t: &[Test]) -> String {
    t.iter()
        .map(|t| quote(&test(t)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn next_key(n: Next) -> String {
    match n {
        Next::Ask(i) => TREE.questions[i as usize].key,
        Next::Route(i) => TREE.routes[i as usize].key,
        Next::Finish(i) => TREE.outcomes[i as usize].key,
    }
    .to_string()
}

/// A key for each answer of `q`, unique within it: what the answer stands
/// for (`yes`, `no`, `not_sure`, `none`, an enum value, a finding), else
/// the first words of its English label.
fn answer_keys(q: &Question) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for c in q.choices {
        let base = match (c.label.en, c.when) {
            ("Yes", _) => "yes".to_string(),
            ("No", _) => "no".to_string(),
            ("None of these", _) => "none".to_string(),
            (_, When::Unknown(_)) => "not_sure".to_string(),
            (_, When::Any(t) | When::All(t)) if !t.is_empty() => match t[0] {
                Test::Is(f, set) if set.0.count_ones() == 1 => values(f, set),
                Test::Present(f) => f.id().to_string(),
                _ => slug(c.label.en),
            },
            _ => slug(c.label.en),
        };
        let mut key = base.clone();
        let mut n = 2;
        while keys.contains(&key) {
            key = format!("{base}_{n}");
            n += 1;
        }
        keys.push(key);
    }
    keys
}

fn slug(s: &str) -> String {
    s.to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(3)
        .collect::<Vec<_>>()
        .join("_")
}
