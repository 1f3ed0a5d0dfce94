//! `tree.svg`: the question tree drawn by our own code, no Graphviz needed.
//!
//! A small layered (Sugiyama-style) layout, left to right:
//!
//! 1. **Layers**: a node's column is its depth, the longest distance from
//!    the first question, so every arrow points right.
//! 2. **Dummies**: an edge that spans several columns is given an invisible
//!    stand-in in each column it crosses, so it runs in its own lane and
//!    never crosses a box.
//! 3. **Order**: barycentre sweeps down and up the columns (answer rows
//!    count as positions inside their box), keeping the order with the
//!    fewest crossings.
//! 4. **Heights**: each box moves towards the mean height of the rows that
//!    point at it (and back towards what it points at), keeping its order
//!    and a gap, by isotonic regression (pool adjacent violators).
//!
//! A question is a box with its prompt and one row per answer; that
//! answer's arrow starts at its row, so the row is the edge's label. A
//! route is a diamond with its labels on its arrows. Outcomes are rounded
//! boxes filled with the disposition colour. Arrows to an emergency
//! outcome are red.

use super::graph::{disposition_colour, disposition_words, role_name, Graph, Kind, ALARM};
use spotcheck_core::tree::Role;
use spotcheck_core::{CheckReport, Disposition, Language, Tree};
use std::fmt::Write as _;

const COL_W: f64 = 250.0;
const GAP_X: f64 = 110.0;
const GAP_Y: f64 = 16.0;
const MARGIN: f64 = 24.0;
const TOP: f64 = 120.0;
const ROW: f64 = 17.0;
const PAD: f64 = 6.0;
const DUMMY_H: f64 = 6.0;
const ROUTE_W: f64 = 190.0;
const ROUTE_H: f64 = 84.0;
/// Average glyph width as a fraction of the font size (DejaVu Sans /
/// Helvetica run a little under this, so text measured with it fits).
const GLYPH: f64 = 0.6;
const FONT_FAMILY: &str = "DejaVu Sans, Verdana, Helvetica, Arial, sans-serif";

/// Escapes text for XML.
pub fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// Greedy word wrap to `width` pixels at `font` size.
fn wrap(text: &str, width: f64, font: f64) -> Vec<String> {
    let max = ((width / (font * GLYPH)).floor() as usize).max(8);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Something placed in a column: a node, or a dummy carrying an edge
/// through a column it crosses.
#[derive(Clone, Debug)]
struct Item {
    node: Option<usize>,
    layer: usize,
    w: f64,
    h: f64,
    y: f64,
}

/// One hop of an edge between adjacent columns.
#[derive(Clone, Copy, Debug)]
struct Seg {
    from: usize,
    to: usize,
    /// Offset of the start below the top of `from`.
    out_dy: f64,
    /// Offset of the end below the top of `to`.
    in_dy: f64,
    /// Rank of the start inside `from` (for ordering), 0..1.
    frac: f64,
}

struct Shape {
    prompt: Vec<String>,
    causes: Vec<String>,
}

fn question_header(prompt_lines: usize) -> f64 {
    PAD + 13.0 + prompt_lines as f64 * 15.0 + PAD
}

/// Lays out and draws the tree.
pub fn svg(tree: &Tree, graph: &Graph, report: &CheckReport, lang: Language) -> String {
    let depth = graph.depths();
    let layers_n = depth.iter().copied().max().unwrap_or(0) + 1;
    let mut shapes = Vec::new();
    let mut items: Vec<Item> = Vec::new();
    for (i, node) in graph.nodes.iter().enumerate() {
        let (w, h, shape) = match node.kind {
            Kind::Question(q) => {
                let q = &tree.questions[q as usize];
                let prompt = wrap(q.prompt.get(lang), COL_W - 2.0 * PAD, 12.0);
                let h = question_header(prompt.len()) + q.choices.len() as f64 * ROW + 2.0;
                (
                    COL_W,
                    h,
                    Shape {
                        prompt,
                        causes: vec![],
                    },
                )
            }
            Kind::Route(_) => (
                ROUTE_W,
                ROUTE_H,
                Shape {
                    prompt: vec![],
                    causes: vec![],
                },
            ),
            Kind::Outcome(o) => {
                let o = &tree.outcomes[o as usize];
                let names: Vec<&str> = o.causes.iter().map(|c| c.id()).collect();
                let causes = wrap(&names.join(", "), COL_W - 2.0 * PAD, 10.0);
                let h = PAD + 14.0 + 13.0 + causes.len() as f64 * 12.5 + PAD;
                (
                    COL_W,
                    h,
                    Shape {
                        prompt: vec![],
                        causes,
                    },
                )
            }
        };
        shapes.push(shape);
        items.push(Item {
            node: Some(i),
            layer: depth[i],
            w,
            h,
            y: 0.0,
        });
    }
    // Where an edge leaves and enters each kind of box.
    let out_dy = |items: &[Item], e: &super::graph::Edge| -> (f64, f64) {
        let item = &items[e.from];
        match graph.nodes[e.from].kind {
            Kind::Question(q) => {
                let n = tree.questions[q as usize].choices.len();
                let top = item.h - 2.0 - n as f64 * ROW;
                (
                    top + (e.port as f64 + 0.5) * ROW,
                    (e.port as f64 + 0.5) / n as f64,
                )
            }
            _ => (item.h / 2.0, 0.5),
        }
    };
    let in_dy = |items: &[Item], to: usize| -> f64 {
        let item = &items[to];
        match graph.nodes[to].kind {
            Kind::Question(_) => question_header(shapes[to].prompt.len()) / 2.0,
            _ => item.h / 2.0,
        }
    };
    // Chains of segments, with a dummy per crossed column.
    let mut chains: Vec<Vec<Seg>> = Vec::new();
    for e in &graph.edges {
        let (first_dy, frac) = out_dy(&items, e);
        let end_dy = in_dy(&items, e.to);
        let mut chain = Vec::new();
        let mut from = e.from;
        let mut dy = first_dy;
        let mut f = frac;
        for layer in depth[e.from] + 1..depth[e.to] {
            items.push(Item {
                node: None,
                layer,
                w: COL_W,
                h: DUMMY_H,
                y: 0.0,
            });
            let d = items.len() - 1;
            chain.push(Seg {
                from,
                to: d,
                out_dy: dy,
                in_dy: DUMMY_H / 2.0,
                frac: f,
            });
            from = d;
            dy = DUMMY_H / 2.0;
            f = 0.5;
        }
        chain.push(Seg {
            from,
            to: e.to,
            out_dy: dy,
            in_dy: end_dy,
            frac: f,
        });
        chains.push(chain);
    }
    let segs: Vec<Seg> = chains.iter().flatten().copied().collect();
    let mut layers: Vec<Vec<usize>> = vec![Vec::new(); layers_n];
    for (i, it) in items.iter().enumerate() {
        layers[it.layer].push(i);
    }
    order(&mut layers, &segs, items.len());
    place(&mut layers, &mut items, &segs);

    // ── Drawing ─────────────────────────────────────────────────────
    let col_x = |layer: usize| MARGIN + layer as f64 * (COL_W + GAP_X);
    let width = col_x(layers_n - 1) + COL_W + MARGIN;
    let height = items.iter().map(|i| i.y + i.h).fold(TOP, f64::max) + MARGIN;
    let left = |i: usize| {
        let it = &items[i];
        col_x(it.layer) + (COL_W - it.w) / 2.0
    };
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0}" height="{height:.0}" viewBox="0 0 {width:.0} {height:.0}" font-family="{FONT_FAMILY}">"#
    );
    let _ = writeln!(
        s,
        "<title>SpotCheck condition tree, content version {}</title>",
        tree.version
    );
    let _ = writeln!(
        s,
        r##"<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker><marker id="arrow-red" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{ALARM}"/></marker></defs>"##
    );
    let _ = writeln!(
        s,
        r#"<rect x="0" y="0" width="{width:.0}" height="{height:.0}" fill="white"/>"#
    );
    legend(&mut s, tree, report);

    // Edges under the boxes.
    for (e, chain) in graph.edges.iter().zip(&chains) {
        let mut d = String::new();
        for (k, seg) in chain.iter().enumerate() {
            let a = &items[seg.from];
            let b = &items[seg.to];
            let x1 = if a.node.is_none() {
                col_x(a.layer) + COL_W
            } else {
                left(seg.from) + a.w
            };
            let y1 = a.y + seg.out_dy;
            let x2 = if b.node.is_none() {
                col_x(b.layer)
            } else {
                left(seg.to)
            };
            let y2 = b.y + seg.in_dy;
            if k == 0 {
                let _ = write!(d, "M{x1:.1},{y1:.1}");
            }
            let mx = (x2 - x1) / 2.0;
            let _ = write!(
                d,
                " C{:.1},{y1:.1} {:.1},{y2:.1} {x2:.1},{y2:.1}",
                x1 + mx,
                x2 - mx
            );
            if b.node.is_none() {
                let _ = write!(d, " L{:.1},{y2:.1}", col_x(b.layer) + COL_W);
            }
        }
        let (colour, width, marker) = if e.alarm {
            (ALARM, 2.0, "arrow-red")
        } else {
            ("#555", 1.2, "arrow")
        };
        let _ = writeln!(
            s,
            r#"<path d="{d}" fill="none" stroke="{colour}" stroke-width="{width}" marker-end="url(#{marker})"><title>{} → {}: {}</title></path>"#,
            xml(graph.nodes[e.from].key),
            xml(graph.nodes[e.to].key),
            xml(&e.label)
        );
    }
    // Route edge labels (question edges are labelled by their rows).
    for (e, chain) in graph.edges.iter().zip(&chains) {
        if !matches!(graph.nodes[e.from].kind, Kind::Route(_)) {
            continue;
        }
        let seg = chain[0];
        let a = &items[seg.from];
        let x = left(seg.from) + a.w - 10.0;
        let tip = a.y + a.h / 2.0;
        let colour = if e.alarm { ALARM } else { "#333" };
        let lines = wrap(&e.label, COL_W - 60.0, 10.0);
        // The first target's label sits above the tip, the others below.
        let first = if e.port == 0 {
            tip - 8.0 - (lines.len() as f64 - 1.0) * 12.0
        } else {
            tip + 16.0 + (e.port as f64 - 1.0) * 26.0
        };
        for (k, line) in lines.iter().enumerate() {
            let _ = writeln!(
                s,
                r#"<text x="{x:.1}" y="{:.1}" font-size="10" fill="{colour}" stroke="white" stroke-width="3" paint-order="stroke">{}</text>"#,
                first + k as f64 * 12.0,
                xml(line)
            );
        }
    }
    // Boxes.
    for (i, node) in graph.nodes.iter().enumerate() {
        let it = &items[i];
        let x = left(i);
        let y = it.y;
        let _ = writeln!(s, r#"<g id="{}">"#, xml(&node.id));
        match node.kind {
            Kind::Question(q) => {
                let q = &tree.questions[q as usize];
                let (stroke, sw, fill) = match q.role {
                    Role::RedFlag => (ALARM, 2.5, "#fff5f5"),
                    Role::GlassTest => ("#6a1b9a", 2.5, "#faf5ff"),
                    _ => ("#333", 1.2, "white"),
                };
                let _ = writeln!(
                    s,
                    r#"<rect x="{x:.1}" y="{y:.1}" width="{:.1}" height="{:.1}" fill="{fill}" stroke="{stroke}" stroke-width="{sw}"/>"#,
                    it.w, it.h
                );
                let _ = writeln!(
                    s,
                    r##"<text x="{:.1}" y="{:.1}" font-size="10" fill="#666">{} · {}</text>"##,
                    x + PAD,
                    y + PAD + 10.0,
                    xml(q.key),
                    role_name(q.role)
                );
                for (k, line) in shapes[i].prompt.iter().enumerate() {
                    let _ = writeln!(
                        s,
                        r#"<text x="{:.1}" y="{:.1}" font-size="12" font-weight="bold">{}</text>"#,
                        x + PAD,
                        y + PAD + 13.0 + 12.0 + k as f64 * 15.0,
                        xml(line)
                    );
                }
                let top = y + it.h - 2.0 - q.choices.len() as f64 * ROW;
                let _ = writeln!(
                    s,
                    r##"<line x1="{x:.1}" y1="{top:.1}" x2="{:.1}" y2="{top:.1}" stroke="#bbb"/>"##,
                    x + it.w
                );
                for (k, c) in q.choices.iter().enumerate() {
                    let ry = top + k as f64 * ROW;
                    let alarm = graph
                        .edges
                        .iter()
                        .any(|e| e.from == i && e.port == k && e.alarm);
                    let colour = if alarm { ALARM } else { "#111" };
                    let _ = writeln!(
                        s,
                        r#"<text x="{:.1}" y="{:.1}" font-size="11" fill="{colour}">▸ {}</text>"#,
                        x + PAD,
                        ry + 12.5,
                        xml(c.label.get(lang))
                    );
                    let _ = writeln!(
                        s,
                        r#"<circle cx="{:.1}" cy="{:.1}" r="2.5" fill="{colour}"/>"#,
                        x + it.w,
                        ry + ROW / 2.0
                    );
                }
            }
            Kind::Route(r) => {
                let r = &tree.routes[r as usize];
                let (cx, cy) = (x + it.w / 2.0, y + it.h / 2.0);
                let _ = writeln!(
                    s,
                    r##"<polygon points="{x:.1},{cy:.1} {cx:.1},{y:.1} {:.1},{cy:.1} {cx:.1},{:.1}" fill="#eef" stroke="#333" stroke-width="1.2"/>"##,
                    x + it.w,
                    y + it.h
                );
                let on = tree.questions.get(r.on as usize).map_or("?", |q| q.key);
                for (k, (line, size)) in [
                    ("route, no tap".to_string(), 9.0),
                    (r.key.to_string(), 10.0),
                    (format!("by the {on} answer"), 9.0),
                ]
                .iter()
                .enumerate()
                {
                    let _ = writeln!(
                        s,
                        r#"<text x="{cx:.1}" y="{:.1}" font-size="{size}" text-anchor="middle">{}</text>"#,
                        cy - 10.0 + k as f64 * 12.0,
                        xml(line)
                    );
                }
            }
            Kind::Outcome(o) => {
                let o = &tree.outcomes[o as usize];
                let (fill, white) = disposition_colour(o.disposition);
                let ink = if white { "white" } else { "#111" };
                let _ = writeln!(
                    s,
                    r##"<rect x="{x:.1}" y="{y:.1}" width="{:.1}" height="{:.1}" rx="10" ry="10" fill="{fill}" stroke="#333" stroke-width="1"/>"##,
                    it.w, it.h
                );
                let _ = writeln!(
                    s,
                    r#"<text x="{:.1}" y="{:.1}" font-size="11" font-weight="bold" fill="{ink}">{}</text>"#,
                    x + PAD + 2.0,
                    y + PAD + 11.0,
                    xml(o.key)
                );
                let _ = writeln!(
                    s,
                    r#"<text x="{:.1}" y="{:.1}" font-size="10" fill="{ink}">{}</text>"#,
                    x + PAD + 2.0,
                    y + PAD + 14.0 + 11.0,
                    disposition_words(o.disposition)
                );
                for (k, line) in shapes[i].causes.iter().enumerate() {
                    let _ = writeln!(
                        s,
                        r#"<text x="{:.1}" y="{:.1}" font-size="10" font-style="italic" fill="{ink}">{}</text>"#,
                        x + PAD + 2.0,
                        y + PAD + 27.0 + 10.0 + k as f64 * 12.5,
                        xml(line)
                    );
                }
            }
        }
        let _ = writeln!(s, "</g>");
    }
    let _ = writeln!(s, "</svg>");
    s
}

fn legend(s: &mut String, tree: &Tree, r: &CheckReport) {
    let _ = writeln!(
        s,
        r#"<text x="{MARGIN}" y="34" font-size="20" font-weight="bold">SpotCheck condition tree · content version {}</text>"#,
        tree.version
    );
    let _ = writeln!(
        s,
        r##"<text x="{MARGIN}" y="56" font-size="12" fill="#444">{} questions, {} route, {} outcomes, {} paths; {} to {} taps. Read left to right: each answer's arrow starts at its row. Generated from the core tables by spotcheck-sim review.</text>"##,
        r.questions, r.routes, r.outcomes, r.paths, r.min_taps, r.max_taps
    );
    let mut x = MARGIN;
    for d in Disposition::ALL {
        let (fill, white) = disposition_colour(d);
        let label = disposition_words(d);
        let w = label.chars().count() as f64 * 11.0 * GLYPH + 20.0;
        let _ = writeln!(
            s,
            r##"<rect x="{x:.1}" y="70" width="{w:.1}" height="24" rx="8" fill="{fill}" stroke="#333"/><text x="{:.1}" y="86" font-size="11" fill="{}">{label}</text>"##,
            x + 10.0,
            if white { "white" } else { "#111" }
        );
        x += w + 10.0;
    }
    let _ = writeln!(
        s,
        r##"<line x1="{x:.1}" y1="82" x2="{:.1}" y2="82" stroke="{ALARM}" stroke-width="2" marker-end="url(#arrow-red)"/><text x="{:.1}" y="86" font-size="11" fill="{ALARM}">to the emergency screen</text>"##,
        x + 40.0,
        x + 48.0
    );
    x += 200.0;
    let _ = writeln!(
        s,
        r##"<rect x="{x:.1}" y="70" width="24" height="24" fill="#fff5f5" stroke="{ALARM}" stroke-width="2.5"/><text x="{:.1}" y="86" font-size="11">red-flag screen</text>"##,
        x + 30.0
    );
    x += 130.0;
    let _ = writeln!(
        s,
        r##"<rect x="{x:.1}" y="70" width="24" height="24" fill="#faf5ff" stroke="#6a1b9a" stroke-width="2.5"/><text x="{:.1}" y="86" font-size="11">glass test</text>"##,
        x + 30.0
    );
}

/// Orders every column to reduce crossings: barycentre sweeps, keeping the
/// best order seen.
fn order(layers: &mut [Vec<usize>], segs: &[Seg], n: usize) {
    let mut pos = vec![0.0f64; n];
    let set_pos = |layers: &[Vec<usize>], pos: &mut Vec<f64>| {
        for layer in layers {
            for (k, i) in layer.iter().enumerate() {
                pos[*i] = k as f64;
            }
        }
    };
    set_pos(layers, &mut pos);
    let crossings = |layers: &[Vec<usize>], pos: &[f64]| -> usize {
        let _ = layers;
        let mut c = 0;
        for (a, s) in segs.iter().enumerate() {
            for t in &segs[a + 1..] {
                // Same pair of columns: both start in the same column.
                if pos_layer_eq(s, t, layers) {
                    let (s1, s2) = (pos[s.from] + s.frac, pos[s.to]);
                    let (t1, t2) = (pos[t.from] + t.frac, pos[t.to]);
                    if (s1 - t1) * (s2 - t2) < 0.0 {
                        c += 1;
                    }
                }
            }
        }
        c
    };
    let mut best = layers.to_vec();
    let mut best_c = usize::MAX;
    for round in 0..12 {
        let down = round % 2 == 0;
        let range: Vec<usize> = if down {
            (1..layers.len()).collect()
        } else {
            (0..layers.len().saturating_sub(1)).rev().collect()
        };
        for l in range {
            let mut keyed: Vec<(f64, usize)> = layers[l]
                .iter()
                .map(|&v| {
                    let (sum, cnt) = segs
                        .iter()
                        .filter_map(|s| {
                            if down && s.to == v {
                                Some(pos[s.from] + s.frac)
                            } else if !down && s.from == v {
                                Some(pos[s.to] - s.frac)
                            } else {
                                None
                            }
                        })
                        .fold((0.0, 0usize), |(a, n), x| (a + x, n + 1));
                    (if cnt == 0 { pos[v] } else { sum / cnt as f64 }, v)
                })
                .collect();
            keyed.sort_by(|a, b| a.0.total_cmp(&b.0));
            layers[l] = keyed.into_iter().map(|(_, v)| v).collect();
            for (k, i) in layers[l].iter().enumerate() {
                pos[*i] = k as f64;
            }
        }
        let c = crossings(layers, &pos);
        if c < best_c {
            best_c = c;
            best = layers.to_vec();
        }
    }
    layers.clone_from_slice(&best);
}

fn pos_layer_eq(s: &Seg, t: &Seg, layers: &[Vec<usize>]) -> bool {
    let layer_of = |i: usize| layers.iter().position(|l| l.contains(&i));
    layer_of(s.from) == layer_of(t.from)
}

/// Gives every item a height: towards the mean of its neighbours, keeping
/// column order and gaps.
fn place(layers: &mut [Vec<usize>], items: &mut [Item], segs: &[Seg]) {
    // Start stacked.
    for layer in layers.iter() {
        let mut y = TOP;
        for &i in layer {
            items[i].y = y;
            y += items[i].h + GAP_Y;
        }
    }
    for round in 0..16 {
        let down = round % 2 == 0;
        let range: Vec<usize> = if down {
            (1..layers.len()).collect()
        } else {
            (0..layers.len().saturating_sub(1)).rev().collect()
        };
        for l in range {
            let want: Vec<f64> = layers[l]
                .iter()
                .map(|&v| {
                    let (sum, cnt) = segs
                        .iter()
                        .filter_map(|s| {
                            if down && s.to == v {
                                Some(items[s.from].y + s.out_dy - s.in_dy)
                            } else if !down && s.from == v {
                                Some(items[s.to].y + s.in_dy - s.out_dy)
                            } else {
                                None
                            }
                        })
                        .fold((0.0, 0usize), |(a, n), x| (a + x, n + 1));
                    if cnt == 0 {
                        items[v].y
                    } else {
                        sum / cnt as f64
                    }
                })
                .collect();
            let heights: Vec<f64> = layers[l].iter().map(|&v| items[v].h).collect();
            let ys = pav(&want, &heights);
            for (k, &v) in layers[l].iter().enumerate() {
                items[v].y = ys[k];
            }
        }
    }
    // Shift everything down so the highest box sits under the legend.
    let min = items.iter().map(|i| i.y).fold(f64::INFINITY, f64::min);
    for it in items.iter_mut() {
        it.y += TOP - min;
    }
}

/// Positions as close as possible (least squares) to `want`, in order,
/// each at least its predecessor's height plus a gap below it.
fn pav(want: &[f64], heights: &[f64]) -> Vec<f64> {
    // Offsets: y_i = c_i + off_i with c non-decreasing.
    let mut off = Vec::with_capacity(want.len());
    let mut acc = 0.0;
    for h in heights {
        off.push(acc);
        acc += h + GAP_Y;
    }
    // Blocks of (mean, count).
    let mut blocks: Vec<(f64, usize)> = Vec::new();
    for (w, o) in want.iter().zip(&off) {
        blocks.push((w - o, 1));
        while blocks.len() > 1 {
            let (m2, n2) = blocks[blocks.len() - 1];
            let (m1, n1) = blocks[blocks.len() - 2];
            if m1 <= m2 {
                break;
            }
            blocks.pop();
            blocks.pop();
            let n = n1 + n2;
            blocks.push(((m1 * n1 as f64 + m2 * n2 as f64) / n as f64, n));
        }
    }
    let mut out = Vec::with_capacity(want.len());
    for (m, n) in blocks {
        for _ in 0..n {
            out.push(m + off[out.len()]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pav_keeps_order_and_gaps() {
        let ys = pav(&[10.0, 5.0, 100.0], &[20.0, 20.0, 20.0]);
        assert!(ys[1] >= ys[0] + 20.0 + GAP_Y - 1e-9);
        assert!((ys[2] - 100.0).abs() < 1e-9);
    }

    #[test]
    fn wrap_breaks_on_words_within_the_width() {
        let lines = wrap("one two three four five six seven", 60.0, 10.0);
        assert!(lines.iter().all(|l| l.chars().count() <= 10));
        assert_eq!(lines.join(" "), "one two three four five six seven");
    }
}
