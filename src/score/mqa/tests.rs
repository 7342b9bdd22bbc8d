use serde_json::{Value, json};

use super::*;
use crate::document::Limits;
use crate::model::{DatasetView, Origin};

fn assess(value: &Value, origin: Origin, limits: Limits) -> MqaScore {
    evaluate(&Source {
        dataset: DatasetView::new(value),
        origin,
        limits,
        ran: &[],
        findings: &[],
    })
}

fn outcome_of(score: &MqaScore, metric: Metric) -> Outcome {
    score.outcome(metric).unwrap()
}

fn complete() -> Value {
    json!({
        "title": "Musées de France",
        "description": "La liste des musées de France.",
        "tags": ["musees"],
        "license": "lov2",
        "organization": "ministere-de-la-culture",
        "temporal_coverage": {"start": "2002-01-01"},
        "spatial": {"zones": ["country:fr"]},
        "contact_points": [{"name": "Musées", "email": "musees@example.org", "role": "contact"}],
        "resources": [
            {"title": "Notice", "url": "https://example.org/notice.pdf", "format": "pdf"},
            {"title": "Liste", "url": "https://example.org/musees.csv", "format": "csv",
             "mime": "text/csv", "filesize": 1200}
        ]
    })
}

#[test]
fn ratings_follow_the_methodologys_bands() {
    assert_eq!(rating(405), "excellent");
    assert_eq!(rating(351), "excellent");
    assert_eq!(rating(350), "good");
    assert_eq!(rating(221), "good");
    assert_eq!(rating(220), "sufficient");
    assert_eq!(rating(121), "sufficient");
    assert_eq!(rating(120), "bad");
    assert_eq!(rating(0), "bad");
}

#[test]
fn a_complete_manifest_earns_all_but_the_feeds_losses_and_the_links() {
    let score = assess(&complete(), Origin::Manifest, Limits::default());
    // 405 − 50 (theme, spatial: never in the feed) − 80 (reachability: links not checked)
    // − 5 (rights: lov2 has a URL, so the feed writes dct:license, not dct:rights).
    assert_eq!(score.points, 270);
    assert_eq!(score.unknown_points, 80);
    assert_eq!(score.lost_to_feed(), 50);
    assert_eq!(score.rating, "good");
    // 350 at most: through data.gouv.fr's feed no dataset reaches "excellent" (351), since a
    // licence with a page (25 points more) leaves out the rights statement (5).
    assert_eq!(score.rating_at_most, "good");
    // The CSV is the best distribution, not the PDF listed first.
    assert_eq!(score.distribution, Some(1));
    assert_eq!(
        outcome_of(&score, Metric::SpatialAvailability),
        Outcome::Missed
    );
    assert_eq!(
        outcome_of(&score, Metric::RightsAvailability),
        Outcome::Missed
    );
    let dimensions: Vec<(u32, u32, u32)> = score
        .dimensions()
        .iter()
        .map(|d| (d.points, d.max, d.unknown))
        .collect();
    assert_eq!(
        dimensions,
        [
            (50, 100, 0),
            (20, 100, 80),
            (110, 110, 0),
            (75, 75, 0),
            (15, 20, 0)
        ]
    );
}

#[test]
fn a_title_alone_is_bad_and_misses_what_the_producer_can_add() {
    let score = assess(
        &json!({"title": "Musées"}),
        Origin::Manifest,
        Limits::default(),
    );
    assert_eq!(score.rating, "bad");
    let missed: Vec<&str> = score
        .missed()
        .iter()
        .map(|r| r.indicator.id.as_str())
        .collect();
    // Without a resource, the distribution-level indicators are missed, reachability first.
    assert_eq!(missed[0], "accessUrlStatusCode");
    assert!(missed.contains(&"keywordAvailability"));
    assert!(
        !missed.contains(&"categoryAvailability"),
        "the feed's loss, not the producer's"
    );
    // Access rights (udata's default: open) and the portal's own dates.
    assert_eq!(
        outcome_of(&score, Metric::AccessRightsAvailability),
        Outcome::Met
    );
    assert_eq!(
        outcome_of(&score, Metric::DateIssuedAvailability),
        Outcome::Met
    );
}

#[test]
fn fields_of_the_wrong_type_fail_their_indicators_and_nothing_panics() {
    let value = json!({
        "title": 3, "description": [], "tags": "musees", "license": {"id": "lov2"},
        "organization": 12, "temporal_coverage": "2020", "contact_points": "x",
        "access_type": 1, "harvest": "yes",
        "resources": [{"url": 5, "format": 1, "mime": [], "filesize": "12", "harvest": 3}, 7]
    });
    let score = assess(&value, Origin::Api, Limits::default());
    for metric in [
        Metric::KeywordAvailability,
        Metric::TemporalAvailability,
        Metric::DcatApCompliance,
        Metric::LicenceAvailability,
        Metric::PublisherAvailability,
        Metric::ContactPointAvailability,
        Metric::AccessRightsAvailability,
        Metric::DownloadUrlAvailability,
        Metric::FormatAvailability,
        Metric::MediaTypeAvailability,
        Metric::ByteSizeAvailability,
    ] {
        assert_eq!(outcome_of(&score, metric), Outcome::Missed, "{metric:?}");
    }
    let nothing = assess(&json!("not a dataset"), Origin::Api, Limits::default());
    assert_eq!(nothing.rating, "bad");
}

#[test]
fn an_uploaded_file_gets_the_media_type_and_size_the_portal_sets() {
    let value = json!({"title": "x", "resources": [{"title": "Liste", "path": "data/liste.csv"}]});
    let score = assess(&value, Origin::Manifest, Limits::default());
    assert_eq!(
        outcome_of(&score, Metric::MediaTypeAvailability),
        Outcome::Met
    );
    assert_eq!(
        outcome_of(&score, Metric::ByteSizeAvailability),
        Outcome::Met
    );
    // text/csv names CSV even without a declared format.
    assert_eq!(
        outcome_of(&score, Metric::FormatMediaTypeNonProprietary),
        Outcome::Met
    );
    assert_eq!(
        outcome_of(&score, Metric::FormatAvailability),
        Outcome::Missed
    );
}

#[test]
fn a_harvested_dataset_has_only_the_dates_its_harvest_gives() {
    let mut value = json!({"title": "x", "harvest": {"modified_at": "2026-01-01T00:00:00"},
                           "resources": []});
    let score = assess(&value, Origin::Api, Limits::default());
    assert_eq!(
        outcome_of(&score, Metric::DateIssuedAvailability),
        Outcome::Missed
    );
    assert_eq!(
        outcome_of(&score, Metric::DateModifiedAvailability),
        Outcome::Met
    );
    // The export leaves `harvest.issued_at` out: unknown there, not missed.
    value["harvest"] = json!({"modified_at": "2026-01-01"});
    let export = Limits {
        carriage_returns_dropped: true,
        ..Limits::default()
    };
    let score = assess(&value, Origin::Api, export);
    assert_eq!(
        outcome_of(&score, Metric::DateIssuedAvailability),
        Outcome::Unknown
    );
}

#[test]
fn a_catalogue_record_without_its_resources_is_read_from_its_summary() {
    let record = json!({"title": "x", "description": "y", "license": "odc-odbl",
                        "resources_count": 3, "resources_formats": ["pdf", "xlsx", "geojson"]});
    let limits = Limits {
        resources_unlisted: true,
        carriage_returns_dropped: true,
        ..Limits::default()
    };
    let score = assess(&record, Origin::Api, limits);
    assert_eq!(
        outcome_of(&score, Metric::FormatMediaTypeNonProprietary),
        Outcome::Met
    );
    assert_eq!(outcome_of(&score, Metric::KnownLicence), Outcome::Met);
    assert_eq!(
        outcome_of(&score, Metric::MediaTypeAvailability),
        Outcome::Unknown
    );
    assert_eq!(
        outcome_of(&score, Metric::ByteSizeAvailability),
        Outcome::Unknown
    );
    assert_eq!(
        outcome_of(&score, Metric::ContactPointAvailability),
        Outcome::Unknown
    );
    assert_eq!(score.distribution, None);
    let empty = json!({"title": "x", "resources": []});
    let score = assess(&empty, Origin::Api, limits);
    assert_eq!(
        outcome_of(&score, Metric::DownloadUrlAvailability),
        Outcome::Missed
    );
}

#[test]
fn a_licence_without_a_page_is_written_as_rights() {
    let mut value = complete();
    value["license"] = json!("other-open");
    let score = assess(&value, Origin::Manifest, Limits::default());
    assert_eq!(
        outcome_of(&score, Metric::LicenceAvailability),
        Outcome::Missed
    );
    assert_eq!(outcome_of(&score, Metric::KnownLicence), Outcome::Missed);
    assert_eq!(outcome_of(&score, Metric::RightsAvailability), Outcome::Met);
}

#[test]
fn adding_evidence_never_lowers_the_points() {
    // Every subset of eight additions to a title: the points never drop when one is added.
    let additions: [(&str, Value); 8] = [
        ("description", json!("Une description.")),
        ("tags", json!(["musees"])),
        ("license", json!("odc-odbl")),
        ("organization", json!("culture")),
        ("temporal_coverage", json!({"start": "2020-01-01"})),
        (
            "contact_points",
            json!([{"email": "a@example.org", "role": "contact"}]),
        ),
        (
            "resources",
            json!([{"title": "r", "url": "https://example.org/a.csv", "format": "csv"}]),
        ),
        ("spatial", json!({"zones": ["country:fr"]})),
    ];
    let points_of = |mask: u32| {
        let mut value = json!({"title": "Musées"});
        for (bit, (key, addition)) in additions.iter().enumerate() {
            if mask & (1 << bit) != 0 {
                value[*key] = addition.clone();
            }
        }
        assess(&value, Origin::Manifest, Limits::default()).points
    };
    for mask in 0..(1u32 << additions.len()) {
        for bit in 0..additions.len() {
            if mask & (1 << bit) == 0 {
                let more = mask | (1 << bit);
                assert!(points_of(more) >= points_of(mask), "{mask:b} + {bit}");
            }
        }
    }
}
