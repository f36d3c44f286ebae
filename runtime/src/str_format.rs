//! `str.format` and `str.format_map`: the replacement-field grammar of
//! CPython 3.11 (Objects/stringlib/unicode_format.h) — literal text with
//! `{{`/`}}` escapes, fields `{name.attr[key]!conv:spec}`, automatic and
//! manual numbering, nested fields inside the spec — with CPython's error
//! messages. The spec itself is applied by `crate::format::format`.

use crate::exc::{type_error, value_error, PyResult};
use crate::object::Kw;
use crate::str::{as_str, from_string, is_str, new_str};
use crate::value::Value;

/// Where field values come from.
struct Source<'a> {
    args: &'a [Value],
    kw: Kw<'a>,
    /// For format_map: the mapping (keyword lookups go through getitem).
    map: Option<Value>,
    /// 0: not yet known, 1: automatic numbering, 2: manual.
    mode: u8,
    next: usize,
}

pub fn format_method(args: &[Value], kw: Kw) -> PyResult<Value> {
    let this = crate::str_methods::check_self("format", args)?;
    let mut src = Source {
        args: &args[1..],
        kw,
        map: None,
        mode: 0,
        next: 0,
    };
    let mut out = String::new();
    build(as_str(this), &mut src, 2, &mut out)?;
    Ok(from_string(out))
}

pub fn format_map_method(args: &[Value], kw: Kw) -> PyResult<Value> {
    let this = crate::str_methods::check_self("format_map", args)?;
    if !kw.is_empty() {
        return Err(type_error("str.format_map() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(type_error(format!(
            "str.format_map() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let mut src = Source {
        args: &[],
        kw: Kw::NONE,
        map: Some(args[1]),
        mode: 0,
        next: 0,
    };
    let mut out = String::new();
    build(as_str(this), &mut src, 2, &mut out)?;
    Ok(from_string(out))
}

/// `fmt.format(*args, **kw)` for Rust callers.
pub fn format_str(fmt: &str, args: &[Value], kw: Kw) -> PyResult<String> {
    let mut src = Source {
        args,
        kw,
        map: None,
        mode: 0,
        next: 0,
    };
    let mut out = String::new();
    build(fmt, &mut src, 2, &mut out)?;
    Ok(out)
}

/// One parsed replacement field.
struct Field<'a> {
    name: &'a str,
    conv: Option<char>,
    spec: &'a str,
    expand: bool,
}

fn build(fmt: &str, src: &mut Source, depth: i32, out: &mut String) -> PyResult<()> {
    if depth <= 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let b = fmt.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // Literal text up to the next brace.
        let start = i;
        while i < b.len() && b[i] != b'{' && b[i] != b'}' {
            i += 1;
        }
        out.push_str(&fmt[start..i]);
        if i >= b.len() {
            break;
        }
        let c = b[i];
        i += 1;
        if c == b'}' {
            if i < b.len() && b[i] == b'}' {
                out.push('}');
                i += 1;
                continue;
            }
            return Err(value_error("Single '}' encountered in format string"));
        }
        // c == '{'
        if i >= b.len() {
            return Err(value_error("Single '{' encountered in format string"));
        }
        if b[i] == b'{' {
            out.push('{');
            i += 1;
            continue;
        }
        let (field, next) = parse_field(fmt, i)?;
        i = next;
        render(&field, src, depth, out)?;
    }
    Ok(())
}

/// Parse a field starting just after its '{'; returns the field and the
/// index just past its closing '}'.
fn parse_field(fmt: &str, mut i: usize) -> PyResult<(Field<'_>, usize)> {
    let b = fmt.as_bytes();
    let start = i;
    let mut delim = 0u8;
    while i < b.len() {
        let c = b[i];
        i += 1;
        match c {
            b'{' => return Err(value_error("unexpected '{' in field name")),
            b'[' => {
                while i < b.len() && b[i] != b']' {
                    i += 1;
                }
            }
            b'}' | b':' | b'!' => {
                delim = c;
                break;
            }
            _ => {}
        }
    }
    if delim == 0 {
        return Err(value_error("expected '}' before end of string"));
    }
    let name = &fmt[start..i - 1];
    let mut conv = None;
    if delim == b'!' {
        let Some(ch) = fmt[i..].chars().next() else {
            return Err(value_error(
                "end of string while looking for conversion specifier",
            ));
        };
        conv = Some(ch);
        i += ch.len_utf8();
        if i >= b.len() {
            return Err(value_error("unmatched '{' in format spec"));
        }
        delim = b[i];
        i += 1;
        if delim != b':' && delim != b'}' {
            return Err(value_error("expected ':' after conversion specifier"));
        }
    }
    if delim == b'}' {
        return Ok((
            Field {
                name,
                conv,
                spec: "",
                expand: false,
            },
            i,
        ));
    }
    // The spec, with nested fields.
    let spec_start = i;
    let mut nest = 1;
    let mut expand = false;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c == b'{' {
            nest += 1;
            expand = true;
        } else if c == b'}' {
            nest -= 1;
            if nest == 0 {
                return Ok((
                    Field {
                        name,
                        conv,
                        spec: &fmt[spec_start..i - 1],
                        expand,
                    },
                    i,
                ));
            }
        }
    }
    Err(value_error("unmatched '{' in format spec"))
}

fn parse_int(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    match s.parse::<usize>() {
        Ok(n) if n <= isize::MAX as usize => Ok(Some(n)),
        _ => Err(value_error("Too many decimal digits in format string")),
    }
}

fn positional(src: &Source, n: usize) -> PyResult<Value> {
    match src.args.get(n) {
        Some(v) => Ok(*v),
        None => Err(crate::exc::index_error(format!(
            "Replacement index {n} out of range for positional args tuple"
        ))),
    }
}

fn keyword(src: &Source, name: &str) -> PyResult<Value> {
    if let Some(m) = src.map {
        return crate::ops::getitem(m, new_str(name));
    }
    match src.kw.get(name) {
        Some(v) => Ok(v),
        None => Err(crate::exc::key_error(new_str(name))),
    }
}

/// Resolve a field name (`0`, `name`, `0.attr[key]`, or empty).
fn resolve(name: &str, src: &mut Source) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut obj = if first.is_empty() {
        if src.mode == 2 {
            return Err(value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        src.mode = 1;
        let n = src.next;
        src.next += 1;
        positional(src, n)?
    } else if let Some(n) = parse_int(first)? {
        if src.mode == 1 {
            return Err(value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        src.mode = 2;
        positional(src, n)?
    } else {
        keyword(src, first)?
    };
    // The rest: .attr and [key] parts.
    let b = name.as_bytes();
    let mut i = first_end;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c == b'.' {
            let s = i;
            while i < b.len() && b[i] != b'.' && b[i] != b'[' {
                i += 1;
            }
            let attr = &name[s..i];
            if attr.is_empty() {
                return Err(value_error("Empty attribute in format string"));
            }
            obj = crate::ops::getattr(obj, new_str(attr))?;
        } else if c == b'[' {
            let s = i;
            while i < b.len() && b[i] != b']' {
                i += 1;
            }
            if i >= b.len() {
                return Err(value_error("Missing ']' in format string"));
            }
            let key = &name[s..i];
            i += 1;
            if key.is_empty() {
                return Err(value_error("Empty attribute in format string"));
            }
            let k = match parse_int(key)? {
                Some(n) => crate::int::new_int(n as i64),
                None => new_str(key),
            };
            obj = crate::ops::getitem(obj, k)?;
            if i < b.len() && b[i] != b'.' && b[i] != b'[' {
                return Err(value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        } else {
            return Err(value_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
    }
    Ok(obj)
}

fn render(field: &Field, src: &mut Source, depth: i32, out: &mut String) -> PyResult<()> {
    let obj = resolve(field.name, src)?;
    let obj = match field.conv {
        None => obj,
        Some('r') => crate::ops::repr(obj)?,
        Some('s') => crate::ops::str(obj)?,
        Some('a') => crate::builtins::ascii(obj)?,
        Some(c) => {
            let u = c as u32;
            return Err(value_error(if (32..127).contains(&u) {
                format!("Unknown conversion specifier {c}")
            } else {
                format!("Unknown conversion specifier \\x{u:x}")
            }));
        }
    };
    let expanded;
    let spec = if field.expand {
        let mut s = String::new();
        build(field.spec, src, depth - 1, &mut s)?;
        expanded = s;
        expanded.as_str()
    } else {
        field.spec
    };
    if spec.is_empty() && is_str(obj) && !obj.ty().heap {
        out.push_str(as_str(obj));
        return Ok(());
    }
    let r = crate::format::format(obj, spec)?;
    if !is_str(r) {
        return Err(type_error(format!(
            "__format__ must return a str, not {}",
            r.ty().name()
        )));
    }
    out.push_str(as_str(r));
    Ok(())
}
