//! dglint's own score: points for evidence, 0–100, with a letter grade and the fixes that
//! would raise it most.
//!
//! The score is made of criteria (`rules/criteria/dglint.toml`, [`crate::rules::criteria`]), each
//! worth points and met only when the dataset shows its evidence and none of its rules
//! reports a finding within its fields: an absent field earns nothing on every criterion
//! about it. A criterion the source cannot decide (none of its rules ran; its evidence cannot
//! be read) leaves both its points and the maximum. `score = 100 × earned / decidable`,
//! rounded to one decimal; the grade and the `--fail-under` gate compare that rounded value.
//! `[score] categories` in `dglint.toml` scales the points of a category's criteria by its
//! weight over the default weight (0 drops them).

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};

use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::document::Limits;
use crate::model::last_update::last_update;
use crate::model::local_files::LocalFiles;
use crate::model::udata;
use crate::model::{DatasetView, Origin, Vocabularies};
use crate::rules::RuleList;
use crate::rules::criteria::{self, CriterionDef, EvidenceKind};
use crate::rules::{Category, Rule};

/// How the score is weighted and graded.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreSettings {
    /// The weight of each category in the average.
    pub category_weights: BTreeMap<Category, f64>,
    /// Lowest score of grades A, B, C and D, in that order (below D is E).
    pub grade_floors: [f64; 4],
    /// Whether data.europa.eu's assessment is computed too (the `mqa` profile).
    pub mqa: bool,
    /// Whether each dataset's audit profile (usage, lateness, page) is computed: audits
    /// only.
    pub profile: bool,
}

/// The grade letters with a floor, best first; a score below the last floor is [`LAST_GRADE`].
pub const GRADES: [&str; 4] = ["A", "B", "C", "D"];

/// The grade below every floor.
pub const LAST_GRADE: &str = "E";

/// Every grade, best first.
pub const ALL_GRADES: [&str; 5] = ["A", "B", "C", "D", LAST_GRADE];

impl Default for ScoreSettings {
    fn default() -> ScoreSettings {
        let category_weights = [
            (Category::Document, 1.0),
            (Category::Schema, 1.0),
            (Category::Completeness, 3.0),
            (Category::Openness, 2.0),
            (Category::Freshness, 2.0),
            (Category::Resources, 2.0),
            (Category::Naming, 1.0),
        ]
        .into_iter()
        .collect();
        ScoreSettings {
            category_weights,
            grade_floors: [90.0, 75.0, 60.0, 40.0],
            mqa: false,
            profile: false,
        }
    }
}

/// The score profiles: data.gouv.fr's and dglint's are always computed, data.europa.eu's
/// MQA on demand.
pub const PROFILES: [&str; 3] = ["udata", "dglint", "mqa"];

/// A score profile that does not exist; it says which do.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::msg!("unknown-profile", profiles = PROFILES.join(", ")))]
pub struct UnknownProfile;

impl ScoreSettings {
    /// Turns a profile on (`mqa`); the error says which profiles exist.
    pub fn turn_on(&mut self, profile: &str) -> Result<(), UnknownProfile> {
        match profile {
            "udata" | "dglint" => Ok(()),
            "mqa" => {
                self.mqa = true;
                Ok(())
            }
            _ => Err(UnknownProfile),
        }
    }

    /// The grade of a score.
    pub fn grade(&self, score: f64) -> &'static str {
        GRADES
            .iter()
            .zip(self.grade_floors)
            .find(|(_, floor)| score >= *floor)
            .map_or(LAST_GRADE, |(grade, _)| grade)
    }

    fn category_weight(&self, category: Category) -> f64 {
        self.category_weights.get(&category).copied().unwrap_or(0.0)
    }
}

/// One category's part of the score.
#[derive(Debug, Clone, PartialEq)]
pub struct CategoryScore {
    /// The category.
    pub category: Category,
    /// The factor its weight puts on its criteria's points (`[score] categories` over the
    /// default weight; 1 by default).
    pub weight: f64,
    /// The share of its decidable criteria's points earned, 0–100.
    pub score: f64,
    /// The codes of the rules whose findings cost its criteria points.
    pub failed: Vec<&'static str>,
}

/// A rule that failed, and what fixing it would add to the score.
#[derive(Clone)]
pub struct Gain {
    /// The rule.
    pub rule: &'static Rule,
    /// Points the score would gain (before rounding).
    pub points: f64,
}

/// Whether a dataset meets a criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Shown and no finding against it.
    Met,
    /// Not shown, or a finding against it.
    Missed,
    /// The source cannot say: its points leave the maximum.
    Unknown,
}

/// A dataset's result on one criterion.
#[derive(Debug, Clone)]
pub struct CriterionScore {
    /// The criterion.
    pub criterion: &'static CriterionDef,
    /// Its points for this run (the category's weight applied).
    pub points: f64,
    /// Met, missed or unknown.
    pub outcome: Outcome,
    /// Which of the criterion's rules have findings that cost it: bit `i` for
    /// `criterion.rules[i]` (an audit holds fifteen of these per dataset).
    costing: u32,
}

impl CriterionScore {
    /// The rules of the criteria file whose findings cost it, in the criterion's order.
    fn listed_rules(&self) -> impl Iterator<Item = &'static str> + '_ {
        let criterion: &'static CriterionDef = self.criterion;
        criterion
            .rules
            .iter()
            .enumerate()
            .filter(|(index, _)| self.costing & (1 << index) != 0)
            .map(|(_, code)| code.as_str())
    }
}

/// A dataset's dglint score.
#[derive(Clone)]
pub struct DglintScore {
    /// 0–100, one decimal: the points earned over the points decidable.
    pub score: f64,
    /// A to E.
    pub grade: &'static str,
    /// Points earned.
    pub points: f64,
    /// Points the source can decide (the others are unknown).
    pub max_points: f64,
    /// Points of every criterion, decidable or not.
    pub total_points: f64,
    /// Each criterion, in the criteria file's order.
    pub criteria: Vec<CriterionScore>,
    /// The categories that count, in code order.
    pub categories: Vec<CategoryScore>,
    /// Every missed criterion's fix, by the points it would add, largest first.
    pub gains: Vec<Gain>,
    /// The organisation's own rules that cost a criterion (its position in `criteria`):
    /// kept apart, as most datasets have none.
    own: Vec<(usize, &'static Rule)>,
}

impl DglintScore {
    /// The three fixes that would raise the score most.
    pub fn fix_first(&self) -> &[Gain] {
        &self.gains[..self.gains.len().min(3)]
    }

    /// The rules whose findings cost the criterion at `position`: those the criteria file
    /// names, in its order, then the organisation's own.
    pub fn rules_of(&self, position: usize) -> impl Iterator<Item = &'static str> + '_ {
        self.criteria
            .get(position)
            .into_iter()
            .flat_map(CriterionScore::listed_rules)
            .chain(
                self.own
                    .iter()
                    .filter(move |(at, _)| *at == position)
                    .map(|(_, rule)| rule.def.code.as_str()),
            )
    }

    /// Whether some criteria are unknown, so the score stands on part of the points.
    pub fn is_partial(&self) -> bool {
        self.max_points < self.total_points
    }
}

/// What a dataset shows, for the criteria's evidence.
pub struct Shown<'a> {
    /// The dataset.
    pub dataset: DatasetView<'a>,
    /// A manifest or API data.
    pub origin: Origin,
    /// What the source could not say.
    pub limits: Limits,
    /// The files its `path` resources point to.
    pub files: &'a LocalFiles,
    /// "Now".
    pub as_of: DateTime<Utc>,
}

/// The rules that ran on a file, as the criteria see them: worked out once per file and
/// shared by its datasets, with a hash lookup per code (a catalogue audit builds one per
/// record: a hundred thousand).
pub struct RanRules {
    /// For each criterion of the criteria file, in its order: each of its rules that ran
    /// (`None` for one that did not).
    listed: Vec<Vec<Option<&'static Rule>>>,
    /// The organisation's own rules naming a criterion (its position in the file).
    own: Vec<(usize, &'static Rule)>,
    /// For each rule code the criteria name, where: (criterion position, rule position in
    /// its list, below 32): a dataset's findings are matched to criteria by one lookup each.
    places: foldhash::HashMap<&'static str, Vec<(usize, usize)>>,
}

impl RanRules {
    /// Indexes `ran` for the criteria.
    pub fn new(ran: &[&'static Rule]) -> RanRules {
        let by_code: foldhash::HashMap<&str, &'static Rule> = ran
            .iter()
            .map(|rule| (rule.def.code.as_str(), *rule))
            .collect();
        let find = |code: &str| by_code.get(code).copied();
        let all = criteria::embedded();
        let mut places: foldhash::HashMap<&'static str, Vec<(usize, usize)>> =
            foldhash::HashMap::default();
        for (criterion, def) in all.iter().enumerate() {
            for (position, code) in def.rules.iter().enumerate().take(32) {
                places
                    .entry(code.as_str())
                    .or_default()
                    .push((criterion, position));
            }
        }
        RanRules {
            places,
            listed: all
                .iter()
                .map(|criterion| criterion.rules.iter().map(|code| find(code)).collect())
                .collect(),
            own: ran
                .iter()
                .filter_map(|rule| {
                    let named = rule.def.criterion.as_deref()?;
                    let position = all.iter().position(|criterion| criterion.id == named)?;
                    Some((position, *rule))
                })
                .collect(),
        }
    }

    /// The rules of `criterion` (one of the criteria file's) that ran, in its order.
    fn of(&self, criterion: &CriterionDef) -> &[Option<&'static Rule>] {
        criteria::embedded()
            .iter()
            .position(|known| std::ptr::eq(known, criterion))
            .and_then(|position| self.listed.get(position))
            .map_or(&[], Vec::as_slice)
    }
}

/// The [`RanRules`] of the last rule list seen, reused while the files of a run share it (every
/// record of a catalogue does).
#[derive(Default)]
pub struct RanRulesCache {
    last: Mutex<Option<(RuleList, Arc<RanRules>)>>,
}

impl RanRulesCache {
    /// The criteria's view of `ran`, built once per distinct rule list.
    pub fn get(&self, ran: &RuleList) -> Arc<RanRules> {
        let mut last = self.last.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((seen, built)) = last.as_ref()
            && (Arc::ptr_eq(seen, ran)
                || seen.len() == ran.len()
                    && seen
                        .iter()
                        .zip(ran.iter())
                        .all(|(a, b)| std::ptr::eq(*a, *b)))
        {
            return Arc::clone(built);
        }
        let built = Arc::new(RanRules::new(ran));
        *last = Some((Arc::clone(ran), Arc::clone(&built)));
        built
    }
}

/// Scores a dataset: `ran` are the rules that ran on its file, `findings` its findings as
/// (rule code, pointer relative to the dataset).
pub fn evaluate(
    shown: &Shown<'_>,
    ran: &RanRules,
    findings: &[(&str, &str)],
    settings: &ScoreSettings,
) -> DglintScore {
    let defaults = ScoreSettings::default();
    // For each criterion, a bit per rule of its list that reports on what it covers.
    let mut costing = vec![0u32; criteria::embedded().len()];
    for (found, at) in findings {
        for &(criterion, position) in ran.places.get(found).map_or(&[][..], Vec::as_slice) {
            if criteria::embedded()[criterion].covers(at) {
                costing[criterion] |= 1 << position;
            }
        }
    }
    let mut criteria = Vec::new();
    let mut own = Vec::new();
    for (index, criterion) in criteria::embedded().iter().enumerate() {
        let default_weight = defaults.category_weight(criterion.category);
        let factor = if default_weight > 0.0 {
            settings.category_weight(criterion.category) / default_weight
        } else {
            0.0
        };
        let points = criterion.points * factor;
        if points <= 0.0 {
            continue;
        }
        let any_ran = ran.listed[index].iter().any(Option::is_some);
        let costing = costing[index];
        // Rules of the organisation's own that name the criterion cost it wherever they
        // report on the dataset.
        let position = criteria.len();
        let before = own.len();
        own.extend(
            ran.own
                .iter()
                .filter(|(at, _)| *at == index)
                .filter(|(_, rule)| findings.iter().any(|(found, _)| *found == rule.def.code))
                .map(|(_, rule)| (position, *rule)),
        );
        let outcome = match (any_ran, evidence(criterion, shown)) {
            (false, _) | (_, None) => Outcome::Unknown,
            (true, Some(true)) if costing == 0 && own.len() == before => Outcome::Met,
            (true, Some(_)) => Outcome::Missed,
        };
        criteria.push(CriterionScore {
            criterion,
            points,
            outcome,
            costing,
        });
    }
    let sum = |keep: &dyn Fn(&CriterionScore) -> bool| -> f64 {
        criteria
            .iter()
            .filter(|result| keep(result))
            .fold(0.0, |sum, result| sum + result.points)
    };
    let earned = sum(&|result| result.outcome == Outcome::Met);
    let max_points = sum(&|result| result.outcome != Outcome::Unknown);
    let total_points = sum(&|_| true);
    let score = if max_points > 0.0 {
        round_tenth(100.0 * earned / max_points)
    } else {
        0.0
    };
    let mut result = DglintScore {
        score,
        grade: settings.grade(score),
        points: round_tenth(earned),
        max_points: round_tenth(max_points),
        total_points: round_tenth(total_points),
        criteria,
        categories: Vec::new(),
        gains: Vec::new(),
        own,
    };
    result.gains = gains(&result, ran, max_points);
    result.categories = categories(&result, settings);
    result
}

/// Whether the dataset shows the criterion's evidence; `None` when the source cannot say.
fn evidence(criterion: &CriterionDef, shown: &Shown<'_>) -> Option<bool> {
    let dataset = &shown.dataset;
    let listed = shown.limits.resources_listed();
    match criterion.evidence {
        EvidenceKind::Filled => {
            let mut all = Some(true);
            for field in &criterion.fields {
                let filled = if field == "resources" && !listed {
                    dataset
                        .field("resources_count")
                        .and_then(Value::as_u64)
                        .map(|count| count > 0)
                } else {
                    Some(
                        dataset
                            .field(field)
                            .is_some_and(|value| shows(field, value)),
                    )
                };
                all = match (all, filled) {
                    (Some(false), _) | (_, Some(false)) => Some(false),
                    (None, _) | (_, None) => None,
                    _ => Some(true),
                };
            }
            all
        }
        EvidenceKind::OpenFormat => {
            if !listed {
                return udata::summarised_open_format(dataset, Vocabularies::embedded());
            }
            let vocab = Vocabularies::embedded();
            Some(
                dataset
                    .resources()
                    .unwrap_or_default()
                    .iter()
                    .any(|resource| {
                        resource.text("format").is_some_and(|format| {
                            !format.is_empty() && !vocab.is_closed_format(format)
                        })
                    }),
            )
        }
        EvidenceKind::Documentation => listed.then(|| {
            dataset
                .resources()
                .unwrap_or_default()
                .iter()
                .any(|resource| {
                    resource.text("type") == Some("documentation")
                        || resource.non_blank("description").is_some()
                })
        }),
        EvidenceKind::Dated => {
            let declared = dataset
                .frequency()
                .and_then(|id| Vocabularies::embedded().resolve_frequency(id))
                .is_some_and(|frequency| frequency.id != "unknown");
            if !declared {
                return Some(false);
            }
            let update = last_update(dataset, shown.origin, shown.files, shown.as_of, listed)?;
            Some(update.pointer.is_some())
        }
        EvidenceKind::Fetched => {
            let fetched = criterion
                .fields
                .iter()
                .all(|field| dataset.field(field).is_some_and(|value| !value.is_null()));
            fetched.then_some(true)
        }
    }
}

/// Whether a field's value shows something: a value of the field's type (lists for `tags`
/// and `resources`, objects for the coverages, text otherwise) that is not blank or empty. A
/// value of another type shows nothing: the criteria about it are failed, not skipped.
fn shows(field: &str, value: &Value) -> bool {
    match (field, value) {
        ("tags" | "resources" | "discussions", Value::Array(items)) => !items.is_empty(),
        ("temporal_coverage" | "spatial", Value::Object(fields)) => !fields.is_empty(),
        ("tags" | "resources" | "discussions" | "temporal_coverage" | "spatial", _) => false,
        (_, Value::String(text)) => !text.trim().is_empty(),
        _ => false,
    }
}

/// What fixing each missed criterion would add, named by the rule to fix: its first listed rule
/// with a finding (the criteria file lists them in the order to fix them), then a user rule
/// naming it, else its first listed rule that ran (the evidence is missing).
fn gains(score: &DglintScore, ran: &RanRules, max_points: f64) -> Vec<Gain> {
    let mut gains: Vec<Gain> = score
        .criteria
        .iter()
        .enumerate()
        .filter(|(_, result)| result.outcome == Outcome::Missed && max_points > 0.0)
        .filter_map(|(position, result)| {
            let listed = ran.of(result.criterion);
            let costing = listed
                .iter()
                .enumerate()
                .filter(|(index, _)| *index < 32 && result.costing & (1 << index) != 0)
                .filter_map(|(_, rule)| *rule);
            let own = score
                .own
                .iter()
                .filter(|(at, _)| *at == position)
                .map(|(_, rule)| *rule);
            let rule = costing
                .chain(own)
                .next()
                .or_else(|| listed.iter().flatten().next().copied())?;
            Some(Gain {
                rule,
                points: 100.0 * result.points / max_points,
            })
        })
        .collect();
    gains.sort_by(|a, b| {
        b.points
            .total_cmp(&a.points)
            .then_with(|| a.rule.def.code.cmp(&b.rule.def.code))
    });
    gains.dedup_by(|later, earlier| later.rule.def.code == earlier.rule.def.code);
    gains
}

/// Each category's share of its decidable points, with the rules that cost it.
fn categories(score: &DglintScore, settings: &ScoreSettings) -> Vec<CategoryScore> {
    let defaults = ScoreSettings::default();
    Category::ALL
        .into_iter()
        .filter_map(|category| {
            let decided: Vec<(usize, &CriterionScore)> = score
                .criteria
                .iter()
                .enumerate()
                .filter(|(_, result)| {
                    result.criterion.category == category && result.outcome != Outcome::Unknown
                })
                .collect();
            let max = decided
                .iter()
                .fold(0.0, |sum, (_, result)| sum + result.points);
            if max <= 0.0 {
                return None;
            }
            let earned = decided
                .iter()
                .filter(|(_, result)| result.outcome == Outcome::Met)
                .fold(0.0, |sum, (_, result)| sum + result.points);
            let mut failed: Vec<&'static str> = decided
                .iter()
                .flat_map(|(position, _)| score.rules_of(*position))
                .collect();
            failed.sort_unstable();
            failed.dedup();
            let default_weight = defaults.category_weight(category);
            Some(CategoryScore {
                category,
                weight: settings.category_weight(category) / default_weight,
                score: round_tenth(100.0 * earned / max),
                failed,
            })
        })
        .collect()
}

fn round_tenth(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grades_follow_their_floors() {
        let settings = ScoreSettings::default();
        let grades: Vec<&str> = [100.0, 90.0, 89.9, 75.0, 60.0, 40.0, 39.9, 0.0]
            .into_iter()
            .map(|score| settings.grade(score))
            .collect();
        assert_eq!(grades, ["A", "A", "B", "B", "C", "D", "E", "E"]);
    }

    #[test]
    fn a_field_shows_something_of_its_type() {
        for (field, value, filled) in [
            ("title", serde_json::json!(null), false),
            ("title", serde_json::json!("  "), false),
            ("title", serde_json::json!(12), false),
            ("title", serde_json::json!("Musées"), true),
            ("tags", serde_json::json!([]), false),
            ("tags", serde_json::json!("musees, culture"), false),
            ("tags", serde_json::json!(["musees"]), true),
            ("spatial", serde_json::json!({}), false),
            ("spatial", serde_json::json!("country:fr"), false),
            (
                "temporal_coverage",
                serde_json::json!({"start": "2020-01-01"}),
                true,
            ),
            ("resources", serde_json::json!({"title": "x"}), false),
        ] {
            assert_eq!(shows(field, &value), filled, "{field}: {value}");
        }
    }
}
