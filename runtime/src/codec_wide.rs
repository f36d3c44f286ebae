//! The UTF-16 and UTF-32 codecs (`utf-16`, `utf-16-le`, `utf-16-be`,
//! `utf-32`, `utf-32-le`, `utf-32-be`) with CPython's error handlers and
//! error messages.
//!
//! The BOM forms write a little-endian byte order mark when encoding and
//! honour a leading mark when decoding (little-endian without one), as
//! CPython does on little-endian machines. Surrogate pairs in UTF-16 data
//! decode to one supplementary character; lone surrogates are errors
//! unless the handler is `surrogatepass`, which keeps them as surrogate
//! code points (see `str_surrogate.rs`).

use crate::bytes::{codec_name, decode_error, unknown_handler, Codec};
use crate::exc::PyResult;
use crate::str_surrogate::{code_points, encode_error, escape_cp, from_code_points, is_surrogate};
use crate::value::Value;

/// Unit width in bytes and byte order (`true`: big-endian) of a codec.
fn shape(c: Codec) -> (usize, bool) {
    match c {
        Codec::Utf16(be) => (2, be == Some(true)),
        Codec::Utf32(be) => (4, be == Some(true)),
        _ => unreachable!("codec_wide handles UTF-16 and UTF-32 only"),
    }
}

fn put(out: &mut Vec<u8>, unit: u32, width: usize, big: bool) {
    if width == 2 {
        let b = (unit as u16).to_le_bytes();
        if big {
            out.extend_from_slice(&[b[1], b[0]]);
        } else {
            out.extend_from_slice(&b);
        }
    } else if big {
        out.extend_from_slice(&unit.to_be_bytes());
    } else {
        out.extend_from_slice(&unit.to_le_bytes());
    }
}

/// Encode one code point (`cp` may be a surrogate only with
/// `surrogatepass`).
fn put_cp(out: &mut Vec<u8>, cp: u32, width: usize, big: bool) {
    if width == 2 && cp >= 0x10000 {
        let v = cp - 0x10000;
        put(out, 0xD800 | (v >> 10), width, big);
        put(out, 0xDC00 | (v & 0x3FF), width, big);
    } else {
        put(out, cp, width, big);
    }
}

/// `str.encode` with a UTF-16 or UTF-32 codec.
pub(crate) fn encode(c: Codec, s: &str, errors: &str) -> PyResult<Vec<u8>> {
    let (width, big) = shape(c);
    let cps = code_points(s);
    let mut out = Vec::with_capacity(cps.len() * width + width);
    if matches!(c, Codec::Utf16(None) | Codec::Utf32(None)) {
        put(&mut out, 0xFEFF, width, big);
    }
    for (i, &cp) in cps.iter().enumerate() {
        if !is_surrogate(cp) {
            put_cp(&mut out, cp, width, big);
            continue;
        }
        match errors {
            "surrogatepass" => put(&mut out, cp, width, big),
            "ignore" => {}
            "replace" => put(&mut out, '?' as u32, width, big),
            "backslashreplace" => {
                for x in escape_cp(cp).bytes() {
                    put(&mut out, x as u32, width, big);
                }
            }
            "xmlcharrefreplace" => {
                for x in format!("&#{cp};").bytes() {
                    put(&mut out, x as u32, width, big);
                }
            }
            "strict" | "surrogateescape" => {
                return Err(encode_error(
                    codec_name(c),
                    &cps,
                    i,
                    i + 1,
                    "surrogates not allowed",
                ))
            }
            _ => return Err(unknown_handler(errors)),
        }
    }
    Ok(out)
}

fn get(b: &[u8], at: usize, width: usize, big: bool) -> u32 {
    if width == 2 {
        let x = [b[at], b[at + 1]];
        (if big {
            u16::from_be_bytes(x)
        } else {
            u16::from_le_bytes(x)
        }) as u32
    } else {
        let x = [b[at], b[at + 1], b[at + 2], b[at + 3]];
        if big {
            u32::from_be_bytes(x)
        } else {
            u32::from_le_bytes(x)
        }
    }
}

/// `bytes.decode` with a UTF-16 or UTF-32 codec.
pub(crate) fn decode(c: Codec, b: &[u8], errors: &str) -> PyResult<Value> {
    let (width, mut big) = shape(c);
    let mut i = 0;
    if matches!(c, Codec::Utf16(None) | Codec::Utf32(None)) && b.len() >= width {
        match get(b, 0, width, false) {
            0xFEFF => i = width,
            0xFFFE if width == 2 => (i, big) = (width, true),
            0xFFFE_0000 => (i, big) = (width, true),
            _ => {}
        }
    }
    // Error messages name the byte order actually decoded.
    let named = match c {
        Codec::Utf16(_) => Codec::Utf16(Some(big)),
        _ => Codec::Utf32(Some(big)),
    };
    let mut out: Vec<u32> = Vec::with_capacity(b.len() / width);
    while i < b.len() {
        // One step: a code point, or an error over bytes `i..end`.
        let (reason, end, keep) = if i + width > b.len() {
            ("truncated data", b.len(), None)
        } else {
            let u = get(b, i, width, big);
            if width == 4 {
                if u > 0x10FFFF {
                    ("code point not in range(0x110000)", i + 4, None)
                } else if is_surrogate(u) {
                    (
                        "code point in surrogate code point range(0xd800, 0xe000)",
                        i + 4,
                        Some(u),
                    )
                } else {
                    out.push(u);
                    i += 4;
                    continue;
                }
            } else if !is_surrogate(u) {
                out.push(u);
                i += 2;
                continue;
            } else if u >= 0xDC00 {
                ("illegal encoding", i + 2, Some(u))
            } else if i + 4 > b.len() {
                ("unexpected end of data", b.len().min(i + 2), Some(u))
            } else {
                let lo = get(b, i + 2, width, big);
                if (0xDC00..0xE000).contains(&lo) {
                    out.push(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                    i += 4;
                    continue;
                }
                ("illegal UTF-16 surrogate", i + 2, Some(u))
            }
        };
        match (errors, keep) {
            ("surrogatepass", Some(u)) => out.push(u),
            ("ignore", _) => {}
            ("replace", _) => out.push(0xFFFD),
            ("backslashreplace", _) => {
                for &x in &b[i..end] {
                    out.extend(format!("\\x{x:02x}").bytes().map(|y| y as u32));
                }
            }
            ("strict" | "surrogatepass" | "surrogateescape", _) => {
                return Err(decode_error(named, b, i, end, reason))
            }
            _ => return Err(unknown_handler(errors)),
        }
        i = end;
    }
    Ok(from_code_points(&out))
}
