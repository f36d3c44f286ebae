//! `slice` objects (constructor, repr, attributes, comparison,
//! `indices()`) and index normalisation for sequences (`index_value`,
//! `norm_index`, `indices` = CPython's `PySlice_GetIndicesEx`).

use crate::object::{new_obj, Kind, Kw, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::{none, not_implemented, Value};
use pyaot_ir::CmpOp;

#[repr(C)]
pub struct SliceObj {
    pub ob: Obj,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub const SLICE_SLOTS: Slots = Slots {
    repr: Some(slice_repr),
    richcmp: Some(slice_richcmp),
    getattr: Some(slice_getattr),
    new: Some(slice_new),
    ..Slots::EMPTY
};
pub static SLICE_TYPE: TypeObject = TypeObject::builtin(
    "slice",
    Kind::Slice,
    &OBJECT_TYPE,
    &[("indices", slice_indices)],
    SLICE_SLOTS,
)
.final_()
.unhashable();

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    new_obj(SliceObj {
        ob: Obj { ty: &SLICE_TYPE },
        start,
        stop,
        step,
    })
}

fn slice_new(_ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("slice", kw)?;
    match args.len() {
        0 => Err(type_error("slice expected at least 1 argument, got 0")),
        1 => Ok(new_slice(none(), args[0], none())),
        2 => Ok(new_slice(args[0], args[1], none())),
        3 => Ok(new_slice(args[0], args[1], args[2])),
        n => Err(type_error(format!(
            "slice expected at most 3 arguments, got {n}"
        ))),
    }
}

fn slice_repr(v: Value) -> PyResult<Value> {
    let s = v.cast::<SliceObj>();
    Ok(crate::str::from_string(format!(
        "slice({}, {}, {})",
        crate::ops::repr_string(s.start)?,
        crate::ops::repr_string(s.stop)?,
        crate::ops::repr_string(s.step)?
    )))
}

fn slice_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let s = v.cast::<SliceObj>();
    Ok(match name {
        "start" => Some(s.start),
        "stop" => Some(s.stop),
        "step" => Some(s.step),
        _ => None,
    })
}

/// Slices compare like the tuples (start, stop, step).
fn slice_richcmp(a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    if a.is_small() || b.is_small() || a.kind() != Kind::Slice || b.kind() != Kind::Slice {
        return Ok(not_implemented());
    }
    let t = |v: Value| {
        let s = v.cast::<SliceObj>();
        crate::tuple::new_tuple(vec![s.start, s.stop, s.step])
    };
    crate::ops::richcmp(t(a), t(b), op)
}

/// `slice.indices(length)`.
fn slice_indices(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("slice.indices", kw)?;
    crate::builtins::arity("slice.indices", &args[1..], 1, 1)?;
    let n = crate::sequtil::index_of(args[1])?;
    if n < 0 {
        return Err(crate::exc::value_error("length should not be negative"));
    }
    let (start, stop, step, _) = indices(args[0], n as usize)?;
    Ok(crate::tuple::new_tuple(vec![
        crate::int::new_int(start),
        crate::int::new_int(stop),
        crate::int::new_int(step),
    ]))
}

use crate::exc::{type_error, PyResult};

/// Convert an index operand to i64 (ints, bools and `__index__`), with
/// CPython's message for the sequence type `what` ("list", "tuple", ...).
pub fn index_value(v: Value, what: &str) -> PyResult<i64> {
    if v.is_small() {
        return Ok(v.small());
    }
    match crate::int::as_i64(v) {
        Some(i) => Ok(i),
        None => {
            if v.kind() == Kind::Int {
                return Err(crate::exc::raise(
                    &crate::exc::INDEX_ERROR,
                    "cannot fit 'int' into an index-sized integer".to_string(),
                ));
            }
            Err(type_error(format!(
                "{what} indices must be integers or slices, not {}",
                v.ty().name()
            )))
        }
    }
}

/// Normalise `i` for a sequence of length `len`; `None` if out of range.
#[inline]
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        None
    } else {
        Some(j as usize)
    }
}

fn slice_part(v: Value) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    if v.is_small() {
        return Ok(Some(v.small()));
    }
    match v.kind() {
        Kind::Bool | Kind::Int => {
            // Clamp huge ints as CPython does.
            match crate::int::as_i64(v) {
                Some(i) => Ok(Some(i)),
                None => {
                    let neg = crate::ops::lt(v, Value::from_small(0))?;
                    Ok(Some(if neg { i64::MIN / 2 } else { i64::MAX / 2 }))
                }
            }
        }
        _ => match crate::sequtil::as_index(v) {
            Ok(Some(i)) => Ok(Some(i)),
            Ok(None) => Err(type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
            Err(e) => {
                if crate::exc::pending_is(&crate::exc::OVERFLOW_ERROR) {
                    crate::exc::take();
                    return Err(crate::exc::not_supported(
                        "huge slice indices from __index__",
                    ));
                }
                Err(e)
            }
        },
    }
}

/// CPython's `PySlice_GetIndicesEx`: (start, stop, step, length) for a
/// sequence of length `len`.
pub fn indices(s: Value, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let so = s.cast::<SliceObj>();
    // Clamp as CPython does (the step's magnitude is at most PY_SSIZE_T_MAX).
    let step = slice_part(so.step)?.unwrap_or(1).max(-i64::MAX);
    if step == 0 {
        return Err(crate::exc::value_error("slice step cannot be zero"));
    }
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut i) => {
                if i < 0 {
                    i += len;
                    if i < lower {
                        i = lower;
                    }
                } else if i > upper {
                    i = upper;
                }
                i
            }
        }
    };
    let start = fix(slice_part(so.start)?, if step < 0 { upper } else { lower });
    let stop = fix(slice_part(so.stop)?, if step < 0 { lower } else { upper });
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, n as usize))
}
