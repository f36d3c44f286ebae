//! Iterator objects for builtin types — sequence iterators (`iterator`,
//! `list_iterator`, `list_reverseiterator`, `tuple_iterator`) — and the
//! lazy builtins `enumerate`, `zip` (with 3.10's `strict=`), `map`,
//! `filter` and `reversed`, as type objects with `new` slots and CPython's
//! names and error messages.
//!
//! A list iterator re-reads the list on every step, so it sees appends made
//! during iteration, as in CPython. Exhausted iterators drop their source
//! and stay exhausted.

use crate::exc::{type_error, PyResult};
use crate::object::{new_obj, Kind, Kw, MethodTable, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::Value;
use std::cell::Cell;

const fn iter_slots(next: fn(Value) -> PyResult<Option<Value>>) -> Slots {
    Slots {
        iter: Some(Ok),
        next: Some(next),
        ..Slots::EMPTY
    }
}

/// Iterates `obj[0]`, `obj[1]`, ... until IndexError (the old protocol).
#[repr(C)]
pub struct SeqIterObj {
    pub ob: Obj,
    pub seq: Cell<Value>,
    pub i: Cell<usize>,
}

pub static SEQ_ITER_TYPE: TypeObject = TypeObject::builtin(
    "iterator",
    Kind::Iter,
    &OBJECT_TYPE,
    ITER_METHODS,
    iter_slots(seq_next),
)
.final_();

pub fn new_seq_iter(seq: Value) -> Value {
    new_obj(SeqIterObj {
        ob: Obj { ty: &SEQ_ITER_TYPE },
        seq: Cell::new(seq),
        i: Cell::new(0),
    })
}

fn seq_next(v: Value) -> PyResult<Option<Value>> {
    let it = v.cast::<SeqIterObj>();
    let seq = it.seq.get();
    if seq.is_null() {
        return Ok(None);
    }
    let i = it.i.get();
    match crate::ops::getitem(seq, crate::int::new_int(i as i64)) {
        Ok(x) => {
            it.i.set(i + 1);
            Ok(Some(x))
        }
        Err(e) => {
            if crate::exc::pending_is(&crate::exc::INDEX_ERROR)
                || crate::exc::pending_is(&crate::exc::STOP_ITERATION)
            {
                crate::exc::take();
                it.seq.set(Value::NULL);
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

// ----- list and tuple iterators -----

/// A forward iterator over a list or tuple (also the reversed list
/// iterator, with `i` counting down).
#[repr(C)]
pub struct IndexIterObj {
    pub ob: Obj,
    /// NULL once exhausted.
    pub seq: Cell<Value>,
    pub i: Cell<isize>,
}

// Generated code steps list and tuple iterators inline (`codegen/frame.rs`).
const _: () = assert!(std::mem::offset_of!(IndexIterObj, seq) == 8);
const _: () = assert!(std::mem::offset_of!(IndexIterObj, i) == 16);

static LENGTH_HINT: MethodTable = &[
    ("__length_hint__", index_iter_length_hint),
    ("__next__", crate::sequtil::iter_next_method),
    ("__iter__", crate::sequtil::iter_self_method),
];
static ITER_METHODS: MethodTable = &[
    ("__next__", crate::sequtil::iter_next_method),
    ("__iter__", crate::sequtil::iter_self_method),
];

#[export_name = "pyaot_list_iter_type"]
pub static LIST_ITER_TYPE: TypeObject = TypeObject::builtin(
    "list_iterator",
    Kind::Iter,
    &OBJECT_TYPE,
    LENGTH_HINT,
    iter_slots(list_iter_next),
)
.final_();
pub static LIST_REVITER_TYPE: TypeObject = TypeObject::builtin(
    "list_reverseiterator",
    Kind::Iter,
    &OBJECT_TYPE,
    LENGTH_HINT,
    iter_slots(list_reviter_next),
)
.final_();
#[export_name = "pyaot_tuple_iter_type"]
pub static TUPLE_ITER_TYPE: TypeObject = TypeObject::builtin(
    "tuple_iterator",
    Kind::Iter,
    &OBJECT_TYPE,
    LENGTH_HINT,
    iter_slots(tuple_iter_next),
)
.final_();

pub fn new_list_iter(l: Value) -> Value {
    new_obj(IndexIterObj {
        ob: Obj {
            ty: &LIST_ITER_TYPE,
        },
        seq: Cell::new(l),
        i: Cell::new(0),
    })
}

pub fn new_list_reviter(l: Value) -> Value {
    let n = crate::list::items(l).len() as isize;
    new_obj(IndexIterObj {
        ob: Obj {
            ty: &LIST_REVITER_TYPE,
        },
        seq: Cell::new(l),
        i: Cell::new(n - 1),
    })
}

pub fn new_tuple_iter(t: Value) -> Value {
    new_obj(IndexIterObj {
        ob: Obj {
            ty: &TUPLE_ITER_TYPE,
        },
        seq: Cell::new(t),
        i: Cell::new(0),
    })
}

#[inline]
pub fn list_iter_next(v: Value) -> PyResult<Option<Value>> {
    let it = v.cast::<IndexIterObj>();
    let l = it.seq.get();
    if l.is_null() {
        return Ok(None);
    }
    let i = it.i.get();
    match crate::list::items(l).get(i as usize) {
        Some(x) => {
            it.i.set(i + 1);
            Ok(Some(*x))
        }
        None => {
            it.seq.set(Value::NULL);
            Ok(None)
        }
    }
}

fn list_reviter_next(v: Value) -> PyResult<Option<Value>> {
    let it = v.cast::<IndexIterObj>();
    let l = it.seq.get();
    if l.is_null() {
        return Ok(None);
    }
    let i = it.i.get();
    let items = crate::list::items(l);
    if i >= 0 && (i as usize) < items.len() {
        it.i.set(i - 1);
        return Ok(Some(items[i as usize]));
    }
    it.seq.set(Value::NULL);
    Ok(None)
}

#[inline]
fn tuple_iter_next(v: Value) -> PyResult<Option<Value>> {
    let it = v.cast::<IndexIterObj>();
    let t = it.seq.get();
    if t.is_null() {
        return Ok(None);
    }
    let i = it.i.get();
    match crate::tuple::items(t).get(i as usize) {
        Some(x) => {
            it.i.set(i + 1);
            Ok(Some(*x))
        }
        None => {
            it.seq.set(Value::NULL);
            Ok(None)
        }
    }
}

fn index_iter_length_hint(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let v = args[0];
    let it = v.cast::<IndexIterObj>();
    let s = it.seq.get();
    if s.is_null() {
        return Ok(crate::int::new_int(0));
    }
    let i = it.i.get();
    let n = if std::ptr::eq(v.ty(), &LIST_REVITER_TYPE) {
        if (i as usize) < crate::list::items(s).len() {
            i + 1
        } else {
            0
        }
    } else {
        let len = if s.kind() == Kind::List {
            crate::list::items(s).len()
        } else {
            crate::tuple::items(s).len()
        };
        (len as isize - i).max(0)
    };
    Ok(crate::int::new_int(n as i64))
}

// ----- enumerate -----

#[repr(C)]
pub struct EnumerateObj {
    pub ob: Obj,
    pub it: Value,
    /// The next index (an int object; usually a tagged small int).
    pub count: Cell<Value>,
}

pub static ENUMERATE_TYPE: TypeObject = TypeObject::builtin(
    "enumerate",
    Kind::Iter,
    &OBJECT_TYPE,
    ITER_METHODS,
    Slots {
        new: Some(enumerate_new),
        ..iter_slots(enumerate_next)
    },
);

fn enumerate_new(ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    let args = crate::sequtil::pos_args(args, kw);
    let mut iterable = args.first().copied();
    let mut start = args.get(1).copied();
    for (k, v) in kw.iter() {
        match k {
            "iterable" if iterable.is_none() => iterable = Some(v),
            "start" if start.is_none() => start = Some(v),
            "iterable" | "start" => {
                let pos = if k == "iterable" { 1 } else { 2 };
                return Err(type_error(format!(
                    "argument for enumerate() given by name ('{k}') and position ({pos})"
                )));
            }
            _ => {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for enumerate()"
                )))
            }
        }
    }
    if args.len() > 2 {
        return Err(type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            args.len() + kw.len()
        )));
    }
    let Some(iterable) = iterable else {
        return Err(type_error(
            "enumerate() missing required argument 'iterable'",
        ));
    };
    let count = match start {
        None => Value::from_small(0),
        Some(s) => {
            if s.is_small() {
                s
            } else if matches!(s.kind(), Kind::Int | Kind::Bool) {
                // Bools (and int subclasses) count as plain ints.
                match crate::int::as_i64(s) {
                    Some(i) => crate::int::new_int(i),
                    None => s,
                }
            } else if crate::sequtil::user_defines(s, "__index__") {
                crate::ops::call_method_str(s, "__index__", &[])?
            } else {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    s.ty().name()
                )));
            }
        }
    };
    let it = crate::ops::iter(iterable)?;
    Ok(new_obj(EnumerateObj {
        ob: Obj { ty },
        it,
        count: Cell::new(count),
    }))
}

fn enumerate_next(v: Value) -> PyResult<Option<Value>> {
    let e = v.cast::<EnumerateObj>();
    let Some(x) = crate::ops::next(e.it)? else {
        return Ok(None);
    };
    let c = e.count.get();
    let next = if c.is_small() && c.small() < crate::value::SMALL_MAX {
        Value::from_small(c.small() + 1)
    } else {
        crate::ops::binary(pyaot_ir::BinOp::Add, c, Value::from_small(1))?
    };
    e.count.set(next);
    Ok(Some(crate::tuple::new_tuple(vec![c, x])))
}

// ----- zip -----

#[repr(C)]
pub struct ZipObj {
    pub ob: Obj,
    pub its: Box<[Value]>,
    pub strict: bool,
    pub done: Cell<bool>,
}

pub static ZIP_TYPE: TypeObject = TypeObject::builtin(
    "zip",
    Kind::Iter,
    &OBJECT_TYPE,
    ITER_METHODS,
    Slots {
        new: Some(zip_new),
        ..iter_slots(zip_next)
    },
);

fn zip_new(ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    let args = crate::sequtil::pos_args(args, kw);
    let [strict] = crate::sequtil::kw_only("zip", kw, ["strict"])?;
    let strict = match strict {
        Some(s) => crate::ops::truthy(s)?,
        None => false,
    };
    let mut its = Vec::with_capacity(args.len());
    for a in args {
        its.push(crate::ops::iter(*a)?);
    }
    Ok(new_obj(ZipObj {
        ob: Obj { ty },
        its: its.into_boxed_slice(),
        strict,
        done: Cell::new(false),
    }))
}

fn zip_next(v: Value) -> PyResult<Option<Value>> {
    let z = v.cast::<ZipObj>();
    if z.its.is_empty() || z.done.get() {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(z.its.len());
    for (i, it) in z.its.iter().enumerate() {
        match crate::ops::next(*it)? {
            Some(x) => out.push(x),
            None => {
                z.done.set(true);
                if z.strict {
                    if i > 0 {
                        let plural = if i == 1 { " " } else { "s 1-" };
                        return Err(crate::exc::value_error(format!(
                            "zip() argument {} is shorter than argument{}{}",
                            i + 1,
                            plural,
                            i
                        )));
                    }
                    for (j, other) in z.its.iter().enumerate().skip(1) {
                        if crate::ops::next(*other)?.is_some() {
                            let plural = if j == 1 { " " } else { "s 1-" };
                            return Err(crate::exc::value_error(format!(
                                "zip() argument {} is longer than argument{}{}",
                                j + 1,
                                plural,
                                j
                            )));
                        }
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(crate::tuple::new_tuple(out)))
}

// ----- map -----

#[repr(C)]
pub struct MapObj {
    pub ob: Obj,
    pub func: Value,
    pub its: Box<[Value]>,
}

pub static MAP_TYPE: TypeObject = TypeObject::builtin(
    "map",
    Kind::Iter,
    &OBJECT_TYPE,
    ITER_METHODS,
    Slots {
        new: Some(map_new),
        ..iter_slots(map_next)
    },
);

fn map_new(ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    if std::ptr::eq(ty, &MAP_TYPE) {
        crate::builtins::no_kw("map", kw)?;
    }
    if args.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::with_capacity(args.len() - 1);
    for a in &args[1..] {
        its.push(crate::ops::iter(*a)?);
    }
    Ok(new_obj(MapObj {
        ob: Obj { ty },
        func: args[0],
        its: its.into_boxed_slice(),
    }))
}

fn map_next(v: Value) -> PyResult<Option<Value>> {
    let m = v.cast::<MapObj>();
    if m.its.len() == 1 {
        let Some(x) = crate::ops::next(m.its[0])? else {
            return Ok(None);
        };
        return crate::func::call(m.func, &[x], Kw::NONE).map(Some);
    }
    let mut args = Vec::with_capacity(m.its.len());
    for it in m.its.iter() {
        match crate::ops::next(*it)? {
            Some(x) => args.push(x),
            None => return Ok(None),
        }
    }
    crate::func::call(m.func, &args, Kw::NONE).map(Some)
}

// ----- filter -----

#[repr(C)]
pub struct FilterObj {
    pub ob: Obj,
    /// None or bool: test truthiness.
    pub func: Value,
    pub it: Value,
}

pub static FILTER_TYPE: TypeObject = TypeObject::builtin(
    "filter",
    Kind::Iter,
    &OBJECT_TYPE,
    ITER_METHODS,
    Slots {
        new: Some(filter_new),
        ..iter_slots(filter_next)
    },
);

fn filter_new(ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    if std::ptr::eq(ty, &FILTER_TYPE) {
        crate::builtins::no_kw("filter", kw)?;
    }
    crate::builtins::arity("filter", args, 2, 2)?;
    let it = crate::ops::iter(args[1])?;
    Ok(new_obj(FilterObj {
        ob: Obj { ty },
        func: args[0],
        it,
    }))
}

fn filter_next(v: Value) -> PyResult<Option<Value>> {
    let f = v.cast::<FilterObj>();
    let plain = f.func.is_none() || f.func.is(crate::object::BOOL_TYPE.as_value());
    while let Some(x) = crate::ops::next(f.it)? {
        let keep = if plain {
            crate::ops::truthy(x)?
        } else {
            crate::ops::truthy(crate::func::call(f.func, &[x], Kw::NONE)?)?
        };
        if keep {
            return Ok(Some(x));
        }
    }
    Ok(None)
}

// ----- reversed -----

/// `reversed(seq)` for sequences without a dedicated reverse iterator:
/// `seq[len-1]`, ..., `seq[0]`.
#[repr(C)]
pub struct ReversedObj {
    pub ob: Obj,
    /// NULL once exhausted.
    pub seq: Cell<Value>,
    pub i: Cell<i64>,
}

pub static REVERSED_TYPE: TypeObject = TypeObject::builtin(
    "reversed",
    Kind::Iter,
    &OBJECT_TYPE,
    &[
        ("__length_hint__", |a, _| {
            let r = a[0].cast::<ReversedObj>();
            let n = if r.seq.get().is_null() {
                0
            } else {
                r.i.get() + 1
            };
            Ok(crate::int::new_int(n))
        }),
        ("__next__", crate::sequtil::iter_next_method),
        ("__iter__", crate::sequtil::iter_self_method),
    ],
    Slots {
        new: Some(reversed_new),
        ..iter_slots(reversed_next)
    },
);

fn reversed_new(ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    if std::ptr::eq(ty, &REVERSED_TYPE) {
        crate::builtins::no_kw("reversed", kw)?;
    }
    crate::builtins::arity("reversed", args, 1, 1)?;
    let seq = args[0];
    if seq.is_small() {
        return Err(type_error("'int' object is not reversible"));
    }
    let t = seq.ty();
    let not_reversible = || type_error(format!("'{}' object is not reversible", t.name()));
    let is_seq = if t.heap {
        if let Some(f) = crate::typeobj::lookup(t, crate::str::new_str("__reversed__")) {
            if f.is_none() {
                return Err(not_reversible());
            }
            return crate::ops::call_method_str(seq, "__reversed__", &[]);
        }
        crate::typeobj::lookup(t, crate::str::new_str("__getitem__")).is_some()
            && !t.is_subtype(&crate::dict::DICT_TYPE)
    } else {
        match seq.kind() {
            Kind::List => return Ok(new_list_reviter(seq)),
            Kind::Range => return Ok(crate::range::range_reversed(seq)),
            Kind::Dict => {
                return Ok(crate::dict_views::new_dict_reviter(
                    seq,
                    crate::dict_views::ViewKind::Keys,
                ))
            }
            Kind::DictView => return crate::ops::call_method_str(seq, "__reversed__", &[]),
            _ => {}
        }
        t.slots.getitem.is_some() && seq.kind() != Kind::Dict
    };
    if !is_seq {
        return Err(not_reversible());
    }
    let n = crate::ops::len(seq)? as i64;
    Ok(new_obj(ReversedObj {
        ob: Obj { ty },
        seq: Cell::new(seq),
        i: Cell::new(n - 1),
    }))
}

fn reversed_next(v: Value) -> PyResult<Option<Value>> {
    let r = v.cast::<ReversedObj>();
    let seq = r.seq.get();
    if seq.is_null() {
        return Ok(None);
    }
    let i = r.i.get();
    if i >= 0 {
        match crate::ops::getitem(seq, crate::int::new_int(i)) {
            Ok(x) => {
                r.i.set(i - 1);
                return Ok(Some(x));
            }
            Err(e) => {
                if !(crate::exc::pending_is(&crate::exc::INDEX_ERROR)
                    || crate::exc::pending_is(&crate::exc::STOP_ITERATION))
                {
                    return Err(e);
                }
                crate::exc::take();
            }
        }
    }
    r.seq.set(Value::NULL);
    r.i.set(-1);
    Ok(None)
}

/// The lazy iterator types, for the builtins namespace.
pub fn builtin_types() -> Vec<&'static TypeObject> {
    vec![
        &ENUMERATE_TYPE,
        &ZIP_TYPE,
        &MAP_TYPE,
        &FILTER_TYPE,
        &REVERSED_TYPE,
    ]
}
