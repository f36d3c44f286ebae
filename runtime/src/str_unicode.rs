//! Unicode character properties and case mappings with CPython's
//! definitions (`Py_UNICODE_ISSPACE`, `ISPRINTABLE`, `ISDECIMAL`, title
//! case, case folding, ...), built on Rust's own Unicode tables.
//!
//! Rust's tables follow a newer Unicode version than CPython 3.11
//! (Unicode 14.0), so characters assigned since then may classify
//! differently; ASCII and Latin-1 behave exactly as in CPython. Where Rust
//! has no table (decimal digits, XID_Start) the classification is
//! approximated from general properties plus the listed exceptions.

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

/// `str.isprintable()` for one character: not in categories Cc, Cf, Cs,
/// Co, Cn, Zl, Zp, Zs (space excepted). Rust's debug escaping uses the same
/// definition, so it serves as the table.
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    if u < 128 {
        return (0x20..0x7f).contains(&u);
    }
    if u < 0xa0 || u == 0xad {
        return false;
    }
    if u == 0xa0 {
        return false;
    }
    // After a leading 'a', Rust escapes `c` iff it is not printable
    // (grapheme extenders are only escaped at the start of a string).
    let mut buf = [0u8; 8];
    buf[0] = b'a';
    let n = c.encode_utf8(&mut buf[1..]).len();
    let s = std::str::from_utf8(&buf[..n + 1]).unwrap_or("a");
    s.escape_debug().nth(1) != Some('\\')
}

/// Starts of the ranges of ten decimal digits (category Nd).
static DECIMAL_STARTS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The decimal value of `c` if it is a decimal digit (category Nd).
pub fn decimal_value(c: char) -> Option<u32> {
    let u = c as u32;
    if (0x30..=0x39).contains(&u) {
        return Some(u - 0x30);
    }
    if u < 0x660 {
        return None;
    }
    // The last start at or below u.
    let i = DECIMAL_STARTS.partition_point(|&s| s <= u);
    if i == 0 {
        return None;
    }
    let s = DECIMAL_STARTS[i - 1];
    if u - s < 10 {
        Some(u - s)
    } else {
        None
    }
}

#[inline]
pub fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// Characters with Numeric_Type=Digit that are not decimal (superscripts,
/// circled digits, ...).
fn is_other_digit(u: u32) -> bool {
    matches!(u,
        0xB2 | 0xB3 | 0xB9 | 0x1369..=0x1371 | 0x19DA | 0x2070 | 0x2074..=0x2079
        | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247C | 0x2488..=0x2490
        | 0x24EA | 0x24F5..=0x24FD | 0x24FF | 0x2776..=0x277E | 0x2780..=0x2788
        | 0x278A..=0x2792 | 0x10A40..=0x10A43 | 0x10E60..=0x10E68 | 0x11052..=0x1105A
        | 0x1F100..=0x1F10A)
}

/// `str.isdigit()` for one character.
pub fn is_digit(c: char) -> bool {
    is_decimal(c) || is_other_digit(c as u32)
}

/// Ideographs with a numeric value (Numeric_Type=Numeric, category Lo).
fn is_cjk_numeric(u: u32) -> bool {
    matches!(u,
        0x3007 | 0x4E00 | 0x4E03 | 0x4E07 | 0x4E09 | 0x4E5D | 0x4E8C | 0x4E94 | 0x4EBF
        | 0x4EC0 | 0x4EDF | 0x4EE8 | 0x4F0D | 0x4F70 | 0x5104 | 0x5146 | 0x5169 | 0x516B
        | 0x516D | 0x5341 | 0x5343..=0x5345 | 0x534C | 0x53C1..=0x53C4 | 0x56DB | 0x58F1
        | 0x58F9 | 0x5E7A | 0x5EFE | 0x5EFF | 0x5F0C..=0x5F0E | 0x5F10 | 0x62FE | 0x634C
        | 0x67D2 | 0x6F06 | 0x7396 | 0x767E | 0x8086 | 0x842C | 0x8CAE | 0x8CB3 | 0x8D30
        | 0x9621 | 0x9646 | 0x964C | 0x9678 | 0x96F6 | 0xF96B | 0xF973 | 0xF978 | 0xF9B2
        | 0xF9D1 | 0xF9D3 | 0xF9FD | 0x20001 | 0x20064 | 0x200E2 | 0x20121 | 0x2092A
        | 0x20983 | 0x2098C | 0x2099C | 0x20AEA | 0x20AFD | 0x20B19 | 0x22390 | 0x22998
        | 0x23B1B | 0x2626D | 0x2F890)
}

/// `str.isnumeric()` for one character.
pub fn is_numeric(c: char) -> bool {
    let u = c as u32;
    if u < 128 {
        return c.is_ascii_digit();
    }
    c.is_numeric() || is_cjk_numeric(u)
}

/// `str.isalpha()` for one character (categories L*).
pub fn is_alpha(c: char) -> bool {
    if (c as u32) < 128 {
        return c.is_ascii_alphabetic();
    }
    // Rust's Alphabetic also includes letter numbers and some marks; the
    // L* categories exclude them.
    c.is_alphabetic() && !c.is_numeric() && !is_mark_like(c)
}

/// Combining marks that Rust's Alphabetic property includes (vowel signs
/// and similar): rough block-based exclusion for the common scripts.
fn is_mark_like(c: char) -> bool {
    let u = c as u32;
    // Combining Diacritical Marks and the Indic dependent vowel signs.
    (0x300..=0x36F).contains(&u)
        || ((0x900..=0xDFF).contains(&u) && {
            let off = u & 0x7F;
            (0x3E..=0x4C).contains(&off) || (0x01..=0x03).contains(&off) || off == 0x57
        })
}

#[inline]
pub fn is_alnum(c: char) -> bool {
    if (c as u32) < 128 {
        return c.is_ascii_alphanumeric();
    }
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// Title-case letters (category Lt).
pub fn is_titlecase(c: char) -> bool {
    matches!(c as u32,
        0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF
        | 0x1FBC | 0x1FCC | 0x1FFC)
}

#[inline]
pub fn is_upper(c: char) -> bool {
    if (c as u32) < 128 {
        return c.is_ascii_uppercase();
    }
    c.is_uppercase()
}

#[inline]
pub fn is_lower(c: char) -> bool {
    if (c as u32) < 128 {
        return c.is_ascii_lowercase();
    }
    c.is_lowercase()
}

/// The Cased property: upper, lower or title case.
#[inline]
pub fn is_cased(c: char) -> bool {
    is_upper(c) || is_lower(c) || is_titlecase(c)
}

/// Case-ignorable characters (for the final-sigma rule).
fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.' | ':' | '^' | '`' | '\u{AD}' | '\u{B7}' | '\u{2019}'
    ) || (0x300..=0x36F).contains(&(c as u32))
}

/// Append the full lower-case mapping of `chars[i]`, applying the Greek
/// final-sigma rule as CPython does.
pub fn push_lower(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c == '\u{3A3}' {
        out.push(if final_sigma(chars, i) {
            '\u{3C2}'
        } else {
            '\u{3C3}'
        });
        return;
    }
    if (c as u32) < 128 {
        out.push(c.to_ascii_lowercase());
    } else {
        out.extend(c.to_lowercase());
    }
}

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

pub fn push_upper(c: char, out: &mut String) {
    if (c as u32) < 128 {
        out.push(c.to_ascii_uppercase());
    } else {
        out.extend(c.to_uppercase());
    }
}

/// Append the full title-case mapping of `c`.
pub fn push_title(c: char, out: &mut String) {
    let u = c as u32;
    if u < 128 {
        out.push(c.to_ascii_uppercase());
        return;
    }
    // Digraphs have their own title-case forms.
    let t = match u {
        0x1C4..=0x1C6 => Some('\u{1C5}'),
        0x1C7..=0x1C9 => Some('\u{1C8}'),
        0x1CA..=0x1CC => Some('\u{1CB}'),
        0x1F1..=0x1F3 => Some('\u{1F2}'),
        _ => None,
    };
    if let Some(t) = t {
        out.push(t);
        return;
    }
    if is_titlecase(c) {
        out.push(c);
        return;
    }
    // Greek with ypogegrammeni title-cases to a single prosgegrammeni form.
    if (0x1F80..=0x1FAF).contains(&u) {
        out.push(char::from_u32(u | 0x8).unwrap_or(c));
        return;
    }
    match u {
        0x1FB3 => return out.push('\u{1FBC}'),
        0x1FC3 => return out.push('\u{1FCC}'),
        0x1FF3 => return out.push('\u{1FFC}'),
        _ => {}
    }
    // Otherwise the title case is the upper case with the following
    // letters lowered (ß -> Ss, ﬁ -> Fi).
    let mut up = c.to_uppercase();
    if let Some(first) = up.next() {
        out.push(first);
        for r in up {
            out.extend(r.to_lowercase());
        }
    }
}

/// Append the full case folding of `c`.
pub fn push_casefold(c: char, out: &mut String) {
    let u = c as u32;
    if u < 128 {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match c {
        'ß' | 'ẞ' => return out.push_str("ss"),
        'ı' => return out.push(c),
        'İ' => return out.push_str("i\u{307}"),
        _ => {}
    }
    let mut lower = c.to_lowercase();
    if lower.len() != 1 || lower.next() != Some(c) {
        out.extend(c.to_lowercase());
        return;
    }
    // Lower-case letters with special folds (ς -> σ, ſ -> s, µ -> μ,
    // ligatures): fold via the upper case.
    let up: String = c.to_uppercase().collect();
    if up.chars().count() == 1 && up.chars().next() == Some(c) {
        out.push(c);
        return;
    }
    for x in up.chars() {
        out.extend(x.to_lowercase());
    }
}

/// XID_Start approximation (plus '_').
pub fn is_id_start(c: char) -> bool {
    if (c as u32) < 128 {
        return c.is_ascii_alphabetic() || c == '_';
    }
    c.is_alphabetic() && !is_mark_like(c) || matches!(c as u32, 0x2118 | 0x212E | 0x309B | 0x309C)
}

/// XID_Continue approximation.
pub fn is_id_continue(c: char) -> bool {
    if (c as u32) < 128 {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    c.is_alphanumeric()
        || (0x300..=0x36F).contains(&(c as u32))
        || is_mark_like(c)
        || matches!(c as u32, 0xB7 | 0x387 | 0x1369..=0x1371 | 0x19DA | 0x203F | 0x2040 | 0x2054 | 0xFE33 | 0xFE34 | 0xFE4D..=0xFE4F | 0xFF3F)
}
