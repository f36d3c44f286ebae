//! `slice` objects and index normalisation for sequences.

use crate::object::{new_obj, Kind, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::Value;

#[repr(C)]
pub struct SliceObj {
    pub ob: Obj,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub const SLICE_SLOTS: Slots = Slots::EMPTY;
pub static SLICE_TYPE: TypeObject =
    TypeObject::builtin("slice", Kind::Slice, &OBJECT_TYPE, &[], SLICE_SLOTS).final_().unhashable();

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    new_obj(SliceObj { ob: Obj { ty: &SLICE_TYPE }, start, stop, step })
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
                    format!("cannot fit 'int' into an index-sized integer"),
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
        _ => Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// CPython's `PySlice_GetIndicesEx`: (start, stop, step, length) for a
/// sequence of length `len`.
pub fn indices(s: Value, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let so = s.cast::<SliceObj>();
    let step = slice_part(so.step)?.unwrap_or(1);
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
