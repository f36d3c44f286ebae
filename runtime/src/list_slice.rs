//! Fast paths for slicing exact lists with small-int (or absent) bounds:
//! `a[lo:hi:step]` and `a[lo:hi] = b` where `b` is an exact list or tuple.
//!
//! Guarantees: each function returns `None` (nothing done, no side effect)
//! unless every operand is in the exactly-handled form, in which case the
//! result is what CPython's `list_subscript` / `list_ass_slice` give. The
//! callers then take the general path, which owns every error message.
//! No transient slice object or copy of the source is made.

use crate::list::{items, items_mut, new_list, LIST_TYPE};
use crate::tuple::TUPLE_TYPE;
use crate::value::Value;

/// Is `v` an exact list?
#[inline]
fn exact_list(v: Value) -> bool {
    v.is_obj() && std::ptr::eq(v.ty(), &LIST_TYPE)
}

/// A slice part: `Some(None)` when absent (NULL or None), `Some(Some(i))`
/// for a small int, `None` for anything else.
#[inline]
fn part(v: Value) -> Option<Option<i64>> {
    if v.is_null() || v.is_none() {
        Some(None)
    } else if v.is_small() {
        Some(Some(v.small()))
    } else {
        None
    }
}

/// CPython's `PySlice_GetIndicesEx` for small-int parts: (start, step,
/// length). `None` for a zero step (the general path raises).
#[inline]
fn indices(lo: Value, hi: Value, step: Value, len: usize) -> Option<(i64, i64, usize)> {
    let (lo, hi, step) = (part(lo)?, part(hi)?, part(step)?);
    let step = step.unwrap_or(1);
    if step == 0 {
        return None;
    }
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(i) if i < 0 => (i + len).max(lower),
        Some(i) => i.min(upper),
    };
    let start = fix(lo, if step < 0 { upper } else { lower });
    let stop = fix(hi, if step < 0 { lower } else { upper });
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
    Some((start, step, n as usize))
}

/// `l[lo:hi:step]` for an exact list `l` and small-int or absent parts.
pub fn get(l: Value, lo: Value, hi: Value, step: Value) -> Option<Value> {
    if !exact_list(l) {
        return None;
    }
    let x = items(l);
    let (start, step, n) = indices(lo, hi, step, x.len())?;
    let mut out: Vec<Value> = Vec::with_capacity(n);
    if step == 1 {
        out.extend_from_slice(&x[start as usize..start as usize + n]);
    } else {
        // Every index start + k*step (k < n) is in 0..len by construction
        // of `indices`; the loop writes them without per-item checks.
        let src = x.as_ptr();
        let dst = out.as_mut_ptr();
        let mut i = start as isize;
        for k in 0..n {
            unsafe { *dst.add(k) = *src.offset(i) };
            i += step as isize;
        }
        unsafe { out.set_len(n) };
    }
    Some(new_list(out))
}

/// `l[lo:hi] = src` (step absent or 1) for an exact list `l`, an exact
/// list or tuple `src` other than `l`, and small-int or absent bounds.
/// Returns `Some(())` when done.
pub fn set(l: Value, lo: Value, hi: Value, step: Value, src: Value) -> Option<()> {
    if !exact_list(l) || src == l || !src.is_obj() {
        return None;
    }
    let new: &[Value] = if std::ptr::eq(src.ty(), &LIST_TYPE) {
        items(src)
    } else if std::ptr::eq(src.ty(), &TUPLE_TYPE) {
        crate::tuple::items(src)
    } else {
        return None;
    };
    if part(step)?.unwrap_or(1) != 1 {
        return None;
    }
    let x = items_mut(l);
    let (start, _, n) = indices(lo, hi, step, x.len())?;
    let (start, stop) = (start as usize, start as usize + n);
    if n == new.len() {
        x[start..stop].copy_from_slice(new);
    } else {
        x.splice(start..stop, new.iter().copied());
    }
    Some(())
}
