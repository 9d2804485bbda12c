//! Wikidata classes (P31 "instance of" values) mapped to factgraph entity types.
//!
//! The linker must never link a person to a city, so every Wikidata item needs a coarse
//! type. Wikidata types items by P31 values, which are themselves classes arranged by P279
//! "subclass of". This table names the core classes news mentions most; the importer
//! extends it with every class whose P279 ancestors reach one of them (see
//! [`crate::link::index`]), nearest ancestor first. Items whose classes reach none of these
//! stay untyped, and the linker treats them with suspicion.
//!
//! The QIDs are Wikidata's core classes (human Q5, organization Q43229, city Q515, ...). A
//! wrong entry here mistypes a class of items; it never links a wrong item on its own.

use crate::extract::EntityType;

/// The fine type a class maps to: the factgraph ontology class local name and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClassType {
    pub kind: EntityType,
    /// Local name of the fg: class ("City", "Country", "NewsAgency", ...).
    pub class: &'static str,
}

const fn t(kind: EntityType, class: &'static str) -> ClassType {
    ClassType { kind, class }
}

use EntityType::{Event as E, Organization as O, Person as P, Place as L};

/// Looks up a core class.
pub fn core_class(qid: u32) -> Option<ClassType> {
    CORE.iter().find(|(q, _)| *q == qid).map(|(_, c)| *c)
}

/// The core classes, by numeric QID.
pub static CORE: &[(u32, ClassType)] = &[
    (5, t(P, "Person")),                            // human
    (198, t(E, "Event")),                           // war
    (515, t(L, "City")),                            // city
    (532, t(L, "Place")),                           // village
    (3914, t(O, "Organization")),                   // school
    (3918, t(O, "Organization")),                   // university
    (3957, t(L, "City")),                           // town
    (4022, t(L, "Place")),                          // river
    (5119, t(L, "City")),                           // capital city
    (6256, t(L, "Country")),                        // country
    (7275, t(L, "Country")),                        // state
    (7278, t(O, "Organization")),                   // political party
    (8502, t(L, "Place")),                          // mountain
    (11032, t(O, "Organization")),                  // newspaper
    (23397, t(L, "Place")),                         // lake
    (23442, t(L, "Place")),                         // island
    (35657, t(L, "Region")),                        // U.S. state
    (40231, t(E, "Event")),                         // public election
    (43229, t(O, "Organization")),                  // organization
    (82794, t(L, "Region")),                        // geographic region
    (178561, t(E, "Event")),                        // battle
    (327333, t(O, "GovernmentAgency")),             // government agency
    (350604, t(E, "Event")),                        // armed conflict
    (484652, t(O, "InternationalOrganization")),    // international organization
    (486972, t(L, "Place")),                        // human settlement
    (783794, t(O, "Company")),                      // company
    (1549591, t(L, "City")),                        // big city
    (1656682, t(E, "Event")),                       // event
    (1637706, t(L, "City")),                        // city with millions of inhabitants
    (2221906, t(L, "Place")),                       // geographic location
    (3624078, t(L, "Country")),                     // sovereign state
    (4830453, t(O, "Company")),                     // business
    (10864048, t(L, "Region")),                     // first-level administrative country subdivision
    (17334923, t(L, "Place")),                      // location
    (192283, t(O, "NewsAgency")),                   // news agency
];

/// Classes whose instances are Wikimedia pages, not things: never candidates.
pub const WIKIMEDIA_CLASSES: &[u32] = &[
    4167410,  // Wikimedia disambiguation page
    4167836,  // Wikimedia category
    11266439, // Wikimedia template
    13406463, // Wikimedia list article
];

/// The coarse root class of each kind, as accepted by `wikidata import --types`.
pub fn kind_root(kind: EntityType) -> u32 {
    match kind {
        EntityType::Person => 5,
        EntityType::Organization => 43229,
        EntityType::Place => 2221906,
        EntityType::Event => 1656682,
    }
}

/// The kind a gazetteer or index class name ("City", "NewsAgency") belongs to.
pub fn kind_of_class(class: &str) -> Option<EntityType> {
    match class {
        "Person" => Some(EntityType::Person),
        "Country" | "City" | "Region" | "Place" | "Venue" => Some(EntityType::Place),
        "Organization" | "InternationalOrganization" | "GovernmentAgency" | "NewsAgency" | "Company"
        | "Ministry" | "Embassy" | "NonGovernmentalOrganization" | "Department" => {
            Some(EntityType::Organization)
        }
        "Event" | "SportsEvent" | "Conference" | "Meeting" => Some(EntityType::Event),
        _ => None,
    }
}

/// Compact code of a [`ClassType`] in the index files (index into [`CLASS_CODES`]).
pub const CLASS_CODES: &[ClassType] = &[
    t(P, "Person"),
    t(O, "Organization"),
    t(O, "Company"),
    t(O, "GovernmentAgency"),
    t(O, "InternationalOrganization"),
    t(O, "NewsAgency"),
    t(L, "Place"),
    t(L, "City"),
    t(L, "Country"),
    t(L, "Region"),
    t(E, "Event"),
];

/// The code of a class type (its position in [`CLASS_CODES`]).
pub fn code_of(c: ClassType) -> u8 {
    CLASS_CODES.iter().position(|x| *x == c).unwrap_or(0) as u8
}

/// The class type of a code, if valid.
pub fn from_code(code: u8) -> Option<ClassType> {
    CLASS_CODES.get(code as usize).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_table_is_unique_and_coded() {
        let mut qids: Vec<u32> = CORE.iter().map(|(q, _)| *q).collect();
        qids.sort_unstable();
        qids.dedup();
        assert_eq!(qids.len(), CORE.len(), "duplicate class");
        assert_eq!(core_class(5).map(|c| c.kind), Some(EntityType::Person));
        for (_, c) in CORE {
            assert_eq!(from_code(code_of(*c)), Some(*c), "{c:?} has no code");
            assert_eq!(kind_of_class(c.class), Some(c.kind));
        }
    }
}
