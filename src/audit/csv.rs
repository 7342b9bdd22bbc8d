//! The CSV report of an audit (`--report csv=audit.csv`): one row per dataset, fix-first
//! order. Column names are stable keys, whatever the language; the `mqa_*` columns come with
//! `--profile mqa`.

use super::Audit;
use crate::model::udata::{Criterion, MAX_POINTS};

/// Writes the rows.
pub fn write(audit: &Audit<'_>, out: &mut dyn std::io::Write) -> Result<(), csv::Error> {
    let mut writer = crate::untrusted::csv::Writer::new(out);
    let mut header: Vec<String> = ["id", "slug", "title", "organization", "page", "priority"]
        .map(str::to_owned)
        .to_vec();
    header.extend(
        Criterion::ALL
            .iter()
            .map(|criterion| criterion.key().to_owned()),
    );
    header.extend(
        [
            "udata_points",
            "udata_max",
            "dglint_score",
            "dglint_grade",
            "errors",
            "warnings",
            "infos",
            "top_finding",
            "top_message",
            "days_late",
            "views",
            "downloads",
            "reuses",
            "followers",
        ]
        .map(str::to_owned),
    );
    let assessed = audit.rows.iter().any(|row| row.scores.mqa.is_some());
    if assessed {
        header.extend(["mqa_points", "mqa_rating", "mqa_unknown_points"].map(str::to_owned));
    }
    let comparing = audit.comparison.is_some();
    if comparing {
        header.extend(["udata_points_before", "dglint_score_before"].map(str::to_owned));
    }
    writer.write_record(&header)?;
    for row in &audit.rows {
        let scores = row.scores;
        let profile = scores.profile();
        let text = |value: &Option<String>| value.clone().unwrap_or_default();
        let mut record = vec![
            row.label(),
            text(&profile.slug),
            text(&scores.title),
            text(&profile.organization),
            text(&profile.page),
            format!("{:.1}", row.priority),
        ];
        record.extend(Criterion::ALL.iter().map(|criterion| {
            scores
                .udata
                .criteria
                .iter()
                .find(|result| result.criterion == *criterion)
                .map_or(String::new(), |result| result.passed.to_string())
        }));
        let top = row.top_finding();
        record.extend([
            scores.udata.points().to_string(),
            MAX_POINTS.to_string(),
            format!("{:.1}", scores.dglint.score),
            scores.dglint.grade.to_owned(),
            row.counts.errors.to_string(),
            row.counts.warnings.to_string(),
            row.counts.infos.to_string(),
            top.map_or(String::new(), |located| located.finding.code.to_owned()),
            top.map_or(String::new(), |located| located.finding.message.clone()),
            profile
                .days_late
                .map_or(String::new(), |days| days.to_string()),
            profile.usage.views.to_string(),
            profile.usage.downloads.to_string(),
            profile.usage.reuses.to_string(),
            profile.usage.followers.to_string(),
        ]);
        if assessed {
            let mqa = scores.mqa.as_ref();
            record.push(mqa.map_or(String::new(), |mqa| mqa.points.to_string()));
            record.push(mqa.map_or(String::new(), |mqa| mqa.rating.to_owned()));
            record.push(mqa.map_or(String::new(), |mqa| mqa.unknown_points.to_string()));
        }
        if let Some(comparison) = &audit.comparison {
            let before = comparison.before(&row.label());
            record.push(before.map_or(String::new(), |(points, _)| points.to_string()));
            record.push(before.map_or(String::new(), |(_, score)| format!("{score:.1}")));
        }
        writer.write_record(&record)?;
    }
    writer.flush()?;
    Ok(())
}
