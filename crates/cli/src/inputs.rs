//! List arguments, read the same way by every subcommand: an item as is,
//! `-` for standard input, or `@FILE`, one item per line (blank lines and
//! surrounding spaces ignored). `@@` writes a literal leading `@`; an item
//! shaped like the service's own IDs (`@TGS#...` groups, `@TOA#_...`
//! official accounts, `@RBT#...` chatbots: `@`, three capitals, `#`) is an
//! ID, not a file.

use std::io::Read;

/// The items one list argument stands for.
#[derive(Debug, Clone)]
pub(crate) struct Items(Vec<String>);

impl Items {
    /// clap's value parser for list arguments.
    pub(crate) fn parse(value: &str) -> Result<Self, String> {
        if value == "-" {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            return Ok(Self::lines(&text));
        }
        if let Some(literal) = value.strip_prefix("@@") {
            return Ok(Self(vec![format!("@{literal}")]));
        }
        match value.strip_prefix('@') {
            Some(path) if !is_service_id(value) => {
                let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
                Ok(Self::lines(&text))
            }
            _ => Ok(Self(vec![value.to_owned()])),
        }
    }

    fn lines(text: &str) -> Self {
        Self(
            text.lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .map(str::to_owned)
                .collect(),
        )
    }
}

/// Whether `value` starts as the service's generated IDs do: `@`, three
/// capital letters, `#`.
fn is_service_id(value: &str) -> bool {
    let bytes = value.as_bytes();
    bytes.len() > 5 && bytes[1..4].iter().all(u8::is_ascii_uppercase) && bytes[4] == b'#'
}

/// Every item of a list argument given several times, in order.
pub(crate) fn flat(lists: &[Items]) -> Vec<String> {
    lists.iter().flat_map(|items| items.0.iter().cloned()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_come_as_is_from_files_and_escaped() {
        let dir = std::env::temp_dir().join(format!("tim-inputs-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("users.txt");
        std::fs::write(&file, "alice\n\n  bob  \r\n").unwrap();
        let from_file = Items::parse(&format!("@{}", file.display())).unwrap();
        let lists = [Items::parse("zed").unwrap(), from_file, Items::parse("@@odd").unwrap()];
        assert_eq!(flat(&lists), ["zed", "alice", "bob", "@odd"]);
        for id in ["@TGS#1B2AUI7RZ", "@TOA#_news", "@RBT#bot"] {
            assert_eq!(flat(&[Items::parse(id).unwrap()]), [id]);
        }
        let missing = Items::parse("@/nonexistent/users.txt").unwrap_err();
        assert!(missing.contains("/nonexistent/users.txt"), "{missing}");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
