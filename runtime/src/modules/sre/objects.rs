//! `re.Match` and the scanner behind `Pattern.finditer`/`Pattern.scanner`,
//! native for speed, with CPython 3.11's behaviour (Modules/_sre/sre.c):
//! group lookup by number or name ("no such group"), defaults for
//! unmatched groups, `span`/`start`/`end` of -1, `lastgroup`, `regs`,
//! `expand` (through `re._expand`), and the repr
//! `<re.Match object; span=(0, 3), match='abc'>`.
//!
//! A match keeps the Python `Pattern` object it came from (`m.re`); group
//! names come from the pattern's `_groupindex` dict and `_indexgroup`
//! tuple.

use super::{code_words, Subject};
use crate::exc::{self, type_error, PyResult};
use crate::object::{new_obj, Kind, Kw, MethodTable, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::{none, Value};
use std::cell::Cell;

#[repr(C)]
pub struct MatchObj {
    pub ob: Obj,
    /// The Python `Pattern` object.
    pattern: Value,
    string: Value,
    pos: usize,
    endpos: usize,
    /// -1 when no group matched.
    lastindex: i64,
    /// (start, end) of group 0..=ngroups, -1 for unmatched groups.
    spans: Box<[i64]>,
}

static MATCH_METHODS: MethodTable = &[
    ("group", m_group),
    ("groups", m_groups),
    ("groupdict", m_groupdict),
    ("start", m_start),
    ("end", m_end),
    ("span", m_span),
    ("expand", m_expand),
    ("__copy__", m_copy),
    ("__deepcopy__", m_deepcopy),
];

pub static MATCH_TYPE: TypeObject = TypeObject::builtin(
    "Match",
    Kind::Native,
    &OBJECT_TYPE,
    MATCH_METHODS,
    Slots {
        repr: Some(match_repr),
        getitem: Some(match_getitem),
        getattr: Some(match_getattr),
        new: Some(|_, _, _| Err(type_error("cannot create 're.Match' instances"))),
        ..Slots::EMPTY
    },
)
.final_();

/// A new match object from the engine's spans.
pub fn new_match(
    pattern: Value,
    string: Value,
    pos: usize,
    endpos: usize,
    lastindex: i64,
    spans: Vec<i64>,
) -> Value {
    new_obj(MatchObj {
        ob: Obj { ty: &MATCH_TYPE },
        pattern,
        string,
        pos,
        endpos,
        lastindex,
        spans: spans.into_boxed_slice(),
    })
}

fn this(name: &str, args: &[Value]) -> PyResult<&'static MatchObj> {
    match args.first() {
        Some(v) if !v.is_small() && std::ptr::eq(v.ty(), &MATCH_TYPE) => Ok(v.cast::<MatchObj>()),
        _ => Err(type_error(format!(
            "descriptor '{name}' requires a 're.Match' object"
        ))),
    }
}

impl MatchObj {
    fn ngroups(&self) -> usize {
        self.spans.len() / 2 - 1
    }

    fn span_of(&self, g: usize) -> (i64, i64) {
        (self.spans[2 * g], self.spans[2 * g + 1])
    }

    /// CPython's `match_getindex`: an int in range, or a group name.
    fn index(&self, g: Value) -> PyResult<usize> {
        let i = if crate::int::is_int(g) {
            crate::int::as_i64(g).unwrap_or(-1)
        } else {
            let gi = crate::ops::getattr_str(self.pattern, "_groupindex")?;
            match crate::dict::dict_get(gi, g)? {
                Some(v) => crate::int::as_i64(v).unwrap_or(-1),
                None => -1,
            }
        };
        if i < 0 || i as usize > self.ngroups() {
            return Err(exc::raise(&exc::INDEX_ERROR, "no such group"));
        }
        Ok(i as usize)
    }

    /// The text of group `g`, or `default` when it did not participate.
    fn get(&self, g: usize, default: Value) -> PyResult<Value> {
        let (a, b) = self.span_of(g);
        if a < 0 {
            return Ok(default);
        }
        Ok(Subject::of(self.string)?.slice(a as usize, b as usize))
    }
}

fn m_group(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let m = this("group", args)?;
    match args.len() {
        1 => m.get(0, none()),
        2 => m.get(m.index(args[1])?, none()),
        _ => {
            let mut out = Vec::with_capacity(args.len() - 1);
            for &g in &args[1..] {
                out.push(m.get(m.index(g)?, none())?);
            }
            Ok(crate::tuple::new_tuple(out))
        }
    }
}

fn match_getitem(v: Value, g: Value) -> PyResult<Value> {
    let m = v.cast::<MatchObj>();
    m.get(m.index(g)?, none())
}

/// The `default` argument of `groups`/`groupdict`.
fn default_arg(name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut d = none();
    if args.len() > 2 || args.len() + kw.len() > 2 {
        return Err(type_error(format!(
            "{name}() takes at most 1 argument ({} given)",
            args.len() - 1 + kw.len()
        )));
    }
    if args.len() == 2 {
        d = args[1];
    }
    for (k, v) in kw.iter() {
        if k != "default" {
            return Err(type_error(format!(
                "{name}() got an unexpected keyword argument '{k}'"
            )));
        }
        d = v;
    }
    Ok(d)
}

fn m_groups(args: &[Value], kw: Kw) -> PyResult<Value> {
    let m = this("groups", args)?;
    let d = default_arg("groups", args, kw)?;
    let mut out = Vec::with_capacity(m.ngroups());
    for g in 1..=m.ngroups() {
        out.push(m.get(g, d)?);
    }
    Ok(crate::tuple::new_tuple(out))
}

fn m_groupdict(args: &[Value], kw: Kw) -> PyResult<Value> {
    let m = this("groupdict", args)?;
    let d = default_arg("groupdict", args, kw)?;
    let gi = crate::ops::getattr_str(m.pattern, "_groupindex")?;
    let out = crate::dict::new_dict();
    for (name, idx) in crate::dict::dict_items(gi) {
        let g = m.index(idx)?;
        crate::dict::dict_set(out, name, m.get(g, d)?)?;
    }
    Ok(out)
}

fn group_arg(name: &str, m: &MatchObj, args: &[Value]) -> PyResult<usize> {
    match args.len() {
        1 => Ok(0),
        2 => m.index(args[1]),
        n => Err(type_error(format!(
            "{name} expected at most 1 argument, got {}",
            n - 1
        ))),
    }
}

fn m_start(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let m = this("start", args)?;
    let g = group_arg("start", m, args)?;
    Ok(crate::int::new_int(m.span_of(g).0))
}

fn m_end(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let m = this("end", args)?;
    let g = group_arg("end", m, args)?;
    Ok(crate::int::new_int(m.span_of(g).1))
}

fn span_tuple(a: i64, b: i64) -> Value {
    crate::tuple::new_tuple(vec![crate::int::new_int(a), crate::int::new_int(b)])
}

fn m_span(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let m = this("span", args)?;
    let g = group_arg("span", m, args)?;
    let (a, b) = m.span_of(g);
    Ok(span_tuple(a, b))
}

fn m_expand(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let m = this("expand", args)?;
    if args.len() != 2 {
        return Err(type_error(format!(
            "expand() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let re = crate::dict::dict_get_str(crate::import::sys_modules(), crate::str::intern("re"))
        .ok_or_else(|| type_error("expand(): the re module is not loaded"))?;
    let f = crate::ops::getattr_str(re, "_expand")?;
    crate::func::call(f, &[m.pattern, args[0], args[1]], Kw::NONE)
}

fn m_copy(args: &[Value], _kw: Kw) -> PyResult<Value> {
    this("__copy__", args)?;
    Ok(args[0])
}

fn m_deepcopy(args: &[Value], _kw: Kw) -> PyResult<Value> {
    this("__deepcopy__", args)?;
    Ok(args[0])
}

fn match_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let m = v.cast::<MatchObj>();
    Ok(Some(match name {
        "string" => m.string,
        "re" => m.pattern,
        "pos" => crate::int::new_int(m.pos as i64),
        "endpos" => crate::int::new_int(m.endpos as i64),
        "lastindex" => {
            if m.lastindex < 0 {
                none()
            } else {
                crate::int::new_int(m.lastindex)
            }
        }
        "lastgroup" => {
            if m.lastindex < 0 {
                return Ok(Some(none()));
            }
            let ig = crate::ops::getattr_str(m.pattern, "_indexgroup")?;
            let items = if !ig.is_small() && ig.kind() == Kind::Tuple {
                crate::tuple::items(ig)
            } else {
                &[]
            };
            items
                .get(m.lastindex as usize)
                .copied()
                .unwrap_or_else(none)
        }
        "regs" => crate::tuple::new_tuple(
            (0..=m.ngroups())
                .map(|g| {
                    let (a, b) = m.span_of(g);
                    span_tuple(a, b)
                })
                .collect(),
        ),
        _ => return Ok(None),
    }))
}

fn match_repr(v: Value) -> PyResult<Value> {
    let m = v.cast::<MatchObj>();
    let g0 = m.get(0, none())?;
    let r = crate::ops::repr_string(g0)?;
    let short: String = r.chars().take(50).collect();
    let (a, b) = m.span_of(0);
    Ok(crate::str::from_string(format!(
        "<re.Match object; span=({a}, {b}), match={short}>"
    )))
}

// ---------------------------------------------------------------------
// The scanner.

#[repr(C)]
pub struct ScannerObj {
    pub ob: Obj,
    pattern: Value,
    string: Value,
    /// The packed code (a bytes object).
    code: Value,
    ngroups: usize,
    /// The `pos` the scanner was created with (every match's `m.pos`).
    start_pos: usize,
    pos: Cell<usize>,
    endpos: usize,
    must_advance: Cell<bool>,
    done: Cell<bool>,
}

static SCANNER_METHODS: MethodTable = &[("match", s_match), ("search", s_search)];

pub static SCANNER_TYPE: TypeObject = TypeObject::builtin(
    "SRE_Scanner",
    Kind::Native,
    &OBJECT_TYPE,
    SCANNER_METHODS,
    Slots {
        iter: Some(Ok),
        next: Some(scanner_next),
        getattr: Some(|v, name| {
            Ok(match name {
                "pattern" => Some(v.cast::<ScannerObj>().pattern),
                _ => None,
            })
        }),
        new: Some(|_, _, _| Err(type_error("cannot create '_sre.SRE_Scanner' instances"))),
        ..Slots::EMPTY
    },
)
.final_();

pub fn new_scanner(
    pattern: Value,
    string: Value,
    code: Value,
    ngroups: usize,
    pos: usize,
    endpos: usize,
) -> Value {
    new_obj(ScannerObj {
        ob: Obj { ty: &SCANNER_TYPE },
        pattern,
        string,
        code,
        ngroups,
        start_pos: pos,
        pos: Cell::new(pos),
        endpos,
        must_advance: Cell::new(false),
        // CPython's scanner finds nothing when pos > endpos.
        done: Cell::new(pos > endpos),
    })
}

/// CPython's `scanner_match`/`scanner_search`: the next match, or None
/// (and the scanner is exhausted).
fn scan(sc: &ScannerObj, mode: i64) -> PyResult<Option<Value>> {
    if sc.done.get() {
        return Ok(None);
    }
    let s = Subject::of(sc.string)?;
    let code = code_words(crate::bytes::as_bytes(sc.code));
    let found = super::with_state(|st| {
        if s.attempt(
            st,
            &code,
            sc.pos.get(),
            sc.endpos,
            mode,
            sc.must_advance.get(),
        ) {
            Some(super::match_parts(st, sc.ngroups))
        } else {
            None
        }
    });
    match found {
        None => {
            sc.done.set(true);
            Ok(None)
        }
        Some((lastindex, spans)) => {
            let (b, e) = (spans[0], spans[1]);
            sc.must_advance.set(e == b);
            sc.pos.set(e as usize);
            Ok(Some(new_match(
                sc.pattern,
                sc.string,
                sc.start_pos,
                sc.endpos,
                lastindex,
                spans,
            )))
        }
    }
}

fn scanner_this(name: &str, args: &[Value]) -> PyResult<&'static ScannerObj> {
    match args.first() {
        Some(v) if !v.is_small() && std::ptr::eq(v.ty(), &SCANNER_TYPE) => {
            Ok(v.cast::<ScannerObj>())
        }
        _ => Err(type_error(format!(
            "descriptor '{name}' requires a '_sre.SRE_Scanner' object"
        ))),
    }
}

fn s_match(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let sc = scanner_this("match", args)?;
    Ok(scan(sc, 0)?.unwrap_or_else(none))
}

fn s_search(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let sc = scanner_this("search", args)?;
    Ok(scan(sc, 2)?.unwrap_or_else(none))
}

fn scanner_next(v: Value) -> PyResult<Option<Value>> {
    scan(v.cast::<ScannerObj>(), 2)
}
