//! The string-coded kinds of the sns calls: delete and check modes, the
//! relations a check answers, and `group_get`'s `NeedFriend`. Open sets: a
//! value this crate does not know is kept; `validate()` refuses one in a
//! request.

use crate::validation::{Rule, ValidationError};

crate::str_enum! {
    /// `DeleteType` of `friend_delete` and `friend_delete_all`.
    pub enum DeleteType {
        /// `Delete_Type_Single`: removes the friend from the user's list only
        /// (the default of both calls).
        Single = "Delete_Type_Single",
        /// `Delete_Type_Both`: removes them from each other's lists.
        Both = "Delete_Type_Both",
    }
}

crate::str_enum! {
    /// `CheckType` of `friend_check`.
    pub enum CheckType {
        /// `CheckResult_Type_Single`: whether `To_Account` is on the user's
        /// list only.
        Single = "CheckResult_Type_Single",
        /// `CheckResult_Type_Both`: both directions.
        Both = "CheckResult_Type_Both",
    }
}

crate::str_enum! {
    /// `Relation` in `friend_check`'s `InfoItem`: how `From_Account` (A) and
    /// `To_Account` (B) are friends.
    pub enum FriendRelation {
        /// `CheckResult_Type_BothWay`: each is on the other's list.
        BothWay = "CheckResult_Type_BothWay",
        /// `CheckResult_Type_AWithB`: B is on A's list (and, in a two-way
        /// check, A is not on B's).
        AWithB = "CheckResult_Type_AWithB",
        /// `CheckResult_Type_BWithA`: A is on B's list, B not on A's (two-way only).
        BWithA = "CheckResult_Type_BWithA",
        /// `CheckResult_Type_NoRelation`: B is not on A's list (and, in a
        /// two-way check, A not on B's).
        NoRelation = "CheckResult_Type_NoRelation",
    }
}

crate::str_enum! {
    /// `CheckType` of `black_list_check`.
    pub enum BlackCheckType {
        /// `BlackCheckResult_Type_Single`: whether `To_Account` is on the
        /// user's blocklist only.
        Single = "BlackCheckResult_Type_Single",
        /// `BlackCheckResult_Type_Both`: both directions.
        Both = "BlackCheckResult_Type_Both",
    }
}

crate::str_enum! {
    /// `Relation` in `black_list_check`'s `BlackListCheckItem`: who blocks whom
    /// between `From_Account` (A) and `To_Account` (B).
    pub enum BlackRelation {
        /// `BlackCheckResult_Type_BothWay`: each blocks the other.
        BothWay = "BlackCheckResult_Type_BothWay",
        /// `BlackCheckResult_Type_AWithB`: A blocks B (and, in a two-way
        /// check, B does not block A).
        AWithB = "BlackCheckResult_Type_AWithB",
        /// `BlackCheckResult_Type_BWithA`: B blocks A, A does not block B (two-way only).
        BWithA = "BlackCheckResult_Type_BWithA",
        /// `BlackCheckResult_Type_NO`: A does not block B (and, in a two-way
        /// check, B does not block A).
        No = "BlackCheckResult_Type_NO",
    }
}

crate::str_enum! {
    /// `NeedFriend` of `group_get`: whether to list the friends of each list.
    pub enum NeedFriend {
        /// `Need_Friend_Type_Yes`: list them (absent: do not).
        Yes = "Need_Friend_Type_Yes",
    }
}

/// A request's coded value must be one the pages document.
pub(crate) fn check_known(field: &str, known: bool, expected: &'static str) -> Result<(), ValidationError> {
    if known {
        Ok(())
    } else {
        Err(ValidationError::new(field, Rule::BadFormat(expected)))
    }
}

/// `DeleteType` of `friend_delete` and `friend_delete_all`, when sent: one
/// the pages document.
pub(crate) fn check_delete_type(delete_type: Option<&DeleteType>) -> Result<(), ValidationError> {
    delete_type.map_or(Ok(()), |delete_type| {
        check_known(
            "DeleteType",
            delete_type.is_known(),
            "Delete_Type_Single or Delete_Type_Both",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relations_parse_and_keep_unknown_values() {
        let relations: Vec<FriendRelation> = serde_json::from_str(
            r#"["CheckResult_Type_BothWay","CheckResult_Type_AWithB","CheckResult_Type_BWithA","CheckResult_Type_NoRelation","CheckResult_Type_New"]"#,
        )
        .unwrap();
        assert_eq!(&relations[..4], FriendRelation::KNOWN);
        assert_eq!(relations[4], FriendRelation::Other("CheckResult_Type_New".into()));
        assert_eq!(serde_json::to_value(&relations[4]).unwrap(), "CheckResult_Type_New");
        let no: BlackRelation = serde_json::from_str(r#""BlackCheckResult_Type_NO""#).unwrap();
        assert_eq!(no, BlackRelation::No);
        assert!(check_known("CheckType", CheckType::from("x").is_known(), "a check type").is_err());
    }
}
