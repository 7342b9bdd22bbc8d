//! The schema udata's CKAN backend validates a package against before it maps it
//! (`udata/harvest/backends/ckan/schemas/ckan.py`, a voluptuous schema), written as tables:
//! a package that fails it is refused (the harvest item fails, no dataset is made).
//!
//! As voluptuous runs it: every key of the package, of its tags, resources and extras is
//! required unless marked optional, other keys are allowed; the organisation's keys are all
//! optional (it is checked through `Any`, which does not make them required), but their values
//! are checked. Every problem is reported, in the schema's order.

use chrono::NaiveDate;
use serde_json::Value;

use super::dates::date_of;
use crate::model::udata::truthy;
use crate::source::harvest::udata_url;

/// What a value must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// The key must be there.
    Present,
    /// A string.
    Text,
    /// A string or null.
    TextOrNull,
    /// A string dateutil reads as a date.
    Date,
    /// An integer (a JSON integer or boolean).
    Integer,
    /// An integer, a string of one, a number (cut to an integer) or null.
    IntegerOrNull,
    /// A boolean, a number, null, or a string saying yes or no.
    Boolean,
    /// A URL udata accepts.
    Url,
    /// An e-mail address (with `@`), or nothing.
    Email,
    /// A list.
    List,
    /// An object.
    Object,
    /// This exact string.
    Exactly(&'static str),
    /// One of CKAN's resource types.
    ResourceType,
    /// A GeoJSON Polygon or MultiPolygon (the `spatial` extra, read by the mapping).
    Polygon,
}

/// One reason a package is refused: the field (`resources.0.url`, as udata names it) and what
/// it must be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The field, dotted as udata's message names it.
    pub field: String,
    /// What it must be.
    pub expected: Expected,
    /// The value found, as JSON (none when the key is missing).
    pub found: Option<String>,
}

impl std::fmt::Display for Problem {
    /// The problem in the run's language.
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let field = if self.field.is_empty() {
            "."
        } else {
            self.field.as_str()
        };
        let Some(found) = &self.found else {
            return formatter.write_str(&crate::msg!("ckan-field-missing", field = field));
        };
        let (expected, allowed) = match self.expected {
            Present => ("present", String::new()),
            Text => ("text", String::new()),
            TextOrNull => ("text-or-null", String::new()),
            Date => ("date", String::new()),
            Integer => ("integer", String::new()),
            IntegerOrNull => ("integer-or-null", String::new()),
            Boolean => ("boolean", String::new()),
            Url => ("url", String::new()),
            Email => ("email", String::new()),
            List => ("list", String::new()),
            Object => ("object", String::new()),
            Polygon => ("polygon", String::new()),
            Exactly(text) => ("one-of", format!("`{text}`")),
            ResourceType => ("one-of", format!("`{}`", RESOURCE_TYPES.join("`, `"))),
        };
        let text = crate::msg!(
            "ckan-field-invalid",
            field = field,
            expected = expected,
            allowed = allowed,
            found = found.as_str()
        );
        formatter.write_str(&text)
    }
}

/// How a key of an object is checked.
#[derive(Clone, Copy)]
enum Check {
    Value(Expected, bool),
    Tags,
    Resources,
    Extras,
    Organization,
}

use Check::{Extras, Organization, Resources, Tags};
use Expected::*;

const fn value(expected: Expected, or_null: bool) -> Check {
    Check::Value(expected, or_null)
}

/// A key, how it is checked, and whether it is required.
type Key = (&'static str, Check, bool);

const PACKAGE: &[Key] = &[
    ("id", value(Text, false), true),
    ("name", value(Text, false), true),
    ("title", value(Text, false), true),
    ("notes", value(TextOrNull, true), true),
    // `DefaultTo("not-specified")`: null becomes that string.
    ("license_id", value(Text, true), true),
    ("license_title", value(TextOrNull, true), true),
    ("tags", Tags, true),
    ("metadata_created", value(Date, false), true),
    ("metadata_modified", value(Date, false), true),
    ("organization", Organization, true),
    ("resources", Resources, true),
    ("revision_id", value(Text, false), false),
    ("extras", Extras, false),
    ("private", value(Boolean, false), true),
    ("type", value(Exactly("dataset"), false), true),
    ("author", value(TextOrNull, true), true),
    ("author_email", value(Email, false), true),
    ("maintainer", value(TextOrNull, true), true),
    ("maintainer_email", value(Email, false), true),
    ("state", value(TextOrNull, true), true),
];

const TAG: &[Key] = &[
    ("id", value(Text, false), true),
    ("vocabulary_id", value(TextOrNull, true), false),
    ("display_name", value(Text, false), false),
    ("name", value(Text, false), true),
    ("state", value(Text, false), false),
];

const RESOURCE: &[Key] = &[
    ("id", value(Text, false), true),
    ("position", value(Integer, false), true),
    // `DefaultTo("")`: null becomes the empty string.
    ("name", value(Text, true), true),
    ("description", value(TextOrNull, true), true),
    ("format", value(Text, false), true),
    ("mimetype", value(TextOrNull, true), true),
    ("size", value(IntegerOrNull, false), true),
    ("hash", value(TextOrNull, true), true),
    ("created", value(Date, false), true),
    ("last_modified", value(Date, true), true),
    ("url", value(Url, false), true),
    ("resource_type", value(ResourceType, false), true),
];

const EXTRA: &[Key] = &[
    ("key", value(Text, false), true),
    // `Any(str, int, float, boolean, dict, list)`: any JSON value, null included.
    ("value", value(Present, true), true),
];

const ORGANIZATION: &[Key] = &[
    ("id", value(Text, false), false),
    ("description", value(Text, false), false),
    ("created", value(Date, false), false),
    ("title", value(Text, false), false),
    ("name", value(Text, false), false),
    ("revision_timestamp", value(Date, false), false),
    ("is_organization", value(Boolean, false), false),
    ("state", value(Text, false), false),
    ("image_url", value(Text, false), false),
    ("revision_id", value(Text, false), false),
    ("type", value(Exactly("organization"), false), false),
    ("approval_status", value(Exactly("approved"), false), false),
];

/// The resource types the schema accepts (an empty or missing one is `file`).
pub const RESOURCE_TYPES: [&str; 6] = [
    "file",
    "file.upload",
    "api",
    "documentation",
    "image",
    "visualization",
];

/// The problems that make udata refuse `package`; none when it passes; `today` fills the
/// dates dateutil completes.
pub fn problems(package: &Value, today: NaiveDate) -> Vec<Problem> {
    let mut problems = Vec::new();
    let checker = Checker { today };
    if package.is_object() {
        checker.object(package, PACKAGE, "", &mut problems);
    } else {
        problems.push(problem("", Object, Some(package)));
    }
    problems
}

struct Checker {
    today: NaiveDate,
}

impl Checker {
    fn object(&self, object: &Value, keys: &[Key], prefix: &str, problems: &mut Vec<Problem>) {
        for &(key, check, required) in keys {
            let field = format!("{prefix}{key}");
            match object.get(key) {
                None if required => problems.push(problem(&field, Present, None)),
                None => {}
                Some(found) => self.check(found, check, &field, problems),
            }
        }
    }

    fn check(&self, found: &Value, check: Check, field: &str, problems: &mut Vec<Problem>) {
        match check {
            Check::Value(expected, or_null) => {
                if !(self.accepts(expected, found) || (or_null && found.is_null())) {
                    problems.push(problem(field, expected, Some(found)));
                }
            }
            Tags => self.list(found, TAG, field, problems),
            Resources => self.list(found, RESOURCE, field, problems),
            Extras => self.list(found, EXTRA, field, problems),
            Organization => match found {
                Value::Null => {}
                Value::Object(_) => {
                    self.object(found, ORGANIZATION, &format!("{field}."), problems)
                }
                _ => problems.push(problem(field, Object, Some(found))),
            },
        }
    }

    fn list(&self, found: &Value, keys: &[Key], field: &str, problems: &mut Vec<Problem>) {
        let Some(items) = found.as_array() else {
            problems.push(problem(field, List, Some(found)));
            return;
        };
        for (index, item) in items.iter().enumerate() {
            let prefix = format!("{field}.{index}");
            if item.is_object() {
                self.object(item, keys, &format!("{prefix}."), problems);
            } else {
                problems.push(problem(&prefix, Object, Some(item)));
            }
        }
    }

    fn accepts(&self, expected: Expected, found: &Value) -> bool {
        match expected {
            Present => true,
            Text => found.is_string(),
            TextOrNull => found.is_string() || found.is_null(),
            Date => found
                .as_str()
                .is_some_and(|text| date_of(text, self.today).is_some()),
            Integer => found.is_i64() || found.is_u64() || found.is_boolean(),
            IntegerOrNull => match found {
                Value::Null | Value::Bool(_) | Value::Number(_) => true,
                Value::String(text) => python_int(text),
                _ => false,
            },
            Boolean => match found {
                Value::Null | Value::Bool(_) => true,
                Value::Number(number) => number.is_i64() || number.is_u64(),
                Value::String(text) => {
                    let text = text.trim().to_lowercase();
                    text.is_empty()
                        || ["on", "t", "true", "y", "yes", "1"].contains(&text.as_str())
                        || ["f", "false", "n", "no", "off", "0"].contains(&text.as_str())
                }
                _ => false,
            },
            Url => found.as_str().is_some_and(udata_url::is_valid),
            Email => !truthy(found) || found.as_str().is_some_and(|text| text.contains('@')),
            List => found.is_array(),
            Object => found.is_object(),
            Exactly(text) => found.as_str() == Some(text),
            Polygon => false,
            ResourceType => match found {
                value if !truthy(value) => true,
                Value::String(kind) => RESOURCE_TYPES.contains(&kind.as_str()),
                _ => false,
            },
        }
    }
}

/// Whether Python's `int()` reads `text` (a sign, digits, underscores between digits, spaces
/// around).
fn python_int(text: &str) -> bool {
    let text = text.trim();
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    !digits.is_empty()
        && !digits.starts_with('_')
        && !digits.ends_with('_')
        && !digits.contains("__")
        && digits.chars().all(|c| c.is_ascii_digit() || c == '_')
}

fn problem(field: &str, expected: Expected, found: Option<&Value>) -> Problem {
    Problem {
        field: field.to_owned(),
        expected,
        found: found.map(|value| {
            let text = value.to_string();
            match text.char_indices().nth(60) {
                Some((cut, _)) => format!("{}…", &text[..cut]),
                None => text,
            }
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn what_udata_refuses_is_named_by_its_field() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let fields = |package: Value| -> Vec<String> {
            problems(&package, today)
                .into_iter()
                .map(|problem| problem.field)
                .collect()
        };
        let missing_all = fields(json!({}));
        assert_eq!(missing_all.len(), 18);
        assert_eq!(missing_all[0], "id");
        assert_eq!(fields(json!([])), [""]);
    }
}
