//! `sys.getsizeof(obj[, default])`: the sizes CPython 3.11 reports on
//! 64-bit Linux. Exact for int, bool, float, complex, None, str, bytes,
//! tuple, range, dict and set built by insertion (their table sizes are
//! simulated with CPython's growth rules), and for instances of classes
//! defining `__sizeof__` (its result plus CPython's 32-byte pre-header).
//! Lists report `56 + 8 * len` (CPython's over-allocation depends on
//! how the list was built); other objects report a typical CPython size.

use crate::exc::{type_error, PyResult};
use crate::object::{Kind, Kw};
use crate::value::Value;

fn int_size(v: Value) -> i64 {
    let bits = crate::int::to_bigint(v).map(|b| b.bits()).unwrap_or(0) as i64;
    let digits = ((bits + 29) / 30).max(1);
    24 + 4 * digits
}

fn str_size(s: &str) -> i64 {
    let n = s.chars().count() as i64;
    match s.chars().map(|c| c as u32).max().unwrap_or(0) {
        0..=0x7f => 49 + n,
        0x80..=0xff => 73 + n,
        0x100..=0xffff => 74 + 2 * n,
        _ => 76 + 4 * n,
    }
}

fn dict_size(n: usize, all_str: bool) -> i64 {
    if n == 0 {
        return 64;
    }
    let (mut size, mut usable) = (8usize, 5usize);
    for used in 0..n {
        if used == usable {
            size = (used * 3).next_power_of_two();
            usable = size * 2 / 3;
        }
    }
    let ix = if size <= 128 {
        1
    } else if size <= 1 << 16 {
        2
    } else {
        4
    };
    let entry = if all_str { 16 } else { 24 };
    (64 + 32 + size * ix + usable * entry) as i64
}

fn set_size(n: usize) -> i64 {
    let mut mask = 7usize;
    for i in 1..=n {
        if i * 5 >= mask * 3 {
            let minused = if i > 50000 { i * 2 } else { i * 4 };
            let mut newsize = 8;
            while newsize <= minused {
                newsize <<= 1;
            }
            mask = newsize - 1;
        }
    }
    if mask == 7 {
        216
    } else {
        216 + 16 * (mask as i64 + 1)
    }
}

pub(crate) fn size_of(v: Value) -> PyResult<i64> {
    Ok(match v.kind() {
        Kind::Bool => 28,
        Kind::Int => int_size(v),
        Kind::Float => 24,
        Kind::Complex => 32,
        Kind::NoneType => 16,
        Kind::Str => str_size(crate::str::as_str(v)),
        Kind::Bytes => 33 + crate::bytes::as_bytes(v).len() as i64,
        Kind::ByteArray => {
            let n = crate::bytes::as_bytes(v).len() as i64;
            if n == 0 {
                56
            } else {
                57 + n
            }
        }
        Kind::Tuple => 40 + 8 * crate::tuple::items(v).len() as i64,
        Kind::List => 56 + 8 * crate::list::items(v).len() as i64,
        Kind::Dict => {
            let keys = crate::dict::dict_keys(v);
            let all_str = keys.iter().all(|k| k.kind() == Kind::Str);
            dict_size(keys.len(), all_str)
        }
        Kind::Set | Kind::FrozenSet => set_size(crate::set::set_len(v)),
        Kind::Range => 48,
        Kind::Function => 152,
        Kind::Builtin => 72,
        Kind::Type => 1688,
        Kind::Iter | Kind::Generator => 48,
        _ => {
            if crate::typeobj::lookup_heap(v.ty(), "__sizeof__").is_some() {
                let r = crate::ops::call_method_str(v, "__sizeof__", &[])?;
                let n = crate::int::index_i64(r)?;
                if n < 0 {
                    return Err(crate::exc::value_error("__sizeof__() should return >= 0"));
                }
                return Ok(n + 32);
            }
            if v.kind() == Kind::Instance {
                56
            } else {
                16
            }
        }
    })
}

/// `sys.getsizeof(object[, default])`.
pub fn getsizeof(args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut obj = args.first().copied();
    for (k, v) in kw.iter() {
        if k == "default" {
            continue;
        }
        if k == "object" && obj.is_none() {
            obj = Some(v);
            continue;
        }
        return Err(type_error(format!(
            "getsizeof() got an unexpected keyword argument '{k}'"
        )));
    }
    let Some(obj) = obj else {
        return Err(type_error(
            "getsizeof() missing required argument 'object' (pos 1)",
        ));
    };
    Ok(crate::int::new_int(size_of(obj)?))
}
