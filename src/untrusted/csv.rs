//! Spreadsheets: dglint's CSV reports (the audit's, the findings', the scores') are opened in
//! spreadsheets, which run a cell that starts like a formula (`=HYPERLINK(…)`,
//! `=cmd|' /C calc'!A0`: CSV injection, CWE-1236). Every cell goes through [`cell`]; the one
//! CSV writer, [`Writer`], makes sure of it.

use std::borrow::Cow;
use std::io;

/// What a spreadsheet reads as the start of a formula.
const FORMULA_STARTS: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// `text` as a cell a spreadsheet shows as text: a cell that starts with `=`, `+`, `-`, `@`, a
/// tab or a carriage return, and is not a plain number (`-3`, `+1.5`, `2e-3`), gets a leading
/// `'`, as OWASP recommends; a spreadsheet hides the quote and shows the rest as it is.
pub fn cell(text: &str) -> Cow<'_, str> {
    if !text.starts_with(FORMULA_STARTS) || is_plain_number(text) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(format!("'{text}"))
}

/// A signed decimal number, with an exponent or not: what a spreadsheet reads as a number.
fn is_plain_number(text: &str) -> bool {
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (
            mantissa,
            Some(exponent.strip_prefix(['-', '+']).unwrap_or(exponent)),
        ),
        None => (unsigned, None),
    };
    let mantissa_ok = match mantissa.split_once('.') {
        Some((whole, fraction)) => digits(whole) && digits(fraction),
        None => digits(mantissa),
    };
    mantissa_ok && exponent.is_none_or(digits)
}

/// A CSV writer (comma-separated, quoted as RFC 4180 asks) whose every cell goes through
/// [`cell`].
pub struct Writer<W: io::Write> {
    inner: csv::Writer<W>,
}

impl<W: io::Write> Writer<W> {
    /// A writer to `out`.
    pub fn new(out: W) -> Writer<W> {
        Writer {
            inner: csv::Writer::from_writer(out),
        }
    }

    /// Writes one record, each cell made [safe](cell).
    pub fn write_record<I, T>(&mut self, record: I) -> csv::Result<()>
    where
        I: IntoIterator<Item = T>,
        T: AsRef<str>,
    {
        for text in record {
            self.inner.write_field(cell(text.as_ref()).as_bytes())?;
        }
        // An empty record after the fields ends the record.
        self.inner.write_record(std::iter::empty::<&[u8]>())
    }

    /// Flushes what is buffered.
    pub fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `cells` written as one record by [`Writer`], then read back as a spreadsheet reads CSV.
    fn round_trip(cells: &[String]) -> Vec<String> {
        let mut written = Vec::new();
        let mut writer = Writer::new(&mut written);
        writer.write_record(cells).unwrap();
        writer.flush().unwrap();
        drop(writer);
        let mut reader = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(written.as_slice());
        let record = reader.records().next().expect("a record").unwrap();
        record.iter().map(str::to_owned).collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Any cells come back as their safe form, none starting like a formula unless it is
        /// a plain number.
        #[test]
        fn cells_round_trip_to_their_safe_form(
            cells in proptest::collection::vec(
                prop_oneof![any::<String>(), "[=+@\t\r-][-=+@0-9.e\"',;| \n]{0,12}"],
                1..6,
            )
        ) {
            let read = round_trip(&cells);
            let safe: Vec<String> = cells.iter().map(|text| cell(text).into_owned()).collect();
            prop_assert_eq!(&read, &safe);
            for text in &read {
                prop_assert!(!text.starts_with(FORMULA_STARTS) || is_plain_number(text), "{:?}", text);
            }
        }
    }

    #[test]
    fn formulas_are_neutralised_numbers_kept() {
        assert_eq!(
            cell("=HYPERLINK(\"https://evil.example\",\"cliquez\")"),
            "'=HYPERLINK(\"https://evil.example\",\"cliquez\")"
        );
        assert_eq!(cell("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("+33 1 23 45 67 89"), "'+33 1 23 45 67 89");
        assert_eq!(cell("\t=1+1"), "'\t=1+1");
        assert_eq!(cell("-2+3"), "'-2+3");
        assert_eq!(cell("-"), "'-");
        for number in ["-3", "-3.5", "+1.5", "-2e-3", "12", "0.5"] {
            assert_eq!(cell(number), number);
        }
        assert_eq!(cell("Musées de France"), "Musées de France");
        assert_eq!(cell(""), "");
        assert_eq!(
            round_trip(&[String::new()]),
            [""],
            "a record of one empty cell"
        );
    }
}
