//! The operator dunder methods of the numeric types (`int.__add__`,
//! `float.__lt__`, ...), generated from the types' slots so that explicit
//! calls (`int.__add__(a, b)`, `super().__add__(x)` in a subclass) behave
//! like the operators, returning NotImplemented for foreign operands.

use crate::exc::{type_error, PyResult};
use crate::object::Kw;
use crate::value::Value;
use pyaot_ir::{BinOp, CmpOp, UnaryOp};

pub type BinFn = fn(BinOp, Value, Value) -> PyResult<Value>;
pub type CmpFn = fn(Value, Value, CmpOp) -> PyResult<Value>;
pub type UnFn = fn(UnaryOp, Value) -> PyResult<Value>;

fn check(args: &[Value], kw: Kw, n: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(type_error("wrapper takes no keyword arguments"));
    }
    if args.len() != n {
        return Err(type_error(format!(
            "expected {} argument{}, got {}",
            n - 1,
            if n == 2 { "" } else { "s" },
            args.len().saturating_sub(1)
        )));
    }
    Ok(())
}

/// `self.__op__(other)` / `self.__rop__(other)`.
pub fn bin(args: &[Value], kw: Kw, f: BinFn, op: BinOp, reflected: bool) -> PyResult<Value> {
    check(args, kw, 2)?;
    if reflected {
        f(op, args[1], args[0])
    } else {
        f(op, args[0], args[1])
    }
}

/// `self.__pow__(other[, mod])` / `self.__rpow__(other[, mod])`.
pub fn pow(args: &[Value], kw: Kw, f: BinFn, reflected: bool) -> PyResult<Value> {
    if args.len() == 3 && kw.is_empty() {
        let m = args[2];
        if !m.is_none() {
            return if reflected {
                crate::numbuiltins::pow_values(args[1], args[0], Some(m))
            } else {
                crate::numbuiltins::pow_values(args[0], args[1], Some(m))
            };
        }
        return bin(&args[..2], kw, f, BinOp::Pow, reflected);
    }
    bin(args, kw, f, BinOp::Pow, reflected)
}

pub fn cmp(args: &[Value], kw: Kw, f: CmpFn, op: CmpOp) -> PyResult<Value> {
    check(args, kw, 2)?;
    f(args[0], args[1], op)
}

pub fn un(args: &[Value], kw: Kw, f: UnFn, op: UnaryOp) -> PyResult<Value> {
    check(args, kw, 1)?;
    f(op, args[0])
}

/// Builds a numeric type's method table: the operator dunders from its
/// binary, comparison and unary slot functions and its own repr, hash and
/// truth functions (never the generic ones, which would dispatch back to a
/// subclass's override), then `$extra` entries.
#[macro_export]
macro_rules! num_method_table {
    ($name:ident, $bin:path, $cmp:path, $un:path, $repr:path, $hash:path, $truthy:path, [$($extra:expr),* $(,)?]) => {
        pub static $name: $crate::object::MethodTable = &[
            ("__add__", |a: &[$crate::value::Value], k: $crate::object::Kw| $crate::numdunder::bin(a, k, $bin, pyaot_ir::BinOp::Add, false)),
            ("__radd__", |a: &[$crate::value::Value], k: $crate::object::Kw| $crate::numdunder::bin(a, k, $bin, pyaot_ir::BinOp::Add, true)),
            ("__sub__", |a: &[$crate::value::Value], k: $crate::object::Kw| $crate::numdunder::bin(a, k, $bin, pyaot_ir::BinOp::Sub, false)),
            ("__rsub__", |a: &[$crate::value::Value], k: $crate::object::Kw| $crate::numdunder::bin(a, k, $bin, pyaot_ir::BinOp::Sub, true)),
            ("__mul__", |a: &[$crate::value::Value], k: $crate::object::Kw| $crate::numdunder::bin(a, k, $bin, pyaot_ir::BinOp::Mul, false)),
            ("__rmul__", |a: &[$crate::value::Value], k: $crate::object::Kw| $crate::numdunder::bin(a, k, $bin, pyaot_ir::BinOp::Mul, true)),
            ("__truediv__", |a: &[$crate::value::Value], k: $crate::object::Kw| $crate::numdunder::bin(a, k, $bin, pyaot_ir::BinOp::TrueDiv, false)),
            ("__rtruediv__", |a: &[$crate::value::Value], k: $crate::object::Kw| $crate::numdunder::bin(a, k, $bin, pyaot_ir::BinOp::TrueDiv, true)),
            ("__floordiv__", |a: &[$crate::value::Value], k: $crate::object::Kw| $crate::numdunder::bin(a, k, $bin, pyaot_ir::BinOp::FloorDiv, false)),
            ("__rfloordiv__", |a: &[$crate::value::Value], k: $crate::object::Kw| $crate::numdunder::bin(a, k, $bin, pyaot_ir::BinOp::FloorDiv, true)),
            ("__mod__", |a: &[$crate::value::Value], k: $crate::object::Kw| $crate::numdunder::bin(a, k, $bin, pyaot_ir::BinOp::Mod, false)),
            ("__rmod__", |a: &[$crate::value::Value], k: $crate::object::Kw| $crate::numdunder::bin(a, k, $bin, pyaot_ir::BinOp::Mod, true)),
            ("__pow__", |a: &[$crate::value::Value], k: $crate::object::Kw| $crate::numdunder::pow(a, k, $bin, false)),
            ("__rpow__", |a: &[$crate::value::Value], k: $crate::object::Kw| $crate::numdunder::pow(a, k, $bin, true)),
            ("__eq__", |a: &[$crate::value::Value], k: $crate::object::Kw| $crate::numdunder::cmp(a, k, $cmp, pyaot_ir::CmpOp::Eq)),
            ("__ne__", |a: &[$crate::value::Value], k: $crate::object::Kw| $crate::numdunder::cmp(a, k, $cmp, pyaot_ir::CmpOp::Ne)),
            ("__lt__", |a: &[$crate::value::Value], k: $crate::object::Kw| $crate::numdunder::cmp(a, k, $cmp, pyaot_ir::CmpOp::Lt)),
            ("__le__", |a: &[$crate::value::Value], k: $crate::object::Kw| $crate::numdunder::cmp(a, k, $cmp, pyaot_ir::CmpOp::Le)),
            ("__gt__", |a: &[$crate::value::Value], k: $crate::object::Kw| $crate::numdunder::cmp(a, k, $cmp, pyaot_ir::CmpOp::Gt)),
            ("__ge__", |a: &[$crate::value::Value], k: $crate::object::Kw| $crate::numdunder::cmp(a, k, $cmp, pyaot_ir::CmpOp::Ge)),
            ("__neg__", |a: &[$crate::value::Value], k: $crate::object::Kw| $crate::numdunder::un(a, k, $un, pyaot_ir::UnaryOp::Neg)),
            ("__pos__", |a: &[$crate::value::Value], k: $crate::object::Kw| $crate::numdunder::un(a, k, $un, pyaot_ir::UnaryOp::Pos)),
            ("__repr__", |a: &[$crate::value::Value], _k: $crate::object::Kw| match a.first() {
                Some(v) => $repr(*v),
                None => Err($crate::exc::type_error("descriptor '__repr__' needs an argument")),
            }),
            ("__hash__", |a: &[$crate::value::Value], _k: $crate::object::Kw| match a.first() {
                Some(v) => Ok($crate::int::new_int($hash(*v)?)),
                None => Err($crate::exc::type_error("descriptor '__hash__' needs an argument")),
            }),
            ("__bool__", |a: &[$crate::value::Value], _k: $crate::object::Kw| match a.first() {
                Some(v) => Ok($crate::value::bool_($truthy(*v)?)),
                None => Err($crate::exc::type_error("descriptor '__bool__' needs an argument")),
            }),
            ("__format__", |a: &[$crate::value::Value], _k: $crate::object::Kw| {
                if a.len() != 2 || !$crate::str::is_str(a[1]) {
                    return Err($crate::exc::type_error("__format__() argument must be str"));
                }
                $crate::format::format_builtin(a[0], $crate::str::as_str(a[1]))
            }),
            $($extra),*
        ];
    };
}
