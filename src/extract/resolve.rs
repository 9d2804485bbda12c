//! Within-document entity resolution: one entity per real-world thing, whatever form the
//! text uses for it — acronym and long form ("OSCE"), surname alone ("Szabó"), a shorter
//! name at an "of"/"in" boundary ("Ministry of Internal Affairs"), the same Wikidata id,
//! "the Office", "he", "the event".

use super::lexicon::Lexicon;
use super::mentions::{is_provisional, Analysis, MentionKind};
use super::{Entity, EntityType};
use crate::link::gazetteer::normalize_name;

/// Initials of the significant words: "Organization for Security and Co-operation in
/// Europe" → "OSCE" (hyphenated parts count: "Co-operation" gives C). A legal form before a
/// company's name is no part of them ("PT Nusantara Surya Energi" → "NSE").
/// Small words of other languages inside names that an acronym skips ("Transportes por
/// Cable Illimani", TCI).
pub(crate) const FOREIGN_SMALL_WORDS: &[&str] = &["por", "para", "y", "e", "del", "et", "des", "du"];

pub fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace())
        .enumerate()
        .filter(|(i, w)| !(*i == 0 && super::lexicon::Lexicon::bundled().legal_forms_before.contains(*w)))
        .map(|(_, w)| w)
        .filter(|w| !matches!(w.to_lowercase().as_str(), "of" | "for" | "and" | "the" | "in" | "on" | "&" | "de") && !FOREIGN_SMALL_WORDS.contains(&w.to_lowercase().as_str()))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_alphabetic())
        .flat_map(|c| c.to_uppercase())
        .collect()
}

fn is_acronym(s: &str) -> bool {
    s.chars().count() >= 2 && s.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// "Ministry of Internal Affairs" is the start of "Ministry of Internal Affairs of the
/// Republic of Kazakhstan", cut where a new phrase begins.
fn prefix_at_boundary(short: &str, long: &str) -> bool {
    let (s, l) = (short.to_lowercase(), long.to_lowercase());
    l.len() > s.len()
        && l.starts_with(&s)
        && [" of ", " in ", " for ", " at ", ", "].iter().any(|b| l[s.len()..].starts_with(b))
}

/// Houses of worship, whose names a choir, a school or a trust of theirs may begin with.
pub(crate) const WORSHIP_HOUSES: &[&str] = &["cathedral", "church", "chapel", "minster", "abbey", "basilica", "mosque", "temple", "synagogue", "monastery", "priory"];

/// "Blue Rooster" for "Blue Rooster Puppet Theatre", "Qasr Al Funun" for "Qasr Al Funun
/// National Gallery": the first two or more words of a body's name (one, for a company's),
/// capitalised, with at most three capitalised words after them that the short form leaves
/// out.
pub(crate) fn short_form(short: &str, long: &str, lex: &Lexicon) -> bool {
    short_form_of(short, long, lex, false)
}

/// [`short_form`], where a one-word short form may also stand for a body other than a
/// company: for a name already read as a body's, after the full name ("Vijak's president"
/// after "Vijak Makerspace"), not for one that might be a person's surname ("Walker" beside
/// "Walker Road Academy"), a body named before the longer one ("Drewnex" opening its "Drewnex
/// Carpentry Academy") or an acronym ("OSCE" and its "OSCE Parliamentary Assembly").
fn short_form_of(short: &str, long: &str, lex: &Lexicon, any_body: bool) -> bool {
    let s: Vec<&str> = short.split_whitespace().collect();
    let l: Vec<&str> = long.split_whitespace().collect();
    // ("Zarafshan's chief executive" for "Zarafshan Textile Group": one word, for a company
    // the report has called a body, not a place.)
    // (With `any_body`, any body's head but a unit's, whose first word is its parent's
    // name: "Tarvo Department".)
    let company = || l.last().is_some_and(|w| lex.org_heads.get(w.to_lowercase().as_str()).is_some_and(|h| h.class == "Company" || (any_body && !h.unit && s[0].chars().any(char::is_lowercase))));
    (s.len() >= 2 || (s.len() == 1 && s[0].chars().count() >= 4 && company()))
        && l.len() > s.len()
        && l.len() <= s.len() + 3
        && s.iter().zip(&l).all(|(a, b)| normalize_name(a) == normalize_name(b))
        && s.iter().all(|w| w.starts_with(char::is_uppercase))
        && l[s.len()..].iter().all(|w| w.starts_with(char::is_uppercase))
        // ("National Bank" is no short form of "National Bank Kenya".)
        && !matches!(s[0].to_lowercase().as_str(), "national" | "state" | "central" | "federal" | "regional" | "international" | "university" | "ministry" | "department" | "city" | "royal" | "general")
        // A short form that already ends in a body's head word names that body, and the
        // longer name one of its parts: "Kingsmere University Students' Union", "Coast
        // Guard Station Eastport".
        && !{
            let last = s[s.len() - 1].to_lowercase();
            let bare = last.trim_end_matches(['\'', '’']);
            // ("St Barnabas Cathedral" and its "St Barnabas Cathedral Choir": a building's
            // name, and a body that belongs to it.)
            lex.org_heads.contains_key(bare) || lex.org_heads.contains_key(bare.trim_end_matches('s')) || lex.place_heads.contains_key(bare) || WORSHIP_HOUSES.contains(&bare)
        }
}

/// "Fiordo Azul" for "Transportes Marítimos Fiordo Azul": the last two or more words of a
/// body's name of four or more, capitalised, where they end in no head word of a body or a
/// place ("Rowing Club" would fit any rowing club).
pub(crate) fn trailing_short_form(short: &str, long: &str, lex: &Lexicon) -> bool {
    let s: Vec<&str> = short.split_whitespace().collect();
    let l: Vec<&str> = long.split_whitespace().collect();
    // ("Qori Warmi" for "Financiera Qori Warmi": all but a head word that opens the name.)
    let opened = l.len() == 3 && s.len() == 2 && lex.org_name_openers.contains(&l[0].to_lowercase());
    s.len() >= 2
        && (l.len() >= 4 || opened)
        && l.len() > s.len()
        && s.iter().rev().zip(l.iter().rev()).all(|(a, b)| normalize_name(a) == normalize_name(b))
        && l.iter().all(|w| w.starts_with(char::is_uppercase))
        && !{
            let last = s[s.len() - 1].to_lowercase();
            lex.org_heads.contains_key(last.as_str()) || lex.place_heads.contains_key(last.as_str())
        }
}

/// "the Shigaraki cooperative" for "Shigaraki Kiln Cooperative": a body's first words, then
/// its head word in lower case.
fn head_word_short_form(short: &str, long: &str) -> bool {
    let s: Vec<&str> = short.split_whitespace().collect();
    let l: Vec<&str> = long.split_whitespace().collect();
    let n = s.len();
    n >= 2
        && l.len() > n
        && s[n - 1].starts_with(char::is_lowercase)
        && s[..n - 1].iter().zip(&l).all(|(a, b)| normalize_name(a) == normalize_name(b))
        && normalize_name(s[n - 1]) == normalize_name(l[l.len() - 1])
}

/// "KMFRI Kisumu Centre" for "Kisumu Centre of the Kenya Marine and Fisheries Research
/// Institute": a unit named after its parent (or the parent's acronym) and the same unit
/// named with "of" the parent.
fn unit_after_parent(short: &str, long: &str) -> bool {
    let Some((unit, parent)) = long.split_once(" of the ").or_else(|| long.split_once(" of ")) else { return false };
    if unit.split_whitespace().count() < 2 || !unit.starts_with(char::is_uppercase) {
        return false;
    }
    let Some(before) = short.strip_suffix(unit).and_then(|b| b.strip_suffix(' ')) else { return false };
    !before.is_empty() && (same_name(before, parent) || (is_acronym(before) && initials(parent) == before))
}

/// The headline's event whose name holds `head` as whole words (a head of two words too,
/// "field day").
fn headline_event_with_head(head: &str, headline_events: &[usize], entities: &[Entity]) -> Option<usize> {
    headline_events.iter().copied().find(|&i| forms(&entities[i]).any(|f| format!(" {} ", f.to_lowercase()).contains(&format!(" {head} "))))
        .or_else(|| {
            // ("Tiny trees draw crowds to society's spring show" then "the society's annual
            // spring exhibition" in the lead: another word for the same kind of gathering.)
            let group = KIN_HEADS.iter().find(|g| g.contains(&head))?;
            let [only] = headline_events else { return None };
            forms(&entities[*only]).any(|f| f.to_lowercase().rsplit(' ').next().is_some_and(|w| w != head && group.contains(&w))).then_some(*only)
        })
}

/// Head words that name the same kind of gathering, one report using one in its headline and
/// another in its lead.
const KIN_HEADS: &[&[&str]] = &[
    &["show", "exhibition", "expo", "exhibit"],
    &["conference", "congress", "summit", "convention"],
    &["festival", "fiesta", "carnival"],
    &["race", "run", "marathon"],
    &["championship", "championships", "tournament", "competition", "contest", "cup"],
];

/// "Kazinform International News Agency" → "Kazinform": the name without the trailing
/// words that only say what kind of body it is. Unchanged when nothing would be left.
fn strip_descriptors(name: &str) -> String {
    const DESCRIPTORS: &[&str] = &["international", "national", "news", "information", "agency", "press", "fund", "foundation", "group", "company", "corporation", "inc", "ltd", "limited", "service", "llc", "jsc", "plc", "llp", "gmbh", "ag", "co", "corp"];
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut end = words.len();
    while end > 1 && DESCRIPTORS.contains(&words[end - 1].to_lowercase().trim_end_matches('.')) {
        end -= 1;
    }
    // ("University of Assiniboine Press" is no other name of the University of Assiniboine:
    // what is left names a body by its own head word before "of".)
    if end == words.len() || words[..end].iter().any(|w| w.eq_ignore_ascii_case("of")) {
        return String::new();
    }
    words[..end].join(" ")
}

/// "Nangarhar province" → "Nangarhar"; empty when there is no such word to drop.
fn strip_place_word(name: &str) -> String {
    const WORDS: &[&str] = &["province", "region", "oblast", "district", "city", "county", "governorate", "prefecture"];
    match name.rsplit_once(' ') {
        Some((rest, last)) if WORDS.contains(&last.to_lowercase().as_str()) => rest.to_string(),
        _ => String::new(),
    }
}

fn forms(e: &Entity) -> impl Iterator<Item = &String> {
    std::iter::once(&e.label).chain(e.alt_labels.iter())
}

fn same_name(a: &str, b: &str) -> bool {
    normalize_name(a) == normalize_name(b)
}

/// Does `name` (of a mention of `kind`) refer to entity `e`?
fn matches(e: &Entity, kind: EntityType, name: &str, qid: Option<&str>, lex: &Lexicon) -> bool {
    if e.kind != kind {
        return false;
    }
    if let (Some(q), Some(eq)) = (qid, e.wikidata.as_deref()) {
        return q == eq;
    }
    if forms(e).any(|f| same_name(f, name)) {
        return true;
    }
    match kind {
        EntityType::Person => {
            let words: Vec<String> = name.split_whitespace().map(normalize_name).collect();
            forms(e).any(|f| {
                let fw: Vec<String> = f.split_whitespace().map(normalize_name).collect();
                // "Moreno Aguirre" after "Isabel Moreno Aguirre": a two-part surname alone.
                let surname_of = |short: &[String], long: &[String]| short.len() >= 2 && long.len() > short.len() && long.ends_with(short);
                // ("Dudu Mkhize" after "Themba Mkhize" and "Mkhize": a surname met as another
                // form of a full name does not take in a second full name.)
                // ("Dr. O'Sullivan" is still the surname alone.)
                let honorific = |w: &String| lex.titles.get(w.as_str()).is_some_and(|t| t.honorific);
                let surname_only = fw.len() == 1 && (*f == e.label || words.iter().filter(|w| !honorific(w)).count() == 1);
                (words.len() == 1 && fw.contains(&words[0])) || (surname_only && words.contains(&fw[0])) || surname_of(&words, &fw) || surname_of(&fw, &words)
            })
        }
        EntityType::Organization | EntityType::Place => forms(e).any(|f| {
            (kind == EntityType::Organization && (same_name(&strip_descriptors(f), name) || same_name(&strip_descriptors(name), f)))
                || (kind == EntityType::Place && (same_name(&strip_place_word(f), name) || same_name(&strip_place_word(name), f)))
                || prefix_at_boundary(name, f)
                || prefix_at_boundary(f, name)
                // (Against the label only, so that a short form two bodies share joins neither
                // to the other: "Meridian Palm Holdings" and "Meridian Palm Plantations".)
                || (kind == EntityType::Organization && *f == e.label && (short_form_of(name, f, lex, true) || short_form(f, name, lex) || trailing_short_form(name, f, lex) || trailing_short_form(f, name, lex)))
                || (kind == EntityType::Organization && (head_word_short_form(name, f) || head_word_short_form(f, name)))
                || (kind == EntityType::Organization && (unit_after_parent(name, f) || unit_after_parent(f, name)))
                || (is_acronym(name) && initials(f) == name && f.split_whitespace().count() >= 2)
                || (is_acronym(f) && initials(name) == *f && name.split_whitespace().count() >= 2)
        }),
        // "Okanagan Lake Half Marathon" in the headline, "the 12th Okanagan Lake Half
        // Marathon" in the lead: an edition number or year does not make another event
        // (but "the 2020 Games" and "the 2024 Games" are two).
        // "Black Sea Cup" in a headline, "the third Black Sea U20 Rugby Cup" in the lead: a
        // shorter name of the same head whose words all stand in order in the longer one.
        EntityType::Event => forms(e).any(|f| {
            let (a, b) = (strip_edition(f), strip_edition(name));
            !a.is_empty() && ((same_name(&a, name) && same_name(&b, name)) || (same_name(&b, f) && same_name(&a, f)) || shortened(&a, &b) || shortened(&b, &a))
        }),
    }
}

/// Whether event name `short` is `long` with words left out: two words at least, the same
/// last word, every word of it in `long` in the same order, and capitalised (a name, not a
/// description such as "the final").
fn shortened(short: &str, long: &str) -> bool {
    let s: Vec<String> = short.split_whitespace().map(normalize_name).collect();
    let l: Vec<String> = long.split_whitespace().map(normalize_name).collect();
    if s.len() < 2 || s.len() >= l.len() || s.last() != l.last() || !short.split_whitespace().all(|w| w.starts_with(char::is_uppercase)) {
        return false;
    }
    let mut rest = l.iter();
    s.iter().all(|w| rest.any(|x| x == w))
}

/// An event's name without a leading article, edition ("12th", "second", "annual") or year.
fn strip_edition(name: &str) -> String {
    const EDITIONS: &[&str] = &["the", "annual", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
    let words: Vec<&str> = name.split_whitespace().collect();
    let edition = |w: &str| {
        let w = w.to_lowercase();
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        EDITIONS.contains(&w.as_str())
            || (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) && (["st", "nd", "rd", "th"].contains(&&w[digits.len()..]) || (w.len() == 4 && digits.len() == 4)))
    };
    let start = words.iter().take_while(|w| edition(w)).count();
    words[start..].join(" ")
}

/// Makes `name` the label of `e`, keeping the label it had as another form.
fn make_label(e: &mut Entity, name: &str) {
    let old = std::mem::replace(&mut e.label, name.to_string());
    e.alt_labels.retain(|f| f != name);
    e.alt_labels.push(old);
}

fn add_form(e: &mut Entity, form: &str) {
    if forms(e).any(|f| f == form) {
        return;
    }
    // The fullest form is the label: more words wins, then mixed case over ALL CAPS.
    let better = |a: &str, b: &str| {
        let caps = |s: &str| s.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase());
        (a.split_whitespace().count(), !caps(a), a.len()) > (b.split_whitespace().count(), !caps(b), b.len())
    };
    if better(form, &e.label) {
        let old = std::mem::replace(&mut e.label, form.to_string());
        e.alt_labels.push(old);
    } else {
        e.alt_labels.push(form.to_string());
    }
}

/// Words that make a session one part of the event a report is about ("Speaking at the
/// closing session", "the practical sessions"); "a regular session" of a council or "a
/// follow-up session" is an event of its own.
const PART_OF_EVENT_MODIFIERS: &[&str] = &[
    "opening", "closing", "concluding", "final", "plenary", "practical", "theoretical", "interactive",
    "morning", "afternoon", "evening", "first", "second", "third", "last", "inaugural", "introductory",
];

/// The report's main event, when a session phrase names only a part of it: the first
/// training or conference introduced, since a report introduces its main event first.
fn part_of_main_event(head: &str, modifiers: &[String], of_follows: bool, entities: &[Entity]) -> Option<usize> {
    // "the sessions on milking": a topic after "on" leaves it a part.
    let before_topic = modifiers.iter().take_while(|m| *m != "on");
    // "a panel discussion on financing" at a forum is a part of it, as a session is; so is
    // "the opening" of a forum or course named before (an opening with a name of its own,
    // "the opening of the library", is an event).
    let panel = matches!(head, "discussion" | "discussions") && before_topic.clone().any(|m| m == "panel");
    // ("The official opening of the hospital's new laboratory" opens something of its own, and
    // "the opening" after such an opening is that one.)
    let opening = head == "opening"
        && modifiers.iter().all(|m| m == "official")
        && !of_follows
        && !entities.iter().any(|e| e.kind == EntityType::Event && forms(e).any(|f| f.to_lowercase().split_whitespace().any(|w| w == "opening")));
    if !(head == "session" || panel || opening) || !before_topic.clone().all(|m| m == "sessions" || m == "panel" || PART_OF_EVENT_MODIFIERS.contains(&m.as_str())) {
        return None;
    }
    entities.iter().position(|e| {
        e.kind == EntityType::Event && matches!(e.class.as_str(), "Training" | "Conference" | "Ceremony") && !forms(e).any(|f| f.to_lowercase().split_whitespace().any(|w| w == "session" || w == "sessions"))
    })
}

/// The one event so far that `pred` holds of, if there is exactly one.
fn sole_event(entities: &[Entity], pred: impl Fn(&Entity) -> bool) -> Option<usize> {
    let mut found = entities.iter().enumerate().filter(|(_, e)| e.kind == EntityType::Event && pred(e));
    match (found.next(), found.next()) {
        (Some((i, _)), None) => Some(i),
        _ => None,
    }
}

/// Whether an event is the final of some contest, named in lower case ("Saturday's final",
/// "the men's final"): one match of the tournament reported, never what "the competition"
/// or "the event" stands for.
pub(crate) fn is_match_final(e: &Entity) -> bool {
    e.label.starts_with(|c: char| !c.is_uppercase()) && e.label.rsplit(' ').next().is_some_and(|w| matches!(w, "final" | "finals"))
}

/// Whether the words from token `t` are "of" and an event ("of the conference", "of
/// “Technical Co-operation …”").
fn opening_of_event(a: &Analysis, t: usize) -> bool {
    if a.lower.get(t).is_none_or(|w| w != "of") {
        return false;
    }
    let mut k = t + 1;
    if a.lower.get(k).is_some_and(|w| w == "the") {
        k += 1;
    }
    // A title in quotation marks is the event's name.
    if a.quote_marks.get(k) == Some(&Some(true)) {
        return true;
    }
    a.mentions.iter().any(|m| m.tokens.start == k && matches!(m.kind, MentionKind::Event { .. } | MentionKind::Name { kind: EntityType::Event, .. }))
}

/// Whether `long` is `short` (three capitalised words or more, none in lower case) with one
/// more capitalised word before it: "Kiyora Kobe Research Centre" of "Kobe Research Centre";
/// not "Customs Department of the Ministry of Finance" of "Ministry of Finance".
fn owner_word_more(long: &str, short: &str) -> bool {
    let capitalised = |s: &str| s.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase()));
    let Some((first, rest)) = long.split_once(' ') else { return false };
    (rest == short && short.split_whitespace().count() >= 3 && capitalised(short) && capitalised(first)) || middle_word_more(long, short)
}

/// Whether `long` is `short` (three capitalised words or more) with one or two more
/// capitalised words inside it: "Cerro Morado Astronomical Observatory" of a headline's
/// "Cerro Morado Observatory". The first and last words must be the same.
fn middle_word_more(long: &str, short: &str) -> bool {
    let l: Vec<&str> = long.split_whitespace().collect();
    let s: Vec<&str> = short.split_whitespace().collect();
    let capitalised = |w: &[&str]| w.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()));
    if s.len() < 3 || l.len() <= s.len() || l.len() > s.len() + 2 || !capitalised(&l) || l[0] != s[0] || l.last() != s.last() {
        return false;
    }
    let mut rest = l.iter();
    s.iter().all(|w| rest.any(|x| x == w))
}

/// Whether "it" at token `t` stands for a body: the active subject of a verb of organizing ("it will hold a
/// training", "it hosts the fair") or the passive subject of one of leading ("it will be
/// led by its director").
fn stands_for_body(a: &Analysis, t: usize) -> bool {
    let Some(node) = a.tree.nodes.get(t) else { return false };
    // ("It will be led by its director, Dr. X": what a director leads is a body too.)
    let led = node.deprel == "nsubj:pass" && node.head.is_some_and(|v| matches!(a.tree.nodes[v].lemma.as_str(), "lead" | "head" | "direct" | "manage"));
    led || (node.deprel == "nsubj" && node.head.is_some_and(|v| matches!(a.tree.nodes[v].lemma.as_str(), "hold" | "organize" | "organise" | "host" | "convene" | "stage" | "co-organize" | "co-host")))
}

/// Assigns an entity to every name, event and reference mention it can.
pub fn resolve(a: &mut Analysis) -> Vec<Entity> {
    let mut entities: Vec<Entity> = Vec::new();
    let mut last_event: Option<usize> = None;
    // The events named so far (not phrases), in order.
    let mut named_events: Vec<usize> = Vec::new();
    let mut last_person: Option<usize> = None;
    // The body named or referred to last: "it" holding or hosting something stands for it.
    let mut last_body: Option<usize> = None;
    // The body last named as the subject of its sentence's main verb: "The Centre … forms
    // part of the Division. It will be led by …" is the Centre.
    let mut subject_body: Option<usize> = None;
    // The person the latest sentence naming one (outside quotations) is about: the subject of
    // its main verb, else the last person named with a post, else the last person named. A
    // pronoun in a later sentence takes that person, not a name inside what the person said
    // ("X said the Mackenzie Basin was at risk. “…,” she said").
    let mut person_sentence: Option<usize> = None;
    let mut sentence_topic: Option<(usize, u8)> = None;
    // (A name right before a post, "Netball Fiji President X", names the post's body, whatever
    // its type: it is no subject, and the holder after the post is the one named with a post.)
    let titles: Vec<std::ops::Range<usize>> = a.mentions.iter().filter(|m| matches!(m.kind, MentionKind::Title { .. })).map(|m| m.tokens.clone()).collect();
    let topic_rank = |m: &super::mentions::Mention| -> u8 {
        if titles.iter().any(|t| t.start == m.tokens.end) {
            return 0;
        }
        let subject = m.tokens.clone().any(|t| {
            a.tree.nodes.get(t).is_some_and(|n| n.deprel.starts_with("nsubj") && n.head.is_some_and(|h| a.tree.nodes[h].deprel == "root" && !m.tokens.contains(&h)))
        });
        // ("Horvat, who represents …, lost only to Kovač": a name opening its sentence before
        // a comma is its subject, whatever the parser made of the clause between.)
        let opens = m.tokens.start == a.sentences[m.sentence].tokens.start && a.lower.get(m.tokens.end).is_some_and(|w| w == ",");
        let subject = subject || opens;
        if subject {
            2
        } else if titles.iter().any(|t| t.end == m.tokens.start) {
            1
        } else {
            0
        }
    };
    let order = a.order.clone();
    let company_short_names: std::collections::HashSet<String> = a
        .mentions
        .iter()
        .filter(|m| m.is_name(EntityType::Organization))
        .map(|m| strip_descriptors(&a.text[m.span.start..m.span.end]))
        .filter(|s| !s.is_empty())
        .map(|s| normalize_name(&s))
        .collect();
    // A report whose only event phrases are generic ("The event, co-organized by UNICEF, …")
    // introduces its event with one of them.
    // (A match final is a part of the event, not another: "took part in the event" after
    // "won the final" is still the report's one event.)
    let only_generic_events = a.mentions.iter().all(|m| !matches!(&m.kind, MentionKind::Event { generic: false, head, .. } if !matches!(head.as_str(), "final" | "finals")));
    // A headline (a first paragraph of one sentence without a full stop) and the lead, the
    // first paragraph after it long enough to be prose: "X signs solar power agreement"
    // over "X has signed a 15-year power purchase agreement" names one agreement twice.
    let paragraph_of = |m: &super::mentions::Mention| a.sentences[m.sentence].paragraph;
    // (A masthead before it, "Fire and Emergency New Zealand / Media release", is no headline.)
    let masthead = |p: usize| {
        let text: String = a.sentences.iter().filter(|s| s.paragraph == p).map(|s| a.text[s.span.start..s.span.end].to_lowercase()).collect::<Vec<_>>().join(" ");
        ["press release", "media release", "news release", "for immediate release", "press statement"].iter().any(|w| text.contains(w)) && text.split_whitespace().count() <= 12
    };
    let headline_paragraph = (0..3).find(|&p| !masthead(p)).unwrap_or(0);
    let headline = a.sentences.iter().position(|s| s.paragraph == headline_paragraph).filter(|&i| {
        let s = &a.sentences[i];
        a.sentences.get(i + 1).is_some_and(|n| n.paragraph > headline_paragraph) && !a.text[s.span.start..s.span.end].trim_end().ends_with(['.', '!', '?', ':'])
    });
    let lead = headline.and_then(|_| a.sentences.iter().find(|s| s.paragraph > headline_paragraph && s.tokens.len() >= 12).map(|s| s.paragraph));
    let mut headline_events: Vec<usize> = Vec::new();
    // Every event the headline names, never claimed away.
    let mut headline_all: Vec<usize> = Vec::new();
    // Events a verb stated ("opened a centre"), labelled as the report names them later.
    let mut evoked_events: Vec<usize> = Vec::new();
    for &m in &order {
        let mention = a.mentions[m].clone();
        let mut name = a.text[mention.span.start..mention.span.end].to_string();
        if mention.in_dateline && name.chars().filter(|c| c.is_alphabetic()).count() > 4 && !name.chars().any(char::is_lowercase) {
            // Datelines shout: "NUR-SULTAN. KAZINFORM" names Nur-Sultan and Kazinform.
            name = crate::text::titlecase(&name);
        }
        let chosen = match &mention.kind {
            // "the Kazakh minister said", "Sri Lankan refugees": a demonym alone is nobody's
            // name.
            MentionKind::Name { kind: EntityType::Person, .. } if name.split_whitespace().count() <= 3 && a.gaz.demonym_country(&name).is_some() => None,
            MentionKind::Name { kind, class, qid } => {
                // "United Nations High Commissioner for Refugees (UNHCR)": the acronym in
                // brackets names the entity before it.
                // "Cartagena (Colombia)": a country in brackets after a place is where the
                // place lies, not its other name.
                // A short name quoted in brackets, too: 'Kalinaw Renewables Corp. ("Kalinaw")'.
                let quote = |t: usize| a.word(t).starts_with(crate::text::is_quote);
                let open = if mention.tokens.start >= 3 && quote(mention.tokens.start - 1) { mention.tokens.start - 2 } else { mention.tokens.start.saturating_sub(1) };
                let close = if mention.tokens.end + 1 < a.tokens.len() && quote(mention.tokens.end) { mention.tokens.end + 1 } else { mention.tokens.end };
                let quoted = open + 1 != mention.tokens.start;
                // ('("Andina Sur" or the "Company")': a quoted short name may be one of several.)
                let bracketed = open >= 1
                    && a.word(open) == "("
                    && close < a.tokens.len()
                    && (a.word(close) == ")" || (quoted && a.word(close) == "or"))
                    && quoted == (close != mention.tokens.end)
                    && !(*kind == EntityType::Place && class == "Country");
                // 'Andina Sur Copper Corp. (TSX-V: ASC) ("Andina Sur")': past a ticker's bracket.
                let ticker_open = (open >= 2 && a.word(open - 1) == ")")
                    .then(|| (open.saturating_sub(8)..open - 1).rev().find(|&k| a.word(k) == "("))
                    .flatten()
                    .filter(|&k| (k..open - 1).any(|t| a.word(t) == ":"));
                // ("12th Festival de Cine de Valparaíso (FECIVA)": an acronym, whatever type
                // it was given, names the event before it.)
                let acronym = mention.tokens.len() == 1 && a.word(mention.tokens.start).chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
                // ("the 12th Annual Congress of the Ashanti Midwives' Association (AMA)": of
                // two names ending there, the one the acronym abbreviates.)
                let before = if bracketed {
                    let candidates: Vec<&super::mentions::Mention> = order
                        .iter()
                        .map(|&o| &a.mentions[o])
                        .filter(|o| (o.tokens.end == open || Some(o.tokens.end) == ticker_open) && (o.entity_type() == Some(*kind) || (acronym && o.entity_type() == Some(EntityType::Event) && matches!(o.kind, MentionKind::Name { .. }))))
                        .collect();
                    let abbreviated = acronym.then(|| candidates.iter().find(|o| o.entity.is_some() && initials(a.slice(&o.tokens)) == name)).flatten();
                    abbreviated
                        .or(candidates.first())
                        .and_then(|o| o.entity)
                } else {
                    None
                };
                // "Khazar Solar" and "Khazar Solar LLC": the company's short name, whatever
                // type the recognizer guessed for it.
                let short_of_company = *kind == EntityType::Person && qid.is_none() && company_short_names.contains(&normalize_name(&name));
                // '"…," Medina said' after "ITD rector Jorge Medina": a surname the gazetteer
                // also knows as a town, next to a verb of speech, is the person's.
                let surname_speaking = *kind == EntityType::Place
                    && !name.contains(' ')
                    && (a.speech_form_at(mention.tokens.end).is_some() || (mention.tokens.start > 0 && a.speech_form_at(mention.tokens.start - 1).is_some()))
                    && entities.iter().any(|e| e.kind == EntityType::Person && e.label.split_whitespace().count() >= 2 && e.label.split_whitespace().last().is_some_and(|w| same_name(w, &name)));
                // "Caspian Mobile acted as title sponsor": places sponsor nothing, so a name
                // only the recognizer took for one is a body.
                let sponsoring = *kind == EntityType::Place && qid.is_none() && is_provisional(class) && a.sponsor_form_at(mention.tokens.end);
                let retyped = if surname_speaking { Some(EntityType::Person) } else if short_of_company || sponsoring { Some(EntityType::Organization) } else { None };
                let qid = &if surname_speaking { None } else { qid.clone() };
                let kind = &retyped.unwrap_or(*kind);
                // (The recognizer's class goes with its guess.)
                let class = &retyped.map_or_else(|| class.clone(), |k| k.class_name().to_string());
                // "Large-scale wildfire exercise tests agencies" over a lead naming "Exercise
                // Southern Ember": the lead's event name is the headline's event when they share
                // its head word.
                let headline_event = || {
                    (*kind == EntityType::Event && lead == Some(paragraph_of(&mention)))
                        .then(|| {
                            let words: Vec<String> = name.to_lowercase().split_whitespace().map(str::to_string).collect();
                            headline_events.iter().copied().find(|&i| forms(&entities[i]).any(|f| f.to_lowercase().split_whitespace().any(|w| a.lex.event_heads.contains_key(w) && words.iter().any(|x| x == w))))
                        })
                        .flatten()
                };
                // "The exercise, Fundy Guardian 2022, was organized by": the name in
                // apposition to an event phrase names that event.
                // ("The operation, code-named “Safe Corridor”,": after a word that gives a
                // name, too.)
                // ("HHCT's next fundraiser, the annual Hope Harbour Family Fun Run, will take
                // place": past "the" and words of edition in lower case, when a comma closes
                // the apposition.)
                let named_event = || {
                    let mut s = a.name_given_at(mention.tokens.start);
                    let edition = |k: usize| matches!(a.lower[k].as_str(), "annual" | "next" | "first" | "second" | "third" | "inaugural" | "biennial" | "traditional" | "yearly") || super::mentions::numeric_ordinal(&a.lower[k]);
                    let closed = a.tokens.get(mention.tokens.end).is_some_and(|_| a.word(mention.tokens.end) == ",");
                    if closed && s >= 3 {
                        let mut k = s;
                        while k > 0 && edition(k - 1) {
                            k -= 1;
                        }
                        if k >= 2 && a.lower[k - 1] == "the" && a.word(k - 2) == "," {
                            s = k - 1;
                        }
                    }
                    (*kind == EntityType::Event && s >= 2 && a.word(s - 1) == ",")
                        .then(|| order.iter().map(|&o| &a.mentions[o]).find(|o| o.tokens.end == s - 1 && matches!(o.kind, MentionKind::Event { .. })).and_then(|o| o.entity))
                        .flatten()
                };
                // "Kobe Research Centre" (a headline's) and "Kiyora Kobe Research Centre": a
                // body's name of three words or more is the same body's under its owner's name.
                let owner_prefixed = || {
                    (*kind == EntityType::Organization && name.split_whitespace().count() >= 3)
                        .then(|| {
                            entities.iter().position(|e| {
                                e.kind == EntityType::Organization
                                    && forms(e).any(|f| owner_word_more(f, &name) || owner_word_more(&name, f))
                            })
                        })
                        .flatten()
                };
                // "… at the close of a three-day regional forum in the capital. The Kalahari
                // Regional Climate Outlook Forum, hosted by …": a name opening the sentence
                // after an indefinite phrase of its head word, whose words it holds, names
                // that event.
                let introduced_by_phrase = || {
                    if *kind != EntityType::Event {
                        return None;
                    }
                    let si = mention.sentence;
                    let sent_start = a.sentences[si].tokens.start;
                    let opens = mention.tokens.start == sent_start || (mention.tokens.start == sent_start + 1 && a.lower[sent_start] == "the");
                    if !opens || si == 0 {
                        return None;
                    }
                    let words: Vec<String> = name.to_lowercase().split_whitespace().map(str::to_string).collect();
                    let head = words.iter().position(|w| w == "of").unwrap_or(words.len()).checked_sub(1).map(|h| words[h].clone())?;
                    order.iter().map(|&o| &a.mentions[o]).filter(|o| o.sentence == si - 1 && !o.in_quote).find_map(|o| {
                        let MentionKind::Event { head: h, generic: false, definite: false, .. } = &o.kind else { return None };
                        if *h != head {
                            return None;
                        }
                        let phrase: Vec<String> = o.tokens.clone().map(|t| a.lower[t].clone()).collect();
                        let held = phrase.iter().filter(|w| !matches!(w.as_str(), "a" | "an") && !w.contains('-') && !w.starts_with(|c: char| c.is_ascii_digit()) && **w != head).all(|w| words.contains(w));
                        held.then_some(o.entity).flatten()
                    })
                };
                // "FECIVA" again after "… (FECIVA)" made it the event's acronym.
                let event_acronym = || acronym.then(|| entities.iter().position(|e| e.kind == EntityType::Event && e.alt_labels.iter().any(|f| f == &name))).flatten();
                let existing = before
                    .or_else(named_event)
                    .or_else(event_acronym)
                    // ("AQABA" in the dateline and "Aqaba Governorate": a city and the
                    // region named after it are two places.)
                    .or_else(|| {
                        let city_and_region = |e: &Entity| *kind == EntityType::Place && ((e.class == "City" && class == "Region") || (e.class == "Region" && class == "City")) && !forms(e).any(|f| same_name(f, &name));
                        entities.iter().position(|e| matches(e, *kind, &name, qid.as_deref(), a.lex) && !city_and_region(e))
                    })
                    .or_else(headline_event)
                    .or_else(owner_prefixed);
                let by_phrase = if existing.is_none() { introduced_by_phrase() } else { None };
                if let Some(i) = by_phrase {
                    // (The name is the label; the phrase that introduced it an alternative.)
                    if !forms(&entities[i]).any(|f| f == &name) {
                        make_label(&mut entities[i], &name);
                        entities[i].class = class.clone();
                    }
                }
                let existing = existing.or(by_phrase);
                let idx = match existing {
                    Some(i) => {
                        add_form(&mut entities[i], &name);
                        // (The longer name, with its owner's, is the label.)
                        if *kind == EntityType::Organization && owner_word_more(&name, &entities[i].label) {
                            make_label(&mut entities[i], &name);
                        }
                        let vague = entities[i].class == entities[i].kind.class_name() || super::mentions::is_provisional(&entities[i].class);
                        if vague && !super::mentions::is_provisional(class) && entities[i].kind == *kind {
                            entities[i].class = class.clone();
                        }
                        if entities[i].wikidata.is_none() {
                            entities[i].wikidata = qid.clone();
                        }
                        i
                    }
                    None => {
                        entities.push(Entity {
                            kind: *kind,
                            class: class.clone(),
                            label: name.clone(),
                            alt_labels: Vec::new(),
                            wikidata: qid.clone(),
                            link_score: None,
                            mentions: Vec::new(),
                        });
                        entities.len() - 1
                    }
                };
                match kind {
                    EntityType::Person => {
                        last_person = Some(idx);
                        if !mention.in_quote {
                            let rank = topic_rank(&mention);
                            if person_sentence != Some(mention.sentence) || sentence_topic.is_some_and(|(_, r)| rank >= r) {
                                sentence_topic = Some((idx, rank));
                            }
                            person_sentence = Some(mention.sentence);
                        }
                    }
                    EntityType::Event => {
                        last_event = Some(idx);
                        if !named_events.contains(&idx) {
                            named_events.push(idx);
                        }
                        // (A named event of the headline is one the report goes on about.)
                        if headline.is_some() && paragraph_of(&mention) == headline_paragraph && !headline_events.contains(&idx) {
                            headline_events.push(idx);
                            headline_all.push(idx);
                        }
                    }
                    _ => {}
                }
                Some(idx)
            }
            MentionKind::Event { head, class, generic, definite, evoked } => {
                if let Some(label) = evoked {
                    name = label.clone();
                }
                // "the opening of “Technical Co-operation …”, a two-day conference": the
                // opening of an event is that event's, not one of its own ("the official
                // opening of St Swithun's Meadow" is).
                if head == "opening" && opening_of_event(a, mention.tokens.end) {
                    continue;
                }
                // ("the five-day fair" after "the fair", "the two-kilometre walk" after "the
                // Walk for Autism Acceptance": how long or how far says not which.)
                let modifiers_of = |name: &str| -> Vec<String> {
                    name.to_lowercase().split_whitespace().filter(|w| !matches!(*w, "the" | "this" | "that" | "its" | "their" | "our")).filter(|w| !super::mentions::is_length_word(w)).filter(|w| *w != head.as_str() && w.strip_suffix('s') != Some(head.as_str())).map(str::to_string).collect()
                };
                // "Exercise Southern Ember, a two-day wildfire response exercise": a phrase in
                // apposition to an event's name describes that event.
                let start = mention.tokens.start;
                // ("the 2024 Copenhagen Junior Open, the largest youth tournament yet staged by
                // …": a definite phrase in apposition too, unless a verb follows it and it opens
                // a clause of its own, "After the Kelsa Marathon, the race moves to Osa".)
                let definite_apposition = || {
                    let end = mention.tokens.end;
                    let last = end - 1;
                    *definite
                        && a.lower[start - 1] == "the"
                        && (a.tree.nodes.get(last).is_some_and(|n| n.deprel == "appos") || !a.tree.nodes.get(end).is_some_and(|n| matches!(n.upos.as_str(), "VERB" | "AUX")))
                };
                let named_before = (start >= 3 && a.word(start - 2) == "," && ((!*definite && matches!(a.lower[start - 1].as_str(), "a" | "an")) || definite_apposition()))
                    .then(|| {
                        // ("at the opening, a ceremony hosted by the hospital": the ceremony an
                        // event phrase was held as, too; not other kinds, which may be the
                        // next item of a list.)
                        let phrase_held_as = |o: &super::mentions::Mention| matches!(o.kind, MentionKind::Event { .. }) && head == "ceremony";
                        // ("Exercise Blue Lagoon 2024, the largest drill": past the edition's year.)
                        let year = |k: usize| a.word(k).len() == 4 && a.word(k).chars().all(|c| c.is_ascii_digit());
                        let name_end = if start >= 4 && year(start - 3) { start - 3 } else { start - 2 };
                        a.mentions.iter().find(|o| o.tokens.end == name_end && (matches!(o.kind, MentionKind::Name { kind: EntityType::Event, .. }) || phrase_held_as(o))).and_then(|o| o.entity)
                    })
                    .flatten();
                // ("The second event, a reading for schools, will take place …": another event,
                // which the phrase in apposition names.)
                let another = *generic && mention.tokens.clone().any(|t| matches!(a.lower[t].as_str(), "second" | "third" | "fourth" | "fifth" | "next" | "another" | "other"));
                let apposed = named_before.is_some();
                let previous = if named_before.is_some() {
                    named_before
                } else if another {
                    None
                } else if *generic {
                    // "…, closing a four-month programme that began in July. ¶ The event, held
                    // on …": "the event" opening a paragraph goes on about the first event of
                    // the paragraph before, not the last one it named.
                    let sentence = &a.sentences[mention.sentence];
                    let opens_paragraph = head == "event"
                        && *definite
                        && mention.tokens.start <= sentence.tokens.start + 1
                        && (mention.sentence == 0 || a.sentences[mention.sentence - 1].paragraph != sentence.paragraph);
                    let event_of = |o: &super::mentions::Mention| o.entity.filter(|&e| entities[e].kind == EntityType::Event);
                    let first_of_previous = || {
                        let earlier = || order.iter().map(|&o| &a.mentions[o]).filter(|o| paragraph_of(o) < paragraph_of(&mention));
                        let previous = earlier().filter(|o| event_of(o).is_some()).map(&paragraph_of).max()?;
                        earlier().filter(|o| paragraph_of(o) == previous).find_map(event_of)
                    };
                    opens_paragraph.then(first_of_previous).flatten().or(last_event)
                } else if let Some(main) = part_of_main_event(head, &modifiers_of(&name), a.lower.get(mention.tokens.end).is_some_and(|w| w == "of"), &entities) {
                    // A part is no other name of the whole: it keeps no label of its own.
                    a.mentions[m].entity = Some(main);
                    entities[main].mentions.push(mention.span);
                    last_event = Some(main);
                    continue;
                } else if *definite {
                    // "the seminar" is the seminar already mentioned, if there is one: the
                    // first such, since a report introduces its main event first.
                    // A definite phrase with modifiers the earlier one lacks ("the 13.1-mile
                    // half marathon" after "the Mayor's Marathon") is another event.
                    let modifiers = modifiers_of(&name);
                    // "The AGM" after "its annual general meeting": the initials of an event
                    // named before.
                    let by_initials = is_acronym(&name).then(|| entities.iter().position(|e| e.kind == EntityType::Event && forms(e).any(|f| f.split_whitespace().count() >= 2 && initials(f) == name))).flatten();
                    let same_head = by_initials.or_else(|| entities.iter().position(|e| {
                        e.kind == EntityType::Event
                            && forms(e).any(|f| f.to_lowercase().split_whitespace().any(|w| w == head || w.strip_suffix('s') == Some(head.as_str())))
                            && modifiers.iter().all(|m| forms(e).any(|f| f.to_lowercase().split_whitespace().any(|w| w == m)))
                    }));
                    // A bare "the race" after "the Riverfront Fun Run": another word for the one
                    // event of its kind so far.
                    let same_class = || {
                        // "the ceremony" after "the annual commemoration" or "the launch": a
                        // ceremony is what any ceremonial event is held as.
                        // ("The launch, held in …" after "launched its platform at a ceremony":
                        // the ceremony the launch was held as.)
                        // ("Opening the meeting" after "the annual scientific congress": a
                        // conference is a meeting too.)
                        // (Not a match final, unless the phrase names a match: "player of
                        // the match" after "won the final", but "the competition" is the
                        // tournament.)
                        let kin = |e: &Entity| {
                            (!is_match_final(e) || matches!(head.as_str(), "match" | "game"))
                                && e.class == *class
                                || (head == "ceremony" && e.class == "Ceremony")
                                || (head == "meeting" && e.class == "Conference")
                                || (class == "Ceremony" && forms(e).all(|f| f.eq_ignore_ascii_case("ceremony")))
                        };
                        modifiers.is_empty().then(|| sole_event(&entities, kin)).flatten()
                    };
                    // "… gather for Mid-Canterbury field day" then "the Association's annual
                    // spring field day" in the lead: the headline's event.
                    let headline_event = || (lead == Some(paragraph_of(&mention))).then(|| headline_event_with_head(head, &headline_events, &entities)).flatten();
                    // "The programme was presided over by X" after "the 5th convocation": a
                    // bare "the programme" with none before it is the event reported.
                    let programme = || (modifiers.is_empty() && matches!(head.as_str(), "programme" | "program")).then_some(last_event).flatten();
                    // "This year's edition was sponsored by X": the event reported, again.
                    let this_edition = || {
                        let this = mention.tokens.start > 0 && matches!(a.lower[mention.tokens.start - 1].as_str(), "this" | "'s" | "’s");
                        (modifiers.is_empty() && head == "edition" && this).then_some(last_event).flatten()
                    };
                    // "at a ceremony on Thursday" then "The naming ceremony, hosted by …": a
                    // definite phrase says which kind the one bare event of its head was.
                    let bare_before = || {
                        let bare = |e: &Entity| forms(e).all(|f| f.to_lowercase() == *head);
                        sole_event(&entities, |e| forms(e).any(|f| f.to_lowercase().split_whitespace().last() == Some(head.as_str())))
                            .filter(|&i| bare(&entities[i]) && !modifiers.is_empty() && !modifiers.iter().any(|m| PART_OF_EVENT_MODIFIERS.contains(&m.as_str())))
                    };
                    // ("The two-day competition" after "its eighth Junior Sabre Cup": the one
                    // sports event so far is the contest.)
                    let contest = || (modifiers.is_empty() && matches!(head.as_str(), "competition" | "contest")).then(|| sole_event(&entities, |e| e.class == "SportsEvent" && !is_match_final(e))).flatten();
                    // ("The five-day festival is organised by …" after "the ninth International
                    // Bellows Days": a festival is what the one festive event named so far is,
                    // whatever its name's last word.)
                    let festival = || {
                        let festive: Vec<usize> = named_events.iter().copied().filter(|&i| entities[i].class == "Ceremony").collect();
                        (modifiers.is_empty() && matches!(head.as_str(), "festival" | "fiesta") && festive.len() == 1).then(|| festive[0])
                    };
                    // ("The convention is organised by …" after "the sixth Tampere Ink Weekend":
                    // an event named by its time alone is whatever kind of gathering the report
                    // calls it, when it is the one such named so far.)
                    let time_named = || {
                        let [only] = named_events[..] else { return None };
                        let by_time = entities[only].label.rsplit(' ').next().is_some_and(|w| matches!(w.to_lowercase().as_str(), "weekend" | "days" | "week" | "nights"));
                        (by_time && modifiers.is_empty() && matches!(head.as_str(), "convention" | "festival" | "fair" | "show" | "expo" | "gathering" | "exhibition" | "celebration")).then_some(only)
                    };
                    same_head.or_else(contest).or_else(festival).or_else(time_named).or_else(same_class).or_else(bare_before).or_else(headline_event).or_else(programme).or_else(this_edition)
                } else if let Some(i) = evoked_events.iter().copied().find(|&i| forms(&entities[i]).any(|f| f.to_lowercase() == name.to_lowercase())) {
                    // "X opened a centre … The centre was inaugurated at a ceremony": the
                    // opening the verb stated, named; "inaugurated its Silver Line … The line
                    // was opened by …": the same opening, stated again.
                    Some(i)
                } else if let Some(i) = headline_all.iter().copied().find(|&i| forms(&entities[i]).any(|f| f.to_lowercase() == name.to_lowercase())) {
                    // "… Signs Exclusive Licensing Agreement with Alpenmed" then "the signing
                    // of an exclusive licensing agreement": the headline's event, in lower case.
                    Some(i)
                } else if lead == Some(paragraph_of(&mention)) {
                    headline_event_with_head(head, &headline_events, &entities)
                } else {
                    None
                };
                if paragraph_of(&mention) > headline_paragraph {
                    headline_events.retain(|&i| Some(i) != previous);
                }
                let stated_by_verb = evoked.is_some();
                let resolved = match previous {
                    Some(i) => {
                        // (A phrase in apposition describes the named event; the name stays its label.)
                        if apposed {
                            if !forms(&entities[i]).any(|f| *f == name) {
                                entities[i].alt_labels.push(name.clone());
                            }
                        } else {
                            add_form(&mut entities[i], &name);
                        }
                        // (A bare "ceremony" takes the name of what it was held as: "the launch".)
                        if entities[i].label.eq_ignore_ascii_case("ceremony") && class == "Ceremony" && !name.eq_ignore_ascii_case("ceremony") {
                            make_label(&mut entities[i], &name);
                            entities[i].class = class.clone();
                        }
                        if !is_match_final(&entities[i]) {
                            last_event = Some(i);
                        }
                        Some(i)
                    }
                    None if *generic && !another && !(only_generic_events && *definite) => None,
                    None => {
                        entities.push(Entity {
                            kind: EntityType::Event,
                            class: class.clone(),
                            label: name.clone(),
                            alt_labels: Vec::new(),
                            wikidata: None,
                            link_score: None,
                            mentions: Vec::new(),
                        });
                        if !is_match_final(&entities[entities.len() - 1]) {
                            last_event = Some(entities.len() - 1);
                        }
                        if headline.is_some() && paragraph_of(&mention) == headline_paragraph {
                            headline_events.push(entities.len() - 1);
                            headline_all.push(entities.len() - 1);
                        }
                        Some(entities.len() - 1)
                    }
                };
                if stated_by_verb {
                    evoked_events.extend(resolved);
                }
                resolved
            }
            MentionKind::Reference { word } => match word.as_str() {
                "he" | "she" | "him" | "her" if person_sentence.is_some_and(|s| s < mention.sentence) => sentence_topic.map(|(i, _)| i),
                "he" | "she" | "him" | "her" => last_person,
                // "From 12 to 14 April, it will hold a training": what holds or hosts an event
                // is a body, not the event reported last.
                "it" if stands_for_body(a, mention.tokens.start) && last_body.is_some() => subject_body.or(last_body),
                "it" | "them" | "they" => last_event,
                // "the Office": of the bodies named with that word so far, the one named most
                // often (a report keeps naming its main actor; a body listed once among
                // participants is rarely the one meant), on a tie the one named first (a report
                // introduces its main actor first: "organized by the Federation of X under the
                // auspices of the Asian Federation … Federation President Y").
                // A lower-case reference ("on behalf of the company, its CEO") names no one
                // else's head word: else of the bodies of the class the word names ("Acme
                // Ltd"), likewise; so does "the Company", a business release's defined term
                // for its issuer.
                w => {
                    let lower_case = a.text[mention.span.start..mention.span.end].starts_with(char::is_lowercase);
                    let most_named = |named: &dyn Fn(&Entity) -> bool| {
                        entities.iter().enumerate().filter(|(_, e)| e.kind == EntityType::Organization && named(e)).max_by_key(|(i, e)| (e.mentions.len(), std::cmp::Reverse(*i))).map(|(i, _)| i)
                    };
                    // Not the generic class, which tells one body from another no better than a guess.
                    let class = a.lex.org_heads.get(w).map(|h| h.class.as_str()).filter(|c| *c != "Organization");
                    // "the Chamber": a body whose head word it is ("Regional Chamber of
                    // Commerce") before one that only holds the word ("CHAMBER CONNECT").
                    let head_word = |f: &str| {
                        let f = f.to_lowercase();
                        // ("University of Assiniboine Press": a head word closing a bare "of"
                        // phrase is the name's, as mentions type it.)
                        let words: Vec<&str> = f.split_whitespace().collect();
                        // ("the foundation" of "Fundación Cuerdas de Michoacán": other
                        // languages open the name with the head word.)
                        if words.first().is_some_and(|first| a.lex.opens_as_foreign_head(w, first)) {
                            return true;
                        }
                        if let Some(tail) = a.lex.head_after_bare_of(&words) {
                            return words[tail] == w;
                        }
                        let own = [" of ", " for ", " in ", " under ", " at "].iter().fold(f.as_str(), |own, sep| own.split(sep).next().unwrap_or(own)).to_string();
                        own.split_whitespace().last() == Some(w)
                    };
                    // "Housing association Maasoever Wonen … hosted by the association": a body
                    // the report introduced with that noun right before its name.
                    // ("Osa Valley Wine Cellar, a cooperative owned by 112 families … chairman
                    // of the cooperative": or right after its name, in apposition.)
                    let described = |e: &Entity| {
                        e.mentions.iter().any(|span| {
                            let before = a.text[..span.start].trim_end().to_lowercase();
                            let after: String = a.text[span.end..].chars().take(60).collect::<String>().to_lowercase();
                            // (The noun within four words after the article, up to the
                            // apposition's closing comma.)
                            let apposed = after.starts_with([',', '(']) && {
                                let words: Vec<&str> = after[1..].split_whitespace().take(5).collect();
                                let apposition = words.iter().skip(1).scan(false, |closed, x| {
                                    let before_close = !*closed;
                                    *closed |= x.ends_with(',');
                                    before_close.then_some(x)
                                });
                                matches!(words.first(), Some(&"a" | &"an" | &"the")) && apposition.into_iter().any(|x| x.trim_end_matches([',', ')', '.']) == w)
                            };
                            apposed || (before.ends_with(w) && before[..before.len() - w.len()].ends_with(|c: char| !c.is_alphanumeric()))
                        })
                    };
                    most_named(&|e| forms(e).any(|f| head_word(f)))
                        .or_else(|| most_named(&|e| forms(e).any(|f| f.to_lowercase().split_whitespace().any(|x| x == w))))
                        .or_else(|| if lower_case || class == Some("Company") { most_named(&|e| class == Some(e.class.as_str())) } else { None })
                        .or_else(|| if lower_case { most_named(&described) } else { None })
                }
            },
            _ => None,
        };
        if let Some(i) = chosen {
            if entities[i].kind == EntityType::Organization {
                last_body = Some(i);
                // (Or the sentence opens with it, the parser's subject or not.)
                let first = a.sentences[mention.sentence].tokens.start;
                let opens = mention.tokens.start == first || (mention.tokens.start == first + 1 && a.lower[first] == "the");
                let subject = opens || mention.tokens.clone().any(|t| a.tree.nodes.get(t).is_some_and(|n| n.deprel.starts_with("nsubj") && n.head.is_some_and(|h| a.tree.nodes[h].deprel == "root" && !mention.tokens.contains(&h))));
                if subject {
                    subject_body = Some(i);
                }
            }
            a.mentions[m].entity = Some(i);
            if !matches!(mention.kind, MentionKind::Reference { .. }) {
                entities[i].mentions.push(mention.span);
            }
        }
    }
    unit_short_names(a, &mut entities);
    // Linked entities also carry the gazetteer's own label, so that every document that
    // mentions them under any name finds the same entity.
    for e in entities.iter_mut() {
        if let Some(q) = &e.wikidata {
            if let Some(g) = a.gaz.by_qid(q) {
                let label = g.label.clone();
                if !forms(e).any(|f| same_name(f, &label)) {
                    e.alt_labels.push(label);
                }
                // The gazetteer knows better than a head word ("High Commission").
                e.class = g.class.clone();
            }
        }
    }
    entities
}

/// A unit named with its superior body or its seat ("the Population Census Division of the
/// National Statistics Office", "the Legal Aid Centre under the Ministry of Justice", "the
/// Regional Cardiology Centre in Pavlodar") is also known by its own words ("Population
/// Census Division", "Regional Cardiology Centre"), which readers and other reports use alone:
/// they become an alternative label. Added after resolution, so two units of different bodies
/// sharing their own words ("Press Service") stay apart. A body nested twice also keeps the
/// form that names its direct superior's own words ("Cybercrime Section of the General
/// Prosecutor's Office" of "… of the Republic of Moldova").
fn unit_short_names(a: &Analysis, entities: &mut [Entity]) {
    // The superior or seat named at the end of a mention, and where the mention's own words
    // end (the token of "of/under/in" before "the" and that name).
    let own_end = |m: &super::mentions::Mention| -> Option<(&super::mentions::Mention, usize)> {
        let (_, n) = m.structure.iter().find(|(p, n)| {
            let inner = &a.mentions[*n];
            matches!(p, super::Predicate::PartOf | super::Predicate::LocatedIn) && inner.tokens.end == m.tokens.end && inner.tokens.start > m.tokens.start + 1
        })?;
        let superior = &a.mentions[*n];
        let mut end = superior.tokens.start;
        if a.lower[end - 1] == "the" {
            end -= 1;
        }
        matches!(a.lower[end - 1].as_str(), "of" | "under" | "in").then_some((superior, end - 1))
    };
    for m in &a.mentions {
        let (Some(e), Some((superior, end))) = (m.entity, own_end(m)) else { continue };
        if entities[e].kind != EntityType::Organization || end < m.tokens.start + 2 {
            continue;
        }
        let mut shorts = vec![a.text[m.span.start..a.tokens[end - 1].span.end].to_string()];
        // The superior's own words too: "X Section of the Y Office" of "… of Z".
        if let Some((_, superior_end)) = own_end(superior) {
            shorts.push(a.text[m.span.start..a.tokens[superior_end - 1].span.end].to_string());
        }
        for s in shorts {
            if !forms(&entities[e]).any(|f| same_name(f, &s)) {
                entities[e].alt_labels.push(s);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_and_boundaries() {
        assert_eq!(initials("Organization for Security and Co-operation in Europe"), "OSCE");
        assert_eq!(initials("Strategic Police Matters Unit"), "SPMU");
        assert_eq!(initials("PT Nusantara Surya Energi"), "NSE");
        assert!(prefix_at_boundary("Ministry of Internal Affairs", "Ministry of Internal Affairs of the Republic of Kazakhstan"));
        assert!(!prefix_at_boundary("OSCE", "OSCE Programme Office"));
        assert_eq!(strip_descriptors("Kazinform International News Agency"), "Kazinform");
        assert_eq!(strip_descriptors("Ministry of Health"), "");
        assert_eq!(strip_descriptors("Caspian Ro-Ro Lines LLC"), "Caspian Ro-Ro Lines");
    }
}
