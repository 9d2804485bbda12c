//! The dependency tree and the recognizer's entity tags of every sentence, from the
//! project's trained NLP core (`nlp::Pipeline`), over the extractor's own tokens:
//! segmentation happens once, so a tree node is a token index and its span is the token's
//! span into the document.

use crate::nlp::conllu::{Sentence as NlpSentence, Word};
use crate::nlp::Pipeline;
use crate::text::{Sentence, Token};
use crate::document::Span;

/// One token's place in its sentence's tree.
#[derive(Debug, Clone, Default)]
pub struct Node {
    /// Document-level token index of the head; None for the sentence root.
    pub head: Option<usize>,
    /// UD relation with subtype: "nsubj:pass", "obl:agent", "conj"…
    pub deprel: String,
    pub upos: String,
    pub xpos: String,
    /// Lower-case lemma.
    pub lemma: String,
    /// The recognizer's BIO tag: "O", "B-PER", "I-ORG"… ("O" without an NER model).
    pub ner: String,
}

/// The trees of a document: one node per token, and each token's dependents.
#[derive(Debug, Clone, Default)]
pub struct Tree {
    pub nodes: Vec<Node>,
    dependents: Vec<Vec<usize>>,
}

impl Tree {
    /// Parses every sentence. Without a parser model (an untrained build) the tree is
    /// empty, and rules over it find nothing. A dateline ("VIENNA, 5 March 2024 –") is
    /// parsed apart from the sentence it opens: read as one, the city becomes the subject
    /// of the first verb.
    pub fn parse(text: &str, tokens: &[Token], sentences: &[Sentence], dateline: Option<Span>) -> Tree {
        Tree::from_nodes(parse_nodes(text, tokens, sentences, dateline))
    }

    /// A tree from nodes whose heads are token indices.
    pub fn from_nodes(nodes: Vec<Node>) -> Tree {
        let mut dependents = vec![Vec::new(); nodes.len()];
        for (t, n) in nodes.iter().enumerate() {
            if let Some(h) = n.head {
                dependents[h].push(t);
            }
        }
        Tree { nodes, dependents }
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// Dependents of token `t`, in text order.
    pub fn children(&self, t: usize) -> &[usize] {
        self.dependents.get(t).map_or(&[], Vec::as_slice)
    }

    /// Dependents of `t` whose relation (subtype ignored when `rel` has none) is `rel`.
    pub fn children_by<'a>(&'a self, t: usize, rel: &'a str) -> impl Iterator<Item = usize> + 'a {
        self.children(t).iter().copied().filter(move |&c| {
            let d = self.nodes[c].deprel.as_str();
            d == rel || (!rel.contains(':') && base(d) == rel)
        })
    }

    /// Whether verb `v` is passive: a passive auxiliary, subject or agent, or a bare past
    /// participle modifying a noun ("the seminar, organized by X").
    pub fn is_passive(&self, v: usize) -> bool {
        let n = &self.nodes[v];
        self.children(v).iter().any(|&c| matches!(self.nodes[c].deprel.as_str(), "aux:pass" | "nsubj:pass" | "obl:agent"))
            // ("a seminar that the company hosted": a clause with a subject of its own is
            // active, whatever tag the participle-like past tense got.)
            || (n.xpos == "VBN" && matches!(n.deprel.as_str(), "acl" | "amod") && self.children_by(v, "aux").next().is_none() && self.children_by(v, "nsubj").next().is_none())
    }

    /// Whether token `t` lies in the subtree of `ancestor` (or is it).
    pub fn dominates(&self, ancestor: usize, t: usize) -> bool {
        let mut x = t;
        for _ in 0..=self.nodes.len() {
            if x == ancestor {
                return true;
            }
            match self.nodes.get(x).and_then(|n| n.head) {
                Some(h) => x = h,
                None => return false,
            }
        }
        false
    }

    /// `t` and every token coordinated with it ("A, B and C": A, B, C).
    pub fn with_conjuncts(&self, t: usize) -> Vec<usize> {
        let mut out = vec![t];
        let mut k = 0;
        while k < out.len() {
            let h = out[k];
            out.extend(self.children_by(h, "conj"));
            k += 1;
        }
        out
    }

    /// The preposition of an oblique or nominal modifier ("by", "in"), lower case.
    pub fn case_of(&self, t: usize, lower: &[String]) -> Option<String> {
        self.children_by(t, "case").next().map(|c| lower[c].clone())
    }
}

fn parse_nodes(text: &str, tokens: &[Token], sentences: &[Sentence], dateline: Option<Span>) -> Vec<Node> {
    let Ok(pipeline) = Pipeline::bundled() else { return Vec::new() };
    if pipeline.parser.is_none() {
        return Vec::new();
    }
    let mut nodes = vec![Node::default(); tokens.len()];
    // The first token after the dateline, where the sentence proper begins.
    let body_start = dateline.map(|d| tokens.iter().position(|t| t.span.start >= d.end).unwrap_or(tokens.len()));
    let ranges: Vec<_> = sentences
        .iter()
        .flat_map(|s| {
            let r = s.tokens.clone();
            match body_start {
                Some(b) if r.start < b && b < r.end => vec![r.start..b, b..r.end],
                _ => vec![r],
            }
        })
        .filter(|r| !r.is_empty())
        .collect();
    let mut parsed: Vec<NlpSentence> = ranges
        .iter()
        .map(|range| NlpSentence {
            words: range.clone().map(|t| Word { form: text[tokens[t].span.start..tokens[t].span.end].to_string(), ..Word::default() }).collect(),
            ..NlpSentence::default()
        })
        .collect();
    pipeline.annotate_sentences(&mut parsed);
    let mut split_ner = vec![None; ranges.len()];
    if let Some(ner) = &pipeline.ner {
        for (k, range) in ranges.iter().enumerate() {
            if range.clone().any(|t| capitalised_compound(&text[tokens[t].span.start..tokens[t].span.end])) {
                split_ner[k] = Some(ner_over_words(&pipeline.tagger, ner, text, &tokens[range.clone()]));
            }
        }
    }
    for ((range, sentence), split) in ranges.into_iter().zip(parsed).zip(split_ner) {
        for (k, w) in sentence.words.into_iter().enumerate() {
            let ner = match &split {
                Some(tags) => tags[k].clone(),
                None => NlpSentence::misc_value(&w, "NER").unwrap_or("O").to_string(),
            };
            nodes[range.start + k] = Node {
                head: (w.head > 0).then(|| range.start + w.head - 1),
                deprel: w.deprel,
                upos: w.upos,
                xpos: w.xpos,
                lemma: w.lemma.to_lowercase(),
                ner,
            };
        }
    }
    nodes
}

/// "Mortensen-Aas", "Sanwo-Olu", "Guinea-Bissau": capitalised words joined by hyphens.
fn capitalised_compound(form: &str) -> bool {
    let parts: Vec<&str> = form.split('-').collect();
    parts.len() >= 2 && parts.iter().all(|p| p.chars().next().is_some_and(char::is_uppercase) && p.chars().all(char::is_alphabetic) && p.chars().skip(1).any(char::is_lowercase))
}

/// The recognizer's tags of `tokens` read over EWT's words, which split hyphenated words:
/// trained on them, it seldom takes a whole "Mortensen-Aas" for a name but tags "Mortensen -
/// Aas" as one. The parse stays over the whole tokens (split, they parsed worse for the
/// rules: probes −0.002 relation F1), so only sentences holding such a name are tagged twice.
/// A token gets its first word's tag when the recognizer tags all its words, else "O".
fn ner_over_words(tagger: &crate::nlp::tagger::Tagger, ner: &crate::nlp::ner::Ner, text: &str, tokens: &[Token]) -> Vec<String> {
    let mut owners = Vec::new();
    let mut sentence = NlpSentence::default();
    for (t, token) in tokens.iter().enumerate() {
        for w in crate::nlp::tokenize::word_spans(text, token.span) {
            sentence.words.push(Word { form: text[w.start..w.end].to_string(), ..Word::default() });
            owners.push(t);
        }
    }
    tagger.tag(&mut sentence);
    let tags = ner.predict(&sentence);
    // Words come in token order, so each token's words are one run.
    let mut out = vec!["O".to_string(); tokens.len()];
    let mut k = 0;
    while k < tags.len() {
        let run = (k..tags.len()).take_while(|&j| owners[j] == owners[k]).count();
        if tags[k..k + run].iter().all(|&g| g != "O") {
            out[owners[k]] = tags[k].to_string();
        }
        k += run;
    }
    out
}

/// The main relation without subtype: "nsubj:pass" → "nsubj".
pub fn base(deprel: &str) -> &str {
    deprel.split(':').next().unwrap_or(deprel)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(head: Option<usize>, deprel: &str) -> Node {
        Node { head, deprel: deprel.into(), ..Node::default() }
    }

    /// "organized by A , B and C": A is the agent, B and C its conjuncts.
    fn agents() -> Tree {
        Tree::from_nodes(vec![
            node(None, "root"),          // 0 organized
            node(Some(2), "case"),       // 1 by
            node(Some(0), "obl:agent"),  // 2 A
            node(Some(4), "punct"),      // 3 ,
            node(Some(2), "conj"),       // 4 B
            node(Some(6), "cc"),         // 5 and
            node(Some(2), "conj"),       // 6 C
        ])
    }

    #[test]
    fn conjuncts_follow_conj_edges_only() {
        let t = agents();
        assert_eq!(t.with_conjuncts(2), vec![2, 4, 6]);
        assert_eq!(t.with_conjuncts(4), vec![4]);
    }

    #[test]
    fn children_by_matches_subtypes_only_when_asked_without_one() {
        let t = agents();
        assert_eq!(t.children_by(0, "obl").collect::<Vec<_>>(), vec![2]);
        assert_eq!(t.children_by(0, "obl:agent").collect::<Vec<_>>(), vec![2]);
        assert!(t.children_by(0, "obl:tmod").next().is_none());
        let lower: Vec<String> = ["organized", "by", "a", ",", "b", "and", "c"].iter().map(|w| w.to_string()).collect();
        assert_eq!(t.case_of(2, &lower).as_deref(), Some("by"));
        assert_eq!(t.case_of(4, &lower), None);
    }

    #[test]
    fn the_bundled_parser_reads_a_passive() {
        let text = "The seminar was organized by the Green Fund.";
        let (tokens, sentences) = crate::text::segment(text);
        let tree = Tree::parse(text, &tokens, &sentences, None);
        assert_eq!(tree.nodes.len(), tokens.len());
        let word = |i: usize| &text[tokens[i].span.start..tokens[i].span.end];
        let verb = (0..tokens.len()).find(|&i| word(i) == "organized").unwrap();
        let subject = tree.children_by(verb, "nsubj").next().map(word);
        assert_eq!(subject, Some("seminar"));
        assert!(tree.children(verb).iter().any(|&c| word(c) == "Fund" && tree.nodes[c].deprel.starts_with("obl")));
    }
}
