//! Dates as the CKAN backend reads them: `dateutil.parser.parse(text).date()` (what the
//! schema's `to_date` and udata's `daterange_start`/`daterange_end` call), for the forms
//! catalogues write: ISO 8601 dates and date-times (the date as written, before any time
//! zone), `YYYY-MM`, `YYYY`, `YYYYMMDD`, and `MM/DD/YYYY` (dateutil reads the month first).
//! dateutil fills what a text leaves out from today's date, as here. A form outside these is
//! taken as one dateutil cannot read either: the known difference (dateutil also reads month
//! names and many more).

use chrono::{Datelike, NaiveDate};

/// The date `text` names, with what it leaves out taken from `today`.
pub fn date_of(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let text = text.trim();
    let number = |part: &str| -> Option<u32> {
        (!part.is_empty() && part.chars().all(|c| c.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    let day_in = |year: i32, month: u32, day: u32| NaiveDate::from_ymd_opt(year, month, day);
    // Today's day, or the month's last when it has fewer days (as dateutil does).
    let clamped = |year: i32, month: u32| {
        (1..=today.day())
            .rev()
            .find_map(|day| day_in(year, month, day))
    };
    if let Some((month, rest)) = text.split_once('/') {
        let (day, year) = rest.split_once('/')?;
        return day_in(number(year)? as i32, number(month)?, number(day)?);
    }
    let date = text.split(['T', ' ']).next().unwrap_or_default();
    let parts: Vec<&str> = date.split('-').collect();
    match parts.as_slice() {
        [year, month, day] if year.len() == 4 => {
            day_in(number(year)? as i32, number(month)?, number(day)?)
        }
        [year, month] if year.len() == 4 && text == date => {
            clamped(number(year)? as i32, number(month)?)
        }
        [compact] if compact.len() == 8 && text == date => day_in(
            number(&compact[..4])? as i32,
            number(&compact[4..6])?,
            number(&compact[6..])?,
        ),
        [year] if year.len() == 4 && text == date => clamped(number(year)? as i32, today.month()),
        _ => None,
    }
}

/// udata's `daterange_start`: a year's first day, a month's first day, else the date.
pub fn range_start(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let date = date_of(text, today)?;
    Some(match text.matches('-').count() {
        0 => date.with_day(1)?.with_month(1)?,
        1 => date.with_day(1)?,
        _ => date,
    })
}

/// udata's `daterange_end`: a year's last day, a month's last day, else the date.
pub fn range_end(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let date = date_of(text, today)?;
    Some(match text.matches('-').count() {
        0 => NaiveDate::from_ymd_opt(date.year(), 12, 31)?,
        1 => date
            .with_day(1)?
            .checked_add_months(chrono::Months::new(1))?
            .pred_opt()?,
        _ => date,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_as_dateutil_reads_them() {
        // dateutil 2.9 with today 2026-11-22 (each printed by Python).
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(date_of("2020-01-05T10:00:00+05:00", today), day(2020, 1, 5));
        assert_eq!(date_of("2020-06", today), day(2020, 6, 22));
        assert_eq!(date_of("2020", today), day(2020, 11, 22));
        assert_eq!(date_of("05/12/2020", today), day(2020, 5, 12));
        assert_eq!(date_of("20200105", today), day(2020, 1, 5));
        assert_eq!(date_of("nope", today), None);
        assert_eq!(date_of("", today), None);
        assert_eq!(range_start("2020", today), day(2020, 1, 1));
        assert_eq!(range_end("2021-02", today), day(2021, 2, 28));
        assert_eq!(range_end("2021", today), day(2021, 12, 31));
    }
}
