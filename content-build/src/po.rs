//! A small reader for gettext `.po` files: `msgctxt` (our message id),
//! `msgid` (the English), `msgstr` (the translation), continuation lines,
//! `#` comments, and the header's fields. Enough for the files we write and
//! for what Poedit, Weblate or Lokalize write back.

use crate::{Error, Source};
use std::collections::BTreeMap;

/// One message.
pub(crate) struct Message {
    /// Line of its `msgctxt`.
    pub(crate) line: usize,
    pub(crate) msgid: String,
    pub(crate) msgstr: String,
    /// Marked `#, fuzzy`: a tool's guess, never shipped.
    pub(crate) fuzzy: bool,
}

/// A parsed file.
pub(crate) struct Catalog {
    /// Header fields (`Language`, `X-Review-Status`).
    pub(crate) header: BTreeMap<String, String>,
    /// Messages by id (`msgctxt`).
    pub(crate) messages: BTreeMap<String, Message>,
}

#[derive(PartialEq, Clone, Copy)]
enum Field {
    Ctxt,
    Id,
    Str,
}

pub(crate) fn parse(src: &Source) -> Result<Catalog, Vec<Error>> {
    let mut errors = Vec::new();
    let mut cat = Catalog {
        header: BTreeMap::new(),
        messages: BTreeMap::new(),
    };
    // The message being read.
    let mut ctxt: Option<(usize, String)> = None;
    let mut msgid: Option<String> = None;
    let mut msgstr: Option<String> = None;
    let mut fuzzy = false;
    let mut next_fuzzy = false;
    let mut field: Option<Field> = None;
    let err = |line: usize, m: String| Error {
        file: src.name.clone(),
        line: Some(line),
        node: None,
        message: m,
    };
    let finish = |ctxt: &mut Option<(usize, String)>,
                  msgid: &mut Option<String>,
                  msgstr: &mut Option<String>,
                  fuzzy: bool,
                  errors: &mut Vec<Error>,
                  cat: &mut Catalog,
                  line: usize| {
        match (ctxt.take(), msgid.take(), msgstr.take()) {
            (None, None, None) => {}
            (None, Some(id), Some(s)) if id.is_empty() => {
                for l in s.split('\n') {
                    if let Some((k, v)) = l.split_once(':') {
                        cat.header.insert(k.trim().to_string(), v.trim().to_string());
                    }
                }
            }
            (Some((l, c)), Some(id), Some(s)) => {
                if cat.messages.contains_key(&c) {
                    errors.push(err(l, format!("message `{c}` appears twice")));
                }
                cat.messages.insert(
                    c,
                    Message {
                        line: l,
                        msgid: id,
                        msgstr: s,
                        fuzzy,
                    },
                );
            }
            (None, Some(id), _) => errors.push(err(
                line,
                format!("message \"{id}\" has no msgctxt: every message needs its id (like q.glass.prompt) in msgctxt"),
            )),
            (c, _, _) => errors.push(err(
                c.map(|c| c.0).unwrap_or(line),
                "a message needs msgctxt, msgid and msgstr, in that order".to_string(),
            )),
        }
    };
    for (i, raw) in src.text.lines().enumerate() {
        let n = i + 1;
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        if let Some(flags) = line.strip_prefix("#,") {
            next_fuzzy = flags.split(',').any(|f| f.trim() == "fuzzy");
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let (kw, rest) = match line.split_once(char::is_whitespace) {
            Some((kw, rest)) if kw.starts_with("msg") => (Some(kw), rest.trim()),
            _ => (None, line),
        };
        let text = match unquote(rest) {
            Ok(t) => t,
            Err(m) => {
                errors.push(err(n, m));
                continue;
            }
        };
        match kw {
            Some(kw @ ("msgctxt" | "msgid")) => {
                // A msgctxt always starts a message; a msgid starts one
                // only when no msgctxt came before it.
                let is_ctxt = kw == "msgctxt";
                if is_ctxt || ctxt.is_none() {
                    finish(
                        &mut ctxt,
                        &mut msgid,
                        &mut msgstr,
                        fuzzy,
                        &mut errors,
                        &mut cat,
                        n,
                    );
                    fuzzy = next_fuzzy;
                    next_fuzzy = false;
                }
                if is_ctxt {
                    ctxt = Some((n, text));
                    field = Some(Field::Ctxt);
                } else {
                    msgid = Some(text);
                    field = Some(Field::Id);
                }
            }
            Some("msgstr") => {
                msgstr = Some(text);
                field = Some(Field::Str);
            }
            Some(other) => errors.push(err(
                n,
                format!("unknown keyword `{other}` (plural forms are not used here)"),
            )),
            None => match field {
                Some(Field::Ctxt) => ctxt.as_mut().unwrap().1.push_str(&text),
                Some(Field::Id) => msgid.as_mut().unwrap().push_str(&text),
                Some(Field::Str) => msgstr.as_mut().unwrap().push_str(&text),
                None => errors.push(err(
                    n,
                    "a quoted line before any msgctxt, msgid or msgstr".to_string(),
                )),
            },
        }
    }
    let end = src.text.lines().count();
    finish(
        &mut ctxt,
        &mut msgid,
        &mut msgstr,
        fuzzy,
        &mut errors,
        &mut cat,
        end,
    );
    if errors.is_empty() {
        Ok(cat)
    } else {
        Err(errors)
    }
}

/// A C-style quoted string, as .po files write them.
fn unquote(s: &str) -> Result<String, String> {
    let inner = s
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .filter(|_| s.len() >= 2)
        .ok_or_else(|| format!("expected a string in double quotes, found `{s}`"))?;
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('"') => out.push('"'),
                Some('\\') => out.push('\\'),
                other => return Err(format!("unknown escape `\\{}`", other.unwrap_or(' '))),
            },
            '"' => return Err("a double quote inside a string must be written \\\"".to_string()),
            c => out.push(c),
        }
    }
    Ok(out)
}
