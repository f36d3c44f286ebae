//! The `set` and `frozenset` types: slots (repr, comparison, operators,
//! hashing, iteration), methods and constructors, built on the CPython-
//! exact table in `set.rs`.

use crate::exc::{type_error, PyResult};
use crate::object::{new_obj, Kind, Kw, MethodTable, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::sequtil;
use crate::set::{self as core, contains_key, discard_key, is_anyset, make_new, set_len, tab};
use crate::value::{bool_, none, not_implemented, Value};
use pyaot_ir::{BinOp, CmpOp};
use std::cell::Cell;

pub static SET_METHODS: MethodTable = crate::method_table!(SET_SLOTS; [
    ("__class_getitem__", crate::extra_methods::class_getitem),
    ("add", set_add_m),
    ("remove", set_remove),
    ("discard", set_discard),
    ("pop", set_pop),
    ("clear", set_clear),
    ("copy", set_copy_m),
    ("update", set_update_m),
    ("union", set_union),
    ("intersection", set_intersection_m),
    ("intersection_update", set_intersection_update),
    ("difference", set_difference_m),
    ("difference_update", set_difference_update_m),
    ("symmetric_difference", set_symdiff_m),
    ("symmetric_difference_update", set_symdiff_update_m),
    ("issubset", set_issubset_m),
    ("issuperset", set_issuperset_m),
    ("isdisjoint", set_isdisjoint),
    ("__init__", set_init),
]; [repr, eq, ne, lt, le, gt, ge, or, and, sub, xor, ror, rand, rsub, rxor, ior, iand, isub, ixor,
    len, contains, iter]);
pub static FROZENSET_METHODS: MethodTable = crate::method_table!(FROZENSET_SLOTS; [
    ("__class_getitem__", crate::extra_methods::class_getitem),
    ("copy", frozenset_copy),
    ("union", set_union),
    ("intersection", set_intersection_m),
    ("difference", set_difference_m),
    ("symmetric_difference", set_symdiff_m),
    ("issubset", set_issubset_m),
    ("issuperset", set_issuperset_m),
    ("isdisjoint", set_isdisjoint),
]; [repr, hash, eq, ne, lt, le, gt, ge, or, and, sub, xor, ror, rand, rsub, rxor, len, contains,
    iter]);

pub const SET_SLOTS: Slots = Slots {
    repr: Some(set_repr),
    richcmp: Some(set_richcmp),
    binary: Some(set_binary),
    inplace: Some(set_inplace),
    len: Some(|s| Ok(set_len(s))),
    contains: Some(contains_key),
    iter: Some(|s| Ok(new_set_iter(s))),
    new: Some(set_new),
    ..Slots::EMPTY
};
pub const FROZENSET_SLOTS: Slots = Slots {
    repr: Some(set_repr),
    hash: Some(core::frozenset_hash),
    richcmp: Some(set_richcmp),
    binary: Some(set_binary),
    len: Some(|s| Ok(set_len(s))),
    contains: Some(contains_key),
    iter: Some(|s| Ok(new_set_iter(s))),
    new: Some(frozenset_new),
    ..Slots::EMPTY
};

pub static SET_TYPE: TypeObject =
    TypeObject::builtin("set", Kind::Set, &OBJECT_TYPE, SET_METHODS, SET_SLOTS).unhashable();
pub static FROZENSET_TYPE: TypeObject = TypeObject::builtin(
    "frozenset",
    Kind::FrozenSet,
    &OBJECT_TYPE,
    FROZENSET_METHODS,
    FROZENSET_SLOTS,
);

fn set_new(ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = core::empty_of(ty);
    if !sequtil::has_user_init(ty) {
        init_common(s, args, kw)?;
    }
    Ok(s)
}

fn init_common(s: Value, args: &[Value], kw: Kw) -> PyResult<()> {
    crate::builtins::no_kw("set", kw)?;
    if args.len() > 1 {
        return Err(type_error(format!(
            "set expected at most 1 argument, got {}",
            args.len()
        )));
    }
    if tab(s).fill > 0 {
        core::clear(s);
    }
    tab(s).hash = -1;
    if let Some(&it) = args.first() {
        core::set_update(s, it)?;
    }
    Ok(())
}

fn set_init(args: &[Value], kw: Kw) -> PyResult<Value> {
    init_common(args[0], &args[1..], kw)?;
    Ok(none())
}

fn frozenset_new(ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    if std::ptr::eq(ty, &FROZENSET_TYPE) {
        crate::builtins::no_kw("frozenset", kw)?;
    }
    if args.len() > 1 {
        return Err(type_error(format!(
            "{} expected at most 1 argument, got {}",
            ty.name(),
            args.len()
        )));
    }
    let it = args.first().copied();
    if std::ptr::eq(ty, &FROZENSET_TYPE) {
        if let Some(x) = it {
            if !x.is_small() && std::ptr::eq(x.ty(), &FROZENSET_TYPE) {
                return Ok(x);
            }
        }
    }
    make_new(ty, it)
}

fn set_repr(s: Value) -> PyResult<Value> {
    let ty = s.ty();
    let name = ty.name();
    let Some(_g) = sequtil::ReprGuard::enter(s) else {
        return Ok(crate::str::from_string(format!("{name}(...)")));
    };
    if set_len(s) == 0 {
        return Ok(crate::str::from_string(format!("{name}()")));
    }
    let keys = core::keys(s);
    let mut body = String::new();
    sequtil::join_reprs(&keys, &mut body)?;
    if std::ptr::eq(ty, &SET_TYPE) {
        Ok(crate::str::from_string(format!("{{{body}}}")))
    } else {
        Ok(crate::str::from_string(format!("{name}({{{body}}})")))
    }
}

fn set_richcmp(a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(not_implemented());
    }
    let (la, lb) = (set_len(a), set_len(b));
    let r = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let eq = if la != lb {
                false
            } else {
                let (ha, hb) = (tab(a).hash, tab(b).hash);
                if ha != -1 && hb != -1 && ha != hb {
                    false
                } else {
                    core::issubset(a, b)?
                }
            };
            if op == CmpOp::Eq {
                eq
            } else {
                !eq
            }
        }
        CmpOp::Le => core::issubset(a, b)?,
        CmpOp::Ge => core::issuperset(a, b)?,
        CmpOp::Lt => la < lb && core::issubset(a, b)?,
        CmpOp::Gt => la > lb && core::issuperset(a, b)?,
        _ => return Ok(not_implemented()),
    };
    Ok(bool_(r))
}

fn set_binary(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(not_implemented());
    }
    match op {
        BinOp::BitOr => {
            let r = core::copy(a)?;
            if !a.is(b) {
                core::set_update(r, b)?;
            }
            Ok(r)
        }
        BinOp::BitAnd => core::intersection(a, b),
        BinOp::Sub => core::difference(a, b),
        BinOp::BitXor => core::symmetric_difference(a, b),
        _ => Ok(not_implemented()),
    }
}

fn set_inplace(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if !is_anyset(b) {
        return Ok(not_implemented());
    }
    match op {
        BinOp::BitOr => core::set_update(a, b)?,
        BinOp::BitAnd => {
            let tmp = core::intersection(a, b)?;
            core::swap_bodies(a, tmp);
        }
        BinOp::Sub => core::difference_update(a, b)?,
        BinOp::BitXor => core::symmetric_difference_update(a, b)?,
        _ => return Ok(not_implemented()),
    }
    Ok(a)
}

fn one_arg(name: &str, args: &[Value], kw: Kw) -> PyResult<()> {
    crate::builtins::no_kw(name, kw)?;
    crate::builtins::arity(name, &args[1..], 1, 1)
}

fn set_add_m(args: &[Value], kw: Kw) -> PyResult<Value> {
    one_arg("set.add", args, kw)?;
    core::set_add(args[0], args[1])?;
    Ok(none())
}

fn set_remove(args: &[Value], kw: Kw) -> PyResult<Value> {
    one_arg("set.remove", args, kw)?;
    if !discard_key(args[0], args[1])? {
        return Err(crate::exc::key_error(args[1]));
    }
    Ok(none())
}

fn set_discard(args: &[Value], kw: Kw) -> PyResult<Value> {
    one_arg("set.discard", args, kw)?;
    discard_key(args[0], args[1])?;
    Ok(none())
}

fn no_args(name: &str, args: &[Value], kw: Kw) -> PyResult<()> {
    crate::builtins::no_kw(name, kw)?;
    if args.len() != 1 {
        return Err(type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(())
}

fn set_pop(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("set.pop", args, kw)?;
    core::pop(args[0])
}

fn set_clear(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("set.clear", args, kw)?;
    core::clear(args[0]);
    Ok(none())
}

fn set_copy_m(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("set.copy", args, kw)?;
    core::copy(args[0])
}

fn frozenset_copy(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("frozenset.copy", args, kw)?;
    if std::ptr::eq(args[0].ty(), &FROZENSET_TYPE) {
        return Ok(args[0]);
    }
    core::copy(args[0])
}

fn set_update_m(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("set.update", kw)?;
    for o in &args[1..] {
        core::set_update(args[0], *o)?;
    }
    Ok(none())
}

fn set_union(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("set.union", kw)?;
    let so = args[0];
    let r = core::copy(so)?;
    for o in &args[1..] {
        if so.is(*o) {
            continue;
        }
        core::set_update(r, *o)?;
    }
    Ok(r)
}

fn intersection_multi(args: &[Value]) -> PyResult<Value> {
    let so = args[0];
    if args.len() == 1 {
        return core::copy(so);
    }
    let mut r = so;
    for o in &args[1..] {
        r = core::intersection(r, *o)?;
    }
    Ok(r)
}

fn set_intersection_m(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("set.intersection", kw)?;
    intersection_multi(args)
}

fn set_intersection_update(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("set.intersection_update", kw)?;
    let tmp = intersection_multi(args)?;
    if !tmp.is(args[0]) {
        core::swap_bodies(args[0], tmp);
    }
    Ok(none())
}

fn set_difference_m(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("set.difference", kw)?;
    let so = args[0];
    if args.len() == 1 {
        return core::copy(so);
    }
    let r = core::difference(so, args[1])?;
    for o in &args[2..] {
        core::difference_update(r, *o)?;
    }
    Ok(r)
}

fn set_difference_update_m(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("set.difference_update", kw)?;
    for o in &args[1..] {
        core::difference_update(args[0], *o)?;
    }
    Ok(none())
}

fn set_symdiff_m(args: &[Value], kw: Kw) -> PyResult<Value> {
    one_arg("symmetric_difference", args, kw)?;
    core::symmetric_difference(args[0], args[1])
}

fn set_symdiff_update_m(args: &[Value], kw: Kw) -> PyResult<Value> {
    one_arg("symmetric_difference_update", args, kw)?;
    core::symmetric_difference_update(args[0], args[1])?;
    Ok(none())
}

fn set_issubset_m(args: &[Value], kw: Kw) -> PyResult<Value> {
    one_arg("issubset", args, kw)?;
    Ok(bool_(core::issubset(args[0], args[1])?))
}

fn set_issuperset_m(args: &[Value], kw: Kw) -> PyResult<Value> {
    one_arg("issuperset", args, kw)?;
    Ok(bool_(core::issuperset(args[0], args[1])?))
}

fn set_isdisjoint(args: &[Value], kw: Kw) -> PyResult<Value> {
    one_arg("isdisjoint", args, kw)?;
    let (mut so, mut other) = (args[0], args[1]);
    if so.is(other) {
        return Ok(bool_(set_len(so) == 0));
    }
    if is_anyset(other) {
        if set_len(other) > set_len(so) {
            std::mem::swap(&mut so, &mut other);
        }
        let mut pos = 0;
        while let Some(e) = core::next_entry(other, &mut pos) {
            if core::lookkey(so, e.key, e.hash)?.is_some() {
                return Ok(bool_(false));
            }
        }
        return Ok(bool_(true));
    }
    let it = crate::ops::iter(other)?;
    while let Some(x) = crate::ops::next(it)? {
        if contains_key(so, x)? {
            return Ok(bool_(false));
        }
    }
    Ok(bool_(true))
}

// ----- iterator -----

#[repr(C)]
pub struct SetIterObj {
    pub ob: Obj,
    /// NULL once exhausted.
    pub set: Cell<Value>,
    /// The set's size when iteration started (-1: sticky error).
    pub used: Cell<isize>,
    pub pos: Cell<usize>,
    pub len: Cell<isize>,
}

pub static SET_ITER_TYPE: TypeObject = TypeObject::builtin(
    "set_iterator",
    Kind::Iter,
    &OBJECT_TYPE,
    &[
        ("__length_hint__", set_iter_length_hint),
        ("__next__", crate::sequtil::iter_next_method),
        ("__iter__", crate::sequtil::iter_self_method),
    ],
    Slots {
        iter: Some(Ok),
        next: Some(set_iter_next),
        ..Slots::EMPTY
    },
)
.final_();

pub fn new_set_iter(s: Value) -> Value {
    let n = set_len(s) as isize;
    new_obj(SetIterObj {
        ob: Obj { ty: &SET_ITER_TYPE },
        set: Cell::new(s),
        used: Cell::new(n),
        pos: Cell::new(0),
        len: Cell::new(n),
    })
}

fn set_iter_next(v: Value) -> PyResult<Option<Value>> {
    let it = v.cast::<SetIterObj>();
    let s = it.set.get();
    if s.is_null() {
        return Ok(None);
    }
    if it.used.get() != set_len(s) as isize {
        it.used.set(-1);
        return Err(crate::exc::runtime_error(
            "Set changed size during iteration",
        ));
    }
    let mut pos = it.pos.get();
    let e = core::next_entry(s, &mut pos);
    it.pos.set(pos);
    match e {
        Some(e) => {
            it.len.set(it.len.get() - 1);
            Ok(Some(e.key))
        }
        None => {
            it.set.set(Value::NULL);
            Ok(None)
        }
    }
}

fn set_iter_length_hint(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = args[0].cast::<SetIterObj>();
    let s = it.set.get();
    let n = if !s.is_null() && it.used.get() == set_len(s) as isize {
        it.len.get()
    } else {
        0
    };
    Ok(crate::int::new_int(n as i64))
}
