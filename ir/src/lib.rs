//! pyaot's intermediate representation: one IR, two executors.
//!
//! The compiler lowers Python's AST into this IR; the native back end
//! lowers it further to Cranelift, and the runtime's VM interprets it
//! directly. Both executors must give every instruction the same meaning,
//! which is documented on each [`Op`] variant.
//!
//! Shape: a [`Module`] holds constant and name tables plus a list of
//! [`Function`]s; function 0 is the module body `<module>`. A function is a
//! control-flow graph of [`Block`]s; each block is a list of [`Inst`]s (an
//! [`Op`] plus the source line) ended by one [`Term`]inator.
//!
//! Registers ([`Reg`]) are mutable variables, not SSA values: a register may
//! be assigned many times. Registers `0..params.count()` receive the
//! function's (bound) arguments. A register that is read before it is
//! written holds "no value" (null); only `CheckBound` may observe that.
//!
//! Exceptions: every block may name a `handler` block. When an instruction
//! (or the terminator) of the block raises, control transfers to the handler,
//! whose first instruction is `Catch`. Without a handler, the exception
//! propagates to the caller. Before transferring, the executor appends a
//! traceback entry (function, line of the failing instruction), except for
//! `Term::Reraise`, which re-raises without a new entry (as CPython does).

use serde::{Deserialize, Serialize};
use std::fmt;

pub mod layout;

/// The modules the runtime implements natively, in one table shared by the
/// front end (such imports are not looked up as files), the linker (each is
/// the exported static `pyaot_native_<name>` in `runtime/src/modules/mod.rs`,
/// linked only when imported) and the runtime (`sys.builtin_module_names`).
pub const NATIVE_MODULES: &[&str] = &[
    "sys", "math", "time", "_random", "_io", "_json", "_sre", "_pyaot", "posix", "_hashlib",
    "_struct",
];
mod print;
pub use print::{print_module, print_module_annotated};

/// A virtual register (a local variable or a temporary).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Reg(pub u32);

/// A basic block within one function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct BlockId(pub u32);

/// A function of the module (index into `Module::functions`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]

pub struct FuncId(pub u32);

/// A constant (index into `Module::consts`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ConstId(pub u32);

/// An identifier (index into `Module::names`): attribute, global or
/// variable names, interned as str objects by the runtime.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct NameId(pub u32);

/// A whole program: all modules' code is flattened into one function list.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Module {
    /// Source file name as shown in tracebacks (e.g. `main.py`).
    pub file: String,
    pub consts: Vec<Const>,
    pub names: Vec<String>,
    pub functions: Vec<Function>,
    /// The program's own modules besides `__main__` (function 0).
    pub modules: Vec<ModuleInfo>,
}

/// A module of the program: its dotted name and the function that runs
/// its body.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ModuleInfo {
    pub name: String,
    pub body: FuncId,
    /// A package (`__init__.py`): relative imports resolve inside it.
    pub is_package: bool,
    pub file: String,
    /// The module's source text, for traceback lines (empty for the
    /// embedded standard library, whose lines CPython shows from its own
    /// files).
    pub source: String,
}

/// A constant value. `Tuple` and `FrozenSet` refer to earlier constants.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Const {
    None,
    True,
    False,
    Ellipsis,
    /// An int that fits in i64 (the runtime may still box it).
    Int(i64),
    /// An int literal too big for i64, as decimal digits (with sign).
    BigInt(String),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstId>),
    /// A frozenset built from the items in order (for set displays of
    /// constants, whose iteration order depends on how they are built).
    FrozenSet(Vec<ConstId>),
    /// A str holding lone surrogates (U+D800..U+DFFF), which `String`
    /// cannot: its code points.
    SurrogateStr(Vec<u32>),
}

/// The parameter list of a function, in CPython's order:
/// positional (the first `posonly` of them positional-only), then `*args`,
/// then keyword-only, then `**kwargs`. Bound arguments arrive in registers
/// `0..count()` in exactly that order.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Params {
    /// Names of positional then keyword-only parameters (no `*args`/`**kw`).
    pub names: Vec<String>,
    pub posonly: u32,
    pub npos: u32,
    pub nkwonly: u32,
    pub varargs: Option<String>,
    pub varkw: Option<String>,
}

impl Params {
    /// Number of argument registers: positional + (varargs) + kwonly + (varkw).
    pub fn count(&self) -> usize {
        self.npos as usize
            + self.nkwonly as usize
            + self.varargs.is_some() as usize
            + self.varkw.is_some() as usize
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum FuncKind {
    #[default]
    Normal,
    Generator,
    /// An `async def` without `yield`: calling it creates a coroutine, a
    /// generator whose `await`s are `yield from`s.
    Coroutine,
    /// An `async def` with `yield`: calling it creates an async generator.
    AsyncGenerator,
    /// The body of a class statement (runs once, returns its namespace).
    ClassBody,
    /// A module body (`<module>`).
    Module,
}

impl FuncKind {
    /// Does calling a function of this kind create a suspendable frame
    /// (generator, coroutine or async generator)?
    pub fn is_resumable(self) -> bool {
        matches!(
            self,
            FuncKind::Generator | FuncKind::Coroutine | FuncKind::AsyncGenerator
        )
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Function {
    pub name: String,
    pub qualname: String,
    /// Module name (`__main__` for the main file) this code belongs to.
    pub module: String,
    /// Source file shown in tracebacks.
    pub file: String,
    pub first_line: u32,
    pub kind: FuncKind,
    pub params: Params,
    /// Total number of registers used (arguments included).
    pub nregs: u32,
    /// Names of free variables, in the order of the closure tuple.
    pub freevars: Vec<String>,
    /// The docstring, if any.
    pub doc: Option<String>,
    /// Blocks; block 0 is the entry.
    pub blocks: Vec<Block>,
    /// Debug names for registers that hold named locals (for `--emit ir`).
    pub reg_names: Vec<(Reg, String)>,
    /// Compile-time inferred register types (informational; may be empty).
    pub reg_types: Vec<(Reg, Ty)>,
    /// Source ranges of the expressions instructions belong to; an
    /// instruction's `pos` is 1 + an index here (0: no range).
    pub positions: Vec<Pos>,
}

/// The source range of an expression, as CPython's `co_positions`: lines
/// are 1-based, columns are 0-based UTF-8 byte offsets into their lines.
/// `anchor` locates the operator of a binary operation or the brackets of
/// a subscript (the highlighted part of a traceback's caret line).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Pos {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
    pub anchor: Anchor,
}

/// What a traceback's caret line may single out inside a [`Pos`] range:
/// byte columns (in the start line) of the parts CPython's AST gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Anchor {
    None,
    /// `left op right`: the end of the left operand, the start of the right.
    BinOp {
        left_end: u32,
        right_start: u32,
    },
    /// `value[slice]`: the end of the value, the end of the slice.
    Subscript {
        value_end: u32,
        slice_end: u32,
    },
    /// `obj.name(args)`: the `pos` of `obj.name`, the range shown when
    /// looking the method up fails.
    Call {
        attr: u32,
    },
}

impl Function {
    /// The source range of an instruction's `pos`, if it has one.
    pub fn pos(&self, pos: u32) -> Option<&Pos> {
        pos.checked_sub(1)
            .and_then(|i| self.positions.get(i as usize))
    }
}

/// A type fact about a register that holds at every point it is defined.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Ty {
    Int,
    Float,
    Bool,
    Str,
    Object,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Block {
    pub insts: Vec<Inst>,
    pub term: Term,
    /// Line of the terminator.
    pub term_line: u32,
    /// Source range of the terminator (see [`Inst::pos`]).
    pub term_pos: u32,
    /// Where exceptions raised in this block go (None: to the caller).
    pub handler: Option<BlockId>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Inst {
    pub op: Op,
    pub line: u32,
    /// 1 + the index of the instruction's source range in
    /// [`Function::positions`]; 0 when it has none.
    pub pos: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
    MatMul,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::MatMul => "@",
        }
    }
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::BitAnd,
        BinOp::BitOr,
        BinOp::BitXor,
        BinOp::MatMul,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    /// `not x`: always produces a bool.
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
        }
    }
}

/// What kind of name a `CheckBound` guards, to pick CPython's message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BindKind {
    /// `UnboundLocalError: cannot access local variable 'x' where it is not
    /// associated with a value`
    Local,
    /// `NameError: cannot access free variable 'x' where it is not
    /// associated with a value in enclosing scope`
    Free,
}

/// One instruction. `dst` registers are written; all other registers are
/// read. Every instruction that can fail may raise (see module docs).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Op {
    /// dst = constant.
    Const {
        dst: Reg,
        c: ConstId,
    },
    /// dst = src (src must be bound or the result is unbound too).
    Move {
        dst: Reg,
        src: Reg,
    },
    /// dst = unbound (for `del x`).
    Clear {
        dst: Reg,
    },
    /// Raise UnboundLocalError/NameError naming `name` if `src` is unbound.
    CheckBound {
        src: Reg,
        name: NameId,
        kind: BindKind,
    },
    /// dst = module global `name`, else builtin `name`, else NameError.
    LoadGlobal {
        dst: Reg,
        name: NameId,
    },
    StoreGlobal {
        name: NameId,
        src: Reg,
    },
    DelGlobal {
        name: NameId,
    },
    /// dst = a op b (binary operator protocol, with CPython's TypeError).
    Binary {
        dst: Reg,
        op: BinOp,
        a: Reg,
        b: Reg,
    },
    /// dst = a op= b (tries `__iop__` first, then the binary operator).
    Inplace {
        dst: Reg,
        op: BinOp,
        a: Reg,
        b: Reg,
    },
    Unary {
        dst: Reg,
        op: UnaryOp,
        a: Reg,
    },
    /// dst = a op b (rich comparison; `in`/`is` produce bools).
    Compare {
        dst: Reg,
        op: CmpOp,
        a: Reg,
        b: Reg,
    },
    /// dst = bool(a) as a bool object.
    Truth {
        dst: Reg,
        a: Reg,
    },
    GetAttr {
        dst: Reg,
        obj: Reg,
        name: NameId,
    },
    SetAttr {
        obj: Reg,
        name: NameId,
        src: Reg,
    },
    DelAttr {
        obj: Reg,
        name: NameId,
    },
    GetItem {
        dst: Reg,
        obj: Reg,
        key: Reg,
    },
    SetItem {
        obj: Reg,
        key: Reg,
        src: Reg,
    },
    DelItem {
        obj: Reg,
        key: Reg,
    },
    /// dst = slice(lo, hi, step); absent parts are None.
    MakeSlice {
        dst: Reg,
        lo: Option<Reg>,
        hi: Option<Reg>,
        step: Option<Reg>,
    },
    /// dst = func(*args, **dict(zip(kwnames, kwargs))): the last
    /// `len(kwnames)` entries of `args` are keyword values.
    Call {
        dst: Reg,
        func: Reg,
        args: Vec<Reg>,
        kwnames: Option<ConstId>,
    },
    /// dst = obj.name(*args, ...) without materialising a bound method.
    CallMethod {
        dst: Reg,
        obj: Reg,
        name: NameId,
        args: Vec<Reg>,
        kwnames: Option<ConstId>,
    },
    /// CPython's LOAD_METHOD for `obj.name(...)`, before the arguments are
    /// evaluated: when `obj.name` would bind a plain function or an unbound
    /// builtin method to `obj`, `func` = that callable and `this` = obj;
    /// otherwise `func` = getattr(obj, name) and `this` = NULL.
    LoadMethod {
        func: Reg,
        this: Reg,
        obj: Reg,
        name: NameId,
    },
    /// dst = func(this, *args, ...) when `this` is not NULL, else
    /// func(*args, ...): the call of a pair made by `LoadMethod`.
    CallLoaded {
        dst: Reg,
        func: Reg,
        this: Reg,
        args: Vec<Reg>,
        kwnames: Option<ConstId>,
    },
    /// dst = func(*args, **kwargs) with args a tuple and kwargs a dict or None.
    CallEx {
        dst: Reg,
        func: Reg,
        args: Reg,
        kwargs: Option<Reg>,
    },
    BuildTuple {
        dst: Reg,
        items: Vec<Reg>,
    },
    BuildList {
        dst: Reg,
        items: Vec<Reg>,
    },
    BuildSet {
        dst: Reg,
        items: Vec<Reg>,
    },
    /// dst = {k0: v0, k1: v1, ...} from alternating key, value registers.
    BuildDict {
        dst: Reg,
        items: Vec<Reg>,
    },
    /// Concatenate str objects (f-strings).
    BuildString {
        dst: Reg,
        parts: Vec<Reg>,
    },
    /// dst = format(conv(value), spec) for f-strings; conv is 's', 'r', 'a'
    /// or none; spec is a str register or none (empty spec).
    FormatValue {
        dst: Reg,
        value: Reg,
        conv: Option<char>,
        spec: Option<Reg>,
    },
    ListAppend {
        list: Reg,
        item: Reg,
    },
    /// list.extend(iterable) (for `[*a, *b]`); `call_func` is the callee
    /// when building the positional arguments of `f(*a)` (for its name in
    /// the "argument after * must be an iterable" error).
    ListExtend {
        list: Reg,
        iter: Reg,
        call_func: Option<Reg>,
    },
    SetAdd {
        set: Reg,
        item: Reg,
    },
    SetUpdate {
        set: Reg,
        iter: Reg,
    },
    /// dict[key] = value (for dict displays/comprehensions).
    DictSet {
        dict: Reg,
        key: Reg,
        value: Reg,
    },
    /// dict.update(mapping) for `{**a}`; for the keyword arguments of a
    /// call, `kwargs_merge` is the callee: duplicate keys and non-mappings
    /// raise TypeError naming it.
    DictUpdate {
        dict: Reg,
        mapping: Reg,
        kwargs_merge: Option<Reg>,
    },
    /// dst = tuple(list).
    ListToTuple {
        dst: Reg,
        list: Reg,
    },
    /// dst = iter(obj).
    GetIter {
        dst: Reg,
        obj: Reg,
    },
    /// Unpack an iterable into exactly `dsts.len()` registers; with
    /// `star = Some(i)`, dsts[i] receives a list of the middle items.
    Unpack {
        dsts: Vec<Reg>,
        src: Reg,
        star: Option<u32>,
    },
    /// Create a function object for `func`. `defaults` is a tuple of
    /// positional defaults, `kwdefaults` a dict, `closure` a tuple of cells.
    MakeFunction {
        dst: Reg,
        func: FuncId,
        defaults: Option<Reg>,
        kwdefaults: Option<Reg>,
        closure: Option<Reg>,
    },
    /// dst = a new empty cell (or a cell holding `init`).
    MakeCell {
        dst: Reg,
        init: Option<Reg>,
    },
    /// dst = cell contents; raises NameError/UnboundLocalError if empty.
    CellGet {
        dst: Reg,
        cell: Reg,
        name: NameId,
        kind: BindKind,
    },
    CellSet {
        cell: Reg,
        src: Reg,
    },
    /// Empty the cell (for `del x` of a cell variable).
    CellClear {
        cell: Reg,
    },
    /// dst = cell `idx` of the running function's closure.
    LoadClosure {
        dst: Reg,
        idx: u32,
    },
    /// dst = the module `name` (imported and initialised once).
    Import {
        dst: Reg,
        name: NameId,
        level: u32,
    },
    /// dst = getattr(module, name) or ImportError.
    ImportFrom {
        dst: Reg,
        module: Reg,
        name: NameId,
    },
    /// Handler entry: dst = the in-flight exception (now cleared);
    /// `saved` = the previously handled exception; the caught exception
    /// becomes the handled one (for bare `raise` and implicit chaining).
    Catch {
        dst: Reg,
        saved: Reg,
    },
    /// Restore the handled exception saved by `Catch` (leaving a handler).
    RestoreExc {
        saved: Reg,
    },
    /// dst = bool: does exception `exc` match `typ` (class or tuple)?
    ExcMatch {
        dst: Reg,
        exc: Reg,
        typ: Reg,
    },
    /// dst = the builtin named `name` (ignoring globals), for lowering
    /// constructs like `assert` that must use the real builtin.
    LoadBuiltin {
        dst: Reg,
        name: NameId,
    },
    /// Build a class: dst = metaclass(name, bases, namespace) where the
    /// namespace comes from running `body` (a ClassBody function object).
    BuildClass {
        dst: Reg,
        body: Reg,
        name: NameId,
        bases: Vec<Reg>,
        kwnames: Option<ConstId>,
    },
    /// Generator: suspend, yielding `value`; dst = the value sent in.
    Yield {
        dst: Reg,
        value: Reg,
    },
    /// Generator: delegate to `iter` (`yield from`); dst = its return value.
    YieldFrom {
        dst: Reg,
        iter: Reg,
    },
    /// dst = locals namespace of a class body (ClassBody functions only).
    LoadLocals {
        dst: Reg,
    },
    /// dst = the globals dict of the running function's module.
    LoadGlobals {
        dst: Reg,
    },
    /// Class bodies: dst = namespace[name], else global, else builtin.
    LoadName {
        dst: Reg,
        name: NameId,
    },
    /// Class bodies: namespace[name] = src.
    StoreName {
        name: NameId,
        src: Reg,
    },
    /// Class bodies: del namespace[name] (NameError if absent).
    DelName {
        name: NameId,
    },
    /// dst = iter(obj) for `yield from` (generators pass through).
    GetYieldFromIter {
        dst: Reg,
        obj: Reg,
    },
    /// dst = the iterator `await obj` delegates to (a coroutine itself, or
    /// `obj.__await__()`), with CPython's errors for non-awaitables.
    GetAwaitable {
        dst: Reg,
        obj: Reg,
    },
}

/// How a block ends.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Term {
    Jump(BlockId),
    /// Go to `then` if `cond` is truthy, else `els`.
    Branch {
        cond: Reg,
        then: BlockId,
        els: BlockId,
    },
    Return(Reg),
    /// Raise `exc` (a class or an instance), with `cause` for `raise X from Y`.
    /// `exc = None` means a bare `raise` of the handled exception.
    Raise {
        exc: Option<Reg>,
        cause: Option<Reg>,
    },
    /// Re-raise `exc` without adding a traceback entry (end of `finally`, or
    /// an exception no `except` clause matched).
    Reraise(Reg),
    /// dst = next(iter); on exhaustion go to `exit`, otherwise to `body`.
    ForIter {
        iter: Reg,
        dst: Reg,
        body: BlockId,
        exit: BlockId,
    },
    Unreachable,
}

impl Term {
    /// Successor blocks (normal control flow only).
    pub fn successors(&self) -> Vec<BlockId> {
        match self {
            Term::Jump(b) => vec![*b],
            Term::Branch { then, els, .. } => vec![*then, *els],
            Term::ForIter { body, exit, .. } => vec![*body, *exit],
            _ => vec![],
        }
    }
}

impl Module {
    pub fn encode(&self) -> Vec<u8> {
        bincode::serialize(self).expect("IR serialisation cannot fail")
    }
    pub fn decode(bytes: &[u8]) -> Result<Module, String> {
        bincode::deserialize(bytes).map_err(|e| e.to_string())
    }
}

impl fmt::Display for Reg {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "r{}", self.0)
    }
}
impl fmt::Display for BlockId {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "b{}", self.0)
    }
}
