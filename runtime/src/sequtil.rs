//! Helpers shared by the container types (list, tuple, dict, set, range,
//! iterators): CPython's repr recursion guard (`Py_ReprEnter`), integer
//! conversion of index-like operands (`__index__`), lexicographic sequence
//! comparison, and keyword-argument parsing for builtin methods.
//!
//! Memory safety rule followed by every container module: never hold a Rust
//! reference into a container's storage (`&[Value]`, `&mut Vec`) across a
//! call that may run Python code (`ops::eq`, `ops::hash`, `ops::repr`,
//! calls); copy the values out and re-fetch afterwards, because the
//! container may be resized (and its old buffer freed) by that code.

use crate::exc::{type_error, PyResult};
use crate::object::{Kind, Kw};
use crate::value::{bool_, Value};
use pyaot_ir::CmpOp;

/// Objects whose repr is in progress (CPython's `Py_ReprEnter` list).
/// Addresses are stored as plain words; the objects are alive anyway
/// because their repr is running.
static mut REPR_STACK: Vec<usize> = Vec::new();

/// Marks an object's repr as in progress until dropped.
pub struct ReprGuard(usize);

impl ReprGuard {
    /// `None` if `v`'s repr is already in progress (print `[...]`).
    pub fn enter(v: Value) -> Option<ReprGuard> {
        unsafe {
            if REPR_STACK.contains(&v.0) {
                return None;
            }
            REPR_STACK.push(v.0);
        }
        Some(ReprGuard(v.0))
    }
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        unsafe {
            if let Some(pos) = REPR_STACK.iter().rposition(|&x| x == self.0) {
                REPR_STACK.remove(pos);
            }
        }
    }
}

/// Does the user class of `v` define `name` (for deferring to reflected
/// operators such as `__radd__` before raising a sequence error)?
pub fn user_defines(v: Value, name: &str) -> bool {
    let t = v.ty();
    t.heap && crate::typeobj::lookup(t, crate::str::new_str(name)).is_some()
}

/// `operator.index(v)` if `v` supports it: `Ok(None)` if it does not; an
/// int that does not fit in i64 raises OverflowError like
/// `PyNumber_AsSsize_t(v, OverflowError)`.
pub fn as_index(v: Value) -> PyResult<Option<i64>> {
    if v.is_small() {
        return Ok(Some(v.small()));
    }
    match v.kind() {
        Kind::Bool | Kind::Int => match crate::int::as_i64(v) {
            Some(i) => Ok(Some(i)),
            None => Err(crate::exc::raise(
                &crate::exc::OVERFLOW_ERROR,
                format!("cannot fit '{}' into an index-sized integer", v.ty().name()),
            )),
        },
        _ => {
            if user_defines(v, "__index__") {
                let r = crate::ops::call_method_str(v, "__index__", &[])?;
                if r.kind() != Kind::Int && r.kind() != Kind::Bool && !r.is_small() {
                    return Err(type_error(format!(
                        "__index__ returned non-int (type {})",
                        r.ty().name()
                    )));
                }
                return as_index(r);
            }
            Ok(None)
        }
    }
}

/// Like [`as_index`] but raising CPython's
/// `'float' object cannot be interpreted as an integer`.
pub fn index_of(v: Value) -> PyResult<i64> {
    match as_index(v)? {
        Some(i) => Ok(i),
        None => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.ty().name()
        ))),
    }
}

/// CPython's `_PyEval_SliceIndexNotNone` for `index(x, start, stop)`
/// arguments: clamps huge ints instead of raising.
pub fn slice_index(v: Value) -> PyResult<i64> {
    if v.is_small() {
        return Ok(v.small());
    }
    match v.kind() {
        Kind::Bool | Kind::Int => match crate::int::as_i64(v) {
            Some(i) => Ok(i),
            None => {
                let neg = crate::ops::lt(v, Value::from_small(0))?;
                Ok(if neg { i64::MIN } else { i64::MAX })
            }
        },
        _ => match as_index(v)? {
            Some(i) => Ok(i),
            None => Err(type_error(
                "slice indices must be integers or have an __index__ method",
            )),
        },
    }
}

/// Resolve optional `start`/`stop` arguments of `index()` against `len`
/// (slice semantics: negative counts from the end, then clamped).
pub fn index_range(args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let len_i = len as i64;
    let fix = |i: i64| -> usize {
        let j = if i < 0 {
            i.saturating_add(len_i).max(0)
        } else {
            i.min(len_i)
        };
        j as usize
    };
    let start = match args.first() {
        Some(v) => fix(slice_index(*v)?),
        None => 0,
    };
    let stop = match args.get(1) {
        Some(v) => fix(slice_index(*v)?),
        None => len,
    };
    Ok((start, stop))
}

/// The repeat count for `seq * n`: `Ok(None)` if `n` is not index-like.
pub fn repeat_count(n: Value) -> PyResult<Option<i64>> {
    as_index(n)
}

/// Raise `MemoryError` (for absurd repeat sizes).
pub fn memory_error() -> crate::exc::PyErr {
    crate::exc::raise_empty(&crate::exc::MEMORY_ERROR)
}

/// Total length of `n` repetitions of `len` items, refusing sizes that
/// could not possibly be allocated.
pub fn repeat_len(len: usize, n: i64) -> PyResult<usize> {
    if n <= 0 || len == 0 {
        return Ok(0);
    }
    match len.checked_mul(n as usize) {
        Some(t) if t <= (isize::MAX as usize) / 16 => Ok(t),
        _ => Err(memory_error()),
    }
}

/// Lexicographic comparison of two sequences, CPython's
/// `list_richcompare`/`tuplerichcompare`: find the first index where the
/// items differ (by `==`), then compare those items with `op`, or compare
/// the lengths if one is a prefix of the other. `get` re-reads the
/// sequences on every step, as Python code may mutate them. Lists (but
/// not tuples) decide `==`/`!=` on unequal lengths without comparing items
/// (`len_shortcut`).
pub fn seq_richcmp(
    get_a: &dyn Fn(usize) -> Option<Value>,
    get_b: &dyn Fn(usize) -> Option<Value>,
    len_a: &dyn Fn() -> usize,
    len_b: &dyn Fn() -> usize,
    op: CmpOp,
    len_shortcut: bool,
) -> PyResult<Value> {
    if len_shortcut && matches!(op, CmpOp::Eq | CmpOp::Ne) && len_a() != len_b() {
        return Ok(bool_(op == CmpOp::Ne));
    }
    let _g = crate::abi::RecursionGuard::enter(" in comparison")?;
    let mut i = 0;
    loop {
        let (x, y) = match (get_a(i), get_b(i)) {
            (Some(x), Some(y)) => (x, y),
            _ => break,
        };
        if !crate::ops::eq(x, y)? {
            return match op {
                CmpOp::Eq => Ok(bool_(false)),
                CmpOp::Ne => Ok(bool_(true)),
                _ => crate::ops::richcmp(x, y, op),
            };
        }
        i += 1;
    }
    let (la, lb) = (len_a(), len_b());
    Ok(bool_(match op {
        CmpOp::Lt => la < lb,
        CmpOp::Le => la <= lb,
        CmpOp::Eq => la == lb,
        CmpOp::Ne => la != lb,
        CmpOp::Gt => la > lb,
        CmpOp::Ge => la >= lb,
        _ => false,
    }))
}

/// Parse keyword-only arguments `names` of builtin `fname`; unknown names
/// raise CPython's `'x' is an invalid keyword argument for f()`.
pub fn kw_only<const N: usize>(
    fname: &str,
    kw: Kw,
    names: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    let mut out = [None; N];
    for (k, v) in kw.iter() {
        match names.iter().position(|n| *n == k) {
            Some(i) => out[i] = Some(v),
            None => {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    Ok(out)
}

/// Join item reprs with ", " (the body of list/tuple/set reprs).
pub fn join_reprs(items: &[Value], out: &mut String) -> PyResult<()> {
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(crate::str::as_str(crate::ops::repr(*v)?));
    }
    Ok(())
}

/// Is `v` an exact builtin str (no user `__eq__`/`__hash__` possible)?
#[inline]
pub fn is_exact_str(v: Value) -> bool {
    !v.is_small() && std::ptr::eq(v.ty(), &crate::str::STR_TYPE)
}

/// Does user class `ty` define its own `__init__` (so a builtin base's
/// constructor must ignore the arguments and leave initialisation to it)?
pub fn has_user_init(ty: &crate::object::TypeObject) -> bool {
    if !ty.heap {
        return false;
    }
    match crate::typeobj::lookup(ty, crate::str::new_str("__init__")) {
        Some(f) => f.kind() != Kind::Builtin,
        None => false,
    }
}

/// The positional part of a native call's `args`. The runtime passes
/// positional arguments only (`func::positional`); should a caller pass
/// the vectorcall layout (keyword values at the end of `args`, the very
/// slice `kw.vals` points into), they are dropped here.
#[inline]
pub fn pos_args<'a>(args: &'a [Value], kw: Kw) -> &'a [Value] {
    let n = kw.len();
    if n == 0 || args.len() < n {
        return args;
    }
    let tail = &args[args.len() - n..];
    if std::ptr::eq(tail.as_ptr(), kw.vals.as_ptr()) {
        &args[..args.len() - n]
    } else {
        args
    }
}

/// `it.__next__()` for native iterator types.
pub fn iter_next_method(args: &[Value], _kw: Kw) -> PyResult<Value> {
    match crate::ops::next(args[0])? {
        Some(v) => Ok(v),
        None => Err(crate::exc::stop_iteration()),
    }
}

/// `it.__iter__()` for native iterator types.
pub fn iter_self_method(args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(args[0])
}

/// For `seq op other` where `other` is a user object defining the
/// reflected method `rname` (`__radd__`, `__rmul__`): CPython tries the
/// number protocol (the reflected method) before sequence concatenation or
/// repetition, so call it here; `Ok(None)` if it is absent or returned
/// NotImplemented (then the sequence behaviour and its errors apply).
pub fn try_reflected(seq: Value, other: Value, rname: &str) -> PyResult<Option<Value>> {
    if !user_defines(other, rname) {
        return Ok(None);
    }
    let r = crate::ops::call_method_str(other, rname, &[seq])?;
    if r.is(crate::value::not_implemented()) {
        Ok(None)
    } else {
        Ok(Some(r))
    }
}

/// Instances of user subclasses of list, tuple, dict, set, frozenset, int,
/// str and float:
/// the builtin layout followed by a `__dict__` slot (CPython's
/// `tp_dictoffset`). Created only by the builtin constructors.
#[repr(C)]
pub struct WithDict<T> {
    pub base: T,
    pub dict: std::cell::Cell<Value>,
}

/// Allocate container `base` of type `ty`, with a `__dict__` slot when
/// `ty` is a user class.
pub fn new_container<T>(ty: &'static crate::object::TypeObject, base: T) -> Value {
    if ty.heap {
        crate::object::new_obj(WithDict {
            base,
            dict: std::cell::Cell::new(Value::NULL),
        })
    } else {
        crate::object::new_obj(base)
    }
}

/// The `__dict__` slot of an instance of a user subclass of list, tuple,
/// dict, set, frozenset, int, str or float (NULL until first used); `None`
/// for anything else.
pub fn heap_dict_cell(v: Value) -> Option<&'static std::cell::Cell<Value>> {
    if v.is_small() || !v.ty().heap {
        return None;
    }
    let off = match v.kind() {
        Kind::List => std::mem::offset_of!(WithDict<crate::list::ListObj>, dict),
        Kind::Tuple => return Some(crate::tuple::dict_cell(v)),
        Kind::Dict => std::mem::offset_of!(WithDict<crate::dict::DictObj>, dict),
        Kind::Set | Kind::FrozenSet => std::mem::offset_of!(WithDict<crate::set::SetObj>, dict),
        Kind::Random => std::mem::offset_of!(WithDict<crate::modules::random::RandomObj>, dict),
        Kind::Int => std::mem::offset_of!(WithDict<crate::int::IntObj>, dict),
        Kind::Str => return Some(crate::str::dict_cell(v)),
        Kind::Float => std::mem::offset_of!(WithDict<crate::float::FloatObj>, dict),
        _ => return None,
    };
    Some(unsafe { &*((v.0 + off) as *const std::cell::Cell<Value>) })
}

/// A method table: the given `(name, fn)` entries plus Python-visible
/// dunder methods (`__repr__`, `__eq__`, `__add__`, ...) that call the
/// type's own slots directly, so `super().__repr__()` and friends in user
/// subclasses reach the builtin behaviour instead of dispatching back to
/// the subclass. The second list names the dunders to expose.
#[macro_export]
macro_rules! method_table {
    ($slots:path; [$($e:expr),* $(,)?]; [$($g:ident),* $(,)?]) => {
        &[$($e,)* $($crate::method_table!(@$g $slots)),*]
    };
    (@repr $s:path) => {
        ("__repr__", |a: &[$crate::value::Value], _k: $crate::object::Kw| ($s.repr.unwrap())(a[0]))
    };
    (@hash $s:path) => {
        ("__hash__", |a: &[$crate::value::Value], _k: $crate::object::Kw| {
            Ok($crate::int::new_int(($s.hash.unwrap())(a[0])?))
        })
    };
    (@len $s:path) => {
        ("__len__", |a: &[$crate::value::Value], _k: $crate::object::Kw| {
            Ok($crate::int::new_int(($s.len.unwrap())(a[0])? as i64))
        })
    };
    (@iter $s:path) => {
        ("__iter__", |a: &[$crate::value::Value], _k: $crate::object::Kw| ($s.iter.unwrap())(a[0]))
    };
    (@getitem $s:path) => {
        ("__getitem__", |a: &[$crate::value::Value], _k: $crate::object::Kw| {
            $crate::sequtil::need_args("__getitem__", a, 1)?;
            ($s.getitem.unwrap())(a[0], a[1])
        })
    };
    (@setitem $s:path) => {
        ("__setitem__", |a: &[$crate::value::Value], _k: $crate::object::Kw| {
            $crate::sequtil::need_args("__setitem__", a, 2)?;
            ($s.setitem.unwrap())(a[0], a[1], a[2]).map(|_| $crate::value::none())
        })
    };
    (@delitem $s:path) => {
        ("__delitem__", |a: &[$crate::value::Value], _k: $crate::object::Kw| {
            $crate::sequtil::need_args("__delitem__", a, 1)?;
            ($s.delitem.unwrap())(a[0], a[1]).map(|_| $crate::value::none())
        })
    };
    (@contains $s:path) => {
        ("__contains__", |a: &[$crate::value::Value], _k: $crate::object::Kw| {
            $crate::sequtil::need_args("__contains__", a, 1)?;
            Ok($crate::value::bool_(($s.contains.unwrap())(a[0], a[1])?))
        })
    };
    (@eq $s:path) => { $crate::method_table!(@cmp $s, "__eq__", Eq) };
    (@ne $s:path) => { $crate::method_table!(@cmp $s, "__ne__", Ne) };
    (@lt $s:path) => { $crate::method_table!(@cmp $s, "__lt__", Lt) };
    (@le $s:path) => { $crate::method_table!(@cmp $s, "__le__", Le) };
    (@gt $s:path) => { $crate::method_table!(@cmp $s, "__gt__", Gt) };
    (@ge $s:path) => { $crate::method_table!(@cmp $s, "__ge__", Ge) };
    (@add $s:path) => { $crate::method_table!(@bin $s, "__add__", Add) };
    (@mul $s:path) => { $crate::method_table!(@bin $s, "__mul__", Mul) };
    (@rmul $s:path) => { $crate::method_table!(@rbin $s, "__rmul__", Mul) };
    (@iadd $s:path) => { $crate::method_table!(@ibin $s, "__iadd__", Add) };
    (@imul $s:path) => { $crate::method_table!(@ibin $s, "__imul__", Mul) };
    (@or $s:path) => { $crate::method_table!(@bin $s, "__or__", BitOr) };
    (@and $s:path) => { $crate::method_table!(@bin $s, "__and__", BitAnd) };
    (@sub $s:path) => { $crate::method_table!(@bin $s, "__sub__", Sub) };
    (@xor $s:path) => { $crate::method_table!(@bin $s, "__xor__", BitXor) };
    (@ror $s:path) => { $crate::method_table!(@rbin $s, "__ror__", BitOr) };
    (@rand $s:path) => { $crate::method_table!(@rbin $s, "__rand__", BitAnd) };
    (@rsub $s:path) => { $crate::method_table!(@rbin $s, "__rsub__", Sub) };
    (@rxor $s:path) => { $crate::method_table!(@rbin $s, "__rxor__", BitXor) };
    (@ior $s:path) => { $crate::method_table!(@ibin $s, "__ior__", BitOr) };
    (@iand $s:path) => { $crate::method_table!(@ibin $s, "__iand__", BitAnd) };
    (@isub $s:path) => { $crate::method_table!(@ibin $s, "__isub__", Sub) };
    (@ixor $s:path) => { $crate::method_table!(@ibin $s, "__ixor__", BitXor) };
    (@cmp $s:path, $n:literal, $op:ident) => {
        ($n, |a: &[$crate::value::Value], _k: $crate::object::Kw| {
            $crate::sequtil::need_args($n, a, 1)?;
            ($s.richcmp.unwrap())(a[0], a[1], pyaot_ir::CmpOp::$op)
        })
    };
    (@bin $s:path, $n:literal, $op:ident) => {
        ($n, |a: &[$crate::value::Value], _k: $crate::object::Kw| {
            $crate::sequtil::need_args($n, a, 1)?;
            ($s.binary.unwrap())(pyaot_ir::BinOp::$op, a[0], a[1])
        })
    };
    (@rbin $s:path, $n:literal, $op:ident) => {
        ($n, |a: &[$crate::value::Value], _k: $crate::object::Kw| {
            $crate::sequtil::need_args($n, a, 1)?;
            ($s.binary.unwrap())(pyaot_ir::BinOp::$op, a[1], a[0])
        })
    };
    (@ibin $s:path, $n:literal, $op:ident) => {
        ($n, |a: &[$crate::value::Value], _k: $crate::object::Kw| {
            $crate::sequtil::need_args($n, a, 1)?;
            ($s.inplace.unwrap())(pyaot_ir::BinOp::$op, a[0], a[1])
        })
    };
}

/// Exactly `n` arguments after self, for the dunder methods.
pub fn need_args(name: &str, a: &[Value], n: usize) -> PyResult<()> {
    let got = a.len().saturating_sub(1);
    if got == n {
        return Ok(());
    }
    if n == 1 {
        return Err(type_error(format!("expected 1 argument, got {got}")));
    }
    Err(type_error(format!(
        "{name} expected {n} arguments, got {got}"
    )))
}
