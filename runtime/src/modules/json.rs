//! The `_json` module: the native JSON scanner and string encoders behind
//! the embedded Python `json` package, following CPython 3.11's
//! Modules/_json.c (its results, messages and error positions).
//!
//! `scan_once(s, idx, strict, object_hook, object_pairs_hook, parse_float,
//! parse_int, parse_constant)` decodes one JSON value starting at code
//! point `idx` and returns `(value, end)`. A decoding error is returned
//! rather than raised, as `(msg, -1 - pos)` (`msg` None meaning CPython's
//! `StopIteration(pos)`, i.e. "Expecting value"), so the Python side
//! raises its own `JSONDecodeError`. Hooks and parse functions that are
//! None take the defaults (dict, float, int, the NaN/Infinity constants);
//! exceptions they raise propagate. The scan works on the UTF-8 bytes and
//! counts code points as it goes, so it is linear in the text scanned.
//!
//! `encode_basestring_ascii(s)` and `encode_basestring(s)` are CPython's
//! string escapers.

use crate::exc::{type_error, PyErr, PyResult};
use crate::object::Kw;
use crate::value::{bool_, none, Value};

/// Nesting depth at which decoding stops with RecursionError (CPython's
/// limit comes from the interpreter's recursion limit).
const MAX_DEPTH: usize = 990;

struct Scanner<'a> {
    b: &'a [u8],
    /// Byte position.
    i: usize,
    /// Code point position of `i`.
    ci: usize,
    strict: bool,
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
    depth: usize,
    /// Code points in the whole text.
    nchars: usize,
}

/// Why a scan stopped: a Python exception, or a decoding error at a code
/// point position (`None` message: "Expecting value").
enum Stop {
    Py(PyErr),
    Decode(Option<&'static str>, usize),
}

impl From<PyErr> for Stop {
    fn from(e: PyErr) -> Stop {
        Stop::Py(e)
    }
}

type Scan<T> = Result<T, Stop>;

#[inline]
fn is_ws(c: u8) -> bool {
    c == b' ' || c == b'\t' || c == b'\n' || c == b'\r'
}

fn hex_val(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some((c - b'0') as u32),
        b'a'..=b'f' => Some((c - b'a' + 10) as u32),
        b'A'..=b'F' => Some((c - b'A' + 10) as u32),
        _ => None,
    }
}

impl<'a> Scanner<'a> {
    #[inline]
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    /// Advance over ASCII bytes only.
    #[inline]
    fn bump(&mut self, n: usize) {
        self.i += n;
        self.ci += n;
    }

    fn skip_ws(&mut self) {
        while let Some(c) = self.peek() {
            if !is_ws(c) {
                break;
            }
            self.bump(1);
        }
    }

    fn starts_with(&self, lit: &[u8]) -> bool {
        self.b[self.i..].starts_with(lit)
    }

    /// Read 4 hex digits at byte position `i` (all ASCII if valid).
    fn hex4(&self, i: usize, err_pos: usize) -> Scan<u32> {
        let mut c = 0u32;
        for k in 0..4 {
            match self.b.get(i + k).and_then(|&d| hex_val(d)) {
                Some(v) => c = (c << 4) | v,
                None => return Err(Stop::Decode(Some("Invalid \\uXXXX escape"), err_pos)),
            }
        }
        Ok(c)
    }

    /// The number of code points in `self.b[from..to]`.
    fn count_chars(&self, from: usize, to: usize) -> usize {
        self.b[from..to]
            .iter()
            .filter(|&&c| (c & 0xC0) != 0x80)
            .count()
    }

    /// CPython's `scanstring_unicode`: `self` is just after the opening
    /// quote; on success it is just after the closing quote.
    fn scan_string(&mut self) -> Scan<Value> {
        let begin = self.ci - 1;
        let mut out = String::new();
        loop {
            // Find the next quote, backslash or (strict) control char.
            let start = self.i;
            let mut j = self.i;
            let mut ctrl = None;
            while j < self.b.len() {
                let c = self.b[j];
                if c == b'"' || c == b'\\' {
                    break;
                }
                if c < 0x20 && self.strict {
                    ctrl = Some(j);
                    break;
                }
                j += 1;
            }
            if let Some(k) = ctrl {
                let pos = self.ci + self.count_chars(start, k);
                return Err(Stop::Decode(Some("Invalid control character at"), pos));
            }
            if j >= self.b.len() {
                return Err(Stop::Decode(Some("Unterminated string starting at"), begin));
            }
            out.push_str(unsafe { std::str::from_utf8_unchecked(&self.b[start..j]) });
            self.ci += self.count_chars(start, j);
            self.i = j;
            let c = self.b[j];
            self.bump(1);
            if c == b'"' {
                break;
            }
            // A backslash escape.
            let Some(e) = self.peek() else {
                return Err(Stop::Decode(Some("Unterminated string starting at"), begin));
            };
            if e != b'u' {
                let ch = match e {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return Err(Stop::Decode(Some("Invalid \\escape"), self.ci - 1)),
                };
                out.push(ch);
                self.bump(1);
                continue;
            }
            // \uXXXX: positions below are code points; the escape is ASCII
            // when valid, and any non-hex byte is an error first.
            self.bump(1);
            let next = self.ci;
            let end = next + 4;
            let total = self.nchars;
            if end >= total {
                return Err(Stop::Decode(Some("Invalid \\uXXXX escape"), next - 1));
            }
            let mut c = self.hex4(self.i, end - 5)?;
            self.bump(4);
            if (0xd800..=0xdbff).contains(&c)
                && end + 6 < total
                && self.b.get(self.i) == Some(&b'\\')
                && self.b.get(self.i + 1) == Some(&b'u')
            {
                let c2 = self.hex4(self.i + 2, end + 1)?;
                if (0xdc00..=0xdfff).contains(&c2) {
                    c = 0x10000 + (((c - 0xd800) << 10) | (c2 - 0xdc00));
                    self.bump(6);
                }
            }
            // A lone surrogate is kept as its code point (str_surrogate.rs).
            crate::str_surrogate::push_cp(unsafe { out.as_mut_vec() }, c);
        }
        Ok(crate::str::from_string(out))
    }

    fn scan_once(&mut self) -> Scan<Value> {
        let Some(c) = self.peek() else {
            return Err(Stop::Decode(None, self.ci));
        };
        match c {
            b'"' => {
                self.bump(1);
                return self.scan_string();
            }
            b'{' => {
                self.bump(1);
                return self.nested("object", |s| s.parse_object());
            }
            b'[' => {
                self.bump(1);
                return self.nested("array", |s| s.parse_array());
            }
            b'n' if self.starts_with(b"null") => {
                self.bump(4);
                return Ok(none());
            }
            b't' if self.starts_with(b"true") => {
                self.bump(4);
                return Ok(bool_(true));
            }
            b'f' if self.starts_with(b"false") => {
                self.bump(5);
                return Ok(bool_(false));
            }
            b'N' if self.starts_with(b"NaN") => {
                self.bump(3);
                return self.constant("NaN", f64::NAN);
            }
            b'I' if self.starts_with(b"Infinity") => {
                self.bump(8);
                return self.constant("Infinity", f64::INFINITY);
            }
            b'-' if self.starts_with(b"-Infinity") => {
                self.bump(9);
                return self.constant("-Infinity", f64::NEG_INFINITY);
            }
            _ => {}
        }
        self.match_number()
    }

    fn nested(&mut self, what: &str, f: impl FnOnce(&mut Self) -> Scan<Value>) -> Scan<Value> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Stop::Py(crate::exc::raise(
                &crate::exc::RECURSION_ERROR,
                format!(
                    "maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"
                ),
            )));
        }
        let r = f(self);
        self.depth -= 1;
        r
    }

    fn constant(&mut self, name: &str, v: f64) -> Scan<Value> {
        if self.parse_constant.is_none() {
            return Ok(crate::float::new_float(v));
        }
        Ok(crate::func::call(
            self.parse_constant,
            &[crate::str::new_str(name)],
            Kw::NONE,
        )?)
    }

    /// CPython's `_match_number_unicode`.
    fn match_number(&mut self) -> Scan<Value> {
        let b = self.b;
        let n = b.len();
        let start = self.i;
        let mut i = start;
        let digit = |i: usize| i < n && b[i].is_ascii_digit();
        if b[i] == b'-' {
            i += 1;
            if i >= n {
                return Err(Stop::Decode(None, self.ci));
            }
        }
        if (b'1'..=b'9').contains(&b[i]) {
            i += 1;
            while digit(i) {
                i += 1;
            }
        } else if b[i] == b'0' {
            i += 1;
        } else {
            return Err(Stop::Decode(None, self.ci));
        }
        let mut is_float = false;
        if i + 1 < n && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            is_float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        if i + 1 < n && (b[i] == b'e' || b[i] == b'E') {
            let e_start = i;
            i += 1;
            if i + 1 < n && (b[i] == b'-' || b[i] == b'+') {
                i += 1;
            }
            while digit(i) {
                i += 1;
            }
            if b[i - 1].is_ascii_digit() {
                is_float = true;
            } else {
                i = e_start;
            }
        }
        let text = unsafe { std::str::from_utf8_unchecked(&b[start..i]) };
        self.bump(i - start);
        if is_float {
            if self.parse_float.is_none() {
                let v: f64 = text.parse().unwrap_or(f64::NAN);
                return Ok(crate::float::new_float(v));
            }
            return Ok(crate::func::call(
                self.parse_float,
                &[crate::str::new_str(text)],
                Kw::NONE,
            )?);
        }
        if self.parse_int.is_none() {
            if let Ok(v) = text.parse::<i64>() {
                return Ok(crate::int::new_int(v));
            }
            return match crate::int_methods::parse_int(text, 10)? {
                Some(b) => Ok(crate::int::from_bigint(b)),
                None => Err(Stop::Py(crate::exc::value_error(format!(
                    "invalid literal for int() with base 10: '{text}'"
                )))),
            };
        }
        Ok(crate::func::call(
            self.parse_int,
            &[crate::str::new_str(text)],
            Kw::NONE,
        )?)
    }

    /// CPython's `_parse_object_unicode`; `self` is just after `{`.
    fn parse_object(&mut self) -> Scan<Value> {
        let pairs_mode = !self.object_pairs_hook.is_none();
        let mut pairs: Vec<Value> = Vec::new();
        let d = if pairs_mode {
            Value::NULL
        } else {
            crate::dict::new_dict()
        };
        self.skip_ws();
        if self.peek() != Some(b'}') {
            loop {
                if self.peek() != Some(b'"') {
                    return Err(Stop::Decode(
                        Some("Expecting property name enclosed in double quotes"),
                        self.ci,
                    ));
                }
                self.bump(1);
                let key = self.scan_string()?;
                self.skip_ws();
                if self.peek() != Some(b':') {
                    return Err(Stop::Decode(Some("Expecting ':' delimiter"), self.ci));
                }
                self.bump(1);
                self.skip_ws();
                let val = self.scan_once()?;
                if pairs_mode {
                    pairs.push(crate::tuple::new_tuple(vec![key, val]));
                } else {
                    crate::dict::dict_set(d, key, val)?;
                }
                self.skip_ws();
                if self.peek() == Some(b'}') {
                    break;
                }
                if self.peek() != Some(b',') {
                    return Err(Stop::Decode(Some("Expecting ',' delimiter"), self.ci));
                }
                self.bump(1);
                self.skip_ws();
            }
        }
        self.bump(1);
        if pairs_mode {
            let l = crate::list::new_list(pairs);
            return Ok(crate::func::call(self.object_pairs_hook, &[l], Kw::NONE)?);
        }
        if !self.object_hook.is_none() {
            return Ok(crate::func::call(self.object_hook, &[d], Kw::NONE)?);
        }
        Ok(d)
    }

    /// CPython's `_parse_array_unicode`; `self` is just after `[`.
    fn parse_array(&mut self) -> Scan<Value> {
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() != Some(b']') {
            loop {
                items.push(self.scan_once()?);
                self.skip_ws();
                if self.peek() == Some(b']') {
                    break;
                }
                if self.peek() != Some(b',') {
                    return Err(Stop::Decode(Some("Expecting ',' delimiter"), self.ci));
                }
                self.bump(1);
                self.skip_ws();
            }
        }
        self.bump(1);
        Ok(crate::list::new_list(items))
    }
}

fn m_scan_once(args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() || args.len() != 8 {
        return Err(type_error("scan_once() takes exactly 8 arguments"));
    }
    let s = args[0];
    let Some(text) = crate::str::str_opt(s) else {
        return Err(type_error(format!(
            "first argument must be a string, not {}",
            s.ty().name()
        )));
    };
    let idx = crate::int::index_i64(args[1])?;
    if idx < 0 {
        return Err(crate::exc::value_error("idx cannot be negative"));
    }
    let nchars = crate::str::char_len(s);
    let idx = idx as usize;
    let mut sc = Scanner {
        b: text.as_bytes(),
        i: if idx >= nchars {
            text.len()
        } else {
            crate::str::byte_offset(s, idx)
        },
        ci: idx.min(nchars),
        strict: crate::ops::truthy(args[2])?,
        object_hook: args[3],
        object_pairs_hook: args[4],
        parse_float: args[5],
        parse_int: args[6],
        parse_constant: args[7],
        depth: 0,
        nchars,
    };
    if idx >= nchars {
        return Ok(decode_error(None, idx));
    }
    match sc.scan_once() {
        Ok(v) => Ok(crate::tuple::new_tuple(vec![
            v,
            crate::int::new_int(sc.ci as i64),
        ])),
        Err(Stop::Py(e)) => Err(e),
        Err(Stop::Decode(msg, pos)) => Ok(decode_error(msg, pos)),
    }
}

fn decode_error(msg: Option<&str>, pos: usize) -> Value {
    crate::tuple::new_tuple(vec![
        msg.map_or(none(), crate::str::new_str),
        crate::int::new_int(-1 - pos as i64),
    ])
}

/// CPython's `ascii_escape_unichar` / `escape_unicode` over a whole
/// string, quoted, appended to `out`.
pub fn escape_into(out: &mut String, s: &str, ascii_only: bool) {
    out.reserve(s.len() + 2);
    out.push('"');
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || (ascii_only && (c as u32) >= 0x7f) => {
                let u = c as u32;
                let mut push = |u: u32| {
                    use std::fmt::Write;
                    let _ = write!(out, "\\u{:04x}", u);
                };
                if u >= 0x10000 {
                    let v = u - 0x10000;
                    push(0xd800 | ((v >> 10) & 0x3ff));
                    push(0xdc00 | (v & 0x3ff));
                } else {
                    push(u);
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn escape(s: &str, ascii_only: bool) -> String {
    let mut out = String::new();
    escape_into(&mut out, s, ascii_only);
    out
}

fn one_str(name: &str, args: &[Value], kw: Kw) -> PyResult<&'static str> {
    if !kw.is_empty() || args.len() != 1 {
        return Err(type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    crate::str::str_opt(args[0]).ok_or_else(|| {
        type_error(format!(
            "first argument must be a string, not {}",
            args[0].ty().name()
        ))
    })
}

fn m_encode_ascii(args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = one_str("encode_basestring_ascii", args, kw)?;
    Ok(crate::str::from_string(escape(s, true)))
}

fn m_encode(args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = one_str("encode_basestring", args, kw)?;
    Ok(crate::str::from_string(escape(s, false)))
}

/// Fill the `_json` module's namespace.
pub fn init(d: Value) -> PyResult<()> {
    let set = |k: &str, v: Value| crate::dict::dict_set(d, crate::str::intern(k), v);
    set("__name__", crate::str::new_str("_json"))?;
    let funcs: [(&str, crate::object::NativeFn); 4] = [
        ("scan_once", m_scan_once),
        ("encode", super::json_encode::m_encode),
        ("encode_basestring_ascii", m_encode_ascii),
        ("encode_basestring", m_encode),
    ];
    for (name, f) in funcs {
        set(name, crate::func::new_builtin(name, f, Value::NULL))?;
    }
    Ok(())
}
