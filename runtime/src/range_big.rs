//! `range` objects whose bounds or length do not fit in i64 (CPython's
//! "long" ranges), computed with big ints. `range.rs` dispatches here when
//! a range carries a [`BigRange`]; iteration uses `longrange_iterator`.

use crate::exc::{index_error, type_error, PyResult};
use crate::object::{new_obj, Kind, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cell::UnsafeCell;

pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}

/// Number of values of range(start, stop, step), step != 0.
pub fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, st) = if step.is_positive() {
        (start.clone(), stop.clone(), step.clone())
    } else {
        (stop.clone(), start.clone(), -step.clone())
    };
    if lo >= hi {
        return BigInt::zero();
    }
    (hi - lo - BigInt::one()) / st + BigInt::one()
}

impl BigRange {
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> BigRange {
        let len = big_len(&start, &stop, &step);
        BigRange {
            start,
            stop,
            step,
            len,
        }
    }

    /// The i-th value (0 <= i < len).
    pub fn item(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }

    pub fn contains_int(&self, x: &BigInt) -> bool {
        if self.len.is_zero() {
            return false;
        }
        let inside = if self.step.is_positive() {
            &self.start <= x && x < &self.stop
        } else {
            &self.stop < x && x <= &self.start
        };
        inside && (x - &self.start).mod_floor(&self.step.abs()).is_zero()
    }

    /// Index of `x` if present.
    pub fn index_of(&self, x: &BigInt) -> Option<BigInt> {
        if self.contains_int(x) {
            Some((x - &self.start) / &self.step)
        } else {
            None
        }
    }

    pub fn repr(&self) -> String {
        if self.step.is_one() {
            format!("range({}, {})", self.start, self.stop)
        } else {
            format!("range({}, {}, {})", self.start, self.stop, self.step)
        }
    }

    /// `len()`: CPython raises OverflowError beyond ssize_t.
    pub fn len_usize(&self) -> PyResult<usize> {
        match self.len.to_i64() {
            Some(n) => Ok(n as usize),
            None => Err(crate::exc::overflow_error(
                "Python int too large to convert to C ssize_t",
            )),
        }
    }

    /// `r[key]` for an int key.
    pub fn getitem_int(&self, key: Value) -> PyResult<Value> {
        let Some(mut i) = crate::int::to_bigint(crate::int::index(key).map_err(|e| {
            if crate::exc::pending_is(&crate::exc::TYPE_ERROR) {
                crate::exc::take();
                type_error(format!(
                    "range indices must be integers or slices, not {}",
                    key.ty().name()
                ))
            } else {
                e
            }
        })?) else {
            return Err(type_error("range indices must be integers or slices"));
        };
        if i.is_negative() {
            i += &self.len;
        }
        if i.is_negative() || i >= self.len {
            return Err(index_error("range object index out of range"));
        }
        Ok(crate::int::from_bigint(self.item(&i)))
    }

    pub fn equal(&self, o: &BigRange) -> bool {
        if self.len != o.len {
            return false;
        }
        if self.len.is_zero() {
            return true;
        }
        if self.start != o.start {
            return false;
        }
        self.len.is_one() || self.step == o.step
    }
}

/// Any range's bounds as big ints (for mixed comparisons).
pub fn as_big(o: &crate::range::RangeObj) -> BigRange {
    match &o.big {
        Some(b) => BigRange {
            start: b.start.clone(),
            stop: b.stop.clone(),
            step: b.step.clone(),
            len: b.len.clone(),
        },
        None => BigRange {
            start: BigInt::from(o.start),
            stop: BigInt::from(o.stop),
            step: BigInt::from(o.step),
            len: BigInt::from(o.len),
        },
    }
}

// ----- iterator -----

pub struct LongIterState {
    pub next: BigInt,
    pub step: BigInt,
    pub left: BigInt,
}

#[repr(C)]
pub struct LongRangeIterObj {
    pub ob: Obj,
    pub st: UnsafeCell<LongIterState>,
}

pub static LONGRANGE_ITER_TYPE: TypeObject = TypeObject::builtin(
    "longrange_iterator",
    Kind::Iter,
    &OBJECT_TYPE,
    &[
        ("__next__", crate::sequtil::iter_next_method),
        ("__iter__", crate::sequtil::iter_self_method),
    ],
    Slots {
        iter: Some(Ok),
        next: Some(longrange_next),
        ..Slots::EMPTY
    },
)
.final_();

pub fn new_long_iter(next: BigInt, step: BigInt, left: BigInt) -> Value {
    new_obj(LongRangeIterObj {
        ob: Obj {
            ty: &LONGRANGE_ITER_TYPE,
        },
        st: UnsafeCell::new(LongIterState { next, step, left }),
    })
}

fn longrange_next(v: Value) -> PyResult<Option<Value>> {
    let st = unsafe { &mut *v.cast::<LongRangeIterObj>().st.get() };
    if !st.left.is_positive() {
        return Ok(None);
    }
    let x = st.next.clone();
    st.left -= 1;
    st.next += &st.step;
    Ok(Some(crate::int::from_bigint(x)))
}

/// Iterator over a big range, forward or reversed.
pub fn iter(b: &BigRange, reverse: bool) -> Value {
    if reverse {
        if b.len.is_zero() {
            return new_long_iter(BigInt::zero(), BigInt::one(), BigInt::zero());
        }
        let last = &b.start + (&b.len - 1) * &b.step;
        new_long_iter(last, -b.step.clone(), b.len.clone())
    } else {
        new_long_iter(b.start.clone(), b.step.clone(), b.len.clone())
    }
}

/// CPython's `_PySlice_GetLongIndices`: (start, stop, step) of slice `s`
/// for a sequence of big length `len`.
pub fn slice_indices(s: Value, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let so = s.cast::<crate::slice::SliceObj>();
    let part = |v: Value| -> PyResult<Option<BigInt>> {
        if v.is_none() {
            return Ok(None);
        }
        match crate::int::index(v) {
            Ok(i) => Ok(crate::int::to_bigint(i)),
            Err(e) => {
                if crate::exc::pending_is(&crate::exc::TYPE_ERROR) {
                    crate::exc::take();
                    return Err(type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    ));
                }
                Err(e)
            }
        }
    };
    let step = part(so.step)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(crate::exc::value_error("slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (BigInt::from(-1), len - 1)
    } else {
        (BigInt::zero(), len.clone())
    };
    let fix = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        match v {
            None => default.clone(),
            Some(mut i) => {
                if i.is_negative() {
                    i += len;
                    if i < lower {
                        i = lower.clone();
                    }
                } else if i > upper {
                    i = upper.clone();
                }
                i
            }
        }
    };
    let start = fix(part(so.start)?, if neg { &upper } else { &lower });
    let stop = fix(part(so.stop)?, if neg { &lower } else { &upper });
    Ok((start, stop, step))
}
