//! The lexicons under data/lexicon/, compiled into the binary (the product runs without
//! any files beside it) and parsed once. Each entry carries an example sentence and the
//! facts it must yield; tests/suite/lexicon_examples.rs runs them all.

use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

#[derive(Debug, thiserror::Error)]
#[error("reading data/lexicon/{file}: {message}")]
pub struct LexiconError {
    pub file: String,
    pub message: String,
}

#[derive(Debug, Clone)]
pub struct OrgHead {
    pub class: String,
    pub unit: bool,
    /// A state body: "X of COUNTRY" and "COUNTRY X" give fg:locatedIn.
    pub national: bool,
    /// "X of COUNTRY" (only that form) gives fg:locatedIn: the country's own body, as
    /// "Legal Aid Service of Georgia"; true for every national head.
    pub of_country: bool,
    /// A unit named by its number before the name ("11 Field Engineer Regiment").
    pub numbered: bool,
}

#[derive(Debug, Clone)]
pub struct EventHead {
    pub class: String,
    pub generic: bool,
    /// A document signed ("agreement", "treaty"), not an occasion: the places in its own
    /// modifiers are what it is about.
    pub document: bool,
    /// Heads only of capitalised names ("Hungarian Culture Days", "Nordic Film Week"): in
    /// lower case the word is no event ("the next few days").
    pub name_only: bool,
    /// Heads only of phrases in lower case ("the ten-day voyage"): a capitalised name
    /// ending in the word ("Kelmar Voyages") is no event.
    pub phrase_only: bool,
}

#[derive(Debug, Clone, Copy)]
pub struct TitleWord {
    pub head: bool,
    pub rank: bool,
    /// A form of address ("Dr", "Mr."), never part of a post: "Health Minister Dr X" holds
    /// the post "Minister".
    pub honorific: bool,
    /// A rank that, written in lower case, is a post held ("Titans captain X", "the
    /// orchestra's captain"), where "Captain X" is only a rank.
    pub lower_case_post: bool,
    /// A profession ("pilot", "surgeon") rather than an office: written bare before a name
    /// ("pilot Kenta Morishita") it describes the person and names no post.
    pub occupation: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Voice {
    Passive,
    Active,
    Prefix,
    Prep,
    /// ARGS FORM, where the form already names whom the subjects address ("addressed the
    /// participants"): the event is the one the sentence names, else the current one.
    Subject,
    /// FORM … EVENT, ARGS: a participle clause opening the sentence ("Opening the course,
    /// Ambassador X said"); its subject after the comma takes the relation.
    Clause,
    /// A gift: the giver (subject, or "by" agent) takes the relation and the recipient
    /// ("to" Y) the `recipient_relation`, in the event of class `reported_event` that the
    /// report tells of ("X handed over ambulances to Y" at the handover ceremony).
    Transfer,
}

#[derive(Debug, Clone)]
pub struct VerbRule {
    /// Lower-case token sequences.
    pub forms: Vec<Vec<String>>,
    pub voice: Voice,
    pub relation: String,
    pub person_relation: Option<String>,
    pub subject_too: bool,
    /// A "prep" form whose arguments take the relation of the lexicon verb before it in
    /// the sentence ("opened the forum together with X": X opened it too), and the
    /// entry's own relation when there is none.
    pub follows_verb: bool,
    /// A "prep" form whose event must be named in its own sentence ("talks held in Osh
    /// between A and B"), not carried over from earlier ones ("contacts between exporters").
    pub event_in_sentence: bool,
    /// An "active" form whose subjects, when their sentence names no event, join the
    /// event of this class that the report is about ("Kim won the −49 kg category": the
    /// championship reported).
    pub reported_event: Option<String>,
    /// A "transfer" form's relation for the recipient of the gift.
    pub recipient_relation: Option<String>,
}

/// One example of a lexicon entry: the text and the facts/entities it must yield.
#[derive(Debug, Clone)]
pub struct Example {
    pub file: &'static str,
    pub text: String,
    pub expect: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Lexicon {
    pub common_words: HashSet<String>,
    pub given_names: HashSet<String>,
    pub org_heads: HashMap<String, OrgHead>,
    pub place_heads: HashMap<String, String>,
    /// Venue heads that end a name also in lower case, after "the" ("the Cinestar Quoc Thanh
    /// cinema").
    pub lower_case_venue_heads: HashSet<String>,
    /// Venue heads only in lower case: "the Wisma Pengadil training centre" is a place, the
    /// "Gyumri Rescue Training Centre" a body.
    pub only_lower_case_venue_heads: HashSet<String>,
    /// Postal-style abbreviations as written with their full stop ("Calif.") → the
    /// gazetteer label of the place they stand for ("California").
    pub place_abbreviations: HashMap<String, String>,
    /// Companies' legal forms written before the name, as written ("PT", "JSC").
    pub legal_forms_before: HashSet<String>,
    /// Companies' legal forms ending the name, lower case ("ltd", "inc."); see
    /// [`Lexicon::legal_form_after`].
    legal_forms_after: HashSet<String>,
    /// Those written with capitals in the lexicon, matched only as written ("AS", which in
    /// lower case is an everyday word).
    legal_forms_after_cased: HashSet<String>,
    pub event_heads: HashMap<String, EventHead>,
    /// Capitalised words that open an event's name ("Operation Corridor", "Exercise Southern Ember").
    pub event_name_openers: HashSet<String>,
    /// Words opening a calendar's day rather than a held one ("World Hearing Day").
    pub observance_openers: HashSet<String>,
    /// Words naming a calendar's day only right before "Day" ("Independence Day").
    pub observance_before_day: HashSet<String>,
    /// Capitalised names of feasts and seasons that a common event phrase may carry ("its
    /// annual Christmas concert", "an Easter fair").
    pub feast_modifiers: HashSet<String>,
    /// Capitalised words that open a place's name ("Mount Kenya", "Ras Al Hadd").
    pub place_name_openers: HashSet<String>,
    /// Words that open an organization's name in languages that put the head first
    /// ("Universidad de Valparaíso", "Fundación Puerto Imagen").
    pub org_name_openers: HashSet<String>,
    /// A body's English head word and the words other languages open such a body's name
    /// with ("foundation": "fundación", "fondation" …), so that "the foundation" finds
    /// "Fundación Cuerdas de Michoacán".
    pub foreign_heads: HashMap<String, HashSet<String>>,
    pub titles: HashMap<String, TitleWord>,
    /// Words in the longest entry of `titles` ("ambassador extraordinary and plenipotentiary").
    pub longest_title: usize,
    pub title_modifiers: HashSet<String>,
    pub title_continuations: Vec<Vec<String>>,
    pub weakening: HashSet<String>,
    /// Portfolio word → the words that name the same field of government ("interior" →
    /// "internal"), so "Interior Minister" finds the "Ministry of Internal Affairs".
    pub portfolio_synonyms: HashMap<String, Vec<String>>,
    pub verbs: Vec<VerbRule>,
    pub speech: Vec<Vec<String>>,
    /// Facilities whose opening is an event ("opened its new factory").
    pub opened_facilities: HashSet<String>,
    /// Heads of bodies' names that are also buildings where events are held ("library").
    pub venue_bodies: HashSet<String>,
    /// Posts that govern a place ("Lenvik Mayor X": Lenvik is the place, not an employer).
    pub territorial_posts: HashSet<String>,
    /// Company posts that, bare before a name, are held in the body a report's lead is about
    /// ("Managing director Grace Mushi said"); the `lead_body_head` ones head it too.
    pub lead_body_posts: HashSet<String>,
    pub lead_body_head_posts: HashSet<String>,
    /// People who stand for a body ("representatives of X", "experts from X").
    pub delegate_nouns: HashSet<String>,
    /// People at an event whose listing names its participants ("Speakers included X").
    pub attendee_nouns: HashSet<String>,
    /// Words after a country's name that make it a currency ("Hong Kong dollars").
    pub currency_words: HashSet<String>,
    /// Plural nouns of places ("the districts of A, B and C").
    pub place_plurals: HashSet<String>,
    /// Words that make "the City of X" a municipality as a body.
    pub municipal_words: HashSet<String>,
    /// Nouns that class a place ("X is a town in Y").
    pub place_class_nouns: HashSet<String>,
    /// Nouns that class an organization ("X is a company based in Y").
    pub org_class_nouns: HashSet<String>,
    /// Nouns before "of" naming the place after it ("the port of Mombasa").
    pub place_of_nouns: HashSet<String>,
    /// Nouns of a part of a place ("in the north of Y").
    pub place_part_nouns: HashSet<String>,
    /// Nouns calling a body a part of another ("X, a unit of the Y").
    pub body_part_nouns: HashSet<String>,
    /// Nouns of a body that is part of another only with "of" and that body's name after
    /// them ("X, a research centre of the Y University"; "the resort's ski school" may be
    /// anyone's).
    pub body_part_of_nouns: HashSet<String>,
    /// Words written in capitals that name no body ("TB", "AGM", "COVID-19"), lower case.
    pub not_acronyms: HashSet<String>,
    /// Prefixes of ships' names ("MV", "HMS"), lower case: the name after one is a vessel's.
    pub vessel_prefixes: HashSet<String>,
    /// Letters written after a person's name ("MP", "OBE"), lower case: no part of the name.
    pub post_nominals: HashSet<String>,
    /// Words of what kind a unit is, between a body's acronym and the unit's head in lower
    /// case ("the WHO country office", "the UNDP regional bureau").
    pub unit_kinds: HashSet<String>,
    /// Sports by name, lower case ("archery", "netball"): "Archery New Zealand" is a body.
    pub sports: HashSet<String>,
    /// Languages that are no country's demonym ("in English and Arabic"): never a place.
    pub languages: HashSet<String>,
    /// Verb forms after a name that make the person a body's head ("X chairs the Y").
    pub heading_verbs: Vec<Vec<String>>,
    /// Phrases after a name that give the person an employer ("X works for the Y", "X of the Y").
    pub working_phrases: Vec<Vec<String>>,
    /// Participles before "by" naming a body's head ("the Y, headed by X").
    pub headed_by_participles: HashSet<String>,
    /// Lemmas of verbs of appointment ("appoint", "elect").
    pub appointing_lemmas: HashSet<String>,
    /// Written forms of verbs of appointment ("named", "installed").
    pub appointing_forms: HashSet<String>,
    /// Nouns of appointment before "of X" ("the appointment of X as …").
    pub appointment_nouns: HashSet<String>,
    /// Lemmas of verbs whose subject holds the post after "as" ("X served as …").
    pub serving_lemmas: HashSet<String>,
    /// Participles of a body's seat ("based", "headquartered").
    pub seat_words: HashSet<String>,
    /// Nouns of a body's seat that it "has" somewhere ("has its headquarters in Y").
    pub seat_nouns: HashSet<String>,
    pub examples: Vec<Example>,
}

const FILES: &[(&str, &str)] = &[
    ("organizations.toml", include_str!("../../data/lexicon/organizations.toml")),
    ("places.toml", include_str!("../../data/lexicon/places.toml")),
    ("events.toml", include_str!("../../data/lexicon/events.toml")),
    ("titles.toml", include_str!("../../data/lexicon/titles.toml")),
    ("verbs.toml", include_str!("../../data/lexicon/verbs.toml")),
    ("speech.toml", include_str!("../../data/lexicon/speech.toml")),
    ("facilities.toml", include_str!("../../data/lexicon/facilities.toml")),
    ("nouns.toml", include_str!("../../data/lexicon/nouns.toml")),
    ("roles.toml", include_str!("../../data/lexicon/roles.toml")),
];
const COMMON_WORDS: &str = include_str!("../../data/lexicon/common-words.txt");
const GIVEN_NAMES: &str = include_str!("../../data/lexicon/given-names.txt");

/// Adds the words of `entries` to `set` in lower case and their examples to `examples`.
fn extend_words(set: &mut HashSet<String>, examples: &mut Vec<Example>, file: &'static str, entries: Vec<WordsEntry>) {
    for e in entries {
        set.extend(e.words.iter().map(|w| w.to_lowercase()));
        examples.push(Example { file, text: e.example, expect: e.expect });
    }
}

/// Like `extend_words`, for phrases matched word by word, kept in the file's order.
fn extend_phrases(list: &mut Vec<Vec<String>>, examples: &mut Vec<Example>, file: &'static str, entries: Vec<WordsEntry>) {
    for e in entries {
        list.extend(e.words.iter().map(|w| words_of(&w.to_lowercase())));
        examples.push(Example { file, text: e.example, expect: e.expect });
    }
}

fn word_list(text: &str) -> HashSet<String> {
    text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).map(|l| l.trim().to_string()).collect()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HeadEntry {
    words: Vec<String>,
    class: Option<String>,
    #[serde(default)]
    unit: bool,
    #[serde(default)]
    national: bool,
    #[serde(default)]
    of_country: bool,
    #[serde(default)]
    numbered: bool,
    #[serde(default)]
    generic: bool,
    #[serde(default)]
    document: bool,
    #[serde(default)]
    name_only: bool,
    /// Only in places.toml: the word also ends a name written in lower case ("the Inca
    /// Garcilaso de la Vega stadium").
    #[serde(default)]
    lower_case: bool,
    /// In places.toml: the word heads a venue only when written in lower case; in
    /// events.toml, an event only in a phrase in lower case, never a capitalised name.
    #[serde(default)]
    only_lower_case: bool,
    example: String,
    expect: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HeadFile {
    head: Vec<HeadEntry>,
    /// Only in places.toml: abbreviations of region names.
    #[serde(default)]
    abbreviation: Vec<AbbreviationEntry>,
    /// Only in organizations.toml: companies' legal forms before and after the name.
    #[serde(default)]
    form_before: Vec<WordsEntry>,
    #[serde(default)]
    form_after: Vec<WordsEntry>,
    /// Only in events.toml and places.toml: words that open an event's or a place's name
    /// ("Operation Corridor", "Mount Kenya").
    #[serde(default)]
    name_opener: Vec<WordsEntry>,
    /// Only in organizations.toml: an English head word first, then the words that open a
    /// body's name in other languages where English would end it with that word.
    #[serde(default)]
    same_head: Vec<WordsEntry>,
    /// Only in events.toml: words that open a day the calendar keeps ("World Wetlands
    /// Day", "International Day of the Midwife"), which is no event held by anyone.
    #[serde(default)]
    observance: Vec<WordsEntry>,
    /// Only in events.toml: words that name such a day only right before its "Day"
    /// ("Independence Day", "Mother's Day"), not when more words follow them ("the
    /// Christmas Porridge Day" is held by someone).
    #[serde(default)]
    observance_before_day: Vec<WordsEntry>,
    /// Only in events.toml: capitalised feasts an event phrase may carry ("Christmas concert").
    #[serde(default)]
    feast: Vec<WordsEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AbbreviationEntry {
    names: HashMap<String, String>,
    example: String,
    expect: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TitleEntry {
    words: Vec<String>,
    #[serde(default)]
    head: bool,
    #[serde(default)]
    rank: bool,
    #[serde(default)]
    honorific: bool,
    #[serde(default)]
    lower_case_post: bool,
    #[serde(default)]
    occupation: bool,
    example: String,
    expect: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TitleFile {
    modifiers: Vec<String>,
    weakening: Vec<String>,
    continuations: Vec<String>,
    title: Vec<TitleEntry>,
    #[serde(default)]
    portfolio: Vec<WordsEntry>,
    territorial: Vec<WordsEntry>,
    #[serde(default)]
    lead_body: Vec<WordsEntry>,
    #[serde(default)]
    lead_body_head: Vec<WordsEntry>,
}

/// A list of words with the example that shows them at work.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WordsEntry {
    words: Vec<String>,
    example: String,
    expect: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FacilityFile {
    opened: Vec<WordsEntry>,
    venue_body: Vec<WordsEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NounFile {
    delegate: Vec<WordsEntry>,
    attendee: Vec<WordsEntry>,
    currency: Vec<WordsEntry>,
    place_plural: Vec<WordsEntry>,
    municipal: Vec<WordsEntry>,
    place_class: Vec<WordsEntry>,
    org_class: Vec<WordsEntry>,
    place_of: Vec<WordsEntry>,
    place_part: Vec<WordsEntry>,
    body_part: Vec<WordsEntry>,
    #[serde(default)]
    body_part_of: Vec<WordsEntry>,
    language: Vec<WordsEntry>,
    not_acronym: Vec<WordsEntry>,
    vessel_prefix: Vec<WordsEntry>,
    post_nominal: Vec<WordsEntry>,
    unit_kind: Vec<WordsEntry>,
    #[serde(default)]
    sport: Vec<WordsEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoleFile {
    heading: Vec<WordsEntry>,
    working: Vec<WordsEntry>,
    headed_by: Vec<WordsEntry>,
    appointing_lemma: Vec<WordsEntry>,
    appointing_form: Vec<WordsEntry>,
    appointment_noun: Vec<WordsEntry>,
    serving_lemma: Vec<WordsEntry>,
    seat: Vec<WordsEntry>,
    seat_noun: Vec<WordsEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VerbEntry {
    forms: Vec<String>,
    voice: Option<Voice>,
    relation: Option<String>,
    person_relation: Option<String>,
    #[serde(default)]
    subject_too: bool,
    #[serde(default)]
    follows_verb: bool,
    #[serde(default)]
    event_in_sentence: bool,
    reported_event: Option<String>,
    recipient_relation: Option<String>,
    example: String,
    expect: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VerbFile {
    verb: Vec<VerbEntry>,
}

/// The tokens of a form as the text's tokenizer cuts them ("this year's" → this, year,
/// 's), lower case; `<event>` stays one word.
fn words_of(s: &str) -> Vec<String> {
    s.split_whitespace()
        .flat_map(|w| {
            if w == "<event>" {
                return vec![w.to_string()];
            }
            let (tokens, _) = crate::text::segment::segment(w);
            tokens.iter().map(|t| w[t.span.start..t.span.end].to_lowercase()).collect()
        })
        .collect()
}

fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, LexiconError> {
    toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| text[..s.start].matches('\n').count() + 1);
        LexiconError {
            file: file.to_string(),
            message: match line {
                Some(l) => format!("line {l}: {}", e.message()),
                None => e.message().to_string(),
            },
        }
    })
}

impl Lexicon {
    /// Whether `first`, a name's first word, is how another language opens the name of a
    /// body English would end with `head` ("fundación" for "foundation").
    pub fn opens_as_foreign_head(&self, head: &str, first: &str) -> bool {
        self.foreign_heads.get(head).is_some_and(|openers| openers.contains(first))
    }

    /// The lexicons compiled into the binary. Panics only if the bundled files are broken,
    /// which the test suite rules out.
    pub fn bundled() -> &'static Lexicon {
        static L: OnceLock<Lexicon> = OnceLock::new();
        L.get_or_init(|| Lexicon::load().unwrap_or_else(|e| panic!("{e}")))
    }

    pub fn load() -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon {
            common_words: word_list(COMMON_WORDS),
            // Name particles ("El Paso", "de Gaulle") are in the source list but name no one.
            given_names: word_list(GIVEN_NAMES).into_iter().filter(|n| n.chars().count() > 2 && !matches!(n.as_str(), "van" | "von" | "bin" | "bint" | "ibn" | "del" | "der" | "den")).collect(),
            ..Default::default()
        };
        for &(file, text) in FILES {
            let file: &'static str = file;
            match file {
                "organizations.toml" | "places.toml" | "events.toml" => {
                    let parsed: HeadFile = parse(file, text)?;
                    for e in parsed.head {
                        let class = e.class.clone().ok_or_else(|| LexiconError {
                            file: file.into(),
                            message: format!("entry {:?} has no class", e.words),
                        })?;
                        for w in &e.words {
                            let w = w.to_lowercase();
                            match file {
                                "organizations.toml" => {
                                    lex.org_heads.entry(w).or_insert(OrgHead { class: class.clone(), unit: e.unit, national: e.national, of_country: e.national || e.of_country, numbered: e.numbered });
                                }
                                "places.toml" => {
                                    if e.lower_case || e.only_lower_case {
                                        lex.lower_case_venue_heads.insert(w.clone());
                                    }
                                    if e.only_lower_case {
                                        lex.only_lower_case_venue_heads.insert(w.clone());
                                    }
                                    lex.place_heads.insert(w, class.clone());
                                }
                                _ => {
                                    lex.event_heads.insert(w, EventHead { class: class.clone(), generic: e.generic, document: e.document, name_only: e.name_only, phrase_only: e.only_lower_case });
                                }
                            }
                        }
                        lex.examples.push(Example { file, text: e.example, expect: e.expect });
                    }
                    for e in parsed.abbreviation {
                        lex.place_abbreviations.extend(e.names);
                        lex.examples.push(Example { file, text: e.example, expect: e.expect });
                    }
                    match file {
                        "events.toml" => extend_words(&mut lex.event_name_openers, &mut lex.examples, file, parsed.name_opener),
                        "places.toml" => extend_words(&mut lex.place_name_openers, &mut lex.examples, file, parsed.name_opener),
                        "organizations.toml" => extend_words(&mut lex.org_name_openers, &mut lex.examples, file, parsed.name_opener),
                        _ if parsed.name_opener.is_empty() => {}
                        _ => return Err(LexiconError { file: file.into(), message: "name openers belong in events.toml, places.toml or organizations.toml".into() }),
                    }
                    if file != "events.toml" && !parsed.observance.is_empty() {
                        return Err(LexiconError { file: file.into(), message: "observance entries belong in events.toml".into() });
                    }
                    extend_words(&mut lex.observance_openers, &mut lex.examples, file, parsed.observance);
                    if file != "events.toml" && !parsed.observance_before_day.is_empty() {
                        return Err(LexiconError { file: file.into(), message: "observance_before_day entries belong in events.toml".into() });
                    }
                    extend_words(&mut lex.observance_before_day, &mut lex.examples, file, parsed.observance_before_day);
                    if file != "events.toml" && !parsed.feast.is_empty() {
                        return Err(LexiconError { file: file.into(), message: "feast entries belong in events.toml".into() });
                    }
                    extend_words(&mut lex.feast_modifiers, &mut lex.examples, file, parsed.feast);
                    if file != "organizations.toml" && !parsed.same_head.is_empty() {
                        return Err(LexiconError { file: file.into(), message: "same_head entries belong in organizations.toml".into() });
                    }
                    for e in parsed.same_head {
                        let mut words = e.words.iter().map(|w| w.to_lowercase());
                        let Some(english) = words.next() else {
                            return Err(LexiconError { file: file.into(), message: "a same_head entry needs its English head word first".into() });
                        };
                        lex.foreign_heads.entry(english).or_default().extend(words);
                        lex.examples.push(Example { file, text: e.example, expect: e.expect });
                    }
                    if file != "organizations.toml" && !(parsed.form_before.is_empty() && parsed.form_after.is_empty()) {
                        return Err(LexiconError { file: file.into(), message: "legal forms belong in organizations.toml".into() });
                    }
                    for e in parsed.form_before {
                        lex.legal_forms_before.extend(e.words.iter().cloned());
                        lex.examples.push(Example { file, text: e.example, expect: e.expect });
                    }
                    for e in parsed.form_after {
                        for w in &e.words {
                            if w.chars().any(char::is_uppercase) {
                                lex.legal_forms_after_cased.insert(w.clone());
                            } else {
                                lex.legal_forms_after.insert(w.clone());
                            }
                        }
                        lex.examples.push(Example { file, text: e.example, expect: e.expect });
                    }
                }
                "titles.toml" => {
                    let parsed: TitleFile = parse(file, text)?;
                    lex.title_modifiers = parsed.modifiers.iter().map(|w| w.to_lowercase()).collect();
                    lex.weakening = parsed.weakening.iter().map(|w| w.to_lowercase()).collect();
                    lex.title_continuations = parsed.continuations.iter().map(|c| words_of(c)).collect();
                    for e in parsed.title {
                        for w in &e.words {
                            lex.titles.insert(w.to_lowercase(), TitleWord { head: e.head, rank: e.rank || e.honorific, honorific: e.honorific, lower_case_post: e.lower_case_post, occupation: e.occupation });
                            lex.longest_title = lex.longest_title.max(w.split_whitespace().count());
                        }
                        lex.examples.push(Example { file, text: e.example, expect: e.expect });
                    }
                    for e in parsed.portfolio {
                        let group: Vec<String> = e.words.iter().map(|w| w.to_lowercase()).collect();
                        for w in &group {
                            lex.portfolio_synonyms.entry(w.clone()).or_default().extend(group.iter().filter(|o| *o != w).cloned());
                        }
                        lex.examples.push(Example { file, text: e.example, expect: e.expect });
                    }
                    if let Some(w) = parsed.territorial.iter().flat_map(|e| &e.words).find(|w| !w.to_lowercase().rsplit('-').next().is_some_and(|last| lex.titles.contains_key(last))) {
                        return Err(LexiconError { file: file.into(), message: format!("territorial post {w:?} does not end in a title of this file") });
                    }
                    extend_words(&mut lex.territorial_posts, &mut lex.examples, file, parsed.territorial);
                    extend_words(&mut lex.lead_body_posts, &mut lex.examples, file, parsed.lead_body);
                    extend_words(&mut lex.lead_body_head_posts, &mut lex.examples, file, parsed.lead_body_head);
                }
                "verbs.toml" => {
                    let parsed: VerbFile = parse(file, text)?;
                    for e in parsed.verb {
                        let (Some(voice), Some(relation)) = (e.voice, e.relation) else {
                            return Err(LexiconError { file: file.into(), message: format!("verb {:?} needs `voice` and `relation`", e.forms) });
                        };
                        for r in std::iter::once(&relation).chain(e.person_relation.iter()).chain(e.recipient_relation.iter()) {
                            if !matches!(r.as_str(), "organizer" | "sponsor" | "participant") {
                                return Err(LexiconError { file: file.into(), message: format!("verb {:?}: unknown relation {r:?}", e.forms) });
                            }
                        }
                        if let Some(class) = &e.reported_event {
                            let known = lex.event_heads.values().any(|h| &h.class == class);
                            if !matches!(voice, Voice::Active | Voice::Transfer) || !known {
                                return Err(LexiconError { file: file.into(), message: format!("verb {:?}: `reported_event` needs voice \"active\" or \"transfer\" and an event class of events.toml, not {class:?}", e.forms) });
                            }
                        }
                        if (voice == Voice::Transfer) != (e.recipient_relation.is_some() && e.reported_event.is_some()) {
                            return Err(LexiconError { file: file.into(), message: format!("verb {:?}: voice \"transfer\" goes with `recipient_relation` and `reported_event`, and they with it", e.forms) });
                        }
                        lex.verbs.push(VerbRule {
                            forms: e.forms.iter().map(|f| words_of(f)).collect(),
                            voice,
                            relation,
                            person_relation: e.person_relation,
                            subject_too: e.subject_too,
                            follows_verb: e.follows_verb,
                            event_in_sentence: e.event_in_sentence,
                            reported_event: e.reported_event,
                            recipient_relation: e.recipient_relation,
                        });
                        lex.examples.push(Example { file, text: e.example, expect: e.expect });
                    }
                }
                "facilities.toml" => {
                    let parsed: FacilityFile = parse(file, text)?;
                    if let Some(w) = parsed.venue_body.iter().flat_map(|e| &e.words).find(|w| !lex.org_heads.contains_key(&w.to_lowercase())) {
                        return Err(LexiconError { file: file.into(), message: format!("venue_body {w:?} heads no body's name in organizations.toml") });
                    }
                    extend_words(&mut lex.opened_facilities, &mut lex.examples, file, parsed.opened);
                    extend_words(&mut lex.venue_bodies, &mut lex.examples, file, parsed.venue_body);
                }
                "nouns.toml" => {
                    let parsed: NounFile = parse(file, text)?;
                    extend_words(&mut lex.delegate_nouns, &mut lex.examples, file, parsed.delegate);
                    extend_words(&mut lex.attendee_nouns, &mut lex.examples, file, parsed.attendee);
                    extend_words(&mut lex.currency_words, &mut lex.examples, file, parsed.currency);
                    extend_words(&mut lex.place_plurals, &mut lex.examples, file, parsed.place_plural);
                    extend_words(&mut lex.municipal_words, &mut lex.examples, file, parsed.municipal);
                    extend_words(&mut lex.place_class_nouns, &mut lex.examples, file, parsed.place_class);
                    extend_words(&mut lex.org_class_nouns, &mut lex.examples, file, parsed.org_class);
                    extend_words(&mut lex.place_of_nouns, &mut lex.examples, file, parsed.place_of);
                    extend_words(&mut lex.place_part_nouns, &mut lex.examples, file, parsed.place_part);
                    extend_words(&mut lex.body_part_nouns, &mut lex.examples, file, parsed.body_part);
                    extend_words(&mut lex.body_part_of_nouns, &mut lex.examples, file, parsed.body_part_of);
                    extend_words(&mut lex.languages, &mut lex.examples, file, parsed.language);
                    extend_words(&mut lex.not_acronyms, &mut lex.examples, file, parsed.not_acronym);
                    extend_words(&mut lex.vessel_prefixes, &mut lex.examples, file, parsed.vessel_prefix);
                    extend_words(&mut lex.post_nominals, &mut lex.examples, file, parsed.post_nominal);
                    extend_words(&mut lex.unit_kinds, &mut lex.examples, file, parsed.unit_kind);
                    extend_words(&mut lex.sports, &mut lex.examples, file, parsed.sport);
                }
                "roles.toml" => {
                    let parsed: RoleFile = parse(file, text)?;
                    extend_phrases(&mut lex.heading_verbs, &mut lex.examples, file, parsed.heading);
                    extend_phrases(&mut lex.working_phrases, &mut lex.examples, file, parsed.working);
                    extend_words(&mut lex.headed_by_participles, &mut lex.examples, file, parsed.headed_by);
                    extend_words(&mut lex.appointing_lemmas, &mut lex.examples, file, parsed.appointing_lemma);
                    extend_words(&mut lex.appointing_forms, &mut lex.examples, file, parsed.appointing_form);
                    extend_words(&mut lex.appointment_nouns, &mut lex.examples, file, parsed.appointment_noun);
                    extend_words(&mut lex.serving_lemmas, &mut lex.examples, file, parsed.serving_lemma);
                    extend_words(&mut lex.seat_words, &mut lex.examples, file, parsed.seat);
                    extend_words(&mut lex.seat_nouns, &mut lex.examples, file, parsed.seat_noun);
                }
                _ => {
                    let parsed: VerbFile = parse(file, text)?;
                    for e in parsed.verb {
                        lex.speech.extend(e.forms.iter().map(|f| words_of(f)));
                        lex.examples.push(Example { file, text: e.example, expect: e.expect });
                    }
                }
            }
        }
        // Longest forms first, so "took part in" wins over shorter overlapping forms.
        lex.speech.sort_by_key(|f| std::cmp::Reverse(f.len()));
        Ok(lex)
    }

    pub fn is_common(&self, word: &str) -> bool {
        self.common_words.contains(&word.to_lowercase())
    }

    /// "University of Assiniboine Press", "Port of Cork Company": in a name's lower-case
    /// words, a body's head word closing a bare "of" phrase (no "the", no other head, "of" or
    /// "and" in it) after a body's or a place's head names a body of its own; its index.
    /// Not after a unit's head: "Law Faculty of Osh State University" is the university's.
    pub fn head_after_bare_of(&self, words: &[&str]) -> Option<usize> {
        let of = words.iter().position(|w| *w == "of").filter(|&o| o > 0)?;
        let tail = words.len() - 1;
        let before = words[of - 1];
        let after_head = self.org_heads.get(before).map_or(self.place_heads.contains_key(before), |h| !h.unit);
        let bare = of + 2 < words.len() && words[of + 1] != "the" && !words[of + 1..tail].iter().any(|w| self.org_heads.contains_key(*w) || matches!(*w, "of" | "and" | "&"));
        (after_head && bare && self.org_heads.contains_key(words[tail])).then_some(tail)
    }

    /// Whether a word, as written, is a company's legal form that ends its name ("Ltd",
    /// "GmbH", "AS").
    pub fn legal_form_after(&self, word: &str) -> bool {
        self.legal_forms_after.contains(&word.to_lowercase()) || self.legal_forms_after_cased.contains(word)
    }

    /// An everyday word or the plural of one ("persons").
    pub fn is_common_or_plural(&self, word: &str) -> bool {
        self.is_common(word) || word.strip_suffix('s').is_some_and(|w| self.is_common(w))
    }

    /// The post a word (lower case, with its UPOS tag) names: a title of the lexicon (not a
    /// mere rank), or, for "a plant physiologist with the Forest Service", an occupation the
    /// lexicon lacks, which says who a person works for but never that they head it.
    /// "vice-president", "deputy-director": a title word with modifiers joined to it by
    /// hyphens.
    pub fn hyphenated_title(&self, lower: &str) -> Option<TitleWord> {
        let (mods, last) = lower.rsplit_once('-')?;
        (!mods.is_empty() && mods.split('-').all(|m| self.title_modifiers.contains(m))).then(|| self.titles.get(last).copied()).flatten()
    }

    pub fn post(&self, lower: &str, upos: &str) -> Option<TitleWord> {
        match self.titles.get(lower) {
            Some(title) if title.rank && !title.lower_case_post => None,
            Some(title) => Some(*title),
            None if upos == "NOUN" && occupational(lower) => Some(TitleWord { head: false, rank: false, honorific: false, lower_case_post: false, occupation: true }),
            None => None,
        }
    }
}

/// Nouns for what people do, by their agent endings ("physiologist", "anchorman",
/// "consultant", "fellow"), less those for people who merely deal with an organization.
fn occupational(word: &str) -> bool {
    const NOT_STAFF: &[&str] = &[
        "customer", "supporter", "follower", "admirer", "user", "reader", "viewer", "listener", "passenger", "voter",
        "shareholder", "stockholder", "holder", "consumer", "buyer", "subscriber", "daughter", "mother", "father", "brother",
        "sister", "founder", "critic", "opponent", "rival", "victim", "survivor", "prisoner", "petitioner", "plaintiff", "descendant",
        "inhabitant", "immigrant", "applicant", "claimant", "defendant", "tenant", "lover",
        // Who wins, enters or watches a contest holds no post in whoever runs it.
        "winner", "loser", "entrant", "participant", "contestant", "competitor", "finalist", "visitor", "spectator",
    ];
    let singular = word.strip_suffix('s').filter(|w| w.ends_with("er") || w.ends_with("or") || w.ends_with("ist") || w.ends_with("ian") || w.ends_with("ant")).unwrap_or(word);
    let agent = ["ist", "ian", "man", "woman", "or", "er", "ant"].iter().any(|e| singular.ends_with(e)) || matches!(singular, "fellow" | "agent" | "candidate" | "official" | "employee" | "staffer");
    agent && singular.len() > 4 && !NOT_STAFF.contains(&singular)
}

#[cfg(test)]
mod tests {
    #[test]
    fn agent_nouns_are_posts_unless_they_name_no_staff() {
        for w in ["physiologist", "anchorman", "consultant", "fellow", "publisher"] {
            assert!(super::occupational(w), "{w}");
        }
        for w in ["shareholder", "customer", "winner", "finalist", "contestant", "visitor"] {
            assert!(!super::occupational(w), "{w}");
        }
    }

    #[test]
    fn bundled_lexicons_parse() {
        let lex = super::Lexicon::load().unwrap();
        assert!(lex.org_heads.contains_key("ministry"));
        assert!(lex.titles["head"].head);
        assert!(lex.common_words.contains("during"));
    }

    /// A title abbreviated with a full stop ("Cllr.") must not end the sentence it opens a
    /// name in, or the post and the name fall apart.
    #[test]
    fn abbreviated_titles_keep_their_full_stop() {
        let lex = super::Lexicon::load().unwrap();
        for title in lex.titles.keys().filter(|t| t.ends_with('.') && !t.contains(' ')) {
            let text = format!("The fair was opened by {} Anna Berg on Friday.", title[..1].to_uppercase() + &title[1..]);
            let (_, sentences) = crate::text::segment::segment(&text);
            assert_eq!(sentences.len(), 1, "{title:?} ends the sentence in {text:?}");
        }
    }

    #[test]
    fn errors_name_file_and_line() {
        let err = super::parse::<super::HeadFile>("x.toml", "[[head]]\nwords = 3\n").err().unwrap();
        assert!(err.to_string().starts_with("reading data/lexicon/x.toml: line 2"), "{err}");
    }
}
