//! Unparsing expressions back to source text, as CPython's
//! `Python/ast_unparse.c` does. Used for annotations under
//! `from __future__ import annotations`, which are stored as these strings.
//!
//! Guarantee: for the expressions annotations use (names, attributes,
//! subscripts, calls, operators, displays, constants) the text is identical
//! to CPython 3.11's; constructs without a rule here (comprehensions,
//! f-strings, `await`, `yield`) return `None` so the caller can report them.

use super::parse::ast::{self, Constant, Expr};

// Precedence levels of ast_unparse.c, lowest first.
const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_EXPR: u8 = 6;
const PR_BOR: u8 = PR_EXPR;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_ATOM: u8 = 15;

/// The source text of annotation `e` (CPython unparses at test level).
pub fn annotation(e: &Expr) -> Option<String> {
    let mut out = String::new();
    expr(&mut out, e, PR_TEST)?;
    Some(out)
}

fn expr(o: &mut String, e: &Expr, level: u8) -> Option<()> {
    match e {
        Expr::Name(n) => o.push_str(n.id.as_str()),
        Expr::Constant(c) => constant(o, &c.value),
        Expr::Attribute(a) => {
            expr(o, &a.value, PR_ATOM)?;
            let int_base =
                matches!(&*a.value, Expr::Constant(c) if matches!(c.value, Constant::Int(_)));
            o.push_str(if int_base { " ." } else { "." });
            o.push_str(a.attr.as_str());
        }
        Expr::Subscript(s) => {
            expr(o, &s.value, PR_ATOM)?;
            o.push('[');
            expr(o, &s.slice, PR_TUPLE)?;
            o.push(']');
        }
        Expr::Starred(s) => {
            o.push('*');
            expr(o, &s.value, PR_EXPR)?;
        }
        Expr::Tuple(t) => {
            if t.elts.is_empty() {
                o.push_str("()");
            } else {
                let paren = level > PR_TUPLE;
                if paren {
                    o.push('(');
                }
                seq(o, &t.elts)?;
                if t.elts.len() == 1 {
                    o.push(',');
                }
                if paren {
                    o.push(')');
                }
            }
        }
        Expr::List(l) => {
            o.push('[');
            seq(o, &l.elts)?;
            o.push(']');
        }
        Expr::Set(s) => {
            if s.elts.is_empty() {
                o.push_str("{*()}");
            } else {
                o.push('{');
                seq(o, &s.elts)?;
                o.push('}');
            }
        }
        Expr::Dict(d) => {
            o.push('{');
            for (i, (k, v)) in d.keys.iter().zip(&d.values).enumerate() {
                if i > 0 {
                    o.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(o, k, PR_TEST)?;
                        o.push_str(": ");
                        expr(o, v, PR_TEST)?;
                    }
                    None => {
                        o.push_str("**");
                        expr(o, v, PR_EXPR)?;
                    }
                }
            }
            o.push('}');
        }
        Expr::Slice(s) => {
            if let Some(x) = &s.lower {
                expr(o, x, PR_TEST)?;
            }
            o.push(':');
            if let Some(x) = &s.upper {
                expr(o, x, PR_TEST)?;
            }
            if let Some(x) = &s.step {
                o.push(':');
                expr(o, x, PR_TEST)?;
            }
        }
        Expr::Call(c) => {
            expr(o, &c.func, PR_ATOM)?;
            o.push('(');
            let mut first = true;
            for a in &c.args {
                if !std::mem::take(&mut first) {
                    o.push_str(", ");
                }
                expr(o, a, PR_TEST)?;
            }
            for k in &c.keywords {
                if !std::mem::take(&mut first) {
                    o.push_str(", ");
                }
                match &k.arg {
                    Some(n) => {
                        o.push_str(n.as_str());
                        o.push('=');
                    }
                    None => o.push_str("**"),
                }
                expr(o, &k.value, PR_TEST)?;
            }
            o.push(')');
        }
        Expr::BinOp(b) => {
            use ast::Operator::*;
            let (op, pr) = match b.op {
                Add => (" + ", PR_ARITH),
                Sub => (" - ", PR_ARITH),
                Mult => (" * ", PR_TERM),
                MatMult => (" @ ", PR_TERM),
                Div => (" / ", PR_TERM),
                Mod => (" % ", PR_TERM),
                FloorDiv => (" // ", PR_TERM),
                LShift => (" << ", PR_SHIFT),
                RShift => (" >> ", PR_SHIFT),
                BitOr => (" | ", PR_BOR),
                BitXor => (" ^ ", PR_BXOR),
                BitAnd => (" & ", PR_BAND),
                Pow => (" ** ", PR_POWER),
            };
            let rassoc = u8::from(matches!(b.op, Pow));
            group(o, level > pr, |o| {
                expr(o, &b.left, pr + rassoc)?;
                o.push_str(op);
                expr(o, &b.right, pr + 1 - rassoc)
            })?;
        }
        Expr::UnaryOp(u) => {
            use ast::UnaryOp::*;
            let (op, pr) = match u.op {
                Not => ("not ", PR_NOT),
                Invert => ("~", PR_FACTOR),
                UAdd => ("+", PR_FACTOR),
                USub => ("-", PR_FACTOR),
            };
            group(o, level > pr, |o| {
                o.push_str(op);
                expr(o, &u.operand, pr)
            })?;
        }
        Expr::BoolOp(b) => {
            let (op, pr) = match b.op {
                ast::BoolOp::And => (" and ", PR_AND),
                ast::BoolOp::Or => (" or ", PR_OR),
            };
            group(o, level > pr, |o| {
                for (i, v) in b.values.iter().enumerate() {
                    if i > 0 {
                        o.push_str(op);
                    }
                    expr(o, v, pr + 1)?;
                }
                Some(())
            })?;
        }
        Expr::Compare(c) => {
            group(o, level > PR_CMP, |o| {
                expr(o, &c.left, PR_CMP + 1)?;
                for (op, r) in c.ops.iter().zip(&c.comparators) {
                    use ast::CmpOp::*;
                    o.push_str(match op {
                        Eq => " == ",
                        NotEq => " != ",
                        Lt => " < ",
                        LtE => " <= ",
                        Gt => " > ",
                        GtE => " >= ",
                        Is => " is ",
                        IsNot => " is not ",
                        In => " in ",
                        NotIn => " not in ",
                    });
                    expr(o, r, PR_CMP + 1)?;
                }
                Some(())
            })?;
        }
        Expr::IfExp(x) => {
            group(o, level > PR_TEST, |o| {
                expr(o, &x.body, PR_TEST + 1)?;
                o.push_str(" if ");
                expr(o, &x.test, PR_TEST + 1)?;
                o.push_str(" else ");
                expr(o, &x.orelse, PR_TEST)
            })?;
        }
        Expr::Lambda(l) => {
            group(o, level > PR_TEST, |o| {
                let a = &l.args;
                let simple = a.posonlyargs.is_empty()
                    && a.kwonlyargs.is_empty()
                    && a.vararg.is_none()
                    && a.kwarg.is_none()
                    && a.args.iter().all(|x| x.default.is_none());
                if !simple {
                    return None;
                }
                o.push_str("lambda");
                for (i, x) in a.args.iter().enumerate() {
                    o.push_str(if i == 0 { " " } else { ", " });
                    o.push_str(x.def.arg.as_str());
                }
                o.push_str(": ");
                expr(o, &l.body, PR_TEST)
            })?;
        }
        _ => return None,
    }
    Some(())
}

fn group(o: &mut String, paren: bool, f: impl FnOnce(&mut String) -> Option<()>) -> Option<()> {
    if paren {
        o.push('(');
    }
    f(o)?;
    if paren {
        o.push(')');
    }
    Some(())
}

fn seq(o: &mut String, elts: &[Expr]) -> Option<()> {
    for (i, e) in elts.iter().enumerate() {
        if i > 0 {
            o.push_str(", ");
        }
        expr(o, e, PR_TEST)?;
    }
    Some(())
}

fn constant(o: &mut String, c: &Constant) {
    match c {
        Constant::None => o.push_str("None"),
        Constant::Bool(b) => o.push_str(if *b { "True" } else { "False" }),
        Constant::Str(s) => o.push_str(&str_repr(s)),
        Constant::Bytes(b) => o.push_str(&bytes_repr(b)),
        Constant::Int(i) => o.push_str(&i.to_string()),
        Constant::Float(f) => o.push_str(&float_repr(*f)),
        Constant::Complex { real, imag } => {
            if *real == 0.0 {
                o.push_str(float_repr(*imag).trim_end_matches(".0"));
                o.push('j');
            } else {
                o.push_str(&format!("({}+{}j)", float_repr(*real), float_repr(*imag)));
            }
        }
        Constant::Ellipsis => o.push_str("..."),
        Constant::Tuple(items) => {
            o.push('(');
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    o.push_str(", ");
                }
                constant(o, x);
            }
            if items.len() == 1 {
                o.push(',');
            }
            o.push(')');
        }
    }
}

/// Python's `repr(str)`.
pub fn str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut o = String::with_capacity(s.len() + 2);
    o.push(q);
    for ch in s.chars() {
        match ch {
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\t' => o.push_str("\\t"),
            c if c == q => {
                o.push('\\');
                o.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                o.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => o.push(c),
        }
    }
    o.push(q);
    o
}

fn bytes_repr(b: &[u8]) -> String {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut o = String::from("b");
    o.push(q as char);
    for &c in b {
        match c {
            b'\\' => o.push_str("\\\\"),
            b'\n' => o.push_str("\\n"),
            b'\r' => o.push_str("\\r"),
            b'\t' => o.push_str("\\t"),
            c if c == q => {
                o.push('\\');
                o.push(c as char);
            }
            0x20..=0x7e => o.push(c as char),
            c => o.push_str(&format!("\\x{c:02x}")),
        }
    }
    o.push(q as char);
    o
}

/// Python's `repr(float)` (shortest round-trip digits, CPython's exponent
/// switch points).
fn float_repr(f: f64) -> String {
    if f.is_infinite() {
        // CPython unparses infinite constants as an overflowing literal.
        return if f > 0.0 {
            "1e309".into()
        } else {
            "-1e309".into()
        };
    }
    if f.is_nan() {
        return "nan".into();
    }
    let a = f.abs();
    if a != 0.0 && !(1e-4..1e16).contains(&a) {
        let s = format!("{f:e}");
        let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
        let exp: i32 = e.parse().unwrap_or(0);
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{m}e{sign}{:02}", exp.abs());
    }
    let s = format!("{f}");
    if s.contains('.') {
        s
    } else {
        format!("{s}.0")
    }
}
