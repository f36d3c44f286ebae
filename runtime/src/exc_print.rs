//! CPython 3.11's text for an exception: the chained exceptions first
//! ("The above exception was the direct cause..." / "During handling..."),
//! each with its traceback (source lines and caret lines) and final
//! `Type: message` line and notes; exception groups in boxes, as
//! `TracebackException.format` draws them (which the interpreter's own
//! printer matches): nested members indented with `| ` margins, numbered
//! `+---- i ----` separators, at most 15 members and 10 levels.

use crate::exc::{take, ExcObj, TbEntry};
use crate::object::{Kind, TypeObject};
use crate::value::Value;

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;
const CAUSE: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";

struct Ctx {
    /// `traceback.py`'s caret rules (else the interpreter's).
    py: bool,
    depth: usize,
    need_close: bool,
    seen: Vec<Value>,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Every line of `text` behind the current margin.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

/// The text for `exc` (with its chain when `chain`).
pub fn format(exc: Value, out: &mut String, chain: bool, py: bool) {
    let mut ctx = Ctx {
        py,
        depth: 0,
        need_close: false,
        seen: vec![],
    };
    format_in(exc, out, chain, &mut ctx);
}

fn group_type() -> Option<&'static TypeObject> {
    let t = crate::dict::dict_get_str(
        crate::builtins::builtins_dict(),
        crate::str::intern_static("BaseExceptionGroup"),
    )?;
    (t.kind() == Kind::Type).then(|| t.cast::<TypeObject>())
}

/// The members of an exception group, or None for other exceptions.
fn group_members(exc: Value) -> Option<Vec<Value>> {
    let g = group_type()?;
    if !exc.ty().is_subtype(g) {
        return None;
    }
    let d = exc.cast::<ExcObj>().attrs.get();
    if d.is_null() {
        return Some(vec![]);
    }
    let excs = crate::dict::dict_get_str(d, crate::str::intern("__eg_exceptions"))?;
    crate::ops::collect(excs).ok().or_else(|| {
        take();
        Some(vec![])
    })
}

fn format_in(exc: Value, out: &mut String, chain: bool, ctx: &mut Ctx) {
    if exc.kind() != Kind::Exception {
        ctx.emit(out, "<non-exception object raised>\n", '|');
        return;
    }
    // The chain, outermost (the one raised last) first.
    let mut output: Vec<(Option<&str>, Value)> = vec![];
    let mut cur = exc;
    ctx.seen.push(exc);
    loop {
        let e = cur.cast::<ExcObj>();
        let (cause, context) = (e.cause.get(), e.context.get());
        let live = |v: Value| !v.is_null() && !v.is_none() && v.kind() == Kind::Exception;
        let next = if !chain {
            None
        } else if live(cause) {
            Some((CAUSE, cause))
        } else if live(context) && !e.suppress_context.get() {
            Some((CONTEXT, context))
        } else {
            None
        };
        match next {
            Some((msg, v)) if !ctx.seen.contains(&v) => {
                output.push((Some(msg), cur));
                ctx.seen.push(v);
                cur = v;
            }
            _ => {
                output.push((None, cur));
                break;
            }
        }
    }
    for (msg, exc) in output.into_iter().rev() {
        if let Some(m) = msg {
            ctx.emit(out, m, '|');
        }
        let e = exc.cast::<ExcObj>();
        match group_members(exc) {
            None => {
                if !e.tb().is_empty() {
                    ctx.emit(out, "Traceback (most recent call last):\n", '|');
                    ctx.emit(out, &stack_text(e.tb(), ctx.py), '|');
                }
                ctx.emit(out, &exception_only(exc), '|');
            }
            Some(_) if ctx.depth > MAX_GROUP_DEPTH => {
                let t = format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n");
                ctx.emit(out, &t, '|');
            }
            Some(members) => {
                let toplevel = ctx.depth == 0;
                if toplevel {
                    ctx.depth += 1;
                }
                if !e.tb().is_empty() {
                    let header = "Exception Group Traceback (most recent call last):\n";
                    ctx.emit(out, header, if toplevel { '+' } else { '|' });
                    ctx.emit(out, &stack_text(e.tb(), ctx.py), '|');
                }
                ctx.emit(out, &exception_only(exc), '|');
                let n = members.len().min(MAX_GROUP_WIDTH + 1);
                ctx.need_close = false;
                for i in 0..n {
                    let last = i + 1 == n;
                    if last {
                        ctx.need_close = true;
                    }
                    let truncated = i >= MAX_GROUP_WIDTH;
                    let title = if truncated {
                        "...".to_string()
                    } else {
                        (i + 1).to_string()
                    };
                    out.push_str(&ctx.indent());
                    out.push_str(if i == 0 { "+-" } else { "  " });
                    out.push_str(&format!("+---------------- {title} ----------------\n"));
                    ctx.depth += 1;
                    if !truncated {
                        format_in(members[i], out, chain, ctx);
                    } else {
                        let remaining = members.len() - MAX_GROUP_WIDTH;
                        let plural = if remaining > 1 { "s" } else { "" };
                        let t = format!("and {remaining} more exception{plural}\n");
                        ctx.emit(out, &t, '|');
                    }
                    if last && ctx.need_close {
                        out.push_str(&ctx.indent());
                        out.push_str("+------------------------------------\n");
                        ctx.need_close = false;
                    }
                    ctx.depth -= 1;
                }
                if toplevel {
                    ctx.depth = 0;
                }
            }
        }
    }
}

/// The `File ...` entries of a traceback, outermost first.
fn stack_text(tb: &[TbEntry], py: bool) -> String {
    // More than three consecutive entries for the same place (recursion)
    // are summarised, as both of CPython's printers do.
    const CUTOFF: usize = 3;
    let repeated = |out: &mut String, cnt: usize| {
        if cnt > CUTOFF {
            let n = cnt - CUTOFF;
            let s = if n > 1 { "s" } else { "" };
            out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
        }
    };
    let mut out = String::new();
    let mut last: Option<(u32, u32)> = None;
    let mut cnt = 0;
    for ent in tb.iter().rev() {
        let (file, name) = crate::program::func_location(ent.func);
        let key = (ent.func, ent.line);
        if last != Some(key) {
            repeated(&mut out, cnt);
            last = Some(key);
            cnt = 0;
        }
        cnt += 1;
        if cnt > CUTOFF {
            continue;
        }
        out.push_str(&format!(
            "  File \"{file}\", line {}, in {name}\n",
            ent.line
        ));
        if let Some(src) = crate::program::source_line(ent.func, ent.line) {
            // The interpreter's printer keeps trailing whitespace.
            let shown = if py {
                src.trim()
            } else {
                src.trim_start_matches([' ', '\t', '\x0c'])
            };
            out.push_str(&format!("    {shown}\n"));
            let f = &crate::program::program().module.functions[ent.func as usize];
            if let Some(pos) = f.pos(ent.pos).filter(|p| p.line == ent.line) {
                if let Some(carets) = crate::carets::caret_line(src, pos, py) {
                    out.push_str(&carets);
                }
            }
        }
    }
    repeated(&mut out, cnt);
    out
}

/// `Type: message` and the notes.
fn exception_only(exc: Value) -> String {
    let mut out = String::new();
    let e = exc.cast::<ExcObj>();
    let ty = exc.ty();
    let mut name = crate::typeobj::qualname(ty);
    let module = ty.module.get();
    if module != "builtins" && module != "__main__" {
        name = format!("{module}.{name}");
    }
    match crate::ops::str_string(exc) {
        Ok(s) if s.is_empty() => out.push_str(&format!("{name}\n")),
        Ok(s) => out.push_str(&format!("{name}: {s}\n")),
        Err(_) => {
            take();
            out.push_str(&format!("{name}: <exception str() failed>\n"))
        }
    }
    let d = e.dict.get();
    if !d.is_null() {
        if let Some(notes) = crate::dict::dict_get_str(d, crate::str::intern_static("__notes__")) {
            if let Ok(items) = crate::ops::collect(notes) {
                for n in items {
                    if let Ok(s) = crate::ops::str_string(n) {
                        out.push_str(&s);
                        out.push('\n');
                    }
                }
            } else {
                take();
            }
        }
    }
    out
}
