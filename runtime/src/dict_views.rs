//! Dict views (`dict_keys`, `dict_values`, `dict_items`) and dict
//! iterators (forward and reversed, for keys, values and items).
//!
//! Views are live: they read the dict on every operation. Keys and items
//! views support `len`, `in`, iteration, `reversed`, comparison with sets
//! and other set-like views, and the set operators `& | - ^` (results are
//! sets built the way CPython 3.11 builds them, so their iteration order
//! matches). Iterators raise CPython's `RuntimeError: dictionary changed
//! size during iteration` (sticky) and `dictionary keys changed during
//! iteration`.

use crate::dict::{dict_get_hashed, dict_len, table};
use crate::exc::{runtime_error, PyResult};
use crate::object::{new_obj, Kind, Kw, MethodTable, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::sequtil;
use crate::value::{bool_, not_implemented, Value};
use pyaot_ir::{BinOp, CmpOp};
use std::cell::Cell;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

#[repr(C)]
pub struct DictViewObj {
    pub ob: Obj,
    pub dict: Value,
    pub kind: ViewKind,
}

static KEYS_METHODS: MethodTable = &[
    ("isdisjoint", view_isdisjoint),
    ("__reversed__", |a, _| {
        Ok(new_dict_reviter(view_dict(a[0]), view_kind(a[0])))
    }),
];
static VALUES_METHODS: MethodTable = &[("__reversed__", |a, _| {
    Ok(new_dict_reviter(view_dict(a[0]), view_kind(a[0])))
})];

const SETLIKE_VIEW_SLOTS: Slots = Slots {
    repr: Some(view_repr),
    richcmp: Some(view_richcmp),
    binary: Some(view_binary),
    len: Some(|v| Ok(dict_len(view_dict(v)))),
    contains: Some(view_contains),
    iter: Some(|v| Ok(new_dict_iter(view_dict(v), view_kind(v)))),
    getattr: Some(view_getattr),
    ..Slots::EMPTY
};

pub static DICT_KEYS_TYPE: TypeObject = TypeObject::builtin(
    "dict_keys",
    Kind::DictView,
    &OBJECT_TYPE,
    KEYS_METHODS,
    SETLIKE_VIEW_SLOTS,
)
.final_()
.unhashable();
pub static DICT_ITEMS_TYPE: TypeObject = TypeObject::builtin(
    "dict_items",
    Kind::DictView,
    &OBJECT_TYPE,
    KEYS_METHODS,
    SETLIKE_VIEW_SLOTS,
)
.final_()
.unhashable();
pub static DICT_VALUES_TYPE: TypeObject = TypeObject::builtin(
    "dict_values",
    Kind::DictView,
    &OBJECT_TYPE,
    VALUES_METHODS,
    Slots {
        repr: Some(view_repr),
        len: Some(|v| Ok(dict_len(view_dict(v)))),
        iter: Some(|v| Ok(new_dict_iter(view_dict(v), ViewKind::Values))),
        getattr: Some(view_getattr),
        ..Slots::EMPTY
    },
)
.final_();

pub fn new_view(d: Value, kind: ViewKind) -> Value {
    let ty: &'static TypeObject = match kind {
        ViewKind::Keys => &DICT_KEYS_TYPE,
        ViewKind::Values => &DICT_VALUES_TYPE,
        ViewKind::Items => &DICT_ITEMS_TYPE,
    };
    new_obj(DictViewObj {
        ob: Obj { ty },
        dict: d,
        kind,
    })
}

#[inline]
fn view_dict(v: Value) -> Value {
    v.cast::<DictViewObj>().dict
}
#[inline]
fn view_kind(v: Value) -> ViewKind {
    v.cast::<DictViewObj>().kind
}

/// Is `v` a keys or items view (a "set-like" view)?
pub fn is_setlike_view(v: Value) -> bool {
    !v.is_small() && v.kind() == Kind::DictView && view_kind(v) != ViewKind::Values
}

fn view_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    match name {
        // A read-only proxy in CPython; the dict itself is close enough
        // for reading.
        "mapping" => Ok(Some(view_dict(v))),
        _ => Ok(None),
    }
}

fn view_repr(v: Value) -> PyResult<Value> {
    let name = v.ty().name();
    let Some(_g) = sequtil::ReprGuard::enter(v) else {
        return Ok(crate::str::new_str("..."));
    };
    let items = crate::ops::collect(v)?;
    let list = crate::list::new_list(items);
    let inner = crate::ops::repr_string(list)?;
    Ok(crate::str::from_string(format!("{name}({inner})")))
}

fn view_contains(v: Value, x: Value) -> PyResult<bool> {
    let d = view_dict(v);
    match view_kind(v) {
        ViewKind::Keys => Ok(crate::dict::dict_get(d, x)?.is_some()),
        ViewKind::Items => {
            if x.is_small() || x.kind() != Kind::Tuple {
                return Ok(false);
            }
            let t = crate::tuple::items(x);
            if t.len() != 2 {
                return Ok(false);
            }
            let h = crate::dict::key_hash(t[0])?;
            match dict_get_hashed(d, t[0], h)? {
                Some(found) => crate::ops::eq(found, t[1]),
                None => Ok(false),
            }
        }
        ViewKind::Values => {
            let it = new_dict_iter(d, ViewKind::Values);
            while let Some(y) = crate::ops::next(it)? {
                if crate::ops::eq(y, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn is_anyset(v: Value) -> bool {
    !v.is_small() && matches!(v.kind(), Kind::Set | Kind::FrozenSet)
}

/// Every item of `a` is in `b`.
fn all_contained_in(a: Value, b: Value) -> PyResult<bool> {
    let it = crate::ops::iter(a)?;
    while let Some(x) = crate::ops::next(it)? {
        if !crate::ops::contains(b, x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn view_richcmp(a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    if !is_setlike_view(a) || !(is_anyset(b) || is_setlike_view(b)) {
        return Ok(not_implemented());
    }
    let la = crate::ops::len(a)?;
    let lb = crate::ops::len(b)?;
    let r = match op {
        CmpOp::Eq => la == lb && all_contained_in(a, b)?,
        CmpOp::Ne => !(la == lb && all_contained_in(a, b)?),
        CmpOp::Lt => la < lb && all_contained_in(a, b)?,
        CmpOp::Le => la <= lb && all_contained_in(a, b)?,
        CmpOp::Gt => la > lb && all_contained_in(b, a)?,
        CmpOp::Ge => la >= lb && all_contained_in(b, a)?,
        _ => return Ok(not_implemented()),
    };
    Ok(bool_(r))
}

/// CPython's `dictviews_to_set`: a keys view becomes `set(dict)`, anything
/// else `set(x)`.
fn to_set(x: Value) -> PyResult<Value> {
    let src = if !x.is_small() && x.kind() == Kind::DictView && view_kind(x) == ViewKind::Keys {
        view_dict(x)
    } else {
        x
    };
    crate::set::set_from_iterable(src)
}

fn view_binary(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    match op {
        BinOp::BitOr => {
            let r = to_set(a)?;
            crate::set::set_update(r, b)?;
            Ok(r)
        }
        BinOp::Sub => {
            let r = to_set(a)?;
            crate::set::difference_update(r, b)?;
            Ok(r)
        }
        BinOp::BitXor => {
            if is_setlike_view(a)
                && is_setlike_view(b)
                && view_kind(a) == ViewKind::Items
                && view_kind(b) == ViewKind::Items
            {
                return items_xor(a, b);
            }
            let r = to_set(a)?;
            crate::set::symmetric_difference_update(r, b)?;
            Ok(r)
        }
        BinOp::BitAnd => intersect(a, b),
        _ => Ok(not_implemented()),
    }
}

/// CPython's `_PyDictView_Intersect`.
fn intersect(a: Value, b: Value) -> PyResult<Value> {
    let (mut s, mut o) = if is_setlike_view(a) { (a, b) } else { (b, a) };
    let len_s = dict_len(view_dict(s));
    if !o.is_small() && std::ptr::eq(o.ty(), &crate::set::SET_TYPE) && len_s <= crate::ops::len(o)?
    {
        return crate::set::intersection(o, s);
    }
    if is_setlike_view(o) && dict_len(view_dict(o)) > len_s {
        std::mem::swap(&mut s, &mut o);
    }
    let result = crate::set::new_set(&[])?;
    let it = crate::ops::iter(o)?;
    while let Some(x) = crate::ops::next(it)? {
        if view_contains(s, x)? {
            crate::set::set_add(result, x)?;
        }
    }
    Ok(result)
}

/// CPython's `dictitems_xor` for two items views.
fn items_xor(a: Value, b: Value) -> PyResult<Value> {
    let temp = crate::dict_methods::copy(view_dict(a))?;
    let result = crate::set::new_set(&[])?;
    for e in crate::dict::dict_entries(view_dict(b)) {
        match dict_get_hashed(temp, e.key, e.hash)? {
            None => crate::set::set_add(result, crate::tuple::new_tuple(vec![e.key, e.value]))?,
            Some(v1) => {
                if crate::ops::eq(v1, e.value)? {
                    crate::dict::dict_pop_hashed(temp, e.key, e.hash)?;
                } else {
                    crate::set::set_add(result, crate::tuple::new_tuple(vec![e.key, e.value]))?;
                }
            }
        }
    }
    for (k, v) in crate::dict::dict_items(temp) {
        crate::set::set_add(result, crate::tuple::new_tuple(vec![k, v]))?;
    }
    Ok(result)
}

fn view_isdisjoint(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("isdisjoint", kw)?;
    crate::builtins::arity("isdisjoint", &args[1..], 1, 1)?;
    let (v, other) = (args[0], args[1]);
    let it = crate::ops::iter(other)?;
    while let Some(x) = crate::ops::next(it)? {
        if view_contains(v, x)? {
            return Ok(bool_(false));
        }
    }
    Ok(bool_(true))
}

// ----- iterators -----

#[repr(C)]
pub struct DictIterObj {
    pub ob: Obj,
    /// NULL once exhausted.
    pub dict: Cell<Value>,
    /// Next entry index (forward) or current index (reverse; -1 = done).
    pub pos: Cell<isize>,
    /// The dict's size when the iterator was made (-1: sticky error).
    pub used: Cell<isize>,
    /// Items left to produce.
    pub len: Cell<isize>,
    pub kind: ViewKind,
    pub reverse: bool,
}

const DICT_ITER_SLOTS: Slots = Slots {
    iter: Some(Ok),
    next: Some(dict_iter_next),
    ..Slots::EMPTY
};
static DICT_ITER_METHODS: MethodTable = &[
    ("__length_hint__", dict_iter_length_hint),
    ("__next__", crate::sequtil::iter_next_method),
    ("__iter__", crate::sequtil::iter_self_method),
];

macro_rules! iter_type {
    ($st:ident, $name:literal) => {
        pub static $st: TypeObject = TypeObject::builtin(
            $name,
            Kind::Iter,
            &OBJECT_TYPE,
            DICT_ITER_METHODS,
            DICT_ITER_SLOTS,
        )
        .final_();
    };
}
iter_type!(DICT_KEYITER_TYPE, "dict_keyiterator");
iter_type!(DICT_VALUEITER_TYPE, "dict_valueiterator");
iter_type!(DICT_ITEMITER_TYPE, "dict_itemiterator");
iter_type!(DICT_REVKEYITER_TYPE, "dict_reversekeyiterator");
iter_type!(DICT_REVVALUEITER_TYPE, "dict_reversevalueiterator");
iter_type!(DICT_REVITEMITER_TYPE, "dict_reverseitemiterator");

fn make_iter(d: Value, kind: ViewKind, reverse: bool) -> Value {
    let ty: &'static TypeObject = match (kind, reverse) {
        (ViewKind::Keys, false) => &DICT_KEYITER_TYPE,
        (ViewKind::Values, false) => &DICT_VALUEITER_TYPE,
        (ViewKind::Items, false) => &DICT_ITEMITER_TYPE,
        (ViewKind::Keys, true) => &DICT_REVKEYITER_TYPE,
        (ViewKind::Values, true) => &DICT_REVVALUEITER_TYPE,
        (ViewKind::Items, true) => &DICT_REVITEMITER_TYPE,
    };
    let t = table(d);
    let used = t.used as isize;
    let pos = if reverse {
        t.entries.len() as isize - 1
    } else {
        0
    };
    new_obj(DictIterObj {
        ob: Obj { ty },
        dict: Cell::new(d),
        pos: Cell::new(pos),
        used: Cell::new(used),
        len: Cell::new(used),
        kind,
        reverse,
    })
}

/// `iter(d)`, `iter(d.values())`, ...
pub fn new_dict_iter(d: Value, kind: ViewKind) -> Value {
    make_iter(d, kind, false)
}

/// `reversed(d)`, `reversed(d.items())`, ...
pub fn new_dict_reviter(d: Value, kind: ViewKind) -> Value {
    make_iter(d, kind, true)
}

fn dict_iter_next(v: Value) -> PyResult<Option<Value>> {
    let it = v.cast::<DictIterObj>();
    let d = it.dict.get();
    if d.is_null() {
        return Ok(None);
    }
    let t = table(d);
    if it.used.get() != t.used as isize {
        it.used.set(-1);
        return Err(runtime_error("dictionary changed size during iteration"));
    }
    let e = if it.reverse {
        let mut i = it.pos.get();
        loop {
            if i < 0 || i as usize >= t.entries.len() {
                it.dict.set(Value::NULL);
                return Ok(None);
            }
            let e = t.entries[i as usize];
            i -= 1;
            if !e.key.is_null() {
                it.pos.set(i);
                break e;
            }
        }
    } else {
        let mut i = it.pos.get() as usize;
        while i < t.entries.len() && t.entries[i].key.is_null() {
            i += 1;
        }
        if i >= t.entries.len() {
            it.dict.set(Value::NULL);
            return Ok(None);
        }
        if it.len.get() == 0 {
            it.dict.set(Value::NULL);
            return Err(runtime_error("dictionary keys changed during iteration"));
        }
        it.pos.set(i as isize + 1);
        t.entries[i]
    };
    it.len.set(it.len.get() - 1);
    Ok(Some(match it.kind {
        ViewKind::Keys => e.key,
        ViewKind::Values => e.value,
        ViewKind::Items => crate::tuple::new_tuple(vec![e.key, e.value]),
    }))
}

fn dict_iter_length_hint(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = args[0].cast::<DictIterObj>();
    let d = it.dict.get();
    let n = if !d.is_null() && it.used.get() == table(d).used as isize {
        it.len.get()
    } else {
        0
    };
    Ok(crate::int::new_int(n as i64))
}
