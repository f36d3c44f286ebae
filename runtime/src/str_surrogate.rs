//! Lone surrogates (U+D800..U+DFFF) in `str`.
//!
//! Python strings may hold surrogate code points; UTF-8 cannot. pyaot
//! stores every code point of a str with the generalized UTF-8 encoding:
//! a surrogate is the 3-byte sequence `ED A0..BF 80..BF`, which never
//! occurs in valid UTF-8. Each code point is encoded on its own, so two
//! adjacent surrogates (even a high/low pair) stay two code points, as in
//! CPython; a supplementary character is always the 4-byte form, and the
//! representation of a string is unique (byte equality and byte order are
//! code point equality and order).
//!
//! No flag is stored: a string holds surrogates exactly when its text
//! contains the byte pair `ED A0..BF`, which only non-ASCII strings can,
//! so the check is a byte scan done only where it matters (encoding to
//! bytes, writing to a stream). The runtime's code-point operations
//! (length, indexing, slicing, search, iteration, comparison, case
//! mapping) decode the text by the UTF-8 bit rules and so treat such a
//! sequence as the surrogate's code point.
//!
//! This file holds the constructors and the encoder/decoder pieces of the
//! `surrogateescape` and `surrogatepass` error handlers.

use crate::exc::{PyErr, PyResult};
use crate::value::Value;

/// Does the text contain a surrogate code point?
pub fn has_surrogates(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(p) = b[i..].iter().position(|&x| x == 0xED) {
        let j = i + p;
        if b.get(j + 1).is_some_and(|&x| x >= 0xA0) {
            return true;
        }
        i = j + 1;
    }
    false
}

/// Is `cp` a surrogate code point?
#[inline]
pub fn is_surrogate(cp: u32) -> bool {
    (0xD800..0xE000).contains(&cp)
}

/// Append code point `cp` (any value below 0x110000) in generalized
/// UTF-8.
pub fn push_cp(out: &mut Vec<u8>, cp: u32) {
    if cp < 0x80 {
        out.push(cp as u8);
    } else if cp < 0x800 {
        out.extend_from_slice(&[0xC0 | (cp >> 6) as u8, 0x80 | (cp & 0x3F) as u8]);
    } else if cp < 0x10000 {
        out.extend_from_slice(&[
            0xE0 | (cp >> 12) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]);
    } else {
        out.extend_from_slice(&[
            0xF0 | (cp >> 18) as u8,
            0x80 | ((cp >> 12) & 0x3F) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]);
    }
}

/// A str object from generalized UTF-8 bytes (as built by `push_cp` or
/// copied from other strings).
pub fn from_wtf8(bytes: Vec<u8>) -> Value {
    // The text keeps pyaot's str invariant (generalized UTF-8); see the
    // module comment.
    crate::str::from_string(unsafe { String::from_utf8_unchecked(bytes) })
}

/// A str object holding the code points `cps`.
pub fn from_code_points(cps: &[u32]) -> Value {
    let mut out = Vec::with_capacity(cps.len());
    for &c in cps {
        push_cp(&mut out, c);
    }
    from_wtf8(out)
}

/// The code points of a str's text, decoded by the UTF-8 bit rules.
pub fn code_points(s: &str) -> Vec<u32> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let x = b[i] as u32;
        let (cp, n) = if x < 0x80 {
            (x, 1)
        } else if x < 0xE0 {
            (((x & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F), 2)
        } else if x < 0xF0 {
            (
                ((x & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F),
                3,
            )
        } else {
            (
                ((x & 0x07) << 18)
                    | ((b[i + 1] as u32 & 0x3F) << 12)
                    | ((b[i + 2] as u32 & 0x3F) << 6)
                    | (b[i + 3] as u32 & 0x3F),
                4,
            )
        };
        out.push(cp);
        i += n;
    }
    out
}

/// `\ud83d`-style escape of a code point, as CPython's error messages
/// and `backslashreplace` write it.
pub fn escape_cp(u: u32) -> String {
    if u <= 0xff {
        format!("\\x{u:02x}")
    } else if u <= 0xffff {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    }
}

/// The UnicodeEncodeError CPython raises for the unencodable code points
/// `cps[start..end]` under codec `codec`.
pub fn encode_error(codec: &str, cps: &[u32], start: usize, end: usize, reason: &str) -> PyErr {
    let msg = if end - start == 1 {
        format!(
            "'{codec}' codec can't encode character '{}' in position {start}: {reason}",
            escape_cp(cps[start])
        )
    } else {
        format!(
            "'{codec}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        )
    };
    // Built from CPython's five arguments, so that `encoding`, `object`,
    // `start`, `end` and `reason` are set; the message is the fallback.
    let args = [
        crate::str::new_str(codec),
        from_code_points(cps),
        crate::int::new_int(start as i64),
        crate::int::new_int(end as i64),
        crate::str::new_str(reason),
    ];
    match crate::exc::construct(
        &crate::exc::UNICODE_ENCODE_ERROR,
        &args,
        crate::object::Kw::NONE,
    ) {
        Ok(e) => crate::exc::raise_value(e),
        Err(_) => crate::exc::raise(&crate::exc::UNICODE_ENCODE_ERROR, msg),
    }
}

/// Fail as CPython's UTF-8 stream encoder does when `s` holds surrogates
/// (`print`, writes to text files).
pub fn check_utf8(s: &str) -> PyResult<()> {
    if has_surrogates(s) {
        encode_utf8(s, "strict")?;
    }
    Ok(())
}

/// `str.encode('utf-8', errors)` of a string holding surrogates.
pub fn encode_utf8(s: &str, errors: &str) -> PyResult<Vec<u8>> {
    if !has_surrogates(s) {
        return Ok(s.as_bytes().to_vec());
    }
    let cps = code_points(s);
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < cps.len() {
        let c = cps[i];
        if !is_surrogate(c) {
            push_cp(&mut out, c);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < cps.len() && is_surrogate(cps[j]) {
            j += 1;
        }
        match errors {
            "surrogatepass" => {
                for &c in &cps[i..j] {
                    push_cp(&mut out, c);
                }
            }
            "surrogateescape" => {
                // The handler gets the whole run and fails on all of it.
                if !cps[i..j].iter().all(|c| (0xDC80..=0xDCFF).contains(c)) {
                    return Err(encode_error("utf-8", &cps, i, j, "surrogates not allowed"));
                }
                out.extend(cps[i..j].iter().map(|&c| (c - 0xDC00) as u8));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "backslashreplace" => {
                for &c in &cps[i..j] {
                    out.extend_from_slice(escape_cp(c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &cps[i..j] {
                    out.extend_from_slice(format!("&#{c};").as_bytes());
                }
            }
            "strict" => {
                return Err(encode_error("utf-8", &cps, i, j, "surrogates not allowed"));
            }
            _ => {
                return Err(crate::exc::raise(
                    &crate::exc::LOOKUP_ERROR,
                    format!("unknown error handler name '{errors}'"),
                ))
            }
        }
        i = j;
    }
    Ok(out)
}

/// With `surrogatepass`, the length of a UTF-8-encoded surrogate at the
/// start of `b` (3), or 0.
pub fn utf8_surrogate_len(b: &[u8]) -> usize {
    if b.len() >= 3
        && b[0] == 0xED
        && (0xA0..=0xBF).contains(&b[1])
        && (0x80..=0xBF).contains(&b[2])
    {
        3
    } else {
        0
    }
}
