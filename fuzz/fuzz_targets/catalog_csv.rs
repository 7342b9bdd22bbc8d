//! data.gouv.fr's catalogue export: the `;`-separated reader (any bytes, not only UTF-8),
//! the columns, each record turned into API data, then the whole pipeline on it.
#![no_main]

mod pipeline;

use dglint::model::{Origin, Vocabularies};
use dglint::source::catalog::{Catalog, CatalogFilter, parse_table};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(table) = parse_table("fuzz.csv".to_owned(), data.to_vec()) else {
        return;
    };
    let catalog = Catalog::from_tables(table, None);
    let (selected, skipped) = catalog.select(&CatalogFilter::default());
    for index in selected.into_iter().take(16) {
        let document = catalog.document(index, Vocabularies::embedded());
        pipeline::run(document, Some(Origin::Api));
    }
    for &index in skipped.broken.iter().take(4) {
        pipeline::run(catalog.broken_record(index), Some(Origin::Api));
    }
});
