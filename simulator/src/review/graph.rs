//! The question tree as a plain graph: one node per question, route and
//! outcome, one edge per answer (or per route target). The DOT and SVG
//! pictures are both drawn from this, so they cannot disagree.

use spotcheck_core::tree::{Next, Role};
use spotcheck_core::{Disposition, Language, Tree};

/// What a node is in the tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Question `n` (a screen).
    Question(u8),
    /// Route `n` (no tap).
    Route(u8),
    /// Outcome `n`.
    Outcome(u8),
}

/// One node.
#[derive(Clone, Debug)]
pub struct Node {
    /// Graph id, unique: `q_age`, `r_chickenpox_by_age`, `o_self_care_bites`.
    pub id: String,
    /// The table key.
    pub key: &'static str,
    /// What it is.
    pub kind: Kind,
}

/// One edge.
#[derive(Clone, Debug)]
pub struct Edge {
    /// Index of the source node.
    pub from: usize,
    /// Index of the target node.
    pub to: usize,
    /// Answer index on the source question (or merged-target index on a route).
    pub port: usize,
    /// The answer label (route edges: the earlier answers that take it).
    pub label: String,
    /// The edge ends at an emergency outcome: a red-flag exit.
    pub alarm: bool,
}

/// The whole tree as nodes and edges.
#[derive(Clone, Debug)]
pub struct Graph {
    /// Questions in table order, then routes, then outcomes.
    pub nodes: Vec<Node>,
    /// Answers in screen order, question by question, then route targets.
    pub edges: Vec<Edge>,
}

impl Graph {
    /// Builds the graph of `tree`, with labels in `lang`.
    pub fn of(tree: &Tree, lang: Language) -> Graph {
        let nq = tree.questions.len();
        let nr = tree.routes.len();
        let mut nodes = Vec::new();
        for (i, q) in tree.questions.iter().enumerate() {
            nodes.push(Node {
                id: format!("q_{}", q.key),
                key: q.key,
                kind: Kind::Question(i as u8),
            });
        }
        for (i, r) in tree.routes.iter().enumerate() {
            nodes.push(Node {
                id: format!("r_{}", r.key),
                key: r.key,
                kind: Kind::Route(i as u8),
            });
        }
        for (i, o) in tree.outcomes.iter().enumerate() {
            nodes.push(Node {
                id: format!("o_{}", o.key),
                key: o.key,
                kind: Kind::Outcome(i as u8),
            });
        }
        let index = |n: Next| match n {
            Next::Ask(i) => i as usize,
            Next::Route(i) => nq + i as usize,
            Next::Finish(i) => nq + nr + i as usize,
        };
        let alarm = |n: Next| match n {
            Next::Finish(i) => tree
                .outcomes
                .get(i as usize)
                .is_some_and(|o| o.disposition == Disposition::Emergency),
            _ => false,
        };
        let mut edges = Vec::new();
        for (qi, q) in tree.questions.iter().enumerate() {
            for (ci, c) in q.choices.iter().enumerate() {
                edges.push(Edge {
                    from: qi,
                    to: index(c.next),
                    port: ci,
                    label: c.label.get(lang).to_string(),
                    alarm: alarm(c.next),
                });
            }
        }
        for (ri, r) in tree.routes.iter().enumerate() {
            // One edge per distinct target, labelled with every earlier
            // answer that takes it.
            let on = tree.questions.get(r.on as usize);
            let mut targets: Vec<(Next, Vec<String>)> = Vec::new();
            for (ai, next) in r.to.iter().enumerate() {
                let label = on
                    .and_then(|q| q.choices.get(ai))
                    .map(|c| c.label.get(lang).to_string())
                    .unwrap_or_else(|| format!("answer {ai}"));
                match targets.iter_mut().find(|(n, _)| n == next) {
                    Some((_, labels)) => labels.push(label),
                    None => targets.push((*next, vec![label])),
                }
            }
            for (port, (next, labels)) in targets.into_iter().enumerate() {
                edges.push(Edge {
                    from: nq + ri,
                    to: index(next),
                    port,
                    label: labels.join(", "),
                    alarm: alarm(next),
                });
            }
        }
        Graph { nodes, edges }
    }

    /// Depth of every node: the longest distance from the first question
    /// (the tree is acyclic once checked).
    pub fn depths(&self) -> Vec<usize> {
        let n = self.nodes.len();
        let mut depth = vec![0usize; n];
        // Longest path in a DAG by relaxation in topological order.
        let mut indegree = vec![0usize; n];
        for e in &self.edges {
            indegree[e.to] += 1;
        }
        let mut ready: Vec<usize> = (0..n).filter(|i| indegree[*i] == 0).collect();
        while let Some(v) = ready.pop() {
            for e in self.edges.iter().filter(|e| e.from == v) {
                depth[e.to] = depth[e.to].max(depth[v] + 1);
                indegree[e.to] -= 1;
                if indegree[e.to] == 0 {
                    ready.push(e.to);
                }
            }
        }
        depth
    }
}

/// A short name for a question's role, as the pictures print it.
pub fn role_name(role: Role) -> &'static str {
    match role {
        Role::Who => "who",
        Role::RedFlag => "red flags",
        Role::Duration => "how long",
        Role::GlassTest => "glass test",
        Role::Detail => "detail",
    }
}

/// The disposition in a few plain words.
pub fn disposition_words(d: Disposition) -> &'static str {
    match d {
        Disposition::Emergency => "Emergency: call now",
        Disposition::Urgent => "Urgent: see a doctor today",
        Disposition::Doctor => "Doctor: book in days or weeks",
        Disposition::Pharmacist => "Pharmacist: speak to them now",
        Disposition::SelfCare => "Self-care at home",
    }
}

/// Fill colour for a disposition, and whether text on it should be white.
pub fn disposition_colour(d: Disposition) -> (&'static str, bool) {
    match d {
        Disposition::Emergency => ("#d32f2f", true),
        Disposition::Urgent => ("#fb8c00", false),
        Disposition::Doctor => ("#fdd835", false),
        Disposition::Pharmacist => ("#64b5f6", false),
        Disposition::SelfCare => ("#81c784", false),
    }
}

/// Colour of a red-flag exit.
pub const ALARM: &str = "#d32f2f";
