//! `Condition`: whom a push reaches, by tags or by attributes.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::user_tags::check_tag;
use super::{Attrs, TAGS_PER_LIST_MAX};
use crate::validation::{check, Rule, ValidationError};
use crate::ErrorCode;

/// `Condition` of `im_push` and `timpush/push`: without one a push reaches
/// every account; with one, the accounts whose tags or attributes match.
///
/// - `TagsAnd`: users with every tag; `TagsOr`: users with at least one;
///   `TagsNot` (documented by `timpush`): users without the tags, read as
///   the page's example reads: `TagsOr` A, B with `TagsNot` C, D reach
///   "(A or B) and not (C and D)", so a user is left out only when it has
///   every tag of `TagsNot`. Lists given together all apply.
/// - `AttrsAnd`: users whose attributes have every value; `AttrsOr`: users
///   with at least one.
/// - Tags and attributes cannot be combined (90039). Each tag list holds at
///   most 10 tags (90032), each tag 1 to 50 bytes (90040, 90020), and no tag
///   may appear twice in `TagsAnd` and `TagsOr` (90022).
///
/// ```
/// use tim_protocol::push::{Attrs, PushCondition};
///
/// let by_tag = PushCondition::tags_or(["stock A", "stock B"]);
/// assert_eq!(
///     serde_json::to_value(&by_tag).unwrap(),
///     serde_json::json!({"TagsOr": ["stock A", "stock B"]})
/// );
/// assert!(by_tag.check().is_ok());
///
/// let mixed = PushCondition::attrs_and(Attrs::new().with("city", "Shenzhen")).and_tags_or(["a"]);
/// assert_eq!(mixed.check().unwrap_err().error_code().map(|c| c.code()), Some(90039));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PushCondition {
    /// `TagsAnd`: every tag.
    #[serde(rename = "TagsAnd", default, skip_serializing_if = "Option::is_none")]
    pub tags_and: Option<Vec<String>>,
    /// `TagsOr`: at least one tag.
    #[serde(rename = "TagsOr", default, skip_serializing_if = "Option::is_none")]
    pub tags_or: Option<Vec<String>>,
    /// `TagsNot` (`timpush`): not every one of the tags ("not (C and D)").
    #[serde(rename = "TagsNot", default, skip_serializing_if = "Option::is_none")]
    pub tags_not: Option<Vec<String>>,
    /// `AttrsAnd`: every attribute value.
    #[serde(rename = "AttrsAnd", default, skip_serializing_if = "Option::is_none")]
    pub attrs_and: Option<Attrs>,
    /// `AttrsOr`: at least one attribute value.
    #[serde(rename = "AttrsOr", default, skip_serializing_if = "Option::is_none")]
    pub attrs_or: Option<Attrs>,
}

fn list<I, S>(tags: I) -> Option<Vec<String>>
where
    I: IntoIterator<Item = S>,
    S: Into<String>,
{
    Some(tags.into_iter().map(Into::into).collect())
}

impl PushCondition {
    /// Users with every one of `tags`.
    pub fn tags_and<I, S>(tags: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            tags_and: list(tags),
            ..Self::default()
        }
    }

    /// Users with at least one of `tags`.
    pub fn tags_or<I, S>(tags: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            tags_or: list(tags),
            ..Self::default()
        }
    }

    /// Users without every one of `tags` (`timpush`).
    pub fn tags_not<I, S>(tags: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            tags_not: list(tags),
            ..Self::default()
        }
    }

    /// Users whose attributes have every value of `attrs`.
    pub fn attrs_and(attrs: Attrs) -> Self {
        Self {
            attrs_and: Some(attrs),
            ..Self::default()
        }
    }

    /// Users whose attributes have at least one value of `attrs`.
    pub fn attrs_or(attrs: Attrs) -> Self {
        Self {
            attrs_or: Some(attrs),
            ..Self::default()
        }
    }

    /// Also requiring at least one of `tags`.
    pub fn and_tags_or<I, S>(mut self, tags: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.tags_or = list(tags);
        self
    }

    /// Also leaving out users with every one of `tags` (`timpush`).
    pub fn and_tags_not<I, S>(mut self, tags: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.tags_not = list(tags);
        self
    }

    /// Whether the condition names tags.
    pub fn by_tags(&self) -> bool {
        self.tag_lists().next().is_some()
    }

    /// Whether the condition names attributes.
    pub fn by_attrs(&self) -> bool {
        self.attrs_and.is_some() || self.attrs_or.is_some()
    }

    fn tag_lists(&self) -> impl Iterator<Item = (&'static str, &Vec<String>)> {
        [
            ("TagsAnd", &self.tags_and),
            ("TagsOr", &self.tags_or),
            ("TagsNot", &self.tags_not),
        ]
        .into_iter()
        .filter_map(|(name, tags)| tags.as_ref().map(|tags| (name, tags)))
    }

    /// Checks the rules listed on the type, naming fields below `Condition`.
    pub fn check(&self) -> Result<(), ValidationError> {
        if self.by_tags() && self.by_attrs() {
            return Err(ValidationError::new(
                "Condition",
                Rule::MustBeAbsent("with both tags and attributes: push by one or the other"),
            )
            .with_code(ErrorCode::PushAttrsWithTags));
        }
        for (name, tags) in self.tag_lists() {
            let field = format!("Condition.{name}");
            check::count(
                &field,
                tags.len(),
                1,
                TAGS_PER_LIST_MAX,
                Some(ErrorCode::PushTooManyTags),
            )
            .map_err(|error| match error.rule() {
                // An empty list is a list with an empty condition: 90040.
                Rule::TooFew { .. } => error.with_code(ErrorCode::PushTagEmpty),
                _ => error,
            })?;
            for (index, tag) in tags.iter().enumerate() {
                check_tag(|| format!("{field}[{index}]"), tag)?;
            }
        }
        let mut seen = BTreeSet::new();
        let and_or = [("TagsAnd", &self.tags_and), ("TagsOr", &self.tags_or)];
        for (name, tags) in and_or {
            for (index, tag) in tags.iter().flatten().enumerate() {
                if !seen.insert(tag.as_str()) {
                    return Err(ValidationError::new(
                        format!("Condition.{name}[{index}]"),
                        Rule::BadFormat("a tag not already listed in TagsAnd or TagsOr"),
                    )
                    .with_code(ErrorCode::PushTagsDuplicated));
                }
            }
        }
        for (name, attrs) in [("AttrsAnd", &self.attrs_and), ("AttrsOr", &self.attrs_or)] {
            if let Some(attrs) = attrs {
                let field = format!("Condition.{name}");
                if attrs.is_empty() {
                    return Err(ValidationError::new(field, Rule::NotEmpty).with_code(ErrorCode::PushAttrInvalid));
                }
                attrs.check(&field, true)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_its_code_and_field() {
        let ten: Vec<String> = (0..10).map(|i| format!("t{i}")).collect();
        assert!(PushCondition::tags_and(ten.clone()).check().is_ok());
        assert!(PushCondition::tags_or(["a", "b"]).and_tags_not(["c"]).check().is_ok());
        assert!(
            PushCondition::default().check().is_ok(),
            "an empty condition reaches everyone"
        );

        let cases = [
            (
                PushCondition::tags_and((0..11).map(|i| format!("t{i}"))),
                "Condition.TagsAnd",
                90032,
            ),
            (PushCondition::tags_or(["a", ""]), "Condition.TagsOr[1]", 90040),
            (PushCondition::tags_or(Vec::<String>::new()), "Condition.TagsOr", 90040),
            (PushCondition::tags_and(["t".repeat(51)]), "Condition.TagsAnd[0]", 90020),
            (
                PushCondition::tags_and(["a", "b"]).and_tags_or(["c", "a"]),
                "Condition.TagsOr[1]",
                90022,
            ),
            (PushCondition::tags_or(["a", "a"]), "Condition.TagsOr[1]", 90022),
            (
                PushCondition::attrs_or(Attrs::new().with("sex", "f")).and_tags_not(["x"]),
                "Condition",
                90039,
            ),
            (PushCondition::attrs_and(Attrs::new()), "Condition.AttrsAnd", 90033),
            (
                PushCondition::attrs_and(Attrs::new().with("", "f")),
                "Condition.AttrsAnd.",
                90033,
            ),
        ];
        for (condition, field, code) in cases {
            let error = condition.check().unwrap_err();
            assert_eq!(error.field(), field, "{condition:?}");
            assert_eq!(error.error_code().map(|c| c.code()), Some(code), "{condition:?}");
        }
    }
}
