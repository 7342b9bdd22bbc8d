//! ISO 8601 dates and date-times as manifests and the udata API write them.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};

/// Parses a date (`2025-03-01`) or a date-time (`2025-03-01T10:00:00`, with optional fraction
/// and `Z` or `±HH:MM` offset). Dates stand for midnight UTC; naive date-times are UTC, as in
/// udata.
pub fn parse_instant(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Some(date.and_time(NaiveTime::MIN).and_utc());
    }
    if let Ok(with_offset) = DateTime::parse_from_rfc3339(text) {
        return Some(with_offset.with_timezone(&Utc));
    }
    for layout in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M"] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(text, layout) {
            return Some(naive.and_utc());
        }
    }
    None
}

/// Parses a date or date-time like [`parse_instant`] but keeps the wall-clock time and drops
/// any offset, as udata does with the date strings it stores in resource extras
/// (`analysis:last-modified-at`): `2025-03-01T10:00:00+02:00` reads as 10:00 UTC.
pub fn parse_wall_time(text: &str) -> Option<DateTime<Utc>> {
    match DateTime::parse_from_rfc3339(text.trim()) {
        Ok(with_offset) => Some(with_offset.naive_local().and_utc()),
        Err(_) => parse_instant(text),
    }
}

/// Whether `text` is an ISO 8601 date or date-time that [`parse_instant`] accepts.
pub fn is_iso_date(text: &str) -> bool {
    parse_instant(text).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_dates_and_date_times() {
        for valid in [
            "2025-03-01",
            "2025-04-07T06:15:30.658000+00:00",
            "2025-11-17T15:12:47.649000",
            "2025-03-01T10:00",
        ] {
            assert!(is_iso_date(valid), "{valid}");
        }
        for invalid in [
            "2025-02-30",
            "01/03/2025",
            "2025",
            "yesterday",
            "2025-03-01 10:00",
        ] {
            assert!(!is_iso_date(invalid), "{invalid}");
        }
        assert_eq!(
            parse_instant("2025-03-01T01:00:00+02:00")
                .unwrap()
                .to_rfc3339(),
            "2025-02-28T23:00:00+00:00"
        );
    }

    #[test]
    fn wall_time_drops_the_offset() {
        let wall = parse_wall_time("2025-03-01T01:00:00+02:00").unwrap();
        assert_eq!(wall.to_rfc3339(), "2025-03-01T01:00:00+00:00");
        assert_eq!(
            parse_wall_time("2025-03-01").unwrap().to_rfc3339(),
            "2025-03-01T00:00:00+00:00"
        );
    }
}
