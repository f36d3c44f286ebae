//! Runtime helpers for the `match` statement's structural patterns. Each
//! returns the values to match sub-patterns against, or None when the
//! subject does not have the required shape.

use crate::exc::{type_error, PyResult};
use crate::object::{Kind, Kw, TypeObject};
use crate::value::{none, Value};

fn solid_kind(v: Value) -> Kind {
    let t = v.ty();
    if t.heap {
        crate::class::solid_base(t).kind
    } else {
        t.kind
    }
}

/// `case [a, *rest, b]:` — a list of `n` items (the star item a list).
pub fn match_seq(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (subj, n, star) = (
        args[0],
        crate::int::as_i64(args[1]).unwrap_or(0) as usize,
        crate::int::as_i64(args[2]).unwrap_or(-1),
    );
    if !matches!(solid_kind(subj), Kind::List | Kind::Tuple | Kind::Range) {
        return Ok(none());
    }
    let items = crate::ops::collect(subj)?;
    if star < 0 {
        if items.len() != n {
            return Ok(none());
        }
        return Ok(crate::list::new_list(items));
    }
    let s = star as usize;
    if items.len() < n - 1 {
        return Ok(none());
    }
    let after = n - s - 1;
    let mut out = items[..s].to_vec();
    out.push(crate::list::new_list(
        items[s..items.len() - after].to_vec(),
    ));
    out.extend_from_slice(&items[items.len() - after..]);
    Ok(crate::list::new_list(out))
}

/// `case {"k": v, **rest}:` — the values for the keys (and the rest dict).
pub fn match_map(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (subj, keys, want_rest) = (
        args[0],
        crate::tuple::items(args[1]),
        crate::ops::truthy(args[2])?,
    );
    if solid_kind(subj) != Kind::Dict {
        return Ok(none());
    }
    let mut out = Vec::new();
    for k in keys {
        match crate::dict::dict_get(subj, *k)? {
            Some(v) => out.push(v),
            None => return Ok(none()),
        }
    }
    if want_rest {
        let rest = crate::dict::new_dict();
        for (k, v) in crate::dict::dict_items(subj) {
            let mut used = false;
            for key in keys {
                if crate::ops::eq(k, *key)? {
                    used = true;
                }
            }
            if !used {
                crate::dict::dict_set(rest, k, v)?;
            }
        }
        out.push(rest);
    }
    Ok(crate::tuple::new_tuple(out))
}

/// `case Point(x, y=0):` — positional attributes via `__match_args__`,
/// then keyword attributes.
pub fn match_class(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (subj, cls, npos, kwnames) = (
        args[0],
        args[1],
        crate::int::as_i64(args[2]).unwrap_or(0) as usize,
        args[3],
    );
    if cls.kind() != Kind::Type {
        return Err(type_error("called match pattern must be a class"));
    }
    let ct: &TypeObject = cls.cast::<TypeObject>();
    if !subj.ty().is_subtype(ct) {
        return Ok(none());
    }
    let mut out = Vec::new();
    if npos > 0 {
        let self_match = !ct.heap
            && matches!(
                ct.kind,
                Kind::Bool
                    | Kind::Int
                    | Kind::Float
                    | Kind::Str
                    | Kind::Bytes
                    | Kind::ByteArray
                    | Kind::Dict
                    | Kind::List
                    | Kind::Tuple
                    | Kind::Set
                    | Kind::FrozenSet
            );
        if self_match {
            if npos > 1 {
                return Err(type_error(format!(
                    "{}() accepts 1 positional sub-pattern ({} given)",
                    ct.name(),
                    npos
                )));
            }
            out.push(subj);
        } else {
            let ma = crate::ops::getattr_opt(cls, crate::str::intern_static("__match_args__"))?;
            let names = match ma {
                Some(t) if t.kind() == Kind::Tuple => crate::tuple::items(t).to_vec(),
                Some(_) => {
                    return Err(type_error(format!(
                        "{}.__match_args__ must be a tuple",
                        ct.name()
                    )))
                }
                None => vec![],
            };
            if npos > names.len() {
                return Err(type_error(format!(
                    "{}() accepts {} positional sub-pattern{} ({} given)",
                    ct.name(),
                    names.len(),
                    if names.len() == 1 { "" } else { "s" },
                    npos
                )));
            }
            for n in &names[..npos] {
                match crate::ops::getattr_opt(subj, *n)? {
                    Some(v) => out.push(v),
                    None => return Ok(none()),
                }
            }
        }
    }
    for n in crate::tuple::items(kwnames) {
        match crate::ops::getattr_opt(subj, *n)? {
            Some(v) => out.push(v),
            None => return Ok(none()),
        }
    }
    Ok(crate::tuple::new_tuple(out))
}
