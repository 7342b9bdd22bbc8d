//! dglint's own score: 0–100 from every rule that ran, with a letter grade and the fixes that
//! would raise it most.
//!
//! For each category, the share of its rules' weight that passes (a rule passes when it
//! reported nothing on the dataset); then the categories' shares averaged with the category
//! weights (`[score] categories` in `dglint.toml`). Categories with no weighted rule that ran
//! (the schema rules on API data, say) drop out of the average. The score is rounded to one
//! decimal, and the grade and the `--fail-under` gate compare that rounded value.

use std::collections::{BTreeMap, BTreeSet};

use crate::rules::{Category, Rule};

/// How the score is weighted and graded.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreSettings {
    /// The weight of each category in the average.
    pub category_weights: BTreeMap<Category, f64>,
    /// Lowest score of grades A, B, C and D, in that order (below D is E).
    pub grade_floors: [f64; 4],
}

/// The grade letters with a floor, best first; a score below the last floor is [`LAST_GRADE`].
pub const GRADES: [&str; 4] = ["A", "B", "C", "D"];

/// The grade below every floor.
pub const LAST_GRADE: &str = "E";

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
        }
    }
}

impl ScoreSettings {
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
    /// Its weight in the average.
    pub weight: f64,
    /// The share of its rules' weight that passes, 0–100.
    pub score: f64,
    /// The codes of its rules that failed.
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

/// A dataset's dglint score.
#[derive(Clone)]
pub struct DglintScore {
    /// 0–100, one decimal.
    pub score: f64,
    /// A to E.
    pub grade: &'static str,
    /// The categories that count, in code order.
    pub categories: Vec<CategoryScore>,
    /// Every failed rule by the points its fix would add, largest first.
    pub gains: Vec<Gain>,
}

impl DglintScore {
    /// The three fixes that would raise the score most.
    pub fn fix_first(&self) -> &[Gain] {
        &self.gains[..self.gains.len().min(3)]
    }
}

/// Scores a dataset on which `rules` ran and the rules coded in `failed` reported something.
pub fn evaluate(
    rules: &[&'static Rule],
    failed: &BTreeSet<&str>,
    settings: &ScoreSettings,
) -> DglintScore {
    let mut by_category: BTreeMap<Category, Vec<&'static Rule>> = BTreeMap::new();
    for rule in rules.iter().filter(|rule| rule.def.weight > 0) {
        by_category.entry(rule.def.category).or_default().push(rule);
    }
    by_category.retain(|category, _| settings.category_weight(*category) > 0.0);
    let total_weight: f64 = by_category
        .keys()
        .map(|category| settings.category_weight(*category))
        .sum();
    let mut categories = Vec::new();
    let mut gains = Vec::new();
    let mut sum = 0.0;
    for (category, rules) in by_category {
        let weight = settings.category_weight(category);
        let rules_weight: f64 = rules.iter().map(|rule| f64::from(rule.def.weight)).sum();
        let mut passed_weight = 0.0;
        let mut category_failed = Vec::new();
        for rule in rules {
            let rule_weight = f64::from(rule.def.weight);
            if failed.contains(rule.def.code.as_str()) {
                category_failed.push(rule.def.code.as_str());
                gains.push(Gain {
                    rule,
                    points: 100.0 * weight / total_weight * rule_weight / rules_weight,
                });
            } else {
                passed_weight += rule_weight;
            }
        }
        let share = passed_weight / rules_weight;
        sum += weight * share;
        categories.push(CategoryScore {
            category,
            weight,
            score: round_tenth(100.0 * share),
            failed: category_failed,
        });
    }
    let score = if total_weight > 0.0 {
        round_tenth(100.0 * sum / total_weight)
    } else {
        100.0
    };
    gains.sort_by(|a, b| {
        b.points
            .total_cmp(&a.points)
            .then_with(|| a.rule.def.code.cmp(&b.rule.def.code))
    });
    DglintScore {
        score,
        grade: settings.grade(score),
        categories,
        gains,
    }
}

fn round_tenth(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Registry;

    fn rules(codes: &[&str]) -> Vec<&'static Rule> {
        let registry = Registry::embedded().unwrap();
        codes
            .iter()
            .map(|code| registry.by_code(code).unwrap())
            .collect()
    }

    #[test]
    fn weighted_shares_by_category() {
        // DG201 (completeness, weight 3) and DG202 (completeness, 5); DG304 (openness, 4).
        let ran = rules(&["DG201", "DG202", "DG304"]);
        let settings = ScoreSettings::default();
        let failed = BTreeSet::from(["DG201"]);
        let score = evaluate(&ran, &failed, &settings);
        // completeness 5/8 passes, weight 3; openness 1, weight 2: (3 × 0.625 + 2) / 5.
        assert_eq!(score.score, 77.5);
        assert_eq!(score.grade, "B");
        assert_eq!(score.categories[0].score, 62.5);
        assert_eq!(score.gains.len(), 1);
        assert!((score.gains[0].points - 22.5).abs() < 1e-9);
        let clean = evaluate(&ran, &BTreeSet::new(), &settings);
        assert_eq!((clean.score, clean.grade), (100.0, "A"));
    }

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
    fn categories_without_weight_drop_out() {
        let ran = rules(&["DG201", "DG304"]);
        let mut settings = ScoreSettings::default();
        settings.category_weights.insert(Category::Openness, 0.0);
        let score = evaluate(&ran, &BTreeSet::from(["DG304"]), &settings);
        assert_eq!(score.score, 100.0);
        assert_eq!(score.categories.len(), 1);
        assert!(score.gains.is_empty());
    }
}
