//! Source ranges of instructions, for the caret lines of tracebacks.
//!
//! Every instruction records the range of the AST node it was lowered
//! from (CPython's `co_positions`: start and end line, start and end
//! UTF-8 byte column), interned per function. For binary operations and
//! subscripts the range also carries the columns the traceback printer
//! needs to single out the operator or the brackets, as CPython finds them
//! by re-parsing the source segment.

use super::builder::FnBuilder;
use super::parse::ast::{self, Expr, Ranged};
use pyaot_ir::{Anchor, Pos};
use std::any::Any;

/// Intern the range of `node` in the function's position table; returns
/// the `pos` value for instructions (1 + index).
pub fn intern<T: Ranged + 'static>(b: &mut FnBuilder, node: &T) -> u32 {
    let r = node.range();
    let (mut line, mut col) = b.lines.line_col(r.start());
    let (end_line, end_col) = b.lines.line_col(r.end());
    let any = node as &dyn Any;
    // An attribute access that spans lines is placed at its name (CPython
    // 3.11's `update_start_location_to_match_attr`).
    if let Some(Expr::Attribute(a)) = any.downcast_ref::<Expr>() {
        let len = a.attr.as_str().len() as u32;
        if line != end_line && len < end_col {
            (line, col) = (end_line, end_col - len);
        }
    }
    let col_of = |n: &Expr, end: bool| -> Option<u32> {
        let off = if end {
            n.range().end()
        } else {
            n.range().start()
        };
        let (l, c) = b.lines.line_col(off);
        (l == line).then_some(c - 1)
    };
    let binop = |e: &ast::ExprBinOp| match (col_of(&e.left, true), col_of(&e.right, false)) {
        (Some(left_end), Some(right_start)) => Anchor::BinOp {
            left_end,
            right_start,
        },
        _ => Anchor::None,
    };
    let subscript = |e: &ast::ExprSubscript| match (col_of(&e.value, true), col_of(&e.slice, true))
    {
        (Some(value_end), Some(slice_end)) => Anchor::Subscript {
            value_end,
            slice_end,
        },
        _ => Anchor::None,
    };
    let call = |b: &mut FnBuilder, e: &ast::ExprCall| match &*e.func {
        f @ Expr::Attribute(_) => Anchor::Call { attr: intern(b, f) },
        _ => Anchor::None,
    };
    let anchor = if let Some(e) = any.downcast_ref::<Expr>() {
        match e {
            Expr::BinOp(x) => binop(x),
            Expr::Subscript(x) => subscript(x),
            Expr::Call(x) => call(b, x),
            _ => Anchor::None,
        }
    } else if let Some(x) = any.downcast_ref::<ast::ExprCall>() {
        call(b, x)
    } else if let Some(x) = any.downcast_ref::<ast::ExprBinOp>() {
        binop(x)
    } else if let Some(x) = any.downcast_ref::<ast::ExprSubscript>() {
        subscript(x)
    } else {
        Anchor::None
    };
    let pos = Pos {
        line,
        end_line,
        col: col - 1,
        end_col: end_col - 1,
        anchor,
    };
    if let Some(&p) = b.pos_map.get(&pos) {
        return p;
    }
    b.f.positions.push(pos);
    let p = b.f.positions.len() as u32;
    b.pos_map.insert(pos, p);
    p
}
