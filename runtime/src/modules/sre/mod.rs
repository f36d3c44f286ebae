//! The `_sre` module: CPython 3.11's regular-expression engine, the
//! opcode interpreter that runs the code lists produced by `re._compiler`
//! (embedded in the compiler as Python, from CPython's own sources).
//!
//! `engine.rs`, `string.rs` and `constants.rs` are adapted from the
//! `rustpython-sre_engine` crate (MIT License, Copyright (c) 2025
//! RustPython Team), a port of CPython's `Modules/_sre/sre_lib.h`; the
//! opcode numbering is that of CPython 3.11 (MAGIC 20220615).
//!
//! The Python-facing surface is deliberately small: Pattern and Match
//! objects live in `re/__init__.py`; this module offers the constants and
//! case helpers `re._compiler` needs, `pack` (a code list to an immutable
//! buffer), and `run` (one match, fullmatch or search over a str or bytes,
//! returning the spans of all groups and `lastindex`).

mod constants;
mod engine;
mod objects;
mod optioned;
mod string;

use crate::exc::{type_error, PyResult};
use crate::object::{Kind, Kw, NativeFn};
use crate::value::{none, Value};
use engine::{Request, State};
use string::{PyStr, StrDrive};

/// `_sre.MAXREPEAT`: the "unbounded" repeat count.
pub const MAXREPEAT: usize = u32::MAX as usize;
/// `_sre.MAXGROUPS`.
pub const MAXGROUPS: usize = MAXREPEAT / 2;

fn int_arg(name: &str, v: Value) -> PyResult<i64> {
    crate::int::as_i64(v).ok_or_else(|| {
        type_error(format!(
            "{name}: an integer is required, not {}",
            v.ty().name()
        ))
    })
}

fn char_arg(args: &[Value]) -> PyResult<u32> {
    if args.len() != 1 {
        return Err(type_error("expected one argument"));
    }
    let c = int_arg("character", args[0])?;
    Ok(c.clamp(0, u32::MAX as i64) as u32)
}

fn ascii_iscased(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let c = char_arg(args)?;
    Ok(crate::value::bool_(
        c < 128 && (c as u8).is_ascii_alphabetic(),
    ))
}

fn unicode_iscased(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let c = char_arg(args)?;
    Ok(crate::value::bool_(
        c != string::lower_unicode(c) || c != string::upper_unicode(c),
    ))
}

fn ascii_tolower(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let c = char_arg(args)?;
    Ok(crate::int::new_int(string::lower_ascii(c) as i64))
}

fn unicode_tolower(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let c = char_arg(args)?;
    Ok(crate::int::new_int(string::lower_unicode(c) as i64))
}

fn getcodesize(_args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(crate::int::new_int(4))
}

/// `pack(code)`: the code list as a bytes object of native-endian u32s.
fn pack(args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 1 || args[0].is_small() || args[0].kind() != Kind::List {
        return Err(type_error("pack() expects a list of ints"));
    }
    let items = crate::list::items(args[0]);
    let mut out = Vec::with_capacity(items.len() * 4);
    for &v in items {
        let c = int_arg("code", v)?;
        if !(0..=u32::MAX as i64).contains(&c) {
            return Err(crate::exc::overflow_error(
                "regular expression code size limit exceeded",
            ));
        }
        out.extend_from_slice(&(c as u32).to_ne_bytes());
    }
    Ok(crate::bytes::new_bytes(out))
}

/// The code words of a packed buffer (borrowed when suitably aligned).
pub(crate) fn code_words(b: &'static [u8]) -> std::borrow::Cow<'static, [u32]> {
    if (b.as_ptr() as usize).is_multiple_of(4) {
        // SAFETY: aligned, and the buffer is immutable and alive (a bytes
        // object referenced by the caller's arguments).
        std::borrow::Cow::Borrowed(unsafe {
            std::slice::from_raw_parts(b.as_ptr() as *const u32, b.len() / 4)
        })
    } else {
        std::borrow::Cow::Owned(
            b.chunks_exact(4)
                .map(|c| u32::from_ne_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
        )
    }
}

/// A `State` kept between calls, so matching allocates nothing once its
/// buffers have grown (a nested call, from a `sub` callback, makes its own).
static mut STATE_CACHE: Option<State> = None;

pub(crate) fn with_state<R>(f: impl FnOnce(&mut State) -> R) -> R {
    let mut st = unsafe { (*std::ptr::addr_of_mut!(STATE_CACHE)).take() }.unwrap_or_default();
    let r = f(&mut st);
    unsafe { *std::ptr::addr_of_mut!(STATE_CACHE) = Some(st) };
    r
}

/// One match attempt at `pos`; `mode` 0 = match, 1 = fullmatch,
/// 2 = search. On success `st.start`/`st.cursor.position` are the span.
fn attempt<S: StrDrive>(
    st: &mut State,
    s: S,
    code: &[u32],
    pos: usize,
    endpos: usize,
    mode: i64,
    must_advance: bool,
) -> bool {
    let mut req = Request::new(s, pos, endpos, code, mode == 1);
    req.must_advance = must_advance;
    st.cursor = string::StringCursor::default();
    st.reset(&req, req.start);
    if mode == 2 {
        st.search(req)
    } else {
        st.py_match(&req)
    }
}

/// The span of group `g` (0 = the whole match), or (-1, -1).
fn span(st: &State, g: usize) -> (i64, i64) {
    if g == 0 {
        return (st.start as i64, st.cursor.position as i64);
    }
    let (a, b) = st.marks.get(g - 1);
    if a.is_some() && b.is_some() && a.unpack() <= b.unpack() {
        (a.unpack() as i64, b.unpack() as i64)
    } else {
        (-1, -1)
    }
}

/// `lastindex` (-1 for none) and the spans of groups 0..=ngroups.
fn match_parts(st: &State, ngroups: usize) -> (i64, Vec<i64>) {
    let mut spans = Vec::with_capacity(2 * ngroups + 2);
    for g in 0..=ngroups {
        let (a, b) = span(st, g);
        spans.push(a);
        spans.push(b);
    }
    (st.marks.last_index() as i64, spans)
}

/// The subject of a match: its kind decides the `StrDrive` used.
#[derive(Clone, Copy)]
pub(crate) enum Subject {
    /// An ASCII str (code point index = byte index).
    Ascii(&'static [u8]),
    /// A non-ASCII str.
    Uni(Value),
    /// bytes or bytearray (slices are bytes, as CPython's `getslice`).
    Bytes(&'static [u8]),
}

impl Subject {
    pub(crate) fn of(s: Value) -> PyResult<Subject> {
        if crate::str::is_str(s) {
            let text = crate::str::as_str(s);
            return Ok(if text.len() == crate::str::char_len(s) {
                Subject::Ascii(text.as_bytes())
            } else {
                Subject::Uni(s)
            });
        }
        if let Some(b) = crate::bytes::bytes_like(s) {
            return Ok(Subject::Bytes(b));
        }
        Err(type_error(format!(
            "expected string or bytes-like object, got '{}'",
            s.ty().name()
        )))
    }

    fn len(self) -> usize {
        match self {
            Subject::Ascii(b) | Subject::Bytes(b) => b.len(),
            Subject::Uni(v) => crate::str::char_len(v),
        }
    }

    fn is_bytes(self) -> bool {
        matches!(self, Subject::Bytes(..))
    }

    /// Run one attempt with the right string driver.
    pub(crate) fn attempt(
        self,
        st: &mut State,
        code: &[u32],
        pos: usize,
        endpos: usize,
        mode: i64,
        must_advance: bool,
    ) -> bool {
        match self {
            Subject::Ascii(b) | Subject::Bytes(b) => {
                attempt(st, b, code, pos, endpos, mode, must_advance)
            }
            Subject::Uni(v) => attempt(st, PyStr(v), code, pos, endpos, mode, must_advance),
        }
    }

    /// `attempt` in mode 0 (match), where `pos > endpos` runs as CPython
    /// does with its pointer past the end (see `Request::inverted`).
    pub(crate) fn attempt_inverted(
        self,
        st: &mut State,
        code: &[u32],
        pos: usize,
        endpos: usize,
    ) -> bool {
        if pos <= endpos {
            return self.attempt(st, code, pos, endpos, 0, false);
        }
        fn go<S: StrDrive>(st: &mut State, s: S, code: &[u32], pos: usize, endpos: usize) -> bool {
            let mut req = Request::new(s, pos, pos, code, false);
            req.inverted = true;
            req.inverted_empty = endpos == 0;
            st.cursor = string::StringCursor::default();
            st.reset(&req, req.start);
            st.py_match(&req)
        }
        match self {
            Subject::Ascii(b) | Subject::Bytes(b) => go(st, b, code, pos, endpos),
            Subject::Uni(v) => go(st, PyStr(v), code, pos, endpos),
        }
    }

    /// The slice `a..b` (code point indices) as a new str or bytes.
    pub(crate) fn slice(self, a: usize, b: usize) -> Value {
        match self {
            Subject::Ascii(t) => {
                crate::str::new_str(unsafe { std::str::from_utf8_unchecked(&t[a..b]) })
            }
            Subject::Uni(v) => crate::str::new_str(crate::str::substr(v, a, b)),
            Subject::Bytes(t) => crate::bytes::new_bytes(t[a..b].to_vec()),
        }
    }

    /// Append the slice `a..b` to a byte buffer (UTF-8 for str).
    fn push_slice(self, out: &mut Vec<u8>, a: usize, b: usize) {
        match self {
            Subject::Ascii(t) | Subject::Bytes(t) => out.extend_from_slice(&t[a..b]),
            Subject::Uni(v) => out.extend_from_slice(crate::str::substr(v, a, b).as_bytes()),
        }
    }

    /// The empty str or bytes.
    fn empty(self) -> Value {
        match self {
            Subject::Bytes(..) => crate::bytes::new_bytes(Vec::new()),
            _ => crate::str::new_str(""),
        }
    }
}

/// The text of group `g`, or `missing` when it did not participate.
fn group_value(st: &State, s: Subject, g: usize, missing: Value) -> Value {
    let (a, b) = span(st, g);
    if a < 0 {
        missing
    } else {
        s.slice(a as usize, b as usize)
    }
}

fn code_arg(v: Value) -> PyResult<std::borrow::Cow<'static, [u32]>> {
    if v.is_small() || v.kind() != Kind::Bytes {
        return Err(type_error("_sre: code must be packed bytes"));
    }
    Ok(code_words(crate::bytes::as_bytes(v)))
}

fn usize_arg(name: &str, v: Value) -> PyResult<usize> {
    Ok(int_arg(name, v)?.max(0) as usize)
}

/// The subject, checked against the pattern's kind (`isbytes`: True,
/// False, or None for a pattern built without source) with CPython's
/// messages.
fn checked_subject(s: Value, isbytes: Value) -> PyResult<Subject> {
    let subj = Subject::of(s)?;
    if subj.is_bytes() {
        if isbytes == crate::value::false_() {
            return Err(type_error(
                "cannot use a string pattern on a bytes-like object",
            ));
        }
    } else if isbytes == crate::value::true_() {
        return Err(type_error(
            "cannot use a bytes pattern on a string-like object",
        ));
    }
    Ok(subj)
}

/// `pos`/`endpos` clamped to `0..=len`, as CPython's `state_init`.
fn bounds(pos: Value, endpos: Value, len: usize) -> PyResult<(usize, usize)> {
    let clamp = |v: i64| v.clamp(0, len as i64) as usize;
    Ok((
        clamp(int_arg("pos", pos)?),
        clamp(int_arg("endpos", endpos)?),
    ))
}

/// `run(code, string, pos, endpos, mode, ngroups, pattern, isbytes)`: a
/// `re.Match` or None; `mode` 0 = match, 1 = fullmatch, 2 = search.
fn run(args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 8 {
        return Err(type_error("run() takes 8 arguments"));
    }
    let code = code_arg(args[0])?;
    let s = checked_subject(args[1], args[7])?;
    let (pos, endpos) = bounds(args[2], args[3], s.len())?;
    let mode = int_arg("mode", args[4])?;
    let ngroups = usize_arg("ngroups", args[5])?;
    if pos > endpos && mode != 0 {
        // CPython's search and fullmatch find nothing when pos > endpos.
        return Ok(none());
    }
    let found = with_state(|st| {
        let found = if mode == 0 {
            s.attempt_inverted(st, &code, pos, endpos)
        } else {
            s.attempt(st, &code, pos, endpos, mode, false)
        };
        if found {
            Some(match_parts(st, ngroups))
        } else {
            None
        }
    });
    Ok(match found {
        Some((lastindex, spans)) => {
            objects::new_match(args[6], args[1], pos, endpos, lastindex, spans)
        }
        None => none(),
    })
}

/// `scanner(code, string, pos, endpos, ngroups, pattern, isbytes)`: the
/// iterator of `finditer` (also `Pattern.scanner`).
fn scanner(args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 7 {
        return Err(type_error("scanner() takes 7 arguments"));
    }
    code_arg(args[0])?;
    let s = checked_subject(args[1], args[6])?;
    let (pos, endpos) = bounds(args[2], args[3], s.len())?;
    let ngroups = usize_arg("ngroups", args[4])?;
    Ok(objects::new_scanner(
        args[5], args[1], args[0], ngroups, pos, endpos,
    ))
}

/// `findall(code, string, pos, endpos, ngroups, isbytes)`: CPython's
/// `pattern_findall`.
fn findall(args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 6 {
        return Err(type_error("findall() takes 6 arguments"));
    }
    let code = code_arg(args[0])?;
    let s = checked_subject(args[1], args[5])?;
    let (mut pos, endpos) = bounds(args[2], args[3], s.len())?;
    let ngroups = usize_arg("ngroups", args[4])?;
    let empty = s.empty();
    let out = with_state(|st| {
        let mut out = Vec::new();
        let mut must_advance = false;
        while pos <= endpos {
            if !s.attempt(st, &code, pos, endpos, 2, must_advance) {
                break;
            }
            let (b, e) = (st.start, st.cursor.position);
            let item = match ngroups {
                0 => s.slice(b, e),
                1 => group_value(st, s, 1, empty),
                _ => crate::tuple::new_tuple(
                    (1..=ngroups)
                        .map(|g| group_value(st, s, g, empty))
                        .collect(),
                ),
            };
            out.push(item);
            must_advance = e == b;
            pos = e;
        }
        out
    });
    Ok(crate::list::new_list(out))
}

/// `split(code, string, maxsplit, ngroups, isbytes)`: CPython's
/// `pattern_split`.
fn split(args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 5 {
        return Err(type_error("split() takes 5 arguments"));
    }
    let code = code_arg(args[0])?;
    let s = checked_subject(args[1], args[4])?;
    let maxsplit = int_arg("maxsplit", args[2])?;
    let ngroups = usize_arg("ngroups", args[3])?;
    let n = s.len();
    let out = with_state(|st| {
        let mut out = Vec::new();
        let mut count = 0i64;
        let mut last = 0;
        let mut pos = 0;
        let mut must_advance = false;
        while maxsplit == 0 || count < maxsplit {
            if !s.attempt(st, &code, pos, n, 2, must_advance) {
                break;
            }
            let (b, e) = (st.start, st.cursor.position);
            out.push(s.slice(last, b));
            for g in 1..=ngroups {
                out.push(group_value(st, s, g, none()));
            }
            count += 1;
            must_advance = e == b;
            last = e;
            pos = e;
        }
        out.push(s.slice(last, n));
        out
    });
    Ok(crate::list::new_list(out))
}

/// One piece of a `sub` result.
enum Piece {
    /// A slice of the subject.
    Span(usize, usize),
    /// A replacement value (checked to be str/bytes when joined).
    Val(Value),
}

/// A parsed replacement template: literal values and group references.
enum TPiece {
    Lit(Value),
    Group(usize),
}

/// `sub(code, string, count, ngroups, kind, repl, pattern)`: CPython's
/// `pattern_subx`. `kind` 0: `repl` is a literal; 1: `repl` is a parsed
/// template `(groups, literals)` (re._parser.parse_template); 2: `repl`
/// is called with each match. Returns `(result, n)`.
fn sub(args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 7 {
        return Err(type_error("sub() takes 7 arguments"));
    }
    let code = code_arg(args[0])?;
    let s = Subject::of(args[1])?;
    // The subject was checked against the pattern by Pattern._subx.
    let count = int_arg("count", args[2])?;
    let ngroups = usize_arg("ngroups", args[3])?;
    let kind = int_arg("kind", args[4])?;
    let repl = args[5];
    let pattern = args[6];
    let template = if kind == 1 {
        Some(parse_template_value(repl)?)
    } else {
        None
    };
    let n = s.len();
    let mut pieces: Vec<Piece> = Vec::new();
    let mut i = 0;
    let mut num = 0i64;
    let mut pos = 0;
    let mut must_advance = false;
    while count == 0 || num < count {
        // The state is taken afresh per match: a callback may itself use re.
        let hit = with_state(|st| {
            if !s.attempt(st, &code, pos, n, 2, must_advance) {
                return None;
            }
            let (b, e) = (st.start, st.cursor.position);
            let item = match &template {
                Some(t) => {
                    let mut buf = Vec::new();
                    for p in t {
                        match p {
                            TPiece::Lit(v) => buf.push(Piece::Val(*v)),
                            TPiece::Group(g) => {
                                let (a, z) = span(st, *g);
                                if a >= 0 {
                                    buf.push(Piece::Span(a as usize, z as usize));
                                }
                            }
                        }
                    }
                    Some(buf)
                }
                None => None,
            };
            let r = if kind == 2 {
                Some(match_parts(st, ngroups))
            } else {
                None
            };
            Some((b, e, item, r))
        });
        let Some((b, e, expanded, r)) = hit else {
            break;
        };
        if i < b {
            pieces.push(Piece::Span(i, b));
        }
        match kind {
            0 => pieces.push(Piece::Val(repl)),
            1 => {
                // The expansion is joined first, as CPython's
                // expand_template returns one string per match.
                let mut buf = Vec::new();
                for p in expanded.unwrap_or_default() {
                    match p {
                        Piece::Span(a, z) => s.push_slice(&mut buf, a, z),
                        Piece::Val(v) => push_value(s, &mut buf, v, 0)?,
                    }
                }
                pieces.push(Piece::Val(make_result(s, buf)));
            }
            _ => {
                let (lastindex, spans) = r.unwrap_or_default();
                let m = objects::new_match(pattern, args[1], 0, n, lastindex, spans);
                let item = crate::func::call(repl, &[m], Kw::NONE)?;
                if !item.is_none() {
                    pieces.push(Piece::Val(item));
                }
            }
        }
        i = e;
        num += 1;
        must_advance = e == b;
        pos = e;
    }
    if i < n {
        pieces.push(Piece::Span(i, n));
    }
    let mut buf = Vec::new();
    for (k, p) in pieces.into_iter().enumerate() {
        match p {
            Piece::Span(a, z) => s.push_slice(&mut buf, a, z),
            Piece::Val(v) => push_value(s, &mut buf, v, k)?,
        }
    }
    Ok(crate::tuple::new_tuple(vec![
        make_result(s, buf),
        crate::int::new_int(num),
    ]))
}

/// Append a replacement value, with the join's error for a wrong type.
fn push_value(s: Subject, buf: &mut Vec<u8>, v: Value, k: usize) -> PyResult<()> {
    if s.is_bytes() {
        match crate::bytes::bytes_like(v) {
            Some(b) => buf.extend_from_slice(b),
            None => {
                return Err(type_error(format!(
                    "sequence item {k}: expected a bytes-like object, {} found",
                    v.ty().name()
                )))
            }
        }
    } else if crate::str::is_str(v) {
        buf.extend_from_slice(crate::str::as_str(v).as_bytes());
    } else {
        return Err(type_error(format!(
            "sequence item {k}: expected str instance, {} found",
            v.ty().name()
        )));
    }
    Ok(())
}

fn make_result(s: Subject, buf: Vec<u8>) -> Value {
    if s.is_bytes() {
        crate::bytes::new_bytes(buf)
    } else {
        // SAFETY: built only from str contents.
        crate::str::from_string(unsafe { String::from_utf8_unchecked(buf) })
    }
}

/// `(groups, literals)` from re._parser.parse_template: literals holds
/// None where group `g` of a `(index, g)` pair goes.
fn parse_template_value(t: Value) -> PyResult<Vec<TPiece>> {
    let bad = || type_error("_sre.sub: bad template");
    if t.is_small() || t.kind() != Kind::Tuple {
        return Err(bad());
    }
    let parts = crate::tuple::items(t);
    if parts.len() != 2 {
        return Err(bad());
    }
    let seq = |v: Value| -> PyResult<&'static [Value]> {
        if v.is_small() {
            return Err(bad());
        }
        match v.kind() {
            Kind::List => Ok(crate::list::items(v)),
            Kind::Tuple => Ok(crate::tuple::items(v)),
            _ => Err(bad()),
        }
    };
    let groups = seq(parts[0])?;
    let literals = seq(parts[1])?;
    let mut slots: Vec<Option<usize>> = vec![None; literals.len()];
    for &pair in groups {
        let p = seq(pair)?;
        if p.len() != 2 {
            return Err(bad());
        }
        let idx = usize_arg("index", p[0])?;
        let g = usize_arg("group", p[1])?;
        if idx < slots.len() {
            slots[idx] = Some(g);
        }
    }
    let mut out = Vec::with_capacity(literals.len());
    for (k, &lit) in literals.iter().enumerate() {
        match slots[k] {
            Some(g) => out.push(TPiece::Group(g)),
            None if lit.is_none() => {}
            None => out.push(TPiece::Lit(lit)),
        }
    }
    Ok(out)
}

static FUNCS: &[(&str, NativeFn)] = &[
    ("getcodesize", getcodesize),
    ("ascii_iscased", ascii_iscased),
    ("unicode_iscased", unicode_iscased),
    ("ascii_tolower", ascii_tolower),
    ("unicode_tolower", unicode_tolower),
    ("pack", pack),
    ("run", run),
    ("scanner", scanner),
    ("findall", findall),
    ("split", split),
    ("sub", sub),
];

pub fn init(d: Value) -> PyResult<()> {
    let set = |k: &str, v: Value| crate::dict::dict_set(d, crate::str::intern(k), v);
    set("__name__", crate::str::new_str("_sre"))?;
    set("MAGIC", crate::int::new_int(constants::SRE_MAGIC as i64))?;
    set("CODESIZE", crate::int::new_int(4))?;
    set("MAXREPEAT", crate::int::new_int(MAXREPEAT as i64))?;
    set("MAXGROUPS", crate::int::new_int(MAXGROUPS as i64))?;
    objects::MATCH_TYPE.module.set("re");
    objects::SCANNER_TYPE.module.set("_sre");
    set("Match", Value::from_ptr(&objects::MATCH_TYPE))?;
    set("SRE_Scanner", Value::from_ptr(&objects::SCANNER_TYPE))?;
    for (name, f) in FUNCS {
        set(name, crate::func::new_builtin(name, *f, Value::NULL))?;
    }
    Ok(())
}
