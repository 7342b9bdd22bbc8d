//! Vocabularies (update frequencies, licences, formats) read from the data files under
//! `rules/vocabularies/`, which are compiled into the binary.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::TimeDelta;
use serde::Deserialize;

const FREQUENCIES: &str = include_str!("../../rules/vocabularies/frequencies.toml");
const LICENSES: &str = include_str!("../../rules/vocabularies/licenses.toml");
const FORMATS: &str = include_str!("../../rules/vocabularies/formats.toml");

/// An update frequency of udata's vocabulary.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Frequency {
    /// The id (`monthly`).
    pub id: String,
    /// English label.
    pub label_en: String,
    /// French label.
    pub label_fr: String,
    /// The delta as written in the data file (`31 days`), if the frequency has one.
    pub delta: Option<String>,
    /// Words producers write for it (`mensuel`, `tous les mois`).
    #[serde(default)]
    pub aliases: Vec<String>,
}

impl Frequency {
    /// Time after the last update when the next one is due; `None` when it cannot be late.
    pub fn delta(&self) -> Option<TimeDelta> {
        self.delta.as_deref().and_then(parse_delta)
    }
}

/// A legacy frequency id and its replacement.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegacyFrequency {
    /// The old id.
    pub id: String,
    /// The id udata maps it to.
    pub current: String,
}

/// A licence of data.gouv.fr's list.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct License {
    /// The id (`lov2`).
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its page, when the portal's list gives one (udata's DCAT export then writes it as
    /// `dct:license`, else the title as `dct:rights`).
    #[serde(default)]
    pub url: Option<String>,
    /// Whether it is an open licence (okd_compliant).
    pub open: bool,
    /// Other spellings of the licence.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The licence that replaces this one, when it is an old version.
    pub superseded_by: Option<String>,
}

/// A resource format.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Format {
    /// The id (`csv`).
    pub id: String,
    /// Other names for the same format.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// File extensions, without dot.
    pub extensions: Vec<String>,
    /// Media types.
    pub mimes: Vec<String>,
    /// The open format(s) to offer instead of this closed one.
    pub alternative: Option<String>,
    /// French texts.
    #[serde(default)]
    pub fr: FormatFr,
    /// Whether the format is an archive that may hold any other format.
    #[serde(default)]
    pub archive: bool,
    /// The format this one is a kind of (GeoJSON is JSON): its files may carry that one's
    /// extension and media type without disagreeing.
    #[serde(default)]
    pub within: Option<String>,
}

/// A format's texts in French.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormatFr {
    /// The open format(s) to offer instead, in French.
    pub alternative: Option<String>,
}

impl License {
    /// Its id, title and other spellings.
    fn names(&self) -> impl Iterator<Item = &str> {
        [&self.id, &self.title]
            .into_iter()
            .chain(&self.aliases)
            .map(String::as_str)
    }
}

impl Format {
    /// The open format(s) to offer instead of this closed one, in `lang`.
    pub fn alternative_in(&self, lang: crate::i18n::Lang) -> Option<&str> {
        match lang {
            crate::i18n::Lang::Fr => self.fr.alternative.as_deref(),
            crate::i18n::Lang::En => None,
        }
        .or(self.alternative.as_deref())
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrequencyFile {
    frequency: Vec<Frequency>,
    legacy: Vec<LegacyFrequency>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LicenseFile {
    license: Vec<License>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FormatFile {
    closed: Vec<String>,
    format: Vec<Format>,
}

/// A spelling without case, accents, spaces or punctuation (`Licence Ouverte 2.0` →
/// `licenceouverte20`), to match what people write with the vocabularies.
pub fn spelling_key(text: &str) -> String {
    slug::slugify(text).replace('-', "")
}

/// All vocabularies, indexed for lookups.
#[derive(Debug)]
pub struct Vocabularies {
    /// Frequencies in udata's order.
    pub frequencies: Vec<Frequency>,
    /// Legacy frequency ids.
    pub legacy_frequencies: Vec<LegacyFrequency>,
    /// Licences.
    pub licenses: Vec<License>,
    /// udata's closed formats (lowercase).
    pub closed_formats: Vec<String>,
    /// Known formats.
    pub formats: Vec<Format>,
    format_by_name: HashMap<String, usize>,
    format_by_extension: HashMap<String, usize>,
    format_by_mime: HashMap<String, usize>,
}

impl Vocabularies {
    /// The vocabularies compiled into the binary (parsed once).
    pub fn embedded() -> &'static Vocabularies {
        static VOCABULARIES: OnceLock<Vocabularies> = OnceLock::new();
        VOCABULARIES.get_or_init(|| {
            Vocabularies::parse(FREQUENCIES, LICENSES, FORMATS)
                .expect("the embedded vocabularies are valid (checked by tests)")
        })
    }

    fn parse(
        frequencies: &str,
        licenses: &str,
        formats: &str,
    ) -> Result<Vocabularies, toml::de::Error> {
        let frequencies: FrequencyFile = toml::from_str(frequencies)?;
        let licenses: LicenseFile = toml::from_str(licenses)?;
        let formats: FormatFile = toml::from_str(formats)?;
        let mut format_by_name = HashMap::new();
        let mut format_by_extension = HashMap::new();
        let mut format_by_mime = HashMap::new();
        for (index, format) in formats.format.iter().enumerate() {
            for name in std::iter::once(&format.id).chain(&format.aliases) {
                format_by_name.insert(name.to_lowercase(), index);
            }
            for extension in &format.extensions {
                format_by_extension.insert(extension.clone(), index);
            }
            for mime in &format.mimes {
                format_by_mime.insert(mime.clone(), index);
            }
        }
        Ok(Vocabularies {
            frequencies: frequencies.frequency,
            legacy_frequencies: frequencies.legacy,
            licenses: licenses.license,
            closed_formats: formats.closed,
            formats: formats.format,
            format_by_name,
            format_by_extension,
            format_by_mime,
        })
    }

    /// The frequency with this exact id.
    pub fn frequency(&self, id: &str) -> Option<&Frequency> {
        self.frequencies.iter().find(|frequency| frequency.id == id)
    }

    /// The current id a legacy frequency id maps to.
    pub fn legacy_frequency(&self, id: &str) -> Option<&str> {
        self.legacy_frequencies
            .iter()
            .find(|legacy| legacy.id == id)
            .map(|legacy| legacy.current.as_str())
    }

    /// The frequency for `id`, following a legacy id to its replacement as udata does.
    pub fn resolve_frequency(&self, id: &str) -> Option<&Frequency> {
        self.frequency(id).or_else(|| {
            self.legacy_frequency(id)
                .and_then(|current| self.frequency(current))
        })
    }

    /// The licence with this exact id.
    pub fn license(&self, id: &str) -> Option<&License> {
        self.licenses.iter().find(|license| license.id == id)
    }

    /// The licence a harvested `dct:license` or `dct:rights` names, as udata guesses it: its
    /// id, its page (ignoring the scheme, the case and a trailing `/`), or its title or an
    /// alias ([`Vocabularies::license_by_alias`]).
    pub fn guess_license(&self, text: &str) -> Option<&str> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let page = |url: &str| {
            let lower = url.trim().to_lowercase();
            let without_scheme = lower
                .split_once("://")
                .map_or(lower.as_str(), |(_, rest)| rest);
            without_scheme.trim_end_matches('/').to_owned()
        };
        let wanted = page(text);
        self.licenses
            .iter()
            .find(|license| {
                license.id.eq_ignore_ascii_case(text)
                    || license
                        .url
                        .as_deref()
                        .is_some_and(|url| page(url) == wanted)
            })
            .or_else(|| self.license_by_alias(text))
            .map(|license| license.id.as_str())
    }

    /// The licence whose id, title or alias matches `name` ignoring case, else ignoring case,
    /// accents, spaces and punctuation (`CC-BY` is `CC BY`).
    pub fn license_by_alias(&self, name: &str) -> Option<&License> {
        let name = name.trim();
        self.licenses
            .iter()
            .find(|license| {
                license
                    .names()
                    .any(|known| known.eq_ignore_ascii_case(name))
            })
            .or_else(|| {
                let key = spelling_key(name);
                self.licenses
                    .iter()
                    .find(|license| license.names().any(|known| spelling_key(known) == key))
            })
    }

    /// The frequency whose id, label or alias is `name`, ignoring case, accents, spaces and
    /// punctuation (`Mensuelle`, `tous les mois`).
    pub fn frequency_by_spelling(&self, name: &str) -> Option<&Frequency> {
        let key = spelling_key(name);
        if key.is_empty() {
            return None;
        }
        self.frequencies.iter().find(|frequency| {
            [&frequency.id, &frequency.label_en, &frequency.label_fr]
                .into_iter()
                .chain(&frequency.aliases)
                .any(|known| spelling_key(known) == key)
        })
    }

    /// Whether udata counts this declared format as closed.
    pub fn is_closed_format(&self, format: &str) -> bool {
        let lowered = format.to_lowercase();
        self.closed_formats.contains(&lowered)
    }

    /// The format named `name` (id or alias, any case).
    pub fn format(&self, name: &str) -> Option<&Format> {
        self.format_by_name
            .get(&name.trim().to_lowercase())
            .map(|&index| &self.formats[index])
    }

    /// The format a file name's extension identifies (`.csv.gz` before `.gz`).
    pub fn format_of_file_name(&self, file_name: &str) -> Option<&Format> {
        let lowered = file_name.to_lowercase();
        let mut parts = lowered.rsplit('.');
        let last = parts.next()?;
        if last.len() == lowered.len() {
            return None;
        }
        if let Some(before) = parts.next() {
            let double = format!("{before}.{last}");
            if let Some(&index) = self.format_by_extension.get(&double) {
                return Some(&self.formats[index]);
            }
        }
        self.format_by_extension
            .get(last)
            .map(|&index| &self.formats[index])
    }

    /// The format a media type identifies (parameters such as `; charset=` are ignored).
    pub fn format_of_mime(&self, mime: &str) -> Option<&Format> {
        let essence = mime
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_lowercase();
        self.format_by_mime
            .get(&essence)
            .map(|&index| &self.formats[index])
    }
}

/// Parses a delta written `<n> min`, `<n> h` or `<n> day(s)`.
pub fn parse_delta(text: &str) -> Option<TimeDelta> {
    let (amount, unit) = text.trim().split_once(' ')?;
    let amount: i64 = amount.parse().ok()?;
    match unit {
        "min" => TimeDelta::try_minutes(amount),
        "h" => TimeDelta::try_hours(amount),
        "day" | "days" => TimeDelta::try_days(amount),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_delta_parses() {
        let vocabularies = Vocabularies::embedded();
        for frequency in &vocabularies.frequencies {
            assert_eq!(
                frequency.delta.is_some(),
                frequency.delta().is_some(),
                "{}",
                frequency.id
            );
        }
        assert_eq!(
            vocabularies.frequency("quarterly").unwrap().delta(),
            TimeDelta::try_days(93)
        );
    }

    #[test]
    fn legacy_ids_resolve_to_current_ones() {
        let vocabularies = Vocabularies::embedded();
        assert_eq!(
            vocabularies.resolve_frequency("fortnighly").unwrap().id,
            "biweekly"
        );
        for legacy in &vocabularies.legacy_frequencies {
            assert!(
                vocabularies.frequency(&legacy.current).is_some(),
                "{}",
                legacy.id
            );
        }
    }

    #[test]
    fn formats_are_found_by_name_extension_and_mime() {
        let vocabularies = Vocabularies::embedded();
        assert_eq!(vocabularies.format("Excel").unwrap().id, "xls");
        assert_eq!(
            vocabularies.format_of_file_name("a.CSV.gz").unwrap().id,
            "csv.gz"
        );
        assert_eq!(
            vocabularies.format_of_file_name("a.geojson").unwrap().id,
            "geojson"
        );
        assert!(vocabularies.format_of_file_name("README").is_none());
        assert_eq!(
            vocabularies
                .format_of_mime("text/csv; charset=utf-8")
                .unwrap()
                .id,
            "csv"
        );
        for closed in &vocabularies.closed_formats {
            assert!(vocabularies.format(closed).is_some(), "{closed}");
        }
        assert_eq!(
            vocabularies.license_by_alias("Etalab-2.0").unwrap().id,
            "lov2"
        );
    }
}
