//! The shape of a rule file under `rules/` (one TOML file per rule).

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::finding::Severity;
use crate::i18n::Lang;
use crate::model::udata::{Criterion, Failure};

/// The family a rule belongs to; its code's first digit says which.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// DG0xx: the file itself (syntax, suppressions).
    Document,
    /// DG1xx: the manifest against `schemas/dataset.schema.json`.
    Schema,
    /// DG2xx: the fields the publishing guides ask for.
    Completeness,
    /// DG3xx: resources and open formats.
    Openness,
    /// DG4xx: kept up to date with the declared frequency.
    Freshness,
    /// DG5xx: resources usable and documented.
    Resources,
    /// DG6xx: consistent, traceable file names.
    Naming,
    /// DG7xx: the manifest against the dataset the portal publishes (`dglint diff`).
    Portal,
    /// DG8xx: what a source catalogue says that udata's harvester cannot read.
    Harvest,
}

impl Category {
    /// Every category, in code order.
    pub const ALL: [Category; 9] = [
        Category::Document,
        Category::Schema,
        Category::Completeness,
        Category::Openness,
        Category::Freshness,
        Category::Resources,
        Category::Naming,
        Category::Portal,
        Category::Harvest,
    ];

    /// The lowercase name (`completeness`).
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Document => "document",
            Category::Schema => "schema",
            Category::Completeness => "completeness",
            Category::Openness => "openness",
            Category::Freshness => "freshness",
            Category::Resources => "resources",
            Category::Naming => "naming",
            Category::Portal => "portal",
            Category::Harvest => "harvest",
        }
    }

    /// The first digit of the codes of this category.
    pub fn digit(self) -> char {
        match self {
            Category::Document => '0',
            Category::Schema => '1',
            Category::Completeness => '2',
            Category::Openness => '3',
            Category::Freshness => '4',
            Category::Resources => '5',
            Category::Naming => '6',
            Category::Portal => '7',
            Category::Harvest => '8',
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// The documentation of a rule in another language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// One line: what the rule checks.
    pub summary: String,
    /// Why it matters.
    pub rationale: String,
    /// How to fix what it reports.
    pub fix: String,
    /// Details, when the rule has some.
    #[serde(default)]
    pub notes: Option<String>,
    /// The message of a declarative (`schema`) rule's findings.
    #[serde(default)]
    pub message: Option<String>,
    /// The descriptions of the parameters, by name.
    #[serde(default)]
    pub params: BTreeMap<String, String>,
    /// The messages of a native rule's findings, by id (see [`RuleDef::messages`]).
    #[serde(default)]
    pub messages: BTreeMap<String, String>,
    /// What the rule's fix does (see [`RuleDef::autofix`]).
    #[serde(default)]
    pub autofix: Option<String>,
}

/// A rule's documentation texts in one language.
pub struct Texts<'a> {
    /// One line: what the rule checks.
    pub summary: &'a str,
    /// Why it matters.
    pub rationale: &'a str,
    /// How to fix what it reports.
    pub fix: &'a str,
    /// Details.
    pub notes: Option<&'a str>,
}

impl RuleDef {
    /// The description of parameter `name` in `lang` (English when not translated).
    pub fn param_description(&self, name: &str, lang: Lang) -> &str {
        let translated = match (lang, &self.fr) {
            (Lang::Fr, Some(fr)) => fr.params.get(name),
            _ => None,
        };
        translated
            .or_else(|| self.params.get(name).map(|param| &param.description))
            .map_or("", String::as_str)
    }

    /// What the rule's fix does, in `lang` (English when not translated); `None` when the
    /// rule has no fix.
    pub fn autofix_description(&self, lang: Lang) -> Option<&str> {
        let autofix = self.autofix.as_ref()?;
        let translated = match (lang, &self.fr) {
            (Lang::Fr, Some(fr)) => fr.autofix.as_deref(),
            _ => None,
        };
        Some(translated.unwrap_or(&autofix.description))
    }

    /// The documentation in `lang`, falling back to English where a translation is missing.
    pub fn texts(&self, lang: Lang) -> Texts<'_> {
        match (lang, &self.fr) {
            (Lang::Fr, Some(fr)) => Texts {
                summary: &fr.summary,
                rationale: &fr.rationale,
                fix: &fr.fix,
                notes: fr.notes.as_deref().or(self.notes.as_deref()),
            },
            _ => Texts {
                summary: &self.summary,
                rationale: &self.rationale,
                fix: &self.fix,
                notes: self.notes.as_deref(),
            },
        }
    }
}

/// A rule as declared in its file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    /// Stable code (`DG201`).
    pub code: String,
    /// Stable kebab-case name (`description-too-short`).
    pub name: String,
    /// Category.
    pub category: Category,
    /// Default severity.
    pub severity: Severity,
    /// One line: what the rule checks.
    pub summary: String,
    /// Why it matters, citing the data.gouv.fr guides.
    pub rationale: String,
    /// How to fix a finding.
    pub fix: String,
    /// Extra remarks (limits, edge cases).
    #[serde(default)]
    pub notes: Option<String>,
    /// Parameters users may set in `dglint.toml`, with defaults.
    #[serde(default)]
    pub params: BTreeMap<String, ParamDef>,
    /// The only kind of data the rule applies to (`api`: what only the portal knows, such
    /// as its crawler's verdicts); it applies to all when absent.
    #[serde(default)]
    pub only: Option<crate::model::Origin>,
    /// Whether the rule judges what the servers answered: it runs only with `--check-links`.
    #[serde(default)]
    pub links: bool,
    /// Whether the rule compares the manifest with the dataset the portal publishes: it runs
    /// only in `dglint diff`, which fetches it.
    #[serde(default)]
    pub portal: bool,
    /// Whether a rule about resources also runs when they are not listed, on what a catalogue
    /// record says of them (`resources_count`, `resources_formats`) and its harvest date.
    #[serde(default)]
    pub record_summary: bool,
    /// The criterion of dglint's score its findings cost, besides the rules the criteria
    /// file names (an organisation's own rules use it: `criterion = "tags"`).
    #[serde(default)]
    pub criterion: Option<String>,
    /// The criterion of data.gouv.fr's score whose failure the rule reports, when it mirrors
    /// one: udata's explanations of a failed criterion name the rule.
    #[serde(default)]
    pub udata: Option<UdataLink>,
    /// How the rule is checked.
    pub check: CheckDef,
    /// The repair its checks propose, when they can (`[autofix]`): whether it is safe and
    /// what it does. A check that proposes changes for a rule without one is a bug the test
    /// suite catches.
    #[serde(default)]
    pub autofix: Option<AutofixDef>,
    /// The messages of a native rule's findings, by id, in English (`[messages]`;
    /// `[fr.messages]` in French): `build.rs` adds them to the catalogues of `src/i18n/`, and
    /// the check renders them with the `msg!` macro, like every other message.
    #[serde(default)]
    pub messages: BTreeMap<String, String>,
    /// A failing and a passing example, run by the test suite.
    pub examples: Examples,
    /// The documentation in French.
    #[serde(default)]
    pub fr: Option<Translation>,
}

/// A rule's fix, as its file declares it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AutofixDef {
    /// `safe` (applied by `--fix`) or `unsafe` (only with `--unsafe-fixes`).
    pub safety: crate::finding::Safety,
    /// What the fix does, in a sentence.
    pub description: String,
}

/// The udata criterion a rule mirrors (`udata = { criterion = "...", when = "missing" }`).
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UdataLink {
    /// The key of udata's `quality` object.
    pub criterion: Criterion,
    /// The failure the rule reports, when two rules share the criterion; any when absent.
    #[serde(default)]
    pub when: Option<Failure>,
}

impl UdataLink {
    /// Whether the rule reports this failure of `criterion`.
    pub fn reports(&self, criterion: Criterion, failure: Failure) -> bool {
        self.criterion == criterion && self.when.is_none_or(|when| when == failure)
    }
}

/// A parameter of a rule.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParamDef {
    /// Default value; its type is the parameter's type.
    pub default: toml::Value,
    /// What it sets.
    pub description: String,
    /// The instance setting the default follows, when it does: `default` is then the value on
    /// data.gouv.fr, and another instance (`[udata]` in `dglint.toml`) changes it.
    #[serde(default)]
    pub follows: Option<crate::model::InstanceSetting>,
}

impl ParamDef {
    /// The default on `instance`.
    pub fn default_on(&self, instance: &crate::model::Instance) -> toml::Value {
        match self.follows {
            Some(setting) => toml::Value::Integer(setting.value(instance)),
            None => self.default.clone(),
        }
    }
}

/// How a rule is checked.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, tag = "kind", rename_all = "kebab-case")]
pub enum CheckDef {
    /// A Rust check in `src/rules/native/`, registered under the rule's code.
    Native,
    /// A JSON Schema assertion applied at every node matching a pointer pattern
    /// (`*` matches every item of an array or every value of a mapping).
    Schema {
        /// The pointer pattern (`/resources/*`).
        pointer: String,
        /// The JSON Schema each matching node must satisfy.
        schema: toml::Value,
        /// The message of a finding.
        message: String,
        /// Draw the finding under the `key` (default) or the `value`.
        #[serde(default)]
        anchor: DeclaredAnchor,
    },
    /// Reported by the parser (DG001).
    Parse,
    /// Reported by validation against `schemas/dataset.schema.json` (DG1xx).
    ManifestSchema,
    /// Reported by the suppression comments pass (DG002).
    Suppression,
}

/// Where a declarative rule draws its findings.
#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DeclaredAnchor {
    /// Under the key of the node.
    #[default]
    Key,
    /// Under the value of the node.
    Value,
}

impl CheckDef {
    /// `native`, `schema`, `parse`, `manifest-schema` or `suppression`.
    pub fn kind(&self) -> &'static str {
        match self {
            CheckDef::Native => "native",
            CheckDef::Schema { .. } => "schema",
            CheckDef::Parse => "parse",
            CheckDef::ManifestSchema => "manifest-schema",
            CheckDef::Suppression => "suppression",
        }
    }
}

/// Examples of a rule, in YAML manifest syntax: `fail` and `pass` are each one text or a list
/// of texts.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    /// Manifests on which the rule reports a finding.
    #[serde(deserialize_with = "one_or_many")]
    pub fail: Vec<String>,
    /// Manifests on which it reports none.
    #[serde(deserialize_with = "one_or_many")]
    pub pass: Vec<String>,
    /// The date "now" stands for when the examples run (time-dependent rules).
    #[serde(default)]
    pub as_of: Option<String>,
    /// What the servers answered for the examples' URLs (rules about links).
    #[serde(default)]
    pub links: BTreeMap<String, crate::links::Verdict>,
    /// What the portal publishes for the examples' datasets, by id or slug (rules about the
    /// portal).
    #[serde(default)]
    pub portal: BTreeMap<String, PublishedExample>,
}

/// What the portal publishes for one dataset of a rule's examples.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublishedExample {
    /// `live`, `deleted`, `unknown` or `without-manifest`.
    pub state: crate::model::published::StateName,
    /// The live dataset, in YAML (API field names), when it is live.
    #[serde(default)]
    pub dataset: Option<String>,
}

/// One text or a list of texts, read as a list.
fn one_or_many<'de, D>(deserializer: D) -> Result<Vec<String>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    Ok(match OneOrMany::deserialize(deserializer)? {
        OneOrMany::One(text) => vec![text],
        OneOrMany::Many(texts) => texts,
    })
}
