//! The text-like methods of `bytes` and `bytearray` that mirror str's
//! translation and layout methods: `istitle`, `expandtabs`, `maketrans`
//! and `translate`. Results have the receiver's type; errors carry
//! CPython's messages.

use crate::builtins::arity;
use crate::bytes::{as_bytes, bytes_like, make_like, new_bytes};
use crate::exc::{type_error, value_error, PyResult};
use crate::object::{Kind, Kw};
use crate::value::{bool_, Value};

/// The receiver's bytes, checked.
fn this(name: &str, args: &[Value]) -> PyResult<&'static [u8]> {
    match args.first() {
        Some(v) if matches!(v.kind(), Kind::Bytes | Kind::ByteArray) => Ok(as_bytes(*v)),
        Some(v) => Err(type_error(format!(
            "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
            v.ty().name()
        ))),
        None => Err(type_error(format!(
            "unbound method bytes.{name}() needs an argument"
        ))),
    }
}

fn buffer_arg(v: Value) -> PyResult<&'static [u8]> {
    bytes_like(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.ty().name()
        ))
    })
}

/// `bytes.istitle()`: cased runs start with an uppercase letter.
pub fn istitle(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = this("istitle", args)?;
    arity("istitle", &args[1..], 0, 0)?;
    let mut cased = false;
    let mut prev_cased = false;
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return Ok(bool_(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(bool_(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(bool_(cased))
}

/// `bytes.expandtabs(tabsize=8)`.
pub fn expandtabs(args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this("expandtabs", args)?;
    if args.len() > 2 {
        return Err(type_error(format!(
            "expandtabs() takes at most 1 argument ({} given)",
            args.len() - 1
        )));
    }
    let mut size = args.get(1).copied();
    for (k, v) in kw.iter() {
        if k == "tabsize" && size.is_none() {
            size = Some(v);
        } else {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for expandtabs()"
            )));
        }
    }
    let tab = match size {
        Some(v) => crate::int::index_i64(v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(b.len());
    let mut col: i64 = 0;
    for &c in b {
        match c {
            b'\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(make_like(args[0], out))
}

/// `bytes.maketrans(frm, to)`: a 256-byte translation table (bound to the
/// type, see `typeobj::CLASS_LEVEL_METHODS`).
pub fn maketrans(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("maketrans", kw)?;
    let a = match args.first() {
        Some(v) if v.kind() == Kind::Type => &args[1..],
        _ => args,
    };
    if a.len() != 2 {
        return Err(type_error(format!(
            "maketrans expected 2 arguments, got {}",
            a.len()
        )));
    }
    let frm = buffer_arg(a[0])?;
    let to = buffer_arg(a[1])?;
    if frm.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in frm.iter().zip(to) {
        table[*f as usize] = *t;
    }
    Ok(new_bytes(table))
}

/// `bytes.translate(table, /, delete=b'')`.
pub fn translate(args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this("translate", args)?;
    if args.len() < 2 {
        return Err(type_error(
            "translate() takes at least 1 positional argument (0 given)",
        ));
    }
    if args.len() > 3 {
        return Err(type_error(format!(
            "translate() takes at most 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    let mut delete = args.get(2).copied();
    for (k, v) in kw.iter() {
        if k == "delete" && delete.is_none() {
            delete = Some(v);
        } else {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for translate()"
            )));
        }
    }
    let table = if args[1].is_none() {
        None
    } else {
        let t = buffer_arg(args[1])?;
        if t.len() != 256 {
            return Err(value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let del: &[u8] = match delete {
        Some(d) => buffer_arg(d)?,
        None => &[],
    };
    let mut out = Vec::with_capacity(b.len());
    for &c in b {
        if del.contains(&c) {
            continue;
        }
        out.push(match table {
            Some(t) => t[c as usize],
            None => c,
        });
    }
    Ok(make_like(args[0], out))
}
