//! Unicode character properties and case mappings with CPython 3.11's
//! exact definitions (`Py_UNICODE_ISSPACE`, `ISPRINTABLE`, `ISDECIMAL`,
//! full upper/lower/title case and case folding, XID_Start/Continue),
//! looked up in tables generated from CPython 3.11's own Unicode database
//! (`str_unicode_tables.rs`, Unicode 14.0). ASCII takes fast paths.

use crate::str_unicode_tables as t;

/// Is `c` in one of the sorted, disjoint inclusive `ranges`?
#[inline]
fn in_ranges(ranges: &[(u32, u32)], c: u32) -> bool {
    let i = ranges.partition_point(|r| r.0 <= c);
    i > 0 && c <= ranges[i - 1].1
}

/// `str.isspace()` for one character: White_Space plus the ASCII
/// information separators \x1c-\x1f, as in CPython.
#[inline]
pub fn is_space(c: char) -> bool {
    match c {
        ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f' => true,
        c if (c as u32) < 128 => false,
        c => c.is_whitespace(),
    }
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`, used by
/// `int()`/`float()` on str: Unicode decimal digits become ASCII digits
/// and Unicode whitespace becomes ' '; other characters are kept.
pub fn decimal_and_space_to_ascii(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let out: String = s
        .chars()
        .map(|c| {
            if (c as u32) < 128 {
                c
            } else if is_space(c) {
                ' '
            } else if let Some(d) = decimal_value(c) {
                char::from_digit(d, 10).unwrap_or(c)
            } else {
                c
            }
        })
        .collect();
    std::borrow::Cow::Owned(out)
}

/// A line boundary for `str.splitlines()`.
#[inline]
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `str.isprintable()` for one character.
#[inline]
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    if u < 128 {
        return (0x20..0x7f).contains(&u);
    }
    in_ranges(t::PRINTABLE, u)
}

/// The decimal value of `c` if it is a decimal digit (category Nd).
pub fn decimal_value(c: char) -> Option<u32> {
    let u = c as u32;
    if u < 128 {
        return if c.is_ascii_digit() {
            Some(u - 0x30)
        } else {
            None
        };
    }
    let i = t::DECIMAL.partition_point(|r| r.0 <= u);
    if i == 0 || u > t::DECIMAL[i - 1].1 {
        return None;
    }
    // Decimal digits come in runs of ten starting at zero.
    Some((u - t::DECIMAL[i - 1].0) % 10)
}

#[inline]
pub fn is_decimal(c: char) -> bool {
    let u = c as u32;
    if u < 128 {
        return c.is_ascii_digit();
    }
    in_ranges(t::DECIMAL, u)
}

/// `str.isdigit()` for one character.
#[inline]
pub fn is_digit(c: char) -> bool {
    let u = c as u32;
    if u < 128 {
        return c.is_ascii_digit();
    }
    in_ranges(t::DIGIT, u)
}

/// `str.isnumeric()` for one character.
#[inline]
pub fn is_numeric(c: char) -> bool {
    let u = c as u32;
    if u < 128 {
        return c.is_ascii_digit();
    }
    in_ranges(t::NUMERIC, u)
}

/// `str.isalpha()` for one character (categories L*).
#[inline]
pub fn is_alpha(c: char) -> bool {
    let u = c as u32;
    if u < 128 {
        return c.is_ascii_alphabetic();
    }
    in_ranges(t::ALPHA, u)
}

#[inline]
pub fn is_alnum(c: char) -> bool {
    if (c as u32) < 128 {
        return c.is_ascii_alphanumeric();
    }
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// Title-case letters (category Lt).
#[inline]
pub fn is_titlecase(c: char) -> bool {
    let u = c as u32;
    u >= 128 && in_ranges(t::TITLE, u)
}

#[inline]
pub fn is_upper(c: char) -> bool {
    let u = c as u32;
    if u < 128 {
        return c.is_ascii_uppercase();
    }
    in_ranges(t::UPPER, u)
}

#[inline]
pub fn is_lower(c: char) -> bool {
    let u = c as u32;
    if u < 128 {
        return c.is_ascii_lowercase();
    }
    in_ranges(t::LOWER, u)
}

/// The Cased property: upper, lower or title case.
#[inline]
pub fn is_cased(c: char) -> bool {
    is_upper(c) || is_lower(c) || is_titlecase(c)
}

/// Case_Ignorable (for the final-sigma rule).
#[inline]
fn is_case_ignorable(c: char) -> bool {
    in_ranges(t::CASE_IGNORABLE, c as u32)
}

/// Append the mapping of `c` in a generated table pair (unchanged if the
/// table has no entry).
fn push_mapped(c: char, runs: &[(u32, u32, i32, u32)], multi: &[(u32, &str)], out: &mut String) {
    let u = c as u32;
    if let Ok(i) = multi.binary_search_by_key(&u, |e| e.0) {
        out.push_str(multi[i].1);
        return;
    }
    let i = runs.partition_point(|r| r.0 <= u);
    if i > 0 {
        let (start, end, delta, stride) = runs[i - 1];
        if u <= end && (u - start).is_multiple_of(stride) {
            if let Some(m) = char::from_u32((u as i64 + delta as i64) as u32) {
                out.push(m);
                return;
            }
        }
    }
    out.push(c);
}

/// Append the full lower-case mapping of `chars[i]`, applying the Greek
/// final-sigma rule as CPython does.
pub fn push_lower(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if (c as u32) < 128 {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if c == '\u{3A3}' {
        out.push(if final_sigma(chars, i) {
            '\u{3C2}'
        } else {
            '\u{3C3}'
        });
        return;
    }
    push_mapped(c, t::LOWER_MAP_RUNS, t::LOWER_MAP_MULTI, out);
}

/// CPython's `handle_capital_sigma`: a cased letter (skipping case
/// ignorables) before, and none after.
fn final_sigma(chars: &[char], i: usize) -> bool {
    let mut j = i;
    let mut before = false;
    while j > 0 {
        j -= 1;
        let c = chars[j];
        if is_case_ignorable(c) {
            continue;
        }
        before = is_cased(c);
        break;
    }
    if !before {
        return false;
    }
    let mut k = i + 1;
    while k < chars.len() {
        let c = chars[k];
        if is_case_ignorable(c) {
            k += 1;
            continue;
        }
        return !is_cased(c);
    }
    true
}

/// Append the full upper-case mapping of `c`.
#[inline]
pub fn push_upper(c: char, out: &mut String) {
    if (c as u32) < 128 {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(c, t::UPPER_MAP_RUNS, t::UPPER_MAP_MULTI, out);
    }
}

/// Append the full title-case mapping of `c`.
#[inline]
pub fn push_title(c: char, out: &mut String) {
    if (c as u32) < 128 {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(c, t::TITLE_MAP_RUNS, t::TITLE_MAP_MULTI, out);
    }
}

/// Append the full case folding of `c`.
#[inline]
pub fn push_casefold(c: char, out: &mut String) {
    if (c as u32) < 128 {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapped(c, t::FOLD_MAP_RUNS, t::FOLD_MAP_MULTI, out);
    }
}

/// XID_Start (plus '_'), as `str.isidentifier()` tests the first character.
#[inline]
pub fn is_id_start(c: char) -> bool {
    if (c as u32) < 128 {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_ranges(t::ID_START, c as u32)
}

/// XID_Continue.
#[inline]
pub fn is_id_continue(c: char) -> bool {
    if (c as u32) < 128 {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_ranges(t::ID_CONTINUE, c as u32)
}
