//! Mention detection: post titles, capitalised names (typed as person, organization or
//! place by the gazetteer, the head-word lexicons and context), event phrases, dates and
//! pronouns. Every mention is a token range and so a span into the original text.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::lexicon::{Lexicon, Voice};
use crate::nlp::lists::WordLists;
use super::EntityType;
use crate::document::{Document, Span};
use crate::link::{Gazetteer, Towns};
use crate::text::{self, dates, Sentence, Token, TokenKind};

#[derive(Debug, Clone, PartialEq)]
pub enum MentionKind {
    Name { kind: EntityType, class: String, qid: Option<String> },
    /// A post title ("Deputy Chief"); `rank_only` for honorifics ("Colonel").
    Title { text: String, head: bool, rank_only: bool },
    /// `evoked`: the event is stated by a verb ("X met with Y"), and this is its label.
    Event { head: String, class: String, generic: bool, definite: bool, evoked: Option<String> },
    Date { values: Vec<String> },
    /// he, she, it, they, and "the Office"-style references (`head` word given).
    Reference { word: String },
}

#[derive(Debug, Clone)]
pub struct Mention {
    pub tokens: Range<usize>,
    pub span: Span,
    pub sentence: usize,
    pub kind: MentionKind,
    /// Part of a larger name ("Astana" in "OSCE Office in Astana"): an entity of its own,
    /// but not an argument of the sentence's relations.
    pub nested: bool,
    pub in_quote: bool,
    pub in_dateline: bool,
    /// Structure read off the name itself: (relation, mention index), e.g. partOf OSCE.
    pub structure: Vec<(super::Predicate, usize)>,
    /// Filled by resolution: index into the entity list.
    pub entity: Option<usize>,
}

impl Mention {
    pub fn entity_type(&self) -> Option<EntityType> {
        match &self.kind {
            MentionKind::Name { kind, .. } => Some(*kind),
            MentionKind::Event { .. } => Some(EntityType::Event),
            _ => None,
        }
    }
    pub fn is_name(&self, kind: EntityType) -> bool {
        matches!(&self.kind, MentionKind::Name { kind: k, .. } if *k == kind)
    }
}

/// Everything the extraction stages share about one document.
pub struct Analysis<'a> {
    pub doc: &'a Document,
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// Lower-case form of every token, for matching.
    pub lower: Vec<String>,
    pub in_quote: Vec<bool>,
    /// Quotation marks: Some(true) opening, Some(false) closing.
    pub quote_marks: Vec<Option<bool>>,
    /// Token index → sentence index.
    pub sentence_of: Vec<usize>,
    /// Dependency trees over the same tokens (empty without a parser model).
    pub tree: super::syntax::Tree,
    pub lex: &'static Lexicon,
    pub gaz: &'static Gazetteer,
    /// Towns the gazetteer does not list, known by name only (no QID).
    pub towns: &'static Towns,
    pub mentions: Vec<Mention>,
    /// Mention indices in text order (longer first at the same start).
    pub order: Vec<usize>,
    pending_singles: Vec<Range<usize>>,
}

pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "by", "with",
    "from", "to", "of", "and", "but", "or", "as", "after", "before", "during", "under", "over",
    "since", "until", "while", "when", "if", "it", "he", "she", "they", "we", "i", "you", "our",
    "their", "his", "her", "its", "my", "your", "last", "next", "every", "each", "all", "some",
    "according", "both", "now", "so", "then", "there", "here", "also", "however", "meanwhile",
    "yesterday", "today", "tomorrow", "twenty", "over", "among", "about", "because", "although",
];

/// Whether the words before token `k` (an "in"/"at") make the place after it where an event
/// happens: "held in", "took place at", but not "was in place in".
pub fn occurring_before(lower: &[String], k: usize) -> bool {
    const VERBS: &[&str] = &["held", "concluded", "opened", "launched", "took", "hosted", "convened", "organized", "organised", "staged", "based", "gathered", "assembled"];
    // ("opened last night at the National Cinema Centre": past a time between.)
    let mut k = k;
    while k > 1 && matches!(lower[k - 1].as_str(), "night" | "evening" | "morning" | "afternoon" | "yesterday" | "today" | "tonight") {
        k -= 1;
        if k > 1 && matches!(lower[k - 1].as_str(), "last" | "this" | "on") {
            k -= 1;
        }
    }
    match k.checked_sub(1).map(|p| lower[p].as_str()) {
        Some("place") => k >= 2 && matches!(lower[k - 2].as_str(), "take" | "takes" | "took" | "taken" | "taking"),
        Some(w) => VERBS.contains(&w),
        None => false,
    }
}

/// "5th", "97th", "21st": a number written as an ordinal.
pub(crate) fn numeric_ordinal(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_alphabetic());
    !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) && matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th")
}

/// Money or help given, which stands for whoever it comes "from" ("with financial support
/// from the City of Leszno", "funded by a grant from X").
pub(crate) const FUNDING_NOUNS: &[&str] = &["support", "funding", "grant", "grants", "donation", "donations", "backing", "sponsorship", "contribution", "contributions", "assistance"];

/// What a service "of" is held for when it is a gathering ("Service of Remembrance"), not
/// a body ("Border Service of the Ministry").
const SERVICE_KINDS: &[&str] = &["remembrance", "thanksgiving", "worship", "commemoration", "dedication", "lessons", "hope", "light", "healing", "prayer", "blessing", "reconciliation", "lament"];

/// Posts whose capitalised everyday words before them name a field of work or a portfolio
/// ("Human Rights Officer", "Health Minister"), not a body.
const FIELD_TITLES: &[&str] = &["officer", "adviser", "advisor", "specialist", "expert", "analyst", "assistant", "consultant", "minister", "secretary"];

const DIRECTIONS: &[&str] = &[
    "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
    "upper", "lower", "greater",
];


/// "d'Ivoire", "l’Europe": a French article or preposition elided onto a capitalised word,
/// which goes on a name ("Côte d'Ivoire", "Palais de l'Europe").
fn elided_particle_name(word: &str) -> bool {
    ["d'", "d’", "l'", "l’"].iter().any(|p| word.strip_prefix(p).is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase)))
}

/// Class of a capitalised name nothing else could type; see `type_name`.
pub const TENTATIVE: &str = "Organization?";

/// Words that make a name a university's (or a polytechnic's), whose schools, colleges and
/// councils are its units.
pub const UNIVERSITY_WORDS: &[&str] = &["university", "universidad", "université", "universität", "universiteit", "polytechnic"];

/// Words that give an event phrase a name after them: "The operation, code-named X".
pub(crate) const CODE_NAMING: &[&str] = &["code-named", "codenamed", "dubbed"];

/// The class of a name only the recognizer typed: "Person?", "Place?", or [`TENTATIVE`]
/// for organizations. Such entities are kept only when some fact involves them.
pub fn provisional_class(kind: EntityType) -> String {
    format!("{}?", kind.class_name())
}

/// Whether a class is provisional (see [`provisional_class`]).
pub fn is_provisional(class: &str) -> bool {
    class.ends_with('?')
}

/// Past tenses that do not end in -ed: after an event noun they are its verb, before it
/// they are not its modifier.
const IRREGULAR_PAST: &[&str] = &[
    "held", "paid", "made", "met", "took", "gave", "led", "began", "won", "brought", "got",
    "went", "came", "saw", "said", "told", "drew", "ran", "set", "put", "saw", "became",
    "brought", "sought", "taught", "found", "left", "kept", "built", "sent", "spent", "drew",
];

const ORDINALS: &[&str] = &["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "next", "another", "previous", "latest"];

/// Levels of government written in lower case between a place's name and its body ("the
/// Sapporo city government", "the Bonfim parish council").
const GOVERNMENT_LEVELS: &[&str] = &["city", "town", "municipal", "county", "regional", "departmental", "district", "provincial", "state", "parish", "village", "borough", "metropolitan", "prefectural", "island", "shire"];
/// The bodies such a level of government names in lower case.
const GOVERNMENT_BODIES: &[&str] = &["council", "government", "administration", "assembly", "authority", "municipality"];

/// Words that end an area of work after "of" (a determiner opens a body: "head of the
/// unit"), or show the words are no area at all ("head of a new unit").
const FIELD_STOPS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "at", "for", "with", "in", "and", "who", "which", "said", "says", "was", "is", "has", "will", "had"];

const LOCATIVE: &[&str] = &["in", "from", "at", "near", "across", "outside", "inside"];

/// Lower-case particles inside people's names ("van der Meer", "de la Cruz", "bin Salman").
/// Words in lower case for a part of a town, after its name ("the El Poblado neighbourhood").
pub(crate) const TOWN_PARTS: &[&str] = &["neighbourhood", "neighborhood", "suburb", "barrio", "township", "neighbourhoods", "suburbs"];

/// Nouns in -ing that end a phrase as its head ("its workshop building").
const ING_NOUNS: &[&str] = &["building", "buildings", "wing", "wings"];

/// Words that say when a post is held, no part of the post ("the newly elected president",
/// "its current chair").
pub(crate) const WORDS_OF_THE_MOMENT: &[&str] = &["new", "newly", "elected", "newly-elected", "incoming", "outgoing", "current", "longtime", "long-time", "long-serving", "then", "top", "own"];

/// Lower-case words inside persons' and places' names ("Vincent van Gogh", "Ahmad bin Said",
/// "Maria do Carmo", "Mola di Bari"). Shared with the recognizer's training labeller
/// (nlp::train), which keeps a name whole across them.
pub(crate) const NAME_PARTICLES: &[&str] = &[
    "de", "du", "des", "van", "von", "der", "den", "la", "las", "los", "le", "da", "das", "do", "dos", "del", "di", "della", "dei", "delle", "degli", "bin", "bint", "binti", "ibn", "al", "el", "dela",
    "delos", "delas", "ter", "y",
];

/// Whether a mention names a venue: a place whose head word is a building, ground or
/// street ("Humo Arena", "Independence Square"), not a settlement or region.
pub fn is_venue(mention: &Mention) -> bool {
    matches!(&mention.kind, MentionKind::Name { kind: EntityType::Place, class, .. } if class == "Venue")
}

/// The place of a "Y-based" / "Y-headquartered" word ("Almaty-based" → "Almaty").
pub fn based_in(word: &str) -> Option<&str> {
    let (place, suffix) = word.rsplit_once('-')?;
    (matches!(suffix.to_lowercase().as_str(), "based" | "headquartered") && place.chars().next().is_some_and(char::is_uppercase)).then_some(place)
}

/// "Family-run Bodega Los Cerrillos", "State-owned Kelsa Rail": a compound ending in a
/// participle of running or owning describes the body, capitalised only as a sentence's
/// first word.
fn described_by_participle(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(_, last)| matches!(last, "run" | "owned" | "led" | "backed" | "funded" | "operated" | "managed" | "controlled" | "listed" | "supported"))
}

/// Plural nouns whose genitive names whom an event is for ("children's race", "women's
/// marathon", "farmers' market" is written without "s").
const DESCRIPTIVE_GENITIVES: &[&str] = &["children", "women", "men", "girls", "boys", "youth", "veterans", "students", "people", "farmers", "workers", "teachers", "journalists", "kids", "juniors", "seniors"];

/// Last words of the names of streets, which buildings stand "on".
pub(crate) const STREET_WORDS: &[&str] = &["street", "st.", "avenue", "ave.", "road", "rd.", "boulevard", "lane", "drive", "highway", "prospekt", "prospect"];

/// Words that open streets' names ("Jalan Ampang", "Calle Larga", "Rue Cler").
const STREET_OPENERS: &[&str] = &["jalan", "lebuh", "lorong", "calle", "avenida", "rua", "rue", "via", "ulitsa", "ulica", "soi"];

/// Nouns that class bodies but also a person's trade ("a chocolate maker", "a radio
/// producer"): a name after them needs more than the noun to be a body's.
const PERSONAL_TRADES: &[&str] = &["maker", "producer", "exporter", "distributor", "operator", "publisher", "retailer", "broadcaster", "miller", "roaster", "processor", "refiner", "builder", "boatbuilder", "developer", "dealer", "supplier", "contractor", "importer", "wholesaler"];

/// Plurals not ending in "s", whose genitive may open a name ("Women's Rights Network").
const PLURALS_WITHOUT_S: &[&str] = &["women", "men", "children", "people"];

/// A plural of people without "s" ("children", "fishermen"), whose genitive inside a name
/// owns nothing: "the Norwegian Fishermen's Association", "the United Nations Children's Fund".
fn plural_of_people(lower: &str) -> bool {
    lower.ends_with("men") || PLURALS_WITHOUT_S.contains(&lower)
}

/// Whether a word is a Roman numeral up to 39 in capitals ("III", "VII", "XXIV"): the
/// number of one of a body's numbered offices or a region.
fn is_roman_numeral(w: &str) -> bool {
    let rest = w.trim_start_matches('X');
    w.len() - rest.len() <= 3 && !w.is_empty() && matches!(rest, "" | "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX")
}

/// A hyphenated word that says how long an event runs or how far it goes ("five-day",
/// "month-long", "two-kilometre"): no word that tells one event of a kind from another. (Not
/// a track's distance: "the 800-metre final" says which race.)
pub(crate) fn is_length_word(w: &str) -> bool {
    w.rsplit_once('-').is_some_and(|(_, unit)| matches!(unit, "day" | "days" | "week" | "weeks" | "month" | "months" | "hour" | "long" | "kilometre" | "kilometer" | "km" | "mile"))
}

/// A number written in digits or as a Roman numeral ("Office 4", "Regional Field Office III").
pub(crate) fn is_number_word(w: &str) -> bool {
    is_roman_numeral(w) || (!w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
}

pub(crate) fn is_cap(s: &str) -> bool {
    let mut chars = s.chars();
    match (chars.next(), chars.next(), chars.next()) {
        (Some(c), _, _) if c.is_uppercase() => true,
        // "eThekwini", "iSimangaliso", "eSwatini": a name whose lower-case prefix is a noun
        // class marker, capitalised from its second letter (three letters or more after it).
        (Some(c), Some(d), Some(e)) => c.is_lowercase() && d.is_uppercase() && e.is_lowercase() && s.chars().count() >= 5,
        _ => false,
    }
}

pub(crate) fn is_all_caps(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

impl<'a> Analysis<'a> {
    pub fn new(doc: &'a Document) -> Self {
        let text = doc.text.as_str();
        let (tokens, sentences) = text::segment(text);
        let lower = tokens.iter().map(|t| text::fold(&text[t.span.start..t.span.end]).to_lowercase()).collect();
        let mut sentence_of = vec![0; tokens.len()];
        for (si, s) in sentences.iter().enumerate() {
            for t in s.tokens.clone() {
                sentence_of[t] = si;
            }
        }
        let tree = super::syntax::Tree::parse(text, &tokens, &sentences, doc.dateline.as_ref().map(|d| d.span));
        let mut a = Analysis {
            doc,
            text,
            tokens,
            sentences,
            lower,
            in_quote: Vec::new(),
            quote_marks: Vec::new(),
            tree,
            sentence_of,
            lex: Lexicon::bundled(),
            gaz: Gazetteer::bundled(),
            towns: Towns::bundled(),
            mentions: Vec::new(),
            order: Vec::new(),
            pending_singles: Vec::new(),
        };
        let (marks, mask) = a.quote_marks();
        a.quote_marks = marks;
        a.in_quote = mask;
        a
    }

    pub fn word(&self, i: usize) -> &str {
        let s = self.tokens[i].span;
        &self.text[s.start..s.end]
    }

    pub fn span_of(&self, r: &Range<usize>) -> Span {
        Span::new(self.tokens[r.start].span.start, self.tokens[r.end - 1].span.end)
    }

    /// Is token `t` the first of an age set off by commas (", 47,")? News copy puts one
    /// between a name and the post or body that follows it.
    pub fn age_at(&self, t: usize) -> bool {
        t + 2 < self.tokens.len() && self.word(t) == "," && self.word(t + 1).chars().all(|c| c.is_ascii_digit()) && self.word(t + 2) == ","
    }

    pub fn slice(&self, r: &Range<usize>) -> &str {
        let s = self.span_of(r);
        &self.text[s.start..s.end]
    }

    /// Which tokens are quotation marks (Some(true) opening, Some(false) closing) and which
    /// lie inside a quotation. Straight double quotes alternate; typographic ones open and
    /// close explicitly; single typographic quotes (‘…’) count when they cannot be
    /// apostrophes: ‘ after a space, ’ closing a ‘ that is open.
    fn quote_marks(&self) -> (Vec<Option<bool>>, Vec<bool>) {
        let n = self.tokens.len();
        let mut marks = vec![None; n];
        let mut mask = vec![false; n];
        // The mark that opened the current quotation: '"', '“', '«', '‘' ...
        let mut open: Option<(usize, char)> = None;
        for i in 0..n {
            let c = self.word(i).chars().next().unwrap_or(' ');
            let punct = self.tokens[i].kind == TokenKind::Punct;
            let mark = if !punct {
                None
            } else {
                match c {
                    '“' | '«' | '„' => Some(true),
                    '”' | '»' => Some(false),
                    // A quotation running on over paragraphs opens each of them again, unclosed
                    // before: that mark opens, whatever the count of marks says.
                    '"' => Some(open.is_none() || (self.tokens[i].starts_paragraph && open.is_some_and(|(o, _)| self.sentences[self.sentence_of[o]].paragraph < self.sentences[self.sentence_of[i]].paragraph))),
                    '‘' if open.is_none() => {
                        let start = self.tokens[i].span.start;
                        let after_space = start == 0 || self.text[..start].ends_with(char::is_whitespace) || self.text[..start].ends_with('(');
                        after_space.then_some(true)
                    }
                    // "trainers’ commitment" is a plural possessive, not the end.
                    '’' if matches!(open, Some((_, '‘')))
                        && (i + 1 >= n
                            || self.tokens[i + 1].kind == TokenKind::Punct
                            || self.tokens[i + 1].starts_paragraph
                            || (i > 0 && matches!(self.word(i - 1), "," | "." | "!" | "?"))) =>
                    {
                        Some(false)
                    }
                    _ => None,
                }
            };
            match mark {
                Some(true) => open = Some((i, c)),
                Some(false) => open = None,
                None => {}
            }
            marks[i] = mark;
            mask[i] = mark.is_some() || open.is_some();
        }
        if let Some((o, _)) = open {
            // Unclosed: no quotation after all.
            marks[o] = None;
            mask[o..].iter_mut().for_each(|m| *m = false);
        }
        (marks, mask)
    }

    fn sentence_start(&self, i: usize) -> bool {
        let s = &self.sentences[self.sentence_of[i]];
        if i == s.tokens.start {
            return true;
        }
        let prev = self.word(i - 1);
        prev.chars().all(|c| text::is_quote(c) || matches!(c, '(' | ':' | '-' | '–' | '—' | '‘'))
    }

    fn gazetteer_kind(&self, name: &str) -> Option<(EntityType, String, String)> {
        let hits = self.gaz.lookup(name);
        let e = hits.first()?;
        let kind = if e.is_place() { EntityType::Place } else { EntityType::Organization };
        Some((kind, e.class.clone(), e.qid.clone()))
    }

    /// "Tampere", "Rotorua": a whole name the town list knows is a town, though nothing links
    /// it. Only a whole name: many towns share their names with surnames and everyday words
    /// of other languages ("Ola Lund Eide", "Fundación Cerro Abierto").
    fn town_at(&self, r: &Range<usize>) -> bool {
        let capitalised_word = |k: usize| self.tokens[k].kind == TokenKind::Word && is_cap(self.word(k));
        let joined_before = r.start > 0 && capitalised_word(r.start - 1) && !self.sentence_start(r.start);
        let joined_after = r.end < self.tokens.len() && capitalised_word(r.end);
        // ("Pace said": nor one the recognizer reads as a person's.)
        let a_persons_name = r.clone().any(|k| self.ner(k).ends_with("-PER"));
        !joined_before && !joined_after && !a_persons_name && self.towns.lookup(self.slice(r)).is_some()
    }

    /// Whether the capitalised words from `i` on name a body or a place by its head word.
    fn body_name_from(&self, i: usize, sent_end: usize) -> bool {
        let run_end = (i + 1..sent_end).find(|&k| !(is_cap(self.word(k)) && self.tokens[k].kind == TokenKind::Word)).unwrap_or(sent_end);
        run_end > i + 1 && (self.org_head_of(&(i..run_end)).is_some() || self.place_head_of(&(i..run_end)).is_some())
    }

    /// Runs every mention stage over the document.
    pub fn find_mentions(&mut self) {
        let mut used = vec![false; self.tokens.len()];
        self.dateline_mentions(&mut used);
        self.place_abbreviations(&mut used);
        self.title_mentions(&mut used);
        self.appointed_posts(&mut used);
        self.date_mentions(&mut used);
        self.participle_prefixes();
        self.based_in_prefixes(&mut used);
        let chunks = self.name_chunks(&used);
        let persons = self.type_chunks(chunks, &mut used);
        self.single_names(&persons, &mut used);
        self.recognized_names(&mut used);
        self.quoted_short_names(&mut used);
        self.places_in_lists(&mut used);
        self.portfolio_lists(&mut used);
        self.lower_case_units(&mut used);
        self.event_mentions(&used);
        self.reference_mentions(&used);
        self.merge_in_places();
        self.organizations_by_apposition();
        self.event_names_described_as_bodies();
        self.guessed_bodies_beside_places();
        self.code_names();
        self.events_by_apposition();
        self.event_names_in_apposition();
        self.hometowns();
        self.partners_are_bodies();
        self.headquartered_names();
        self.acronymed_names();
        self.defined_acronyms();
        self.employers_after_posts();
        self.agree_person_or_organization();
        self.vessel_names();
        self.plural_demonyms();
        self.languages_as_places();
        self.last_words_as_references();
        for m in self.mentions.iter_mut() {
            m.in_quote = self.in_quote.get(m.tokens.start).copied().unwrap_or(false);
        }
        let mut order: Vec<usize> = (0..self.mentions.len()).collect();
        order.sort_by_key(|&m| (self.mentions[m].tokens.start, std::cmp::Reverse(self.mentions[m].tokens.end)));
        self.order = order;
    }

    /// 'Kalinaw Renewables Corp. ("Kalinaw")': a short name a body is given in brackets and
    /// quotes, made of words of its full name, is a name of that body (resolution joins
    /// them), which the report then uses alone ("Kalinaw President X").
    fn quoted_short_names(&mut self, used: &mut [bool]) {
        for i in 0..self.mentions.len() {
            let m = &self.mentions[i];
            let MentionKind::Name { kind: EntityType::Organization, class, .. } = &m.kind else { continue };
            let (mut end, class) = (m.tokens.end, class.clone());
            let full: Vec<&str> = m.tokens.clone().map(|t| self.lower[t].as_str()).collect();
            // 'Andina Sur Copper Corp. (TSX-V: ASC) ("Andina Sur" or the "Company")': a
            // bracket with the stock ticker may come first.
            if end + 2 < self.tokens.len() && self.word(end) == "(" && !self.word(end + 1).starts_with(crate::text::is_quote) {
                if let Some(close) = (end + 1..(end + 8).min(self.tokens.len())).find(|&k| self.word(k) == ")") {
                    let ticker = (end + 1..close).any(|k| self.word(k) == ":");
                    if ticker {
                        end = close + 1;
                    }
                }
            }
            if end + 4 >= self.tokens.len() || self.word(end) != "(" || !self.word(end + 1).starts_with(crate::text::is_quote) {
                continue;
            }
            let Some(close) = (end + 2..(end + 6).min(self.tokens.len() - 1)).find(|&k| self.word(k).starts_with(crate::text::is_quote)) else { continue };
            let short = end + 2..close;
            // ('("Andina Sur" or the "Company")': other names may follow.)
            let fits = !short.is_empty() && matches!(self.word(close + 1), ")" | "or") && short.clone().all(|k| is_cap(self.word(k)) && full.contains(&self.lower[k].as_str()));
            if !fits {
                continue;
            }
            let defined: Vec<&str> = short.clone().map(|k| self.lower[k].as_str()).collect();
            // The recognizer's guess, there and wherever the report uses the short name, yields.
            let same = |m: &Mention| m.tokens.clone().map(|k| self.lower[k].as_str()).eq(defined.iter().copied());
            let guessed: Vec<usize> = (0..self.mentions.len()).filter(|&o| o != i && matches!(self.mentions[o].kind, MentionKind::Name { .. }) && same(&self.mentions[o])).collect();
            for o in guessed {
                self.mentions[o].kind = MentionKind::Name { kind: EntityType::Organization, class: class.clone(), qid: None };
            }
            if short.clone().all(|k| !used[k]) {
                used[short.clone()].fill(true);
                self.push(short, MentionKind::Name { kind: EntityType::Organization, class, qid: None });
            }
        }
    }

    /// "The operation, code-named Blue Horizon,", "The investigation, dubbed Project
    /// Eclipse,": the name given to an event phrase names that event, whatever its words
    /// look like ("Prut Shield" to the recognizer is a person). Resolution then joins the two.
    fn code_names(&mut self) {
        for i in 0..self.mentions.len() {
            let m = &self.mentions[i];
            if m.nested || !matches!(m.kind, MentionKind::Name { .. }) {
                continue;
            }
            let k = self.name_given_at(m.tokens.start);
            if k >= m.tokens.start || !CODE_NAMING.contains(&self.lower[k].as_str()) || k < 2 || self.word(k - 1) != "," {
                continue;
            }
            let phrase = self.mentions.iter().find(|o| o.tokens.end == k - 1 && matches!(o.kind, MentionKind::Event { .. }));
            let Some(MentionKind::Event { class, .. }) = phrase.map(|o| o.kind.clone()) else { continue };
            self.mentions[i].kind = MentionKind::Name { kind: EntityType::Event, class, qid: None };
        }
    }

    /// Where the phrase giving a name that starts at `start` begins: before an opening quote
    /// and a word of [`CODE_NAMING`] ("code-named “Safe Corridor”"), else `start`.
    pub(crate) fn name_given_at(&self, start: usize) -> usize {
        let mut s = start;
        if s > 0 && matches!(self.word(s - 1), "\"" | "“" | "'" | "‘") {
            s -= 1;
        }
        if s > 0 && CODE_NAMING.contains(&self.lower[s - 1].as_str()) {
            s -= 1;
        }
        s
    }

    /// "between Duqm and Masirah Island": a one-word name only the recognizer took for a body
    /// ([`TENTATIVE`]), joined by "and" or "or" to a place's name, is a place too.
    fn guessed_bodies_beside_places(&mut self) {
        for i in 0..self.mentions.len() {
            let m = &self.mentions[i];
            let tentative = matches!(&m.kind, MentionKind::Name { kind: EntityType::Organization, class, .. } if class == TENTATIVE);
            if !tentative || m.nested || m.tokens.len() != 1 {
                continue;
            }
            let (start, end) = (m.tokens.start, m.tokens.end);
            let joined = |k: usize| k < self.tokens.len() && matches!(self.lower[k].as_str(), "and" | "or");
            let place_at = |pred: &dyn Fn(&Mention) -> bool| self.mentions.iter().any(|o| !o.nested && o.is_name(EntityType::Place) && pred(o));
            let place_after = joined(end) && place_at(&|o: &Mention| o.tokens.start == end + 1);
            let place_before = start >= 2 && joined(start - 1) && place_at(&|o: &Mention| o.tokens.end == start - 1);
            if place_after || place_before {
                self.mentions[i].kind = MentionKind::Name { kind: EntityType::Place, class: "Place".into(), qid: None };
            }
        }
    }

    /// Whether `w` is a noun that names a kind of body, not of a place or a unit: a head word
    /// of a body's name ("association", "company") or a noun that classes bodies ("charity",
    /// "developer").
    fn body_noun(&self, w: &str) -> bool {
        self.lex.org_heads.get(w).is_some_and(|h| !h.unit) || (self.lex.org_class_nouns.contains(w) && !self.lex.place_class_nouns.contains(w))
    }

    /// "the Korea AI Business Forum (KAIBF), an industry group of 140 technology companies":
    /// a name an event's head word typed ("Forum") is a body where an indefinite apposition
    /// after it (past its acronym) is headed by a noun that classes bodies.
    fn event_names_described_as_bodies(&mut self) {
        for i in 0..self.mentions.len() {
            if !matches!(&self.mentions[i].kind, MentionKind::Name { kind: EntityType::Event, .. }) || self.mentions[i].nested {
                continue;
            }
            let body_noun = |w: &str| self.body_noun(w) && !self.lex.place_class_nouns.contains(w) && !self.lex.event_heads.contains_key(w);
            // ("Independent developer Smok Forge Games": so is one a kind of body in lower
            // case stands right before.)
            let start = self.mentions[i].tokens.start;
            if start >= 1 && self.word(start - 1).starts_with(char::is_lowercase) && body_noun(self.lower[start - 1].as_str()) {
                self.mentions[i].kind = MentionKind::Name { kind: EntityType::Organization, class: "Organization".into(), qid: None };
                continue;
            }
            let Some(k) = self.indefinite_apposition(i, 5, &[]) else { continue };
            if body_noun(self.lower[k - 1].as_str()) {
                self.mentions[i].kind = MentionKind::Name { kind: EntityType::Organization, class: "Organization".into(), qid: None };
            }
        }
    }

    /// "Acme Solar, a Lagos-based firm,": a name the recognizer took for a person is an
    /// organization when an apposition after it is headed by an organization's head noun
    /// ("firm", "company", "charity"; "a member of the Council" is headed by "member").
    fn organizations_by_apposition(&mut self) {
        for i in 0..self.mentions.len() {
            // ("Van Oorschot Cacao, an Amsterdam-based chocolate maker": a place no gazetteer
            // knows, so typed by a guess, is a body a noun that classes bodies describes.)
            let guessed_place = matches!(&self.mentions[i].kind, MentionKind::Name { kind: EntityType::Place, class, qid: None } if class == "Place" || is_provisional(class));
            let person = matches!(&self.mentions[i].kind, MentionKind::Name { kind: EntityType::Person, .. });
            // ("Hartnett & Daly Conservation, a Cork-based firm": a name only the recognizer
            // typed as a body is one for sure.)
            let tentative = matches!(&self.mentions[i].kind, MentionKind::Name { kind: EntityType::Organization, class, .. } if class == TENTATIVE);
            // ("Taller Raíz, a Bogotá-based architecture studio": a name an event's opener
            // typed, "taller" being Spanish for a workshop.)
            let opener_event = matches!(&self.mentions[i].kind, MentionKind::Name { kind: EntityType::Event, .. })
                && self.lex.event_name_openers.contains(self.lower[self.mentions[i].tokens.start].as_str());
            let guessed_place = guessed_place || tentative || opener_event;
            // ("Kamo River Beer Works, a small brewery in Kyoto": a venue only its head word
            // typed, which a body's head noun describes.)
            let guessed_venue = matches!(&self.mentions[i].kind, MentionKind::Name { kind: EntityType::Place, class, qid: None } if class == "Venue");
            if !(person || guessed_place || guessed_venue) || self.mentions[i].nested {
                continue;
            }
            let start = self.mentions[i].tokens.start;
            if self.lex.given_names.contains(self.lower[start].as_str()) {
                continue;
            }
            let end = self.mentions[i].tokens.end;
            // "Wattle Creek Cider, which the family has run since 1987": people are "who".
            let which_follows = end - start >= 2 && end + 1 < self.tokens.len() && self.word(end) == "," && self.lower[end + 1] == "which";
            // "Geeveston-based barrel maker Channel Cooperage": a seat and a kind of body
            // described in lower case before the name.
            // ("the peak body Deaf Victoria Connect", "the refugee charity Porta Aberta": so
            // does a definite description in lower case right before the name.)
            let described_before = start >= 2 && {
                let head = self.lower[start - 1].as_str();
                let body_noun = self.body_noun(head);
                (body_noun && (start.saturating_sub(5)..start - 1).rev().take_while(|&k| self.word(k).starts_with(char::is_lowercase) || based_in(self.word(k)).is_some()).any(|k| based_in(self.word(k)).is_some()))
                    || self.definite_body_description_before(start)
            };
            // ("the Nanyuki-based safari company Mount Kenya Trails": a place only an
            // opener guessed, too.)
            if (person || (guessed_place && described_before)) && (which_follows || described_before) {
                self.mentions[i].kind = MentionKind::Name { kind: EntityType::Organization, class: "Organization".into(), qid: None };
                continue;
            }
            // ("Petra Mobile, the telecoms operator": a definite one too.)
            // (", a Casablanca-based travel agency specialising in group tours": a participle
            // after a body's head noun ends the phrase; "a marketing agency" keeps its noun in
            // "-ing".)
            let participle_after_head = |k: usize| {
                k > end + 2
                    && self.lower[k].ends_with("ing")
                    && self.tree.nodes.get(k).is_some_and(|n| n.upos == "VERB")
                    && self.lex.org_heads.get(self.lower[k - 1].as_str()).is_some_and(|h| !h.unit)
            };
            let phrase_end = |k: usize| (end + 3..k).find(|&j| participle_after_head(j)).unwrap_or(k);
            let Some((k, head)) = self.apposition_after(i, 7, &[], &["a", "an", "the"]).map(phrase_end).map(|k| (k, self.lower[k - 1].clone())).or_else(|| self.body_apposition_by_kind(i)) else { continue };
            // ("X, a 46-year-old truck operator": a person's age.)
            if (end..k).any(|t| self.lower[t].ends_with("-year-old")) {
                continue;
            }
            let head = &head;
            if guessed_venue && !(person || guessed_place) {
                if self.lex.org_heads.get(head.as_str()).is_some_and(|h| !h.unit && h.class == "Company") {
                    self.mentions[i].kind = MentionKind::Name { kind: EntityType::Organization, class: "Company".into(), qid: None };
                }
                continue;
            }
            if self.lex.org_heads.get(head.as_str()).is_some_and(|h| !h.unit) {
                let class = self.lex.org_heads[head.as_str()].class.clone();
                self.mentions[i].kind = MentionKind::Name { kind: EntityType::Organization, class, qid: None };
            } else if self.lex.org_class_nouns.contains(head.as_str())
                && !self.lex.place_class_nouns.contains(head.as_str())
                // (A person may be "a chocolate maker" too; "an Amsterdam-based chocolate
                // maker" with no given name is a firm.)
                && (guessed_place
                    || !PERSONAL_TRADES.contains(&head.as_str())
                    || (end..k).any(|t| based_in(self.word(t)).is_some())
                    // ("Petra Mobile, the telecoms operator": the one such firm, as people are
                    // not introduced.)
                    || self.lower[end + 1] == "the"
                    // ("Fieldstone Mills, an organic flour miller": a name ending in a
                    // facility's plural is the firm that runs them.)
                    || self.lower[end - 1].strip_suffix('s').is_some_and(|w| self.lex.opened_facilities.contains(w)))
            {
                self.mentions[i].kind = MentionKind::Name { kind: EntityType::Organization, class: "Organization".into(), qid: None };
            }
        }
    }

    /// "Curtidos Hermanos Villaseñor, one of the oldest family tanneries in Mexico",
    /// "Bancomext, Mexico's state export bank": an apposition that puts the name among
    /// things of a kind ("one of the" and a plural) or gives a place's one (a place's
    /// possessive): where it ends, and its head word in the singular.
    fn body_apposition_by_kind(&self, m: usize) -> Option<(usize, String)> {
        let end = self.mentions[m].tokens.end;
        let sent_end = self.sentences[self.sentence_of[self.mentions[m].tokens.start]].tokens.end;
        if end + 3 >= sent_end || self.word(end) != "," {
            return None;
        }
        let (from, plural) = if self.words_at(end + 1, &["one", "of", "the"]) {
            (end + 4, true)
        } else {
            let place = self.mentions.iter().find(|p| p.tokens.start == end + 1 && p.is_name(EntityType::Place))?;
            let e = place.tokens.end;
            if e + 1 >= sent_end || !matches!(self.lower[e].as_str(), "'s" | "’s") {
                return None;
            }
            (e + 1, false)
        };
        let mut k = from;
        while k < sent_end && k < from + 5 && self.word(k).starts_with(char::is_lowercase) && !matches!(self.lower[k].as_str(), "of" | "in" | "for" | "from" | "with" | "that" | "which" | "who" | "at" | "and") {
            k += 1;
        }
        if k == from {
            return None;
        }
        let word = &self.lower[k - 1];
        let head = if plural {
            word.strip_suffix("ies").map(|w| format!("{w}y")).or_else(|| word.strip_suffix('s').map(str::to_string))?
        } else {
            word.clone()
        };
        Some((k, head))
    }

    /// ", a Lagos-based firm": where the indefinite phrase set off after mention `m` ends
    /// (its head is the word before), at most `longest` words after the article, up to a
    /// comma, a preposition, a relative pronoun or one of `stops`; none unless the phrase
    /// has a word and ends in a lower-case one.
    pub(crate) fn indefinite_apposition(&self, m: usize, longest: usize, stops: &[&str]) -> Option<usize> {
        self.apposition_after(m, longest, stops, &["a", "an"])
    }

    /// [`Analysis::indefinite_apposition`] opened by one of `articles`.
    fn apposition_after(&self, m: usize, longest: usize, stops: &[&str], articles: &[&str]) -> Option<usize> {
        let mut end = self.mentions[m].tokens.end;
        let sent_end = self.sentences[self.sentence_of[self.mentions[m].tokens.start]].tokens.end;
        // ("the Korea AI Business Forum (KAIBF), an industry group": past the acronym.)
        if end + 2 < sent_end && self.word(end) == "(" && self.word(end + 2) == ")" {
            end += 3;
        }
        if end + 2 >= sent_end || self.word(end) != "," || !articles.contains(&self.lower[end + 1].as_str()) {
            return None;
        }
        let mut k = end + 2;
        // (", a contractor based in Katowice": the seat's participle ends the phrase too.)
        // ("For Harper, the day closed a circle": a verb of its own makes it a clause.)
        let finite_verb = |k: usize| {
            self.tree.nodes.get(k).is_some_and(|n| n.upos == "VERB" && matches!(n.xpos.as_str(), "VBD" | "VBZ" | "VBP"))
                && (end + 1..k).any(|j| self.tree.nodes.get(j).is_some_and(|n| n.head == Some(k) && n.deprel.starts_with("nsubj")))
        };
        while k < sent_end && k < end + 2 + longest && !matches!(self.lower[k].as_str(), "," | "of" | "in" | "for" | "from" | "with" | "that" | "which" | "who" | "whose" | "where" | "at" | "and" | "." | ";" | "(") && !stops.contains(&self.lower[k].as_str()) && !self.lex.seat_words.contains(&self.lower[k]) && !finite_verb(k) {
            k += 1;
        }
        (k > end + 2 && !is_cap(self.word(k - 1))).then_some(k)
    }

    /// "Nordic Reading Bridges, an exchange week hosted by …", "Blue Horizons, a two-day
    /// festival of sea films": a name of no known kind (no head word of a body, no given
    /// name) whose apposition is an indefinite event phrase names that event. The phrase
    /// then joins it (resolution: an event phrase in apposition to an event's name).
    fn events_by_apposition(&mut self) {
        for i in 0..self.mentions.len() {
            let unknown = self.of_no_known_kind(i);
            if !unknown || self.mentions[i].nested {
                continue;
            }
            let end = self.mentions[i].tokens.end;
            let Some(k) = self.indefinite_apposition(i, 6, &["on", "hosted", "organized", "organised", "held", "run", "led"]) else { continue };
            let two = (k >= end + 4).then(|| format!("{} {}", self.lower[k - 2], self.lower[k - 1]));
            let head = two.and_then(|w| self.lex.event_heads.get(&w)).or_else(|| self.lex.event_heads.get(self.lower[k - 1].as_str()));
            if let Some(h) = head.filter(|h| !h.generic && !h.document) {
                self.mentions[i].kind = MentionKind::Name { kind: EntityType::Event, class: h.class.clone(), qid: None };
            }
        }
    }

    /// A name nothing but the recognizer typed: no head word of a body or place, no known
    /// given name ("Nordic Reading Bridges", "Fundy Guardian").
    fn of_no_known_kind(&self, i: usize) -> bool {
        match &self.mentions[i].kind {
            MentionKind::Name { kind: EntityType::Organization | EntityType::Place, class, qid: None } => class.ends_with('?'),
            MentionKind::Name { kind: EntityType::Person, qid: None, .. } => !self.lex.given_names.contains(self.lower[self.mentions[i].tokens.start].as_str()),
            _ => false,
        }
    }

    /// "The exercise, Fundy Guardian 2022, was organized by": a name of no known kind
    /// between commas right after a definite event phrase names that event.
    fn event_names_in_apposition(&mut self) {
        for i in 0..self.mentions.len() {
            let unknown = self.of_no_known_kind(i);
            let (start, mut end) = (self.mentions[i].tokens.start, self.mentions[i].tokens.end);
            if !unknown || self.mentions[i].nested || start < 2 || self.word(start - 1) != "," {
                continue;
            }
            // "Fundy Guardian 2022": a year closes the name.
            if end < self.tokens.len() && self.word(end).len() == 4 && self.word(end).starts_with("20") && self.word(end).chars().all(|c| c.is_ascii_digit()) {
                end += 1;
            }
            if end >= self.tokens.len() || self.word(end) != "," {
                continue;
            }
            // Only the sentence's subject ("The exercise, X, was …"), not "Speaking at the
            // ceremony, Ingrid Holm, Counsellor of …", and no post after the name.
            let sent_start = self.sentences[self.sentence_of[start]].tokens.start;
            let subject = |m: &Mention| m.tokens.start == sent_start || (m.tokens.start == sent_start + 1 && matches!(self.lower[sent_start].as_str(), "the" | "this"));
            let post_after = self.mentions.iter().any(|m| matches!(m.kind, MentionKind::Title { .. }) && (m.tokens.start == end + 1 || m.tokens.start == end + 2));
            if post_after {
                continue;
            }
            let event = self.mentions.iter().find(|m| m.tokens.end == start - 1 && subject(m) && matches!(&m.kind, MentionKind::Event { definite: true, .. }));
            let Some(class) = event.and_then(|m| match &m.kind { MentionKind::Event { class, .. } => Some(class.clone()), _ => None }) else { continue };
            let span = Span::new(self.tokens[start].span.start, self.tokens[end - 1].span.end);
            let m = &mut self.mentions[i];
            m.tokens = start..end;
            m.span = span;
            m.kind = MentionKind::Name { kind: EntityType::Event, class, qid: None };
        }
    }

    /// "X, executive director of Spectrum Bridges Nova Scotia", "marketing manager of
    /// Southland Mobile": a name of no known kind right after a post and "of" or "at" is
    /// the body the post is held in, whatever the recognizer guessed (a person, a place).
    /// (Not after a post of a territory: "Mayor of Kelsa" names a town.)
    fn employers_after_posts(&mut self) {
        for i in 0..self.mentions.len() {
            if self.mentions[i].nested || !self.of_no_known_kind(i) {
                continue;
            }
            let mut k = self.mentions[i].tokens.start;
            if k > 0 && self.lower[k - 1] == "the" {
                k -= 1;
            }
            if k < 2 || !matches!(self.lower[k - 1].as_str(), "of" | "at") {
                continue;
            }
            let prep = k - 1;
            let post = self.mentions.iter().any(|m| {
                m.tokens.end == prep && matches!(m.kind, MentionKind::Title { rank_only: false, .. }) && !self.lex.territorial_posts.contains(self.lower[m.tokens.end - 1].as_str())
            });
            // ("Sipho Ndlovu, a resident artist at Iron Lotus Tattoo": an occupation in
            // apposition to a person, where the person works.)
            let occupation = self.lower[prep] == "at"
                && self.word(prep - 1).starts_with(char::is_lowercase)
                && self.tree.nodes.get(prep - 1).is_some_and(|n| n.upos == "NOUN" && n.deprel == "appos" && n.head.is_some_and(|h| self.tree.nodes[h].upos == "PROPN"));
            let post = post || occupation;
            // ("Head of Corporate Affairs": a field, no body; "Ambassador of the Kingdom of
            // the Netherlands": a state.)
            let name = self.mentions[i].tokens.clone();
            let field = name.clone().all(|t| self.portfolio_word(t));
            let state = self.lex.place_heads.contains_key(self.lower[name.start].as_str()) || self.lex.place_heads.contains_key(self.lower[name.end - 1].as_str());
            // ("owner of Osaville's Tarnby Riding School": the body is the one after the
            // possessive.)
            let possessive = self.lower.get(name.end).is_some_and(|w| matches!(w.as_str(), "'s" | "’s" | "'" | "’"));
            if post && !field && !state && !possessive {
                self.mentions[i].kind = MentionKind::Name { kind: EntityType::Organization, class: "Organization".into(), qid: None };
            }
        }
    }

    /// "GreenPower Africa, a Nairobi-based company, … GreenPower Africa's chief executive":
    /// one name typed a person in one place and an organization in another is one entity. It
    /// is the organization unless the name opens with a known given name.
    fn agree_person_or_organization(&mut self) {
        // The class of each name typed an organization somewhere.
        let mut class_of: HashMap<String, String> = HashMap::new();
        for m in &self.mentions {
            if let MentionKind::Name { kind: EntityType::Organization, class, .. } = &m.kind {
                let known = class_of.entry(self.text[m.span.start..m.span.end].to_string()).or_insert_with(|| class.clone());
                if known.ends_with('?') && !class.ends_with('?') {
                    *known = class.clone();
                }
            }
        }
        // ("Tohoku Energy Cells president X" after "Sendai-based Tohoku Energy Cells": a name
        // only guessed a body here is the body the text says it is elsewhere.)
        for m in self.mentions.iter_mut() {
            if let MentionKind::Name { kind: EntityType::Organization, class, .. } = &mut m.kind {
                if let Some(known) = class_of.get(&self.text[m.span.start..m.span.end]).filter(|k| class.ends_with('?') && !k.ends_with('?')) {
                    *class = known.clone();
                }
            }
        }
        // Names written as places somewhere ("Da Lat-based" and "its brewhouse in Da Lat").
        let place_names: HashMap<String, (String, Option<String>)> = self
            .mentions
            .iter()
            .filter_map(|m| match &m.kind {
                MentionKind::Name { kind: EntityType::Place, class, qid } if !class.ends_with('?') => Some((self.text[m.span.start..m.span.end].to_string(), (class.clone(), qid.clone()))),
                _ => None,
            })
            .collect();
        for i in 0..self.mentions.len() {
            let m = &self.mentions[i];
            // ("the chief executive of Torbud Rail" after "Torbud Rail, a contractor": a
            // place only the recognizer guessed is the body named so elsewhere.)
            if let MentionKind::Name { kind: EntityType::Place, class: place_class, qid: None } = &m.kind {
                // (Not after a locative: "in the City of Wodonga" is the place.)
                let mut before = m.tokens.start;
                if before > 0 && self.lower[before - 1] == "the" {
                    before -= 1;
                }
                let locative = before > 0 && LOCATIVE.contains(&self.lower[before - 1].as_str());
                if let Some(class) = class_of.get(&self.text[m.span.start..m.span.end]).filter(|c| place_class.ends_with('?') && !c.ends_with('?') && !locative) {
                    self.mentions[i].kind = MentionKind::Name { kind: EntityType::Organization, class: class.clone(), qid: None };
                }
                continue;
            }
            let MentionKind::Name { kind: EntityType::Person, .. } = &m.kind else { continue };
            let given = self.lex.given_names.contains(self.lower[m.tokens.start].as_str());
            let text = &self.text[m.span.start..m.span.end];
            // "Director General of Qasr Al Funun" after "Qasr Al Funun National Gallery": the
            // first words of a body's name (two at least) are its short name.
            let short_of = || class_of.iter().find(|(name, class)| !class.ends_with('?') && (super::resolve::short_form(text, name, self.lex) || super::resolve::trailing_short_form(text, name, self.lex))).map(|(_, class)| class);
            if let Some(class) = class_of.get(text).or_else(short_of).filter(|_| !given) {
                self.mentions[i].kind = MentionKind::Name { kind: EntityType::Organization, class: class.clone(), qid: None };
            } else if let Some((class, qid)) = place_names.get(text).filter(|_| !given && m.tokens.len() > 1) {
                // "at its brewhouse in Da Lat" after "Da Lat-based": the recognizer's person is
                // the town the text calls a place.
                self.mentions[i].kind = MentionKind::Name { kind: EntityType::Place, class: class.clone(), qid: qid.clone() };
            }
        }
        // "in Sirajganj" and "the Deputy Commissioner of Sirajganj": a one-word name a
        // locative puts somewhere is a place, also where only a post "of" it made it a body
        // of no known kind.
        let places: std::collections::HashSet<String> = self
            .mentions
            .iter()
            .filter(|m| m.tokens.len() == 1 && m.is_name(EntityType::Place) && m.tokens.start > 0 && LOCATIVE.contains(&self.lower[m.tokens.start - 1].as_str()))
            .map(|m| self.lower[m.tokens.start].clone())
            .collect();
        for m in self.mentions.iter_mut() {
            let generic_body = matches!(&m.kind, MentionKind::Name { kind: EntityType::Organization, class, qid: None } if class == "Organization");
            if generic_body && m.tokens.len() == 1 && places.contains(&self.lower[m.tokens.start]) {
                m.kind = MentionKind::Name { kind: EntityType::Place, class: "Place".into(), qid: None };
            }
        }
    }

    /// "head of the museum's botany department", "the ornithology department at the National
    /// Museums of Kenya", "its conservation committee": a unit of a body named in lower case,
    /// by what it does and its kind, is a body of its own, as the same words capitalised are.
    /// Only with its owner said (a body's possessive, "its" or "their", or "at"/"of" a body's
    /// name after it), since "the committee" alone refers back, and a kind's word alone ("the
    /// department") names nothing.
    fn lower_case_units(&mut self, used: &mut [bool]) {
        const UNIT_WORDS: &[&str] = &["department", "division", "unit", "section", "committee", "subcommittee", "sub-committee", "laboratory", "lab", "directorate"];
        const NOT_MODIFIERS: &[&str] = &["new", "same", "other", "own", "whole", "entire", "former", "relevant", "respective", "various", "main", "first", "second", "third", "next", "last", "current", "previous", "old", "this", "that", "its", "their", "the", "a", "an", "one", "two", "every", "each", "such", "small", "large", "special", "separate", "upper", "lower", "inner", "outer"];
        let org_name_at = |this: &Self, k: usize| this.mentions.iter().any(|m| m.tokens.start == k && m.is_name(EntityType::Organization));
        let org_name_ending = |this: &Self, k: usize| this.mentions.iter().any(|m| m.tokens.end == k && m.is_name(EntityType::Organization));
        for h in 1..self.tokens.len() {
            if used[h] || self.word(h) != self.lower[h] || !UNIT_WORDS.contains(&self.lower[h].as_str()) {
                continue;
            }
            let sent = self.sentences[self.sentence_of[h]].tokens.clone();
            let modifier = |k: usize| {
                let w = self.word(k);
                !used[k]
                    && w.chars().next().is_some_and(|c| c.is_lowercase())
                    && w.chars().all(|c| c.is_alphabetic() || c == '-')
                    && !NOT_MODIFIERS.contains(&w)
                    && self.tree.nodes.get(k).is_some_and(|n| matches!(n.xpos.as_str(), "NN" | "NNS" | "JJ" | "VBG"))
            };
            let mut s = h;
            while s > sent.start && h - s < 3 && modifier(s - 1) {
                s -= 1;
            }
            if s == h || s == sent.start {
                continue;
            }
            let before = self.lower[s - 1].as_str();
            let possessed = matches!(before, "'s" | "’s") && org_name_ending(self, s - 1);
            let pronoun = matches!(before, "its" | "their");
            let of_body = before == "the"
                && h + 2 < sent.end
                && matches!(self.lower[h + 1].as_str(), "at" | "of")
                && (org_name_at(self, h + 2) || (self.lower[h + 2] == "the" && h + 3 < sent.end && org_name_at(self, h + 3)));
            if !(possessed || pronoun || of_body) {
                continue;
            }
            self.push(s..h + 1, MentionKind::Name { kind: EntityType::Organization, class: "Department".into(), qid: None });
            for u in &mut used[s..h + 1] {
                *u = true;
            }
        }
    }

    /// "the Ministry of Science, Energy, Telecommunications and Transport": a ministry's
    /// portfolios listed with commas and a last "and" are all of its name, where each is one
    /// to three capitalised everyday words (or plurals of fields, "Telecommunications"), none
    /// a known name.
    fn portfolio_lists(&mut self, used: &mut [bool]) {
        for m in 0..self.mentions.len() {
            let MentionKind::Name { kind: EntityType::Organization, class, .. } = &self.mentions[m].kind else { continue };
            if class != "Ministry" || self.mentions[m].nested {
                continue;
            }
            let r = self.mentions[m].tokens.clone();
            if !r.clone().any(|k| self.lower[k] == "of") {
                continue;
            }
            let sent_end = self.sentences[self.sentence_of[r.start]].tokens.end;
            let portfolio = |k: usize| {
                let mut e = k;
                while e < sent_end && e < k + 3 && is_cap(self.word(e)) && !is_all_caps(self.word(e)) && !self.lex.given_names.contains(self.lower[e].as_str()) && self.gazetteer_kind(self.word(e)).is_none() && (self.lex.is_common_or_plural(&self.lower[e]) || self.lower[e].ends_with("ions")) {
                    e += 1;
                }
                e
            };
            let mut k = r.end;
            let mut closed = None;
            let mut commas = 0;
            while k + 1 < sent_end && matches!(self.word(k), "," | "and") {
                let and = self.lower[k] == "and" || (self.word(k) == "," && self.lower[k + 1] == "and");
                let start = if self.word(k) == "," && self.lower[k + 1] == "and" { k + 2 } else { k + 1 };
                let e = portfolio(start);
                // (An item ending in a body's head word is a body: "… and World Bank".)
                if e == start || self.lex.org_heads.contains_key(self.lower[e - 1].as_str()) {
                    break;
                }
                commas += usize::from(self.word(k) == ",");
                k = e;
                if and {
                    closed = Some(e);
                    break;
                }
            }
            // Not a list of bodies going on ("the Ministry of Health, Labour and Welfare and
            // UNICEF" stops at "Welfare").
            let Some(end) = closed.filter(|_| commas > 0).filter(|&e| e >= sent_end || !is_cap(self.word(e)) || self.lex.is_common(&self.lower[e])) else { continue };
            for u in &mut used[r.end..end] {
                *u = true;
            }
            let range = r.start..end;
            self.mentions[m].span = self.span_of(&range);
            self.mentions[m].tokens = range;
        }
    }

    /// "younger Nova Scotians", "Many Kenyans": people named after a known place are its
    /// people, neither a person nor a body, whatever the recognizer says.
    fn plural_demonyms(&mut self) {
        let gone: Vec<usize> = (0..self.mentions.len())
            .filter(|&m| {
                let mention = &self.mentions[m];
                let unsure_body = matches!(&mention.kind, MentionKind::Name { kind: EntityType::Organization, class, .. } if class.ends_with('?'));
                (mention.is_name(EntityType::Person) || unsure_body) && {
                    // ("Many Kenyans" at a sentence's start.)
                    let r = &mention.tokens;
                    let trimmed = if r.len() > 1 && self.lex.is_common(&self.lower[r.start]) { r.start + 1 } else { r.start };
                    [r.start, trimmed].into_iter().any(|start| {
                        let name = self.slice(&(start..r.end));
                        let stems = [name.strip_suffix("ns").map(str::to_string), name.strip_suffix("ers").map(str::to_string), name.strip_suffix("ians").map(|s| format!("{s}a"))];
                        stems.into_iter().flatten().any(|stem| self.gazetteer_kind(&stem).is_some_and(|(kind, _, _)| kind == EntityType::Place))
                    })
                }
            })
            .collect();
        self.remove_mentions(&gone);
    }

    /// "published in Kyrgyz, Russian and English", "courses in Kenyan Sign Language": a
    /// language the recognizer took for a place is no place: one word of the language list or
    /// naming a known country's people (the gazetteer's demonyms), or a name ending in
    /// "Language".
    fn languages_as_places(&mut self) {
        let gone: Vec<usize> = (0..self.mentions.len())
            .filter(|&m| {
                let mention = &self.mentions[m];
                let guessed = matches!(&mention.kind, MentionKind::Name { kind: EntityType::Place, qid: None, .. });
                let r = &mention.tokens;
                let language = |k: usize| self.lex.languages.contains(self.lower[k].as_str()) || self.gaz.demonym_country(self.word(k)).is_some();
                guessed && ((r.len() == 1 && language(r.start)) || (r.len() > 1 && matches!(self.lower[r.end - 1].as_str(), "language" | "languages")))
            })
            .collect();
        self.remove_mentions(&gone);
    }

    /// "The Kalahari Securities Exchange … the Exchange": one capitalised word after "the"
    /// that ends a body's name given before, and that only the recognizer typed, refers to
    /// that body as its head word would ("the Council"). (Not a possessor: "the Archive's
    /// Conservation Laboratory" keeps the name it owns whole.)
    fn last_words_as_references(&mut self) {
        for m in 0..self.mentions.len() {
            let mention = &self.mentions[m];
            let r = mention.tokens.clone();
            let guessed = matches!(&mention.kind, MentionKind::Name { kind: EntityType::Place | EntityType::Organization, class, qid: None } if class.ends_with('?') || class == "Place");
            let possessor = self.lower.get(r.end).is_some_and(|n| n == "'s" || n == "’s");
            if !guessed || possessor || r.len() != 1 || r.start == 0 || self.lower[r.start - 1] != "the" || mention.nested {
                continue;
            }
            let w = self.lower[r.start].clone();
            if self.ends_body_named_before(r.start, &w) && self.gazetteer_kind(self.word(r.start)).is_none() {
                self.mentions[m].kind = MentionKind::Reference { word: w };
            }
        }
    }

    /// Whether a body's name of two words or more, before token `t`, ends in `word`.
    fn ends_body_named_before(&self, t: usize, word: &str) -> bool {
        // ("the library" after "the Braille Press and Library of Guadalajara": or the head
        // word before its "of".)
        self.mentions.iter().any(|o| {
            o.is_name(EntityType::Organization) && !o.nested && o.tokens.len() >= 2 && o.tokens.end <= t && (self.lower[o.tokens.end - 1] == word || self.org_head_of(&o.tokens).is_some_and(|(h, _)| self.lower[h] == word))
        })
    }

    /// Drops the mentions at `gone`, renumbering the name structure that points at the rest
    /// (a structure link to a dropped mention goes with it).
    fn remove_mentions(&mut self, gone: &[usize]) {
        if gone.is_empty() {
            return;
        }
        let mut new_index = Vec::with_capacity(self.mentions.len());
        let mut next = 0;
        for m in 0..self.mentions.len() {
            new_index.push((!gone.contains(&m)).then(|| {
                next += 1;
                next - 1
            }));
        }
        let mut index = 0;
        self.mentions.retain(|_| {
            index += 1;
            new_index[index - 1].is_some()
        });
        for m in self.mentions.iter_mut() {
            m.structure.retain_mut(|(_, n)| match new_index[*n] {
                Some(k) => {
                    *n = k;
                    true
                }
                None => false,
            });
        }
    }

    fn push(&mut self, tokens: Range<usize>, kind: MentionKind) -> usize {
        let span = self.span_of(&tokens);
        let sentence = self.sentence_of[tokens.start];
        self.mentions.push(Mention {
            tokens,
            span,
            sentence,
            kind,
            nested: false,
            in_quote: false,
            in_dateline: false,
            structure: Vec::new(),
            entity: None,
        });
        self.mentions.len() - 1
    }

    fn tokens_in(&self, span: Span) -> Range<usize> {
        let start = self.tokens.iter().position(|t| t.span.start >= span.start).unwrap_or(self.tokens.len());
        let end = self.tokens.iter().rposition(|t| t.span.end <= span.end).map(|e| e + 1).unwrap_or(start);
        start..end.max(start)
    }

    fn dateline_mentions(&mut self, used: &mut [bool]) {
        let Some(d) = self.doc.dateline.clone() else { return };
        for t in self.tokens_in(d.span) {
            used[t] = true;
        }
        if let Some(p) = d.place {
            let r = self.tokens_in(p);
            if !r.is_empty() {
                let name = self.slice(&r).to_string();
                let (kind, class, qid) = match self.gazetteer_kind(&name) {
                    Some((k, c, q)) => (k, c, Some(q)),
                    None => (EntityType::Place, "City".to_string(), None),
                };
                let m = self.push(r, MentionKind::Name { kind, class, qid });
                self.mentions[m].in_dateline = true;
                // "ALMATY, Kazakhstan – …": the place lies in the region written after it.
                // A region the gazetteer lacks is still one by its place in the dateline
                // ("KIDAPAWAN CITY, Cotabato, May 2").
                if let Some(region) = d.region.map(|s| self.tokens_in(s)).filter(|r| !r.is_empty()) {
                    let known = match self.gazetteer_kind(self.slice(&region)) {
                        Some((EntityType::Place, class, qid)) => Some((class, Some(qid))),
                        Some(_) => None,
                        None => Some(("Region".to_string(), None)),
                    };
                    if let Some((class, qid)) = known {
                        let n = self.push(region, MentionKind::Name { kind: EntityType::Place, class, qid });
                        self.mentions[n].in_dateline = true;
                        if kind == EntityType::Place {
                            self.mentions[m].structure.push((super::Predicate::LocatedIn, n));
                        }
                        // "…, Laguna, Philippines (14 April 2016)": the region lies in the country.
                        let country = d.country.map(|s| self.tokens_in(s)).filter(|r| !r.is_empty());
                        if let Some((country, (_, class, qid))) = country.and_then(|c| Some((c.clone(), self.gazetteer_kind(self.slice(&c)).filter(|(k, _, _)| *k == EntityType::Place)?))) {
                            let c = self.push(country, MentionKind::Name { kind: EntityType::Place, class, qid: Some(qid) });
                            self.mentions[c].in_dateline = true;
                            self.mentions[n].structure.push((super::Predicate::LocatedIn, c));
                        }
                    }
                }
            }
        }
        if let Some(s) = d.source {
            let r = self.tokens_in(s);
            if !r.is_empty() {
                let m = self.push(r, MentionKind::Name { kind: EntityType::Organization, class: "NewsAgency".into(), qid: None });
                self.mentions[m].in_dateline = true;
            }
        }
    }

    /// "Fresno, Calif.": a state abbreviation after "Name ," names the state. The full
    /// stop belongs to the abbreviation even where the tokenizer split it off, and is
    /// required: "Mass" or "Ill" alone are words.
    fn place_abbreviations(&mut self, used: &mut [bool]) {
        for i in 2..self.tokens.len() {
            if used[i] || self.tokens[i].kind != TokenKind::Word || self.word(i - 1) != "," || !is_cap(self.word(i - 2)) {
                continue;
            }
            if self.sentence_of[i - 2] != self.sentence_of[i] {
                continue;
            }
            let stop_attached = i + 1 < self.tokens.len() && self.word(i + 1) == "." && self.tokens[i + 1].span.start == self.tokens[i].span.end;
            let (written, end) = if self.word(i).ends_with('.') {
                (self.word(i).to_string(), i + 1)
            } else if stop_attached {
                (format!("{}.", self.word(i)), i + 2)
            } else {
                continue;
            };
            // "the Deputy Commissioner of Sunamganj, Md. Rafiqul Islam": an abbreviation that
            // opens a capitalised name is that name's, not a state.
            if end < self.tokens.len() && self.tokens[end].kind == TokenKind::Word && is_cap(self.word(end)) && self.sentence_of[end] == self.sentence_of[i] {
                continue;
            }
            let Some(label) = self.lex.place_abbreviations.get(&written) else { continue };
            let Some(entry) = self.gaz.lookup(label).into_iter().find(|e| e.is_place()) else { continue };
            let kind = MentionKind::Name { kind: EntityType::Place, class: entry.class.clone(), qid: Some(entry.qid.clone()) };
            for u in &mut used[i..end] {
                *u = true;
            }
            self.push(i..end, kind);
        }
    }

    pub(crate) fn title_word_at(&self, i: usize) -> Option<(usize, super::lexicon::TitleWord)> {
        // "Vice-President", "Deputy-Director": modifiers joined to the title word by hyphens.
        if let Some(t) = self.lex.hyphenated_title(&self.lower[i]) {
            return Some((1, t));
        }
        // Longest multi-word title first ("secretary general", "high commissioner").
        for len in (1..=self.lex.longest_title).rev() {
            if i + len > self.tokens.len() {
                continue;
            }
            let key = self.lower[i..i + len].join(" ");
            if let Some(t) = self.lex.titles.get(key.trim_end_matches('.')).or_else(|| self.lex.titles.get(&key)) {
                return Some((len, *t));
            }
        }
        None
    }

    /// Whether a post starts at `k` (modifiers, then a title word) and is followed by "of",
    /// "at", "for" or "with", which name its body.
    /// ("chief executive of", "Chief Technology Officer of": modifiers and capitalised field
    /// words may come first.)
    fn post_then_employer(&self, start: usize, sent_end: usize) -> bool {
        for k in start..(start + 4).min(sent_end) {
            if let Some((len, title)) = self.title_word_at(k) {
                if !title.rank && k + len < sent_end && matches!(self.lower[k + len].as_str(), "of" | "at" | "for" | "with") {
                    return true;
                }
            }
            if !(self.lex.title_modifiers.contains(self.lower[k].as_str()) || is_cap(self.word(k)) && self.tokens[k].kind == TokenKind::Word) {
                return false;
            }
        }
        false
    }

    /// Post titles: modifiers and title words ending in a title word ("First Vice
    /// President", "Deputy chief", "Major-General"), capitalised or right before a name.
    /// Is the post at `i` the name of an office that serves it ("the Office of the
    /// Ombudsman", "the Office of the Public Rights Ombudsman", "the Office of the High
    /// Commissioner for Human Rights")? Then it is part of the body's name, no one's post.
    fn office_of_post_at(&self, i: usize) -> bool {
        let mut k = i;
        // ("the Office of the Children's Ombudsman": a genitive inside the post too.)
        while k > 0 && (is_cap(self.word(k - 1)) || (k >= 2 && matches!(self.lower[k - 1].as_str(), "'s" | "’s") && is_cap(self.word(k - 2)))) && !matches!(self.lower[k - 1].as_str(), "the" | "of") && k + 4 > i {
            k -= 1;
        }
        k >= 3
            && self.lower[k - 1] == "the"
            && self.lower[k - 2] == "of"
            && is_cap(self.word(k - 3))
            && matches!(self.lower[k - 3].as_str(), "office" | "bureau" | "secretariat" | "chambers" | "cabinet")
    }

    /// Whether token `k` reads as a calling by its agent suffix ("Hydrographer",
    /// "Olympian", "Horticulturist") and is no known given name.
    fn calling_word(&self, k: usize) -> bool {
        ["er", "or", "ist", "ian"].iter().any(|e| self.lower[k].ends_with(e)) && !self.lex.given_names.contains(self.lower[k].as_str())
    }

    /// Whether token `j`, right after "Chief", "Senior", "Principal" or "Lead", is a
    /// capitalised occupation in an agent suffix ("Hydrographer", "Cartographer",
    /// "Horticulturist") with a person's name of two capitalised words after it.
    fn occupation_after_rank(&self, j: usize, sent_end: usize) -> bool {
        let w = self.word(j);
        j >= 1
            && matches!(self.lower[j - 1].as_str(), "chief" | "senior" | "principal" | "lead")
            && is_cap(w)
            && !is_all_caps(w)
            && w.len() > 6
            && self.calling_word(j)
            && j + 2 < sent_end
            && is_cap(self.word(j + 1))
            && is_cap(self.word(j + 2))
            && self.tokens[j + 1].kind == TokenKind::Word
    }

    /// "Councillor Dean Karaka": right after a post, a title word that is also a given name,
    /// before a capitalised word that is no title, opens the person's name.
    fn given_name_after_post(&self, j: usize, sent_end: usize) -> bool {
        self.lex.given_names.contains(self.lower[j].as_str())
            && self.title_word_at(j).is_some_and(|(_, t)| !t.honorific && !t.rank)
            && is_cap(self.word(j))
            && j + 1 < sent_end
            && is_cap(self.word(j + 1))
            && self.tokens[j + 1].kind == TokenKind::Word
            && self.title_word_at(j + 1).is_none()
            && !self.lex.title_modifiers.contains(self.lower[j + 1].as_str())
    }

    fn title_mentions(&mut self, used: &mut [bool]) {
        let protected = self.gazetteer_spans();
        let mut i = 0;
        while i < self.tokens.len() {
            if used[i] || self.in_quote[i] {
                i += 1;
                continue;
            }
            let sent_end = self.sentences[self.sentence_of[i]].tokens.end;
            // "Keynote speaker Professor X": a role at an event, not the Speaker of a house.
            let event_speaker = self.lower[i] == "speaker" && i > 0 && matches!(self.lower[i - 1].as_str(), "keynote" | "guest" | "featured");
            // "its 27th Annual General Meeting": a meeting of all members, no rank.
            let general_meeting = self.lower[i] == "general" && i + 1 < sent_end && matches!(self.lower[i + 1].as_str(), "meeting" | "meetings");
            // "performed under conductor X": the preposition, not an Under Secretary's rank.
            let preposition = self.word(i) == "under";
            // "the Consulate General of Chile": a rank closing a two-word head of a body.
            let in_body_head = i > 0 && self.lex.titles.contains_key(self.lower[i].as_str()) && self.lex.org_heads.contains_key(format!("{} {}", self.lower[i - 1], self.lower[i]).as_str());
            // "Parque General San Martín", "Avenida Presidente Vargas": a rank inside a
            // place's name its opener begins.
            let in_place_name = i > 0 && is_cap(self.word(i)) && is_cap(self.word(i - 1)) && self.lex.place_name_openers.contains(self.lower[i - 1].as_str());
            // "Sharm El Sheikh", "Ras Al Khaimah": after a capitalised Arabic article inside a
            // name, a word of the name, no form of address.
            let after_article = i > 1 && is_cap(self.word(i)) && matches!(self.word(i - 1), "El" | "Al") && is_cap(self.word(i - 2)) && self.tokens[i - 2].kind == TokenKind::Word;
            let after_post = i > 0 && self.given_name_after_post(i, sent_end) && self.title_ends_at(i);
            // ("Kasih Events managing director X": a capitalised field word that also heads
            // bodies' names ends the name before it, not opens the post.)
            let ends_body_name = i > 0
                && is_cap(self.word(i))
                && is_cap(self.word(i - 1))
                && self.tokens[i - 1].kind == TokenKind::Word
                && self.title_word_at(i - 1).is_none()
                && !self.lex.title_modifiers.contains(self.lower[i - 1].as_str())
                && self.lex.title_modifiers.contains(self.lower[i].as_str())
                && (self.lex.org_heads.contains_key(self.lower[i].as_str()) || matches!(self.lower[i].as_str(), "events" | "communications"));
            // ("the NT Major Events Company", "the Kelsa Major Projects Authority": a rank
            // between a capitalised word and a capitalised common noun is a word of a name.)
            let rank_in_name = i > 0
                && i + 1 < sent_end
                && is_cap(self.word(i))
                && is_cap(self.word(i - 1))
                && self.tokens[i - 1].kind == TokenKind::Word
                && self.title_word_at(i).is_some_and(|(_, t)| t.rank && !t.honorific)
                && is_cap(self.word(i + 1))
                && self.lex.is_common_or_plural(&self.lower[i + 1])
                && self.title_word_at(i + 1).is_none()
                && !self.lex.given_names.contains(self.lower[i + 1].as_str());
            if event_speaker || after_article || after_post || general_meeting || preposition || in_body_head || in_place_name || ends_body_name || rank_in_name || self.office_of_post_at(i) {
                i += 1;
                continue;
            }
            let mut j = i;
            let mut last_title_end = None;
            let mut head = false;
            let mut rank_only = true;
            let mut honorific_only = true;
            let mut weakened = false;
            while j < sent_end {
                weakened |= self.lower[j].split('-').any(|part| self.lex.weakening.contains(part));
                if let Some((len, t)) = self.title_word_at(j) {
                    if t.honorific && last_title_end.is_some() {
                        break;
                    }
                    // ("the Halifax–Valletta Sister City Association": a form of address is none
                    // inside the name of a body or a place, which ends in its head word.)
                    if j == i && len == 1 && t.honorific && self.body_name_from(i, sent_end) {
                        break;
                    }
                    if last_title_end == Some(j) && len == 1 && self.given_name_after_post(j, sent_end) {
                        break;
                    }
                    // The last title word decides: a "Chief Economist" heads nothing, a "Chief
                    // Executive (Officer)" heads the company.
                    let chief_executive = (i + 1..=j).any(|k| self.lower[k - 1] == "chief" && self.lower[k].starts_with("executive"));
                    // A rank after a post ("Director General") leaves it as it is.
                    if !t.rank {
                        head = t.head || chief_executive;
                    }
                    rank_only &= t.rank;
                    honorific_only &= t.honorific;
                    j += len;
                    last_title_end = Some(j);
                } else if self.lex.title_modifiers.contains(self.lower[j].as_str()) {
                    weakened |= self.lex.weakening.contains(self.lower[j].as_str());
                    j += 1;
                } else if (last_title_end == Some(j) || (last_title_end.is_none() && j > i)) && self.occupation_after_rank(j, sent_end) {
                    // "Chief Hydrographer Colleen MacIsaac": a capitalised occupation no list
                    // knows, after "Chief" and before a name, is the post (a staff one).
                    head = false;
                    rank_only = false;
                    honorific_only = false;
                    j += 1;
                    last_title_end = Some(j);
                } else {
                    break;
                }
            }
            // ("Titans captain Shanice Gordon", "the orchestra's captain": a rank in lower
            // case that is also a post held.)
            if rank_only && j == i + 1 && !is_cap(self.word(i)) && self.lex.titles.get(self.lower[i].as_str()).is_some_and(|t| t.lower_case_post) {
                rank_only = false;
                honorific_only = false;
            }
            let Some(mut end) = last_title_end else {
                i += 1;
                continue;
            };
            // "the DSLA's chief lifeguard officer", "chief medical officer": "chief", a field
            // in lower case and "officer" are one post, which heads nothing.
            if self.lower[end - 1] == "chief" {
                let field = |k: usize| k < sent_end && self.word(k).chars().all(|c| c.is_lowercase() || c == '-') && !FUNCTION_WORDS.contains(&self.lower[k].as_str());
                if let Some(k) = (end..(end + 2).min(sent_end)).take_while(|&k| field(k)).find(|&k| k + 1 < sent_end && self.lower[k + 1] == "officer") {
                    end = k + 2;
                    head = false;
                }
            }
            // "Secretary of State": fixed continuations belong to the title.
            // An area of work heads no body: "Head of Communications at the Fund", "Chief
            // of Staff"; but a "Head of Mission" heads the mission.
            for cont in &self.lex.title_continuations {
                if end + cont.len() <= sent_end && self.lower[end..end + cont.len()].iter().zip(cont).all(|(a, b)| a == b) {
                    end += cont.len();
                    weakened |= !matches!(cont.last().map(String::as_str), Some("mission" | "state"));
                }
            }
            // "Director of Primary Health Care at the Ministry": everyday words after "of"
            // and then "at" a body are the area of work, part of the post.
            if end + 2 < sent_end && self.lower[end] == "of" && is_cap(self.word(end + 1)) {
                let mut k = self.portfolio_run_end(end + 1, sent_end, true);
                // "Director of Services for Infrastructure Development at …".
                if k > end + 1 && k + 1 < sent_end && self.lower[k] == "for" && is_cap(self.word(k + 1)) {
                    let more = self.portfolio_run_end(k + 1, sent_end, true);
                    if more > k + 1 && more < sent_end && self.lower[more] == "at" {
                        k = more;
                    }
                }
                let known = k > end + 1 && (self.gazetteer_kind(self.slice(&(end + 1..k))).is_some() || (end + 1..k).any(|x| is_all_caps(self.word(x))));
                if k > end + 1 && k < sent_end && self.lower[k] == "at" && !known {
                    weakened = true;
                    end = k;
                }
            }
            // "head of collections at the Seed Bank", "coordinator of interpreting services,":
            // everyday words in lower case after "of" are an area of work, never a body.
            if let Some(k) = self.lower_case_field_end(end, sent_end) {
                weakened = true;
                end = k;
            }
            // "Minister for Foreign Affairs": the portfolio is part of the post, unless it
            // is the ministry itself ("Minister of the Interior Ministry"). Other posts take
            // one after "for" ("Secretary of State for Water", "Commissioner for Human
            // Rights", "Special Representative for Children", "Deputy Mayor for International
            // Relations"): "of" names their body.
            // ("Under-Secretary", "Vice-Minister": the last part is the post.)
            let post_word = self.lower[end - 1].rsplit('-').next().unwrap_or_default().to_string();
            let portfolio_by = match post_word.as_str() {
                // "Secretary of Health", as US and Latin American governments name the post.
                // ("Undersecretary of Industry, Energy and Mining", as Spanish-speaking
                // governments name the post below a minister.)
                "minister" | "secretary" | "undersecretary" | "subsecretary" => &["of", "for"][..],
                "state" | "commissioner" | "representative" | "envoy" | "coordinator" | "mayor" | "director" | "adviser" | "advisor" | "officer" | "rector" | "vice-rector" | "dean" | "vice-president"
                // "Secretary-General for Educational Affairs", "Vice-Chancellor for Research".
                | "secretary-general" | "general" | "president" | "vice-chancellor" | "pro-vice-chancellor" | "manager" | "counsellor" | "attaché" => &["for"][..],
                _ => &[][..],
            };
            // "Director of Renewable Energy at the Energy Commission": a field "of" which a
            // staff post is, where the body follows "at".
            // (Where the field ends, at "at".)
            let field_of_then_at = (matches!(post_word.as_str(), "director" | "manager" | "coordinator" | "officer" | "adviser" | "advisor") && end + 1 < sent_end && self.lower[end] == "of")
                .then(|| {
                    let mut k = end + 1;
                    while k < sent_end && k < end + 5 && is_cap(self.word(k)) && !is_all_caps(self.word(k)) && !self.lex.org_heads.contains_key(self.lower[k].as_str()) && self.gazetteer_kind(self.word(k)).is_none() {
                        k += 1;
                    }
                    k
                })
                .filter(|&k| {
                    let body = if k + 1 < sent_end && self.lower[k + 1] == "the" { k + 2 } else { k + 1 };
                    k > end + 1 && k + 1 < sent_end && self.lower[k] == "at" && body < sent_end && is_cap(self.word(body))
                });
            if let Some(k) = field_of_then_at {
                weakened = true;
                end = k;
            } else if end + 1 < sent_end && portfolio_by.contains(&self.lower[end].as_str()) {
                // Portfolios are everyday words ("Foreign Affairs", "Energy and Water"); a
                // name after them is the minister's.
                // "Minister of the Interior", "Minister of the Environment".
                let run_start = if post_word == "minister" && self.lower[end] == "of" && end + 2 < sent_end && self.lower[end + 1] == "the" && !self.place_or_body_at(end + 2) { end + 2 } else { end + 1 };
                let mut k = self.portfolio_run_end(run_start, sent_end, false);
                // "Vice Minister of Strategic Development of Natural Resources": a portfolio
                // may name its field "of" another (a body or a place ends it).
                while k > run_start && k + 1 < sent_end && self.lower[k] == "of" {
                    let more = self.portfolio_run_end(k + 1, sent_end, false);
                    if more == k + 1 || (more < sent_end && self.lex.org_heads.contains_key(self.lower[more].as_str())) {
                        break;
                    }
                    k = more;
                }
                let names_body = (end + 1..k).any(|x| self.gazetteer_kind(self.word(x)).is_some_and(|(kind, _, _)| kind == EntityType::Organization));
                // "Regional Coordinator for Eastern Africa": a direction opens a place's name,
                // never ends a portfolio.
                let k = if k > run_start && DIRECTIONS.contains(&self.lower[k - 1].as_str()) && k < sent_end && is_cap(self.word(k)) { run_start } else { k };
                if k > run_start && (k >= sent_end || !self.lex.org_heads.contains_key(self.lower[k].as_str())) && !names_body {
                    // A commissioner or coordinator for a field does not head the body
                    // ("Council of Europe Commissioner for Human Rights"); a minister heads
                    // the ministry of the portfolio.
                    weakened |= post_word != "minister";
                    end = k;
                }
            }
            let any_cap = (i..end).any(|k| is_cap(self.word(k)));
            let next_cap = end < sent_end && is_cap(self.word(end));
            if end < sent_end && self.lower[end] == "'s" || (i..end).any(|k| protected[k]) {
                // "the Mayor's Marathon"; "United Nations High Commissioner for Refugees".
                i = end.max(i + 1);
                continue;
            }
            // "Department of Teacher Education", "School of Nurse Anaesthesia": a title word
            // between "of" after a body's head and an everyday capitalised word is the
            // body's field, not a post.
            let field_of_body = i >= 2
                && self.lower[i - 1] == "of"
                && is_cap(self.word(i - 2))
                && self.lex.org_heads.contains_key(self.lower[i - 2].as_str())
                && next_cap
                && self.lex.is_common(&self.lower[end])
                && !self.lex.given_names.contains(self.lower[end].as_str());
            if field_of_body {
                i = end;
                continue;
            }
            // "General Motors", "President Hotel", "Governor Square": the recognizer reads the
            // title word as the start of an organization or place name that goes on past it.
            // "the Mayor of Cork, X": a post "of" a place the recognizer runs into one name is
            // still a post.
            // But "Ambassador Park" after "Park Ji-hoon": one word the recognizer read as part
            // of a person's name earlier in the report is that person's.
            let known_person_word = end < sent_end
                && is_cap(self.word(end))
                && (end + 1 == sent_end || !is_cap(self.word(end + 1)))
                && (0..i).any(|k| self.lower[k] == self.lower[end] && self.ner(k).ends_with("PER"));
            // (A form of address opens no other name: "Notary Public Jorge Paredes Vela".)
            // ("Captain Raj Kumar", "Consul General Park Jae-won": but a title before what
            // reads as a person's name is a title, whatever type the recognizer gives the whole.)
            let person_after_title = {
                let mut k = end;
                while k < sent_end && self.ner(k).starts_with("I-") {
                    k += 1;
                }
                k > end + 1 && (self.person_like(&(end..k)) || self.korean_name(&(end..k)))
            };
            // ("the Kyorugi Referee Seminar", "a Judges Workshop": nor a title word in an
            // event's capitalised name, which ends in the event's head.)
            let event_name_follows = {
                let mut k = end;
                while k < sent_end && is_cap(self.word(k)) && self.tokens[k].kind == TokenKind::Word {
                    k += 1;
                }
                k > end && self.event_head_at(k - 1, end).is_some()
            };
            if event_name_follows && !person_after_title {
                i = end;
                continue;
            }
            if end < sent_end && self.lower[end] != "of" && !known_person_word && !honorific_only && !person_after_title && self.begins_non_person_name(i, end) {
                i = end;
                continue;
            }
            let next_is_org_head = end < sent_end && self.lex.org_heads.contains_key(self.lower[end].as_str()) && is_cap(self.word(end));
            // "Deputy High Commission", "General Assembly": the words begin an organization name.
            let after_the = i > 0 && matches!(self.lower[i - 1].as_str(), "the");
            let of_follows = end < sent_end && matches!(self.lower[end].as_str(), "of" | "at" | "to" | "in");
            // "an economist with the bank", "a spokesman for the ministry": after a name these
            // prepositions, too, give the employer.
            let employer_follows = of_follows || (end < sent_end && matches!(self.lower[end].as_str(), "for" | "with"));
            // "Tom Reyes, executive director of the foundation", "Tom Reyes, a spokesman for
            // the foundation": an apposition after a name.
            let after_name = employer_follows && {
                let k = if i >= 1 && matches!(self.lower[i - 1].as_str(), "a" | "an") { i - 1 } else { i };
                k >= 2 && self.word(k - 1) == "," && {
                    let mut comma = k - 1;
                    // "Ulla Berg, 47, a physicist at the institute": an age after the name.
                    if comma >= 2 && self.age_at(comma - 2) {
                        comma -= 2;
                    }
                    comma >= 1 && is_cap(self.word(comma - 1))
                }
            };
            // "Yaw Boateng, founder and chief executive of Farmly,": two posts joined by
            // "and" in apposition to a name, the body after the second.
            let first_of_two = !any_cap && end + 1 < sent_end && self.lower[end] == "and" && self.post_then_employer(end + 1, sent_end) && {
                let k = if i >= 1 && matches!(self.lower[i - 1].as_str(), "a" | "an") { i - 1 } else { i };
                k >= 2 && self.word(k - 1) == "," && is_cap(self.word(k - 2))
            };
            let second_of_two = employer_follows
                && i >= 1
                && self.lower[i - 1] == "and"
                && self.mentions.last().is_some_and(|m| matches!(m.kind, MentionKind::Title { .. }) && m.tokens.end == i - 1);
            let after_name = after_name || first_of_two || second_of_two;
            // "Olga Petrenko, UNICEF spokeswoman, said": the body, then the post, in
            // apposition to a name.
            let body_post_after_name = !any_cap && i >= 3 && is_cap(self.word(i - 1)) && {
                let mut b = i - 1;
                while b > 0 && i - b < 5 && is_cap(self.word(b - 1)) {
                    b -= 1;
                }
                if b >= 1 && matches!(self.lower[b - 1].as_str(), "a" | "an" | "the") {
                    b -= 1;
                }
                b >= 2 && self.word(b - 1) == "," && is_cap(self.word(b - 2))
            };
            // "the university's rector, Toomas Asser": a lower-case post owned by a body and
            // named in apposition.
            let owned_then_named = i >= 1
                && matches!(self.lower[i - 1].as_str(), "'s" | "’s")
                && end + 1 < sent_end
                && self.word(end) == ","
                && is_cap(self.word(end + 1));
            // "Maria Jensen, the OSCE's human rights adviser,": a lower-case post owned by a
            // body, in apposition to a name; everyday words before it are its field.
            let mut field_start = i;
            let field_word = |t: usize| {
                !is_cap(self.word(t))
                    && self.portfolio_word(t)
                    && self.tree.nodes.get(t).is_some_and(|n| matches!(n.upos.as_str(), "NOUN" | "ADJ"))
                    && !WORDS_OF_THE_MOMENT.contains(&self.lower[t].as_str())
            };
            while field_start > 0 && i - field_start < 3 && field_word(field_start - 1) {
                field_start -= 1;
            }
            // "UNICEF's new spokesman": "new" is no part of the post.
            let owned_end = if field_start >= 1 && self.lower[field_start - 1] == "new" { field_start - 1 } else { field_start };
            let owned_after_name = !any_cap && owned_end >= 4 && matches!(self.lower[owned_end - 1].as_str(), "'s" | "’s") && {
                let mut b = owned_end - 1;
                while b > 0 && owned_end - 1 - b < 5 && is_cap(self.word(b - 1)) {
                    b -= 1;
                }
                if b >= 1 && self.lower[b - 1] == "the" {
                    b -= 1;
                }
                b < owned_end - 1 && b >= 2 && self.word(b - 1) == "," && is_cap(self.word(b - 2))
            };
            // "Marie Ndiaye, a fishery officer at the FAO": an indefinite post in apposition
            // to a name; everyday words before it are its field.
            let indefinite_after_name = !any_cap
                && !owned_after_name
                && field_start >= 3
                && matches!(self.lower[field_start - 1].as_str(), "a" | "an")
                && self.word(field_start - 2) == ","
                && is_cap(self.word(field_start - 3))
                && end < sent_end
                && matches!(self.lower[end].as_str(), "at" | "with" | "of" | "for");
            // "Park Sung-min, survey coordinator at Korean Shorebird Watchers", "Peter Lungu,
            // field operations manager of the Society": the same without an article.
            let bare_field_after_name = !any_cap
                && !owned_after_name
                && !indefinite_after_name
                && field_start < i
                && field_start >= 2
                && self.word(field_start - 1) == ","
                && is_cap(self.word(field_start - 2))
                && end < sent_end
                && matches!(self.lower[end].as_str(), "at" | "with" | "of" | "for");
            let indefinite_after_name = indefinite_after_name || bare_field_after_name;
            // "the orchestra's music director, Anneliese Gautreau": an owned post whose field
            // is in everyday words, then the name.
            let owned_field_then_named = !any_cap
                && field_start < i
                && owned_end == field_start
                && field_start >= 2
                && matches!(self.lower[field_start - 1].as_str(), "'s" | "’s")
                && end + 1 < sent_end
                && self.word(end) == ","
                && is_cap(self.word(end + 1));
            // "Acme Ltd has appointed Ana Lee as its director", "… named her as its new
            // head brewer": a post a verb of appointment gives, in lower case.
            let appointed_as = !any_cap && {
                let k = if i >= 1 && matches!(self.lower[i - 1].as_str(), "new" | "next" | "first") { i - 1 } else { i };
                let sentence_start = self.sentences[self.sentence_of[i]].tokens.start;
                k >= sentence_start + 2
                    && matches!(self.lower[k - 1].as_str(), "its" | "their" | "the")
                    && self.lower[k - 2] == "as"
                    && (sentence_start..k - 2).any(|t| self.lex.appointing_forms.contains(&self.lower[t]))
            };
            // "Derek Olafson, the centre's owner and general manager": a second lower-case
            // post joined by "and" to an owned one right before it.
            let owned_second = !any_cap
                && field_start >= 3
                && self.lower[field_start - 1] == "and"
                && self.mentions.last().is_some_and(|m| {
                    matches!(m.kind, MentionKind::Title { rank_only: false, .. }) && m.tokens.end == field_start - 1 && m.tokens.start >= 1 && matches!(self.lower[m.tokens.start - 1].as_str(), "'s" | "’s")
                });
            let after_name = after_name || body_post_after_name || owned_then_named || owned_after_name || indefinite_after_name || owned_field_then_named || appointed_as || owned_second;
            if next_is_org_head || !(any_cap || next_cap || (of_follows && after_the) || after_name) {
                i = end.max(i + 1);
                continue;
            }
            // "the Head of the Field Office": a capitalised title without a name next to it
            // still counts; a lone lower-case "official" does not.
            if !any_cap && !next_cap && !(of_follows && after_the) && !after_name {
                i = end;
                continue;
            }
            // "Police Matters Officer", "Human Rights Adviser": capitalised everyday words
            // before a staff title name the field of work, not a body.
            let mut start = if owned_after_name || indefinite_after_name || owned_field_then_named || owned_second { field_start } else { i };
            // "the Trust's festival director": a post over a field heads that, not the body.
            weakened |= start < i;
            if FIELD_TITLES.contains(&self.lower[end - 1].as_str()) && !owned_after_name && !indefinite_after_name && !owned_field_then_named {
                let field_word = |t: usize| {
                    !used[t]
                        && !protected[t]
                        && is_cap(self.word(t))
                        && !is_all_caps(self.word(t))
                        && self.portfolio_word(t)
                        && !self.lex.place_heads.contains_key(self.lower[t].as_str())
                };
                let mut k = i;
                // "Forest Service officer" is the body's; "Police Matters Officer" a field.
                while k > 0 && i - k < 3 && field_word(k - 1) && (k < i || !self.lex.org_heads.contains_key(self.lower[k - 1].as_str())) {
                    k -= 1;
                    // "Health and Population Minister": two fields of one portfolio.
                    if k >= 2 && k < i && matches!(self.lower[k - 1].as_str(), "and" | "&") && field_word(k - 2) && !self.lex.org_heads.contains_key(self.lower[k - 2].as_str()) {
                        k -= 2;
                    }
                }
                // At a sentence start any word is capitalised: only a noun or an adjective
                // there may name the field ("Health Minister X said"; not "Yesterday Minister X").
                let sentence_start = self.sentences[self.sentence_of[i]].tokens.start;
                let nominal = |t: usize| self.tree.nodes.get(t).is_some_and(|n| matches!(n.upos.as_str(), "NOUN" | "PROPN" | "ADJ")) && !matches!(self.lower[t].as_str(), "yesterday" | "today" | "tomorrow");
                if k > sentence_start || (k < i && nominal(k)) {
                    start = k;
                }
                // "Deputy Fisheries Secretary": a rank read as a title of its own just before
                // the field belongs to this post.
                if start < i && start > 0 && used[start - 1] {
                    let rank_before = self.mentions.last().filter(|m| m.tokens.end == start && matches!(m.kind, MentionKind::Title { .. }));
                    if let Some(r) = rank_before.map(|m| m.tokens.clone()) {
                        if r.clone().all(|t| self.lex.title_modifiers.contains(self.lower[t].as_str()) || self.lex.weakening.contains(self.lower[t].as_str())) {
                            weakened |= r.clone().any(|t| self.lex.weakening.contains(self.lower[t].as_str()));
                            self.mentions.pop();
                            start = r.start;
                        }
                    }
                }
            }
            // "Deputy Director (Training) at the Academy": a bracketed area of work is part of
            // the post ("Akim (Governor)" glosses the post instead).
            let sent_end = self.sentences[self.sentence_of[i]].tokens.end;
            if !rank_only && end + 2 < sent_end && self.word(end) == "(" && self.word(end + 2) == ")" && is_cap(self.word(end + 1)) && !is_all_caps(self.word(end + 1)) && self.tokens[end + 1].kind == TokenKind::Word && !self.lex.titles.contains_key(self.lower[end + 1].as_str()) {
                end += 3;
            }
            // "race director Jeff Morrison", "Festival director Line Holm": an event's noun
            // before a lower-case post right before a name is the post's field.
            // So is a kind of place in lower case or opening the sentence ("Village headman X").
            let place_kind = |k: usize| self.lex.place_heads.contains_key(self.lower[k].as_str()) && (!is_cap(self.word(k)) || self.sentence_start(k));
            if start == i && start > 0 && !used[start - 1] && !is_cap(self.word(start)) && next_cap && (self.lex.event_heads.get(self.lower[start - 1].as_str()).is_some_and(|h| !h.generic) || place_kind(start - 1)) {
                start -= 1;
                weakened = true;
            }
            let title_text = self.slice(&(start..end)).to_string();
            for u in used.iter_mut().take(end).skip(start) {
                *u = true;
            }
            self.push(start..end, MentionKind::Title { text: title_text, head: head && !weakened, rank_only });
            i = end;
        }
    }

    /// "has appointed Claire Vasseur as its head perfumer", "named Aya Nishimura as its
    /// toji": the words in lower case after "as its" that a verb of appointment gives a
    /// named person are the post, whether the title lexicon knows them or not. A title found
    /// inside them ("head") is widened to all of them.
    fn appointed_posts(&mut self, used: &mut [bool]) {
        for k in 1..self.tokens.len().saturating_sub(2) {
            if self.lower[k] != "as" || !matches!(self.lower[k + 1].as_str(), "its" | "their") || !is_cap(self.word(k - 1)) || self.in_quote[k] {
                continue;
            }
            let sentence = self.sentences[self.sentence_of[k]].tokens.clone();
            if !(sentence.start..k).any(|t| self.lex.appointing_forms.contains(&self.lower[t])) {
                continue;
            }
            let start = if matches!(self.lower[k + 2].as_str(), "new" | "next" | "first") { k + 3 } else { k + 2 };
            let post_word = |t: usize| {
                t < sentence.end
                    && self.tokens[t].kind == TokenKind::Word
                    && self.word(t).chars().all(|c| c.is_lowercase() || c == '-')
                    && !FUNCTION_WORDS.contains(&self.lower[t].as_str())
                    && self.tree.nodes.get(t).is_some_and(|n| matches!(n.upos.as_str(), "NOUN" | "ADJ" | "PROPN"))
            };
            let mut end = start;
            while end < start + 4 && post_word(end) {
                end += 1;
            }
            // (The phrase must end the clause: "as its director of training" is left to the
            // title rules, which know what "of" names.)
            if end == start || (end < sentence.end && !matches!(self.word(end), "," | "." | ";" | ":" | "–" | "—")) {
                continue;
            }
            let found = self.mentions.iter().position(|m| matches!(m.kind, MentionKind::Title { .. }) && m.tokens.start >= start && m.tokens.end <= end);
            let text = self.slice(&(start..end)).to_string();
            match found {
                Some(t) if self.mentions[t].tokens == (start..end) => {}
                Some(t) => {
                    let MentionKind::Title { head, rank_only, .. } = self.mentions[t].kind.clone() else { continue };
                    // ("head perfumer": a head of a craft, no head of the body.)
                    let head = head && self.mentions[t].tokens.end == end;
                    self.mentions.remove(t);
                    for u in &mut used[start..end] {
                        *u = true;
                    }
                    self.push(start..end, MentionKind::Title { text, head, rank_only });
                }
                None if (start..end).all(|t| !used[t]) => {
                    for u in &mut used[start..end] {
                        *u = true;
                    }
                    self.push(start..end, MentionKind::Title { text, head: false, rank_only: false });
                }
                None => {}
            }
        }
    }

    /// Whether the recognizer tags token `start` as the beginning of an organization or a
    /// place whose name continues inside to token `end` (false without a recognizer).
    fn begins_non_person_name(&self, start: usize, end: usize) -> bool {
        let ner = |k: usize| self.ner(k);
        let kind = match ner(start) {
            "B-ORG" => "ORG",
            "B-LOC" => "LOC",
            _ => return false,
        };
        (start + 1..=end).all(|k| ner(k).strip_prefix("I-") == Some(kind))
    }

    /// After a post's title word, at `of`: where an area of work written in lower case ends
    /// ("head of collections at …", "director of research and development,"), if the words
    /// after "of" are one: one to four everyday words, no determiner, up to "at", "for",
    /// "with", "in" or the end of the clause.
    pub(crate) fn lower_case_field_end(&self, of: usize, sent_end: usize) -> Option<usize> {
        // ("undersecretary for cultural development at the Ministry": or after "for".)
        if of + 1 >= sent_end || !matches!(self.lower[of].as_str(), "of" | "for") {
            return None;
        }
        let field_word = |k: usize| {
            let w = self.word(k);
            w.starts_with(char::is_lowercase) && w.chars().all(|c| c.is_alphabetic() || c == '-') && !FIELD_STOPS.contains(&self.lower[k].as_str())
        };
        let mut k = of + 1;
        while k < sent_end && k < of + 6 && (field_word(k) || (self.lower[k] == "and" && k > of + 1 && k + 1 < sent_end && field_word(k + 1))) {
            k += 1;
        }
        let closed = k == sent_end || matches!(self.lower[k].as_str(), "at" | "for" | "with" | "in" | "," | "." | ";" | ")" | "and");
        (k > of + 1 && k <= of + 5 && closed && self.word(k - 1) != "and").then_some(k)
    }

    /// Where the longest multi-word gazetteer name starting at token `i` ends, if one does.
    fn gazetteer_name_end(&self, i: usize, sent_end: usize) -> Option<usize> {
        (2..=8).rev().map(|len| i + len).find(|&end| end <= sent_end && is_cap(self.word(end - 1)) && !self.gaz.lookup(self.slice(&(i..end))).is_empty())
    }

    /// Tokens inside a multi-word gazetteer name, which a title must not split.
    fn gazetteer_spans(&self) -> Vec<bool> {
        let mut protected = vec![false; self.tokens.len()];
        for i in 0..self.tokens.len() {
            if !is_cap(self.word(i)) {
                continue;
            }
            let sent_end = self.sentences[self.sentence_of[i]].tokens.end;
            if let Some(end) = self.gazetteer_name_end(i, sent_end) {
                for p in &mut protected[i..end] {
                    *p = true;
                }
            }
        }
        protected
    }

    fn date_mentions(&mut self, used: &mut [bool]) {
        let reference = self.doc.reference_date().as_deref().and_then(dates::parse_reference);
        for si in 0..self.sentences.len() {
            let s = self.sentences[si].span;
            for d in dates::find_dates(&self.text[s.start..s.end], s.start, reference) {
                let r = self.tokens_in(d.span);
                if r.is_empty() || used[r.start] {
                    continue;
                }
                for u in &mut used[r.clone()] {
                    *u = true;
                }
                self.push(r, MentionKind::Date { values: d.values });
            }
            // "On the same day, X held a coordination meeting": the day of the last full date
            // the report gave (the dateline's, if none).
            let words = self.sentences[si].tokens.clone();
            for k in words.clone() {
                let same_day = self.words_at(k, &["the", "same", "day"]) || self.words_at(k, &["that", "same", "day"]);
                if !same_day || used[k] {
                    continue;
                }
                let last = self.mentions.iter().rev().find_map(|m| match &m.kind {
                    MentionKind::Date { values } if m.tokens.end <= k && values.len() == 1 && values[0].len() == 10 => Some(values.clone()),
                    _ => None,
                });
                if let Some(values) = last {
                    for u in &mut used[k..k + 3] {
                        *u = true;
                    }
                    self.push(k..k + 3, MentionKind::Date { values });
                }
            }
        }
    }

    fn is_month_or_day(&self, i: usize) -> bool {
        crate::text::dates::MONTHS_AND_DAYS.contains(&self.lower[i].as_str())
    }

    fn nameish(&self, i: usize, used: &[bool]) -> bool {
        !used[i]
            && based_in(self.word(i)).is_none()
            && !described_by_participle(self.word(i))
            && self.tokens[i].kind == TokenKind::Word
            && (is_cap(self.word(i)) || self.word(i).chars().next().is_some_and(|c| c.is_ascii_digit()) && self.word(i).chars().any(|c| c.is_alphabetic()) || (i > 0 && elided_particle_name(self.word(i))))
            && !self.is_month_or_day(i)
            && self.lower[i] != "i"
            && !self.headline_verb(i)
    }

    /// "Kiyora Pharmaceutical Opens Kobe Research Centre and Signs …": in a line in headline
    /// case, a word in -s whose past form a verb entry of the lexicon has ("opened",
    /// "signed") is the headline's verb, not a word of a name.
    fn headline_verb(&self, i: usize) -> bool {
        let w = self.lower[i].as_str();
        let sentence = &self.sentences[self.sentence_of[i]].tokens;
        if !w.ends_with('s') || w.len() < 4 || i == sentence.start {
            return false;
        }
        // Cheapest test first: this runs for every capitalised word in -s.
        let stem = w.strip_suffix('s').unwrap_or(w);
        let pasts = [format!("{stem}ed"), format!("{stem}d"), format!("{}ed", w.strip_suffix("es").unwrap_or(stem))];
        if !self.lex.verbs.iter().flat_map(|v| &v.forms).any(|f| f.len() == 1 && pasts.contains(&f[0])) || !self.gaz.lookup(self.word(i)).is_empty() {
            return false;
        }
        let words: Vec<usize> = sentence.clone().filter(|&k| self.tokens[k].kind == TokenKind::Word && !FUNCTION_WORDS.contains(&self.lower[k].as_str())).collect();
        let capitalised = words.iter().filter(|&&k| is_cap(self.word(k))).count();
        words.len() >= 4 && capitalised * 10 >= words.len() * 9
    }

    fn could_start_name(&self, i: usize, used: &[bool]) -> bool {
        if numeric_ordinal(&self.lower[i]) {
            // "19th Street", "5th World Congress"
            return !used[i] && i + 1 < self.tokens.len() && self.nameish(i + 1, used);
        }
        // "11 Field Engineer Regiment", "34 Squadron": a unit named by its number, whose
        // capitalised words end in a head word of such units.
        let number = !self.word(i).is_empty() && self.word(i).len() <= 3 && self.word(i).chars().all(|c| c.is_ascii_digit());
        if number && !used[i] && i + 1 < self.tokens.len() && self.nameish(i + 1, used) {
            let sent_end = self.sentences[self.sentence_of[i]].tokens.end;
            let run_end = (i + 1..sent_end).find(|&k| !(self.nameish(k, used) && is_cap(self.word(k)))).unwrap_or(sent_end);
            return self.lex.org_heads.get(self.lower[run_end - 1].as_str()).is_some_and(|h| h.numbered);
        }
        if !self.nameish(i, used) || !is_cap(self.word(i)) {
            return false;
        }
        let w = self.lower[i].as_str();
        if FUNCTION_WORDS.contains(&w) {
            return false;
        }
        // "SOURCE Acme Corp." closing a wire release: the marker names no one.
        if self.word(i) == "SOURCE" && self.sentences[self.sentence_of[i]].tokens.start == i {
            return false;
        }
        // "MEDIA RELEASE – 15 October", "NEWS RELEASE": the kind of text, no name.
        let kind_of_text = |k: usize| self.lower.get(k).is_some_and(|n| crate::document::is_kind_of_text(n));
        if (matches!(w, "media" | "press" | "news") && kind_of_text(i + 1)) || (kind_of_text(i) && i > 0 && matches!(self.lower[i - 1].as_str(), "media" | "press" | "news" | "immediate")) {
            return false;
        }
        // "Newcastle-born composer X": where a person was born describes the person.
        // ("Sixteen-year-old Daniela Croes": so does an age opening a sentence.)
        if w.rsplit_once('-').is_some_and(|(_, suffix)| matches!(suffix, "born" | "raised" | "bred")) || w.ends_with("-year-old") {
            return false;
        }
        // "Representatives of the World Bank attended": the people are no part of the name;
        // but a capitalised "Delegation of the European Union" is a body's name.
        if self.lex.delegate_nouns.contains(w) && !self.lex.org_heads.contains_key(w) && i + 1 < self.tokens.len() && matches!(self.lower[i + 1].as_str(), "of" | "from") {
            return false;
        }
        if self.sentence_start(i) && self.lex.is_common(w) && !self.fields_and_country_at(i, used) {
            let sent_end_of = |k: usize| self.sentences[self.sentence_of[k]].tokens.end;
            // "Signing the…", "During…": a common word opens a name only if a capital follows.
            let next_cap = i + 1 < self.tokens.len() && self.nameish(i + 1, used) && self.sentence_of[i + 1] == self.sentence_of[i];
            // "Women's Rights Network Georgia held…", "Farmers' Union…": a plural's
            // genitive opening a capitalised name (not "Today's Forum", a singular's).
            let plural_genitive = i + 2 < self.tokens.len()
                && self.sentence_of[i + 2] == self.sentence_of[i]
                && matches!(self.lower[i + 1].as_str(), "'s" | "'" | "’s" | "’")
                && (PLURALS_WITHOUT_S.contains(&w) || (w.ends_with('s') && self.tree.nodes.get(i).is_some_and(|n| n.xpos.starts_with("NNS") || n.xpos == "NNPS")))
                && self.nameish(i + 2, used);
            if plural_genitive {
                return true;
            }
            // ("City of Fremantle mayor Olivia Brandt": a municipality's name, "of" a
            // capitalised place.)
            let municipality = self.lex.municipal_words.contains(w) && i + 2 < sent_end_of(i) && self.lower[i + 1] == "of" && self.nameish(i + 2, used) && {
                let run_end = self.name_run_end(i + 2, sent_end_of(i), used);
                self.mentions.iter().any(|m| matches!(m.kind, MentionKind::Title { .. }) && m.tokens.start == run_end)
            };
            if municipality {
                return true;
            }
            // A masthead in capitals ("GREAT FALLS MUNICIPAL WATER UTILITY") is a body's name
            // when it ends in a body's head word.
            // ("ANNOUNCEMENT TO BURSA MALAYSIA …" is a heading before one.)
            let sent_end = self.sentences[self.sentence_of[i]].tokens.end;
            let run_end = (i..sent_end).find(|&k| !is_all_caps(self.word(k))).unwrap_or(sent_end);
            let masthead = is_all_caps(self.word(i)) && !(i..run_end).any(|k| FUNCTION_WORDS.contains(&self.lower[k].as_str())) && self.org_head_ahead(i, sent_end, used);
            return next_cap && !w.ends_with("ing") && !w.ends_with("ed") && (masthead || !is_all_caps(self.word(i + 1).trim_end_matches("s")));
        }
        true
    }

    /// Whether the words `r` name a body posted abroad ("Delegation of the EU", "Permanent
    /// Mission of Japan"), whose name goes on with where it is posted.
    fn posted_abroad(&self, r: Range<usize>) -> bool {
        r.into_iter().any(|k| matches!(self.lower[k].as_str(), "delegation" | "mission" | "embassy" | "representation"))
    }

    /// Runs of capitalised tokens, joined by "of", "for", "and", "the", "de" and "'s" where
    /// names use them ("Ministry of Labour and Social Protection of Kazakhstan").
    fn name_chunks(&self, used: &[bool]) -> Vec<Range<usize>> {
        let mut chunks = Vec::new();
        let mut i = 0;
        while i < self.tokens.len() {
            if !self.could_start_name(i, used) {
                i += 1;
                continue;
            }
            let sent_end = self.sentences[self.sentence_of[i]].tokens.end;
            let mut j = i + 1;
            let mut has_of = false;
            // A name never runs over a line break ("… of Cusco\nPRESS RELEASE No. 112").
            let line_break_before = |k: usize| k > 0 && k < self.tokens.len() && self.text[self.tokens[k - 1].span.end..self.tokens[k].span.start].contains('\n');
            let sent_end = (i + 1..sent_end).find(|&k| line_break_before(k)).unwrap_or(sent_end);
            loop {
                if j < sent_end && self.nameish(j, used) {
                    j += 1;
                    continue;
                }
                // "Local 417 of the …": a union's local is named by its number.
                if j == i + 1 && j < sent_end && !used[j] && self.union_local_at(i) {
                    j += 1;
                    continue;
                }
                // "the Kazakhstan–Latvia Business Forum": a dash written without spaces
                // between two names joins them.
                if j + 1 < sent_end && matches!(self.word(j), "–" | "—") && self.tokens[j].span.start == self.tokens[j - 1].span.end && self.tokens[j + 1].span.start == self.tokens[j].span.end && self.nameish(j + 1, used) {
                    j += 2;
                    continue;
                }
                // "the Institut français du Maroc", "the Alliance française de Lusaka": French
                // writes the adjective of these bodies' names in lower case.
                if j < sent_end && !used[j] && matches!(self.lower[j].as_str(), "français" | "française" | "francais" | "francaise") && matches!(self.lower[j - 1].as_str(), "institut" | "alliance" | "lycée" | "lycee") {
                    j += 1;
                    continue;
                }
                if j + 1 < sent_end && !used[j] {
                    let w = self.lower[j].as_str();
                    let skip_the = j + 2 < sent_end && self.lower[j + 1] == "the";
                    let after = if skip_the { j + 2 } else { j + 1 };
                    let next_ok = after < sent_end && self.nameish(after, used);
                    let prev_is_org_head = self.lex.org_heads.contains_key(self.lower[j - 1].as_str());
                    // ("Kestrel Publishing on PC and consoles": a company's name takes no topic.)
                    let prev_is_company_head = self.lex.org_heads.get(self.lower[j - 1].as_str()).is_some_and(|h| h.class == "Company");
                    // "State Secretary Ana Lind of the Ministry", "Greg Thayer of the Forest
                    // Service": after a title, from a given name on, or where the recognizer
                    // sees a person, a person's name ends before "of".
                    let titled = self.title_ends_at(i);
                    let given = self.lex.given_names.contains(self.lower[i].as_str());
                    let recognized = self.recognized_person(&(i..j));
                    // A given name the recognizer agrees on outweighs a venue's head word:
                    // "Andrew Hall of Miami" is no hall.
                    let venue = self.place_head_of(&(i..j)).is_some_and(|c| c == "Venue");
                    // ("won by 14-year-old Émilie Gaudet of Yarmouth": two name-like words before
                    // "of" and a known town are a person and a hometown, given name known or not.)
                    // (The recognizer may run the person on over "of Yarmouth"; a place known
                    // to the gazetteer says the same where it does not.)
                    let hometown_after = w == "of" && next_ok && !skip_the && (self.ner(i) == "B-PER" || {
                        let run_end = self.name_run_end(after, sent_end, used);
                        self.gazetteer_kind(self.slice(&(after..run_end))).is_some_and(|(kind, class, _)| kind == EntityType::Place && class != "Country")
                    });
                    let person_before = ((titled || given || recognized || hometown_after) && self.person_like(&(i..j))) || (recognized && given && venue);
                    // "the Committee on Health of Kenya's National Assembly": a known name
                    // after "of" that owns the next one is no part of this name (but "the
                    // Ministry of Energy's Nuclear Safety Department" is the ministry's).
                    // (Not after a lone head word: "the University of the Western Cape's
                    // Department of Physiotherapy" names the university whole.)
                    // ("the City of Windhoek's Department of Community Development": nor after a
                    // municipality's word.)
                    let lone_head = j == i + 1 && (self.lex.org_heads.contains_key(self.lower[i].as_str()) || self.lex.municipal_words.contains(self.lower[i].as_str()));
                    let possessor_after = next_ok && !lone_head && self.known_name_at(after, sent_end, used) && {
                        let run_end = self.name_run_end(after, sent_end, used);
                        run_end + 1 < sent_end && matches!(self.lower[run_end].as_str(), "'s" | "’s") && self.org_head_ahead(run_end + 1, sent_end, used)
                    };
                    // "in Saskatoon for the Prairie Growers Network's annual conference": a
                    // name with no body's head word before "for" is not joined to one that
                    // owns what follows (but "the Department for the Economy's budget" is).
                    let for_owner = w == "for" && next_ok && self.org_head_of(&(i..j)).is_none() && {
                        let run_end = self.name_run_end(after, sent_end, used);
                        run_end + 1 < sent_end && matches!(self.lower[run_end].as_str(), "'s" | "’s")
                    };
                    // (Whether the words before the name's first "of" hold a body's head word.)
                    let body_before_of = || (i..j).take_while(|&k| self.lower[k] != "of").any(|k| self.lex.org_heads.contains_key(self.lower[k].as_str()));
                    // (A plural of people's genitive owns no unit; see `plural_of_people`.)
                    let genitive_may_own = |k: usize| !plural_of_people(&self.lower[k]);
                    match w {
                        // "Shiokaze Railway Co., Ltd.", "Acme Robotics, Inc.": a legal form
                        // after a comma ends the company's name.
                        "," if self.lex.legal_form_after(self.word(j + 1)) && (j + 2 >= sent_end || !self.nameish(j + 2, used)) => {
                            j += 2;
                            continue;
                        }
                        // "Hotel Yak & Yeti", "Procter & Gamble": an ampersand joins one name.
                        // ("Haedong Marine & Fire Insurance Co.": a company's head word after
                        // it outweighs a person the recognizer sees before it.)
                        "&" if next_ok && !skip_the && (!person_before || self.org_head_ahead(after, sent_end, used)) => {
                            j = after;
                            continue;
                        }
                        // (Not after a company's "Co.": "Redfish Outdoor Co. of Kaslo".)
                        // ("in Lyon for the 5th Annual Congress": a known place alone is no
                        // body "for" something.)
                        "of" | "for" if next_ok
                            && !person_before
                            && !(possessor_after || for_owner)
                            && self.lower[j - 1] != "co."
                            // ("Bergwerk Seilbahnen GmbH of Innsbruck": after any legal form.)
                            && !self.lex.legal_form_after(self.word(j - 1))
                            && !(w == "for" && self.known_place_alone(&(i..j)))
                            // ("welcomed 240 athletes to Sunfish Beach Park for the 12th Skaha
                            // Sprint Triathlon": a place's name is not joined to an event's.)
                            && !(w == "for" && self.org_head_of(&(i..j)).is_none() && self.lex.place_heads.contains_key(self.lower[j - 1].as_str()) && {
                                let run_end = self.name_run_end(after, sent_end, used);
                                self.event_head_of(&(after..run_end)).is_some_and(|h| !h.generic)
                            })
                            // ("at Kelsa Bay for World Wetlands Day": the day is marked there.)
                            && !(w == "for" && self.calendar_day(&(after..self.name_run_end(after, sent_end, used))))
                            && !(w == "of" && !skip_the && self.body_of_place(&(i..j))) =>
                        {
                            has_of = true;
                            j = after;
                            continue;
                        }
                        // "the Committee on Broadcasting under the Government of X": a body
                        // subordinate to another is named with it.
                        "under" if next_ok && (i..j).any(|k| self.lex.org_heads.contains_key(self.lower[k].as_str())) && self.org_head_ahead(after, sent_end, used) => {
                            has_of = true;
                            j = after;
                            continue;
                        }
                        // "Delegation of the European Union to the Republic of Moldova",
                        // "Permanent Mission of Japan to the United Nations": a posting
                        // abroad goes with the body's name.
                        "to" if next_ok
                            && self.posted_abroad(i..j)
                            && (after + 1..=(after + 5).min(sent_end)).any(|e| self.gazetteer_kind(self.slice(&(after..e))).is_some()) =>
                        {
                            has_of = true;
                            j = after;
                            continue;
                        }
                        // "Office on Drugs and Crime": the "and" after may go on as after "of".
                        // "the 3rd International Symposium on Marine Heatwaves and Coastal
                        // Ecosystems": a capitalised event name goes on with its topic.
                        // (Not a street a building stands on: "the Osh Regional Library on
                        // Kurmanjan Datka Street".)
                        // ("the association's two-day Forum on Access to Justice": a one-word
                        // head too, not opening the sentence nor before a day; and the topic
                        // goes on through "to".)
                        "on" | "to" if next_ok
                            && !skip_the
                            && !(w == "on" && prev_is_company_head)
                            && (prev_is_org_head
                                || (w == "on" && (j >= i + 2 || (i > 0 && !is_cap(self.word(i - 1)) && !self.is_month_or_day(after))) && self.takes_topic(j - 1, i))
                                || (w == "to" && (i + 1..j).any(|k| self.lower[k] == "on" && self.takes_topic(k - 1, i))))
                            && !(w == "on" && self.street_ahead(after, sent_end, used))
                            // ("in Christ Church on Easter Monday": a day, not a topic.)
                            && !(w == "on" && (after..(after + 3).min(sent_end)).any(|k| self.is_month_or_day(k))) =>
                        {
                            has_of |= w == "on";
                            j = after;
                            continue;
                        }
                        // "Border Assistance Mission to Moldova and Ukraine": a posting to two
                        // countries.
                        "and" if next_ok
                            && (i..j).any(|k| self.lower[k] == "to")
                            && self.posted_abroad(i..j)
                            && self.gazetteer_kind(self.slice(&(after..self.name_run_end(after, sent_end, used)))).is_some_and(|(k, c, _)| k == EntityType::Place && c == "Country") =>
                        {
                            j = self.name_run_end(after, sent_end, used);
                            continue;
                        }
                        "and" if j == i + 1 && self.fields_and_country_at(i, used) => {
                            j = self.name_run_end(after, sent_end, used);
                            continue;
                        }
                        // "the Kenya Prisons and Rehabilitation Service (KPRS)": where the text
                        // gives the run an acronym in brackets that spells all of it, it is one
                        // name, there and wherever else it is written (a sign-off).
                        // ("Transportes por Cable Illimani (TCI)": other languages' small words.)
                        // ("the Braille Press and Library of Guadalajara (BPLG)": the run after
                        // "and" goes on through "of" as names do.)
                        w if (matches!(w, "and" | "&") || super::resolve::FOREIGN_SMALL_WORDS.contains(&w)) && next_ok && !skip_the && self.acronym_spelt_end(i, after, sent_end, used).is_some() => {
                            j = self.acronym_spelt_end(i, after, sent_end, used).unwrap_or(after);
                            continue;
                        }
                        // "Symposium on Marine Heatwaves and Coastal Ecosystems": an event's
                        // topic goes on through "and", whatever the recognizer makes of it.
                        "and" | "&" if next_ok
                            && !skip_the
                            && (i + 1..j).any(|k| self.lower[k] == "on" && self.takes_topic(k - 1, i))
                            && !self.known_name_at(after, sent_end, used)
                            && !self.org_head_ahead(after, sent_end, used) =>
                        {
                            j = after;
                            continue;
                        }
                        // "Economic Commission for Latin America and the Caribbean": a known
                        // name goes on through "and (the)".
                        "and" | "&" if next_ok && self.gazetteer_kind(self.slice(&(i..self.name_run_end(after, sent_end, used)))).is_some() => {
                            j = self.name_run_end(after, sent_end, used);
                            continue;
                        }
                        // "ITU Regional Office for Asia and the Pacific", "for Europe and Central
                        // Asia": a body's area, a continent or a broad region and another
                        // known place or "the" and one word.
                        "and" if next_ok
                            && has_of
                            && (i..j).any(|k| self.lex.org_heads.contains_key(self.lower[k].as_str()))
                            && (i + 1..j).any(|p| matches!(self.lower[p - 1].as_str(), "for" | "of") && self.gazetteer_kind(self.slice(&(p..j))).is_some_and(|(kind, class, _)| kind == EntityType::Place && class == "Place"))
                            && {
                                let run_end = self.name_run_end(after, sent_end, used);
                                self.gazetteer_kind(self.slice(&(after..run_end))).is_some_and(|(kind, _, _)| kind == EntityType::Place)
                                    || (skip_the && run_end == after + 1 && !is_all_caps(self.word(after)))
                            } =>
                        {
                            j = self.name_run_end(after, sent_end, used);
                            continue;
                        }
                        // "Committee on Television and Radio Broadcasting": a portfolio of
                        // everyday words goes on through "and" even where one of them can head
                        // a name ("Television").
                        "and" | "&" if next_ok && !skip_the && has_of && self.portfolio_word(j - 1) && {
                            let run_end = self.name_run_end(after, sent_end, used);
                            // ("Ministry of Science and ICT": a field's abbreviation, no body's.)
                            let field_abbreviation = run_end == after + 1 && self.lex.not_acronyms.contains(self.lower[after].as_str());
                            field_abbreviation || (self.portfolio_word(run_end - 1) && !self.lex.org_heads.contains_key(self.lower[run_end - 1].as_str()) && !self.known_name_at(after, sent_end, used))
                        } => {
                            j = after;
                            continue;
                        }
                        // "Ministry of Labour and Social Protection"; not "the Ministry of
                        // Health and UNICEF", where a known name or an acronym follows.
                        // Not "Rauf Guliyev and Kartli Power Solutions", a person the
                        // recognizer tags and a company.
                        // Not "the School of Welsh and School of Computer Science": a second
                        // head word with its own "of" starts a second body.
                        "and" | "&" if next_ok
                            && !skip_the
                            && (has_of || self.org_head_ahead(after, sent_end, used))
                            // ("the City of Gdańsk and Bałtyk Energia S.A.": a company's legal
                            // form after a body named with "of" ends a second body.)
                            && !(has_of && self.legal_form_ahead(after, sent_end, used))
                            // ("the Customs and Border Control Department", "the Police and Fire
                            // Department": one head word alone before "and" is the body's first field.)
                            && (!prev_is_org_head || (j == i + 1 && i > 0 && self.lower[i - 1] == "the" && !has_of))
                            && !self.known_name_at(after, sent_end, used)
                            // (A legal form ending the name makes it one company whatever the
                            // recognizer says: "Mvita Clearing and Forwarding Ltd".)
                            // ("the Kaitoke Canoe and Kayak Club": nor after "the", which
                            // comes before no person's name.)
                            && (!self.ner(j - 1).ends_with("PER")
                                || ((self.legal_form_ahead(after, sent_end, used) || (i > 0 && self.lower[i - 1] == "the" && self.org_head_ahead(after, sent_end, used)))
                                    && !self.lex.given_names.contains(self.lower[i].as_str())))
                            && !(self.lex.org_heads.contains_key(self.lower[after].as_str()) && after + 1 < sent_end && matches!(self.lower[after + 1].as_str(), "of" | "for")) =>
                        {
                            j = after;
                            continue;
                        }
                        // "the Tasmanian Jam and Preserves Fair", "the Southern Pipes and Drums
                        // Contest": an event's name goes on through "and" to its head word,
                        // where the words before hold no head and name nothing known.
                        "and" | "&" if next_ok
                            && !skip_the
                            && !has_of
                            && j - i <= 3
                            && {
                                let run_end = self.name_run_end(after, sent_end, used);
                                run_end - after <= 3 && self.event_head_at(run_end - 1, after).is_some_and(|h| !h.generic)
                            }
                            && !(i..j).any(|k| self.lex.org_heads.contains_key(self.lower[k].as_str()) || self.lex.place_heads.contains_key(self.lower[k].as_str()) || self.event_head_at(k, i).is_some())
                            && !self.known_name_at(after, sent_end, used)
                            && self.gazetteer_kind(self.slice(&(i..j))).is_none()
                            && !self.ner(j - 1).ends_with("PER") =>
                        {
                            j = after;
                            continue;
                        }
                        // "Ministry of Labour, Migration and Employment": a portfolio of
                        // everyday words listed with commas before a final "and".
                        "," if has_of && next_ok && !skip_the && {
                            let run_end = self.name_run_end(after, sent_end, used);
                            run_end < sent_end
                                && self.lower[run_end] == "and"
                                && (after..run_end).all(|k| self.portfolio_word(k))
                                && !self.known_name_at(after, sent_end, used)
                        } => {
                            j = after;
                            continue;
                        }
                        // "Department for Combating Trafficking in Persons": after "for"/"of",
                        // "in" and an everyday word name a field, not a place.
                        "in" if next_ok
                            && !skip_the
                            && has_of
                            && self.lex.is_common_or_plural(&self.lower[after])
                            // ("Office of the UNHCR in Southern India" is in a place.)
                            && self.tree.nodes.get(after).is_some_and(|n| matches!(n.xpos.as_str(), "NN" | "NNS"))
                            && !DIRECTIONS.contains(&self.lower[after].as_str()) =>
                        {
                            j = after;
                            continue;
                        }
                        // "Encuentro Internacional del Mariachi y la Canción Ranchera",
                        // "Ministério da Agricultura e Pecuária": in a name already written in
                        // Spanish, Portuguese or French (it has a "de" or "del"), that
                        // language's "and" joins the name's parts, with or without an article.
                        "y" | "e" | "et" if !skip_the && (i + 1..j).any(|k| matches!(self.lower[k].as_str(), "de" | "del" | "da" | "do" | "das" | "dos" | "des" | "du" | "della")) && {
                            let past_article = if j + 2 < sent_end && matches!(self.lower[j + 1].as_str(), "la" | "el" | "los" | "las" | "le" | "les" | "a" | "o" | "as" | "os") { j + 2 } else { j + 1 };
                            self.nameish(past_article, used)
                        } =>
                        {
                            j = if self.nameish(j + 1, used) { j + 1 } else { j + 2 };
                            continue;
                        }
                        // "Hendrik van der Meer", "Rosa de la Cruz", "Ana de los Santos": two
                        // particles before the surname.
                        "de" | "van" | "von" if j + 2 < sent_end && matches!(self.lower[j + 1].as_str(), "der" | "den" | "la" | "las" | "los") && self.nameish(j + 2, used) => {
                            j += 2;
                            continue;
                        }
                        // "Møre og Romsdal", "Berg och Dal", "Bau und Boden": between capitalised
                        // words, a Scandinavian or German "and" written in lower case joins a
                        // name (English never writes it).
                        "og" | "och" | "und" if next_ok && !skip_the && matches!(self.word(j), "og" | "och" | "und") => {
                            j = after;
                            continue;
                        }
                        // ("Dar es Salaam": a gazetteer name with a particle of its own.)
                        "es" if next_ok && !skip_the && self.gazetteer_kind(self.slice(&(i..self.name_run_end(after, sent_end, used)))).is_some() => {
                            j = after;
                            continue;
                        }
                        // ("Juan dela Cruz", "Ana delos Santos": Filipino particles.)
                        "de" | "du" | "des" | "van" | "von" | "bin" | "bint" | "binti" | "ibn" | "al" | "el" | "la" | "da" | "dos" | "del" | "di" | "della" | "dei" | "delle" | "degli" | "dela" | "delos" | "delas" if next_ok && !skip_the => {
                            j = after;
                            continue;
                        }
                        // "St. Brendan's University Hospital", "St Mary's Primary School": a
                        // saint's possessive opens the name of a church, school or hospital
                        // (but "St. Petersburg's Hermitage Museum" is the city's).
                        "'s" | "’s" if next_ok
                            && !skip_the
                            && j == i + 2
                            && matches!(self.lower[i].as_str(), "st" | "st." | "saint" | "ste" | "ste.")
                            && self.gazetteer_kind(self.slice(&(i..j))).is_none() =>
                        {
                            j = after;
                            continue;
                        }
                        // "Tarvo's Pub", "Kelsa's Tavern": a family name's possessive opens the
                        // name of a venue (a place no gazetteer knows owns none).
                        "'s" | "’s" if next_ok
                            && !skip_the
                            && j == i + 1
                            && after + 1 == self.name_run_end(after, sent_end, used)
                            && self.lex.place_heads.get(self.lower[after].as_str()).is_some_and(|c| c == "Venue")
                            && self.gazetteer_kind(self.slice(&(i..j))).is_none() =>
                        {
                            j = after;
                            continue;
                        }
                        // "the final was held at Hegarty's on Oliver Plunkett Street": a
                        // family name's possessive after "at", with no noun after it, is a
                        // pub's or a shop's own name.
                        "'s" | "’s" if !next_ok
                            && j == i + 1
                            && i > 0
                            && self.lower[i - 1] == "at"
                            && self.gazetteer_kind(self.slice(&(i..j))).is_none()
                            && !self.lex.is_common(&self.lower[i])
                            && self.tree.nodes.get(j + 1).is_none_or(|n| !matches!(n.xpos.as_str(), "NN" | "NNS" | "JJ" | "JJR" | "JJS" | "CD" | "VBG" | "VBN")) =>
                        {
                            j += 1;
                            break;
                        }
                        // "St. John's, Newfoundland", "at St Mary's on Sunday": where no name
                        // follows, a saint's possessive ends a place's or a church's own name.
                        "'s" | "’s" if !next_ok
                            && j == i + 2
                            && matches!(self.lower[i].as_str(), "st" | "st." | "saint")
                            && self.gazetteer_kind(self.slice(&(i..j))).is_none()
                            && self.tree.nodes.get(j + 1).is_none_or(|n| !matches!(n.xpos.as_str(), "NN" | "NNS" | "JJ" | "JJR" | "JJS" | "CD" | "VBG" | "VBN")) =>
                        {
                            j += 1;
                            break;
                        }
                        "'s" | "'" | "’s" | "’" if next_ok
                            && !skip_the
                            // "Teachers' Union": a bare apostrophe closes a plural.
                            && (w.ends_with('s') || self.lower[j - 1].ends_with('s'))
                            && ([self.lower[j - 1].as_str(), self.lower[j - 1].trim_end_matches('s')].iter().any(|p| self.lex.is_common(p) || self.lex.titles.contains_key(*p))
                                || matches!(w, "'" | "’") && self.org_head_ahead(after, sent_end, used)
                                // "the Drava Raftsmen's Society", "Fishermen's Association".
                                || self.lower[j - 1].ends_with("men") && self.org_head_ahead(after, sent_end, used)
                                // "the Sailors’ Memorial", "Miners' Hall".
                                || matches!(w, "'" | "’") && self.lex.place_heads.contains_key(self.lower[after].as_str())
                                // "the Osa Writers' Festival", "the Growers' Fair".
                                || matches!(w, "'" | "’") && is_cap(self.word(after)) && self.lex.event_heads.get(self.lower[after].as_str()).is_some_and(|h| !h.generic))
                            && !self.lex.org_heads.contains_key(self.lower[j - 1].as_str())
                            && !is_all_caps(self.word(j - 1))
                            // "the Ministry of Culture's Heritage Department": a whole body
                            // owns a unit named after it; but "the Cybercrime Section of the
                            // General Prosecutor's Office": a post's office is one name.
                            // ("Local 417 of the Prairie Firefighters' Union": a bare apostrophe
                            // closes a plural, no owner.)
                            && !(has_of
                                && !matches!(w, "'" | "’")
                                && genitive_may_own(j - 1)
                                && !(self.lex.titles.contains_key(self.lower[j - 1].as_str()) && self.lower[after] == "office")
                                && body_before_of()
                                && self.org_head_ahead(after, sent_end, used))
                            // ("the Zanzibar College of Arts' Department of Performing Arts": a
                            // whole body before a plural's apostrophe owns the unit after it.)
                            && !(has_of
                                && matches!(w, "'" | "’")
                                && body_before_of()
                                && (self.lex.org_heads.get(self.lower[after].as_str()).is_some_and(|h| h.unit) || matches!(self.lower[after].as_str(), "school" | "faculty"))) =>
                        {
                            // "Mayor's Marathon", "United Nations Children's Fund", "Farmers'
                            // Association"; not "OSCE's field presence" nor "the Secretariat's
                            // Unit".
                            j = after;
                            continue;
                        }
                        _ => {}
                    }
                }
                break;
            }
            // "Nangarhar province", "the OSCE centre": a lower-case head word ends the name.
            if j < sent_end && !used[j] {
                let w = self.lower[j].as_str();
                let region = self.lex.place_heads.get(w).is_some_and(|c| c == "Region");
                // (Not "the Kazakh delegation", "the Davao Region delegation": a country's
                // or a region's group of people sent, no body; but "the Montgomery County
                // House delegation" is a standing one.)
                let sent_by_place = w == "delegation" && {
                    let run = self.slice(&(i..j));
                    (j == i + 1 && self.gaz.demonym_country(self.word(i)).is_some())
                        || self.gazetteer_kind(run).is_some_and(|(k, _, _)| k == EntityType::Place)
                        || self.place_head_of(&(i..j)).is_some_and(|c| c == "Region")
                };
                // "head of the Shigaraki cooperative" after "the Shigaraki Kiln Cooperative"
                // ("the Kabarnet group" after "the Kabarnet Women Seed Savers Group"):
                // a lower-case head word after the first words of a body named with it.
                // (It scans the text, so only for a lower-case word, the only kind it can join.)
                let named_with_head = || {
                    !is_cap(self.word(j))
                        && self.lex.org_heads.contains_key(w)
                        && i > 0
                        && self.lower[i - 1] == "the"
                        && (0..self.tokens.len()).any(|k| {
                            k != i && (k..k + (j - i)).all(|t| t < self.tokens.len() && self.lower[t] == self.lower[i + (t - k)] && is_cap(self.word(t)))
                                && (k + (j - i)..(k + (j - i) + 5).min(self.tokens.len())).any(|t| self.lower[t] == w && is_cap(self.word(t)))
                        })
                };
                let unit = (self.lex.org_heads.get(w).is_some_and(|h| h.unit) || named_with_head()) && !sent_by_place;
                // "at the Inca Garcilaso de la Vega stadium", "the Cinestar Quoc Thanh cinema": a
                // lower-case venue noun after a name that is not a known place ends the venue's
                // name ("the Kumasi stadium" is left to the town).
                // ("the Dar Chabab youth centre": two words of a venue's head.)
                // ("Nha Trang's Cau Da wharf": after an owner's possessive too.)
                let venue_before = i > 0
                    && matches!(self.lower[i - 1].as_str(), "the" | "its" | "their" | "'s" | "’s")
                    && self.gazetteer_kind(self.slice(&(i..j))).is_none()
                    && !self.lex.place_heads.contains_key(self.lower[j - 1].as_str())
                    // ("the Rural Society hall": a body's own hall is a venue named after it.)
                    && (!self.lex.org_heads.contains_key(self.lower[j - 1].as_str()) || w == "hall")
                    // (Not "the Norwegian yard": a nationality, no name.)
                    && !(j == i + 1 && (self.gaz.demonym_country(self.word(i)).is_some() || self.tree.nodes.get(i).is_some_and(|n| n.upos == "ADJ")));
                let venue = self.lex.lower_case_venue_heads.contains(w) && venue_before;
                let venue_of_two = venue_before
                    && j + 1 < sent_end
                    && !is_cap(self.word(j))
                    && !is_cap(self.word(j + 1))
                    && self.lex.lower_case_venue_heads.contains(&format!("{w} {}", self.lower[j + 1]));
                // ("the WHO country office in Uganda", "the UNDP regional bureau": one word of
                // what kind of unit, between an acronym and the unit's head.)
                let kind_then_unit = !is_cap(self.word(j))
                    && j + 1 < sent_end
                    && j == i + 1
                    && is_all_caps(self.word(i))
                    && self.lex.unit_kinds.contains(w)
                    && !is_cap(self.word(j + 1))
                    && self.lex.org_heads.get(self.lower[j + 1].as_str()).is_some_and(|h| h.unit);
                // "the Pyrénées-Atlantiques departmental council", "the Sapporo city
                // government": a place's own government, named in lower case after it.
                let government_of_place = j + 1 < sent_end
                    && !is_cap(self.word(j))
                    && !is_cap(self.word(j + 1))
                    && GOVERNMENT_LEVELS.contains(&w)
                    && GOVERNMENT_BODIES.contains(&self.lower[j + 1].as_str())
                    && !(i..j).any(|k| self.lex.org_heads.contains_key(self.lower[k].as_str()));
                if venue_of_two || government_of_place {
                    j += 2;
                } else if (region || unit || venue || kind_then_unit) && !is_cap(self.word(j)) {
                    j += if kind_then_unit { 2 } else { 1 };
                    // "the Kutaisi office of the Public Defender of Georgia": the unit's body
                    // goes with it, as in a capitalised name.
                    let body = |k: usize| if k < sent_end && self.lower[k] == "the" { k + 1 } else { k };
                    // ("the Cairo office of the European Bank for Reconstruction and Development":
                    // a known name runs on over its lower-case words.)
                    while unit && j + 1 < sent_end && self.lower[j] == "of" && body(j + 1) < sent_end && is_cap(self.word(body(j + 1))) && self.nameish(body(j + 1), used) {
                        let start = body(j + 1);
                        j = self.name_run_end(start, sent_end, used).max(self.gazetteer_name_end(start, sent_end).unwrap_or(0));
                    }
                }
            }
            // "Mayor of Gyumri Hovik Mkrtchyan", "Governor of Lagos State Babajide Sanwo-Olu":
            // the place a post governs, then the holder's name, in one capitalised run.
            if let Some(k) = self.governed_place_then_name(i, j) {
                chunks.push(i..k);
                chunks.push(k..j);
            } else {
                chunks.push(i..j);
            }
            i = j;
        }
        chunks
    }

    /// Whether token `k` starts a place or a body: a gazetteer name or an organization's or a
    /// place's head word ("the Republic of …", "the Council").
    fn place_or_body_at(&self, k: usize) -> bool {
        self.gazetteer_kind(self.word(k)).is_some() || self.lex.org_heads.contains_key(self.lower[k].as_str()) || self.lex.place_heads.contains_key(self.lower[k].as_str())
    }

    /// Whether token `k` heads an event's name that goes on with its topic after "on"
    /// ("Symposium on Marine Heatwaves"): an event head that is neither generic nor a document.
    fn takes_topic(&self, k: usize, start: usize) -> bool {
        self.event_head_at(k, start).is_some_and(|h| !h.generic && !h.document)
    }

    /// Whether `part` is the holder's name that [`Self::governed_place_then_name`] split off
    /// the place governed.
    fn governed_holder(&self, part: &Range<usize>) -> bool {
        let mut i = part.start;
        while i > 0 && self.tokens[i - 1].kind == TokenKind::Word && (is_cap(self.word(i - 1)) || self.word(i - 1) == "-") && part.start - i < 6 {
            i -= 1;
        }
        i < part.start && self.governed_place_then_name(i, part.end) == Some(part.start)
    }

    /// Where the holder's name starts in a capitalised run `i..j` that follows "<territorial
    /// post> of" and begins with the place governed: the last two words are the name (a
    /// hyphenated surname is one word), and what comes before them must read as a place (one
    /// word, a place of the gazetteer, or a name ending in a place head word).
    fn governed_place_then_name(&self, i: usize, j: usize) -> Option<usize> {
        if i < 2 || self.lower[i - 1] != "of" || !self.lex.territorial_posts.contains(self.lower[i - 2].as_str()) || !is_cap(self.word(i - 2)) {
            return None;
        }
        if (i..j).any(|t| self.tokens[t].kind != TokenKind::Word && self.word(t) != "-") {
            return None;
        }
        // Words as written, a hyphenated one as one.
        let mut starts: Vec<usize> = Vec::new();
        for t in i..j {
            let joined = t > i && (self.word(t) == "-" || self.word(t - 1) == "-") && self.tokens[t].span.start == self.tokens[t - 1].span.end;
            if !joined {
                starts.push(t);
            }
        }
        if starts.len() < 3 {
            return None;
        }
        let k = starts[starts.len() - 2];
        let place = self.slice(&(i..k));
        let place_like = k == i + 1
            || self.gazetteer_kind(place).is_some_and(|(kind, _, _)| kind == EntityType::Place)
            || self.lex.place_heads.contains_key(self.lower[k - 1].as_str());
        let name_ok = (k..j).all(|t| !self.lex.place_heads.contains_key(self.lower[t].as_str()) && !self.lex.org_heads.contains_key(self.lower[t].as_str()) && !self.lex.titles.contains_key(self.lower[t].as_str()));
        (place_like && name_ok && self.gazetteer_kind(self.slice(&(i..j))).is_none()).then_some(k)
    }

    /// An everyday word, or one with the ending of an abstract noun ("Migration",
    /// "Employment"), as a ministry's portfolio is named.
    /// Where a run of capitalised portfolio words from `k` ends ("Foreign Affairs", "Energy
    /// and Water", "Primary Health Care"): before a head word of an organization, and of a
    /// place too when `stop_at_place_head`.
    fn portfolio_run_end(&self, mut k: usize, sent_end: usize, stop_at_place_head: bool) -> usize {
        let start = k;
        // "Local Government", "Regional Development Agency"? Only the first: a body's head
        // word after everyday words alone, ending the phrase, is a field ("Minister for
        // Local Government"), not a body.
        let org_head = |k: usize| {
            self.lex.org_heads.contains_key(self.lower[k].as_str())
                && !(k > start
                    && (start..k).all(|j| self.lex.is_common(&self.lower[j]))
                    && (k + 1 >= sent_end || self.lower[k + 1] != "of"))
        };
        // "Agricultural Affairs", "Sustainable Development": an adjective the word lists
        // lack, before a portfolio word.
        let field = |k: usize| {
            is_cap(self.word(k))
                && (self.portfolio_word(k)
                    // ("Spatial Planning": capitalised, the tagger may call the adjective a name.)
                    || (k + 1 < sent_end
                        && (self.tree.nodes.get(k).is_some_and(|n| n.upos == "ADJ") || (["al", "ic"].iter().any(|e| self.lower[k].ends_with(e)) && self.gazetteer_kind(self.word(k)).is_none()))
                        && is_cap(self.word(k + 1))
                        && self.portfolio_word(k + 1)))
        };
        let word_ok = |k: usize| field(k) && !org_head(k) && !(stop_at_place_head && self.lex.place_heads.contains_key(self.lower[k].as_str()));
        // "Trade, Industry and Energy": commas list portfolio words up to a final "and".
        let comma_list = |k: usize| {
            let mut j = k;
            while j + 1 < sent_end && self.lower[j] == "," && word_ok(j + 1) {
                j += 2;
                while j < sent_end && word_ok(j) {
                    j += 1;
                }
            }
            j > k && j + 1 < sent_end && self.lower[j] == "and" && word_ok(j + 1)
        };
        while k < sent_end
            && (field(k) || (self.lower[k] == "and" && k + 1 < sent_end && word_ok(k + 1)) || (k > start && self.lower[k] == "," && comma_list(k)))
            && !org_head(k)
            && !(stop_at_place_head && self.lex.place_heads.contains_key(self.lower[k].as_str()))
        {
            k += 1;
        }
        k
    }

    fn portfolio_word(&self, k: usize) -> bool {
        const ENDINGS: &[&str] = &["tion", "sion", "ment", "ism", "ure", "nce", "ity", "ics", "try", "ing", "ive"];
        let w = self.lower[k].as_str();
        // The tagger's common noun covers fields the word list lacks ("Commerce").
        self.lex.is_common_or_plural(w)
            || self.lex.portfolio_synonyms.contains_key(w)
            || ENDINGS.iter().any(|e| w.len() > e.len() + 2 && w.ends_with(e))
            || self.tree.nodes.get(k).is_some_and(|n| matches!(n.xpos.as_str(), "NN" | "NNS"))
    }

    /// Whether the capitalised run at `k` is a name of the gazetteer or an acronym.
    fn known_name_at(&self, k: usize, end: usize, used: &[bool]) -> bool {
        let run = k..self.name_run_end(k, end, used);
        is_all_caps(self.word(k)) || self.gazetteer_kind(self.slice(&run)).is_some()
    }

    /// Where a name from `i` that goes on past a joining word with the capitalised run at
    /// `after` ends, when an acronym in brackets after it spells it all: the run alone, or
    /// the run through its "of" ("the Braille Press and Library of Guadalajara (BPLG)").
    fn acronym_spelt_end(&self, i: usize, after: usize, sent_end: usize, used: &[bool]) -> Option<usize> {
        let spelt = |run_end: usize| {
            let name = self.slice(&(i..run_end));
            let acronym = super::resolve::initials(name);
            acronym.chars().count() >= 3 && self.text.contains(&format!("{name} ({acronym})"))
        };
        [self.name_run_end(after, sent_end, used), self.name_run_end_through_of(after, sent_end, used)].into_iter().find(|&e| spelt(e))
    }

    /// Where the capitalised run starting at `k` ends, going on through "of"/"for" (and
    /// "the") between capitalised words ("Library of Guadalajara").
    fn name_run_end_through_of(&self, k: usize, end: usize, used: &[bool]) -> usize {
        let mut e = self.name_run_end(k, end, used);
        while e + 1 < end && matches!(self.lower[e].as_str(), "of" | "for") {
            let next = if self.lower[e + 1] == "the" { e + 2 } else { e + 1 };
            if next >= end || !self.nameish(next, used) {
                break;
            }
            e = self.name_run_end(next, end, used);
        }
        e
    }

    /// Where the capitalised run starting at `k` ends.
    fn name_run_end(&self, mut k: usize, end: usize, used: &[bool]) -> usize {
        let start = k;
        while k < end && self.nameish(k, used) {
            k += 1;
            // "the Norwegian Fishermen's Association", "the Women's Council": a plural of
            // people's genitive inside a name.
            let people_genitive = k > start && k + 1 < end && matches!(self.lower[k].as_str(), "'s" | "’s") && plural_of_people(&self.lower[k - 1]) && self.nameish(k + 1, used);
            if people_genitive {
                k += 1;
            }
        }
        k
    }

    /// "Environment and Climate Change Canada", "Fire and Emergency New Zealand": an everyday word,
    /// "and", then a capitalised run of everyday words ending in a country's name is one
    /// body's name (a national agency named by its fields), not a field and a country.
    fn fields_and_country_at(&self, i: usize, used: &[bool]) -> bool {
        let sent_end = self.sentences[self.sentence_of[i]].tokens.end;
        if i + 3 >= sent_end || self.lower[i + 1] != "and" || self.nameish(i + 1, used) {
            return false;
        }
        self.fields_and_country(&(i..self.name_run_end(i + 2, sent_end, used)))
    }

    /// Whether the words `r` are such a name (see [`Self::fields_and_country_at`]).
    fn fields_and_country(&self, r: &Range<usize>) -> bool {
        let i = r.start;
        let field = |k: usize| self.lex.is_common_or_plural(&self.lower[k]) || self.lex.portfolio_synonyms.contains_key(self.lower[k].as_str());
        if r.len() < 4 || self.lower[i + 1] != "and" || !is_cap(self.word(i)) || !field(i) {
            return false;
        }
        let after = i + 2;
        (after + 1..r.end).any(|p| {
            (after..p).all(|k| is_cap(self.word(k)) && field(k))
                && self.gazetteer_kind(self.slice(&(p..r.end))).is_some_and(|(kind, class, _)| kind == EntityType::Place && class == "Country")
        })
    }

    /// "Archery New Zealand", "Tourism Australia", "Health Canada": everyday nouns of a
    /// field or a sport, then a country's name, name that country's body for the field.
    /// (Not "New Zealand" or "Central Asia", whose first words are adjectives, nor "Expo
    /// Kenya", opened by an event's head.)
    fn field_then_country(&self, r: &Range<usize>) -> bool {
        let noun = |k: usize| {
            let w = self.lower[k].as_str();
            is_cap(self.word(k)) && (self.lex.sports.contains(w) || (self.lex.is_common(w) && self.tree.nodes.get(k).is_some_and(|n| matches!(n.upos.as_str(), "NOUN" | "PROPN")))) && !self.lex.event_heads.contains_key(w) && !self.lex.place_heads.contains_key(w) && !self.lex.org_heads.contains_key(w) && !self.lex.titles.contains_key(w)
        };
        r.len() >= 2
            && noun(r.start)
            && (r.start + 1..r.end).any(|p| (r.start..p).all(noun) && p - r.start <= 2 && self.gazetteer_kind(self.slice(&(p..r.end))).is_some_and(|(kind, class, _)| kind == EntityType::Place && class == "Country"))
    }

    /// Whether the words `r` hold the name of a day the calendar keeps ("World Wetlands Day",
    /// "International Day of the Midwife", "Mother's Day", "Australia Day"): a date others
    /// mark with events of their own, where "Car Free Day" or "the annual Inclusion Day" is
    /// held by someone.
    fn calendar_day(&self, r: &Range<usize>) -> bool {
        r.clone().filter(|&k| self.lower[k] == "day").any(|k| {
            let run_start = (r.start..k).rev().take_while(|&j| is_cap(self.word(j))).last().unwrap_or(k);
            // ("Mother's Day", "New Year's Day": the word before the possessive.)
            let before = if k >= r.start + 2 && matches!(self.lower[k - 1].as_str(), "'s" | "’s") { k - 2 } else { k.saturating_sub(1) };
            let opener = |j: usize| self.lex.observance_openers.contains(self.lower[j].as_str());
            let before_day = |j: usize| opener(j) || self.lex.observance_before_day.contains(self.lower[j].as_str());
            // ("Australia Day", "Europe Day": a country's or region's day.)
            let country_day = || run_start < k && before + 1 == k && self.gazetteer_kind(self.slice(&(run_start..k))).is_some_and(|(kind, class, _)| kind == EntityType::Place && matches!(class.as_str(), "Country" | "Region" | "Continent"));
            opener(run_start) || (before >= r.start && before < k && before_day(before)) || country_day()
        })
    }

    /// Whether `r`, after "the", is a known town or region's name and one capitalised plural
    /// that no lexicon knows as a head word ("the Hermosillo Saguaros"; not "the Osa
    /// Islands").
    fn team_of_place(&self, r: &Range<usize>) -> bool {
        // (Teams without "the" were tried: people with a town's name and a surname in -s,
        // "Sofia Antunes", were taken for them.)
        if r.start == 0 || self.lower[r.start - 1] != "the" {
            return false;
        }
        let last = r.end - 1;
        let w = self.lower[last].as_str();
        let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && is_cap(self.word(last)) && self.tokens[last].kind == TokenKind::Word;
        let known_head = self.lex.place_heads.contains_key(w) || self.lex.org_heads.contains_key(w) || self.lex.event_heads.contains_key(w) || self.lex.place_heads.contains_key(w.trim_end_matches('s')) || self.lex.event_heads.contains_key(w.trim_end_matches('s'));
        // (Not "the Sofia Antunes": a given name that is also a town's.)
        let given = self.lex.given_names.contains(self.lower[r.start].as_str());
        plural && !known_head && !given
            && self.gazetteer_kind(self.slice(&(r.start..last))).is_some_and(|(kind, class, _)| kind == EntityType::Place && matches!(class.as_str(), "City" | "Region"))
    }

    /// Does the capitalised run starting at `k` end in an organization head word? ("Arms
    /// Reduction Control and Inspection Activities Support Centre")
    /// Whether the capitalised run from `k` ends in a company's legal form ("Ltd", "Inc.").
    fn legal_form_ahead(&self, k: usize, end: usize, used: &[bool]) -> bool {
        let run_end = self.name_run_end(k, end, used);
        run_end > k && self.lex.legal_form_after(self.word(run_end - 1))
    }

    /// Does the capitalised run from `k` name a street ("Kurmanjan Datka Street")?
    fn street_ahead(&self, k: usize, end: usize, used: &[bool]) -> bool {
        let run_end = self.name_run_end(k, end, used);
        // ("the Penang Heritage Trade Bureau on Lebuh Pantai": a street named first.)
        // ("the Osa Bread Festival on Tarvo Square", "on Place Bellecour": squares too.)
        const SQUARE_WORDS: &[&str] = &["square", "plaza", "esplanade", "promenade", "quay", "waterfront", "embankment"];
        const SQUARE_OPENERS: &[&str] = &["place", "plaza", "piazza", "praça", "praca", "plac", "platz"];
        run_end > k
            && (STREET_WORDS.contains(&self.lower[run_end - 1].as_str())
                || SQUARE_WORDS.contains(&self.lower[run_end - 1].as_str())
                || (run_end > k + 1 && (STREET_OPENERS.contains(&self.lower[k].as_str()) || SQUARE_OPENERS.contains(&self.lower[k].as_str()))))
    }

    fn org_head_ahead(&self, mut k: usize, end: usize, used: &[bool]) -> bool {
        while k < end && self.nameish(k, used) {
            k += 1;
            // "Organized and Emerging Crime Directorate": capitalised words joined by "and".
            if k + 1 < end && matches!(self.lower[k].as_str(), "and" | "&") && self.nameish(k + 1, used) {
                k += 1;
            }
        }
        k > 0 && self.lex.org_heads.contains_key(self.lower[k - 1].as_str())
    }

    /// A building named like a body, where an event happens: "held at the Nura Cultural
    /// Centre", "took place at the Library of the Writers' Union". The head (at `head`) must
    /// name a building, the name must come right after "at" following a verb of occurring,
    /// and it must not open with an organization's acronym ("held at the OSCE Centre in
    /// Bishkek" names the office, which also acts in the text).
    fn venue_of_event(&self, r: &Range<usize>, head: usize) -> bool {
        if !self.lex.venue_bodies.contains(&self.lower[head]) || is_all_caps(self.word(r.start)) {
            return false;
        }
        let mut k = r.start;
        // ("at the Institute's Marine Science Centre": past its owner.)
        if k >= 3 && matches!(self.lower[k - 1].as_str(), "'s" | "’s") {
            k = self.mentions.iter().filter(|m| m.tokens.end == k - 1).map(|m| m.tokens.start).min().unwrap_or(k - 2);
        }
        if k > 0 && self.lower[k - 1] == "the" {
            k -= 1;
        }
        // ("singing Evensong at the Cathedral of St Ursula", "in Christ Church": services
        // are held in churches, and parishes are named after them.)
        let worship = super::resolve::WORSHIP_HOUSES.contains(&self.lower[head].as_str());
        if k < 2 || !(self.lower[k - 1] == "at" || (worship && self.lower[k - 1] == "in")) {
            return false;
        }
        // "will be held on Saturday, Nov. 12, 2022, at the Eastside Community Center": the
        // date between the verb and "at".
        let mut at = k - 1;
        if at >= 2 && self.word(at - 1) == "," {
            if let Some(d) = self.mentions.iter().find(|m| matches!(m.kind, MentionKind::Date { .. }) && m.tokens.end == at - 1) {
                // "on Saturday, Nov. 12, 2022": a weekday before the date.
                let mut p = d.tokens.start;
                while p >= 2 && (self.word(p - 1) == "," || self.is_month_or_day(p - 1)) && d.tokens.start - p < 3 {
                    p -= 1;
                }
                if p >= 1 && self.lower[p - 1] == "on" {
                    at = p - 1;
                }
            }
        }
        // ("held from 3 to 7 June at the Marine Science Centre": a date right before "at".)
        if let Some(d) = self.mentions.iter().find(|m| matches!(m.kind, MentionKind::Date { .. }) && m.tokens.end == at && m.tokens.start >= 2) {
            at = d.tokens.start;
            if matches!(self.lower[at - 1].as_str(), "on" | "from" | "between") {
                at -= 1;
            }
        }
        // "the food shelf's annual harvest fair at the Intervale Center": an event's own noun
        // before "at" places it there as a verb of occurring would.
        let event_noun = at >= 1 && {
            let w = self.lower[at - 1].as_str();
            self.lex.event_heads.get(w).or_else(|| self.lex.event_heads.get(w.trim_end_matches('s'))).is_some_and(|h| !h.generic && !h.document)
        };
        // ("a ceremony hosted by Atlantic Guide Dogs at the Harbourview Training Centre": past
        // the agent of a verb of organizing.)
        let after_agent = self.mentions.iter().find(|m| m.tokens.end == at && m.entity_type().is_some_and(|t| t != EntityType::Event)).is_some_and(|m| {
            m.tokens.start >= 2 && self.lower[m.tokens.start - 1] == "by" && occurring_before(&self.lower, m.tokens.start - 1)
        });
        occurring_before(&self.lower, at) || event_noun || worship || after_agent
    }

    fn org_head_of(&self, r: &Range<usize>) -> Option<(usize, super::lexicon::OrgHead)> {
        // The head is the word before the first "of"/"for"/"on"/"under", else the last word.
        // ("Orchestre de la Rive", "Orquesta Sinfónica del Sur": a head word of the lexicon
        // before a Romance "de" too.)
        // (Adjectives follow the head there: "Orquesta Sinfónica".)
        let mut end = r.end;
        for k in r.clone() {
            if k > r.start && matches!(self.lower[k].as_str(), "de" | "del" | "du" | "des" | "della" | "di") {
                if let Some(head) = (r.start..k).rev().find(|&j| self.lex.org_heads.contains_key(self.lower[j].as_str())) {
                    end = head + 1;
                    break;
                }
            }
            if k > r.start && matches!(self.lower[k].as_str(), "of" | "for" | "on" | "under") {
                end = k;
                break;
            }
        }
        // ("Regional Field Office III": a number after the head tells the offices apart.)
        if end == r.end {
            while end > r.start + 1 && is_number_word(self.word(end - 1)) {
                end -= 1;
            }
        }
        if end <= r.start {
            return None;
        }
        // ("Local 417 of the …": the number names the local.)
        if end == r.start + 2 && self.union_local_at(r.start) {
            return Some((r.start, super::lexicon::OrgHead { class: "Organization".into(), unit: true, national: false, of_country: false, numbered: false }));
        }
        // "University of Assiniboine Press", "Council of Europe Development Bank" (not
        // "Library of the Writers' Union", the union's library).
        if end < r.end && self.lower[end] == "of" && is_cap(self.word(r.end - 1)) {
            let words: Vec<&str> = r.clone().map(|k| self.lower[k].as_str()).collect();
            if let Some(tail) = self.lex.head_after_bare_of(&words) {
                return Some((r.start + tail, self.lex.org_heads[words[tail]].clone()));
            }
            // "Prince of Songkla University", "Our Lady of Lourdes Hospital": a patron's
            // style, no head of any kind, before "of"; the name's last word is its head.
            let before = self.lower[end - 1].as_str();
            let patron = matches!(before, "prince" | "princess" | "king" | "queen" | "duke" | "duchess" | "sultan" | "lady" | "saint" | "st" | "st.");
            if patron && end + 2 < r.end {
                if let Some(h) = self.lex.org_heads.get(words[words.len() - 1]) {
                    return Some((r.end - 1, h.clone()));
                }
            }
        }
        let last = end - 1;
        if last > r.start {
            let two = format!("{} {}", self.lower[last - 1], self.lower[last]);
            if let Some(h) = self.lex.org_heads.get(&two) {
                return Some((last, h.clone()));
            }
        }
        // "OSCE Mission to Serbia", "EU Delegation to the Republic of Moldova": a body posted
        // "to" a country is named before "to".
        {
            if let Some(to) = (r.start + 1..end).find(|&k| self.lower[k] == "to") {
                if let Some(h) = self.lex.org_heads.get(self.lower[to - 1].as_str()).filter(|h| h.unit || h.class == "Embassy") {
                    return Some((to - 1, h.clone()));
                }
            }
        }
        // ("the Exchange of Notes": an exchange opening a name before "of" is one of
        // letters or views, not a market.)
        if last == r.start && end < r.end && self.lower[last] == "exchange" {
            return None;
        }
        // ("the Holiday Service of Remembrance": a service held, not a body; see
        // `event_head_of`.)
        if end + 1 < r.end && self.held_service(last) {
            return None;
        }
        self.lex.org_heads.get(self.lower[last].as_str()).map(|h| (last, h.clone()))
    }

    fn place_head_of(&self, r: &Range<usize>) -> Option<String> {
        if let Some(class) = self.two_word_place_head(r) {
            return Some(class);
        }
        // (A head word alone names no place: "Ambassador Park" said.)
        let lower_only = |key: &str| self.lex.only_lower_case_venue_heads.contains(key) && is_cap(self.word(r.end - 1));
        if let Some(class) = self.lex.place_heads.get(self.lower[r.end - 1].as_str()).filter(|_| r.len() > 1 && !lower_only(self.lower[r.end - 1].as_str())) {
            return Some(class.clone());
        }
        // "Palace of Justice", "Palace of Independence": a palace is named before "of", as
        // organizations are (other venue heads are not: "Capacity Building of the Troops").
        // ("Port of Mombasa", "Port of Tauranga": so is a port, when its name opens with it;
        // "Port of Cork Company" ends in a body's head and is typed before this is asked.)
        let of = r.clone().find(|&k| k > r.start && self.lower[k] == "of")?;
        // (Not "Port of Spain Flames", a team named after a town whose own name opens so.)
        let town_before = (of + 2..r.end).any(|k| self.gazetteer_kind(self.slice(&(r.start..k))).is_some());
        let port = self.lower[of - 1] == "port" && of - 1 == r.start && of + 1 < r.end && !town_before;
        (self.lower[of - 1] == "palace" || port).then(|| "Venue".to_string())
    }

    /// A two-word place head ending the name ("Accra International Conference Centre",
    /// "Bickle-Schmidt Sports Complex", "the Council Chamber"): such a centre is a venue,
    /// though "centre" (or "chamber") alone heads bodies.
    fn two_word_place_head(&self, r: &Range<usize>) -> Option<String> {
        if r.len() < 2 {
            return None;
        }
        let key = format!("{} {}", self.lower[r.end - 2], self.lower[r.end - 1]);
        if self.lex.only_lower_case_venue_heads.contains(&key) && is_cap(self.word(r.end - 1)) {
            return None;
        }
        self.lex.place_heads.get(key.as_str()).cloned()
    }

    /// Whether "service" at `k` opens a service held ("Service of Remembrance"): "of" and one
    /// of [`SERVICE_KINDS`] follow.
    fn held_service(&self, k: usize) -> bool {
        self.lower[k] == "service" && self.lower.get(k + 1).is_some_and(|w| w == "of") && self.lower.get(k + 2).is_some_and(|w| SERVICE_KINDS.contains(&w.as_str()))
    }

    fn event_head_of(&self, r: &Range<usize>) -> Option<super::lexicon::EventHead> {
        // "Memorandum of Mutual Understanding", "Forum on Energy Security": the head comes
        // before "of" or "on".
        // ("Walk for Autism Acceptance": before "for" too.)
        let head_end = r.clone().find(|&k| k > r.start && matches!(self.lower[k].as_str(), "of" | "on" | "for")).unwrap_or(r.end);
        // ("the Holiday Service of Remembrance", "a Service of Thanksgiving": a service held,
        // as a "memorial service" is; "the Border Service of the Ministry" is a body.)
        if head_end + 1 < r.end && self.held_service(head_end - 1) {
            return self.lex.event_heads.get("memorial service").cloned();
        }
        // "Cost of Living Summit": else the last word, after a topic with its own "of" and
        // at least two words ("National Jury of Elections" is no election).
        self.event_head_at(head_end - 1, r.start)
            .or_else(|| (head_end + 2 < r.end && self.lower[head_end + 1] != "the" && !self.lex.org_heads.contains_key(self.lower[head_end - 1].as_str())).then(|| self.event_head_at(r.end - 1, r.start)).flatten())
            .filter(|h| !h.phrase_only)
    }

    /// The event head word at token `k`, singular or plural. Two-word heads ("round table",
    /// "blood drive") end at their second word, which must not be `start`; the first is
    /// then taken in as a modifier.
    fn event_head_at(&self, k: usize, start: usize) -> Option<super::lexicon::EventHead> {
        let w = self.lower[k].as_str();
        let two_words = || (k > start).then(|| format!("{} {}", self.lower[k - 1], w.trim_end_matches('s')));
        // (A head only names have is matched as written: "the Tarvo River Walk" is an
        // event, "one of New Zealand's Great Walks" a kind of track.)
        // (A two-word head first: "planting day" is one, where "day" alone heads only names.)
        two_words().and_then(|key| self.lex.event_heads.get(&key)).or_else(|| self.lex.event_heads.get(w)).or_else(|| self.lex.event_heads.get(w.trim_end_matches('s')).filter(|h| !h.name_only)).cloned().or_else(|| self.activity_clinic(k, start))
    }

    /// "The annual waterbird count was organised by the society", "the club hosted a
    /// durbar": a noun in lower case that a verb of organizing has for what it organizes is
    /// an event, whatever the lexicon knows of it.
    fn organised_noun(&self, k: usize) -> Option<super::lexicon::EventHead> {
        const ORGANIZING: &[&str] = &["organise", "organize", "co-organise", "co-organize", "host", "co-host", "stage", "conduct"];
        // Sponsored things are not all events ("Osa Bank sponsored the trophy"): only with the agent.
        const SPONSORING: &[&str] = &["sponsor", "co-sponsor"];
        let tree = &self.tree;
        let node = tree.nodes.get(k)?;
        // ("The sixth Kelsa Ink Weekend will take place": not a word the parser took for the
        // head of a name after it.)
        if node.upos != "NOUN" || node.xpos == "NNS" || !self.word(k).starts_with(char::is_lowercase) || self.tokens.get(k + 1).is_some_and(|_| is_cap(self.word(k + 1))) {
            return None;
        }
        // ("took part in a harvest lunch organised by the association", "The release, hosted
        // by the centre": a participle of organizing with its agent, right after the noun itself;
        // not a body's or a place's noun ("a gala at the centre, organised by"), nor a noun
        // modifying another ("a round-table on safeguarding heritage, organised by").)
        // ("… by the association": a verb's agent, in either tree form.)
        let has_agent = |v: usize| tree.children(v).iter().any(|&c| tree.nodes[c].deprel == "obl:agent" || (tree.nodes[c].deprel == "obl" && tree.case_of(c, &self.lower).as_deref() == Some("by")));
        let participle_organised = |k: usize| {
            let w = self.lower[k].as_str();
            !self.lex.org_heads.contains_key(w)
                && !self.lex.place_heads.contains_key(w)
                && !self.lex.opened_facilities.contains(w)
                && !self.lex.lower_case_venue_heads.contains(w)
                && !tree.nodes[k].deprel.starts_with("nmod")
                && tree.nodes[k].head.is_none_or(|h| tree.nodes[h].xpos != "VBG")
                && tree.children(k).iter().any(|&p| {
                    let pn = &tree.nodes[p];
                    pn.deprel == "acl"
                        && pn.xpos == "VBN"
                        && p > k
                        && p <= k + 2
                        && (ORGANIZING.contains(&pn.lemma.as_str()) || SPONSORING.contains(&pn.lemma.as_str()))
                        && has_agent(p)
                })
        };
        // ("The three-day assembly, held October 4 to 6 at the Sugbo Convention Hall, …", which
        // the parser may read as the noun holding something: by word order, a noun with
        // "held" after its comma and a place or a time soon after.)
        let held_after_comma = || {
            let sent_end = self.sentences[self.sentence_of[k]].tokens.end;
            // (Not a topic after a preposition: "a workshop on genomic surveillance, held in".)
            let mut phrase_start = k;
            while phrase_start > 0 && tree.nodes.get(phrase_start - 1).is_some_and(|n| matches!(n.xpos.as_str(), "JJ" | "NN" | "NNS" | "DT" | "VBG" | "VBN" | "CD" | "HYPH" | "PRP$" | "POS")) {
                phrase_start -= 1;
            }
            let after_preposition = phrase_start > 0 && matches!(self.lower[phrase_start - 1].as_str(), "on" | "of" | "about" | "for" | "into");
            k + 3 < sent_end
                && !after_preposition
                && self.lower[k + 1] == ","
                && self.lower[k + 2] == "held"
                && (k + 3..(k + 10).min(sent_end - 1)).any(|j| matches!(self.lower[j].as_str(), "at" | "in" | "on" | "from") && (is_cap(self.word(j + 1)) || self.word(j + 1).starts_with(|c: char| c.is_ascii_digit()) || self.lower[j + 1] == "the"))
        };
        let event_head = |generic: bool| Some(super::lexicon::EventHead { class: "Event".into(), generic, document: false, name_only: false, phrase_only: false });
        // (The participle makes the phrase more than a bare "the N" referring back.)
        if participle_organised(k) {
            return event_head(false);
        }
        if held_after_comma() && !self.lex.org_heads.get(self.lower[k].as_str()).is_some_and(|h| h.unit) {
            let own = tree.children(k);
            let bare_definite = !own.is_empty() && own.iter().all(|&c| matches!(tree.nodes[c].deprel.as_str(), "det" | "punct") && matches!(self.lower[c].as_str(), "the" | "this" | ","));
            return event_head(bare_definite);
        }
        let verb = node.head?;
        let v = &tree.nodes[verb];
        if v.upos != "VERB" {
            return None;
        }
        let children = tree.children(verb);
        let case_of = |c: usize| tree.case_of(c, &self.lower);
        // ("The count took place at Lake Osa", "The durbar was held in Kelsa on Friday":
        // what takes place, or is held somewhere or at some time.)
        let took_place = v.lemma == "take" && super::syntax::base(&node.deprel) == "nsubj" && children.iter().any(|&c| tree.nodes[c].deprel == "obj" && self.lower[c] == "place");
        let held_at = v.lemma == "hold" && node.deprel == "nsubj:pass" && children.iter().any(|&c| super::syntax::base(&tree.nodes[c].deprel) == "obl" && case_of(c).is_some_and(|p| matches!(p.as_str(), "at" | "in" | "on")));
        // ("Ninety growers attended the pruning demonstration": what people attend.)
        let attended = v.lemma == "attend" && node.deprel == "obj";
        let by_agent = || has_agent(verb);
        let organised = (ORGANIZING.contains(&v.lemma.as_str()) && ((node.deprel == "nsubj:pass" && by_agent()) || node.deprel == "obj"))
            || (SPONSORING.contains(&v.lemma.as_str()) && node.deprel == "nsubj:pass" && by_agent());
        if !(took_place || held_at || attended || organised) {
            return None;
        }
        // ("The service was organised by the association" after "the annual commemoration":
        // a bare definite noun refers back to the event named before.)
        let own = tree.children(k);
        let bare_definite = !own.is_empty() && own.iter().all(|&c| tree.nodes[c].deprel == "det" && matches!(self.lower[c].as_str(), "the" | "this"));
        event_head(bare_definite)
    }

    /// "a refereeing clinic", "free tax-filing clinics", "the winter clinic": a clinic named
    /// by what is done or learned at it, or by its season, is a session held, as a "coaching
    /// clinic" is; a "dental clinic" or "the Riverside Clinic" is a place of care.
    fn activity_clinic(&self, k: usize, start: usize) -> Option<super::lexicon::EventHead> {
        if k <= start || !matches!(self.lower[k].as_str(), "clinic" | "clinics") {
            return None;
        }
        let before = self.lower[k - 1].as_str();
        let activity = before.ends_with("ing") && before.len() > 5 && !matches!(before, "building" | "housing" | "nursing" | "during");
        let season = matches!(before, "winter" | "summer" | "spring" | "autumn");
        (activity || season).then(|| super::lexicon::EventHead { class: "Training".into(), generic: false, document: false, name_only: false, phrase_only: false })
    }

    /// "Nordic Timber's chief executive", "Baltic Rail's chairman": a name owning a head
    /// post (chief, chairman, director…, with modifiers between) is a body, even where the
    /// recognizer reads a person, unless it starts with a known given name ("Joe Biden's
    /// director of communications"); people's aides and spokesmen hold no head post.
    fn heads_posts(&self, r: &Range<usize>) -> bool {
        if r.end + 1 >= self.tokens.len() || !matches!(self.lower[r.end].as_str(), "'s" | "’s") {
            return false;
        }
        if self.lex.given_names.contains(self.lower[r.start].as_str()) {
            return false;
        }
        for k in r.end + 1..(r.end + 4).min(self.tokens.len()) {
            let w = self.lower[k].as_str();
            if self.lex.titles.get(w).is_some_and(|t| t.head) {
                return true;
            }
            if !self.lex.title_modifiers.contains(w) {
                break;
            }
        }
        false
    }

    /// Whether a post title ends right before token `k` ("Ambassador | Hendrik van der Meer"),
    /// which says a person's name begins there.
    fn title_ends_at(&self, k: usize) -> bool {
        self.mentions.iter().any(|m| matches!(m.kind, MentionKind::Title { .. }) && m.tokens.end == k)
    }

    fn person_like(&self, r: &Range<usize>) -> bool {
        // "Ambassador Hendrik van der Meer": particles inside a name are not its words, when
        // something else says a person begins there (a title, a given name, the recognizer);
        // "Mola di Bari" and "Escuela de Medicina" have particles too.
        // ("the Executive Mayor, Gerrit van Zyl": a title and its comma before it too.)
        let title_comma = r.start >= 1 && self.word(r.start - 1) == ",";
        let titled = self.title_ends_at(r.start) || (title_comma && self.title_ends_at(r.start - 1));
        let cue = titled || self.lex.given_names.contains(self.lower[r.start].as_str()) || self.ner(r.start) == "B-PER";
        let particle = |k: usize| cue && k > r.start && k + 1 < r.end && NAME_PARTICLES.contains(&self.lower[k].as_str()) && !is_cap(self.word(k));
        let n = r.clone().filter(|&k| !particle(k)).count();
        if !(2..=4).contains(&n) {
            return false;
        }
        // "Action Plan", "United Supermarkets": names of people are not everyday words,
        // unless the first is a known given name ("Will Smith").
        let common = r.clone().filter(|&k| !particle(k) && self.lex.is_common(&self.lower[k])).count();
        let given = self.lex.given_names.contains(self.lower[r.start].as_str());
        let words_ok = common == 0 || (given && common == 1);
        const NOT_NAME_ENDINGS: &[&str] = &["tion", "ment", "ness", "ities", "ance", "ence", "ism", "ship", "ology", "ings", "ese"];
        words_ok
            && r.clone().filter(|&k| !particle(k)).all(|k| {
                let w = self.word(k);
                is_cap(w) && !is_all_caps(w) && self.tokens[k].kind == TokenKind::Word && !FUNCTION_WORDS.contains(&self.lower[k].as_str())
                    && !NOT_NAME_ENDINGS.iter().any(|e| self.lower[k].ends_with(e))
                    // "EU-Central Asia" is no one's name; "Jean-Pierre" and "Lung-bin" may be.
                    && w.split('-').all(|part| !part.is_empty() && !is_all_caps(part))
            })
            && !r.clone().any(|k| self.lex.org_heads.contains_key(self.lower[k].as_str()) || self.lex.place_heads.contains_key(self.lower[k].as_str()) || self.lex.event_heads.contains_key(self.lower[k].as_str()))
    }

    fn locative_before(&self, start: usize) -> bool {
        if start == 0 {
            return false;
        }
        let mut p = start - 1;
        // ("in northern Santa Fe": a lower-case direction between.)
        if p > 0 && DIRECTIONS.contains(&self.lower[p].as_str()) && !is_cap(self.word(p)) {
            p -= 1;
        }
        if self.lower[p] == "the" && p > 0 {
            p -= 1;
            // "floated timber down the Drava", "along the Prut": a river's course.
            if matches!(self.lower[p].as_str(), "down" | "along" | "up") {
                return true;
            }
        }
        LOCATIVE.contains(&self.lower[p].as_str())
            || (self.lower[p] == "of" && p > 0 && self.word(p - 1) == ",")
            // "a visit to Kandahar", "travelled to Osh"
            || (self.lower[p] == "to" && p > 0 && matches!(self.lower[p - 1].as_str(), "visit" | "trip" | "tour" | "journey" | "travelled" | "traveled" | "flew" | "came" | "returned" | "moved"))
    }

    /// Types a name (or part of one). Returns None for what is not a name of interest.
    /// "the Ministries of Foreign Affairs of Uzbekistan and Latvia": two bodies, neither
    /// named whole, so no name.
    fn plural_bodies(&self, r: &Range<usize>) -> bool {
        let first = self.lower[r.start].as_str();
        let singular = first.strip_suffix("ies").map(|s| format!("{s}y")).or_else(|| first.strip_suffix('s').map(str::to_string));
        r.len() >= 2 && self.lower[r.start + 1] == "of" && singular.is_some_and(|s| self.lex.org_heads.contains_key(s.as_str()))
    }

    fn type_name(&self, r: &Range<usize>) -> Option<(EntityType, String, Option<String>)> {
        let name = self.slice(r);
        if let Some((kind, class, qid)) = self.gazetteer_kind(name) {
            return Some((kind, class, Some(qid)));
        }
        if self.town_at(r) {
            return Some((EntityType::Place, "City".to_string(), None));
        }
        // "Georgian Rugby Union\nPress Office": a line of everyday words alone, signing a
        // release, names a desk of the body above it, not a body of its own.
        let line_start = self.text[..self.tokens[r.start].span.start].rfind('\n').map_or(0, |p| p + 1);
        let line_end = self.text[self.tokens[r.end - 1].span.end..].find('\n').map_or(self.text.len(), |p| self.tokens[r.end - 1].span.end + p);
        let alone_on_line = self.text[line_start..line_end].trim() == name;
        if alone_on_line && r.len() >= 2 && r.clone().all(|k| self.lex.is_common(&self.lower[k]) || self.lex.org_heads.contains_key(self.lower[k].as_str())) {
            return None;
        }
        if self.plural_bodies(r) {
            return None;
        }
        // "Friends of Karura Forest", "Friends of the Earth": a society of supporters, whatever
        // its name ends with.
        if r.len() >= 3 && self.lower[r.start] == "friends" && self.lower[r.start + 1] == "of" {
            return Some((EntityType::Organization, "Organization".into(), None));
        }
        // "the University of San Carlos Talamban campus", "the Rural Society hall": a name
        // that a venue's head word in lower case ends is the venue's, whatever body it names.
        if r.len() >= 2 && !is_cap(self.word(r.end - 1)) && self.lex.lower_case_venue_heads.contains(self.lower[r.end - 1].as_str()) {
            return Some((EntityType::Place, "Venue".into(), None));
        }
        // "Medellín's El Poblado neighbourhood", "the Ponsonby suburb": a name before a
        // lower-case word for a part of a town is that part's name.
        if r.end < self.tokens.len() && TOWN_PARTS.contains(&self.word(r.end)) {
            return Some((EntityType::Place, "Place".into(), None));
        }
        // "Chelinda Camp": a camp named by a proper name is a place ("Javorniki Survey Camp",
        // named by what is done there, is an event).
        if r.len() >= 2 && self.lower[r.end - 1] == "camp" && !self.lex.is_common(&self.lower[r.end - 2]) {
            return Some((EntityType::Place, "Place".into(), None));
        }
        if self.fields_and_country(r) {
            return Some((EntityType::Organization, "GovernmentAgency".into(), None));
        }
        if self.field_then_country(r) {
            return Some((EntityType::Organization, "Organization".into(), None));
        }
        // "hosted by the City of Ballarat", "the Shire of Moira's grant": a municipality
        // named "the City of X" acts as a body; "in the City of X" is a place.
        // "Director of Education at the City of Turku": a post held "at" it makes it the
        // employer.
        // ("Joris Maes, head brewer at De Drie Torens": also without "the".)
        let at = if r.start >= 2 && self.lower[r.start - 1] == "the" { r.start - 1 } else { r.start };
        let post_at = at >= 2 && self.lower[at - 1] == "at" && self.title_ends_at(at - 1);
        // "with financial support from the City of Leszno": money comes from the body.
        let funds_from = r.start >= 3
            && self.lower[r.start - 2] == "from"
            && FUNDING_NOUNS.contains(&self.lower[r.start - 3].as_str());
        // ("City of Fremantle mayor Olivia Brandt": a post right after it.)
        let post_after = self.mentions.iter().any(|m| matches!(m.kind, MentionKind::Title { .. }) && m.tokens.start == r.end);
        let municipality = r.len() >= 3 && self.lower[r.start + 1] == "of" && self.lex.municipal_words.contains(self.lower[r.start].as_str());
        let the_before = r.start >= 1 && self.lower[r.start - 1] == "the";
        if municipality && ((the_before && (post_at || funds_from || !self.locative_before(r.start))) || post_after) {
            return Some((EntityType::Organization, "GovernmentAgency".into(), None));
        }
        // ("The fair was held in the City of Wodonga": otherwise the town itself, whatever the
        // recognizer reads.)
        if municipality && the_before {
            return Some((EntityType::Place, "City".into(), None));
        }
        if self.body_of_place(r) {
            return Some((EntityType::Organization, "Organization".into(), None));
        }
        // "Andrew Hall", "Mary Bridge": a given name that the recognizer reads, with the
        // words after it, as exactly one person's name is a person even when the last word
        // names a venue, as many surnames do; not before an organization's or a region's
        // head ("Dan Sai District").
        let venue_head = self.place_head_of(r).is_some_and(|c| c == "Venue");
        let plain = self.org_head_of(r).is_none() && self.place_head_of(r).is_none();
        if r.len() >= 2 && (venue_head || plain) && self.lex.given_names.contains(self.lower[r.start].as_str()) && self.recognized_person(r) {
            return Some((EntityType::Person, "Person".into(), None));
        }
        if self.korean_name(r) {
            return Some((EntityType::Person, "Person".into(), None));
        }
        // "PT Nusantara Surya Energi", "JSC Kazakhtelecom": a legal form written before the
        // name makes it a company's.
        // ("Nordkyst Design AS": so does one written after it.)
        if r.len() >= 2 && (self.lex.legal_forms_before.contains(self.word(r.start)) || self.lex.legal_form_after(self.word(r.end - 1))) {
            return Some((EntityType::Organization, "Company".into(), None));
        }
        // "Southern India", "eastern Nangarhar": a direction before a known place.
        if r.len() >= 2 && DIRECTIONS.contains(&self.lower[r.start].as_str()) {
            if let Some((EntityType::Place, _, _)) = self.gazetteer_kind(self.slice(&(r.start + 1..r.end))) {
                return Some((EntityType::Place, "Region".into(), None));
            }
        }
        // "Exercise Blue Lagoon", "Operation Lake Shield": an event's opener before a natural
        // feature's head word names the event (a venue's, "Festival Hall", stays a venue).
        if r.len() >= 3 && self.lex.event_name_openers.contains(self.lower[r.start].as_str()) && self.place_head_of(r).is_some_and(|c| c != "Venue") {
            return Some((EntityType::Event, "Event".into(), None));
        }
        if let Some(class) = self.two_word_place_head(r) {
            return Some((EntityType::Place, class, None));
        }
        if let Some((at, head)) = self.org_head_of(r) {
            if self.venue_of_event(r, at) {
                return Some((EntityType::Place, "Venue".into(), None));
            }
            // "Summer School on Mining Law": a two-word event head over a body's head word.
            if at > r.start {
                if let Some(e) = self.lex.event_heads.get(&format!("{} {}", self.lower[at - 1], self.lower[at])) {
                    return Some((EntityType::Event, e.class.clone(), None));
                }
            }
            return Some((EntityType::Organization, head.class, None));
        }
        if let Some(class) = self.place_head_of(r) {
            // ("AquaSol Park chief executive Thiago Menezes": a venue with a head of its own
            // named right after it is run as a body.)
            let head_post_after = self.mentions.iter().any(|m| matches!(m.kind, MentionKind::Title { head: true, .. }) && m.tokens.start == r.end && m.tokens.end < self.tokens.len() && is_cap(self.word(m.tokens.end)) && self.tokens[m.tokens.end].kind == TokenKind::Word);
            if class == "Venue" && head_post_after {
                return Some((EntityType::Organization, "Organization".into(), None));
            }
            return Some((EntityType::Place, class, None));
        }
        // "the Environmental Security Programme of INTERPOL", "Global Maritime Crime
        // Programme": a programme named with capitals is a body that runs things; a
        // "Programme of Cooperation" is still an event.
        let head = r.clone().find(|&k| k > r.start && self.lower[k] == "of").unwrap_or(r.end);
        if head >= r.start + 2 && matches!(self.lower[head - 1].as_str(), "programme" | "program") && (r.start..head).all(|k| is_cap(self.word(k))) {
            return Some((EntityType::Organization, "Organization".into(), None));
        }
        // "Kingston Titans", "Nassau Stingrays": a known place, then capitalised words
        // ending in a plural that head no name of the lexicon, is a club or a team.
        if r.len() >= 2 {
            let last = r.end - 1;
            let plural = self.lower[last].len() > 3 && self.lower[last].ends_with('s') && self.tree.nodes.get(last).is_some_and(|n| matches!(n.xpos.as_str(), "NNS" | "NNPS"));
            let team = plural
                && (r.start + 1..r.end).any(|p| {
                    self.gazetteer_kind(self.slice(&(r.start..p))).is_some_and(|(k, _, _)| k == EntityType::Place)
                        && (p..r.end).all(|k| {
                            let w = self.lower[k].as_str();
                            is_cap(self.word(k)) && !self.lex.place_heads.contains_key(w) && !self.lex.org_heads.contains_key(w) && !self.lex.titles.contains_key(w) && !self.lex.given_names.contains(w) && self.gazetteer_kind(self.word(k)).is_none()
                        })
                });
            if team {
                return Some((EntityType::Organization, "Organization".into(), None));
            }
        }
        // "Mount Kelsor", "Ras Al Hadd", "Operation Corridor", "Universidad de Chile": a word
        // that opens a body's, a place's or an event's name, followed by capitalised words
        // (and name particles).
        // ("12th Festival de Cine de Valparaíso": an ordinal before the opener.)
        let first_word = if r.len() > 2 && self.lower[r.start].starts_with(|c: char| c.is_ascii_digit()) { r.start + 1 } else { r.start };
        // ("Encuentro del Mariachi y la Canción Ranchera": the language's own "and" too.)
        let rest_named = (first_word + 1..r.end).all(|k| is_cap(self.word(k)) || NAME_PARTICLES.contains(&self.lower[k].as_str()) || matches!(self.word(k), "&" | "y" | "e" | "et"));
        // ("Rambla Jazz Festival", "Hotel Tarvo Group": a place's opener before an event's or a
        // body's head word names the event or body.)
        let last = self.lower[r.end - 1].as_str();
        let other_head = self.lex.event_heads.contains_key(last) || self.lex.org_heads.contains_key(last);
        for (openers, kind) in [(&self.lex.org_name_openers, EntityType::Organization), (&self.lex.place_name_openers, EntityType::Place), (&self.lex.event_name_openers, EntityType::Event)] {
            if r.end >= first_word + 2 && rest_named && openers.contains(self.lower[first_word].as_str()) && !(kind == EntityType::Place && other_head) {
                // ("Fiesta de la Primera Prensada": the class of the opener as an event's head,
                // so that "the festival" later finds it.)
                let head_class = (kind == EntityType::Event).then(|| self.lex.event_heads.get(self.lower[first_word].as_str())).flatten().filter(|h| !h.generic).map(|h| h.class.clone());
                return Some((kind, head_class.unwrap_or_else(|| kind.class_name().to_string()), None));
            }
        }
        // "Dvořák's Symphony No. 8": a numbered work, no one's name ("School No. 12" is a
        // body's).
        if matches!(self.lower[r.end - 1].as_str(), "no." | "no" | "op.")
            && r.end < self.tokens.len()
            && self.word(r.end).starts_with(|c: char| c.is_ascii_digit())
            && !r.clone().any(|k| self.lex.org_heads.contains_key(self.lower[k].as_str()) || self.lex.place_heads.contains_key(self.lower[k].as_str()) || self.lex.event_heads.contains_key(self.lower[k].as_str()))
        {
            return None;
        }
        // ("Cape Town-based Blackline Events": a firm that stages events, as no one event is
        // named in the plural.)
        if r.len() >= 2 && self.word(r.end - 1) == "Events" {
            return Some((EntityType::Organization, "Company".into(), None));
        }
        if r.len() >= 2 && !self.calendar_day(r) {
            if let Some(e) = self.event_head_of(r) {
                return Some((EntityType::Event, e.class, None));
            }
        }
        let first = self.word(r.start);
        // "FRESNO, Calif.", "BAYONNE, France": a dateline city in capitals before its state
        // or country is a place, not an acronym.
        let place_follows = r.end + 1 < self.tokens.len()
            && self.word(r.end) == ","
            && (self.mentions.iter().any(|m| m.tokens.start == r.end + 1 && m.is_name(EntityType::Place))
                || self.gazetteer_kind(self.word(r.end + 1)).is_some_and(|(k, c, _)| k == EntityType::Place && matches!(c.as_str(), "Country" | "Region")));
        if place_follows && r.clone().all(|k| is_all_caps(self.word(k)) && self.tokens[k].kind == TokenKind::Word) {
            return Some((EntityType::Place, "City".into(), None));
        }
        // "USD 2 million", "60 MW", "EUR 500,000": a code or unit next to a number is no body.
        let number_at = |k: usize| k < self.tokens.len() && self.word(k).starts_with(|c: char| c.is_ascii_digit());
        let by_number = number_at(r.end) || (r.start > 0 && number_at(r.start - 1));
        // ("SAVE THE DATE", "WELCOME, NEW MEMBERS": an everyday word in a heading written
        // in capitals is no acronym.)
        let caps_word = |k: usize| k < self.tokens.len() && self.tokens[k].kind == TokenKind::Word && is_all_caps(self.word(k)) && self.word(k).chars().count() > 1;
        let in_caps_heading = self.lex.is_common(&self.lower[r.start]) && (caps_word(r.start.wrapping_sub(1)) || caps_word(r.end));
        let not_acronym = self.lex.not_acronyms.contains(self.lower[r.start].as_str());
        if r.len() == 1 && is_all_caps(first) && first.chars().count() <= 10 && !first.ends_with('s') && !by_number && !in_caps_heading && !not_acronym {
            return Some((EntityType::Organization, "Organization".into(), None));
        }
        if r.len() == 1 && first.contains('.') && first.chars().next().is_some_and(|c| c.is_lowercase()) {
            return Some((EntityType::Organization, "NewsAgency".into(), None));
        }
        if r.len() >= 2 && self.heads_posts(r) && r.clone().all(|k| is_cap(self.word(k)) && self.tokens[k].kind == TokenKind::Word) {
            return Some((EntityType::Organization, "Organization".into(), None));
        }
        // "the local running club Aktobe Runners", "the company Steppe Telecom": a name in
        // apposition to a lower-case organization noun is that organization.
        if r.start >= 2 && !is_cap(self.word(r.start - 1)) && self.lex.org_heads.contains_key(self.lower[r.start - 1].as_str()) && !matches!(self.lower[r.start - 2].as_str(), "'s" | "’s" | "of") {
            let class = self.lex.org_heads[self.lower[r.start - 1].as_str()].class.clone();
            return Some((EntityType::Organization, class, None));
        }
        // "the Mombasa-based Pwani Tea Exchange": only a body has a seat.
        if r.len() >= 2 && r.start > 0 && based_in(self.word(r.start - 1)).is_some() && r.clone().all(|k| is_cap(self.word(k)) && self.tokens[k].kind == TokenKind::Word) {
            return Some((EntityType::Organization, "Organization".into(), None));
        }
        // "the club's junior section, Ljubljanica Juniors": a name in apposition to a unit
        // a body's possessive introduces is that unit.
        let described_unit = r.start >= 3
            && self.word(r.start - 1) == ","
            && self.lex.body_part_nouns.contains(self.lower[r.start - 2].as_str())
            && self.word(r.start - 2).starts_with(char::is_lowercase)
            && (r.start.saturating_sub(6)..r.start - 2).any(|k| matches!(self.lower[k].as_str(), "'s" | "’s") && (k + 1..r.start - 2).all(|j| self.word(j).starts_with(char::is_lowercase)));
        // ("the Wessenden Juniors, the band's training section": so is one a unit noun
        // describes after it.)
        let unit_after = r.end + 4 < self.tokens.len() && self.word(r.end) == "," && {
            let mut k = r.end + 1;
            if matches!(self.lower[k].as_str(), "the" | "its" | "their") {
                k += 1;
            }
            let possessive = (k..(k + 4).min(self.tokens.len())).find(|&j| matches!(self.lower[j].as_str(), "'s" | "’s"));
            possessive.is_some_and(|p| {
                let noun = (p + 1..(p + 4).min(self.tokens.len())).find(|&j| !self.word(j).starts_with(char::is_lowercase) || self.lex.body_part_nouns.contains(self.lower[j].as_str()));
                noun.is_some_and(|j| self.lex.body_part_nouns.contains(self.lower[j].as_str()) && (p + 1..=j).all(|x| self.word(x).starts_with(char::is_lowercase)))
            })
        };
        if (described_unit || unit_after) && r.clone().all(|k| is_cap(self.word(k)) && self.tokens[k].kind == TokenKind::Word) {
            return Some((EntityType::Organization, "Organization".into(), None));
        }
        // "the Hermosillo Saguaros": a known town or region, then one plural no lexicon
        // knows, is a team named after its home.
        if r.len() >= 2 && self.team_of_place(r) {
            return Some((EntityType::Organization, "SportsTeam".into(), None));
        }
        // "the stationery chain Papelerías Zócalo", "soft-drink maker Refrescos Atlixco": a
        // name right after a lower-case noun that classes bodies is a body's, unless the noun
        // is a trade a person may ply ("chocolate maker") and the name opens with a given name.
        if r.start >= 1 && self.word(r.start - 1).starts_with(char::is_lowercase) && self.body_noun(self.lower[r.start - 1].as_str()) && r.clone().all(|k| is_cap(self.word(k))) {
            let noun = self.lower[r.start - 1].as_str();
            let trade = !self.lex.org_heads.contains_key(noun) && PERSONAL_TRADES.contains(&noun);
            // (A person if a given name, or the recognizer, says so: "radio producer Shreya
            // Menon", "the Kenyan publisher Wanjiru Kamau".)
            let given = self.lex.given_names.contains(self.lower[r.start].as_str()) || WordLists::bundled().name_rank(&self.lower[r.start]).first > 0 || self.recognized_person(r);
            if !(trade && given) {
                return Some((EntityType::Organization, "Organization".into(), None));
            }
        }
        // "held at Hegarty's on Oliver Plunkett Street": a family name's possessive alone after
        // "at" (see `chunks`) is a pub's or a shop's own name.
        let possessive_end = |k: usize| matches!(self.lower[k].as_str(), "'s" | "’s");
        if r.len() == 2 && possessive_end(r.end - 1) && r.start > 0 && self.lower[r.start - 1] == "at" && self.gazetteer_kind(self.word(r.start)).is_none() {
            return Some((EntityType::Place, "Venue".into(), None));
        }
        // "by Atty. Liza Go": two or three capitalised words right after a form of address or
        // a rank name a person, though one of them is an everyday word.
        let addressed = self.mentions.iter().any(|m| matches!(m.kind, MentionKind::Title { rank_only: true, .. }) && m.tokens.end == r.start);
        if addressed
            && (2..=3).contains(&r.len())
            && r.clone().all(|k| is_cap(self.word(k)) && !is_all_caps(self.word(k)) && self.tokens[k].kind == TokenKind::Word && !FUNCTION_WORDS.contains(&self.lower[k].as_str()))
            && self.org_head_of(r).is_none()
            && self.place_head_of(r).is_none()
            && !r.clone().any(|k| self.lex.event_heads.contains_key(self.lower[k].as_str()))
            && self.gazetteer_kind(self.slice(r)).is_none()
            // (Not "General Data Protection Regulation", all everyday words, nor "Mr Justice
            // Cathal Brennan", whose first word is one.)
            && !self.lex.is_common(&self.lower[r.start])
            && r.clone().filter(|&k| self.lex.is_common(&self.lower[k])).count() <= 1
            && !r.clone().any(|k| self.lex.titles.contains_key(self.lower[k].as_str()))
        {
            return Some((EntityType::Person, "Person".into(), None));
        }
        if self.person_like(r) {
            // "heard from Anna Petersen": a known given name is a person even after "from".
            let given = self.lex.given_names.contains(self.lower[r.start].as_str());
            // (Nor "from Marjorie Whynot of Antigonish", a person the recognizer sees with a hometown.)
            let with_hometown = self.lower.get(r.end).is_some_and(|w| w == "of") && self.recognized_person(r);
            // ("Joris Maes, head brewer at De Drie Torens": where a post is held is a body.)
            if post_at && !given {
                return Some((EntityType::Organization, "Organization".into(), None));
            }
            // ("at Pasig Valley University in Pasig City, Metro Manila": after a place a
            // locative introduced and its comma, the place it lies in.)
            let place_apposed = r.start >= 2
                && self.word(r.start - 1) == ","
                && self.mentions.iter().any(|m| m.tokens.end == r.start - 1 && !m.nested && m.is_name(EntityType::Place) && self.locative_before(m.tokens.start))
                // (Not "resident representative in Kyrgyzstan, Helga Sørensen": a person the
                // recognizer sees, named after a post's place.)
                && !self.recognized_person(r)
                && !(r.start..r.end).any(|k| self.ner(k).ends_with("-PER"));
            if (self.locative_before(r.start) || place_apposed) && !given && !with_hometown {
                return Some((EntityType::Place, "Place".into(), None));
            }
            // "the capital of Entre Ríos"; "in northern Santa Fe and Entre Ríos": after a
            // place noun's "of", or joined by "and" to a place just named.
            let s = r.start;
            let place_noun_of = s >= 2 && self.lower[s - 1] == "of" && self.lex.place_of_nouns.contains(self.lower[s - 2].as_str()) && !is_cap(self.word(s - 2));
            let after_place = s >= 2 && self.lower[s - 1] == "and" && self.mentions.iter().any(|m| m.tokens.end == s - 1 && m.is_name(EntityType::Place));
            if (place_noun_of || after_place) && !given {
                return Some((EntityType::Place, "Place".into(), None));
            }
            // "Kalev Sharks", "Northstar Telecoms": words the recognizer reads as exactly one
            // body's or place's name, with no given name, title or form of address before
            // them to say a person, are that body's or place's.
            let titled = self.title_ends_at(r.start);
            if !given && !titled {
                if self.recognized_whole(r, "ORG") {
                    return Some((EntityType::Organization, "Organization".into(), None));
                }
                if self.recognized_whole(r, "LOC") {
                    return Some((EntityType::Place, "Place".into(), None));
                }
            }
            return Some((EntityType::Person, "Person".into(), None));
        }
        // "Zuri Mobile Tanzania", "Vodacom Kenya": words no lexicon knows, then a country,
        // name a company's branch in that country (not "Coastal Kenya", all everyday words,
        // nor "Western Kenya", a direction).
        if r.len() >= 2 && r.clone().all(|k| self.tokens[k].kind == TokenKind::Word && is_cap(self.word(k))) {
            let last = r.end - 1;
            let country_last = self.gazetteer_kind(self.word(last)).is_some_and(|(k, c, _)| k == EntityType::Place && c == "Country");
            let unknown_before = (r.start..last).all(|k| {
                let w = self.lower[k].as_str();
                self.gazetteer_kind(self.word(k)).is_none() && !DIRECTIONS.contains(&w) && !self.lex.place_heads.contains_key(w) && !self.lex.given_names.contains(w) && !self.lex.titles.contains_key(w)
            });
            if country_last && unknown_before && (r.start..last).any(|k| !self.lex.is_common(&self.lower[k])) {
                return Some((EntityType::Organization, "Company".into(), None));
            }
        }
        if r.len() >= 2 && is_cap(first) && r.clone().all(|k| self.tokens[k].kind == TokenKind::Word) {
            // "Red Cross", "Northern Fleet": some body, but only its role in a fact can
            // tell; kept only if it organises, sponsors, takes part or employs.
            return Some((EntityType::Organization, TENTATIVE.into(), None));
        }
        None
    }

    /// Splits and types name chunks; returns the tokens of person names, for aliases.
    fn type_chunks(&mut self, chunks: Vec<Range<usize>>, used: &mut [bool]) -> HashSet<String> {
        let mut persons = HashSet::new();
        let mut singles = Vec::new();
        for chunk in chunks {
            for part in self.split_chunk(chunk) {
                // (Not an acronym: "ASA" after "(ASA)" names the Andean Space Agency.)
                let lone_head = part.len() == 1
                    && !(self.word(part.start).len() > 1 && is_all_caps(self.word(part.start)))
                    && self.lex.org_heads.contains_key(self.lower[part.start].as_str())
                    && self.gazetteer_kind(self.word(part.start)).is_none();
                // "1,450 CFP francs", "500 CFA francs": an acronym before a currency's
                // word is the currency's, no body's name.
                let currency_acronym = part.len() == 1 && is_all_caps(self.word(part.start)) && self.lower.get(part.end).is_some_and(|w| self.lex.currency_words.contains(w.as_str()));
                if currency_acronym {
                    used[part.start] = true;
                    continue;
                }
                if lone_head {
                    // "the Centre", "Our Ministry": a reference, resolved to the last such body.
                    let word = self.lower[part.start].clone();
                    self.push(part, MentionKind::Reference { word });
                    continue;
                }
                if part.len() == 1 && self.type_name(&part).is_none_or(|(k, _, q)| k == EntityType::Person && q.is_none()) {
                    singles.push(part);
                    continue;
                }
                // "Deputy Mayor of Cluj-Napoca Andrei Pop": the holder named after the place a
                // post governs is a person, whatever the recognizer guesses.
                let holder = self.governed_holder(&part).then(|| (EntityType::Person, "Person".to_string(), None));
                if let Some((kind, class, qid)) = holder.or_else(|| self.type_name(&part)) {
                    if kind == EntityType::Person {
                        for k in part.clone() {
                            // A first word that names a place ("Sacramento" of a misread
                            // "Sacramento Bee") is not how a person is called alone: the
                            // place stays a place elsewhere in the text.
                            let first_place = k == part.start
                                && part.len() > 1
                                && self.gazetteer_kind(self.word(k)).is_some_and(|(t, _, _)| t == EntityType::Place);
                            if !first_place {
                                persons.insert(self.lower[k].clone());
                            }
                        }
                    }
                    for u in &mut used[part.clone()] {
                        *u = true;
                    }
                    // "5,000 US dollars", "Hong Kong dollars", "US$140 million": a currency, not
                    // a place.
                    let symbol_joined = part.end < self.tokens.len() && self.tokens[part.end].span.start == self.tokens[part.end - 1].span.end && self.word(part.end).starts_with(['$', '€', '£', '¥']);
                    if kind == EntityType::Place && (symbol_joined || self.lower.get(part.end).is_some_and(|w| self.lex.currency_words.contains(w.as_str()))) {
                        continue;
                    }
                    let m = self.push(part.clone(), MentionKind::Name { kind, class, qid });
                    if kind == EntityType::Organization {
                        self.name_structure(m);
                    } else if kind == EntityType::Event {
                        self.event_name_holder(m);
                    }
                } else if part.len() == 1 {
                    singles.push(part);
                }
            }
        }
        // Singles are typed after every full name is known.
        self.pending_singles = singles;
        persons
    }

    /// "Kazinform International News Agency Askar Umarov" → the agency and the person;
    /// "Uzbekistan Zeynal Hajiyev" → the country and the person.
    fn split_chunk(&self, chunk: Range<usize>) -> Vec<Range<usize>> {
        // "the Hon. Michael Brereton MP", "Dame Sarah Cole OBE": letters after a person's
        // name are no part of it.
        let mut end = chunk.end;
        while end >= chunk.start + 3 && self.post_nominal(end - 1) && (chunk.start..end - 1).all(|k| is_cap(self.word(k)) && !self.post_nominal(k)) {
            end -= 1;
        }
        if end < chunk.end {
            // (One name: a named range, so the vector is not read as the range's numbers.)
            let name = chunk.start..end;
            return vec![name];
        }
        if chunk.len() >= 3 {
            // After an organization head word, a person name may follow directly.
            for k in (chunk.start + 1..chunk.end - 1).rev() {
                if self.lex.org_heads.contains_key(self.lower[k].as_str()) {
                    let rest = k + 1..chunk.end;
                    if self.person_like(&rest) && !rest.clone().any(|x| matches!(self.lower[x].as_str(), "of" | "for" | "and")) {
                        return vec![chunk.start..k + 1, rest];
                    }
                    break;
                }
            }
            // A known place or organization followed by a person name; also one that ends a
            // body's name after "of" ("State Secretary of the Ministry of Foreign Affairs of
            // the Republic of Latvia Kristaps Ozolins").
            for k in (chunk.start + 1..chunk.end - 1).rev() {
                let left = chunk.start..k;
                let rest = k..chunk.end;
                if !self.person_like(&rest) {
                    continue;
                }
                let known_end = (chunk.start + 1..k).any(|j| {
                    // "… of the Republic of Latvia Kristaps Ozolins", "Delegation of the
                    // European Union to Tajikistan Marta Kowalczyk".
                    let after_of = matches!(self.lower[j - 1].as_str(), "of" | "to") || (j >= chunk.start + 2 && self.lower[j - 1] == "the" && matches!(self.lower[j - 2].as_str(), "of" | "to"));
                    after_of && self.gazetteer_kind(self.slice(&(j..k))).is_some()
                });
                if known_end || self.gazetteer_kind(self.slice(&left)).is_some() {
                    return vec![left, rest];
                }
            }
        }
        if chunk.len() >= 3 && self.gazetteer_kind(self.slice(&chunk)).is_none() {
            // "Namibian Elena Hoffmann": a nationality before a person's name is no part of
            // it (and no name of its own), when the rest reads as a person's name and something
            // says it is one: a known given name or the recognizer ("Moroccan Red Crescent"
            // stays whole).
            let first = self.word(chunk.start);
            // ("Brazilian Olympian Marco Ferreira": past a capitalised calling too.)
            let mut rest_start = chunk.start + 1;
            if chunk.end >= rest_start + 3 && self.calling_word(rest_start) && self.ner(rest_start) != "B-PER" {
                rest_start += 1;
            }
            let rest = rest_start..chunk.end;
            let demonym = self.gaz.demonym_country(first).is_some_and(|c| !c.names().any(|n| n == first));
            let person_cue = self.lex.given_names.contains(self.lower[rest.start].as_str()) || self.ner(rest.start) == "B-PER" || (self.ner(rest.start) == "I-PER" && self.ner(chunk.start) == "B-PER");
            // (A name the text writes after "the" elsewhere is a body's: "the Moroccan Red
            // Crescent".)
            let len = chunk.len();
            let the_before_elsewhere = || (1..self.tokens.len().saturating_sub(len - 1)).any(|p| self.lower[p - 1] == "the" && (0..len).all(|j| self.lower[p + j] == self.lower[chunk.start + j]));
            if demonym && person_cue && self.person_like(&rest) && !the_before_elsewhere() {
                return vec![rest];
            }
        }
        if chunk.len() >= 2 && self.gazetteer_kind(self.slice(&chunk)).is_none() {
            // "UNHCR Fatema": an acronym glued to a name.
            let first = self.word(chunk.start);
            let rest = chunk.start + 1..chunk.end;
            if is_all_caps(first) && !self.lex.legal_forms_before.contains(first) && self.person_like(&rest) && rest.len() >= 2 {
                return vec![chunk.start..chunk.start + 1, rest];
            }
        }
        vec![chunk]
    }

    /// Whether the capitalised words `r` also stand after a locative elsewhere in the text
    /// ("in Odivelas"), and not before a capitalised word there (then they begin another name).
    fn named_as_place_elsewhere(&self, r: &Range<usize>) -> bool {
        let len = r.len();
        if len == 0 || len > 3 || !r.clone().all(|k| is_cap(self.word(k))) {
            return false;
        }
        (1..self.tokens.len().saturating_sub(len - 1)).any(|p| {
            p != r.start
                && LOCATIVE.contains(&self.lower[p - 1].as_str())
                && (0..len).all(|j| self.lower[p + j] == self.lower[r.start + j] && is_cap(self.word(p + j)))
                && (p + len >= self.tokens.len() || !is_cap(self.word(p + len)))
        })
    }

    /// Structure inside an organization name: "X of (the) Y", "ACRONYM X", "COUNTRY X".
    fn name_structure(&mut self, m: usize) {
        const ACADEMIC_UNITS: &[&str] = &["school", "college", "council", "senate", "institute", "academy", "library", "press", "hospital", "clinic", "centre", "center"];
        let r = self.mentions[m].tokens.clone();
        // "the City of Takamatsu", "the Municipality of Futrono": the municipality is in the
        // place it governs.
        if r.len() >= 3 && self.lower[r.start + 1] == "of" && self.lex.municipal_words.contains(self.lower[r.start].as_str()) && self.mentions[m].is_name(EntityType::Organization) {
            let place = r.start + 2..r.end;
            let (class, qid) = match self.gazetteer_kind(self.slice(&place)) {
                Some((EntityType::Place, class, qid)) => (class, Some(qid)),
                _ => ("City".to_string(), None),
            };
            let n = self.push(place, MentionKind::Name { kind: EntityType::Place, class, qid });
            self.mentions[n].nested = true;
            self.mentions[m].structure.push((super::Predicate::LocatedIn, n));
            return;
        }
        let Some((head_at, head)) = self.org_head_of(&r) else { return };
        // "Delegation of the European Union to the Republic of Moldova": posted to a country;
        // the rest of the name is read without the posting.
        let mut r = r;
        if let Some(to) = (head_at + 1..r.end).find(|&k| self.lower[k] == "to") {
            let s = if to + 1 < r.end && self.lower[to + 1] == "the" { to + 2 } else { to + 1 };
            if let Some((EntityType::Place, class, qid)) = (s < r.end).then(|| self.type_name(&(s..r.end))).flatten() {
                let n = self.push(s..r.end, MentionKind::Name { kind: EntityType::Place, class, qid });
                self.mentions[n].nested = true;
                self.mentions[m].structure.push((super::Predicate::LocatedIn, n));
            }
            r.end = to;
        }
        // "Department of the Ministry of …", "Ministry of … of the Republic of Kazakhstan";
        // "Agency for Water under the Ministry of …": what comes after "under" is the
        // superior body, so the search starts there.
        let mut k = (head_at + 1..r.end).find(|&k| self.lower[k] == "under").unwrap_or(head_at + 1);
        while k < r.end {
            if matches!(self.lower[k].as_str(), "of" | "for" | "under") {
                let under = self.lower[k] == "under";
                let mut s = k + 1;
                if s < r.end && self.lower[s] == "the" {
                    s += 1;
                }
                let right = s..r.end;
                if !right.is_empty() {
                    // After "under" the words name the superior body, whatever their head.
                    // After a unit's own "of the", a name of two capitalised words or more that
                    // holds no title is its body ("the Kutaisi office of the Public Defender of
                    // Georgia"), though its head is unknown; any other name there ends the
                    // search, so no "of COUNTRY" further on is read as the unit's.
                    // ("the College of Medicine, Nursing and Health Sciences of Fiji National
                    // University", "the School of Food Engineering of Universidad Cumbre
                    // Andina": a school, council or institute "of" a university is one of its
                    // units.)
                    // (The university's own name: before any further "of", or opening with
                    // the word; "Faculty of Theatre and Film of Babeș-Bolyai University" has
                    // its field first.)
                    let own_words = s..(s + 1..r.end).find(|&j| matches!(self.lower[j].as_str(), "of" | "for")).unwrap_or(r.end);
                    let university = own_words.clone().any(|j| UNIVERSITY_WORDS.contains(&self.lower[j].as_str()));
                    let academic = university && ACADEMIC_UNITS.contains(&self.lower[head_at].as_str()) && right.clone().all(|j| is_cap(self.word(j)) || matches!(self.lower[j].as_str(), "of" | "and" | "for" | "de" | "del"));
                    let typed = self.type_name(&right).filter(|(_, c, _)| under || academic || c != TENTATIVE);
                    let typed = match typed {
                        None if academic => Some((EntityType::Organization, "Organization".to_string(), None)),
                        typed => typed,
                    };
                    // "the Municipality of Odivelas" where the report also writes "in
                    // Odivelas": a place the gazetteer lacks, named as one elsewhere.
                    let typed = match typed {
                        None if self.named_as_place_elsewhere(&right) => Some((EntityType::Place, "Place".to_string(), None)),
                        typed => typed,
                    };
                    // ("Department of Foreign Affairs", "Faculty of Medicine of the University
                    // of Zagreb": without "the", the words after "of" are the unit's field.)
                    let first_of = (head_at + 1..k).all(|j| !matches!(self.lower[j].as_str(), "of" | "for" | "under"));
                    let typed = match typed {
                        None if head.unit && first_of && self.lower[k] == "of" && s == k + 2 => {
                            let caps = right.clone().filter(|&j| is_cap(self.word(j))).count();
                            let titled = right.clone().any(|j| self.lex.titles.contains_key(self.lower[j].as_str()));
                            if caps < 2 || titled {
                                break;
                            }
                            Some((EntityType::Organization, "Organization".to_string(), None))
                        }
                        typed => typed,
                    };
                    // "Regional Office for Africa in Accra": a place after "for" is the area
                    // a body serves, neither where it is nor a place the text is about.
                    // So is a body of no known name there ("International Foundation for
                    // Electoral Systems": the field it works for).
                    let typed = typed.filter(|(kind, _, qid)| !(self.lower[k] == "for" && (*kind == EntityType::Place || (*kind == EntityType::Organization && qid.is_none()))));
                    // ("Bureau of Customs", "Department of Police": one head word after a
                    // bare "of" is the body's field, not a body it belongs to.)
                    let field_head = self.lower[k] == "of" && s == k + 1 && right.len() == 1 && self.lex.org_heads.contains_key(self.lower[s].as_str());
                    let typed = typed.filter(|(kind, _, qid)| !(field_head && *kind == EntityType::Organization && qid.is_none()));
                    if let Some((kind, class, qid)) = typed {
                        let rel = match kind {
                            // "Tourism Committee of the Ministry of Economy": any body of a
                            // ministry is part of it.
                            EntityType::Organization if head.unit || under || academic || class == "Ministry" => Some(super::Predicate::PartOf),
                            // "Council of Elders of Gyumri", "Customs Service of Moldova".
                            EntityType::Place if head.of_country => Some(super::Predicate::LocatedIn),
                            _ => None,
                        };
                        if matches!(kind, EntityType::Organization | EntityType::Place) {
                            let n = self.push(right, MentionKind::Name { kind, class, qid });
                            self.mentions[n].nested = true;
                            if let Some(rel) = rel {
                                self.mentions[m].structure.push((rel, n));
                            }
                            if kind == EntityType::Organization {
                                self.name_structure(n);
                            }
                            break;
                        }
                    }
                }
                if under {
                    break;
                }
            }
            k += 1;
        }
        // "OSCE Programme Office": a known organization as the first word of a sub-unit.
        if head_at > r.start {
            let lower_unit_of_body = head.unit && !is_cap(self.word(head_at)) && head_at + 1 < r.end && self.lower[head_at + 1] == "of";
            for split in (r.start + 1..=head_at).rev() {
                let left = r.start..split;
                let name = self.slice(&left);
                let known = self.gazetteer_kind(name);
                // ("AI Policy Division": no body's acronym, "AI".)
                let acronym = left.len() == 1 && is_all_caps(name) && !self.lex.not_acronyms.contains(self.lower[left.start].as_str());
                match known {
                    Some((EntityType::Organization, class, qid)) if head.unit => {
                        let n = self.push(left, MentionKind::Name { kind: EntityType::Organization, class, qid: Some(qid) });
                        self.mentions[n].nested = true;
                        self.mentions[m].structure.push((super::Predicate::PartOf, n));
                        break;
                    }
                    // "the Cairo office of the EBRD": a unit named in lower case after a
                    // place, then its body, is there (not a capitalised "Krabi Provincial
                    // Office", nor "the Maribor office", a short form of such a name).
                    Some((EntityType::Place, class, qid)) if lower_unit_of_body => {
                        let n = self.push(left, MentionKind::Name { kind: EntityType::Place, class, qid: Some(qid) });
                        self.mentions[n].nested = true;
                        self.mentions[m].structure.push((super::Predicate::LocatedIn, n));
                        break;
                    }
                    None if lower_unit_of_body && self.named_as_place_elsewhere(&left) => {
                        let n = self.push(left, MentionKind::Name { kind: EntityType::Place, class: "City".into(), qid: None });
                        self.mentions[n].nested = true;
                        self.mentions[m].structure.push((super::Predicate::LocatedIn, n));
                        break;
                    }
                    Some((EntityType::Place, class, qid)) if head.national && class == "Country" => {
                        let n = self.push(left, MentionKind::Name { kind: EntityType::Place, class, qid: Some(qid) });
                        self.mentions[n].nested = true;
                        self.mentions[m].structure.push((super::Predicate::LocatedIn, n));
                        break;
                    }
                    None if acronym && head.unit && split == r.start + 1 => {
                        let n = self.push(left, MentionKind::Name { kind: EntityType::Organization, class: "Organization".into(), qid: None });
                        self.mentions[n].nested = true;
                        self.mentions[m].structure.push((super::Predicate::PartOf, n));
                        break;
                    }
                    _ => {}
                }
            }
        }
    }

    /// "the 12th Annual Congress of the Ashanti Midwives' Association", "the Reef Clean-Up
    /// Day of the Dahab Sub-Aqua Club": an event named after the body whose event it is
    /// names that body, which holds it. (Only a body of a known head word after "of the":
    /// "Congress of Local Authorities" names no body.)
    fn event_name_holder(&mut self, m: usize) {
        let r = self.mentions[m].tokens.clone();
        if !matches!(self.mentions[m].kind, MentionKind::Name { .. }) {
            return;
        }
        let Some(of) = (r.start + 1..r.end).find(|&k| self.lower[k] == "of") else { return };
        if self.event_head_at(of - 1, r.start).is_none() || of + 2 >= r.end || self.lower[of + 1] != "the" {
            return;
        }
        let body = of + 2..r.end;
        if self.org_head_of(&body).is_none() {
            return;
        }
        if let Some((EntityType::Organization, class, qid)) = self.type_name(&body).filter(|(_, c, _)| c != TENTATIVE) {
            let n = self.push(body, MentionKind::Name { kind: EntityType::Organization, class, qid });
            self.mentions[n].nested = true;
            self.mentions[m].structure.push((super::Predicate::Organizer, n));
            self.name_structure(n);
        }
    }

    /// "EU-funded", "OSCE-supported": the organization inside a compound participle.
    /// "Almaty-based", "Geneva-headquartered": the place, a nested mention of the token, is
    /// where the organization named next is based (see `Relations::based_in`).
    fn based_in_prefixes(&mut self, used: &mut [bool]) {
        for i in 0..self.tokens.len() {
            let Some(last) = based_in(self.word(i)).map(str::to_string) else { continue };
            // "Da Lat-based", "New York-based": the place's first words stand before the
            // token, capitalised; a name of several words the gazetteer knows, or words that
            // are no everyday ones ("Da"; not "The", "Local").
            let sent_start = self.sentences[self.sentence_of[i]].tokens.start;
            let mut first = i;
            for k in (i.saturating_sub(3)..i).rev() {
                if k < sent_start || used[k] || self.tokens[k].kind != TokenKind::Word || !is_cap(self.word(k)) || self.tokens[k].span.end + 1 != self.tokens[k + 1].span.start {
                    break;
                }
                // ("The Pune-based manufacturer": the gazetteer may drop an article.)
                if FUNCTION_WORDS.contains(&self.lower[k].as_str()) {
                    break;
                }
                let words = format!("{} {}", &self.text[self.tokens[k].span.start..self.tokens[i - 1].span.end], last);
                let everyday = (k..i).any(|t| self.lex.is_common(&self.lower[t]) || FUNCTION_WORDS.contains(&self.lower[t].as_str()));
                if self.gazetteer_kind(&words).is_some_and(|(kind, _, _)| kind == EntityType::Place) || !everyday {
                    first = k;
                } else {
                    break;
                }
            }
            let start = self.tokens[first].span.start;
            let place = format!("{}{}", &self.text[start..self.tokens[i].span.start], last);
            // A town the gazetteer lacks ("the Gyumri-based foundation") is still a place:
            // nothing else is "based" in a capitalised name.
            let (class, qid) = match self.gazetteer_kind(&place) {
                Some((EntityType::Place, class, qid)) => (class, Some(qid)),
                None if !is_all_caps(&place) => ("Place".to_string(), None),
                _ => continue,
            };
            let m = self.push(first..i + 1, MentionKind::Name { kind: EntityType::Place, class, qid });
            self.mentions[m].span = Span::new(start, start + place.len());
            self.mentions[m].nested = true;
            used[first..i].iter_mut().for_each(|u| *u = true);
        }
    }

    fn participle_prefixes(&mut self) {
        let suffixes: Vec<&str> = self
            .lex
            .verbs
            .iter()
            .filter(|v| v.voice == super::lexicon::Voice::Prefix)
            .flat_map(|v| v.forms.iter().map(|f| f[0].as_str()))
            .collect();
        for i in 0..self.tokens.len() {
            let word = self.word(i).to_string();
            let Some((prefix, suffix)) = word.rsplit_once('-') else { continue };
            if !suffixes.contains(&suffix.to_lowercase().as_str()) || prefix.is_empty() {
                continue;
            }
            let known = self.gazetteer_kind(prefix);
            let kind = match known {
                Some((EntityType::Organization, class, qid)) => Some((class, Some(qid))),
                None if is_all_caps(prefix) => Some(("Organization".to_string(), None)),
                _ => None,
            };
            if let Some((class, qid)) = kind {
                let start = self.tokens[i].span.start;
                let m = self.push(i..i + 1, MentionKind::Name { kind: EntityType::Organization, class, qid });
                self.mentions[m].span = Span::new(start, start + prefix.len());
                self.mentions[m].nested = true;
            }
        }
    }

    /// Single capitalised words: a surname or first name of a person named in full
    /// elsewhere, a known place, a name before a speech verb, or a place after "in".
    /// Names the trained recognizer finds and the lexicons did not: a capitalised span no
    /// other mention touches becomes a name of the recognizer's type, and a name typed only
    /// tentatively ("Red Cross", an organization by default) takes the recognizer's type
    /// when it tags exactly that span. Both stay provisional (see [`provisional_class`]):
    /// the recognizer is right about two times in three, so its names are kept only when
    /// a fact uses them.
    fn recognized_names(&mut self, used: &mut [bool]) {
        let nodes = &self.tree.nodes;
        if nodes.is_empty() {
            return;
        }
        let mut found: Vec<(Range<usize>, EntityType)> = Vec::new();
        for s in &self.sentences {
            let labels: Vec<String> = s.tokens.clone().map(|t| nodes[t].ner.clone()).collect();
            for (a, b, label) in crate::nlp::conllu::spans(&labels) {
                let kind = match label.as_str() {
                    "PER" => EntityType::Person,
                    "ORG" => EntityType::Organization,
                    "LOC" => EntityType::Place,
                    _ => continue,
                };
                found.push((s.tokens.start + a..s.tokens.start + b, kind));
            }
        }
        // "Nordkyst Design AS of Tarvik": when the recognizer runs a body the text already
        // named on through "of" into a place, the words after "of" are that place.
        let mut rests = Vec::new();
        for (range, kind) in &found {
            if *kind != EntityType::Organization {
                continue;
            }
            let body_end = self.mentions.iter().filter(|m| m.tokens.start == range.start && m.is_name(EntityType::Organization)).map(|m| m.tokens.end).max();
            if let Some(e) = body_end.filter(|&e| e + 1 < range.end && self.lower[e] == "of") {
                if (e + 1..range.end).all(|t| !used[t] && self.tokens[t].kind == TokenKind::Word && is_cap(self.word(t))) {
                    rests.push((e + 1..range.end, EntityType::Place));
                }
            }
        }
        found.extend(rests);
        for (range, mut kind) in found {
            if kind == EntityType::Place && range.len() == 1 && self.language_name(range.start) {
                continue;
            }
            // "its Chilean subsidiary": a demonym before a lower-case noun names no place.
            let noun_after = range.end < self.tokens.len() && self.tokens[range.end].kind == TokenKind::Word && !is_cap(self.word(range.end));
            if range.len() == 1 && noun_after && self.gaz.demonym_country(self.word(range.start)).is_some_and(|c| !c.names().any(|n| n == self.word(range.start))) {
                continue;
            }
            // "Trust chair Margaret Hiltz" after "the South Shore Lighthouse Heritage Trust": a
            // body's head word alone that ends a body named before refers to it, which the
            // references decide, not a body of its own.
            if kind == EntityType::Organization && range.len() == 1 && self.lex.org_heads.contains_key(self.lower[range.start].as_str()) && self.ends_body_named_before(range.start, &self.lower[range.start]) {
                continue;
            }
            // "Hannah Kowalczyk of Penticton": one word after a person's name and "of" is
            // where the person is from, whatever the recognizer took it for.
            let s = range.start;
            if kind == EntityType::Person && range.len() == 1 && s >= 2 && self.lower[s - 1] == "of" && self.tree.nodes[s - 2].ner.ends_with("PER") && self.gazetteer_kind(self.word(s)).is_none() {
                kind = EntityType::Place;
            }
            // "Petty Officer Dana White": a person the recognizer finds right after a title
            // or rank is one for sure.
            let titled = kind == EntityType::Person && self.title_ends_at(range.start);
            if let Some(m) = self.mentions.iter_mut().find(|m| m.tokens == range) {
                if let MentionKind::Name { kind: k, class, qid: None } = &mut m.kind {
                    if class == TENTATIVE {
                        *k = kind;
                        *class = if titled { kind.class_name().to_string() } else { provisional_class(kind) };
                    }
                }
                continue;
            }
            let touched = range.clone().any(|t| used[t]) || self.mentions.iter().any(|m| m.tokens.start < range.end && range.start < m.tokens.end);
            let capitalised = is_cap(self.word(range.start)) && range.clone().all(|t| self.tokens[t].kind != TokenKind::Punct || self.word(t) == "." || self.word(t) == "&");
            if touched || !capitalised || self.plural_bodies(&range) {
                continue;
            }
            // "Kazinform" after "Kazinform International News Agency": a name the text
            // already typed, in full or as its first words, keeps that type; in full first
            // ("Drumheller's museum" under the dateline "DRUMHELLER" is the town, though
            // the "Drumheller Valley Tourism Society" is named too).
            let text = self.slice(&range).to_string();
            let typed_names = || {
                self.mentions.iter().filter_map(|m| match &m.kind {
                    MentionKind::Name { kind, .. } => Some((*kind, self.slice(&m.tokens))),
                    _ => None,
                })
            };
            let known = typed_names().find_map(|(kind, name)| name.eq_ignore_ascii_case(&text).then_some(kind)).or_else(|| {
                // A person's first words are a given name, which the text rarely uses
                // alone: "Velden" after "Velden Courier" keeps the recognizer's type.
                typed_names().find_map(|(kind, name)| (kind != EntityType::Person && name.strip_prefix(text.as_str()).is_some_and(|rest| rest.starts_with(' '))).then_some(kind))
            });
            let kind = known.unwrap_or(kind);
            for t in range.clone() {
                used[t] = true;
            }
            let class = if titled { kind.class_name().to_string() } else { provisional_class(kind) };
            self.push(range, MentionKind::Name { kind, class, qid: None });
        }
    }

    /// "from Kutaisi and Batumi", "in Madrid, Valencia, Bucharest and Craiova", "the
    /// districts of Saptari, Siraha and Dhanusha", "At-Bashy and Kochkor districts": names
    /// listed with a known place, or under a plural place noun, are places too. The
    /// recognizer's places there are kept whether or not a fact uses them, and a list under
    /// a place noun turns its untyped capitalised words into places.
    fn places_in_lists(&mut self, used: &mut [bool]) {
        // The name mention starting at each token, and where any mention starts.
        let mut name_at: Vec<Option<usize>> = vec![None; self.tokens.len()];
        let mut starts = vec![false; self.tokens.len()];
        for (m, mention) in self.mentions.iter().enumerate() {
            if let Some(slot) = starts.get_mut(mention.tokens.start) {
                *slot = true;
            }
            if !mention.nested && matches!(mention.kind, MentionKind::Name { .. }) && name_at.get(mention.tokens.start).is_some_and(Option::is_none) {
                name_at[mention.tokens.start] = Some(m);
            }
        }
        for s in 0..self.sentences.len() {
            let range = self.sentences[s].tokens.clone();
            // Items in order: a mention that is a name, or a run of untyped capitalised words.
            let mut items: Vec<(Range<usize>, Option<usize>)> = Vec::new();
            let mut k = range.start;
            while k < range.end {
                if let Some(m) = name_at[k] {
                    let end = self.mentions[m].tokens.end.max(k + 1);
                    items.push((k..end, Some(m)));
                    k = end;
                    continue;
                }
                let word = |t: usize| !used[t] && self.tokens[t].kind == TokenKind::Word && is_cap(self.word(t)) && !FUNCTION_WORDS.contains(&self.lower[t].as_str());
                if word(k) && !self.sentence_start(k) {
                    let mut e = k + 1;
                    while e < range.end && (word(e) || (self.word(e) == "-" && e + 1 < range.end && word(e + 1))) && !starts[e] {
                        e += 1;
                    }
                    items.push((k..e, None));
                    k = e;
                    continue;
                }
                k += 1;
            }
            // Lists: items joined by commas, the last one by "and", "or", ", and" or ", or"
            // (not "Andrews Lock and Dam, Henry County, Ala.", nor "Washington, Klemow").
            let mut groups: Vec<Vec<usize>> = Vec::new();
            let mut open: Vec<usize> = Vec::new();
            for x in 0..items.len() {
                let between: Vec<&str> = if x > 0 { (items[x - 1].0.end..items[x].0.start).map(|t| self.lower[t].as_str()).collect() } else { Vec::new() };
                match between.as_slice() {
                    [","] if x > 0 => open.push(x),
                    ["and"] | ["or"] | [",", "and"] | [",", "or"] if x > 0 => {
                        open.push(x);
                        groups.push(std::mem::take(&mut open));
                    }
                    _ => open = vec![x],
                }
            }
            for group in groups {
                let first = items[group[0]].0.start;
                let last = items[*group.last().unwrap()].0.end;
                let cue_after = last < range.end && self.lex.place_plurals.contains(self.lower[last].as_str());
                let cue_before = {
                    let mut p = first;
                    if p > range.start && self.lower[p - 1] == "the" {
                        p -= 1;
                    }
                    p >= range.start + 2 && self.lower[p - 1] == "of" && self.lex.place_plurals.contains(self.lower[p - 2].as_str())
                };
                let cue = cue_after || cue_before;
                // "hearings in Kingston, Montego Bay and Mandeville": a list after "in" with
                // a known place in it is a list of places.
                // (Three items at least: "Head of the Office in Vienna, and Tomas Rehak" is no list
                // of places.)
                let locative = group.len() >= 3 && first > range.start && matches!(self.lower[first - 1].as_str(), "in" | "across");
                let confirmed = group.iter().any(|&x| {
                    items[x].1.is_some_and(|m| matches!(&self.mentions[m].kind, MentionKind::Name { kind: EntityType::Place, class, .. } if !is_provisional(class)))
                });
                if !(cue || confirmed) {
                    continue;
                }
                for &x in &group {
                    let (r, m) = items[x].clone();
                    match m {
                        Some(m) => {
                            // A person's name is known by a given name, a title before it,
                            // or its words in a longer person's name elsewhere.
                            let personal = self.lex.given_names.contains(self.lower[r.start].as_str())
                                || self.mentions.iter().any(|o| matches!(o.kind, MentionKind::Title { .. }) && o.tokens.end == r.start)
                                || self.mentions.iter().any(|o| o.is_name(EntityType::Person) && o.tokens.len() > r.len() && r.clone().all(|t| o.tokens.clone().any(|u| self.lower[u] == self.lower[t])));
                            // ("… in Ålesund, Norway, and Aroha Whitfield, chair of the
                            // Group": a post in apposition makes the last item a person.)
                            let post_after = r.end + 1 < self.tokens.len()
                                && self.word(r.end) == ","
                                && self.mentions.iter().any(|o| matches!(o.kind, MentionKind::Title { rank_only: false, .. }) && o.tokens.start == r.end + 1)
                                && r.len() >= 2;
                            if post_after {
                                if let MentionKind::Name { kind, class, qid: None } = &mut self.mentions[m].kind {
                                    if *kind == EntityType::Place && is_provisional(class) {
                                        *kind = EntityType::Person;
                                        *class = provisional_class(EntityType::Person);
                                    }
                                }
                                continue;
                            }
                            if let MentionKind::Name { kind, class, qid: None } = &mut self.mentions[m].kind {
                                // The recognizer's place; a word taken for a person's name
                                // that shows nothing personal ("Irbid, Mafraq and Zarqa";
                                // "Luka Kapanadze of Georgia, and Rita Sequeira" stays);
                                // under a place noun, also a longer one or an untyped name.
                                let retype = *class == provisional_class(EntityType::Place)
                                    || (*kind == EntityType::Person && !personal && (r.len() == 1 || ((cue || (locative && confirmed)) && r.len() <= 3)))
                                    || (cue && *class == TENTATIVE);
                                if retype {
                                    *kind = EntityType::Place;
                                    *class = "Place".into();
                                }
                            }
                        }
                        None => {
                            let acronym = r.len() == 1 && is_all_caps(self.word(r.start));
                            let common = r.len() == 1 && self.lex.is_common_or_plural(&self.lower[r.start]);
                            let given = self.lex.given_names.contains(self.lower[r.start].as_str());
                            if acronym || common || given || self.lex.org_heads.contains_key(self.lower[r.end - 1].as_str()) {
                                continue;
                            }
                            for u in &mut used[r.clone()] {
                                *u = true;
                            }
                            self.push(r, MentionKind::Name { kind: EntityType::Place, class: "Place".into(), qid: None });
                        }
                    }
                }
            }
        }
    }

    fn single_names(&mut self, persons: &HashSet<String>, used: &mut [bool]) {
        for r in std::mem::take(&mut self.pending_singles) {
            let i = r.start;
            let w = self.lower[i].clone();
            let next = self.lower.get(i + 1).map(String::as_str).unwrap_or("");
            let next_speech = self.lex.speech.iter().any(|f| f.first().map(String::as_str) == Some(next));
            let kind = if persons.contains(&w) && !self.lex.org_heads.contains_key(w.as_str()) {
                Some((EntityType::Person, "Person".to_string(), None))
            } else if let Some((k, c, q)) = self.gazetteer_kind(self.word(i)) {
                Some((k, c, Some(q)))
            } else if self.town_at(&(i..i + 1)) {
                Some((EntityType::Place, "City".to_string(), None))
            } else if self.lex.org_heads.contains_key(w.as_str()) || self.lex.is_common(&w) {
                None
            } else if self.sentence_start(i) && self.lex.place_heads.contains_key(w.as_str()) {
                // "Village headman X said": a kind of place opening the sentence is the
                // post's word, capitalised only by its place.
                None
            } else if self.mentions.iter().any(|m| matches!(m.kind, MentionKind::Title { .. }) && m.tokens.end == i && is_cap(self.word(m.tokens.start)))
                && !self.plural_non_person(i)
            {
                // "Dr. Venkateshwaran", "Ambassador Suzuki"; not "General Motors".
                Some((EntityType::Person, "Person".to_string(), None))
            } else if let Some(post) = self.post_before_name(i) {
                if self.lex.territorial_posts.contains(post.as_str()) {
                    // "Pittsburgh Mayor Sophie Masloff": the place the post governs.
                    Some((EntityType::Place, "Place".to_string(), None))
                } else {
                    // "Exxon spokesman Mark Dill": the word before a post and a name is the
                    // employer. Not tentative: the title rule reads it as such.
                    Some((EntityType::Organization, "Organization".to_string(), None))
                }
            } else if i >= 2 && self.lower[i - 1] == "of" && self.lex.territorial_posts.contains(self.lower[i - 2].as_str()) && self.title_ends_at(i - 1) {
                // "the Mayor of Cork": the place the post governs.
                Some((EntityType::Place, "Place".to_string(), None))
            } else if i >= 2 && self.lower[i - 1] == "for" && self.lower[i - 2] == "minister" && self.title_ends_at(i - 1) {
                // "the Regional Minister for Ashanti": one name no dictionary knows after a
                // minister's "for" is the region the post serves (a portfolio is an everyday
                // word: "Minister for Energy").
                Some((EntityType::Place, "Place".to_string(), None))
            } else if self.post_owner(i) {
                // "Kofi Darko, director of KolaPay", "KolaPay's chief executive": the one
                // word owning a post is the employer.
                Some((EntityType::Organization, "Organization".to_string(), None))
            } else if self.subject_of_post(i) {
                // "Barrett is a director of the Commission", "Marshall is a lawyer".
                Some((EntityType::Person, "Person".to_string(), None))
            } else if next_speech && !self.sentence_start(i) {
                Some((EntityType::Person, "Person".to_string(), None))
            } else if self.region_follows(i) {
                // "Tampa, Fla.,", "Aiken, S.C.": a town before its state or province.
                Some((EntityType::Place, "Place".to_string(), None))
            } else if self.hometown_at(i) && self.ner(i) != "B-ORG" {
                // "Levente Kiss of Szeged": where a person named in full is from.
                Some((EntityType::Place, "Place".to_string(), None))
            } else if self.locative_before(i) && !self.in_quote[i] && !self.language_name(i) && !(self.plural_non_person(i) && self.lex.is_common_or_plural(&self.lower[i])) {
                // ("Trafficking in Persons": an everyday plural after "in" is a topic.)
                Some((EntityType::Place, "Place".to_string(), None))
            } else if self.definite_body_description_before(i) && !self.lex.given_names.contains(w.as_str()) {
                // "the outdoor clothing brand Fjällgear": a body's name after a definite
                // description ending in a kind of body.
                Some((EntityType::Organization, "Organization".to_string(), None))
            } else if i > 0 && self.lower[i - 1] == "by" && self.sentences[self.sentence_of[i]].tokens.len() == 2 {
                // A byline: "By Trend".
                Some((EntityType::Organization, "NewsAgency".to_string(), None))
            } else {
                None
            };
            if let Some((kind, class, qid)) = kind {
                used[i] = true;
                self.push(r, MentionKind::Name { kind, class, qid });
            }
        }
    }

    /// Whether token `i` follows "the" and words in lower case ending in a kind of body
    /// ("the outdoor clothing brand", "the refugee charity").
    fn definite_body_description_before(&self, i: usize) -> bool {
        if i < 2 {
            return false;
        }
        let head = self.lower[i - 1].as_str();
        let body_noun = self.body_noun(head);
        body_noun
            && (i.saturating_sub(5)..i - 1)
                .rev()
                // ("the Vietnamese sportswear brand Lotus Sport": a nationality too.)
                .take_while(|&k| self.word(k).chars().all(|c| c.is_lowercase() || c == '-') || (k + 2 < i && self.tree.nodes.get(k).is_some_and(|n| n.upos == "ADJ" && n.xpos == "JJ")))
                .any(|k| self.lower[k] == "the")
    }

    /// Whether the name at token `i` follows "of" after a person's full name ("Levente Kiss
    /// of Szeged"): people are "of" the place they come from.
    fn hometown_at(&self, i: usize) -> bool {
        // (Not "of UiT's Department": an acronym is a body's.)
        i >= 3
            && !self.word(i).chars().skip(1).any(char::is_uppercase)
            && self.lower[i - 1] == "of"
            && self.mentions.iter().any(|m| m.tokens.end == i - 1 && m.tokens.len() >= 2 && !m.nested && m.is_name(EntityType::Person))
    }

    /// "in partnership with the Gandaki Blindness Prevention Forum": a partner is a body,
    /// whatever its head word; no event works in partnership.
    fn partners_are_bodies(&mut self) {
        for i in 0..self.mentions.len() {
            let m = &self.mentions[i];
            if !matches!(m.kind, MentionKind::Name { kind: EntityType::Event, .. }) || m.nested {
                continue;
            }
            let mut k = m.tokens.start;
            if k > 0 && self.lower[k - 1] == "the" {
                k -= 1;
            }
            let partner = k >= 2 && self.lower[k - 1] == "with" && matches!(self.lower[k - 2].as_str(), "partnership" | "cooperation" | "co-operation" | "collaboration" | "association" | "conjunction" | "coordination" | "co-ordination");
            if partner {
                self.mentions[i].kind = MentionKind::Name { kind: EntityType::Organization, class: "Organization".into(), qid: None };
            }
        }
    }

    /// "Tarvo Greens is headquartered in Kalvi": what has headquarters is a body, whatever
    /// the recognizer made of its name. (Only "headquartered" and "has its headquarters":
    /// people are "based in" a town too.)
    fn headquartered_names(&mut self) {
        for i in 0..self.mentions.len() {
            let m = &self.mentions[i];
            if !matches!(m.kind, MentionKind::Name { kind: EntityType::Person, .. }) || m.nested || self.lex.given_names.contains(self.lower[m.tokens.start].as_str()) {
                continue;
            }
            let mut k = m.tokens.end;
            while k < self.lower.len() && matches!(self.lower[k].as_str(), "is" | "was" | "are" | "remains" | "has" | "had" | "been" | "now" | "still") {
                k += 1;
            }
            let seated = k > m.tokens.end && k < self.lower.len() && (self.lower[k] == "headquartered" || (self.lower[k - 1] == "has" && self.lower[k] == "its" && self.lower.get(k + 1).is_some_and(|w| w == "headquarters")));
            if seated {
                self.mentions[i].kind = MentionKind::Name { kind: EntityType::Organization, class: "Organization".into(), qid: None };
            }
        }
    }

    /// "Hidrógeno Verde Atacama (HVA)": a name given its initials in brackets is a body's,
    /// whatever the recognizer made of it (people are not abbreviated so).
    fn acronymed_names(&mut self) {
        for i in 0..self.mentions.len() {
            let m = &self.mentions[i];
            if matches!(m.kind, MentionKind::Name { kind: EntityType::Person, .. }) && self.bracketed_initials(m).is_some() {
                self.mentions[i].kind = MentionKind::Name { kind: EntityType::Organization, class: "Organization".into(), qid: None };
            }
        }
    }

    /// The acronym in brackets right after a name of two words or more, when it spells the
    /// name's initials ("Hidrógeno Verde Atacama (HVA)").
    fn bracketed_initials(&self, m: &Mention) -> Option<&str> {
        let end = m.tokens.end;
        if m.nested || m.tokens.len() < 2 || end + 2 >= self.tokens.len() || self.word(end) != "(" || self.word(end + 2) != ")" {
            return None;
        }
        let acronym = self.word(end + 1);
        (is_all_caps(acronym) && super::resolve::initials(self.slice(&m.tokens)) == acronym).then_some(acronym)
    }

    /// Whether the word at `k` is letters written after a person's name ("MP", "OBE", "PhD").
    pub(crate) fn post_nominal(&self, k: usize) -> bool {
        let w = self.word(k);
        (is_all_caps(w) || w == "PhD") && self.lex.post_nominals.contains(self.lower[k].as_str())
    }

    /// "the Philippine Red Cross (PRC) … PRC chairman X": an acronym the text defines in
    /// brackets after a body's name stands for that body wherever it is used, even where the
    /// gazetteer knows it for something else (PRC, China).
    fn defined_acronyms(&mut self) {
        let mut defined: Vec<(String, MentionKind)> = Vec::new();
        for m in &self.mentions {
            let MentionKind::Name { kind: EntityType::Organization, .. } = &m.kind else { continue };
            if let Some(acronym) = self.bracketed_initials(m).filter(|a| a.chars().count() >= 2) {
                defined.push((acronym.to_string(), m.kind.clone()));
            }
        }
        if defined.is_empty() {
            return;
        }
        for i in 0..self.mentions.len() {
            let m = &self.mentions[i];
            // (An acronym already read as a body keeps its own reading.)
            let read_as_body = matches!(m.kind, MentionKind::Name { kind: EntityType::Organization, qid: None, .. });
            if m.tokens.len() != 1 || read_as_body || !matches!(m.kind, MentionKind::Name { .. }) {
                continue;
            }
            if let Some((_, kind)) = defined.iter().find(|(a, _)| a == self.word(m.tokens.start)) {
                self.mentions[i].kind = kind.clone();
            }
        }
    }

    /// "the chartered vessel MV Sable Tern", "HMS Lumo": a ship's name after its prefix
    /// names no person, body or place (the guidelines list no vessels).
    fn vessel_names(&mut self) {
        let prefix = |k: usize| self.lex.vessel_prefixes.contains(self.lower[k].as_str()) && is_all_caps(self.word(k));
        let mut gone = Vec::new();
        for (i, m) in self.mentions.iter().enumerate() {
            if !matches!(m.kind, MentionKind::Name { .. }) {
                continue;
            }
            let first = m.tokens.start;
            let prefixed = prefix(first) && m.tokens.len() >= 2;
            let after_prefix = first > 0 && prefix(first - 1);
            let prefix_alone = m.tokens.len() == 1 && prefix(first) && first + 1 < self.tokens.len() && is_cap(self.word(first + 1));
            if prefixed || after_prefix || prefix_alone {
                gone.push(i);
            }
        }
        self.remove_mentions(&gone);
    }

    /// "Rhodri Llewellyn of Merthyr Tydfil": a place the recognizer took for a person.
    fn hometowns(&mut self) {
        for i in 0..self.mentions.len() {
            let m = &self.mentions[i];
            if !m.is_name(EntityType::Person) || m.nested || self.lex.given_names.contains(self.lower[m.tokens.start].as_str()) {
                continue;
            }
            let start = m.tokens.start;
            // "the seabed of the Chacao Channel", "in the Rift Highlands": a name after
            // "the" and a preposition of place is no person's.
            let placed = start >= 2 && self.lower[start - 1] == "the" && matches!(self.lower[start - 2].as_str(), "of" | "in" | "on" | "into" | "across" | "along" | "near" | "over" | "through" | "beneath" | "under");
            // "Cole Ferland of the Steinbach Millers": the team a player is of.
            let team = start >= 4
                && self.lower[start - 1] == "the"
                && self.lower[start - 2] == "of"
                && m.tokens.len() >= 2
                && self.lower[m.tokens.end - 1].len() > 3
                && self.lower[m.tokens.end - 1].ends_with('s')
                && self.mentions.iter().any(|p| p.tokens.end == start - 2 && p.tokens.len() >= 2 && !p.nested && p.is_name(EntityType::Person));
            if team {
                self.mentions[i].kind = MentionKind::Name { kind: EntityType::Organization, class: "Organization".into(), qid: None };
            } else if self.hometown_at(start) || (placed && m.tokens.len() >= 2 && !self.recognized_person(&m.tokens)) {
                self.mentions[i].kind = MentionKind::Name { kind: EntityType::Place, class: "Place".into(), qid: None };
            }
        }
    }

    /// Whether a known state or province follows word `i` after a comma and ends its phrase
    /// ("Tampa, Fla., said", "near Aiken, S.C."), as a town's address does; or a country
    /// that the phrase describes it by, at the start of a sentence ("Gyumri, Armenia's
    /// second-largest city, …").
    fn region_follows(&self, i: usize) -> bool {
        if i + 2 >= self.tokens.len() || self.word(i + 1) != "," {
            return false;
        }
        self.mentions.iter().any(|m| {
            let after = self.lower.get(m.tokens.end).map(String::as_str);
            m.tokens.start == i + 2
                && match &m.kind {
                    MentionKind::Name { kind: EntityType::Place, class, qid: Some(_) } if class == "Region" => after.is_none_or(|w| matches!(w, "," | "." | ";" | ")")),
                    MentionKind::Name { kind: EntityType::Place, class, qid: Some(_) } if class == "Country" => self.sentence_start(i) && matches!(after, Some("'s" | "’s")),
                    _ => false,
                }
        })
    }

    /// Whether word `i` is the subject of a copula whose predicate is a post ("Barrett is a
    /// director of …", "Marshall was a lawyer"): only people hold posts.
    fn subject_of_post(&self, i: usize) -> bool {
        let Some(node) = self.tree.nodes.get(i) else { return false };
        if node.deprel != "nsubj" {
            return false;
        }
        let Some(p) = node.head else { return false };
        // Not "member": countries and companies are members too.
        let post = self.lex.post(&self.lower[p], &self.tree.nodes[p].upos).is_some() && self.lower[p] != "member";
        post && self.tree.children_by(p, "cop").next().is_some()
    }

    /// Whether the tokens `r` are a place and nothing more: a gazetteer place, or
    /// a place the recognizer tags whole and no head word makes a body or a venue
    /// ("Lyon", which the gazetteer lacks; not "Gulf Institute").
    fn known_place_alone(&self, r: &Range<usize>) -> bool {
        self.gazetteer_kind(self.slice(r)).is_some_and(|(kind, _, _)| kind == EntityType::Place)
            || (self.org_head_of(r).is_none() && self.place_head_of(r).is_none() && self.recognized_whole(r, "LOC"))
    }

    /// Whether the recognizer tags exactly the tokens `r` as one name of type `label`.
    fn recognized_whole(&self, r: &Range<usize>, label: &str) -> bool {
        let (begin, inside) = (format!("B-{label}"), format!("I-{label}"));
        self.ner(r.start) == begin && (r.start + 1..r.end).all(|k| self.ner(k) == inside) && self.ner(r.end) != inside
    }

    /// "Local 417": a union's local, named by its number, starts at token `i`.
    fn union_local_at(&self, i: usize) -> bool {
        i + 1 < self.tokens.len() && self.word(i) == "Local" && self.word(i + 1).chars().all(|c| c.is_ascii_digit())
    }

    /// The recognizer's BIO tag of token `k` ("O" without a recognizer).
    fn ner(&self, k: usize) -> &str {
        self.tree.nodes.get(k).map_or("O", |n| n.ner.as_str())
    }

    /// "Dongfang Heavy Lifting of Shanghai", "Bridgetown Breeze of Barbados": capitalised
    /// words that hold no head word of a body, a place or a post, and no sign of a person,
    /// then "of" and a known place, name a body from that place: a team, a firm, a band.
    /// ("Ministry of Health", "University of Galway", "Mayor of London" and "Priya Raman of
    /// Dartmouth" are read as before.)
    pub(crate) fn body_of_place(&self, r: &Range<usize>) -> bool {
        let after = r.end + 1;
        if r.len() < 2 || after >= self.tokens.len() || self.lower[r.end] != "of" {
            return false;
        }
        let sent_end = self.sentences[self.sentence_of[r.start]].tokens.end;
        let run_end = (after..sent_end).find(|&k| !(is_cap(self.word(k)) && self.tokens[k].kind == TokenKind::Word)).unwrap_or(sent_end);
        let place_after = run_end > after && self.gazetteer_kind(self.slice(&(after..run_end))).is_some_and(|(kind, _, _)| kind == EntityType::Place);
        // ("the Committee on Health of Kenya's National Assembly": the place owns what follows.)
        let owner_after = run_end < sent_end && matches!(self.lower[run_end].as_str(), "'s" | "’s");
        if !place_after || owner_after {
            return false;
        }
        let words_ok = r.clone().all(|k| {
            let w = self.lower[k].as_str();
            (is_cap(self.word(k)) && self.tokens[k].kind == TokenKind::Word || w == "&")
                && !self.lex.titles.contains_key(w)
                && !self.lex.municipal_words.contains(w)
                && !self.lex.place_heads.contains_key(w)
                && !DIRECTIONS.contains(&w)
        });
        let titled = self.title_ends_at(r.start);
        // ("Democrat Michael Dukakis of Massachusetts", "Incan King of Peru": a given name or
        // a person the recognizer sees anywhere in the words, or a people's name first.)
        let person_cue = titled
            || r.clone().any(|k| self.lex.given_names.contains(self.lower[k].as_str()) || self.ner(k).ends_with("-PER"))
            || self.gaz.demonym_country(self.word(r.start)).is_some();
        // ("the National Film Archive of Uruguay": after "the", one name, "of" and all; so
        // is one of everyday words alone, "National Electric Grid of Uzbekistan".)
        let proper_word = r.clone().any(|k| !self.lex.is_common(&self.lower[k]) && self.word(k) != "&");
        // ("the last Incan King of Peru", "the `` Slum Angel of Bangkok": past describing
        // words and quotation marks too.)
        let mut k = r.start;
        while k > 0 && r.start - k < 3 && (self.word(k - 1).starts_with(char::is_lowercase) && self.lower[k - 1] != "the" || matches!(self.word(k - 1), "`" | "``" | "\"" | "“" | "'")) {
            k -= 1;
        }
        if (k > 0 && self.lower[k - 1] == "the") || !proper_word {
            return false;
        }
        if !words_ok || person_cue || self.org_head_of(r).is_some() || self.place_head_of(r).is_some() || self.gazetteer_kind(self.slice(r)).is_some() {
            return false;
        }
        // ("Federal Republic of Germany", "National Film Archive of Uruguay": not where the
        // whole, "of" and all, is a known name or one the name rules type.)
        self.type_name(&(r.start..run_end)).is_none_or(|(_, class, _)| class == TENTATIVE)
    }

    /// The length of the verb of speech of the lexicon ("said", "told reporters") that
    /// starts at token `t`, if one does.
    pub(crate) fn speech_form_at(&self, t: usize) -> Option<usize> {
        self.lex.speech.iter().find(|f| t + f.len() <= self.tokens.len() && f.iter().enumerate().all(|(k, w)| self.lower[t + k] == *w)).map(|f| f.len())
    }

    /// Whether a verb form of the lexicon that makes its subject a sponsor ("acted as title
    /// sponsor", "is the main sponsor") starts at token `t`.
    pub(crate) fn sponsor_form_at(&self, t: usize) -> bool {
        self.lex.verbs.iter().filter(|v| v.voice == Voice::Subject && v.relation == "sponsor").flat_map(|v| &v.forms).any(|f| self.words_at(t, &f.iter().map(String::as_str).collect::<Vec<_>>()))
    }

    /// "Park Seo-yeon", "Kim Dong-hyun": a short family name, then a given name of two
    /// syllables joined by a hyphen, as Korean names are written; "Park" is no venue here.
    fn korean_name(&self, r: &Range<usize>) -> bool {
        let korean_given = |w: &str| {
            let mut parts = w.splitn(2, '-');
            let (a, b) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
            a.chars().next().is_some_and(char::is_uppercase) && a.chars().skip(1).all(char::is_lowercase) && !b.is_empty() && b.chars().all(char::is_lowercase) && a.len() <= 5 && b.len() <= 5
        };
        r.len() == 2 && self.word(r.start).chars().count() <= 5 && is_cap(self.word(r.start)) && korean_given(self.word(r.start + 1))
    }

    /// Whether the recognizer tags exactly the tokens `r` as one person's name.
    fn recognized_person(&self, r: &Range<usize>) -> bool {
        // ("Marjorie Whynot of Antigonish": the recognizer may run a person on over "of" and
        // the hometown.)
        self.recognized_whole(r, "PER")
            || (r.end > r.start + 1 && self.lower.get(r.end).is_some_and(|w| w == "of") && self.ner(r.start) == "B-PER" && (r.start + 1..=r.end).all(|k| self.ner(k) == "I-PER"))
    }

    /// "broadcast in Spanish", "a statement in Arabic": a word with the ending of a language
    /// is no place after "in". Place names rarely end in "-ish" or "-ese", so those never are
    /// taken for one; "-ian" and "-ic" ("Fujian", "Baltic") only where the recognizer does
    /// not see a place either.
    fn language_name(&self, i: usize) -> bool {
        let w = self.lower[i].as_str();
        w.ends_with("ish") || w.ends_with("ese") || (self.ner(i) == "O" && (w.ends_with("ian") || w.ends_with("ic")))
    }

    /// Whether the tagger calls token `i` a plural noun and the recognizer does not call it a
    /// person: "Motors" of "General Motors", "Dynamics", which no one is called.
    fn plural_non_person(&self, i: usize) -> bool {
        self.tree.nodes.get(i).is_some_and(|n| matches!(n.xpos.as_str(), "NNS" | "NNPS") && !n.ner.ends_with("PER"))
    }

    /// If word `i` is a proper noun (not a demonym such as "Russian", which the tagger calls
    /// an adjective) right before a post title that is right before a person's name, the
    /// title's last word in lower case ("spokesman", "mayor").
    fn post_before_name(&self, i: usize) -> Option<String> {
        if self.tree.nodes.get(i).is_none_or(|n| n.upos != "PROPN") {
            return None;
        }
        let title = self.mentions.iter().find(|m| m.tokens.start == i + 1 && matches!(m.kind, MentionKind::Title { rank_only: false, .. }))?;
        // "Kazakh Minister X": the tagger often calls such a demonym a proper noun too. Looked
        // up last, as it reads every country of the gazetteer.
        if self.gaz.demonym_country(self.word(i)).is_some() {
            return None;
        }
        let end = title.tokens.end;
        self.mentions.iter().any(|m| m.tokens.start == end && m.is_name(EntityType::Person)).then(|| self.lower[end - 1].clone())
    }

    /// Whether the one word at `i` owns a post: after "<post> of" ("director of KolaPay"),
    /// or before "'s <post>" ("KolaPay's Chief Executive Officer"). Not a place's posts
    /// ("the Mayor of Cork"), and not a word the tagger calls anything but a proper noun.
    fn post_owner(&self, i: usize) -> bool {
        if self.tree.nodes.get(i).is_none_or(|n| n.upos != "PROPN") || self.gaz.demonym_country(self.word(i)).is_some() {
            return false;
        }
        let post = |m: &Mention| matches!(m.kind, MentionKind::Title { rank_only: false, .. }) && !self.lex.territorial_posts.contains(self.lower[m.tokens.end - 1].as_str());
        // ("owner of Hamilton's Walker Road Academy": a possessive before a name owns that
        // name, not the post.)
        let possessive_before_name = i + 2 < self.tokens.len() && matches!(self.lower[i + 1].as_str(), "'s" | "’s") && is_cap(self.word(i + 2));
        let after_post = i >= 2 && self.lower[i - 1] == "of" && !possessive_before_name && self.mentions.iter().any(|m| m.tokens.end == i - 1 && post(m));
        let before_post = i + 2 < self.tokens.len()
            && matches!(self.lower[i + 1].as_str(), "'s" | "’s")
            && self.mentions.iter().any(|m| m.tokens.start == i + 2 && post(m));
        after_post || before_post
    }

    fn determiner_before(&self, i: usize) -> Option<bool> {
        // Some(true) for a definite determiner, Some(false) for an indefinite one.
        let w = self.lower.get(i)?.as_str();
        match w {
            "the" | "this" | "that" | "these" | "its" | "their" | "his" | "her" | "our" | "'s" => Some(true),
            "a" | "an" | "another" => Some(false),
            _ => None,
        }
    }

    fn modifier_ok(&self, i: usize, used: &[bool]) -> bool {
        let w = self.lower[i].as_str();
        self.tokens[i].kind == TokenKind::Word
            && !FUNCTION_WORDS.contains(&w)
            && !matches!(w, "was" | "were" | "is" | "are" | "be" | "been" | "has" | "have" | "had" | "which" | "who" | "new" | "'s" | "hold" | "pay" | "make")
            // Prepositions in -ing: "control following talks".
            && !matches!(w, "following" | "including" | "concerning" | "regarding" | "according" | "excluding" | "involving" | "preceding" | "during")
            // "a €15 million financing agreement": an amount is no part of the event's name.
            && !matches!(w, "million" | "billion" | "thousand" | "trillion" | "mln" | "bln")
            // "NMCF wraps up regional course", "kicks off": a verb's particle.
            && !matches!(w, "up" | "off" | "out" | "down")
            && self.tree.nodes.get(i).is_none_or(|n| n.xpos != "RP")
            && !IRREGULAR_PAST.contains(&w)
            && !(w.ends_with("ed") && !w.contains('-'))
            && (!used[i] || self.word(i).contains('-'))
            && !(is_cap(self.word(i)) && !is_all_caps(self.word(i)) && !self.word(i).contains('-') && !self.lex.feast_modifiers.contains(w))
    }

    /// Whether the tagger calls token `i` a finite verb or a bare infinitive ("visit" in
    /// "aid workers visit the camps", "will tour"), which cannot be a noun of an event
    /// phrase. False without a tagger model.
    fn tagged_verb(&self, i: usize) -> bool {
        self.tree.nodes.get(i).is_some_and(|n| n.upos == "VERB" && matches!(n.xpos.as_str(), "VB" | "VBZ" | "VBP" | "VBD"))
    }

    /// Whether "edition" at `i` is the ordinal, latest or inaugural edition "of" an event
    /// named right after it, in a sentence that does not speak of what is to come.
    fn edition_of_named_event(&self, i: usize) -> bool {
        let before = self.lower[i - 1].as_str();
        let ordinal = matches!(before, "first" | "second" | "third" | "fourth" | "fifth" | "sixth" | "seventh" | "eighth" | "ninth" | "tenth" | "latest" | "current" | "inaugural") || numeric_ordinal(before);
        if !ordinal || self.lower.get(i + 1).is_none_or(|w| w != "of") {
            return false;
        }
        // ("The fourth edition of the Varnu Cup will be played in Osh": an edition to come
        // is another than the one reported.)
        let sentence = self.sentences[self.sentence_of[i]].tokens.clone();
        if sentence.clone().any(|k| matches!(self.lower[k].as_str(), "will" | "shall" | "'ll" | "’ll" | "scheduled" | "planned")) {
            return false;
        }
        let name_at = if self.lower.get(i + 2).is_some_and(|w| w == "the") { i + 3 } else { i + 2 };
        self.mentions.iter().any(|m| m.tokens.start == name_at && m.is_name(EntityType::Event))
    }

    /// Event phrases: a determiner, modifiers and an event head noun ("an OSCE-supported
    /// training seminar on combating human trafficking", "the two-day event").
    fn event_mentions(&mut self, used: &[bool]) {
        let mut marked_names = Vec::new();
        for i in 0..self.tokens.len() {
            // ("The AGM, held at …": an event's head written as its initials, among words in
            // lower case, not a shouted headline.)
            let shouted = |k: usize| self.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word) && is_all_caps(self.word(k)) && self.word(k).len() > 1;
            let initials = is_all_caps(self.word(i)) && self.lex.event_heads.contains_key(self.lower[i].as_str()) && !(i > 0 && shouted(i - 1)) && !shouted(i + 1);
            if used[i] || self.in_quote[i] || (is_cap(self.word(i)) && !initials) {
                continue;
            }
            let w = self.lower[i].as_str();
            let sent = self.sentences[self.sentence_of[i]].tokens.clone();
            // (A noun the lexicon lacks is an event by what the sentence does with it; that
            // reading is this phrase's only, not the lexicon's, which name chunking also asks.)
            let Some(head) = self.event_head_at(i, sent.start).or_else(|| self.organised_noun(i)) else { continue };
            // "the Hitteen camp": a camp named by a proper name before it is a place, not
            // one held ("a heart surgery camp").
            if w == "camp" && i > sent.start + 1 && is_cap(self.word(i - 1)) && !self.lex.is_common(&self.lower[i - 1]) {
                continue;
            }
            // "came from two games down", "four matches": a count of games is no event.
            let counted = i > sent.start
                && (self.lower[i - 1].chars().all(|c| c.is_ascii_digit())
                    || matches!(self.lower[i - 1].as_str(), "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "both" | "several" | "many" | "all" | "few"));
            if counted && matches!(w, "games" | "matches" | "races" | "runs") {
                continue;
            }
            // "in the first edition of the National Youth Bouldering Cup": an ordinal edition
            // of a named event is that event, named after it (but "the next edition of the
            // Cup" is another one).
            if w == "edition" && i > sent.start && self.edition_of_named_event(i) {
                continue;
            }
            // A head word used as a verb ("students race to class"), unless a determiner
            // right before makes it a noun whatever its tag ("the launch").
            // ("the body that runs the system": a relative "that" is no determiner.)
            let relative = |k: usize| self.lower[k] == "that" && self.tree.nodes.get(k).is_some_and(|n| n.xpos == "WDT");
            if self.tagged_verb(i) && !(i > sent.start && self.determiner_before(i - 1).is_some() && !relative(i - 1)) {
                continue;
            }
            // "the festival runs until Sunday": a head in -s right after another event's head
            // and before a preposition is that event's verb.
            let verb_after_event = w.ends_with('s')
                && !self.lex.event_heads.contains_key(w)
                && i > sent.start
                && self.lex.event_heads.contains_key(self.lower[i - 1].as_str())
                && self.lower.get(i + 1).is_some_and(|n| FUNCTION_WORDS.contains(&n.as_str()) || matches!(n.as_str(), "until" | "till" | "through" | "from"));
            if verb_after_event {
                continue;
            }
            // "is being run by FNBS", "a programme run jointly by the Association": a head
            // spelled as a past participle ("run", and what the tagger calls one) after a form
            // of "be" or before its agent is that participle; "an investigation by the police"
            // stays an event.
            let participle = |k: usize| self.lower[k] == "run" || self.tree.nodes.get(k).is_some_and(|n| n.xpos == "VBN");
            let by_at = |k: usize| k < sent.end && self.lower[k] == "by";
            let before_agent = |k: usize| participle(k) && (by_at(k + 1) || (k + 2 < sent.end && self.lower[k + 1].ends_with("ly") && by_at(k + 2)));
            let after_be = participle(i) && i > sent.start && matches!(self.lower[i - 1].as_str(), "being" | "been" | "be");
            if after_be || (before_agent(i) && !(i > sent.start && self.determiner_before(i - 1).is_some())) {
                continue;
            }
            // The head is the last noun of its phrase: "marathon route" is a route.
            if i + 1 < sent.end && self.tokens[i + 1].kind == TokenKind::Word && !is_cap(self.word(i + 1)) {
                let n = self.lower[i + 1].as_str();
                // "focuses on", "opens the": a verb in -s before a function word.
                let verb_s = n.ends_with('s') && i + 2 < sent.end && FUNCTION_WORDS.contains(&self.lower[i + 2].as_str());
                let is_noun_after = !FUNCTION_WORDS.contains(&n)
                    && !before_agent(i + 1)
                    && !verb_s
                    && !IRREGULAR_PAST.contains(&n)
                    && !matches!(n, "was" | "were" | "is" | "are" | "has" | "have" | "had" | "which" | "who" | "will" | "would" | "could" | "can" | "took" | "ended" | "opened" | "began" | "today" | "yesterday" | "tomorrow")
                    && !n.ends_with("ed")
                    // ("its workshop building", "the conference wing": nouns in -ing, which the
                    // tagger may read as verbs.)
                    && (!n.ends_with("ing") || ING_NOUNS.contains(&n))
                    // The tagger decides where it can: "the course together with" ends at
                    // "course" (an adverb follows), "the training seminar" does not.
                    && (self.tree.nodes.get(i + 1).is_none_or(|t| matches!(t.upos.as_str(), "NOUN" | "PROPN" | "ADJ" | "NUM" | "X")) || ING_NOUNS.contains(&n));
                let head_after = self.lex.event_heads.contains_key(n) && !before_agent(i + 1);
                if is_noun_after || head_after {
                    continue;
                }
            }
            // "the regional delegates' conference", "a farmers' forum": a plural genitive says
            // whose event it is, as a modifier (its apostrophe stands before `k`).
            let plural_genitive_before = |k: usize| {
                k > sent.start + 1 && matches!(self.word(k - 1), "'" | "’") && self.lower[k - 2].ends_with('s') && !is_cap(self.word(k - 2)) && self.tokens[k - 2].kind == TokenKind::Word
            };
            let mut start = i;
            let mut steps = 0;
            while start > sent.start && steps < 4 && self.modifier_ok(start - 1, used) {
                // "OSCE provides human rights training": a word in -s after a name or a
                // pronoun is its verb, not a modifier.
                let w = self.lower[start - 1].as_str();
                let verb_s = self.tagged_verb(start - 1)
                    || w.ends_with('s') && !w.ends_with("ss") && start - 1 > sent.start && {
                        let before = self.word(start - 2);
                        // ("The awards ceremony": a capitalised article opens no name.)
                        (is_cap(before) && !matches!(self.lower[start - 2].as_str(), "the" | "a" | "an" | "this" | "its" | "their" | "our")) || matches!(self.lower[start - 2].as_str(), "he" | "she" | "it" | "who" | "which")
                    };
                if verb_s {
                    break;
                }
                start -= 1;
                steps += 1;
                if plural_genitive_before(start) {
                    start -= 1;
                }
            }
            if start == i && plural_genitive_before(start) && self.modifier_ok(start - 2, used) {
                start -= 2;
                while start > sent.start && steps < 4 && self.modifier_ok(start - 1, used) && !self.tagged_verb(start - 1) {
                    start -= 1;
                    steps += 1;
                }
            }
            // A capitalised organization right before ("OSCE conference") is a modifier.
            if start > sent.start && is_all_caps(self.word(start - 1)) && steps < 4 {
                start -= 1;
            }
            // "the annual Battle of the Atlantic commemoration", "the Independence Day
            // celebration": a capitalised name of no known kind before the head, after a
            // determiner, says what the event marks; it is part of the event's name.
            let mut marked = Vec::new();
            if start > sent.start && !head.generic {
                let uncertain = |end: usize| {
                    self.mentions.iter().position(|m| m.tokens.end == end && matches!(&m.kind, MentionKind::Name { kind, class, qid: None } if class.ends_with('?') && *kind != EntityType::Person))
                };
                // "the sixth annual Light Up the Harbour gala", "Light the Way for the Crews
                // gala": the name may go on past the uncertain names the chunker found,
                // through small words and capitalised ones.
                let mut names = Vec::new();
                let mut k = start;
                loop {
                    let mut j = k;
                    while j > sent.start && j + 4 > k && !self.mentions.iter().any(|m| m.tokens.end == j) {
                        let cap = is_cap(self.word(j - 1)) && !used[j - 1] && self.tokens[j - 1].kind == TokenKind::Word;
                        if !(cap || (j < start && matches!(self.lower[j - 1].as_str(), "the" | "of" | "for" | "and" | "on" | "in"))) {
                            break;
                        }
                        j -= 1;
                    }
                    let joined = j == k || (is_cap(self.word(k - 1)) && !names.is_empty()) || (j < k && is_cap(self.word(start - 1)));
                    match uncertain(j) {
                        Some(n) if joined => {
                            names.push(n);
                            k = self.mentions[n].tokens.start;
                        }
                        _ => break,
                    }
                    if j == k || names.len() > 3 {
                        break;
                    }
                }
                if let Some(&first) = names.last() {
                    // ("Light the Way for the Crews": capitalised words no name took.)
                    let mut name_start = self.mentions[first].tokens.start;
                    let mut j = name_start;
                    while j > sent.start && j + 4 > name_start && (matches!(self.lower[j - 1].as_str(), "the" | "of" | "for" | "and" | "on" | "in") || (is_cap(self.word(j - 1)) && !used[j - 1] && self.tokens[j - 1].kind == TokenKind::Word)) && !self.mentions.iter().any(|m| m.tokens.contains(&(j - 1))) {
                        j -= 1;
                        // (Not a sentence's capitalised "The": "The Kelsa Design Award
                        // ceremony took place …".)
                        if is_cap(self.word(j)) && self.lower[j] != "the" {
                            name_start = j;
                        }
                    }
                    let mut s2 = name_start;
                    while s2 > sent.start && s2 + 2 > name_start && self.modifier_ok(s2 - 1, used) && !is_cap(self.word(s2 - 1)) {
                        s2 -= 1;
                    }
                    if s2 > sent.start && self.determiner_before(s2 - 1).is_some() {
                        start = s2;
                        marked = names;
                    }
                }
            }
            // Heads only of capitalised names ("days", "week") are events in lower case only
            // in apposition to a name: "Nordic Reading Bridges, an exchange week".
            // So is "the walk" after "the annual Lee Loop Walk": the event named with that
            // head before, referred to.
            // ("The two-kilometre walk" after "the Walk for Autism Acceptance": how long it
            // was between, and the name's head before its "for" or "of".)
            let name_head = |m: &Mention| m.tokens.clone().take_while(|&k| !matches!(self.lower[k].as_str(), "for" | "of" | "on")).last().unwrap_or(m.tokens.end - 1);
            let named_before = start > sent.start
                && matches!(self.lower[start - 1].as_str(), "the" | "this")
                && (start..i).all(|k| is_length_word(&self.lower[k]))
                && self.mentions.iter().any(|m| {
                    // ("The contest is organised every July by …" after "the 15th Løkken
                    // Sandcastle Cup": a contest is what a named cup or championship is.)
                    let contest_named = matches!(w, "contest" | "competition") && start == i && matches!(m.kind, MentionKind::Name { kind: EntityType::Event, .. }) && matches!(self.lower[name_head(m)].as_str(), "cup" | "championship" | "championships" | "open" | "trophy" | "contest" | "competition");
                    m.tokens.end <= start
                        && (matches!(m.kind, MentionKind::Name { kind: EntityType::Event, .. }) || matches!(&m.kind, MentionKind::Event { head, .. } if head == w))
                        && (self.lower[m.tokens.end - 1] == self.lower[i] || self.lower[name_head(m)] == self.lower[i] || contest_named)
                });
            // ("the Sports Centre, a short walk from the Danube": a distance, no event.)
            let distance = i + 1 < sent.end && matches!(self.lower[i + 1].as_str(), "from" | "away");
            // ("a consultation service run from Halifax", "a shelter run by the council": a
            // participle after a body's or a service's noun, no race.)
            let run_participle = w == "run"
                && i > sent.start
                && i + 1 < sent.end
                && matches!(self.lower[i + 1].as_str(), "from" | "by" | "jointly" | "out")
                && (self.lex.org_heads.contains_key(self.lower[i - 1].as_str()) || matches!(self.lower[i - 1].as_str(), "services" | "programme" | "program" | "scheme" | "project"));
            if run_participle {
                continue;
            }
            // ("The two-day competition was held on 12 May": a lasting or held one is an
            // event, whatever else the word can mean.)
            let lasting = (start..i).any(|k| {
                let w = self.lower[k].as_str();
                ["-day", "-week", "-month", "-long"].iter().any(|e| w.ends_with(e) && w.len() > e.len())
            });
            // ("a final played before 4,500": played, as matches are.)
            let played = i + 1 < sent.end && matches!(self.lower[i + 1].as_str(), "played" | "contested") && matches!(w, "final" | "finals" | "game" | "match");
            let held = played || i + 2 < sent.end
                && (matches!((self.lower[i + 1].as_str(), self.lower[i + 2].as_str()), ("was" | "were" | "is" | "are", "held" | "staged" | "played") | ("took", "place") | (",", "held" | "staged"))
                    || (i + 3 < sent.end && self.lower[i + 1] == "will" && self.lower[i + 2] == "be" && matches!(self.lower[i + 3].as_str(), "held" | "staged")));
            // ("the annual stud show", "a trade show": a show as a noun with words of its
            // own before it is an event; "the figures show" is a verb.)
            let modified_show = w == "show" && start < i && self.tree.nodes.get(i).is_some_and(|n| n.upos == "NOUN");
            // ("the club's 97th annual trials", "its annual meet": one in a yearly series.)
            let annual = (start..i).any(|k| matches!(self.lower[k].as_str(), "annual" | "biennial") || numeric_ordinal(&self.lower[k]));
            // ("beat Romania in Saturday's final", "after a tense final", "the men's final
            // ended 3-1": a final as a noun of its own is a match played; "the final day",
            // "the final report" and "is final" are no match.)
            // ("to take charge of a CKL final": an indefinite one is a match played only
            // after "in" or "after"; otherwise it is a kind of match.)
            let match_final = matches!(w, "final" | "finals")
                && start > sent.start
                && match self.determiner_before(start - 1) {
                    Some(false) => start >= sent.start + 2 && matches!(self.lower[start - 2].as_str(), "in" | "after"),
                    Some(true) => true,
                    None => matches!(self.lower[start - 1].as_str(), "'s" | "’s"),
                }
                && (i + 1 >= sent.end || self.tokens[i + 1].kind != TokenKind::Word || self.tree.nodes.get(i + 1).is_some_and(|n| !matches!(n.upos.as_str(), "NOUN" | "PROPN" | "NUM" | "ADJ")));
            let eventive = (lasting || held || modified_show || annual || match_final) && !distance;
            // ("won 55 per cent of the vote", "a vote of thanks": a share of votes, a thanking.)
            if w == "vote"
                && ((start >= 3 && self.lower[start - 1] == "the" && self.lower[start - 2] == "of" && matches!(self.lower[start - 3].as_str(), "cent" | "percent" | "%" | "share" | "majority" | "half" | "third" | "quarter"))
                    || self.words_at(i + 1, &["of", "thanks"]))
            {
                continue;
            }
            // ("won the votes of 71 of the 96 members": ballots cast, no vote held.)
            if w == "votes" && self.words_at(i + 1, &["of"]) {
                continue;
            }
            // ("Verhaeghe Sloten, a lock and safe workshop in Ghent": a body or a place that
            // the phrase describes, no event.)
            // (Words of the phrase only, between the article and the head: "a speaker at the
            // conference" describes a person, and the conference is one.)
            let article = (start.saturating_sub(4).max(sent.start)..start)
                .rev()
                .take_while(|&k| !is_cap(self.word(k)) && self.tokens[k].kind == TokenKind::Word && (self.lower[k] == "and" || matches!(self.lower[k].as_str(), "a" | "an") || !FUNCTION_WORDS.contains(&self.lower[k].as_str())))
                .find(|&k| matches!(self.lower[k].as_str(), "a" | "an"));
            let describes_name = article.is_some_and(|a| {
                // (Not a name ending in an event's head word, which the phrase may show to be
                // an event's: "the Leszno Autumn Soaring Camp, an open training camp".)
                a > sent.start + 1
                    && self.word(a - 1) == ","
                    && self.mentions.iter().any(|m| {
                        m.tokens.end == a - 1 && matches!(m.kind, MentionKind::Name { kind: EntityType::Organization | EntityType::Place | EntityType::Person, .. }) && !self.lex.event_heads.contains_key(self.lower[m.tokens.end - 1].as_str())
                    })
            });
            if describes_name && !head.name_only && !eventive {
                continue;
            }
            // ("Sunday's lantern-making contest", "the traditional mariachi competition": a
            // contest named by what is contested, a noun, is one held; "stiff competition",
            // "price competition" are rivalry.)
            let contest_of_a_kind = matches!(w, "competition" | "contest" | "competitions" | "contests")
                && start < i
                && !matches!(self.lower[i - 1].as_str(), "price" | "market" | "tax" | "trade" | "import" | "imports" | "wage" | "business" | "industry" | "foreign" | "unfair")
                && (self.lower[i - 1].contains('-')
                    || self.tree.nodes.get(i - 1).is_some_and(|n| n.upos == "NOUN")
                    || (self.lower[i - 1].ends_with("ing") && !matches!(self.lower[i - 1].as_str(), "growing" | "increasing" | "rising" | "intensifying" | "mounting" | "during")))
                && start > sent.start
                && self.determiner_before(start - 1).is_some();
            // ("after the draw on Monday", "at Monday's draw": a draw held, as a tournament's
            // is; "ended in a 1-1 draw" is a result.)
            let draw_held = w == "draw" && start == i && start > sent.start && (self.lower[start - 1] == "the" || (matches!(self.lower[start - 1].as_str(), "'s" | "’s") && start >= 2 && self.is_month_or_day(start - 2)));
            if head.name_only && !named_before && !eventive && !contest_of_a_kind && !draw_held && (distance || !(start > sent.start + 2 && matches!(self.lower[start - 1].as_str(), "a" | "an") && self.word(start - 2) == "," && is_cap(self.word(start - 3)) && start < i)) {
                continue;
            }
            // "The next conference will be held in Da Nang": another event of the kind, whose
            // name keeps "next".
            // (Not a part of the one reported: "at the next session".)
            if start > sent.start + 1 && matches!(self.lower[start - 1].as_str(), "next" | "previous") && self.determiner_before(start - 2).is_some() && !matches!(w, "session" | "sessions" | "round" | "stage" | "phase" | "meeting") {
                start -= 1;
            }
            let mut det = if start > sent.start { self.determiner_before(start - 1) } else { None };
            // ("a tense final", "a hard-fought final": how the match went is no part of its
            // name; "the grand final", "the national final" and "the men's final" say which.)
            if match_final {
                while start < i
                    && (self.lower[start].ends_with("-fought") || self.tree.nodes.get(start).is_some_and(|n| n.upos == "ADJ" || n.deprel == "amod"))
                    && !matches!(self.lower[start].as_str(), "grand" | "national" | "regional" | "provincial" | "state" | "international" | "continental" | "junior" | "senior" | "open")
                {
                    start += 1;
                }
            }
            // "a 3-kilometre children's race": a genitive that says whom the event is for
            // belongs to the name of a new event; "the men's marathon" stays the one
            // reported, as a part of it.
            let for_whom = start > sent.start + 1 && matches!(self.lower[start - 1].as_str(), "'s" | "’s") && DESCRIPTIVE_GENITIVES.contains(&self.lower[start - 2].as_str());
            if for_whom {
                let mut s2 = start - 2;
                while s2 > sent.start && s2 + 4 > start && self.modifier_ok(s2 - 1, used) {
                    s2 -= 1;
                }
                if s2 > sent.start && self.determiner_before(s2 - 1) == Some(false) {
                    start = s2;
                    det = Some(false);
                }
            }
            // "a new programme": "new" is no part of the event's name, but the article
            // before it still introduces the event.
            if det.is_none() && start > sent.start + 1 && self.lower[start - 1] == "new" {
                det = self.determiner_before(start - 2);
            }
            // "the year's second ceremony" is another ceremony, not the one just mentioned.
            if (start..i).any(|k| ORDINALS.contains(&self.lower[k].as_str())) && !head.generic {
                det = Some(false);
            }
            let has_modifier = start < i;
            // "following talks held in Bishkek": plural talks need no article; "held talks
            // with X" is a verb phrase, said of the event already reported.
            let light_verb = i > sent.start && matches!(self.lower[i - 1].as_str(), "held" | "hold" | "holds" | "holding" | "had" | "have" | "has" | "conducted" | "continued");
            // Unless no event was reported before: then "X held talks today with Y" reports them.
            let reported_before = self.mentions.iter().any(|m| m.tokens.end <= i && matches!(m.kind, MentionKind::Event { .. } | MentionKind::Name { kind: EntityType::Event, .. }));
            let bare_plural = matches!(w, "talks" | "consultations" | "negotiations") && (!light_verb || !reported_before);
            if det.is_none() && !has_modifier && !bare_plural {
                continue;
            }
            // "on combating human trafficking", "to eastern Nangarhar province".
            let mut end = i + 1;
            // "speaking at the training on its final day", "on the sidelines of": a time or a
            // setting, not the event's topic.
            let on_time = end + 1 < sent.end
                && self.lower[end] == "on"
                && (end + 1..(end + 5).min(sent.end)).any(|k| matches!(self.lower[k].as_str(), "day" | "days" | "morning" | "afternoon" | "evening" | "night" | "occasion" | "sidelines" | "eve" | "weekend"));
            // "a ceremony on Akhunbaev Street": a street or venue is where, not what about.
            let on_street = end + 1 < sent.end
                && self.lower[end] == "on"
                // ("the lantern-making contest on An Hoi Islet": so is an island or a beach.)
                && self.mentions.iter().any(|m| {
                    (m.tokens.start == end + 1 || (m.tokens.start == end + 2 && self.lower[end + 1] == "the"))
                        && (is_venue(m) || (m.is_name(EntityType::Place) && matches!(self.lower[m.tokens.end - 1].as_str(), "island" | "islands" | "islet" | "beach" | "lake" | "river" | "bay" | "coast" | "peninsula")))
                });
            // ("a tense final on the club's green": a match has no topic.)
            let on_time = on_time || on_street || match_final;
            if end < sent.end && matches!(self.lower[end].as_str(), "on" | "to") && !on_time {
                let mut k = end + 1;
                let in_date = |k: usize| self.mentions.iter().any(|m| matches!(m.kind, MentionKind::Date { .. }) && m.tokens.contains(&k));
                // A verb in the past or present tense ends the topic ("a workshop on
                // extremism opened today"), whatever the parser attached it to; a participle
                // modifying a noun does not ("on organized crime").
                let finite = |k: usize| {
                    self.tree.nodes.get(k).is_some_and(|n| matches!(n.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD") || (n.xpos == "VBN" && n.upos == "VERB" && n.deprel != "amod"))
                };
                // ("a visit to Citadel High School to talk to students": the second "to" opens
                // what the visit was for.)
                // ("a course on electronic and smart locks": "and" between two adjectives of
                // one noun goes on.)
                let adjectives_joined = |k: usize| {
                    self.lower[k] == "and"
                        && k + 2 < sent.end
                        && self.tree.nodes.get(k - 1).is_some_and(|n| n.xpos == "JJ")
                        && self.tree.nodes.get(k + 1).is_some_and(|n| n.xpos == "JJ")
                        && !is_cap(self.word(k + 1))
                        && self.tree.nodes.get(k + 2).is_some_and(|n| matches!(n.xpos.as_str(), "NN" | "NNS"))
                };
                while k < sent.end && k < end + 7 && self.tokens[k].kind == TokenKind::Word && !in_date(k) && !self.is_month_or_day(k) && !finite(k) && (!matches!(self.lower[k].as_str(), "which" | "that" | "in" | "at" | "and" | "was" | "were" | "is" | "will" | "on" | "a" | "an" | "for" | "by" | "with") || adjectives_joined(k)) && !(k > end + 1 && self.lower[k] == "to") {
                    k += 1;
                }
                // Never end on a function word ("on the").
                while k > end + 1 && FUNCTION_WORDS.contains(&self.lower[k - 1].as_str()) {
                    k -= 1;
                }
                if k > end + 1 && (self.lower[end] == "on" || head.class == "Visit") {
                    end = k;
                }
            }
            // "The club's next event is its Christmas concert": a generic subject of a copula
            // whose predicate is an event names no event besides that one.
            let copula_names_event = head.generic
                && self.tree.nodes.get(i).is_some_and(|n| n.deprel == "nsubj")
                && self.tree.nodes[i].head.is_some_and(|h| h > i && self.tree.children_by(h, "cop").next().is_some() && self.event_head_at(h, h).is_some_and(|e| !e.generic && !e.document));
            // "in the Nekala Machine Hall, a former locomotive workshop": a phrase in
            // apposition to a venue says what the building is or was, no event.
            let describes_venue = start >= 3
                && matches!(self.lower[start - 1].as_str(), "a" | "an")
                && self.word(start - 2) == ","
                && self.mentions.iter().any(|m| m.tokens.end == start - 2 && matches!(&m.kind, MentionKind::Name { kind: EntityType::Place, class, .. } if class == "Venue"));
            // "Similar workshops would be held in Zarqa and Karak", "similar camps in Sandwip":
            // events like the one reported, not yet any one event (of 21 facts about such
            // phrases on the read probes, gold held 2).
            let like_another = self.lower[start] == "similar";
            if copula_names_event || describes_venue || like_another {
                continue;
            }
            let head_word = head_key(w, &self.lex.event_heads);
            self.push(start..end, MentionKind::Event { head: head_word, class: head.class.clone(), generic: head.generic, definite: det == Some(true), evoked: None });
            marked_names.extend(marked);
        }
        // The names taken into an event's name above are no entities of their own.
        self.remove_mentions(&marked_names);
        self.meetings_stated_by_verbs();
        self.openings_stated_by_verbs();
    }

    /// "On 3 May, Minister X met with Ambassador Y": a meeting no noun names, stated by the
    /// verb "meet" with a partner ("with Y", or a named object). Its mention is the verb and
    /// its label "meeting", so a later "the meeting" is the same event. Not where the sentence
    /// already names an event or sits inside one ("During the forum, X met with Y": they
    /// meet as participants of the forum).
    fn meetings_stated_by_verbs(&mut self) {
        for v in 0..self.tokens.len() {
            let Some(node) = self.tree.nodes.get(v) else { continue };
            // "Prime Minister X received a delegation of Korea", "the President received the
            // Ambassador of Japan, Y": receiving someone is meeting them.
            let receive = node.lemma == "receive";
            if node.upos != "VERB" || !(node.lemma == "meet" || receive) || self.in_quote[v] {
                continue;
            }
            let sent = self.sentences[self.sentence_of[v]].tokens.clone();
            let with_partner = !receive && v + 1 < sent.end && self.lower[v + 1] == "with";
            let named_partner = self.tree.children(v).iter().any(|&c| {
                // One receives people and delegations; "received the State Prize" is an award.
                let partner = |m: &Mention| if receive { m.is_name(EntityType::Person) } else { matches!(m.entity_type(), Some(EntityType::Person | EntityType::Organization)) };
                self.tree.nodes[c].deprel == "obj"
                    && (self.mentions.iter().any(|m| m.tokens.contains(&c) && partner(m))
                        || (receive && matches!(self.lower[c].as_str(), "delegation" | "ambassador" | "minister" | "delegations")))
            });
            let negated = self.negated_before(v);
            let inside_event = [&["on", "the", "sidelines"][..], &["on", "the", "margins"], &["during"], &["at", "the"]].iter().any(|o| self.words_at(sent.start, o));
            let names_event = self.mentions.iter().any(|m| m.sentence == self.sentence_of[v] && m.entity_type() == Some(EntityType::Event));
            if !(with_partner || named_partner) || negated || inside_event || names_event {
                continue;
            }
            self.push(v..v + 1, MentionKind::Event { head: "meeting".into(), class: "Meeting".into(), generic: false, definite: false, evoked: Some("meeting".into()) });
        }
    }

    /// "X today officially opened its new factory", "The centre was inaugurated today in
    /// Gyumri by A and B": opening a facility is an event, its opening, though no noun names
    /// it. Labelled as the report names that opening later ("the opening ceremony"), so the
    /// two are one event; else "opening". Not where the sentence names an event already
    /// ("opened the forum").
    fn openings_stated_by_verbs(&mut self) {
        for v in 0..self.tokens.len() {
            let Some(node) = self.tree.nodes.get(v) else { continue };
            if node.upos != "VERB" || !matches!(node.lemma.as_str(), "open" | "inaugurate") || self.in_quote[v] {
                continue;
            }
            // Done, or reported in a headline ("opens"); not planned ("plans to open", "will open").
            let modal = self.tree.children(v).iter().any(|&c| self.tree.nodes[c].deprel == "aux" && matches!(self.tree.nodes[c].xpos.as_str(), "MD" | "TO"));
            if !matches!(node.xpos.as_str(), "VBD" | "VBN" | "VBZ") || modal {
                continue;
            }
            let passive = self.tree.is_passive(v);
            let facility = self.tree.children(v).iter().any(|&c| {
                let d = self.tree.nodes[c].deprel.as_str();
                (if passive { d == "nsubj:pass" } else { d == "obj" })
                    && (self.lex.opened_facilities.contains(&self.tree.nodes[c].lemma)
                        || self.mentions.iter().any(|m| m.tokens.contains(&c) && matches!(m.entity_type(), Some(EntityType::Organization | EntityType::Place))))
            });
            // "opened a 20,000-litre milk chilling centre": by word order too, where the parser
            // loses the object in a long compound.
            let facility = facility || (!passive && v + 1 < self.tokens.len() && matches!(self.lower[v + 1].as_str(), "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our") && {
                let sent_end = self.sentences[self.sentence_of[v]].tokens.end;
                (v + 2..(v + 8).min(sent_end)).take_while(|&k| !matches!(self.lower[k].as_str(), "," | "." | "in" | "at" | "on" | "to" | "for" | "of" | "and" | "with")).any(|k| {
                    self.tree.nodes.get(k).is_some_and(|n| n.upos == "NOUN" && self.lex.opened_facilities.contains(&n.lemma)) && !(k + 1 < sent_end && self.tree.nodes.get(k + 1).is_some_and(|n| n.upos == "NOUN"))
                })
            });
            let sentence = self.sentence_of[v];
            let negated = self.negated_before(v);
            let names_event = self.mentions.iter().any(|m| m.sentence == sentence && m.entity_type() == Some(EntityType::Event));
            if !facility || negated || names_event {
                continue;
            }
            // (Further on only an opening by name: "About 200 guests attended the opening
            // ceremony" six sentences after "was officially opened".)
            let later = self.mentions.iter().filter(|m| m.sentence > sentence && m.sentence <= sentence + 6).filter(|m| m.sentence <= sentence + 3 || m.tokens.clone().any(|t| matches!(self.lower[t].as_str(), "opening" | "inauguration" | "inaugural"))).find_map(|m| match &m.kind {
                // ("during the inauguration": the opening, named.)
                MentionKind::Event { head, evoked: None, .. } if matches!(head.as_str(), "inauguration" | "opening") => {
                    let words: Vec<&str> = (m.tokens.clone()).map(|t| self.lower[t].as_str()).filter(|w| !matches!(*w, "the" | "a" | "an" | "this" | "its")).collect();
                    Some(words.join(" "))
                }
                MentionKind::Event { head, .. } if head == "ceremony" => {
                    let words: Vec<&str> = (m.tokens.clone()).map(|t| self.lower[t].as_str()).filter(|w| !matches!(*w, "the" | "a" | "an" | "this" | "its")).collect();
                    // ("The centre was inaugurated by X at a ceremony": that ceremony.)
                    let opened_at = self.sentences[m.sentence].tokens.clone().any(|k| self.tree.nodes.get(k).is_some_and(|n| n.upos == "VERB" && matches!(n.lemma.as_str(), "open" | "inaugurate")));
                    (words.iter().any(|w| matches!(*w, "opening" | "inauguration" | "inaugural")) || opened_at).then(|| words.join(" "))
                }
                _ => None,
            });
            let label = later.unwrap_or_else(|| "opening".to_string());
            self.push(v..v + 1, MentionKind::Event { head: "opening".into(), class: "Ceremony".into(), generic: false, definite: false, evoked: Some(label) });
        }
    }

    /// Whether "not", "n't" or "never" comes in the two words before token `v`.
    pub fn negated_before(&self, v: usize) -> bool {
        (v.saturating_sub(2)..v).any(|k| matches!(self.lower[k].as_str(), "not" | "n't" | "never"))
    }

    /// Whether the lower-case words from token `t` on are `words`.
    pub fn words_at(&self, t: usize, words: &[&str]) -> bool {
        t + words.len() <= self.lower.len() && words.iter().enumerate().all(|(k, w)| self.lower[t + k] == *w)
    }

    /// Pronouns and "the Office"-style references, resolved later.
    fn reference_mentions(&mut self, used: &[bool]) {
        for i in 0..self.tokens.len() {
            if used[i] {
                continue;
            }
            let w = self.lower[i].as_str();
            if matches!(w, "he" | "she" | "it" | "they" | "him" | "her" | "them") {
                self.push(i..i + 1, MentionKind::Reference { word: w.to_string() });
                continue;
            }
            // "the Office"; in lower case only as a possessor ("the ministry's spokesman";
            // "on behalf of the hospital, its CEO, Dr. X"), where it cannot be a generic noun.
            let possessor = self.lower.get(i + 1).is_some_and(|n| n == "'s" || n == "’s") || (self.words_at(i + 1, &[",", "its"]) && self.sentence_of.get(i + 2) == Some(&self.sentence_of[i]));
            // "who founded the Casablanca-based company in 2008": a seat before the head
            // says which body is meant as well as a capital would.
            let seated = i > 1 && based_in(self.word(i - 1)).is_some() && self.lower[i - 2] == "the" && self.lex.org_heads.contains_key(w) && !(i + 1 < self.tokens.len() && is_cap(self.word(i + 1)));
            if seated && !self.mentions.iter().any(|m| m.tokens.contains(&i)) {
                self.push(i..i + 1, MentionKind::Reference { word: w.to_string() });
                continue;
            }
            // "The service was organized by the association": the agent of a passive is a
            // body the report has named, not a kind of body.
            let agent = i > 1 && self.lower[i - 2] == "by" && !self.lower.get(i + 1).is_some_and(|n| matches!(n.as_str(), "of" | "for")) && !(i + 1 < self.tokens.len() && is_cap(self.word(i + 1)));
            // "The association, which has its offices in …", "The company said": a body's
            // head noun opening a sentence as its subject names the body already reported.
            // ("The company also introduced …": an adverb between.)
            let finite = |k: usize| self.tree.nodes.get(k).is_some_and(|t| matches!(t.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD"));
            // ("The company hosted a seminar": a past tense the tagger took for a participle,
            // whose subject the parser still saw.)
            let subject_of = |k: usize| self.tree.nodes.get(k).is_some_and(|t| t.upos == "VERB") && self.tree.nodes.get(i).is_some_and(|n| n.deprel == "nsubj" && n.head == Some(k));
            let opening_subject = i > 0
                && self.sentences[self.sentence_of[i]].tokens.start == i - 1
                && self.lower.get(i + 1).is_some_and(|n| n == "," || finite(i + 1) || subject_of(i + 1) || (self.tree.nodes.get(i + 1).is_some_and(|t| t.xpos == "RB") && (finite(i + 2) || subject_of(i + 2))));
            // ("The food bank's chief executive": one lower-case word may stand between the
            // article and a possessor's head.)
            let modified_possessor = possessor
                && i > 1
                && matches!(self.lower[i - 2].as_str(), "the" | "our" | "this")
                && self.word(i - 1).chars().all(|c| c.is_lowercase())
                && self.tree.nodes.get(i - 1).is_some_and(|n| n.upos == "NOUN");
            // (The cheap tests first: the last ones scan the mentions so far.)
            // "Daniel Rotich, chairman of the cooperative": the body a post belongs to is
            // one the report has named.
            // ("Dr. Lina Haddad, who has directed the service since 2019": after a verb of
            // heading, too.)
            // ("who has worked for the club for fifteen years": a verb of working for one, too,
            // of two words or more: "of the", "at the" alone say nothing of a body named.)
            let role_verb_before = |end: usize| {
                self.lex.heading_verbs.iter().chain(self.lex.working_phrases.iter().filter(|v| v.len() > 1)).any(|v| v.len() <= end && (0..v.len()).all(|j| self.lower[end - v.len() + j] == v[j]))
            };
            let post_of = i > 2
                && self.lower[i - 1] == "the"
                // ("a senior inspector at the inspectorate", "an analyst with the bank".)
                && ((matches!(self.lower[i - 2].as_str(), "of" | "at" | "with") && self.mentions.iter().any(|m| m.tokens.end == i - 2 && matches!(&m.kind, MentionKind::Title { rank_only: false, .. }))) || role_verb_before(i - 1))
                && !self.lower.get(i + 1).is_some_and(|n| matches!(n.as_str(), "of" | "for" | "'s" | "’s"))
                && !(i + 1 < self.tokens.len() && is_cap(self.word(i + 1)))
                && self.one_body_named_with(i, w);
            // "was re-elected chair of the network": a post given by a verb of appointment
            // belongs to a body the report has named, too; so does one a copula gives right
            // before it ("who has been president of the society since 2017", "She is chair of
            // the trust"; "of" only).
            let given_post_of = || {
                let appointed = || matches!(self.lower[i - 2].as_str(), "of" | "at") && (i.saturating_sub(6)..i - 3).any(|k| self.lex.appointing_forms.contains(&self.lower[k]));
                let copular = || self.lower[i - 2] == "of" && matches!(self.lower[i - 4].as_str(), "is" | "was" | "been" | "remains" | "became" | "becomes");
                i > 4
                    && self.lower[i - 1] == "the"
                    && (appointed() || copular())
                    && self.lex.post(&self.lower[i - 3], self.tree.nodes.get(i - 3).map_or("", |n| n.upos.as_str())).is_some()
                    && !self.lower.get(i + 1).is_some_and(|n| matches!(n.as_str(), "of" | "for" | "'s" | "’s"))
                    && !(i + 1 < self.tokens.len() && is_cap(self.word(i + 1)))
                    && self.lex.org_heads.contains_key(w)
                    && self.one_body_named_with(i, w)
            };
            let post_of = post_of || given_post_of();
            // "the opening ceremony, which the park hosted" after the Waimakariri Zoological
            // Park: a subject in lower case that ends the one body named with its word.
            // ("The guild and the institute will jointly run a course": a second subject.)
            let subject_node = |n: &super::syntax::Node| n.deprel.starts_with("nsubj") || (n.deprel == "conj" && n.head.is_some_and(|h| self.tree.nodes[h].deprel.starts_with("nsubj")));
            let lower_subject = i > 0
                && self.lower[i - 1] == "the"
                && !is_cap(self.word(i))
                && self.tree.nodes.get(i).is_some_and(|n| subject_node(n) && matches!(n.upos.as_str(), "NOUN" | "PROPN"))
                && !(i + 1 < self.tokens.len() && is_cap(self.word(i + 1)))
                && ((self.ends_body_named_before(i, w) && self.one_body_named_with(i, w)) || (w == "company" && self.one_company_named_before(i)));
            // ("The Exchange hosted …": the capitalised last word of a body named before.)
            let capitalised_last_word = || is_cap(self.word(i)) && !possessor && self.ends_body_named_before(i, w);
            // ("the garden's director" after the Blue Mahoe Botanical Garden, "the bar's dean"
            // after the Southern Andes Bar Association: a possessor in lower case that the one
            // body named with it ends with, or holds as a noun other than a place's head.)
            let lower_possessor_word = || {
                possessor
                    && !is_cap(self.word(i))
                    && (self.ends_body_named_before(i, w) || (!self.lex.place_heads.contains_key(w) && self.tree.nodes.get(i).is_some_and(|n| n.upos == "NOUN")))
                    && self.one_body_named_with(i, w)
            };
            // ("the Madina Branch and the Tema Branch of the association": the body a unit
            // named before belongs to, the one named with the word.)
            let unit_of = || {
                i > 2
                    && self.lower[i - 1] == "the"
                    && self.lower[i - 2] == "of"
                    && !is_cap(self.word(i))
                    && self.mentions.iter().any(|m| m.tokens.end == i - 2 && m.is_name(EntityType::Organization))
                    && self.lower.get(i + 1).is_none_or(|n| n != "of")
                    && self.ends_body_named_before(i, w)
                    && self.one_body_named_with(i, w)
            };
            let org_ref = (is_cap(self.word(i)) || possessor || agent || opening_subject || post_of || lower_subject || unit_of())
                && i > 0
                && (matches!(self.lower[i - 1].as_str(), "the" | "our" | "this") || modified_possessor)
                && (self.lex.org_heads.contains_key(w) || lower_subject || capitalised_last_word() || lower_possessor_word())
                && !self.mentions.iter().any(|m| m.tokens.contains(&i));
            // "Trust chair Margaret Hiltz", "Council spokesman Tom Hale": a body's head word
            // right before a post and a name is the body the report has named with it.
            // ("union president Maria DaSilva": in lower case, the one body so named; that
            // test scans the mentions, so it comes last.)
            let lower_case = self.word(i).starts_with(char::is_lowercase);
            let post_owner = (is_cap(self.word(i)) || lower_case)
                && self.lex.org_heads.contains_key(w)
                && (i == 0 || !is_cap(self.word(i - 1)) || self.sentences[self.sentence_of[i]].tokens.start == i)
                && {
                    let mut k = i + 1;
                    while k < self.tokens.len() && self.lex.title_modifiers.contains(self.lower[k].as_str()) {
                        k += 1;
                    }
                    k < self.tokens.len() && self.title_word_at(k).is_some_and(|(len, t)| !t.rank && k + len < self.tokens.len() && is_cap(self.word(k + len)))
                }
                // ("Company president Hiroshi Funaoka" after "Funaoka Shuzo, a sake brewery":
                // the one company named, whatever its name ends with.)
                // ("Club president X" after "Amber Sabre Fencing Club Gdańsk": or a word inside
                // the one body so named.)
                && (self.mentions.iter().any(|m| m.tokens.end <= i && m.is_name(EntityType::Organization) && (self.lower[m.tokens.end - 1] == w || (w == "company" && matches!(&m.kind, MentionKind::Name { class, .. } if class == "Company"))))
                    || self.one_body_named_with(i, w))
                && !self.mentions.iter().any(|m| m.tokens.contains(&i))
                && (!lower_case || self.one_body_named_with(i, w));
            if org_ref || post_owner {
                self.push(i..i + 1, MentionKind::Reference { word: w.to_string() });
                continue;
            }
            // "Janet Kowalchuk, chair of the organizing committee": a lower-case modifier the
            // one body named with the head word also holds ("Prairie Capital Marathon
            // Organizing Committee").
            // ("the research centre organised a workshop": as a subject, too.)
            let post_before = i > 3 && self.lower[i - 3] == "of" && self.mentions.iter().any(|m| m.tokens.end == i - 3 && matches!(&m.kind, MentionKind::Title { rank_only: false, .. }));
            let subject = self.tree.nodes.get(i).is_some_and(|n| n.deprel.starts_with("nsubj") && n.upos == "NOUN");
            let modified_post_of = i > 2
                && self.lower[i - 2] == "the"
                && self.word(i - 1).starts_with(char::is_lowercase)
                && self.word(i).starts_with(char::is_lowercase)
                && self.lex.org_heads.contains_key(w)
                // ("Councillor X, who chairs the district council": after a verb of
                // heading, too.)
                && (post_before || subject || role_verb_before(i - 2))
                && !self.lower.get(i + 1).is_some_and(|n| matches!(n.as_str(), "of" | "for" | "'s" | "’s"))
                && !(i + 1 < self.tokens.len() && is_cap(self.word(i + 1)))
                && self.one_body_named_with(i, w)
                && self.mentions.iter().any(|m| m.tokens.end <= i && m.is_name(EntityType::Organization) && m.tokens.clone().any(|k| self.lower[k] == self.lower[i - 1]) && m.tokens.clone().any(|k| self.lower[k] == w))
                && !self.mentions.iter().any(|m| m.tokens.contains(&i) || m.tokens.contains(&(i - 1)));
            if modified_post_of {
                self.push(i - 1..i + 1, MentionKind::Reference { word: w.to_string() });
                continue;
            }
            if let Some(n) = self.body_tail_before_post(i) {
                self.push(i + 1 - n..i + 1, MentionKind::Reference { word: w.to_string() });
            }
        }
    }

    /// "food shelf executive director Maria Gonzales" after the Champlain Valley Food Shelf:
    /// the last words of the one body named with them, right before a post and a name, stand
    /// for that body. Gives how many words (two, or one capitalised word no other mention
    /// took) end at token `i`.
    fn body_tail_before_post(&self, i: usize) -> Option<usize> {
        let mut k = i + 1;
        while k < self.tokens.len() && self.lex.title_modifiers.contains(self.lower[k].as_str()) {
            k += 1;
        }
        if k >= self.tokens.len() {
            return None;
        }
        let (len, _) = self.title_word_at(k).filter(|(_, t)| !t.rank)?;
        if k + len >= self.tokens.len() || !is_cap(self.word(k + len)) {
            return None;
        }
        let sentence_start = self.sentences[self.sentence_of[i]].tokens.start;
        for n in [2, 1] {
            if n > i + 1 - sentence_start {
                continue;
            }
            let s = i + 1 - n;
            let words = &self.lower[s..=i];
            // (Not the end of a longer name, nor words another mention took.)
            if (s > sentence_start && is_cap(self.word(s - 1))) || (n == 1 && !is_cap(self.word(i))) || words.iter().any(|w| FUNCTION_WORDS.contains(&w.as_str())) {
                continue;
            }
            if self.mentions.iter().any(|m| m.tokens.start <= i && s < m.tokens.end) {
                continue;
            }
            let mut bodies: Vec<String> = self
                .mentions
                .iter()
                .filter(|m| m.tokens.end <= s && !m.nested && m.is_name(EntityType::Organization) && m.tokens.len() > n && self.lower[m.tokens.end - n..m.tokens.end] == *words)
                .map(|m| self.lower[m.tokens.clone()].join(" "))
                .collect();
            bodies.sort_unstable();
            bodies.dedup();
            if bodies.len() == 1 {
                return Some(n);
            }
        }
        None
    }

    /// "a launch event the company hosted" after "Umoya Biologics Ltd": "the company" is the
    /// one company named before it, whatever its name ends with.
    fn one_company_named_before(&self, i: usize) -> bool {
        let mut names: Vec<&str> = self
            .mentions
            .iter()
            .filter(|m| m.tokens.end <= i && !m.nested && matches!(&m.kind, MentionKind::Name { kind: EntityType::Organization, class, .. } if class == "Company"))
            .map(|m| &self.text[m.span.start..m.span.end])
            .collect();
        names.sort_unstable();
        names.dedup();
        names.len() == 1
    }

    /// Whether the organizations named before token `i` have exactly one name holding the
    /// word `w` (lower case): "chairman of the cooperative" is a post in that body only when
    /// no other body named so far could be meant.
    fn one_body_named_with(&self, i: usize, w: &str) -> bool {
        let mut names: Vec<String> = self
            .mentions
            .iter()
            .filter(|m| m.tokens.end <= i && m.is_name(EntityType::Organization))
            // ("the foundation" of "Fundación Cuerdas de Michoacán": opened with the word in
            // another language.)
            .filter(|m| m.tokens.clone().any(|k| self.lower[k] == w) || self.lex.opens_as_foreign_head(w, &self.lower[m.tokens.start]))
            .map(|m| m.tokens.clone().map(|k| self.lower[k].as_str()).filter(|x| *x != "the").collect::<Vec<_>>().join(" "))
            .collect();
        names.sort();
        names.dedup();
        names.len() == 1
    }

    /// "OSCE Office in Astana", "IOM Mission in Kazakhstan, Turkmenistan and Uzbekistan":
    /// an office-like organization "in" places is one name located in each of them.
    fn merge_in_places(&mut self) {
        let n = self.mentions.len();
        for m in 0..n {
            let MentionKind::Name { kind: EntityType::Organization, .. } = self.mentions[m].kind else { continue };
            if self.mentions[m].nested || self.mentions[m].in_dateline {
                continue;
            }
            let r = self.mentions[m].tokens.clone();
            let Some((_, head)) = self.org_head_of(&r) else { continue };
            if !(head.unit || head.class == "Embassy") {
                continue;
            }
            let mut k = r.end;
            if k >= self.tokens.len() || self.lower[k] != "in" || self.sentence_of[k] != self.sentence_of[r.start] {
                continue;
            }
            k += 1;
            let mut places = Vec::new();
            loop {
                if k < self.tokens.len() && self.lower[k] == "the" {
                    k += 1;
                }
                let Some(p) = (0..n).find(|&p| self.mentions[p].tokens.start == k && self.mentions[p].is_name(EntityType::Place) && !self.mentions[p].nested) else { break };
                places.push(p);
                k = self.mentions[p].tokens.end;
                if k + 1 < self.tokens.len() && (self.word(k) == "," || self.lower[k] == "and") {
                    let after = if self.word(k) == "," && self.lower[k + 1] == "and" { k + 2 } else { k + 1 };
                    if (0..n).any(|p| self.mentions[p].tokens.start == after && self.mentions[p].is_name(EntityType::Place)) {
                        k = after;
                        continue;
                    }
                }
                break;
            }
            if places.is_empty() {
                continue;
            }
            let end = self.mentions[*places.last().unwrap()].tokens.end;
            let new_range = r.start..end;
            self.mentions[m].span = self.span_of(&new_range);
            self.mentions[m].tokens = new_range;
            for p in places {
                self.mentions[p].nested = true;
                self.mentions[m].structure.push((super::Predicate::LocatedIn, p));
            }
        }
    }
}

fn head_key(w: &str, heads: &std::collections::HashMap<String, super::lexicon::EventHead>) -> String {
    if heads.contains_key(w) {
        w.to_string()
    } else {
        w.trim_end_matches('s').to_string()
    }
}
