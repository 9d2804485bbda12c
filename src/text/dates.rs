//! Date expressions and their normalisation to ISO strings ("1 March 2019" → 2019-03-01,
//! "on Sunday" → the Sunday on or before the reference date, "last week" → its month).
//! Relative expressions resolve against the dateline or publication date.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::Regex;
use std::sync::OnceLock;

use crate::document::Span;

/// A date expression found in text, with every ISO value it denotes (a range gives two).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub span: Span,
    pub values: Vec<String>,
    /// True for expressions resolved against the reference date ("today", "on Monday").
    pub relative: bool,
}

pub(crate) const MONTHS: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";

fn month_number(name: &str) -> Option<u32> {
    let n = name.trim_end_matches('.').to_ascii_lowercase();
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    months
        .iter()
        .position(|m| n.starts_with(m))
        .map(|i| i as u32 + 1)
}

/// Month and day of a yearless date ("September 23", "23 Sept."), as AP-style datelines
/// write it; the year comes from the publication date.
pub fn month_and_day(s: &str) -> Option<(u32, u32)> {
    let words: Vec<&str> = s.split_whitespace().collect();
    let [a, b] = words[..] else { return None };
    let (month, day) = match (month_number(a), month_number(b)) {
        (Some(m), None) => (m, b),
        (None, Some(m)) => (m, a),
        _ => return None,
    };
    let day: u32 = day.trim_end_matches(|c: char| c.is_ascii_alphabetic()).parse().ok()?;
    (1..=31).contains(&day).then_some((month, day))
}

/// The date a yearless month and day names, given the publication date: the same year,
/// unless that falls more than a week after publication (a "December 31" dateline
/// published on 2 January is last year's).
pub fn date_in_year_of(month: u32, day: u32, published: NaiveDate) -> Option<NaiveDate> {
    let d = NaiveDate::from_ymd_opt(published.year(), month, day)?;
    if d > published + Duration::days(7) {
        NaiveDate::from_ymd_opt(published.year() - 1, month, day)
    } else {
        Some(d)
    }
}

/// Names of months and weekdays, lower case: words that look like names but are dates.
pub const MONTHS_AND_DAYS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
];

/// Whether `word` names a day, a month or "today" ("Monday", "June"), which a dateline would
/// otherwise take for its place.
pub fn is_day_or_month_name(word: &str) -> bool {
    let w = word.to_lowercase();
    MONTHS_AND_DAYS.contains(&w.as_str()) || matches!(w.as_str(), "today" | "yesterday")
}

struct Patterns {
    day_month_year: Regex,
    month_day_year: Regex,
    month_day: Regex,
    month_day_to: Regex,
    day_month: Regex,
    month_year: Regex,
    in_month: Regex,
    iso: Regex,
    in_year: Regex,
    relative_day: Regex,
    weekday: Regex,
    weekday_range: Regex,
    bare_weekday: Regex,
    last_period: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let r = |s: &str| Regex::new(&s.replace("MONTH", MONTHS).replace("WEEKDAY", "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")).expect("date pattern");
        Patterns {
            // ("on Saturday 17 and Sunday 18 February": a weekday may name each day; "on the
            // 5th and 6th of June 2025": an "of" before the month.)
            day_month_year: r(r"\b(?:WEEKDAY,?\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:and|-|–|to)\s*(?:WEEKDAY,?\s+)?(\d{1,2})(?:st|nd|rd|th)?)?\s+(?:of\s+)?(MONTH),?\s+(\d{4})\b"),
            month_day_year: r(r"\b(MONTH)\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:and|-|–|to)\s*(\d{1,2})(?:st|nd|rd|th)?)?,?\s+(\d{4})\b"),
            month_day: r(r"\b(MONTH)\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:and|-|–)\s*(\d{1,2})(?:st|nd|rd|th)?)?\b"),
            month_day_to: r(r"\b(MONTH)\s+(\d{1,2})(?:st|nd|rd|th)?\s+(?:to|through|until)\s+(\d{1,2})(?:st|nd|rd|th)?\b"),
            day_month: r(r"\b(?:WEEKDAY,?\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:and|-|–|to)\s*(?:WEEKDAY,?\s+)?(\d{1,2})(?:st|nd|rd|th)?)?\s+(?:of\s+)?(MONTH)\b"),
            month_year: r(r"\b(MONTH)\s+(?:of\s+)?(\d{4})\b"),
            in_month: r(r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ll]ast|[Tt]his)\s+(MONTH)\b"),
            iso: r(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
            in_year: r(r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Oo]f)\s+((?:19|20)\d{2})\b"),
            relative_day: r(r"\b([Tt]oday|[Yy]esterday|[Tt]omorrow|[Ll]ast night|[Tt]onight|[Tt]his morning|[Tt]his afternoon|[Tt]his evening)\b"),
            // "on Monday", and as US news writes it, "Saturday morning" without "on";
            // "Sunday's final".
            weekday: r(r"\b(?:(?:[Oo]n|[Ll]ast|[Tt]his|[Uu]ntil|[Nn]ext)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:morning|afternoon|evening|night)\b|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s|’s)\b)"),
            // "turned out Thursday for", "said Monday": a weekday right after a word in lower
            // case, as US copy writes it (which word, `dates` checks).
            bare_weekday: r(r"\b([a-z]+)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
            last_period: r(r"\b([Ll]ast|[Tt]his)\s+(week|month|year)\b"),
            // "ran from Friday to Sunday"; "Sunday's final" names its day too.
            // "on Tuesday and Wednesday": the two days, as a range gives its first and last.
            weekday_range: r(r"\b(?:[Ff]rom\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:to|until|till|through)|[Oo]n\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+and|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+through)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
        }
    })
}

/// Parses "2019-03-01" (also "2019-03" and "2019" are accepted as partial dates).
pub fn parse_reference(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d").ok()
}

fn iso(y: i32, m: u32, d: u32) -> Option<String> {
    NaiveDate::from_ymd_opt(y, m, d).map(|d| d.format("%Y-%m-%d").to_string())
}

/// Finds the date expressions in `text`; spans are offset by `base`.
pub fn find_dates(text: &str, base: usize, reference: Option<NaiveDate>) -> Vec<DateMention> {
    let p = patterns();
    let mut found: Vec<DateMention> = Vec::new();
    let add = |found: &mut Vec<DateMention>, start: usize, end: usize, values: Vec<String>, relative: bool| {
        let span = Span::new(base + start, base + end);
        if values.is_empty() || found.iter().any(|f| f.span.overlaps(span)) {
            return;
        }
        found.push(DateMention { span, values, relative });
    };
    for c in p.iso.captures_iter(text) {
        let m = c.get(0).unwrap();
        let v = iso(c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0), c[3].parse().unwrap_or(0));
        add(&mut found, m.start(), m.end(), v.into_iter().collect(), false);
    }
    // "1 and 2 March 2019" and "March 1-2, 2019": (regex, month group, day groups).
    for (re, month_group, days) in [(&p.day_month_year, 3, [1, 2]), (&p.month_day_year, 1, [2, 3])] {
        for c in re.captures_iter(text) {
            let m = c.get(0).unwrap();
            let (Some(month), Ok(year)) = (month_number(&c[month_group]), c[4].parse::<i32>()) else { continue };
            let values = days
                .iter()
                .filter_map(|&g| c.get(g))
                .filter_map(|d| iso(year, month, d.as_str().parse().unwrap_or(0)))
                .collect();
            add(&mut found, m.start(), m.end(), values, false);
        }
    }
    for c in p.month_year.captures_iter(text) {
        let m = c.get(0).unwrap();
        if let Some(month) = month_number(&c[1]) {
            add(&mut found, m.start(), m.end(), vec![format!("{}-{:02}", &c[2], month)], false);
        }
    }
    if let Some(r) = reference {
        // The year of a day written without one: the reference's, or the next where what is
        // to come falls in an earlier month ("will hold a camp from 8 to 12 January", in
        // December). (A past day half a year after the reference was tried as last year's:
        // reports date coming events without a verb's future too often.)
        let year_of = |month: u32, at: usize| {
            if month < r.month() && future_in_clause(text, at) {
                r.year() + 1
            } else {
                r.year()
            }
        };
        // "held from October 2 to 10": a span of days, unless the second number goes on as
        // an amount or a time ("on May 2 to 5,000 people", "on May 2 to 3 pm").
        for c in p.month_day_to.captures_iter(text) {
            let m = c.get(0).unwrap();
            let rest = text[m.end()..].trim_start();
            let amount_or_time = text[m.end()..].starts_with([',', '.', ':']) && text[m.end() + 1..].starts_with(|ch: char| ch.is_ascii_digit())
                || ["pm", "p.m", "am", "a.m", "%", "per", "hours", "o'clock"].iter().any(|u| rest.to_lowercase().starts_with(u));
            let (Ok(first), Ok(last)) = (c[2].parse::<u32>(), c[3].parse::<u32>()) else { continue };
            if amount_or_time || last <= first {
                continue;
            }
            if let Some(month) = month_number(&c[1]) {
                let values = [first, last].into_iter().filter_map(|d| iso(year_of(month, m.start()), month, d)).collect();
                add(&mut found, m.start(), m.end(), values, true);
            }
        }
        for c in p.month_day.captures_iter(text) {
            let m = c.get(0).unwrap();
            if let Some(month) = month_number(&c[1]) {
                // "November 16-17": both days.
                let values = [c.get(2), c.get(3)].into_iter().flatten().filter_map(|d| iso(year_of(month, m.start()), month, d.as_str().parse().unwrap_or(0))).collect();
                add(&mut found, m.start(), m.end(), values, true);
            }
        }
        for c in p.day_month.captures_iter(text) {
            let m = c.get(0).unwrap();
            if let Some(month) = month_number(&c[3]) {
                let values = [c.get(1), c.get(2)].into_iter().flatten().filter_map(|d| iso(year_of(month, m.start()), month, d.as_str().parse().unwrap_or(0))).collect();
                add(&mut found, m.start(), m.end(), values, true);
            }
        }
        for c in p.in_month.captures_iter(text) {
            let m = c.get(1).unwrap();
            if let Some(month) = month_number(&c[1]) {
                // A bare month names the latest such month not after the reference date, or
                // in a sentence about what is to come, the next one not before it.
                let year = if future_before(text, m.start()) || (month > r.month() && future_in_clause(text, m.start())) {
                    if month < r.month() { r.year() + 1 } else { r.year() }
                } else if month > r.month() {
                    r.year() - 1
                } else {
                    r.year()
                };
                add(&mut found, m.start(), m.end(), vec![format!("{year}-{month:02}")], true);
            }
        }
        for c in p.relative_day.captures_iter(text) {
            let m = c.get(0).unwrap();
            let shift = match c[1].to_ascii_lowercase().as_str() {
                "yesterday" | "last night" => -1,
                "tomorrow" => 1,
                _ => 0,
            };
            let d = r + Duration::days(shift);
            add(&mut found, m.start(), m.end(), vec![d.format("%Y-%m-%d").to_string()], true);
        }
        for c in p.weekday_range.captures_iter(text) {
            let m = c.get(0).unwrap();
            // ("Friday through Sunday": American copy drops the "from".)
            let first = c.get(1).or(c.get(2)).or(c.get(3)).map_or("", |m| m.as_str());
            let (Ok(first), Ok(last)) = (first.parse::<Weekday>(), c[4].parse::<Weekday>()) else { continue };
            let length = (last.num_days_from_monday() + 7 - first.num_days_from_monday()) % 7;
            // Past: the latest such span ending on or before the reference; to come, the next
            // ("will hold its fourth festival on the square from Thursday to Sunday": a span
            // is read with the whole clause).
            let start = if future_before(text, m.start()) || future_in_clause(text, m.start()) {
                r + Duration::days(((first.num_days_from_monday() + 7 - r.weekday().num_days_from_monday()) % 7) as i64)
            } else {
                r - Duration::days(((r.weekday().num_days_from_monday() + 7 - last.num_days_from_monday()) % 7) as i64) - Duration::days(length as i64)
            };
            let end = start + Duration::days(length as i64);
            add(&mut found, m.start(), m.end(), vec![start.format("%Y-%m-%d").to_string(), end.format("%Y-%m-%d").to_string()], true);
        }
        for c in p.weekday.captures_iter(text) {
            let m = c.get(0).unwrap();
            let Ok(day) = c.get(1).or(c.get(2)).or(c.get(3)).map_or("", |m| m.as_str()).parse::<Weekday>() else { continue };
            // "on Saturday, Sept. 23", "on Tuesday 6 June": the date written after the
            // weekday says which one it is.
            let gap = text[m.end()..].len() - text[m.end()..].trim_start_matches([',', ' ']).len();
            if gap > 0 && found.iter().any(|f| f.span.start == base + m.end() + gap) {
                continue;
            }
            // News reports past events: the latest such weekday on or before the reference;
            // what is to come ("will open on Tuesday", "runs until Saturday"), the next one.
            let said_last = m.as_str().to_lowercase().starts_with("last");
            let d = if !said_last && (future_before(text, m.start()) || future_far_before(text, m.start()) || future_after(text, m.end()) || m.as_str().to_lowercase().starts_with("next")) {
                let ahead = (day.num_days_from_monday() + 7 - r.weekday().num_days_from_monday()) % 7;
                r + Duration::days(ahead as i64)
            } else {
                let back = (r.weekday().num_days_from_monday() + 7 - day.num_days_from_monday()) % 7;
                r - Duration::days(back as i64)
            };
            add(&mut found, m.start(), m.end(), vec![d.format("%Y-%m-%d").to_string()], true);
        }
        for c in p.bare_weekday.captures_iter(text) {
            let m = c.get(2).unwrap();
            // ("every Thursday", "by Friday", "the Monday after": no one day reported.)
            const NOT_WHEN: &[&str] = &["every", "each", "the", "a", "an", "by", "since", "before", "after", "of", "and", "or", "to", "from", "until", "till", "through", "next", "last", "this", "on", "that", "one", "per", "than", "between", "following", "previous", "for"];
            let rest = &text[m.end()..];
            if NOT_WHEN.contains(&&c[1]) || rest.starts_with("'s") || rest.starts_with("’s") || rest.trim_start().starts_with("and ") || rest.trim_start().starts_with("through ") || rest.trim_start().starts_with("to ") {
                continue;
            }
            let Ok(day) = m.as_str().parse::<Weekday>() else { continue };
            let d = if future_before(text, m.start()) || future_after(text, m.end()) {
                r + Duration::days(((day.num_days_from_monday() + 7 - r.weekday().num_days_from_monday()) % 7) as i64)
            } else {
                r - Duration::days(((r.weekday().num_days_from_monday() + 7 - day.num_days_from_monday()) % 7) as i64)
            };
            add(&mut found, m.start(), m.end(), vec![d.format("%Y-%m-%d").to_string()], true);
        }
        for c in p.last_period.captures_iter(text) {
            let m = c.get(0).unwrap();
            // "nearly doubled compared with last year", "more than last year": a yardstick,
            // not when something happened.
            let before = text[..m.start()].trim_end().to_lowercase();
            if ["than", "compared with", "compared to", "over", "from"].iter().any(|w| before.ends_with(w)) {
                continue;
            }
            let last = c[1].eq_ignore_ascii_case("last");
            let value = match &c[2] {
                "week" => {
                    let d = if last { r - Duration::days(7) } else { r };
                    d.format("%Y-%m").to_string()
                }
                "month" => {
                    let d = if last { r.with_day(1).unwrap() - Duration::days(1) } else { r };
                    d.format("%Y-%m").to_string()
                }
                _ => (if last { r.year() - 1 } else { r.year() }).to_string(),
            };
            add(&mut found, m.start(), m.end(), vec![value], true);
        }
    }
    for c in p.in_year.captures_iter(text) {
        let m = c.get(1).unwrap();
        add(&mut found, m.start(), m.end(), vec![c[1].to_string()], false);
    }
    found.sort_by_key(|f| f.span);
    found
}

/// Whether the words of the sentence `text` before byte `at` speak of what is to come: "will
/// take place in May", "is scheduled for", "runs until Saturday". Only the nearest words count,
/// so a future elsewhere in a long sentence does not move a past date.
fn future_before(text: &str, at: usize) -> bool {
    // (A timetable in the present: "the forum closes on Wednesday", "opens on Friday", "the
    // celebrations continue on Saturday", "his first match comes on Saturday". Not "would":
    // on the read probes it moved more past dates than it mended.)
    const MARKERS: &[&str] = &["will", "shall", "’ll", "'ll", "scheduled", "upcoming", "next", "runs", "continues", "continue", "planned", "opens", "closes", "begins", "begin", "starts", "ends", "concludes", "due", "comes"];
    future_marker_within(text, at, 60, MARKERS)
}

/// Whether a verb's future ("will perform … at the closing gala … on Sunday evening") or
/// "to be" ("to be judged on Saturday") stands further back in the clause than
/// [`future_before`] looks.
/// (Not past a verb in the past after it: "a bridge that will spare villagers a detour was
/// opened on Friday".)
fn future_far_before(text: &str, at: usize) -> bool {
    let near = text[..at].char_indices().rev().nth(30).map_or(0, |(i, _)| i);
    let far = text[..at].char_indices().rev().nth(120).map_or(0, |(i, _)| i);
    let window = text[far..at].to_lowercase();
    let after_future = [" will ", " shall "].iter().filter_map(|w| window.rfind(w)).max().map(|i| &window[i..]);
    let past_after = |rest: &str| [" was ", " were ", " had ", " did "].iter().any(|w| rest.contains(w));
    (future_marker_within(text, at, 120, &["will", "shall"]) && after_future.is_some_and(|rest| !past_after(rest))) || text[near..at].to_lowercase().contains("to be ")
}

/// Whether the verb the clause goes on to after byte `at` is a future: "The official
/// opening, at Emmet Square at 6pm on Friday, will be performed by …", "On Saturday,
/// volunteers will plant trees". Not a past verb first ("On Monday the mayor said the park
/// will open").
fn future_after(text: &str, at: usize) -> bool {
    let end = text[at..].char_indices().nth(60).map_or(text.len(), |(i, _)| at + i);
    let window = text[at..end].to_lowercase();
    let clause = &window[..window.find(['.', ';', '"', '“', '”']).unwrap_or(window.len())];
    let words: Vec<&str> = clause.split(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'').filter(|w| !w.is_empty()).collect();
    // A verb of another tense first: what was said, or what is or has been.
    const OTHER_TENSE: &[&str] = &["said", "says", "announced", "told", "confirmed", "stated", "added", "noted", "was", "were", "had", "did", "is", "are", "has", "have"];
    for w in words {
        if matches!(w, "will" | "shall") {
            return true;
        }
        // ("held a seminar on Wednesday on the rules that the act will place": a clause of
        // its own.)
        if OTHER_TENSE.contains(&w) || (w.len() > 4 && w.ends_with("ed")) || matches!(w, "that" | "which" | "who" | "whose" | "when" | "where" | "after" | "before" | "because" | "while" | "if" | "and" | "but") {
            return false;
        }
    }
    false
}

/// Whether the clause before byte `at` speaks of what is to come, looking further back than
/// [`future_before`] and also at reported futures ("said the team would compete … in July",
/// "the team that will represent Peru at the championships in Asunción in July"). Read only
/// for a bare month later in the year than the reference date, which is otherwise taken for
/// last year's: a report seldom names a month of last year without its year.
fn future_in_clause(text: &str, at: usize) -> bool {
    const MARKERS: &[&str] = &["will", "shall", "would", "scheduled", "upcoming", "next", "planned", "expected", "plans", "intends"];
    future_marker_within(text, at, 160, MARKERS)
}

/// Whether one of `markers` (or a word in -'ll) stands in the last `chars` characters before
/// byte `at`, within the clause: a boundary before the date ends the window ("…, which will
/// run…; it ended on Monday").
fn future_marker_within(text: &str, at: usize, chars: usize, markers: &[&str]) -> bool {
    let start = text[..at].char_indices().rev().nth(chars).map_or(0, |(i, _)| i);
    let window = text[start..at].to_lowercase();
    let clause = &window[clause_start(&window)..];
    clause.split(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'').any(|w| markers.contains(&w) || w.ends_with("’ll") || w.ends_with("'ll"))
}

/// Where the last clause of `window` begins: after its last semicolon, or its last full stop
/// that closes no abbreviation ("in St. John's, Newfoundland, in June" is one clause).
fn clause_start(window: &str) -> usize {
    let after_semicolon = window.rfind(';').map_or(0, |i| i + 1);
    let mut start = after_semicolon;
    for (i, _) in window.match_indices('.').filter(|&(i, _)| i >= after_semicolon) {
        let word = window[..i].rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
        if !crate::text::segment::is_abbreviation(word) {
            start = i + 1;
        }
    }
    start
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str, reference: &str) -> Vec<String> {
        find_dates(text, 0, parse_reference(reference))
            .into_iter()
            .flat_map(|d| d.values)
            .collect()
    }

    #[test]
    fn absolute_dates() {
        assert_eq!(values("which concluded on 1 March 2019 in Almaty", "2020-01-01"), ["2019-03-01"]);
        assert_eq!(values("on December 26, 2013, at the", "2014-01-13"), ["2013-12-26"]);
        assert_eq!(values("on 10 and 11 October 2018 that", "2018-10-24"), ["2018-10-10", "2018-10-11"]);
        assert_eq!(values("in August 2011 it", "2014-01-13"), ["2011-08"]);
        assert_eq!(values("took place on the 5th and 6th of June 2025 at", "2025-06-09"), ["2025-06-05", "2025-06-06"]);
        assert_eq!(values("ran on the 12th of May.", "2025-06-09"), ["2025-05-12"]);
        assert_eq!(values("struck Japan in 2011.", "2014-01-13"), ["2011"]);
    }

    #[test]
    fn parts_of_days() {
        assert_eq!(values("The awards were presented last night in Accra.", "2024-11-29"), vec!["2024-11-28"]);
        assert_eq!(values("The boats were handed over this morning.", "2022-06-28"), vec!["2022-06-28"]);
    }

    #[test]
    fn yearless_ranges() {
        assert_eq!(values("The delegation visited Tashkent on November 16-17.", "2021-11-18"), vec!["2021-11-16", "2021-11-17"]);
        assert_eq!(values("It met on March 3 and 4.", "2021-11-18"), vec!["2021-03-03", "2021-03-04"]);
    }

    #[test]
    fn yearless_dates() {
        assert_eq!(month_and_day("September 23"), Some((9, 23)));
        assert_eq!(month_and_day("5 Sept."), Some((9, 5)));
        assert_eq!(month_and_day("Monday 5"), None);
        let published = parse_reference("2024-01-02").unwrap();
        assert_eq!(date_in_year_of(12, 31, published), parse_reference("2023-12-31"));
        assert_eq!(date_in_year_of(1, 1, published), parse_reference("2024-01-01"));
    }

    #[test]
    fn month_day_spans_with_to() {
        assert_eq!(values("The course, held from October 2 to 10 at the centre,", "2023-10-12"), ["2023-10-02", "2023-10-10"]);
        assert_eq!(values("open on May 2 to 5,000 visitors", "2023-05-12"), ["2023-05-02"]);
        assert_eq!(values("on May 2 to 3 pm", "2023-05-12"), ["2023-05-02"]);
    }

    #[test]
    fn bare_months_to_come() {
        // A later month is last year's in a report of what happened …
        assert_eq!(values("The plant was commissioned in July.", "2023-05-22"), ["2022-07"]);
        // … but this year's when the clause speaks of what is to come, even from afar.
        assert_eq!(
            values("Cárdenas said the results would be used to pick the squad that will represent Chile at the Pan American Games in Lima in July.", "2023-05-22"),
            ["2023-07"]
        );
        assert_eq!(values("the league said it would hold a coaching clinic for 40 young referees in Tarija in June", "2023-05-22"), ["2023-06"]);
        // An earlier month stays this year's unless the future is near it.
        assert_eq!(values("The course, which would shape the agency's plans, ended in March.", "2023-05-22"), ["2023-03"]);
    }

    #[test]
    fn relative_dates() {
        assert_eq!(values("got under way on November 12, news", "2018-11-19"), ["2018-11-12"]);
        assert_eq!(values("Astana today became", "2012-11-21"), ["2012-11-21"]);
        // 2022-04-24 is a Sunday.
        assert_eq!(values("on Sunday morning", "2022-04-24"), ["2022-04-24"]);
        assert_eq!(values("on Monday", "2022-04-24"), ["2022-04-18"]);
        assert_eq!(values("which ran from Friday to Sunday", "2022-04-25"), ["2022-04-22", "2022-04-24"]);
        assert_eq!(values("won Sunday's final", "2022-04-25"), ["2022-04-24"]);
        assert_eq!(values("will run from Friday to Sunday", "2022-04-25"), ["2022-04-29", "2022-05-01"]);
        assert_eq!(values("The fair, which ran Friday through Sunday in Osa,", "2022-04-25"), ["2022-04-22", "2022-04-24"]);
        assert_eq!(values("turned out Saturday morning for the race", "2022-04-24"), ["2022-04-23"]);
        assert_eq!(values("Saturday was a quiet day", "2022-04-24"), Vec::<String>::new());
        // 2025-06-27 is a Friday.
        assert_eq!(values("More than 300 growers turned out Thursday for the field day", "2025-06-27"), ["2025-06-26"]);
        assert_eq!(values("The market opens every Thursday", "2025-06-27"), Vec::<String>::new());
        assert_eq!(values("Entries close by Monday", "2025-06-27"), Vec::<String>::new());
        assert_eq!(values("The fair will open Monday in Osa", "2025-06-27"), ["2025-06-30"]);
        // 2024-06-17 is a Monday.
        assert_eq!(values("The quartet will perform together at the closing gala at the Riverside Stage on Sunday evening", "2024-06-17"), ["2024-06-23"]);
        assert_eq!(values("A steel bridge over the river that will spare thousands of villagers a detour was opened to traffic on Friday", "2017-02-26"), ["2017-02-24"]);
        assert_eq!(values("The baguette competition, to be judged on Saturday afternoon, opens", "2024-06-17"), ["2024-06-22"]);
        assert_eq!(values("Last week the OSCE held", "2004-12-20"), ["2004-12"]);
        assert_eq!(values("held on 5-6 May in Osh", "2021-05-20"), ["2021-05-05", "2021-05-06"]);
        assert_eq!(values("made in November by", "2004-12-20"), ["2004-11"]);
        assert_eq!(values("made in December by", "2004-11-20"), ["2003-12"]);
    }

    #[test]
    fn weekday_before_a_written_date() {
        assert_eq!(values("The utility will host an open house on Saturday, Sept. 23, from 10 a.m.", "2017-09-20"), vec!["2017-09-23"]);
        assert_eq!(values("The plant was inaugurated on Tuesday, June 6, at a ceremony.", "2023-06-08"), vec!["2023-06-06"]);
        assert_eq!(values("The fair opened on Tuesday 4 June 2019 in Osh.", "2019-06-10"), vec!["2019-06-04"]);
        assert_eq!(values("The fair fills the shed on Saturday 17 and Sunday 18 February.", "2024-02-05"), vec!["2024-02-17", "2024-02-18"]);
        assert_eq!(values("Races ran on Friday 8 to Sunday 10 March 2024.", "2024-03-11"), vec!["2024-03-08", "2024-03-10"]);
    }

    #[test]
    fn weekday_before_the_future_verb_of_its_clause() {
        assert_eq!(values("The official opening, at Osa Square at 6pm on Friday, will be performed by the mayor.", "2023-10-03"), vec!["2023-10-06"]);
        assert_eq!(values("On Saturday, volunteers will plant trees.", "2023-10-03"), vec!["2023-10-07"]);
        assert_eq!(values("On Monday the mayor said the park will open.", "2023-10-03"), vec!["2023-10-02"]);
        assert_eq!(values("The firm held a seminar on Wednesday on the rules that the act will bring.", "2025-04-17"), vec!["2025-04-16"]);
        // A timetable in the present (2017-09-21 is a Thursday).
        assert_eq!(values("The anniversary celebrations continue on Saturday with an open day.", "2017-09-21"), vec!["2017-09-23"]);
        assert_eq!(values("His first match in charge comes on Saturday.", "2017-09-21"), vec!["2017-09-23"]);
        assert_eq!(values("The celebrations began on Saturday with an open day.", "2017-09-21"), vec!["2017-09-16"]);
    }

    #[test]
    fn days_without_a_year() {
        assert_eq!(values("The arm will hold a training camp for under-19 players in Punta del Este from 8 to 12 January.", "2023-12-01"), ["2024-01-08", "2024-01-12"]);
        assert_eq!(values("The shelter opened on 12 March, the trust said.", "2024-02-10"), ["2024-03-12"]);
    }

    #[test]
    fn dates_to_come() {
        // 2023-03-03 is a Friday.
        assert_eq!(values("The fair, which runs until Saturday, opened", "2023-03-03"), ["2023-03-04"]);
        assert_eq!(values("The next round will be held on Tuesday in Osh", "2023-03-03"), ["2023-03-07"]);
        assert_eq!(values("a handbook will be presented in Almaty in May", "2023-03-03"), ["2023-05"]);
        assert_eq!(values("a second course is scheduled in January", "2023-03-03"), ["2024-01"]);
        // Past: a future earlier in the sentence, past a full stop, does not count.
        assert_eq!(values("It will grow. The first course ended in May", "2023-03-03"), ["2022-05"]);
        assert_eq!(values("Results will be presented at a symposium in St. John's, Newfoundland, in June.", "2025-04-23"), ["2025-06"]);
        assert_eq!(values("The cooperative will hold its fourth bread festival on the main square from Thursday to Sunday.", "2024-05-13"), ["2024-05-16", "2024-05-19"]);
        assert_eq!(values("The talks, held on Tuesday, were useful", "2023-03-03"), ["2023-02-28"]);
        assert_eq!(values("The fair lasted until Wednesday", "2023-03-03"), ["2023-03-01"]);
        assert_eq!(values("The forum closes on Wednesday with a declaration.", "2023-11-14"), ["2023-11-15"]);
        assert_eq!(values("The forum closed on Wednesday with a declaration.", "2023-11-16"), ["2023-11-15"]);
        assert_eq!(values("talks resume next Monday", "2023-03-03"), ["2023-03-06"]);
    }

    #[test]
    fn yardsticks_are_no_dates() {
        assert_eq!(values("visitors nearly doubled compared with last year", "2022-10-08"), Vec::<String>::new());
        assert_eq!(values("more runners than last year", "2022-10-08"), Vec::<String>::new());
        assert_eq!(values("The fair was held last year in Osh", "2022-10-08"), ["2021"]);
    }
}
