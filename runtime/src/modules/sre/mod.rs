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
fn code_words(b: &'static [u8]) -> std::borrow::Cow<'static, [u32]> {
    if (b.as_ptr() as usize) % 4 == 0 {
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

/// Run one match attempt; `mode` 0 = match, 1 = fullmatch, 2 = search.
fn run_on<S: StrDrive>(
    s: S,
    code: &[u32],
    pos: usize,
    endpos: usize,
    mode: i64,
    must_advance: bool,
    ngroups: usize,
) -> Value {
    let mut req = Request::new(s, pos, endpos, code, mode == 1);
    req.must_advance = must_advance;
    let mut state = State::default();
    let found = if mode == 2 {
        state.search(req)
    } else {
        state.py_match(&req)
    };
    if !found {
        return none();
    }
    let mut out = Vec::with_capacity(3 + 2 * ngroups);
    let li = state.marks.last_index();
    out.push(if li < 0 {
        none()
    } else {
        crate::int::new_int(li as i64)
    });
    out.push(crate::int::new_int(state.start as i64));
    out.push(crate::int::new_int(state.cursor.position as i64));
    for g in 0..ngroups {
        let (a, b) = state.marks.get(g);
        if a.is_some() && b.is_some() && a.unpack() <= b.unpack() {
            out.push(crate::int::new_int(a.unpack() as i64));
            out.push(crate::int::new_int(b.unpack() as i64));
        } else {
            out.push(crate::int::new_int(-1));
            out.push(crate::int::new_int(-1));
        }
    }
    crate::tuple::new_tuple(out)
}

/// `run(code, string, pos, endpos, mode, must_advance, ngroups)`: None, or
/// a tuple `(lastindex, start, end, g1start, g1end, ...)` with -1 for the
/// bounds of groups that did not participate. `pos`/`endpos` must already
/// be clamped to the string.
fn run(args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 7 {
        return Err(type_error("run() takes 7 arguments"));
    }
    let code_v = args[0];
    if code_v.is_small() || code_v.kind() != Kind::Bytes {
        return Err(type_error("run(): code must be packed bytes"));
    }
    let code = code_words(crate::bytes::as_bytes(code_v));
    let pos = int_arg("pos", args[2])?.max(0) as usize;
    let endpos = int_arg("endpos", args[3])?.max(0) as usize;
    let mode = int_arg("mode", args[4])?;
    let must_advance = crate::ops::truthy(args[5])?;
    let ngroups = int_arg("ngroups", args[6])?.max(0) as usize;
    let s = args[1];
    if crate::str::is_str(s) {
        let text = crate::str::as_str(s);
        if text.len() == crate::str::char_len(s) {
            return Ok(run_on(
                text.as_bytes(),
                &code,
                pos,
                endpos,
                mode,
                must_advance,
                ngroups,
            ));
        }
        return Ok(run_on(
            PyStr(s),
            &code,
            pos,
            endpos,
            mode,
            must_advance,
            ngroups,
        ));
    }
    if let Some(b) = crate::bytes::bytes_like(s) {
        return Ok(run_on(b, &code, pos, endpos, mode, must_advance, ngroups));
    }
    Err(type_error(format!(
        "expected string or bytes-like object, got '{}'",
        s.ty().name()
    )))
}

static FUNCS: &[(&str, NativeFn)] = &[
    ("getcodesize", getcodesize),
    ("ascii_iscased", ascii_iscased),
    ("unicode_iscased", unicode_iscased),
    ("ascii_tolower", ascii_tolower),
    ("unicode_tolower", unicode_tolower),
    ("pack", pack),
    ("run", run),
];

pub fn init(d: Value) -> PyResult<()> {
    let set = |k: &str, v: Value| crate::dict::dict_set(d, crate::str::intern(k), v);
    set("__name__", crate::str::new_str("_sre"))?;
    set(
        "MAGIC",
        crate::int::new_int(constants::SRE_MAGIC as i64),
    )?;
    set("CODESIZE", crate::int::new_int(4))?;
    set("MAXREPEAT", crate::int::new_int(MAXREPEAT as i64))?;
    set("MAXGROUPS", crate::int::new_int(MAXGROUPS as i64))?;
    for (name, f) in FUNCS {
        set(name, crate::func::new_builtin(name, *f, Value::NULL))?;
    }
    Ok(())
}
