//! `_json.encode`: the native JSON encoder behind `json.dumps`, following
//! CPython 3.11's C encoder (Modules/_json.c `encoder_listencode_obj`)
//! for compact output and its Python `_make_iterencode` for indented
//! output (the two differ only in layout and in the out-of-range float
//! message, which names the value in the Python version).
//!
//! Order of checks, key conversion, `sort_keys` (a list sort of the item
//! tuples, so mixed key types raise CPython's TypeError), circular
//! reference detection by identity, `default` calls and error messages are
//! CPython's.

use crate::exc::{type_error, value_error, PyResult};
use crate::object::{Kind, Kw};
use crate::value::Value;
use std::collections::HashSet;

/// Nesting depth at which encoding stops with RecursionError.
const MAX_DEPTH: usize = 990;

struct Encoder {
    out: String,
    markers: Option<HashSet<usize>>,
    default: Value,
    ensure_ascii: bool,
    /// The indent unit for pretty-printing (None: compact).
    indent: Option<String>,
    key_sep: String,
    item_sep: String,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    /// Use the C encoder's messages (`json.dumps` without indent).
    c_messages: bool,
    depth: usize,
}

fn is_kind(v: Value, k: Kind) -> bool {
    !v.is_small() && v.kind() == k
}

impl Encoder {
    fn float(&mut self, v: Value) -> PyResult<()> {
        let x = crate::float::float_val(v);
        if x.is_finite() {
            self.out.push_str(&crate::dtoa::float_repr(x));
            return Ok(());
        }
        if !self.allow_nan {
            let mut msg = "Out of range float values are not JSON compliant".to_string();
            if !self.c_messages {
                msg.push_str(": ");
                msg.push_str(&crate::dtoa::float_repr(x));
            }
            return Err(value_error(msg));
        }
        self.out.push_str(if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        });
        Ok(())
    }

    fn string(&mut self, s: &str) {
        super::json::escape_into(&mut self.out, s, self.ensure_ascii);
    }

    fn enter(&mut self, v: Value) -> PyResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(crate::exc::raise(
                &crate::exc::RECURSION_ERROR,
                "maximum recursion depth exceeded while encoding a JSON object",
            ));
        }
        if let Some(m) = &mut self.markers {
            if !m.insert(v.0) {
                return Err(value_error("Circular reference detected"));
            }
        }
        Ok(())
    }

    fn leave(&mut self, v: Value) {
        self.depth -= 1;
        if let Some(m) = &mut self.markers {
            m.remove(&{ v.0 });
        }
    }

    fn newline(&mut self, level: usize) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
    }

    fn obj(&mut self, v: Value, level: usize) -> PyResult<()> {
        if v.is_none() {
            self.out.push_str("null");
        } else if is_kind(v, Kind::Bool) {
            let t = crate::ops::truthy(v)?;
            self.out.push_str(if t { "true" } else { "false" });
        } else if is_kind(v, Kind::Str) {
            self.string(crate::str::as_str(v));
        } else if v.is_small() || is_kind(v, Kind::Int) {
            self.out.push_str(&crate::int_methods::int_to_decimal(v)?);
        } else if is_kind(v, Kind::Float) {
            self.float(v)?;
        } else if is_kind(v, Kind::List) || is_kind(v, Kind::Tuple) {
            self.list(v, level)?;
        } else if is_kind(v, Kind::Dict) {
            self.dict(v, level)?;
        } else {
            self.enter(v)?;
            let nv = crate::func::call(self.default, &[v], Kw::NONE)?;
            self.obj(nv, level)?;
            self.leave(v);
        }
        Ok(())
    }

    fn list(&mut self, v: Value, level: usize) -> PyResult<()> {
        let items: Vec<Value> = if is_kind(v, Kind::List) {
            crate::list::items(v).to_vec()
        } else {
            crate::tuple::items(v).to_vec()
        };
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.enter(v)?;
        self.out.push('[');
        let inner = level + 1;
        self.newline(inner);
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                let sep = std::mem::take(&mut self.item_sep);
                self.out.push_str(&sep);
                self.item_sep = sep;
                self.newline(inner);
            }
            self.obj(item, inner)?;
        }
        self.newline(level);
        self.out.push(']');
        self.leave(v);
        Ok(())
    }

    fn dict(&mut self, v: Value, level: usize) -> PyResult<()> {
        if crate::dict::dict_len(v) == 0 {
            self.out.push_str("{}");
            return Ok(());
        }
        self.enter(v)?;
        let exact = std::ptr::eq(v.ty(), &crate::dict::DICT_TYPE);
        let items: Vec<(Value, Value)> = if exact && !self.sort_keys {
            crate::dict::dict_items(v)
        } else {
            let raw = crate::ops::call_method_str(v, "items", &[])?;
            let list = crate::list::new_list(crate::ops::collect(raw)?);
            if self.sort_keys {
                crate::ops::call_method_str(list, "sort", &[])?;
            }
            let mut pairs = Vec::new();
            for it in crate::list::items(list).to_vec() {
                if !is_kind(it, Kind::Tuple) || crate::tuple::items(it).len() != 2 {
                    return Err(value_error("items must return 2-tuples"));
                }
                let t = crate::tuple::items(it);
                pairs.push((t[0], t[1]));
            }
            pairs
        };
        self.out.push('{');
        let inner = level + 1;
        self.newline(inner);
        let mut first = true;
        for (k, val) in items {
            let key: String = if is_kind(k, Kind::Str) {
                crate::str::as_str(k).to_string()
            } else if is_kind(k, Kind::Float) {
                let save = std::mem::take(&mut self.out);
                let r = self.float(k);
                let s = std::mem::replace(&mut self.out, save);
                r?;
                s
            } else if is_kind(k, Kind::Bool) {
                (if crate::ops::truthy(k)? {
                    "true"
                } else {
                    "false"
                })
                .to_string()
            } else if k.is_none() {
                "null".to_string()
            } else if k.is_small() || is_kind(k, Kind::Int) {
                crate::int_methods::int_to_decimal(k)?
            } else if self.skipkeys {
                continue;
            } else {
                return Err(type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    k.ty().name()
                )));
            };
            if !first {
                let sep = std::mem::take(&mut self.item_sep);
                self.out.push_str(&sep);
                self.item_sep = sep;
                self.newline(inner);
            }
            first = false;
            self.string(&key);
            let sep = std::mem::take(&mut self.key_sep);
            self.out.push_str(&sep);
            self.key_sep = sep;
            self.obj(val, inner)?;
        }
        self.newline(level);
        self.out.push('}');
        self.leave(v);
        Ok(())
    }
}

fn str_arg(v: Value, what: &str) -> PyResult<String> {
    crate::str::str_opt(v)
        .map(|s| s.to_string())
        .ok_or_else(|| type_error(format!("{what} must be a string")))
}

/// `encode(obj, default, check_circular, ensure_ascii, indent,
/// key_separator, item_separator, sort_keys, skipkeys, allow_nan,
/// c_messages)`: the JSON text of `obj` (indent is None or a str).
pub fn m_encode(args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() || args.len() != 11 {
        return Err(type_error("encode() takes exactly 11 arguments"));
    }
    let t = |v: Value| crate::ops::truthy(v);
    let mut e = Encoder {
        out: String::new(),
        markers: if t(args[2])? {
            Some(HashSet::new())
        } else {
            None
        },
        default: args[1],
        ensure_ascii: t(args[3])?,
        indent: if args[4].is_none() {
            None
        } else {
            Some(str_arg(args[4], "indent")?)
        },
        key_sep: str_arg(args[5], "key_separator")?,
        item_sep: str_arg(args[6], "item_separator")?,
        sort_keys: t(args[7])?,
        skipkeys: t(args[8])?,
        allow_nan: t(args[9])?,
        c_messages: t(args[10])?,
        depth: 0,
    };
    e.obj(args[0], 0)?;
    Ok(crate::str::from_string(e.out))
}
