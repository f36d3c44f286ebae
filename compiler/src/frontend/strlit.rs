//! Re-reading string literals that contain surrogate escapes.
//!
//! rustpython-parser stores a str literal's value in a Rust `String`, so a
//! lone surrogate escape (`'\ud83d'`) arrives as U+FFFD. When a str
//! constant contains U+FFFD, the front end decodes the literal's source
//! text here (all implicitly concatenated parts, Python's escape rules) to
//! its code points. The result is used only when it holds a surrogate and
//! agrees with the parser's value everywhere else (surrogates read as
//! U+FFFD; a `\N{...}` escape takes the parser's character). Literals this
//! reader does not handle keep the parser's value; f-strings with
//! surrogate escapes are rejected by the caller (`has_surrogate_escape`).

/// Stands for the character of a `\N{...}` escape (named characters are
/// resolved by the parser).
const NAMED: u32 = u32::MAX;

/// The code points of the str literal(s) in `src`, if they contain a
/// surrogate and are consistent with the parser's `value`.
pub fn surrogate_literal(src: &str, value: &str) -> Option<Vec<u32>> {
    let cps = decode_literals(src)?;
    if !cps.iter().any(|&c| (0xD800..0xE000).contains(&c)) {
        return None;
    }
    agree(cps, value)
}

/// `cps` (decoded from source) with the parser's characters for `\N{...}`
/// escapes, if it agrees with the parser's `value` everywhere except
/// where it holds surrogates (shown as U+FFFD in `value`).
pub fn agree(cps: Vec<u32>, value: &str) -> Option<Vec<u32>> {
    let seen: Vec<u32> = value.chars().map(|c| c as u32).collect();
    if seen.len() != cps.len() {
        return None;
    }
    let mut out = Vec::with_capacity(cps.len());
    for (&c, &p) in cps.iter().zip(&seen) {
        if c == NAMED {
            out.push(p);
        } else if (0xD800..0xE000).contains(&c) {
            if p != 0xFFFD {
                return None;
            }
            out.push(c);
        } else if c != p {
            return None;
        } else {
            out.push(c);
        }
    }
    Some(out)
}

/// Does literal source text contain an escape that may denote a
/// surrogate (`\ud800`..`\udfff`, `\U0000d800`..)?
pub fn has_surrogate_escape(src: &str) -> bool {
    let low = src.to_ascii_lowercase();
    let b = low.as_bytes();
    (0..b.len()).any(|i| {
        b[i] == b'\\'
            && ((b.get(i + 1) == Some(&b'u')
                && b.get(i + 2) == Some(&b'd')
                && matches!(b.get(i + 3), Some(b'8'..=b'9' | b'a'..=b'f')))
                || (low[i + 1..].starts_with("u0000d")
                    && matches!(b.get(i + 7), Some(b'8'..=b'9' | b'a'..=b'f'))))
    })
}

/// Decode a sequence of adjacent str literals (with whitespace, comments
/// and line continuations between them).
fn decode_literals(src: &str) -> Option<Vec<u32>> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'(' | b')' => i += 1,
            b'\\' => i += 1,
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            _ => i = literal(src, i, &mut out)?,
        }
    }
    Some(out)
}

/// Decode one literal starting at byte `i`; returns the index after it.
fn literal(src: &str, mut i: usize, out: &mut Vec<u32>) -> Option<usize> {
    let b = src.as_bytes();
    let mut raw = false;
    while i < b.len() && b[i].is_ascii_alphabetic() {
        match b[i] {
            b'r' | b'R' => raw = true,
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
    let body_start = i;
    // Find the closing quote (a backslash always escapes the next char).
    loop {
        let c = *b.get(i)?;
        if c == b'\\' {
            i += 2;
            continue;
        }
        if c == q && (!triple || (b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q))) {
            break;
        }
        i += 1;
    }
    let body = &src[body_start..i];
    if raw {
        out.extend(body.chars().map(|c| c as u32));
    } else {
        escapes(body, out)?;
    }
    Some(i + qlen)
}

/// Python's escape sequences of a non-raw str literal body.
pub fn escapes(body: &str, out: &mut Vec<u32>) -> Option<()> {
    let mut it = body.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c as u32);
            continue;
        }
        let e = it.next()?;
        let hex = |it: &mut std::iter::Peekable<std::str::Chars>, n: usize| -> Option<u32> {
            let mut v = 0u32;
            for _ in 0..n {
                v = v * 16 + it.next()?.to_digit(16)?;
            }
            Some(v)
        };
        match e {
            '\n' => {}
            '\\' => out.push('\\' as u32),
            '\'' => out.push('\'' as u32),
            '"' => out.push('"' as u32),
            'a' => out.push(7),
            'b' => out.push(8),
            'f' => out.push(12),
            'n' => out.push(10),
            'r' => out.push(13),
            't' => out.push(9),
            'v' => out.push(11),
            'x' => out.push(hex(&mut it, 2)?),
            'u' => out.push(hex(&mut it, 4)?),
            'U' => {
                let v = hex(&mut it, 8)?;
                if v > 0x10FFFF {
                    return None;
                }
                out.push(v);
            }
            '0'..='7' => {
                let mut v = e.to_digit(8)?;
                for _ in 0..2 {
                    match it.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            it.next();
                        }
                        None => break,
                    }
                }
                out.push(v);
            }
            'N' => {
                if it.next()? != '{' {
                    return None;
                }
                while it.next()? != '}' {}
                out.push(NAMED);
            }
            other => {
                out.push('\\' as u32);
                out.push(other as u32);
            }
        }
    }
    Some(())
}
