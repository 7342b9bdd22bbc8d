//! An RDF file read into memory: every triple of its default graph (named graphs merged),
//! found by subject, in the file's order. RDF/XML, Turtle, N-Triples and JSON-LD, by extension
//! or, for `.xml`, `.rdf` and unknown ones, by the first characters of the text.

use std::collections::HashMap;

use oxrdf::{NamedOrBlankNode, Term};
use oxrdfio::{JsonLdProfileSet, RdfFormat, RdfParser};

/// A node of the graph: an IRI or a blank node (`_:id`).
pub type Node = String;

/// An object of a triple.
#[derive(Debug, Clone, PartialEq)]
pub enum Object {
    /// An IRI.
    Iri(String),
    /// A blank node (`_:id`).
    Blank(String),
    /// A literal: its text, its language tag, its datatype IRI.
    Literal {
        /// The lexical form.
        value: String,
        /// The language tag, lowercase (`fr`).
        language: Option<String>,
        /// The datatype's IRI.
        datatype: String,
    },
}

impl Object {
    /// The node this object names, when it is not a literal.
    pub fn node(&self) -> Option<&str> {
        match self {
            Object::Iri(iri) | Object::Blank(iri) => Some(iri),
            Object::Literal { .. } => None,
        }
    }
}

/// The triples of a file, by subject.
#[derive(Debug, Default)]
pub struct Graph {
    by_subject: HashMap<Node, Vec<(String, Object)>>,
    /// The subjects in the order they first appear.
    order: Vec<Node>,
    /// The predicates that point at each node (as an object).
    incoming: HashMap<Node, Vec<String>>,
}

/// Why a file cannot be read as RDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RdfError {
    /// What the parser said.
    pub message: String,
    /// Where (a byte offset of the text), when the parser says.
    pub offset: Option<usize>,
}

/// The RDF syntax of a file, from its extension, else from its first characters.
pub fn format_of(extension: Option<&str>, text: &str) -> RdfFormat {
    let by_extension = extension
        .map(str::to_ascii_lowercase)
        .and_then(|extension| match extension.as_str() {
            "ttl" => Some(RdfFormat::Turtle),
            "nt" => Some(RdfFormat::NTriples),
            "jsonld" | "json" => Some(RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            }),
            _ => None,
        });
    by_extension.unwrap_or_else(|| {
        let start = text.trim_start_matches('\u{feff}').trim_start();
        if start.starts_with('<') && !start.starts_with("<http") {
            RdfFormat::RdfXml
        } else if start.starts_with(['{', '[']) {
            RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            }
        } else {
            RdfFormat::Turtle
        }
    })
}

impl Graph {
    /// Parses `text` in `format`; the first syntax error stops it.
    pub fn parse(text: &str, format: RdfFormat) -> Result<Graph, RdfError> {
        let parser = RdfParser::from_format(format);
        let mut graph = Graph::default();
        for quad in parser.for_slice(text.as_bytes()) {
            let quad = quad.map_err(|error| {
                let offset = error
                    .location()
                    .and_then(|range| usize::try_from(range.start.offset).ok());
                RdfError {
                    message: error.to_string(),
                    offset,
                }
            })?;
            let subject = match quad.subject {
                NamedOrBlankNode::NamedNode(node) => node.into_string(),
                NamedOrBlankNode::BlankNode(node) => format!("_:{}", node.as_str()),
            };
            let object = match quad.object {
                Term::NamedNode(node) => Object::Iri(node.into_string()),
                Term::BlankNode(node) => Object::Blank(format!("_:{}", node.as_str())),
                Term::Literal(literal) => {
                    let (value, datatype, language) = literal.destruct();
                    let datatype = datatype.map_or_else(
                        || {
                            if language.is_some() {
                                "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString".to_owned()
                            } else {
                                "http://www.w3.org/2001/XMLSchema#string".to_owned()
                            }
                        },
                        |datatype| datatype.into_string(),
                    );
                    Object::Literal {
                        value,
                        language: language.map(|tag| tag.to_ascii_lowercase()),
                        datatype,
                    }
                }
                #[allow(unreachable_patterns)]
                _ => continue,
            };
            graph.insert(subject, quad.predicate.into_string(), object);
        }
        Ok(graph)
    }

    /// Adds a triple, unless the graph holds it already.
    pub fn insert(&mut self, subject: Node, predicate: String, object: Object) {
        let entry = self.by_subject.entry(subject.clone()).or_insert_with(|| {
            self.order.push(subject);
            Vec::new()
        });
        if !entry.iter().any(|(p, o)| *p == predicate && *o == object) {
            if let Some(node) = object.node() {
                self.incoming
                    .entry(node.to_owned())
                    .or_default()
                    .push(predicate.clone());
            }
            entry.push((predicate, object));
        }
    }

    /// The objects of `subject`'s `predicate`, in the file's order.
    pub fn objects<'g, 'p>(
        &'g self,
        subject: &str,
        predicate: &'p str,
    ) -> impl Iterator<Item = &'g Object> + use<'g, 'p> {
        self.by_subject
            .get(subject)
            .into_iter()
            .flatten()
            .filter(move |(p, _)| p == predicate)
            .map(|(_, object)| object)
    }

    /// Every object of `subject`, whatever the predicate, in the file's order.
    pub fn objects_of<'g>(&'g self, subject: &str) -> impl Iterator<Item = &'g Object> {
        self.by_subject
            .get(subject)
            .into_iter()
            .flatten()
            .map(|(_, object)| object)
    }

    /// The predicates of the triples whose object is `node`.
    pub fn incoming(&self, node: &str) -> &[String] {
        self.incoming.get(node).map_or(&[], Vec::as_slice)
    }

    /// The first object of `subject`'s `predicate`.
    pub fn value(&self, subject: &str, predicate: &str) -> Option<&Object> {
        self.objects(subject, predicate).next()
    }

    /// The subjects of type `class`, in the order they first appear.
    pub fn of_type<'g>(&'g self, class: &'g str) -> impl Iterator<Item = &'g str> + use<'g> {
        self.order
            .iter()
            .map(String::as_str)
            .filter(move |subject| {
                self.objects(subject, RDF_TYPE)
                    .any(|object| matches!(object, Object::Iri(iri) if iri == class))
            })
    }
}

/// `rdf:type`.
pub const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turtle_and_its_errors() {
        let text = "@prefix dct: <http://purl.org/dc/terms/> .\n<http://e.org/d> dct:title \"Titre\"@fr, \"Title\"@en .\n";
        let graph = Graph::parse(text, format_of(Some("ttl"), text)).unwrap();
        let titles: Vec<&Object> = graph
            .objects("http://e.org/d", "http://purl.org/dc/terms/title")
            .collect();
        assert_eq!(titles.len(), 2);
        let broken = "<http://e.org/d> <http://p> \"unclosed .\n";
        let error = Graph::parse(broken, RdfFormat::Turtle).unwrap_err();
        assert_eq!(error.offset, Some(28));
    }
}
