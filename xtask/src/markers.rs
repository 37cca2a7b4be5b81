//! A generated section of a Markdown file: the text between a start and an
//! end marker line, written by `cargo xtask codegen` and checked by `cargo
//! xtask test`.

use crate::workspace_root;

/// A section of `file` (below the workspace root) between `start` and `end`.
pub(crate) struct Section {
    pub(crate) file: &'static str,
    pub(crate) start: &'static str,
    pub(crate) end: &'static str,
}

impl Section {
    /// `doc` with the text between the markers replaced by `body`.
    pub(crate) fn updated(&self, doc: &str, body: &str) -> Result<String, String> {
        let missing = |marker: &str| format!("{} has no line {marker}", self.file);
        let start = doc.find(self.start).ok_or_else(|| missing(self.start))?;
        let end = start + doc[start..].find(self.end).ok_or_else(|| missing(self.end))?;
        Ok(format!("{}{}\n{body}{}", &doc[..start], self.start, &doc[end..]))
    }

    fn read(&self) -> Result<String, String> {
        std::fs::read_to_string(workspace_root().join(self.file)).map_err(|e| format!("cannot read {}: {e}", self.file))
    }

    /// Writes `body` between the markers.
    pub(crate) fn write(&self, body: &str) -> Result<(), String> {
        let text = self.updated(&self.read()?, body)?;
        std::fs::write(workspace_root().join(self.file), text).map_err(|e| format!("cannot write {}: {e}", self.file))
    }

    /// Whether the section holds `body` now.
    pub(crate) fn is_current(&self, body: &str) -> Result<bool, String> {
        let doc = self.read()?;
        Ok(self.updated(&doc, body)? == doc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEST: Section = Section {
        file: "TEST.md",
        start: "<!-- test:start -->",
        end: "<!-- test:end -->",
    };

    #[test]
    fn only_the_text_between_the_markers_is_replaced() {
        let (start, end) = (TEST.start, TEST.end);
        let doc = format!("# Title\n\nbefore\n{start}\nold list\n{end}\nafter\n");
        let new = TEST.updated(&doc, "new list\n").unwrap();
        assert_eq!(new, format!("# Title\n\nbefore\n{start}\nnew list\n{end}\nafter\n"));
        assert_eq!(
            TEST.updated(&new, "new list\n").unwrap(),
            new,
            "writing twice changes nothing"
        );
        assert!(TEST.updated("no markers", "").unwrap_err().contains(start));
        assert!(TEST.updated(&format!("{start}\nno end"), "").unwrap_err().contains(end));
        assert!(
            TEST.updated(&format!("{end}\n{start}\n"), "").is_err(),
            "the end must follow the start"
        );
    }
}
