//! `range` objects and their iterators.
//!
//! Ranges hold i64 bounds with a precomputed length; ranges whose bounds or
//! length do not fit in i64 carry a big-int description instead
//! (`range_big.rs`), so they work as in CPython, only slower. Iteration (`range_iterator`) is allocation-free per step for
//! values in the tagged small-int range. Membership of ints is O(1);
//! slicing returns a range; equality follows CPython (same sequence of
//! values), as does hashing.

use crate::exc::{type_error, value_error, PyResult};
use crate::object::{new_obj, Kind, Kw, MethodTable, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::sequtil;
use crate::value::{bool_, none, not_implemented, Value};
use num_bigint::BigInt;
use pyaot_ir::CmpOp;
use std::cell::Cell;

#[repr(C)]
pub struct RangeObj {
    pub ob: Obj,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: i64,
    /// Set for ranges beyond i64 (then the fields above are unused).
    pub big: Option<Box<crate::range_big::BigRange>>,
}

pub static RANGE_METHODS: MethodTable = crate::method_table!(RANGE_SLOTS; [
    ("__bool__", crate::extra_methods::range_bool),
    ("count", range_count),
    ("index", range_index),
    ("__reversed__", |a, _| Ok(range_reversed(a[0]))),
]; [repr, hash, eq, ne, len, getitem, contains, iter]);
pub const RANGE_SLOTS: Slots = Slots {
    repr: Some(range_repr),
    hash: Some(range_hash),
    richcmp: Some(range_richcmp),
    truthy: Some(|v| {
        let o = r(v);
        Ok(match &o.big {
            Some(b) => !num_traits::Zero::is_zero(&b.len),
            None => o.len != 0,
        })
    }),
    len: Some(range_len),
    getitem: Some(range_getitem),
    contains: Some(range_contains),
    iter: Some(|v| {
        let o = r(v);
        Ok(match &o.big {
            Some(b) => crate::range_big::iter(b, false),
            None => new_range_iter(o.start, o.step, o.len),
        })
    }),
    getattr: Some(range_getattr),
    new: Some(range_new),
    ..Slots::EMPTY
};
pub static RANGE_TYPE: TypeObject = TypeObject::builtin(
    "range",
    Kind::Range,
    &OBJECT_TYPE,
    RANGE_METHODS,
    RANGE_SLOTS,
)
.final_();

#[inline]
fn r(v: Value) -> &'static RangeObj {
    v.cast::<RangeObj>()
}

/// Number of values in range(start, stop, step) (step != 0), if it fits.
fn compute_len(start: i64, stop: i64, step: i64) -> Option<i64> {
    let (lo, hi, st) = if step > 0 {
        (start as i128, stop as i128, step as i128)
    } else {
        (stop as i128, start as i128, -(step as i128))
    };
    if lo >= hi {
        return Some(0);
    }
    let n = (hi - lo - 1) / st + 1;
    i64::try_from(n).ok()
}

/// A range object (a big-int range if its length does not fit in i64).
pub fn new_range(start: i64, stop: i64, step: i64) -> PyResult<Value> {
    match compute_len(start, stop, step) {
        Some(len) => Ok(new_obj(RangeObj {
            ob: Obj { ty: &RANGE_TYPE },
            start,
            stop,
            step,
            len,
            big: None,
        })),
        None => Ok(new_big_range(
            BigInt::from(start),
            BigInt::from(stop),
            BigInt::from(step),
        )),
    }
}

/// A range from big-int bounds (stored compactly when everything fits).
pub fn new_big_range(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    use num_traits::ToPrimitive;
    if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
        if let Some(len) = compute_len(a, b, c) {
            return new_obj(RangeObj {
                ob: Obj { ty: &RANGE_TYPE },
                start: a,
                stop: b,
                step: c,
                len,
                big: None,
            });
        }
    }
    let big = crate::range_big::BigRange::new(start, stop, step);
    new_obj(RangeObj {
        ob: Obj { ty: &RANGE_TYPE },
        start: 0,
        stop: 0,
        step: 1,
        len: 0,
        big: Some(Box::new(big)),
    })
}

/// A range bound: any int or `__index__` object.
fn bound(v: Value) -> PyResult<BigInt> {
    let i = crate::int::index(v)?;
    crate::int::to_bigint(i).ok_or_else(|| type_error("range() bound must be an integer"))
}

fn range_new(_ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("range", kw)?;
    // Fast path: small ints.
    match args {
        [stop] if stop.is_small() => return new_range(0, stop.small(), 1),
        [a, b] if a.is_small() && b.is_small() => return new_range(a.small(), b.small(), 1),
        [a, b, c] if a.is_small() && b.is_small() && c.is_small() && c.small() != 0 => {
            return new_range(a.small(), b.small(), c.small())
        }
        _ => {}
    }
    let (start, stop, step) = match args.len() {
        1 => (BigInt::from(0), bound(args[0])?, BigInt::from(1)),
        2 => (bound(args[0])?, bound(args[1])?, BigInt::from(1)),
        3 => {
            let (a, b, c) = (bound(args[0])?, bound(args[1])?, bound(args[2])?);
            if num_traits::Zero::is_zero(&c) {
                return Err(value_error("range() arg 3 must not be zero"));
            }
            (a, b, c)
        }
        0 => return Err(type_error("range expected at least 1 argument, got 0")),
        n => {
            return Err(type_error(format!(
                "range expected at most 3 arguments, got {n}"
            )))
        }
    };
    Ok(new_big_range(start, stop, step))
}

fn range_len(v: Value) -> PyResult<usize> {
    let o = r(v);
    match &o.big {
        Some(b) => b.len_usize(),
        None => Ok(o.len as usize),
    }
}

fn range_repr(v: Value) -> PyResult<Value> {
    let o = r(v);
    if let Some(b) = &o.big {
        return Ok(crate::str::from_string(b.repr()));
    }
    let s = if o.step == 1 {
        format!("range({}, {})", o.start, o.stop)
    } else {
        format!("range({}, {}, {})", o.start, o.stop, o.step)
    };
    Ok(crate::str::from_string(s))
}

fn range_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let o = r(v);
    if let Some(b) = &o.big {
        return Ok(match name {
            "start" => Some(crate::int::from_bigint(b.start.clone())),
            "stop" => Some(crate::int::from_bigint(b.stop.clone())),
            "step" => Some(crate::int::from_bigint(b.step.clone())),
            _ => None,
        });
    }
    Ok(match name {
        "start" => Some(crate::int::new_int(o.start)),
        "stop" => Some(crate::int::new_int(o.stop)),
        "step" => Some(crate::int::new_int(o.step)),
        _ => None,
    })
}

/// The i-th value (0 <= i < len), as an int object.
#[inline]
fn item(o: &RangeObj, i: i64) -> Value {
    // start + i*step lies between start and stop, so it fits in i64.
    crate::int::new_int(o.start.wrapping_add(i.wrapping_mul(o.step)))
}

pub fn range_getitem(v: Value, key: Value) -> PyResult<Value> {
    let o = r(v);
    if let Some(b) = &o.big {
        if !key.is_small() && key.kind() == Kind::Slice {
            let (s_start, s_stop, s_step) = crate::range_big::slice_indices(key, &b.len)?;
            let start = b.item(&s_start);
            let stop = b.item(&s_stop);
            let step = &b.step * s_step;
            return Ok(new_big_range(start, stop, step));
        }
        return b.getitem_int(key);
    }
    if !key.is_small() && key.kind() == Kind::Slice {
        let (s_start, s_stop, s_step, _n) = crate::slice::indices(key, o.len as usize)?;
        // CPython's compute_slice: map the slice's start and stop through
        // the range (stop as given by the normalised slice, not derived
        // from the length).
        let start = o.start as i128 + s_start as i128 * o.step as i128;
        let stop = o.start as i128 + s_stop as i128 * o.step as i128;
        let step = o.step as i128 * s_step as i128;
        return Ok(new_big_range(
            BigInt::from(start),
            BigInt::from(stop),
            BigInt::from(step),
        ));
    }
    let i = match sequtil::as_index(key) {
        Ok(Some(i)) => i,
        Ok(None) => {
            return Err(type_error(format!(
                "range indices must be integers or slices, not {}",
                key.ty().name()
            )))
        }
        Err(e) => {
            if crate::exc::pending_is(&crate::exc::OVERFLOW_ERROR) {
                crate::exc::take();
                return crate::range_big::as_big(o).getitem_int(key);
            }
            return Err(e);
        }
    };
    let j = if i < 0 { i.wrapping_add(o.len) } else { i };
    if j < 0 || j >= o.len {
        return Err(crate::exc::index_error("range object index out of range"));
    }
    Ok(item(o, j))
}

/// Is `x` (an i64) one of the range's values?
fn contains_i64(o: &RangeObj, x: i64) -> bool {
    if o.len == 0 {
        return false;
    }
    let (x, start, stop, step) = (x as i128, o.start as i128, o.stop as i128, o.step as i128);
    let inside = if step > 0 {
        start <= x && x < stop
    } else {
        stop < x && x <= start
    };
    inside && (x - start) % step == 0
}

fn is_exact_int(v: Value) -> bool {
    v.is_small() || matches!(v.kind(), Kind::Int | Kind::Bool) && !v.ty().heap
}

fn range_contains(v: Value, x: Value) -> PyResult<bool> {
    let o = r(v);
    if let Some(b) = &o.big {
        if is_exact_int(x) {
            return Ok(crate::int::to_bigint(x)
                .map(|i| b.contains_int(&i))
                .unwrap_or(false));
        }
        let it = crate::range_big::iter(b, false);
        while let Some(y) = crate::ops::next(it)? {
            if crate::ops::eq(y, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if is_exact_int(x) {
        return Ok(match crate::int::as_i64(x) {
            Some(i) => contains_i64(o, i),
            None => false,
        });
    }
    // Anything else: compare with each value (CPython's fallback).
    for i in 0..o.len {
        if crate::ops::eq(item(o, i), x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn range_count(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("range.count", kw)?;
    crate::builtins::arity("range.count", &args[1..], 1, 1)?;
    let (o, x) = (r(args[0]), args[1]);
    if is_exact_int(x) {
        return Ok(crate::int::new_int(range_contains(args[0], x)? as i64));
    }
    if o.big.is_some() {
        let mut n = 0;
        let it = crate::ops::iter(args[0])?;
        while let Some(y) = crate::ops::next(it)? {
            if crate::ops::eq(y, x)? {
                n += 1;
            }
        }
        return Ok(crate::int::new_int(n));
    }
    let mut n = 0;
    for i in 0..o.len {
        if crate::ops::eq(item(o, i), x)? {
            n += 1;
        }
    }
    Ok(crate::int::new_int(n))
}

fn range_index(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("range.index", kw)?;
    crate::builtins::arity("range.index", &args[1..], 1, 1)?;
    let (o, x) = (r(args[0]), args[1]);
    if o.big.is_some() || (is_exact_int(x) && crate::int::as_i64(x).is_none()) {
        let b = crate::range_big::as_big(o);
        if is_exact_int(x) {
            if let Some(i) = crate::int::to_bigint(x).and_then(|i| b.index_of(&i)) {
                return Ok(crate::int::from_bigint(i));
            }
        } else {
            let mut i = 0i64;
            let it = crate::ops::iter(args[0])?;
            while let Some(y) = crate::ops::next(it)? {
                if crate::ops::eq(y, x)? {
                    return Ok(crate::int::new_int(i));
                }
                i += 1;
            }
        }
        return Err(value_error(format!(
            "{} is not in range",
            crate::ops::repr_string(x)?
        )));
    }
    if is_exact_int(x) {
        if let Some(i) = crate::int::as_i64(x) {
            if contains_i64(o, i) {
                return Ok(crate::int::new_int(
                    ((i as i128 - o.start as i128) / o.step as i128) as i64,
                ));
            }
        }
    } else {
        for i in 0..o.len {
            if crate::ops::eq(item(o, i), x)? {
                return Ok(crate::int::new_int(i));
            }
        }
    }
    Err(value_error(format!(
        "{} is not in range",
        crate::ops::repr_string(x)?
    )))
}

/// Do two ranges produce the same values?
fn range_equal(a: &RangeObj, b: &RangeObj) -> bool {
    if a.len != b.len {
        return false;
    }
    if a.len == 0 {
        return true;
    }
    if a.start != b.start {
        return false;
    }
    a.len == 1 || a.step == b.step
}

fn range_richcmp(a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    if a.is_small() || b.is_small() || a.kind() != Kind::Range || b.kind() != Kind::Range {
        return Ok(not_implemented());
    }
    let eq = if r(a).big.is_some() || r(b).big.is_some() {
        crate::range_big::as_big(r(a)).equal(&crate::range_big::as_big(r(b)))
    } else {
        range_equal(r(a), r(b))
    };
    match op {
        CmpOp::Eq => Ok(bool_(eq)),
        CmpOp::Ne => Ok(bool_(!eq)),
        _ => Ok(not_implemented()),
    }
}

/// CPython's `range_hash`: hash((len, start, step)) with None for the
/// parts that do not affect equality.
fn range_hash(v: Value) -> PyResult<i64> {
    let o = r(v);
    if let Some(b) = &o.big {
        use crate::int::{hash_int, IntRef};
        let hn = crate::ops::hash(none())?;
        let hb = |x: &BigInt| hash_int(IntRef::Big(unsafe { &*(x as *const BigInt) }));
        let (h1, h2) = if num_traits::Zero::is_zero(&b.len) {
            (hn, hn)
        } else if num_traits::One::is_one(&b.len) {
            (hb(&b.start), hn)
        } else {
            (hb(&b.start), hb(&b.step))
        };
        return Ok(crate::tuple::hash_of_hashes(
            [hb(&b.len), h1, h2].into_iter(),
            3,
        ));
    }
    let hn = crate::ops::hash(none())?;
    let hlen = crate::int::hash_i64(o.len);
    let (h1, h2) = if o.len == 0 {
        (hn, hn)
    } else if o.len == 1 {
        (crate::int::hash_i64(o.start), hn)
    } else {
        (crate::int::hash_i64(o.start), crate::int::hash_i64(o.step))
    };
    Ok(crate::tuple::hash_of_hashes([hlen, h1, h2].into_iter(), 3))
}

/// `reversed(range)`.
pub fn range_reversed(v: Value) -> Value {
    let o = r(v);
    if let Some(b) = &o.big {
        return crate::range_big::iter(b, true);
    }
    if o.len == 0 {
        return new_range_iter(o.start, 1, 0);
    }
    let last = o.start.wrapping_add((o.len - 1).wrapping_mul(o.step));
    new_range_iter(last, o.step.wrapping_neg(), o.len)
}

// ----- iterator -----

#[repr(C)]
pub struct RangeIterObj {
    pub ob: Obj,
    pub next: Cell<i64>,
    pub step: i64,
    pub left: Cell<i64>,
}

// Generated code steps range iterators inline (`codegen/iter.rs`).
const _: () = assert!(std::mem::offset_of!(RangeIterObj, next) == 8);
const _: () = assert!(std::mem::offset_of!(RangeIterObj, step) == 16);
const _: () = assert!(std::mem::offset_of!(RangeIterObj, left) == 24);

#[export_name = "pyaot_range_iter_type"]
pub static RANGE_ITER_TYPE: TypeObject = TypeObject::builtin(
    "range_iterator",
    Kind::Iter,
    &OBJECT_TYPE,
    &[
        ("__length_hint__", |a, _| {
            Ok(crate::int::new_int(a[0].cast::<RangeIterObj>().left.get()))
        }),
        ("__next__", crate::sequtil::iter_next_method),
        ("__iter__", crate::sequtil::iter_self_method),
    ],
    Slots {
        iter: Some(Ok),
        next: Some(range_iter_next),
        ..Slots::EMPTY
    },
)
.final_();

pub fn new_range_iter(start: i64, step: i64, len: i64) -> Value {
    new_obj(RangeIterObj {
        ob: Obj {
            ty: &RANGE_ITER_TYPE,
        },
        next: Cell::new(start),
        step,
        left: Cell::new(len),
    })
}

/// One step of a range iterator; no allocation for small values.
#[inline]
pub fn range_iter_next(v: Value) -> PyResult<Option<Value>> {
    let it = v.cast::<RangeIterObj>();
    let left = it.left.get();
    if left <= 0 {
        return Ok(None);
    }
    let x = it.next.get();
    it.left.set(left - 1);
    it.next.set(x.wrapping_add(it.step));
    if Value::fits_small(x) {
        Ok(Some(Value::from_small(x)))
    } else {
        Ok(Some(crate::int::new_int(x)))
    }
}
