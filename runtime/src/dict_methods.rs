//! `dict` behaviour beyond the hash table: the constructor and `update`
//! protocol (mappings, iterables of pairs, keyword arguments, with
//! CPython's error messages), repr, equality, `|`/`|=`, and the methods.

use crate::dict::{
    dict_get, dict_get_hashed, dict_len, dict_pop_hashed, dict_set, dict_set_hashed, key_hash,
    new_dict, table, DICT_TYPE,
};
use crate::exc::{type_error, value_error, PyResult};
use crate::object::{Kind, Kw, MethodTable, TypeObject};
use crate::sequtil;
use crate::value::{bool_, none, not_implemented, Value};
use pyaot_ir::{BinOp, CmpOp};

pub static DICT_METHODS: MethodTable = crate::method_table!(crate::dict::DICT_SLOTS; [
    ("__class_getitem__", crate::extra_methods::class_getitem),
    ("keys", |a, k| view(a, k, "keys", crate::dict_views::ViewKind::Keys)),
    ("values", |a, k| view(a, k, "values", crate::dict_views::ViewKind::Values)),
    ("items", |a, k| view(a, k, "items", crate::dict_views::ViewKind::Items)),
    ("get", dict_get_m),
    ("setdefault", dict_setdefault),
    ("pop", dict_pop),
    ("popitem", dict_popitem),
    ("update", dict_update_m),
    ("clear", dict_clear_m),
    ("copy", dict_copy_m),
    ("fromkeys", dict_fromkeys),
    ("__init__", dict_init),
    ("__reversed__", |a, _| {
        Ok(crate::dict_views::new_dict_reviter(a[0], crate::dict_views::ViewKind::Keys))
    }),
]; [repr, eq, ne, or, ror, ior, len, getitem, setitem, delitem, contains, iter]);

fn view(args: &[Value], kw: Kw, name: &str, kind: crate::dict_views::ViewKind) -> PyResult<Value> {
    crate::builtins::no_kw(name, kw)?;
    if args.len() != 1 {
        return Err(type_error(format!(
            "dict.{name}() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(crate::dict_views::new_view(args[0], kind))
}

#[inline]
fn is_dict(v: Value) -> bool {
    !v.is_small() && v.kind() == Kind::Dict
}

/// `dict(...)`. For a user subclass with its own `__init__` the object
/// starts empty and that `__init__` (through `dict.__init__`) fills it.
pub fn dict_new(ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = crate::dict::new_dict_of(ty);
    if !sequtil::has_user_init(ty) {
        update_common(d, args, kw, "dict")?;
    }
    Ok(d)
}

fn dict_init(args: &[Value], kw: Kw) -> PyResult<Value> {
    update_common(args[0], &args[1..], kw, "dict")?;
    Ok(none())
}

/// The shared body of `dict(...)`, `dict.__init__` and `dict.update`.
fn update_common(d: Value, args: &[Value], kw: Kw, name: &str) -> PyResult<()> {
    let args = sequtil::pos_args(args, kw);
    if args.len() > 1 {
        return Err(type_error(format!(
            "{name} expected at most 1 argument, got {}",
            args.len()
        )));
    }
    if let Some(&arg) = args.first() {
        update_arg(d, arg)?;
    }
    for (i, k) in kw.names.iter().enumerate() {
        dict_set(d, *k, kw.vals[i])?;
    }
    Ok(())
}

/// CPython's `dict_update_arg`: a dict, anything with `keys()`, or an
/// iterable of key/value pairs.
pub fn update_arg(d: Value, arg: Value) -> PyResult<()> {
    if is_dict(arg) && !sequtil::user_defines(arg, "keys") {
        return merge(d, arg);
    }
    let has_keys = crate::ops::getattr_opt(arg, crate::str::new_str("keys"))?;
    if let Some(keys) = has_keys {
        let ks = crate::func::call(keys, &[], Kw::NONE)?;
        let it = crate::ops::iter(ks)?;
        while let Some(k) = crate::ops::next(it)? {
            let v = crate::ops::getitem(arg, k)?;
            dict_set(d, k, v)?;
        }
        return Ok(());
    }
    merge_from_seq2(d, arg)
}

/// Merge dict `other` into `d` (later keys win), reusing stored hashes.
pub fn merge(d: Value, other: Value) -> PyResult<()> {
    if d.is(other) {
        return Ok(());
    }
    let mut i = 0;
    loop {
        let t = table(other);
        let Some(e) = t.entries.get(i).copied() else {
            break;
        };
        i += 1;
        if e.key.is_null() {
            continue;
        }
        let n = t.used;
        dict_set_hashed(d, e.key, e.hash, e.value)?;
        if table(other).used != n {
            return Err(crate::exc::runtime_error("dict mutated during update"));
        }
    }
    Ok(())
}

/// `dict_merge_from_seq2`: an iterable of 2-item iterables.
fn merge_from_seq2(d: Value, seq: Value) -> PyResult<()> {
    let it = crate::ops::iter(seq)?;
    let mut n = 0usize;
    while let Some(item) = crate::ops::next(it)? {
        let pair = match item.kind() {
            Kind::Tuple if !item.is_small() => crate::tuple::items(item).to_vec(),
            Kind::List if !item.is_small() => crate::list::items(item).to_vec(),
            _ => {
                let t = item.ty();
                if item.is_small() || (t.slots.iter.is_none() && t.slots.getitem.is_none()) {
                    return Err(type_error(format!(
                        "cannot convert dictionary update sequence element #{n} to a sequence"
                    )));
                }
                crate::ops::collect(item)?
            }
        };
        if pair.len() != 2 {
            return Err(value_error(format!(
                "dictionary update sequence element #{n} has length {}; 2 is required",
                pair.len()
            )));
        }
        dict_set(d, pair[0], pair[1])?;
        n += 1;
    }
    Ok(())
}

/// A shallow copy as an exact dict.
pub fn copy(d: Value) -> PyResult<Value> {
    let out = new_dict();
    merge(out, d)?;
    Ok(out)
}

pub fn dict_repr(d: Value) -> PyResult<Value> {
    if dict_len(d) == 0 {
        return Ok(crate::str::new_str("{}"));
    }
    let Some(_g) = sequtil::ReprGuard::enter(d) else {
        return Ok(crate::str::new_str("{...}"));
    };
    let mut s = String::from("{");
    let mut i = 0;
    let mut first = true;
    loop {
        let Some(e) = table(d).entries.get(i).copied() else {
            break;
        };
        i += 1;
        if e.key.is_null() {
            continue;
        }
        if !first {
            s.push_str(", ");
        }
        first = false;
        s.push_str(crate::str::as_str(crate::ops::repr(e.key)?));
        s.push_str(": ");
        s.push_str(crate::str::as_str(crate::ops::repr(e.value)?));
    }
    s.push('}');
    Ok(crate::str::from_string(s))
}

/// `a == b` for two dicts (CPython's `dict_equal`).
pub fn dict_equal(a: Value, b: Value) -> PyResult<bool> {
    if dict_len(a) != dict_len(b) {
        return Ok(false);
    }
    let _g = crate::abi::RecursionGuard::enter(" in comparison")?;
    let mut i = 0;
    loop {
        let Some(e) = table(a).entries.get(i).copied() else {
            break;
        };
        i += 1;
        if e.key.is_null() {
            continue;
        }
        match dict_get_hashed(b, e.key, e.hash)? {
            None => return Ok(false),
            Some(bv) => {
                if !crate::ops::eq(e.value, bv)? {
                    return Ok(false);
                }
            }
        }
    }
    Ok(true)
}

pub fn dict_richcmp(a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    if !is_dict(a) || !is_dict(b) {
        return Ok(not_implemented());
    }
    match op {
        CmpOp::Eq => Ok(bool_(dict_equal(a, b)?)),
        CmpOp::Ne => Ok(bool_(!dict_equal(a, b)?)),
        _ => Ok(not_implemented()),
    }
}

pub fn dict_binary(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if op != BinOp::BitOr || !is_dict(a) || !is_dict(b) {
        return Ok(not_implemented());
    }
    let out = copy(a)?;
    merge(out, b)?;
    Ok(out)
}

pub fn dict_inplace(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if op != BinOp::BitOr {
        return Ok(not_implemented());
    }
    update_arg(a, b)?;
    Ok(a)
}

fn dict_get_m(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("dict.get", kw)?;
    crate::builtins::arity("get", &args[1..], 1, 2)?;
    Ok(dict_get(args[0], args[1])?.unwrap_or_else(|| args.get(2).copied().unwrap_or_else(none)))
}

fn dict_setdefault(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("dict.setdefault", kw)?;
    crate::builtins::arity("setdefault", &args[1..], 1, 2)?;
    let (d, k) = (args[0], args[1]);
    let dflt = args.get(2).copied().unwrap_or_else(none);
    let h = key_hash(k)?;
    if let Some(v) = dict_get_hashed(d, k, h)? {
        return Ok(v);
    }
    dict_set_hashed(d, k, h, dflt)?;
    Ok(dflt)
}

fn dict_pop(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("dict.pop", kw)?;
    crate::builtins::arity("pop", &args[1..], 1, 2)?;
    let (d, k) = (args[0], args[1]);
    let h = key_hash(k)?;
    match dict_pop_hashed(d, k, h)? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(v) => Ok(*v),
            None => Err(crate::exc::key_error(k)),
        },
    }
}

fn dict_popitem(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("dict.popitem", kw)?;
    if args.len() != 1 {
        return Err(type_error(format!(
            "dict.popitem() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    let d = args[0];
    match table(d).pop_last(d) {
        Some((k, v)) => Ok(crate::tuple::new_tuple(vec![k, v])),
        None => Err(crate::exc::raise(
            &crate::exc::KEY_ERROR,
            "popitem(): dictionary is empty",
        )),
    }
}

fn dict_update_m(args: &[Value], kw: Kw) -> PyResult<Value> {
    update_common(args[0], &args[1..], kw, "update")?;
    Ok(none())
}

fn dict_clear_m(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("dict.clear", kw)?;
    if args.len() != 1 {
        return Err(type_error(format!(
            "dict.clear() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    crate::dict::dict_clear(args[0]);
    Ok(none())
}

fn dict_copy_m(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("dict.copy", kw)?;
    if args.len() != 1 {
        return Err(type_error(format!(
            "dict.copy() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    copy(args[0])
}

/// `dict.fromkeys(iterable, value=None)`. The method is bound to the type
/// (`typeobj::CLASS_LEVEL_METHODS`), so `args[0]` is the dict type, which
/// is skipped.
fn dict_fromkeys(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("dict.fromkeys", kw)?;
    let mut args = args;
    if let Some(first) = args.first() {
        if first.kind() == Kind::Type && first.cast::<TypeObject>().is_subtype(&DICT_TYPE) {
            args = &args[1..];
        }
    }
    crate::builtins::arity("fromkeys", args, 1, 2)?;
    let value = args.get(1).copied().unwrap_or_else(none);
    let d = new_dict();
    let src = args[0];
    if is_dict(src) {
        for e in crate::dict::dict_entries(src) {
            dict_set_hashed(d, e.key, e.hash, value)?;
        }
        return Ok(d);
    }
    let it = crate::ops::iter(src)?;
    while let Some(k) = crate::ops::next(it)? {
        dict_set(d, k, value)?;
    }
    Ok(d)
}
