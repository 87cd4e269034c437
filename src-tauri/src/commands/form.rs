//! Struct arguments whose decoding errors say which field is wrong.
//!
//! Tauri refuses an argument it cannot decode with `invalid args `input` for command `x`: …`,
//! followed by serde's error — which names the expected type but not the field of the struct
//! that failed. A struct argument taken as [`Form<T>`] is decoded through `serde_path_to_error`,
//! so the error carries the field's path: `at `quota`: invalid value: integer `-1`, expected u32`.
//! The window's `ipc.ts` turns every such rejection into `{code: "ipc.invalid_args", message}`
//! with the field's Chinese label («「名额」不能为负数（收到 -1）»).

use serde::de::Error as _;
use serde::{Deserialize, Deserializer};

/// A command argument decoded with the path of the failing field in its error.
#[derive(Debug, Clone, PartialEq)]
pub struct Form<T>(pub T);

impl<T> Form<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> From<T> for Form<T> {
    fn from(value: T) -> Self {
        Form(value)
    }
}

impl<T> std::ops::Deref for Form<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Form<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        serde_path_to_error::deserialize(deserializer)
            .map(Form)
            .map_err(|e| D::Error::custom(format!("at `{}`: {}", e.path(), e.inner())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wenming_core::honors::{CategoryInput, PaperCount};

    fn decode<T: serde::de::DeserializeOwned>(v: serde_json::Value) -> String {
        serde_json::from_value::<Form<T>>(v)
            .err()
            .unwrap()
            .to_string()
    }

    #[test]
    fn a_negative_number_in_a_struct_names_its_field() {
        let bad = serde_json::json!({
            "year": 2026, "name": "先进个人", "target": "person", "quota": -1,
            "eligibility": "none", "nominations_open_at": "2026-01-01T00:00:00",
            "nominations_close_at": "2026-12-31T00:00:00"
        });
        assert_eq!(
            decode::<CategoryInput>(bad),
            "at `quota`: invalid value: integer `-1`, expected u32"
        );
    }

    #[test]
    fn a_wrong_type_deep_in_a_list_names_the_path_to_it() {
        let bad = serde_json::json!({
            "ballots": 3, "invalid": 0,
            "candidates": [{"nomination_id": 1, "name": "", "votes_for": "三", "against": 0, "abstain": 0}]
        });
        assert_eq!(
            decode::<PaperCount>(bad),
            "at `candidates[0].votes_for`: invalid type: string \"三\", expected u32"
        );
    }

    #[test]
    fn a_good_struct_decodes_unchanged() {
        let good = serde_json::json!({"ballots": 3, "invalid": 1, "candidates": []});
        let Form(count) = serde_json::from_value::<Form<PaperCount>>(good).unwrap();
        assert_eq!((count.ballots, count.invalid), (3, 1));
    }
}
