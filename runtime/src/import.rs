//! `import`: the registry of loaded modules, the builtin modules (sys,
//! math, time), and the program's own modules (each run once).

use crate::exc::{self, PyResult};
use crate::value::Value;

/// sys.modules: a dict name -> module.
static mut MODULES: Value = Value::NULL;

fn modules() -> Value {
    unsafe {
        if MODULES.is_null() {
            MODULES = crate::dict::new_dict();
        }
        MODULES
    }
}

pub fn sys_modules() -> Value {
    modules()
}

pub fn register_module(name: &str, m: Value) {
    let _ = crate::dict::dict_set(modules(), crate::str::new_str(name), m);
}

/// A builtin module implemented in Rust: its name and a function filling
/// its namespace dict.
pub type ModuleInit = fn(Value) -> PyResult<()>;

fn builtin_module(name: &str) -> Option<ModuleInit> {
    crate::modules::native_module(name)
}

/// The program module named `name`, if the compiler included one.
fn program_module(name: &str) -> Option<&'static pyaot_ir::ModuleInfo> {
    crate::program::program()
        .module
        .modules
        .iter()
        .find(|m| m.name == name)
}

/// The module the running code belongs to, and whether it is a package.
fn current_module(cur: Value) -> (&'static str, bool) {
    if cur.is_null() || cur.kind() != crate::object::Kind::Function {
        return ("__main__", false);
    }
    let name: &'static str = &cur.cast::<crate::func::FuncObj>().code.module;
    (
        name,
        program_module(name).map(|m| m.is_package).unwrap_or(false),
    )
}

fn resolve(cur: Value, n: &str, level: u32) -> PyResult<String> {
    if level == 0 {
        return Ok(n.to_string());
    }
    let (modname, is_pkg) = current_module(cur);
    let mut parts: Vec<&str> = modname.split('.').collect();
    if !is_pkg {
        parts.pop();
    }
    for _ in 1..level {
        parts.pop();
    }
    if modname == "__main__" || parts.is_empty() {
        return Err(exc::raise(
            &exc::IMPORT_ERROR,
            "attempted relative import with no known parent package",
        ));
    }
    let base = parts.join(".");
    Ok(if n.is_empty() {
        base
    } else {
        format!("{base}.{n}")
    })
}

/// Load one module (its parent packages must be loaded already).
fn load_one(full: &str) -> PyResult<Value> {
    let key = crate::str::new_str(full);
    if let Some(m) = crate::dict::dict_get_str(modules(), key) {
        return Ok(m);
    }
    if full == "builtins" {
        // The module's namespace is the builtins dict itself, so
        // `builtins.x = v` is seen by every later lookup of `x`.
        let m = crate::module::new_module(full, crate::builtins::builtins_dict());
        register_module(full, m);
        return Ok(m);
    }
    if let Some(init) = builtin_module(full) {
        let d = crate::dict::new_dict();
        let m = crate::module::new_module(full, d);
        register_module(full, m);
        init(d)?;
        return Ok(m);
    }
    let Some(info) = program_module(full) else {
        return Err(exc::raise(
            &exc::MODULE_NOT_FOUND_ERROR,
            format!("No module named '{full}'"),
        ));
    };
    let d = crate::dict::new_dict();
    let m = crate::module::new_module(full, d);
    crate::dict::dict_set(
        d,
        crate::str::intern_static("__file__"),
        crate::str::new_str(&info.file),
    )?;
    let doc = &crate::program::program().module.functions[info.body.0 as usize].doc;
    let docv = doc
        .as_deref()
        .map(crate::str::new_str)
        .unwrap_or_else(crate::value::none);
    crate::dict::dict_set(d, crate::str::intern_static("__doc__"), docv)?;

    // Registered before running, so circular imports see the partial module.
    register_module(full, m);
    let f = crate::program::new_function(info.body.0, d, Value::NULL, Value::NULL, Value::NULL);
    if let Err(e) = crate::func::invoke(f, f.cast::<crate::func::FuncObj>(), &[]) {
        let _ = crate::dict::dict_del(modules(), key);
        return Err(e);
    }
    // A submodule becomes an attribute of its package.
    if let Some((parent, child)) = full.rsplit_once('.') {
        if let Some(p) = crate::dict::dict_get_str(modules(), crate::str::new_str(parent)) {
            crate::ops::setattr(p, crate::str::new_str(child), m)?;
        }
    }
    Ok(m)
}

/// `import name` (relative for level > 0): returns the named module itself.
pub fn import(cur: Value, name: Value, level: u32) -> PyResult<Value> {
    let n = crate::str::as_str(name);
    if level == 0 {
        if let Some(m) = crate::dict::dict_get_str(modules(), name) {
            return Ok(m);
        }
    }
    let full = resolve(cur, n, level)?;
    let mut m = Value::NULL;
    let mut prefix = String::new();
    for part in full.split('.') {
        if !prefix.is_empty() {
            prefix.push('.');
        }
        prefix.push_str(part);
        m = load_one(&prefix)?;
    }
    Ok(m)
}

/// `from module import *` into the module `dst`: the names in `__all__`,
/// or every name not starting with an underscore.
pub fn import_star(src: Value, dst: Value) -> PyResult<()> {
    let sd = crate::ops::getattr_str(src, "__dict__")?;
    let dd = crate::ops::getattr_str(dst, "__dict__")?;
    if let Some(all) = crate::dict::dict_get_str(sd, crate::str::intern_static("__all__")) {
        for n in crate::ops::collect(all)? {
            let v = crate::ops::getattr(src, n)?;
            crate::dict::dict_set(dd, n, v)?;
        }
        return Ok(());
    }
    for (k, v) in crate::dict::dict_items(sd) {
        if k.kind() == crate::object::Kind::Str && !crate::str::as_str(k).starts_with('_') {
            crate::dict::dict_set(dd, k, v)?;
        }
    }
    Ok(())
}

pub fn import_from(module: Value, name: Value) -> PyResult<Value> {
    if let Some(v) = crate::ops::getattr_opt(module, name)? {
        return Ok(v);
    }
    // `from pkg import submodule`.
    if module.kind() == crate::object::Kind::Module {
        let full = format!(
            "{}.{}",
            crate::module::module_name(module),
            crate::str::as_str(name)
        );
        if program_module(&full).is_some() {
            return load_one(&full);
        }
    }
    let mname = crate::module::module_name(module);
    let e = exc::new_exc_msg(
        &exc::IMPORT_ERROR,
        &format!(
            "cannot import name '{}' from '{}'",
            crate::str::as_str(name),
            mname
        ),
    );
    crate::exc_attrs::set(e, "name", crate::str::new_str(mname));
    Err(exc::raise_value(e))
}
