//! The object model: the header every object starts with, type objects,
//! and the singletons (None, True, False, Ellipsis, NotImplemented).
//!
//! Every heap object is a `#[repr(C)]` struct whose first field is an
//! [`Obj`] header holding its type. A type's [`Kind`] says which Rust struct
//! its instances are (its layout); builtin types are `static`s, classes
//! created at run time are GC-allocated `TypeObject`s with the same layout.
//!
//! Method tables: each builtin type lists its methods as `(name, NativeFn)`
//! pairs; the type's `__dict__` is built from them on first use, so start-up
//! does not pay for types a program never touches.

use crate::exc::PyResult;
use crate::value::Value;
use pyaot_ir::{BinOp, CmpOp, UnaryOp};
use std::cell::Cell;

#[repr(C)]
pub struct Obj {
    pub ty: *const TypeObject,
}
unsafe impl Sync for Obj {}

/// The layout of a type's instances: which Rust struct they are.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Kind {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    NoneType,
    Ellipsis,
    NotImplemented,
    Function,
    Builtin,
    BoundMethod,
    Type,
    Module,
    Cell,
    Exception,
    Instance,
    Iter,
    DictView,
    Generator,
    Property,
    StaticMethod,
    ClassMethod,
    File,
    Super,
    Random,
    UnionType,
    GenericAlias,
    MemoryView,
    DiskFile,
    /// An object of a type defined by a native module (such as `re.Match`),
    /// identified by its type; its slots and methods do everything.
    Native,
    MemberDescr,
    Traceback,
    Frame,
    Code,
}

/// A function implemented in Rust. `args` holds the positional arguments
/// (for methods, `args[0]` is self); keyword arguments come in `kw`.
pub type NativeFn = fn(&[Value], Kw) -> PyResult<Value>;

/// Keyword arguments: parallel slices of names (str objects) and values.
#[derive(Clone, Copy, Default)]
pub struct Kw<'a> {
    pub names: &'a [Value],
    pub vals: &'a [Value],
}

impl<'a> Kw<'a> {
    pub const NONE: Kw<'static> = Kw {
        names: &[],
        vals: &[],
    };
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
    pub fn len(&self) -> usize {
        self.names.len()
    }
    /// Iterate (name as &str, value).
    pub fn iter(&self) -> impl Iterator<Item = (&'a str, Value)> + 'a {
        let names = self.names;
        let vals = self.vals;
        names
            .iter()
            .zip(vals.iter())
            .map(|(n, v)| (crate::str::as_str(*n), *v))
    }
    pub fn get(&self, name: &str) -> Option<Value> {
        self.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

pub type MethodTable = &'static [(&'static str, NativeFn)];

/// Per-type behaviour, as in CPython's type slots. `None` means "not
/// supported" (ops.rs raises CPython's TypeError). Slots that take two
/// operands (`binary`, `richcmp`) are called for both the forward and the
/// reflected operation, so they must check which operand is theirs and
/// return NotImplemented for foreign types.
#[derive(Clone, Copy)]
pub struct Slots {
    /// `repr(x)`: returns a str object.
    pub repr: Option<fn(Value) -> PyResult<Value>>,
    /// `str(x)`; defaults to `repr`.
    pub str: Option<fn(Value) -> PyResult<Value>>,
    /// `hash(x)`; `None` means identity hash for plain objects and
    /// "unhashable type" for types with `unhashable` set.
    pub hash: Option<fn(Value) -> PyResult<i64>>,
    pub richcmp: Option<fn(Value, Value, CmpOp) -> PyResult<Value>>,
    pub binary: Option<fn(BinOp, Value, Value) -> PyResult<Value>>,
    /// In-place operators; may return NotImplemented to fall back to binary.
    pub inplace: Option<fn(BinOp, Value, Value) -> PyResult<Value>>,
    pub unary: Option<fn(UnaryOp, Value) -> PyResult<Value>>,
    /// `bool(x)`; `None` means: use `len` if present, else true.
    pub truthy: Option<fn(Value) -> PyResult<bool>>,
    pub len: Option<fn(Value) -> PyResult<usize>>,
    pub getitem: Option<fn(Value, Value) -> PyResult<Value>>,
    pub setitem: Option<fn(Value, Value, Value) -> PyResult<()>>,
    pub delitem: Option<fn(Value, Value) -> PyResult<()>>,
    pub contains: Option<fn(Value, Value) -> PyResult<bool>>,
    /// `iter(x)`.
    pub iter: Option<fn(Value) -> PyResult<Value>>,
    /// `next(x)`: `Ok(None)` when exhausted (no exception set).
    pub next: Option<fn(Value) -> PyResult<Option<Value>>>,
    /// Calling an instance: `x(*args, **kw)`.
    pub call: Option<fn(Value, &[Value], Kw) -> PyResult<Value>>,
    /// Attribute lookup for attributes not in the type's dict (data
    /// attributes like `complex.real`); returns `Ok(None)` if absent.
    pub getattr: Option<fn(Value, &str) -> PyResult<Option<Value>>>,
    pub setattr: Option<fn(Value, Value, Value) -> PyResult<()>>,
    /// The constructor: `T(*args, **kw)`; receives the type being called.
    pub new: Option<fn(&'static TypeObject, &[Value], Kw) -> PyResult<Value>>,
}

impl Slots {
    pub const EMPTY: Slots = Slots {
        repr: None,
        str: None,
        hash: None,
        richcmp: None,
        binary: None,
        inplace: None,
        unary: None,
        truthy: None,
        len: None,
        getitem: None,
        setitem: None,
        delitem: None,
        contains: None,
        iter: None,
        next: None,
        call: None,
        getattr: None,
        setattr: None,
        new: None,
    };
}

#[repr(C)]
pub struct TypeObject {
    pub ob: Obj,
    /// Version tag of the namespace along the MRO (`typeobj::type_version`):
    /// replaced by a fresh global number whenever this class or one of its
    /// bases changes; 0 for builtin types, which never change. At offset 8:
    /// generated code compares it inline (`codegen/method.rs`).
    pub version: Cell<usize>,
    pub kind: Kind,
    pub name: Cell<&'static str>,
    /// `__qualname__` of a heap class (a str), or NULL: the name.
    pub qualname: Cell<Value>,
    /// The primary base (null only for `object`).
    pub base: Cell<*const TypeObject>,
    /// Tuple of bases (built lazily for builtin types).
    pub bases: Cell<Value>,
    /// Tuple: the method resolution order (built lazily).
    pub mro: Cell<Value>,
    /// The namespace dict (built lazily from `methods` for builtin types).
    pub dict: Cell<Value>,
    pub methods: MethodTable,
    /// Created by a class statement (or `type(name, bases, ns)`).
    pub heap: bool,
    /// Instances may be subclassed by user classes.
    pub base_ok: bool,
    /// The metaclass (its type); null means `type`.
    pub meta: Cell<*const TypeObject>,
    /// Module name for repr (`__module__`), builtins for static types.
    pub module: Cell<&'static str>,
    /// Instances carry a `__dict__` slot.
    pub inst_dict: bool,
    /// Instances are unhashable (list, dict, set, ...).
    pub unhashable: bool,
    pub slots: Slots,
    /// The heap classes created with this class as a base (a list), or NULL.
    pub subclasses: Cell<Value>,
    /// Root of the instance shape tree (`shape::Shape`), created on demand.
    pub shape: Cell<*const crate::shape::Shape>,
}
unsafe impl Sync for TypeObject {}
const _: () = assert!(std::mem::offset_of!(TypeObject, version) == 8);

impl TypeObject {
    pub const fn builtin(
        name: &'static str,
        kind: Kind,
        base: *const TypeObject,
        methods: MethodTable,
        slots: Slots,
    ) -> TypeObject {
        TypeObject {
            ob: Obj {
                ty: &crate::typeobj::TYPE_TYPE,
            },
            kind,
            name: Cell::new(name),
            qualname: Cell::new(Value::NULL),
            base: Cell::new(base),
            bases: Cell::new(Value::NULL),
            mro: Cell::new(Value::NULL),
            dict: Cell::new(Value::NULL),
            methods,
            heap: false,
            base_ok: true,
            meta: Cell::new(std::ptr::null()),
            module: Cell::new("builtins"),
            inst_dict: false,
            unhashable: false,
            slots,
            version: Cell::new(0),
            subclasses: Cell::new(Value::NULL),
            shape: Cell::new(std::ptr::null()),
        }
    }
    pub const fn unhashable(mut self) -> TypeObject {
        self.unhashable = true;
        self
    }
    pub const fn final_(mut self) -> TypeObject {
        self.base_ok = false;
        self
    }
    #[inline]
    pub fn name(&self) -> &'static str {
        self.name.get()
    }
    #[inline]
    pub fn as_value(&'static self) -> Value {
        Value::from_ptr(self)
    }
    /// Is `self` a subtype of `other` (following primary bases, then MRO)?
    pub fn is_subtype(&self, other: &TypeObject) -> bool {
        let mut t: *const TypeObject = self;
        while !t.is_null() {
            if std::ptr::eq(t, other) {
                return true;
            }
            let tr = unsafe { &*t };
            if tr.heap {
                // Multiple inheritance: consult the full MRO.
                return crate::typeobj::mro_contains(tr, other);
            }
            t = tr.base.get();
        }
        false
    }
}

// Singletons.
pub static NONE_OBJ: Obj = Obj { ty: &NONE_TYPE };
pub static ELLIPSIS_OBJ: Obj = Obj { ty: &ELLIPSIS_TYPE };
pub static NOTIMPL_OBJ: Obj = Obj { ty: &NOTIMPL_TYPE };

/// True and False: bool is a subclass of int; `v` is 0 or 1.
#[repr(C)]
pub struct BoolObj {
    pub ob: Obj,
    pub v: i64,
}
pub static TRUE_OBJ: BoolObj = BoolObj {
    ob: Obj { ty: &BOOL_TYPE },
    v: 1,
};
pub static FALSE_OBJ: BoolObj = BoolObj {
    ob: Obj { ty: &BOOL_TYPE },
    v: 0,
};

pub static OBJECT_TYPE: TypeObject = TypeObject::builtin(
    "object",
    Kind::Object,
    std::ptr::null(),
    crate::typeobj::OBJECT_METHODS,
    crate::typeobj::OBJECT_SLOTS,
);
pub static NONE_TYPE: TypeObject = TypeObject::builtin(
    "NoneType",
    Kind::NoneType,
    &OBJECT_TYPE,
    &[],
    Slots {
        repr: Some(|_| Ok(crate::str::new_str("None"))),
        truthy: Some(|_| Ok(false)),
        ..Slots::EMPTY
    },
)
.final_();
pub static ELLIPSIS_TYPE: TypeObject = TypeObject::builtin(
    "ellipsis",
    Kind::Ellipsis,
    &OBJECT_TYPE,
    &[],
    Slots {
        repr: Some(|_| Ok(crate::str::new_str("Ellipsis"))),
        ..Slots::EMPTY
    },
)
.final_();
pub static NOTIMPL_TYPE: TypeObject = TypeObject::builtin(
    "NotImplementedType",
    Kind::NotImplemented,
    &OBJECT_TYPE,
    &[],
    Slots {
        repr: Some(|_| Ok(crate::str::new_str("NotImplemented"))),
        ..Slots::EMPTY
    },
)
.final_();
pub static BOOL_TYPE: TypeObject = TypeObject::builtin(
    "bool",
    Kind::Bool,
    &crate::int::INT_TYPE,
    crate::int::BOOL_METHODS,
    crate::int::BOOL_SLOTS,
)
.final_();

/// Allocate a GC object and return it as a value.
#[inline]
pub fn new_obj<T>(v: T) -> Value {
    Value::from_ptr(crate::gc::alloc(v))
}
