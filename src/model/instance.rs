//! The udata instance whose quality score dglint reproduces. udata's code is the same on every
//! portal; its settings are not: data.gouv.fr counts a description only above 200 characters
//! where udata's default is 100.

/// udata's default `QUALITY_DESCRIPTION_LENGTH`: a description needs more characters than this.
pub const UDATA_DESCRIPTION_LENGTH: usize = 100;

/// data.gouv.fr's `QUALITY_DESCRIPTION_LENGTH`, as its served scores show (measured on the
/// 2026-01-16 catalogue export: docs/scores.md).
pub const DATA_GOUV_FR_DESCRIPTION_LENGTH: usize = 200;

/// The udata instance whose score is reproduced: udata's code is the same everywhere, its
/// settings are not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instance {
    /// What to call it in messages (`data.gouv.fr`).
    pub name: String,
    /// Its `QUALITY_DESCRIPTION_LENGTH`: a description needs more characters than this.
    pub description_length: usize,
}

/// A setting of the instance that a rule parameter's default follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InstanceSetting {
    /// The fewest characters of a description the instance counts (one more than its
    /// `QUALITY_DESCRIPTION_LENGTH`).
    DescriptionMinChars,
}

impl InstanceSetting {
    /// The value of the setting on `instance`.
    pub fn value(self, instance: &Instance) -> i64 {
        match self {
            InstanceSetting::DescriptionMinChars => {
                i64::try_from(instance.description_length).map_or(i64::MAX, |length| length + 1)
            }
        }
    }
}

impl Instance {
    /// data.gouv.fr, as it runs in production.
    pub fn data_gouv_fr() -> Instance {
        Instance {
            name: "data.gouv.fr".into(),
            description_length: DATA_GOUV_FR_DESCRIPTION_LENGTH,
        }
    }

    /// An instance with udata's default settings.
    pub fn udata_defaults() -> Instance {
        Instance {
            name: "udata".into(),
            description_length: UDATA_DESCRIPTION_LENGTH,
        }
    }

    /// The instance a `dglint.toml` names (`data.gouv.fr` or `udata`), or `None`.
    pub fn named(name: &str) -> Option<Instance> {
        match name {
            "data.gouv.fr" => Some(Instance::data_gouv_fr()),
            "udata" => Some(Instance::udata_defaults()),
            _ => None,
        }
    }
}

impl Default for Instance {
    fn default() -> Instance {
        Instance::data_gouv_fr()
    }
}
