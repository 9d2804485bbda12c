//! Every IRI factgraph writes, as checked constants in one place (in the manner of sophia's
//! vocabularies), so a typo is a compile error rather than a silently different term, and
//! `tests/suite/vocab_terms.rs` can check each fg: term against the ontology.

use oxigraph::model::NamedNodeRef;

/// Prefixes used for Turtle output, table display and predeclared in queries.
pub const PREFIXES: &[(&str, &str)] = &[
    ("fg", fg::NS),
    ("rdf", rdf::NS),
    ("rdfs", rdfs::NS),
    ("owl", owl::NS),
    ("xsd", xsd::NS),
    ("skos", skos::NS),
    ("wd", wd::NS),
    ("wdt", wdt::NS),
    ("schema", schema::NS),
    ("prov", prov::NS),
    ("dcterms", dcterms::NS),
    ("nif", nif::NS),
];

macro_rules! terms {
    ($ns:literal; $($name:ident = $local:literal),* $(,)?) => {
        $(pub const $name: NamedNodeRef<'static> =
            NamedNodeRef::new_unchecked(concat!($ns, $local));)*
    };
}

/// The factgraph ontology.
pub mod fg {
    use super::NamedNodeRef;
    pub const NS: &str = "https://w3id.org/factgraph/ontology#";
    /// The ontology's own IRI; also the named graph the ontology is stored in.
    pub const ONTOLOGY: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/factgraph/ontology");
    terms!("https://w3id.org/factgraph/ontology#";
        // Top classes.
        PERSON = "Person", ORGANIZATION = "Organization", PLACE = "Place", EVENT = "Event",
        QUOTATION = "Quotation", DOCUMENT = "Document",
        // Object properties.
        ORGANIZER = "organizer", SPONSOR = "sponsor", PARTICIPANT = "participant",
        LOCATION = "location", EMPLOYER = "employer", HEAD_OF = "headOf", PART_OF = "partOf",
        LOCATED_IN = "locatedIn", SAID = "said", MENTIONED_IN = "mentionedIn",
        // Datatype properties.
        DATE = "date", POSITION = "position", TEXT = "text",
        // Annotation properties.
        CONTENT_HASH = "contentHash", EVIDENCE_TEXT = "evidenceText", SENTENCE = "sentence",
        RULE = "rule", CONFIDENCE = "confidence", LINK_SCORE = "linkScore",
        LINK_MARGIN = "linkMargin",
    );

    /// Subclasses an extractor may name in `Entity::class`, with the top class (by local
    /// name) each belongs to. A class not listed here falls back to the entity kind's class.
    pub const SUBCLASSES: &[(&str, &str)] = &[
        ("City", "Place"),
        ("Country", "Place"),
        ("Region", "Place"),
        ("Venue", "Place"),
        ("GovernmentAgency", "Organization"),
        ("Ministry", "Organization"),
        ("Embassy", "Organization"),
        ("InternationalOrganization", "Organization"),
        ("NewsAgency", "Organization"),
        ("Company", "Organization"),
        ("NonGovernmentalOrganization", "Organization"),
        ("Department", "Organization"),
        ("Seminar", "Event"),
        ("Conference", "Event"),
        ("Meeting", "Event"),
        ("Visit", "Event"),
        ("Signing", "Event"),
        ("Training", "Event"),
        ("Ceremony", "Event"),
        ("SportsEvent", "Event"),
    ];

    /// Every fg: term above (classes, properties, subclasses), for checks against the
    /// ontology file.
    pub fn all_terms() -> Vec<String> {
        let mut v: Vec<String> = [
            PERSON, ORGANIZATION, PLACE, EVENT, QUOTATION, DOCUMENT, ORGANIZER, SPONSOR,
            PARTICIPANT, LOCATION, EMPLOYER, HEAD_OF, PART_OF, LOCATED_IN, SAID, MENTIONED_IN,
            DATE, POSITION, TEXT, CONTENT_HASH, EVIDENCE_TEXT, SENTENCE, RULE, CONFIDENCE,
            LINK_SCORE, LINK_MARGIN,
        ]
        .iter()
        .map(|t| t.as_str().to_owned())
        .collect();
        v.extend(SUBCLASSES.iter().map(|(c, _)| format!("{NS}{c}")));
        v
    }
}

pub mod rdf {
    use super::NamedNodeRef;
    pub const NS: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    terms!("http://www.w3.org/1999/02/22-rdf-syntax-ns#"; TYPE = "type");
}

pub mod rdfs {
    use super::NamedNodeRef;
    pub const NS: &str = "http://www.w3.org/2000/01/rdf-schema#";
    terms!("http://www.w3.org/2000/01/rdf-schema#"; LABEL = "label", SUB_CLASS_OF = "subClassOf");
}

pub mod owl {
    use super::NamedNodeRef;
    pub const NS: &str = "http://www.w3.org/2002/07/owl#";
    terms!("http://www.w3.org/2002/07/owl#";
        NAMED_INDIVIDUAL = "NamedIndividual", SAME_AS = "sameAs", AXIOM = "Axiom",
        ANNOTATED_SOURCE = "annotatedSource", ANNOTATED_PROPERTY = "annotatedProperty",
        ANNOTATED_TARGET = "annotatedTarget", ONTOLOGY = "Ontology",
    );
}

pub mod xsd {
    use super::NamedNodeRef;
    pub const NS: &str = "http://www.w3.org/2001/XMLSchema#";
    terms!("http://www.w3.org/2001/XMLSchema#";
        STRING = "string", DATE = "date", G_YEAR_MONTH = "gYearMonth", G_YEAR = "gYear",
        DECIMAL = "decimal", NON_NEGATIVE_INTEGER = "nonNegativeInteger",
    );
}

pub mod skos {
    use super::NamedNodeRef;
    pub const NS: &str = "http://www.w3.org/2004/02/skos/core#";
    terms!("http://www.w3.org/2004/02/skos/core#"; ALT_LABEL = "altLabel");
}

pub mod prov {
    use super::NamedNodeRef;
    pub const NS: &str = "http://www.w3.org/ns/prov#";
    terms!("http://www.w3.org/ns/prov#"; WAS_DERIVED_FROM = "wasDerivedFrom");
}

pub mod dcterms {
    use super::NamedNodeRef;
    pub const NS: &str = "http://purl.org/dc/terms/";
    terms!("http://purl.org/dc/terms/";
        IDENTIFIER = "identifier", TITLE = "title", SOURCE = "source", DATE = "date",
    );
}

pub mod nif {
    use super::NamedNodeRef;
    pub const NS: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    terms!("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
        BEGIN_INDEX = "beginIndex", END_INDEX = "endIndex",
    );
}

pub mod schema {
    pub const NS: &str = "http://schema.org/";
}

/// Wikidata entities (owl:sameAs targets).
pub mod wd {
    pub const NS: &str = "http://www.wikidata.org/entity/";
}

/// Wikidata direct properties (predeclared for queries only).
pub mod wdt {
    pub const NS: &str = "http://www.wikidata.org/prop/direct/";
}
