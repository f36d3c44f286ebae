//! Subject access for the engine (`StrDrive`): bytes and ASCII text as
//! byte slices, other text as UTF-8 walked by code point (`PyStr`), plus
//! the character predicates and case mappings of CPython's sre (Unicode
//! ones from the runtime's own tables, as `str` methods use).
//!
//! Adapted from the `rustpython-sre_engine` crate (MIT License, Copyright
//! (c) 2025 RustPython Team).

/// A position in the subject, paired with the byte pointer it resolves to.
///
/// `position` is a **character index**, never a byte offset. The engine does
/// arithmetic on it directly — it subtracts two positions to get a character
/// count, adds a repeat count to get a bound, and compares one against a
/// lookbehind width — so the unit is part of the [`StrDrive`] contract rather
/// than a detail each implementation may pick.
#[derive(Debug, Clone, Copy)]
pub struct StringCursor {
    pub(crate) ptr: *const u8,
    pub position: usize,
}

impl Default for StringCursor {
    fn default() -> Self {
        Self {
            ptr: core::ptr::null(),
            position: 0,
        }
    }
}

/// Random access over the subject being matched.
///
/// An implementation chooses how a character is spelled in memory — one byte
/// for `&[u8]`, one code point for `&str` and `&Wtf8` — but **not** how
/// positions are counted. Every position this trait produces or consumes is a
/// character index: `count` is the subject's length in characters, and
/// `skip(n)` advances a cursor's `position` by exactly `n`.
///
/// That is load-bearing, not incidental. The engine reads position arithmetic
/// as character arithmetic in several places — `_count` bounds a repeat with
/// `position + max_count` and reports the repeat's length as a difference of
/// positions, `ASSERT` tests `position < back` against a lookbehind width, and
/// `search_info` recovers a match start as `position - (len - 1)`. A drive
/// that stored byte offsets here would leave all of those type-correct and
/// silently wrong, and would index a lookbehind out of bounds.
///
/// So a drive over a variable-width encoding pays for the mapping: `count`
/// and `create_cursor` have to resolve character indices, and cannot simply
/// hand back byte lengths and byte offsets.
pub trait StrDrive: Copy {
    /// The subject's length, in characters.
    fn count(&self) -> usize;
    /// A cursor at character index `n`.
    fn create_cursor(&self, n: usize) -> StringCursor;
    /// Move `cursor` to character index `n`, from wherever it is now.
    fn adjust_cursor(&self, cursor: &mut StringCursor, n: usize);
    /// Consume one character, returning it; `position` grows by one.
    fn advance(cursor: &mut StringCursor) -> u32;
    /// The character at `cursor`, without moving it.
    fn peek(cursor: &StringCursor) -> u32;
    /// Skip `n` characters, so `position` grows by exactly `n`.
    fn skip(cursor: &mut StringCursor, n: usize);
    /// Step back over one character, returning it; `position` shrinks by one.
    fn back_advance(cursor: &mut StringCursor) -> u32;
    /// The character before `cursor`, without moving it.
    fn back_peek(cursor: &StringCursor) -> u32;
    /// Step back `n` characters, so `position` shrinks by exactly `n`.
    fn back_skip(cursor: &mut StringCursor, n: usize);
}

impl StrDrive for &[u8] {
    #[inline]
    fn count(&self) -> usize {
        self.len()
    }

    #[inline]
    fn create_cursor(&self, n: usize) -> StringCursor {
        StringCursor {
            ptr: self[n..].as_ptr(),
            position: n,
        }
    }

    #[inline]
    fn adjust_cursor(&self, cursor: &mut StringCursor, n: usize) {
        cursor.position = n;
        cursor.ptr = self[n..].as_ptr();
    }

    #[inline]
    fn advance(cursor: &mut StringCursor) -> u32 {
        // Read before stepping, so the end of the buffer is never read.
        let c = unsafe { *cursor.ptr as u32 };
        cursor.position += 1;
        unsafe { cursor.ptr = cursor.ptr.add(1) };
        c
    }

    #[inline]
    fn peek(cursor: &StringCursor) -> u32 {
        unsafe { *cursor.ptr as u32 }
    }

    #[inline]
    fn skip(cursor: &mut StringCursor, n: usize) {
        cursor.position += n;
        unsafe { cursor.ptr = cursor.ptr.add(n) };
    }

    #[inline]
    fn back_advance(cursor: &mut StringCursor) -> u32 {
        cursor.position -= 1;
        unsafe { cursor.ptr = cursor.ptr.sub(1) };
        unsafe { *cursor.ptr as u32 }
    }

    #[inline]
    fn back_peek(cursor: &StringCursor) -> u32 {
        unsafe { *cursor.ptr.sub(1) as u32 }
    }

    #[inline]
    fn back_skip(cursor: &mut StringCursor, n: usize) {
        cursor.position -= n;
        unsafe { cursor.ptr = cursor.ptr.sub(n) };
    }
}

/// A Python `str` object (UTF-8, indexed by code point through the
/// string's own offset table, so a cursor at any index costs O(32)).
#[derive(Clone, Copy)]
pub struct PyStr(pub crate::value::Value);

impl StrDrive for PyStr {
    #[inline]
    fn count(&self) -> usize {
        crate::str::char_len(self.0)
    }

    #[inline]
    fn create_cursor(&self, n: usize) -> StringCursor {
        let s = crate::str::as_str(self.0);
        StringCursor {
            ptr: unsafe { s.as_ptr().add(crate::str::byte_offset(self.0, n)) },
            position: n,
        }
    }

    #[inline]
    fn adjust_cursor(&self, cursor: &mut StringCursor, n: usize) {
        if cursor.ptr.is_null() || cursor.position > n || n - cursor.position > 64 {
            *cursor = Self::create_cursor(self, n);
        } else if cursor.position < n {
            Self::skip(cursor, n - cursor.position);
        }
    }

    #[inline]
    fn advance(cursor: &mut StringCursor) -> u32 {
        cursor.position += 1;
        unsafe { next_code_point(&mut cursor.ptr) }
    }

    #[inline]
    fn peek(cursor: &StringCursor) -> u32 {
        let mut ptr = cursor.ptr;
        unsafe { next_code_point(&mut ptr) }
    }

    #[inline]
    fn skip(cursor: &mut StringCursor, n: usize) {
        cursor.position += n;
        for _ in 0..n {
            unsafe { next_code_point(&mut cursor.ptr) };
        }
    }

    #[inline]
    fn back_advance(cursor: &mut StringCursor) -> u32 {
        cursor.position -= 1;
        unsafe { next_code_point_reverse(&mut cursor.ptr) }
    }

    #[inline]
    fn back_peek(cursor: &StringCursor) -> u32 {
        let mut ptr = cursor.ptr;
        unsafe { next_code_point_reverse(&mut ptr) }
    }

    #[inline]
    fn back_skip(cursor: &mut StringCursor, n: usize) {
        cursor.position -= n;
        for _ in 0..n {
            unsafe { next_code_point_reverse(&mut cursor.ptr) };
        }
    }
}

/// Reads the next code point out of a byte iterator (assuming a
/// UTF-8-like encoding).
///
/// # Safety
///
/// `bytes` must produce a valid UTF-8-like (UTF-8 or WTF-8) string
#[inline]
const unsafe fn next_code_point(ptr: &mut *const u8) -> u32 {
    // Decode UTF-8
    let x = unsafe { **ptr };
    *ptr = unsafe { ptr.add(1) };

    if x < 128 {
        return x as u32;
    }

    // Multibyte case follows
    // Decode from a byte combination out of: [[[x y] z] w]
    // NOTE: Performance is sensitive to the exact formulation here
    let init = utf8_first_byte(x, 2);
    // SAFETY: `bytes` produces an UTF-8-like string,
    // so the iterator must produce a value here.
    let y = unsafe { **ptr };
    *ptr = unsafe { ptr.add(1) };
    let mut ch = utf8_acc_cont_byte(init, y);
    if x >= 0xE0 {
        // [[x y z] w] case
        // 5th bit in 0xE0 .. 0xEF is always clear, so `init` is still valid
        // SAFETY: `bytes` produces an UTF-8-like string,
        // so the iterator must produce a value here.
        let z = unsafe { **ptr };
        *ptr = unsafe { ptr.add(1) };
        let y_z = utf8_acc_cont_byte((y & CONT_MASK) as u32, z);
        ch = (init << 12) | y_z;
        if x >= 0xF0 {
            // [x y z w] case
            // use only the lower 3 bits of `init`
            // SAFETY: `bytes` produces an UTF-8-like string,
            // so the iterator must produce a value here.
            let w = unsafe { **ptr };
            *ptr = unsafe { ptr.add(1) };
            ch = ((init & 7) << 18) | utf8_acc_cont_byte(y_z, w);
        }
    }

    ch
}

/// Reads the last code point out of a byte iterator (assuming a
/// UTF-8-like encoding).
///
/// # Safety
///
/// `bytes` must produce a valid UTF-8-like (UTF-8 or WTF-8) string
#[inline]
const unsafe fn next_code_point_reverse(ptr: &mut *const u8) -> u32 {
    // Decode UTF-8
    *ptr = unsafe { ptr.sub(1) };
    let w = match unsafe { **ptr } {
        next_byte if next_byte < 128 => return next_byte as u32,
        back_byte => back_byte,
    };

    // Multibyte case follows
    // Decode from a byte combination out of: [x [y [z w]]]
    let mut ch;
    // SAFETY: `bytes` produces an UTF-8-like string,
    // so the iterator must produce a value here.
    *ptr = unsafe { ptr.sub(1) };
    let z = unsafe { **ptr };
    ch = utf8_first_byte(z, 2);
    if utf8_is_cont_byte(z) {
        // SAFETY: `bytes` produces an UTF-8-like string,
        // so the iterator must produce a value here.
        *ptr = unsafe { ptr.sub(1) };
        let y = unsafe { **ptr };
        ch = utf8_first_byte(y, 3);
        if utf8_is_cont_byte(y) {
            // SAFETY: `bytes` produces an UTF-8-like string,
            // so the iterator must produce a value here.
            *ptr = unsafe { ptr.sub(1) };
            let x = unsafe { **ptr };
            ch = utf8_first_byte(x, 4);
            ch = utf8_acc_cont_byte(ch, y);
        }
        ch = utf8_acc_cont_byte(ch, z);
    }
    ch = utf8_acc_cont_byte(ch, w);

    ch
}

/// Returns the initial codepoint accumulator for the first byte.
/// The first byte is special, only want bottom 5 bits for width 2, 4 bits
/// for width 3, and 3 bits for width 4.
#[inline]
const fn utf8_first_byte(byte: u8, width: u32) -> u32 {
    (byte & (0x7F >> width)) as u32
}

/// Returns the value of `ch` updated with continuation byte `byte`.
#[inline]
const fn utf8_acc_cont_byte(ch: u32, byte: u8) -> u32 {
    (ch << 6) | (byte & CONT_MASK) as u32
}

/// Checks whether the byte is a UTF-8 continuation byte (i.e., starts with the
/// bits `10`).
#[inline]
const fn utf8_is_cont_byte(byte: u8) -> bool {
    (byte as i8) < -64
}

/// Mask of the value bits of a continuation byte.
const CONT_MASK: u8 = 0b0011_1111;

// Character-class and case predicates for the SRE engine.
//
// Every predicate takes a raw `u32` code point (SRE decodes strings into `u32`s,
// including lone surrogates) and returns whether it belongs to the class.
// ASCII-mode predicates only ever consider byte values; Unicode-mode predicates
// consult the runtime's tables (`str_unicode`), the ones `str` methods use.

const UNDERSCORE: u32 = '_' as u32;

#[inline]
pub(crate) fn is_word(ch: u32) -> bool {
    ch == UNDERSCORE || u8::try_from(ch).is_ok_and(|x| x.is_ascii_alphanumeric())
}

#[inline]
pub(crate) fn is_space(ch: u32) -> bool {
    matches!(ch, 0x09..=0x0D | 0x20)
}

#[inline]
pub(crate) fn is_digit(ch: u32) -> bool {
    u8::try_from(ch).is_ok_and(|x| x.is_ascii_digit())
}

#[inline]
pub(crate) fn is_loc_alnum(ch: u32) -> bool {
    // FIXME: Ignore the locales
    u8::try_from(ch).is_ok_and(|x| x.is_ascii_alphanumeric())
}

#[inline]
pub(crate) fn is_loc_word(ch: u32) -> bool {
    ch == UNDERSCORE || is_loc_alnum(ch)
}

#[inline]
pub(crate) const fn is_linebreak(ch: u32) -> bool {
    ch == '\n' as u32
}

#[inline]
#[must_use]
pub fn lower_ascii(ch: u32) -> u32 {
    u8::try_from(ch).map_or(ch, |x| x.to_ascii_lowercase() as u32)
}

#[inline]
pub(crate) fn lower_locate(ch: u32) -> u32 {
    // FIXME: Ignore the locales
    lower_ascii(ch)
}

#[inline]
pub(crate) fn upper_locate(ch: u32) -> u32 {
    // FIXME: Ignore the locales
    u8::try_from(ch).map_or(ch, |x| x.to_ascii_uppercase() as u32)
}

#[inline]
pub(crate) fn is_uni_digit(ch: u32) -> bool {
    // SRE_UNI_IS_DIGIT matches Unicode decimal digits (Py_UNICODE_ISDECIMAL),
    // not just ASCII 0-9. Fast-path true ASCII (< 0x80) to skip the
    // general-category table lookup for the overwhelmingly common case;
    // u8 covers the whole Latin-1 range, so gate on 0x80 rather than
    // `u8::try_from` succeeding.
    if ch < 0x80 {
        return (ch as u8).is_ascii_digit();
    }
    char::from_u32(ch).is_some_and(crate::str_unicode::is_decimal)
}

#[inline]
pub(crate) fn is_uni_space(ch: u32) -> bool {
    // SRE_UNI_IS_SPACE is Py_UNICODE_ISSPACE. Fast-path ASCII: besides the
    // usual whitespace bytes, Py_UNICODE_ISSPACE also covers the 0x1C..=0x1F
    // separators (bidirectional class B/S/WS).
    if ch < 0x80 {
        return matches!(ch, 0x09..=0x0D | 0x1C..=0x20);
    }
    char::from_u32(ch).is_some_and(crate::str_unicode::is_space)
}

#[inline]
pub(crate) const fn is_uni_linebreak(ch: u32) -> bool {
    matches!(
        ch,
        0x000A | 0x000B | 0x000C | 0x000D | 0x001C | 0x001D | 0x001E | 0x0085 | 0x2028 | 0x2029
    )
}

#[inline]
pub(crate) fn is_uni_alnum(ch: u32) -> bool {
    // TODO: check with cpython
    // Fast-path true ASCII (< 0x80) to skip the general-category table
    // lookup, which dominates \w matching over otherwise-ASCII text (the
    // common case). Latin-1 supplement characters (0x80..=0xFF) still need
    // the full table (e.g. 'Ä' is alphanumeric but not ASCII).
    if ch < 0x80 {
        return (ch as u8).is_ascii_alphanumeric();
    }
    char::from_u32(ch).is_some_and(crate::str_unicode::is_alnum)
}

#[inline]
pub(crate) fn is_uni_word(ch: u32) -> bool {
    ch == UNDERSCORE || is_uni_alnum(ch)
}

#[inline]
#[must_use]
pub fn lower_unicode(ch: u32) -> u32 {
    // SRE_UNI_LOWER is Py_UNICODE_TOLOWER, the simple one-to-one mapping.
    simple_case(ch, true)
}

#[inline]
#[must_use]
pub fn upper_unicode(ch: u32) -> u32 {
    // SRE_UNI_UPPER is Py_UNICODE_TOUPPER, the simple one-to-one mapping.
    simple_case(ch, false)
}

/// The one-character case mapping of `ch`, as CPython's
/// `_PyUnicode_ToLowercase`/`_PyUnicode_ToUppercase`: the first character
/// of the full mapping (so 'ß' uppers to 'S' and U+0130 lowers to 'i').
fn simple_case(ch: u32, lower: bool) -> u32 {
    if ch < 0x80 {
        let b = ch as u8;
        return if lower {
            b.to_ascii_lowercase()
        } else {
            b.to_ascii_uppercase()
        } as u32;
    }
    let Some(c) = char::from_u32(ch) else {
        return ch;
    };
    let mut out = String::new();
    if lower {
        crate::str_unicode::push_lower(&[c], 0, &mut out);
    } else {
        crate::str_unicode::push_upper(c, &mut out);
    }
    out.chars().next().map_or(ch, |m| m as u32)
}
