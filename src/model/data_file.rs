//! Why a data file shipped with dglint (a vocabulary, the criteria of its score, the MQA's
//! indicators) cannot be read: the embedded ones are checked by tests, so this names what a
//! change to one broke.

/// What is wrong with a data file.
#[derive(Debug, thiserror::Error)]
pub enum DataFileError {
    /// It is not the TOML its reader expects.
    #[error(transparent)]
    Toml(#[from] toml::de::Error),
    /// It reads, but an entry is wrong.
    #[error("{entry}: {message}")]
    Entry {
        /// The entry, as the file names it.
        entry: String,
        /// What is wrong with it.
        message: String,
    },
}
