//! CSW `GetRecords` answers as udata's CSW backends read them (udata 17.18,
//! `udata/harvest/backends/dcat.py`: `BaseCswDcatBackend`): the request udata posts, page by
//! page (25 records, from `startPosition`, to the `nextRecord` the server announces, with the
//! backend's break conditions), and the records of each answer. The CSW-DCAT backend reads
//! each record as RDF/XML, then maps its datasets as the DCAT backend does. Records in ISO
//! 19139 (`gmd:MD_Metadata`, the CSW-ISO-19139 backend's, which udata turns into DCAT with
//! SEMIC's stylesheet) are counted, not read yet.

use roxmltree::{Document, Node, ParsingOptions};

use super::{Skip, iso19139};

const CSW: &str = "http://www.opengis.net/cat/csw/2.0.2";
const GMD: &str = "http://www.isotc211.org/2005/gmd";

/// Records per page, as udata asks.
const PAGE_SIZE: usize = 25;

/// The most XML nodes read from one answer (about a hundred megabytes of records).
const NODES_LIMIT: u32 = 10_000_000;

/// The record schema a CSW server is asked for (`outputSchema`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schema {
    /// DCAT, as udata's CSW-DCAT backend asks.
    Dcat,
    /// ISO 19139, as udata's CSW-ISO-19139 backend asks.
    Iso19139,
}

/// The `GetRecords` request udata's CSW backends post for the page starting at `start`
/// (1-based): datasets, series and services, sorted by identifier, in `schema`.
pub fn request(start: usize, schema: Schema) -> String {
    let output_schema = match schema {
        Schema::Dcat => "http://www.w3.org/ns/dcat#",
        Schema::Iso19139 => GMD,
    };
    format!(
        r#"<csw:GetRecords xmlns:apiso="http://www.opengis.net/cat/csw/apiso/1.0"
                xmlns:csw="{CSW}" xmlns:ogc="http://www.opengis.net/ogc" xmlns:gmd="{GMD}"
                service="CSW" version="2.0.2" outputFormat="application/xml"
                resultType="results" startPosition="{start}" maxRecords="{PAGE_SIZE}"
                outputSchema="{output_schema}">
  <csw:Query typeNames="gmd:MD_Metadata">
    <csw:ElementSetName>full</csw:ElementSetName>
    <csw:Constraint version="1.1.0">
      <ogc:Filter>
        <ogc:Or>
          <ogc:PropertyIsEqualTo><ogc:PropertyName>apiso:type</ogc:PropertyName><ogc:Literal>dataset</ogc:Literal></ogc:PropertyIsEqualTo>
          <ogc:PropertyIsEqualTo><ogc:PropertyName>apiso:type</ogc:PropertyName><ogc:Literal>nonGeographicDataset</ogc:Literal></ogc:PropertyIsEqualTo>
          <ogc:PropertyIsEqualTo><ogc:PropertyName>apiso:type</ogc:PropertyName><ogc:Literal>series</ogc:Literal></ogc:PropertyIsEqualTo>
          <ogc:PropertyIsEqualTo><ogc:PropertyName>apiso:type</ogc:PropertyName><ogc:Literal>service</ogc:Literal></ogc:PropertyIsEqualTo>
        </ogc:Or>
      </ogc:Filter>
    </csw:Constraint>
    <ogc:SortBy><ogc:SortProperty><ogc:PropertyName>apiso:identifier</ogc:PropertyName><ogc:SortOrder>ASC</ogc:SortOrder></ogc:SortProperty></ogc:SortBy>
  </csw:Query>
</csw:GetRecords>"#
    )
}

/// One answer to `GetRecords`.
#[derive(Debug, Default)]
pub struct Answer {
    /// Each DCAT record, by its number in the server's numbering (the answer's first is
    /// `start`), as a standalone RDF/XML text (the namespaces declared around it copied onto
    /// it).
    pub records: Vec<(usize, String)>,
    /// The ISO 19139 records, each by its name (its file identifier, else its number), as
    /// the graph udata's stylesheet makes of it, or why udata makes no dataset of it.
    pub iso_records: Vec<(String, Result<iso19139::Mapped, Skip>)>,
    /// The page to ask for next (`nextRecord`), when the backend would.
    pub next: Option<usize>,
}

/// Why an answer gives no records.
#[derive(Debug)]
pub enum AnswerError {
    /// The text is not XML (a DTD included: refused), at this byte offset.
    Xml {
        /// Where.
        offset: usize,
        /// The parser's message.
        message: String,
    },
    /// The server answered with an `ExceptionReport`: its text.
    Exception(String),
    /// No `csw:GetRecordsResponse/csw:SearchResults`.
    NoResults,
}

/// Reads an answer to the page that started at `start`.
pub fn read(text: &str, start: usize) -> Result<Answer, AnswerError> {
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: NODES_LIMIT,
        ..ParsingOptions::default()
    };
    let document = Document::parse_with_options(text, options).map_err(|error| {
        let position = error.pos();
        AnswerError::Xml {
            offset: offset_of(text, position.row, position.col),
            message: error.to_string(),
        }
    })?;
    let root = document.root_element();
    if root.tag_name().name() == "ExceptionReport" {
        let words: Vec<&str> = root
            .descendants()
            .filter(Node::is_text)
            .filter_map(|node| node.text())
            .flat_map(str::split_whitespace)
            .collect();
        return Err(AnswerError::Exception(words.join(" ")));
    }
    let results = (root.tag_name().namespace() == Some(CSW)
        && root.tag_name().name() == "GetRecordsResponse")
        .then(|| {
            root.children().find(|node| {
                node.tag_name().namespace() == Some(CSW)
                    && node.tag_name().name() == "SearchResults"
            })
        })
        .flatten()
        .ok_or(AnswerError::NoResults)?;
    let mut answer = Answer {
        next: next_position(start, &results),
        ..Answer::default()
    };
    for (index, record) in results.children().filter(Node::is_element).enumerate() {
        if iso19139::is_record(&record) {
            let name = Some(iso19139::name(record))
                .filter(|name| !name.is_empty())
                .unwrap_or_else(|| (start + index).to_string());
            answer.iso_records.push((name, iso19139::graph(record)));
        } else {
            answer
                .records
                .push((start + index, standalone(text, &record)));
        }
    }
    Ok(answer)
}

/// The position udata asks for next: `nextRecord`, unless the server says it is done (0),
/// misbehaves (past the records matched, or before `start`) or returned nothing.
fn next_position(start: usize, results: &Node<'_, '_>) -> Option<usize> {
    let number = |name: &str| -> Option<usize> { results.attribute(name)?.trim().parse().ok() };
    let (next, matched, returned) = (
        number("nextRecord")?,
        number("numberOfRecordsMatched")?,
        number("numberOfRecordsReturned")?,
    );
    let done = next == 0 || next > matched || returned == 0 || next < start;
    (!done).then_some(next)
}

/// The text of `record` with the namespaces in scope around it declared on its start tag,
/// so that it reads alone as RDF/XML (as Saxon serialises a node).
fn standalone(text: &str, record: &Node<'_, '_>) -> String {
    let slice = &text[record.range()];
    let name_end = slice[1..]
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .map_or(slice.len(), |at| at + 1);
    let tag_end = slice.find('>').unwrap_or(slice.len());
    let start_tag = &slice[..tag_end];
    let mut declarations = String::new();
    for namespace in record.namespaces() {
        let attribute = match namespace.name() {
            Some(prefix) => format!("xmlns:{prefix}="),
            None => "xmlns=".to_owned(),
        };
        if !start_tag.contains(&attribute) {
            declarations.push_str(&format!(
                " {attribute}\"{}\"",
                escape_attribute(namespace.uri())
            ));
        }
    }
    format!("{}{declarations}{}", &slice[..name_end], &slice[name_end..])
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// The byte offset of a 1-based row and column (in characters) of `text`.
fn offset_of(text: &str, row: u32, column: u32) -> usize {
    let mut offset = 0;
    for (number, line) in text.split_inclusive('\n').enumerate() {
        if number + 1 == row as usize {
            return offset
                + line
                    .char_indices()
                    .nth(column.saturating_sub(1) as usize)
                    .map_or(line.len(), |(at, _)| at);
        }
        offset += line.len();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANSWER: &str = r#"<?xml version="1.0"?>
<csw:GetRecordsResponse xmlns:csw="http://www.opengis.net/cat/csw/2.0.2"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dcat="http://www.w3.org/ns/dcat#"
    xmlns:dct="http://purl.org/dc/terms/" xmlns:gmd="http://www.isotc211.org/2005/gmd">
  <csw:SearchStatus timestamp="2026-11-22T12:00:00"/>
  <csw:SearchResults numberOfRecordsMatched="60" numberOfRecordsReturned="2" nextRecord="3">
    <rdf:RDF><dcat:Dataset rdf:about="https://geo.example.fr/1"><dct:title>Un</dct:title></dcat:Dataset></rdf:RDF>
    <gmd:MD_Metadata/>
  </csw:SearchResults>
</csw:GetRecordsResponse>"#;

    #[test]
    fn records_are_read_alone_and_the_paging_follows_the_server() {
        let answer = read(ANSWER, 1).unwrap();
        assert_eq!(answer.records.len(), 1);
        assert_eq!(answer.iso_records.len(), 1);
        assert!(
            matches!(&answer.iso_records[0].1, Err(Skip::NotDataset(level)) if level.is_empty())
        );
        assert_eq!(answer.next, Some(3));
        let (number, record) = &answer.records[0];
        assert_eq!(*number, 1);
        assert!(record.starts_with("<rdf:RDF xmlns:"));
        assert!(record.contains("xmlns:dct=\"http://purl.org/dc/terms/\""));
        // A server announcing a next record before the start, or none, ends the paging.
        assert_eq!(read(ANSWER, 5).unwrap().next, None);
        let done = ANSWER.replace("nextRecord=\"3\"", "nextRecord=\"0\"");
        assert_eq!(read(&done, 1).unwrap().next, None);
    }

    #[test]
    fn exceptions_and_broken_answers_are_told_apart() {
        let exception = r#"<ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows"><ows:Exception exceptionCode="NoApplicableCode"><ows:ExceptionText>Database  down</ows:ExceptionText></ows:Exception></ows:ExceptionReport>"#;
        assert!(
            matches!(read(exception, 1), Err(AnswerError::Exception(text)) if text == "Database down")
        );
        assert!(matches!(
            read("<a><b></a>", 1),
            Err(AnswerError::Xml { .. })
        ));
        let bomb = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>";
        assert!(matches!(read(bomb, 1), Err(AnswerError::Xml { .. })));
        assert!(matches!(read("<a/>", 1), Err(AnswerError::NoResults)));
    }
}
