//! The vocabularies of the MQA's indicators (`rules/vocabularies/mqa.toml`): the EU file
//! types with the udata formats and media types that name them, data.europa.eu's
//! non-proprietary and machine-readable lists, the licences it knows, the access rights.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::LazyLock;

use crate::model::data_file::DataFileError;
use serde::Deserialize;

/// The vocabulary file, as written.
pub const SOURCE: &str = include_str!("../../../rules/vocabularies/mqa.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileType {
    code: String,
    #[serde(default)]
    formats: Vec<String>,
    #[serde(default)]
    media_types: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MqaFile {
    non_proprietary: Vec<String>,
    machine_readable: Vec<String>,
    access_rights: Vec<String>,
    known_licences: BTreeMap<String, String>,
    file_type: Vec<FileType>,
}

/// The MQA's vocabularies, indexed.
pub struct MqaVocabulary {
    code_of_format: HashMap<String, String>,
    code_of_media_type: HashMap<String, String>,
    non_proprietary: HashSet<String>,
    machine_readable: HashSet<String>,
    access_rights: Vec<String>,
    known_licences: BTreeMap<String, String>,
}

impl MqaVocabulary {
    /// Parses the vocabulary file; an error names what is wrong.
    pub fn parse(source: &str) -> Result<MqaVocabulary, DataFileError> {
        let file: MqaFile = toml::from_str(source)?;
        let mut code_of_format = HashMap::new();
        let mut code_of_media_type = HashMap::new();
        for file_type in &file.file_type {
            let names = std::iter::once(&file_type.code).chain(&file_type.formats);
            for name in names {
                code_of_format.insert(name.to_lowercase(), file_type.code.clone());
            }
            for media_type in &file_type.media_types {
                code_of_media_type.insert(media_type.to_lowercase(), file_type.code.clone());
            }
        }
        let codes: HashSet<&str> = file.file_type.iter().map(|t| t.code.as_str()).collect();
        if let Some(missing) = file
            .non_proprietary
            .iter()
            .chain(&file.machine_readable)
            .find(|code| !codes.contains(code.as_str()))
        {
            return Err(DataFileError::Entry {
                entry: format!("`{missing}`"),
                message: "listed but has no [[file_type]]".to_owned(),
            });
        }
        Ok(MqaVocabulary {
            code_of_format,
            code_of_media_type,
            non_proprietary: file.non_proprietary.into_iter().collect(),
            machine_readable: file.machine_readable.into_iter().collect(),
            access_rights: file.access_rights,
            known_licences: file.known_licences,
        })
    }

    /// The vocabulary compiled into the binary.
    pub fn embedded() -> &'static MqaVocabulary {
        static EMBEDDED: LazyLock<MqaVocabulary> = LazyLock::new(|| {
            MqaVocabulary::parse(SOURCE).unwrap_or_else(|error| panic!("{error}"))
        });
        &EMBEDDED
    }

    /// The EU file-type code a udata format names (`csv` → `CSV`), trimmed and lowercased.
    pub fn code_of_format(&self, format: &str) -> Option<&str> {
        self.code_of_format
            .get(&format.trim().to_lowercase())
            .map(String::as_str)
    }

    /// The EU file-type code of an IANA media type (`text/csv; charset=utf-8` → `CSV`).
    pub fn code_of_media_type(&self, media_type: &str) -> Option<&str> {
        let essence = media_type.split(';').next().unwrap_or_default();
        self.code_of_media_type
            .get(&essence.trim().to_lowercase())
            .map(String::as_str)
    }

    /// Whether a file-type code is on data.europa.eu's non-proprietary list.
    pub fn is_non_proprietary(&self, code: &str) -> bool {
        self.non_proprietary.contains(code)
    }

    /// Whether a file-type code is on data.europa.eu's machine-readable list.
    pub fn is_machine_readable(&self, code: &str) -> bool {
        self.machine_readable.contains(code)
    }

    /// Whether an access right (`PUBLIC`) is a concept of the EU access-right table.
    pub fn is_access_right(&self, concept: &str) -> bool {
        self.access_rights.iter().any(|known| known == concept)
    }

    /// The concept data.europa.eu knows a udata licence by, if it knows it.
    pub fn known_licence(&self, license_id: &str) -> Option<&str> {
        self.known_licences.get(license_id).map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_have_the_sizes_of_their_sources() {
        let file: MqaFile = toml::from_str(SOURCE).unwrap();
        assert_eq!(file.non_proprietary.len(), 29);
        assert_eq!(file.machine_readable.len(), 20);
        MqaVocabulary::parse(SOURCE).unwrap();
    }

    #[test]
    fn formats_and_media_types_name_their_codes() {
        let vocab = MqaVocabulary::embedded();
        assert_eq!(vocab.code_of_format(" CSV "), Some("CSV"));
        assert_eq!(vocab.code_of_format("ogc:wms"), Some("WMS_SRVC"));
        assert_eq!(vocab.code_of_format("tableur"), None);
        assert_eq!(
            vocab.code_of_media_type("Text/CSV; charset=utf-8"),
            Some("CSV")
        );
        assert!(vocab.is_machine_readable("XLSX") && !vocab.is_non_proprietary("XLSX"));
        assert!(!vocab.is_machine_readable("PDF") && !vocab.is_non_proprietary("PDF"));
        assert_eq!(vocab.known_licence("odc-odbl"), Some("ODC_ODBL"));
        assert_eq!(vocab.known_licence("other-open"), None);
    }

    #[test]
    fn a_list_naming_an_unlisted_code_is_refused() {
        let broken = SOURCE.replace("\"BMP\", \"CSV\"", "\"BMP\", \"NOPE\", \"CSV\"");
        let error = MqaVocabulary::parse(&broken).err().unwrap();
        assert!(error.to_string().contains("NOPE"), "{error}");
    }
}
