//! The parser adapter: the only module that calls `rustpython-parser`.
//!
//! It turns source text into the AST (re-exported as `ast`) and byte
//! offsets into 1-based lines and columns. Parse errors become
//! [`Diagnostic`]s; nothing here panics on bad input.

use super::Diagnostic;
pub use rustpython_parser::ast;
use rustpython_parser::text_size::TextSize;

/// Maps byte offsets to (line, column), both 1-based.
pub struct LineIndex {
    starts: Vec<u32>,
    /// The source text (for re-reading literals, see `strlit.rs`).
    src: String,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let mut starts = vec![0u32];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex {
            starts,
            src: src.to_string(),
        }
    }
    /// The code points of the str literal at `range` when it holds lone
    /// surrogates (which the parser's `value` shows as U+FFFD).
    pub fn surrogate_literal(
        &self,
        range: rustpython_parser::text_size::TextRange,
        value: &str,
    ) -> Option<Vec<u32>> {
        if !value.contains('\u{FFFD}') {
            return None;
        }
        let text = self
            .src
            .get(usize::from(range.start())..usize::from(range.end()))?;
        super::strlit::surrogate_literal(text, value)
    }
    /// The code points of the literal parts of the f-string at `range`
    /// (see fstrlit.rs), matched against the parser's `parts`.
    pub fn fstring_parts(
        &self,
        range: rustpython_parser::text_size::TextRange,
        parts: &[&str],
    ) -> Option<Vec<Vec<u32>>> {
        let text = self
            .src
            .get(usize::from(range.start())..usize::from(range.end()))?;
        super::fstrlit::fstring_parts(text, parts)
    }
    /// Might the literal at `range` (whose parsed text shows U+FFFD)
    /// denote lone surrogates that the front end cannot represent there?
    pub fn may_hold_surrogates(
        &self,
        range: rustpython_parser::text_size::TextRange,
        value: &str,
    ) -> bool {
        value.contains('\u{FFFD}')
            && self
                .src
                .get(usize::from(range.start())..usize::from(range.end()))
                .is_some_and(super::strlit::has_surrogate_escape)
    }
    pub fn line(&self, offset: TextSize) -> u32 {
        let o = u32::from(offset);
        match self.starts.binary_search(&o) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }
    pub fn line_col(&self, offset: TextSize) -> (u32, u32) {
        let l = self.line(offset);
        let col = u32::from(offset) - self.starts[(l - 1) as usize] + 1;
        (l, col)
    }
}

/// Parse a whole module.
pub fn parse_module(src: &str, file: &str) -> Result<Vec<ast::Stmt>, Diagnostic> {
    match rustpython_parser::parse(src, rustpython_parser::Mode::Module, file) {
        Ok(ast::Mod::Module(m)) => Ok(m.body),
        Ok(_) => Err(Diagnostic {
            file: file.to_string(),
            line: 1,
            col: 1,
            message: "expected a module".into(),
        }),
        Err(e) => {
            let idx = LineIndex::new(src);
            let off = e.offset.min(TextSize::from(src.len() as u32));
            let (line, col) = idx.line_col(off);
            let kind = if e.error.is_indentation_error() {
                "IndentationError"
            } else {
                "SyntaxError"
            };
            Err(Diagnostic {
                file: file.to_string(),
                line,
                col,
                message: format!("{kind}: {}", e.error),
            })
        }
    }
}
