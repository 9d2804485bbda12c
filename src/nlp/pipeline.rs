//! The annotation pipeline: tokenize (raw text only), tag and lemmatize, parse, recognise
//! entities. [`Pipeline::annotate`] is the API for the rest of factgraph: sentences of
//! tokens with byte spans into the input, their tags, heads and entity mentions.

use super::conllu::{set_misc, Sentence, Word};
use super::model::{Reader, Writer};
use super::ner::Ner;
use super::parser::Parser;
use super::tagger::Tagger;
use super::NlpError;
use serde::Serialize;
use std::path::Path;

/// File names of the models inside a model directory (data/models/).
pub const TAGGER_FILE: &str = "tagger.bin";
pub const PARSER_FILE: &str = "parser.bin";
pub const NER_FILE: &str = "ner.bin";

pub struct Pipeline {
    pub tagger: Tagger,
    pub parser: Option<Parser>,
    pub ner: Option<Ner>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AnnotatedToken {
    /// Byte offsets into the annotated text.
    pub start: usize,
    pub end: usize,
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    /// 1-based index of the head token within the sentence, 0 for the root.
    pub head: usize,
    pub deprel: String,
    /// BIO entity tag: "O", "B-PER", "I-ORG", ...
    pub ner: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Entity {
    pub start: usize,
    pub end: usize,
    /// Token index range (0-based, end exclusive) within the sentence.
    pub first_token: usize,
    pub end_token: usize,
    /// PER, ORG or LOC.
    pub label: String,
    pub text: String,
}

/// A surface token written as several syntactic words ("don't" = do + n't), as UD has it.
#[derive(Debug, Clone, Serialize)]
pub struct MultiwordToken {
    /// Byte offsets into the annotated text.
    pub start: usize,
    pub end: usize,
    /// Its words: token index range (0-based, end exclusive) within the sentence.
    pub first_token: usize,
    pub end_token: usize,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct AnnotatedSentence {
    pub start: usize,
    pub end: usize,
    /// Syntactic words (CoNLL-U's integer IDs), each with its span.
    pub tokens: Vec<AnnotatedToken>,
    /// Surface tokens of more than one word; every other word is its own surface token.
    pub multiword: Vec<MultiwordToken>,
    pub entities: Vec<Entity>,
}

fn save(bytes: Vec<u8>, path: &Path) -> Result<(), NlpError> {
    std::fs::write(path, bytes).map_err(|e| NlpError::Write { path: path.display().to_string(), source: e })
}

fn load_bytes(path: &Path) -> Result<Vec<u8>, NlpError> {
    std::fs::read(path).map_err(|e| NlpError::Read { path: path.display().to_string(), source: e })
}

impl Tagger {
    pub fn save(&self, path: &Path) -> Result<(), NlpError> {
        let mut w = Writer::new();
        self.write(&mut w);
        save(w.into_bytes(), path)
    }
    pub fn from_bytes(b: &[u8], name: &str) -> Result<Self, NlpError> {
        Tagger::read(&mut Reader::open(b, name)?)
    }
    pub fn load(path: &Path) -> Result<Self, NlpError> {
        Self::from_bytes(&load_bytes(path)?, &path.display().to_string())
    }
}

impl Parser {
    pub fn save(&self, path: &Path) -> Result<(), NlpError> {
        let mut w = Writer::new();
        self.write(&mut w);
        save(w.into_bytes(), path)
    }
    pub fn from_bytes(b: &[u8], name: &str) -> Result<Self, NlpError> {
        Parser::read(&mut Reader::open(b, name)?)
    }
    pub fn load(path: &Path) -> Result<Self, NlpError> {
        Self::from_bytes(&load_bytes(path)?, &path.display().to_string())
    }
}

impl Ner {
    pub fn save(&self, path: &Path) -> Result<(), NlpError> {
        let mut w = Writer::new();
        self.write(&mut w);
        save(w.into_bytes(), path)
    }
    pub fn from_bytes(b: &[u8], name: &str) -> Result<Self, NlpError> {
        Ner::read(&mut Reader::open(b, name)?)
    }
    pub fn load(path: &Path) -> Result<Self, NlpError> {
        Self::from_bytes(&load_bytes(path)?, &path.display().to_string())
    }
}

impl Pipeline {
    /// The models committed under data/models/, embedded in the binary at compile time so
    /// that annotation works from any directory, with no files beside the executable.
    pub fn bundled() -> Result<&'static Pipeline, NlpError> {
        use std::sync::OnceLock;
        static P: OnceLock<Result<Pipeline, String>> = OnceLock::new();
        let r = P.get_or_init(|| {
            let load = || -> Result<Pipeline, NlpError> {
                Ok(Pipeline {
                    tagger: Tagger::from_bytes(super::bundled::TAGGER, "data/models/tagger.bin (bundled)")?,
                    parser: super::bundled::PARSER.map(|b| Parser::from_bytes(b, "data/models/parser.bin (bundled)")).transpose()?,
                    ner: super::bundled::NER.map(|b| Ner::from_bytes(b, "data/models/ner.bin (bundled)")).transpose()?,
                })
            };
            load().map_err(|e| e.to_string())
        });
        r.as_ref().map_err(|e| NlpError::Model { model: "bundled".into(), reason: e.clone() })
    }

    /// Models from a directory holding tagger.bin and optionally parser.bin and ner.bin.
    pub fn load(dir: &Path) -> Result<Pipeline, NlpError> {
        let p = dir.join(PARSER_FILE);
        let n = dir.join(NER_FILE);
        Ok(Pipeline {
            tagger: Tagger::load(&dir.join(TAGGER_FILE))?,
            parser: if p.exists() { Some(Parser::load(&p)?) } else { None },
            ner: if n.exists() { Some(Ner::load(&n)?) } else { None },
        })
    }

    /// Fills LEMMA, UPOS, XPOS, HEAD, DEPREL and NER (in MISC) of sentences whose words are
    /// given; the words themselves, comments and multiword ranges are left as they are.
    /// Stage by stage over all the sentences rather than sentence by sentence: each model's
    /// weights then stay in the CPU caches for the whole stage instead of being evicted by
    /// the parser's tables at every sentence (the same output, measured faster).
    pub fn annotate_sentences(&self, sentences: &mut [Sentence]) {
        for s in sentences.iter_mut() {
            self.tagger.tag(s);
        }
        for s in sentences.iter_mut() {
            self.parse(s);
        }
        for s in sentences.iter_mut() {
            self.recognize(s);
        }
    }

    pub fn annotate_sentence(&self, s: &mut Sentence) {
        self.annotate_sentences(std::slice::from_mut(s));
    }

    fn parse(&self, s: &mut Sentence) {
        if let Some(p) = &self.parser {
            p.parse(s);
        } else {
            for w in &mut s.words {
                w.head = 0;
                w.deprel.clear();
            }
        }
    }

    fn recognize(&self, s: &mut Sentence) {
        if let Some(n) = &self.ner {
            let labels = n.predict(s);
            for (w, l) in s.words.iter_mut().zip(labels) {
                w.misc = set_misc(&w.misc, "NER", l);
            }
        }
    }

    /// Annotates raw text: sentences and tokens with byte spans into `text`.
    pub fn annotate(&self, text: &str) -> Vec<AnnotatedSentence> {
        let mut pieces = Vec::new();
        let mut sentences = Vec::new();
        for (span, surface) in super::tokenize::tokens(text) {
            let mut multiword = Vec::new();
            let mut words = Vec::new();
            for t in &surface {
                if t.words.len() > 1 {
                    multiword.push(MultiwordToken {
                        start: t.span.start,
                        end: t.span.end,
                        first_token: words.len(),
                        end_token: words.len() + t.words.len(),
                        text: text[t.span.start..t.span.end].to_string(),
                    });
                }
                words.extend(t.words.iter().copied());
            }
            sentences.push(Sentence {
                words: words.iter().map(|w| Word { form: text[w.start..w.end].to_string(), ..Word::default() }).collect(),
                ..Sentence::default()
            });
            pieces.push((span, multiword, words));
        }
        self.annotate_sentences(&mut sentences);
        let mut out = Vec::with_capacity(sentences.len());
        for (s, (span, multiword, words)) in sentences.into_iter().zip(pieces) {
            let tokens: Vec<AnnotatedToken> = s
                .words
                .iter()
                .zip(&words)
                .map(|(w, sp)| AnnotatedToken {
                    start: sp.start,
                    end: sp.end,
                    form: w.form.clone(),
                    lemma: w.lemma.clone(),
                    upos: w.upos.clone(),
                    xpos: w.xpos.clone(),
                    head: w.head,
                    deprel: w.deprel.clone(),
                    ner: Sentence::misc_value(w, "NER").unwrap_or("O").to_string(),
                })
                .collect();
            let labels: Vec<String> = tokens.iter().map(|t| t.ner.clone()).collect();
            let entities = super::conllu::spans(&labels)
                .into_iter()
                .map(|(a, b, label)| Entity {
                    start: tokens[a].start,
                    end: tokens[b - 1].end,
                    first_token: a,
                    end_token: b,
                    label,
                    text: text[tokens[a].start..tokens[b - 1].end].to_string(),
                })
                .collect();
            out.push(AnnotatedSentence { start: span.start, end: span.end, tokens, multiword, entities });
        }
        out
    }
}

/// Annotated raw text as CoNLL-U sentences: `# sent_id`/`# text` comments, a range line for
/// each multiword token, SpaceAfter=No where no whitespace follows a surface token (on the
/// range line for a multiword token, as the format asks), NER in MISC.
pub fn to_conllu(text: &str, sentences: &[AnnotatedSentence]) -> Vec<Sentence> {
    sentences
        .iter()
        .enumerate()
        .map(|(k, s)| {
            // Where the surface token that ends with word i ends, and whether word i ends one.
            let glued_after = |end: usize, last_word: usize| last_word + 1 < s.tokens.len() && s.tokens[last_word + 1].start == end;
            let inside_multiword = |i: usize| s.multiword.iter().any(|m| i >= m.first_token && i < m.end_token);
            let raw = s
                .multiword
                .iter()
                .map(|m| {
                    let misc = if glued_after(m.end, m.end_token - 1) { "SpaceAfter=No" } else { "_" };
                    (m.first_token, format!("{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{misc}", m.first_token + 1, m.end_token, m.text))
                })
                .collect();
            Sentence {
                comments: vec![
                    format!("# sent_id = {}", k + 1),
                    format!("# text = {}", text[s.start..s.end].split_whitespace().collect::<Vec<_>>().join(" ")),
                ],
                words: s
                    .tokens
                    .iter()
                    .enumerate()
                    .map(|(i, t)| {
                        let mut misc = String::new();
                        if !inside_multiword(i) && glued_after(t.end, i) {
                            misc = "SpaceAfter=No".to_string();
                        }
                        misc = set_misc(&misc, "NER", &t.ner);
                        Word {
                            form: t.form.clone(),
                            lemma: t.lemma.clone(),
                            upos: t.upos.clone(),
                            xpos: t.xpos.clone(),
                            feats: String::new(),
                            head: t.head,
                            deprel: t.deprel.clone(),
                            deps: String::new(),
                            misc,
                        }
                    })
                    .collect(),
                raw,
            }
        })
        .collect()
}
