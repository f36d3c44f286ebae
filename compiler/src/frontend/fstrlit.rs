//! Lone surrogate escapes in the literal parts of f-strings.
//!
//! The parser gives an f-string's literal parts as Rust strings, where a
//! lone surrogate escape (`f"\ud83d{x}"`) reads as U+FFFD. This module
//! re-reads the f-string's source text: it splits the adjacent literals
//! into the literal runs between top-level replacement fields (`{{`/`}}`
//! are braces, fields are skipped by bracket depth with their quoted
//! strings), decodes each run with Python's escape rules, and matches the
//! non-empty runs in order against the parser's literal parts. A run is
//! used only when it agrees with the parser's text everywhere except at
//! surrogates; otherwise the caller keeps its compile error.

use super::strlit::{agree, escapes};

/// The code points of each literal part of the f-string(s) in `src`,
/// in order, for matching against the parser's constant `parts`.
pub fn fstring_parts(src: &str, parts: &[&str]) -> Option<Vec<Vec<u32>>> {
    let runs = literal_runs(src)?;
    let runs: Vec<Vec<u32>> = runs.into_iter().filter(|r| !r.is_empty()).collect();
    if runs.len() != parts.len() {
        return None;
    }
    runs.iter()
        .zip(parts)
        .map(|(r, p)| agree(r.clone(), p))
        .collect()
}

/// The decoded literal runs of adjacent (f-)string literals.
fn literal_runs(src: &str) -> Option<Vec<Vec<u32>>> {
    let b = src.as_bytes();
    let mut runs = vec![vec![]];
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'(' | b')' | b'\\' => i += 1,
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            _ => i = one_literal(src, i, &mut runs)?,
        }
    }
    Some(runs)
}

/// Read one literal at byte `i`, appending to the current run (and
/// starting a new run after each replacement field of an f-string).
fn one_literal(src: &str, mut i: usize, runs: &mut Vec<Vec<u32>>) -> Option<usize> {
    let b = src.as_bytes();
    let (mut raw, mut fmt) = (false, false);
    while i < b.len() && b[i].is_ascii_alphabetic() {
        match b[i] {
            b'r' | b'R' => raw = true,
            b'f' | b'F' => fmt = true,
            b'u' | b'U' => {}
            _ => return None,
        }
        i += 1;
    }
    let q = *b.get(i)?;
    if q != b'\'' && q != b'"' {
        return None;
    }
    let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
    let qlen = if triple { 3 } else { 1 };
    i += qlen;
    let closes = |i: usize| {
        b.get(i) == Some(&q) && (!triple || (b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q)))
    };
    let mut chunk = String::new();
    let flush = |chunk: &mut String, runs: &mut Vec<Vec<u32>>| -> Option<()> {
        let run = runs.last_mut()?;
        if raw {
            run.extend(chunk.chars().map(|c| c as u32));
        } else {
            escapes(chunk, run)?;
        }
        chunk.clear();
        Some(())
    };
    loop {
        if closes(i) {
            break;
        }
        let c = *b.get(i)?;
        if c == b'\\' {
            // Copy the escape whole (`\N{...}` holds braces).
            let start = i;
            i += 1;
            if !raw && b.get(i) == Some(&b'N') && b.get(i + 1) == Some(&b'{') {
                while *b.get(i)? != b'}' {
                    i += 1;
                }
            }
            i += src.get(i..)?.chars().next()?.len_utf8();
            chunk.push_str(&src[start..i]);
            continue;
        }
        if fmt && (c == b'{' || c == b'}') {
            if b.get(i + 1) == Some(&c) {
                chunk.push(c as char);
                i += 2;
                continue;
            }
            if c == b'}' {
                return None;
            }
            flush(&mut chunk, runs)?;
            i = skip_field(b, i)?;
            runs.push(vec![]);
            continue;
        }
        let ch = src.get(i..)?.chars().next()?;
        chunk.push(ch);
        i += ch.len_utf8();
    }
    flush(&mut chunk, runs)?;
    Some(i + qlen)
}

/// Skip a replacement field starting at the `{` at byte `i`; returns the
/// index after its closing `}`.
fn skip_field(b: &[u8], mut i: usize) -> Option<usize> {
    let mut depth = 0usize;
    loop {
        let c = *b.get(i)?;
        match c {
            b'{' | b'[' | b'(' => depth += 1,
            b'}' | b']' | b')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            b'\'' | b'"' => {
                // A string inside the expression (no backslashes allowed).
                let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c);
                i += if triple { 3 } else { 1 };
                loop {
                    if *b.get(i)? == c
                        && (!triple || (b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c)))
                    {
                        i += if triple { 2 } else { 0 };
                        break;
                    }
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
}
