//! Builtin functions on iterables: `min`, `max` (iterable or several
//! arguments, `key=`, `default=`), `sum` (CPython's int and float fast
//! paths, which are plain left-to-right addition), `sorted` (the same sort
//! as `list.sort`), `any` and `all`, with CPython's error messages.

use crate::exc::{type_error, PyResult};
use crate::object::{Kind, Kw, NativeFn};
use crate::value::{bool_, Value};
use pyaot_ir::{BinOp, CmpOp};

pub static FNS: &[(&str, NativeFn)] = &[
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("sorted", sorted),
    ("any", any),
    ("all", all),
];

fn min(args: &[Value], kw: Kw) -> PyResult<Value> {
    min_max(args, kw, "min", CmpOp::Lt)
}

fn max(args: &[Value], kw: Kw) -> PyResult<Value> {
    min_max(args, kw, "max", CmpOp::Gt)
}

/// CPython's `min_max`: the first item whose key beats all others under
/// `op` (ties keep the earliest).
fn min_max(args: &[Value], kw: Kw, name: &str, op: CmpOp) -> PyResult<Value> {
    let args = crate::sequtil::pos_args(args, kw);
    let [key, default] = crate::sequtil::kw_only(name, kw, ["key", "default"])?;
    let key = key.filter(|k| !k.is_none());
    if args.is_empty() {
        return Err(type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    }
    if args.len() > 1 && default.is_some() {
        return Err(type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let better = |item: Value, best: Value| -> PyResult<bool> {
        if item.is_small() && best.is_small() {
            return Ok(if op == CmpOp::Lt {
                item.small() < best.small()
            } else {
                item.small() > best.small()
            });
        }
        crate::ops::truthy(crate::ops::richcmp(item, best, op)?)
    };
    let mut best: Option<(Value, Value)> = None; // (key, item)
    let mut consider = |x: Value| -> PyResult<()> {
        let k = match key {
            Some(f) => crate::func::call(f, &[x], Kw::NONE)?,
            None => x,
        };
        match best {
            None => best = Some((k, x)),
            Some((bk, _)) => {
                if better(k, bk)? {
                    best = Some((k, x));
                }
            }
        }
        Ok(())
    };
    if args.len() > 1 {
        for x in args {
            consider(*x)?;
        }
    } else {
        let src = args[0];
        if !src.is_small() && src.kind() == Kind::List && !src.ty().heap {
            let mut i = 0;
            while let Some(x) = crate::list::items(src).get(i).copied() {
                consider(x)?;
                i += 1;
            }
        } else {
            let it = crate::ops::iter(src)?;
            while let Some(x) = crate::ops::next(it)? {
                consider(x)?;
            }
        }
    }
    match best {
        Some((_, x)) => Ok(x),
        None => match default {
            Some(d) => Ok(d),
            None => Err(crate::exc::value_error(format!(
                "{name}() arg is an empty sequence"
            ))),
        },
    }
}

#[inline]
fn is_exact_float(v: Value) -> bool {
    !v.is_small() && std::ptr::eq(v.ty(), &crate::float::FLOAT_TYPE)
}

/// `sum(iterable, /, start=0)`.
fn sum(args: &[Value], kw: Kw) -> PyResult<Value> {
    let args = crate::sequtil::pos_args(args, kw);
    let mut start = None;
    for (k, v) in kw.iter() {
        if k == "start" && args.len() < 2 {
            start = Some(v);
        } else if k == "start" {
            return Err(type_error(
                "argument for sum() given by name ('start') and position (2)",
            ));
        } else {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for sum()"
            )));
        }
    }
    if args.is_empty() || args.len() > 2 {
        let n = args.len() + kw.len();
        if args.is_empty() {
            return Err(type_error(format!(
                "sum() takes at least 1 positional argument ({n} given)"
            )));
        }
        return Err(type_error(format!(
            "sum() takes at most 2 arguments ({n} given)"
        )));
    }
    let start = start
        .or(args.get(1).copied())
        .unwrap_or(Value::from_small(0));
    if !start.is_small() {
        match start.kind() {
            Kind::Str => {
                return Err(type_error(
                    "sum() can't sum strings [use ''.join(seq) instead]",
                ))
            }
            Kind::Bytes => {
                return Err(type_error(
                    "sum() can't sum bytes [use b''.join(seq) instead]",
                ))
            }
            Kind::ByteArray => {
                return Err(type_error(
                    "sum() can't sum bytearray [use b''.join(seq) instead]",
                ))
            }
            _ => {}
        }
    }
    let it = crate::ops::iter(args[0])?;
    let mut acc = start;
    // Int fast path: accumulate in an i64 while items are small ints.
    if acc.is_small() {
        let mut i = acc.small();
        loop {
            let Some(x) = crate::ops::next(it)? else {
                return Ok(crate::int::new_int(i));
            };
            if x.is_small() {
                if let Some(s) = i.checked_add(x.small()) {
                    i = s;
                    continue;
                }
            } else if x.kind() == Kind::Bool {
                if let Some(s) = i.checked_add(crate::int::as_i64(x).unwrap_or(0)) {
                    i = s;
                    continue;
                }
            }
            acc = crate::ops::binary(BinOp::Add, crate::int::new_int(i), x)?;
            break;
        }
    }
    // Float fast path: plain double addition, ints converted exactly as
    // float + int would.
    if is_exact_float(acc) {
        let mut f = crate::float::float_val(acc);
        loop {
            let Some(x) = crate::ops::next(it)? else {
                return Ok(crate::float::new_float(f));
            };
            if is_exact_float(x) {
                f += crate::float::float_val(x);
                continue;
            }
            if x.is_small() {
                f += x.small() as f64;
                continue;
            }
            if x.kind() == Kind::Bool {
                f += crate::int::as_i64(x).unwrap_or(0) as f64;
                continue;
            }
            acc = crate::ops::binary(BinOp::Add, crate::float::new_float(f), x)?;
            break;
        }
    }
    while let Some(x) = crate::ops::next(it)? {
        acc = crate::ops::binary(BinOp::Add, acc, x)?;
    }
    Ok(acc)
}

/// `sorted(iterable, /, *, key=None, reverse=False)`.
fn sorted(args: &[Value], kw: Kw) -> PyResult<Value> {
    let args = crate::sequtil::pos_args(args, kw);
    if args.len() != 1 {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            args.len()
        )));
    }
    let [key, reverse] = crate::sequtil::kw_only("sort", kw, ["key", "reverse"])?;
    let reverse = match reverse {
        Some(r) => crate::sequtil::index_of(r)? != 0,
        None => false,
    };
    let l = crate::list::new_list(crate::ops::collect(args[0])?);
    crate::list_sort::sort_list(l, key.filter(|k| !k.is_none()), reverse)?;
    Ok(l)
}

fn any(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("any", kw)?;
    crate::builtins::arity("any", args, 1, 1)?;
    let it = crate::ops::iter(args[0])?;
    while let Some(x) = crate::ops::next(it)? {
        if crate::ops::truthy(x)? {
            return Ok(bool_(true));
        }
    }
    Ok(bool_(false))
}

fn all(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("all", kw)?;
    crate::builtins::arity("all", args, 1, 1)?;
    let it = crate::ops::iter(args[0])?;
    while let Some(x) = crate::ops::next(it)? {
        if !crate::ops::truthy(x)? {
            return Ok(bool_(false));
        }
    }
    Ok(bool_(true))
}
