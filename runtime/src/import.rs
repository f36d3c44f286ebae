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
    crate::modules::BUILTIN_MODULES.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

pub fn import(_cur: Value, name: Value, _level: u32) -> PyResult<Value> {
    let n = crate::str::as_str(name);
    if let Some(m) = crate::dict::dict_get_str(modules(), name) {
        return Ok(m);
    }
    if let Some(init) = builtin_module(n) {
        let d = crate::dict::new_dict();
        let m = crate::module::new_module(n, d);
        register_module(n, m);
        init(d)?;
        return Ok(m);
    }
    Err(exc::raise(&exc::MODULE_NOT_FOUND_ERROR, format!("No module named '{n}'")))
}

pub fn import_from(module: Value, name: Value) -> PyResult<Value> {
    match crate::ops::getattr_opt(module, name)? {
        Some(v) => Ok(v),
        None => Err(exc::raise(
            &exc::IMPORT_ERROR,
            format!(
                "cannot import name '{}' from '{}'",
                crate::str::as_str(name),
                crate::module::module_name(module)
            ),
        )),
    }
}
