//! The `_io` module: the native pieces the embedded Python `io` module
//! re-exports (the standard streams' type `TextIOWrapper` and the
//! `UnsupportedOperation` exception their unsupported methods raise).
//! `StringIO` and `BytesIO` are written in Python (compiler/stdlib/io.py).

use crate::exc::PyResult;
use crate::value::Value;

/// Fill the `_io` module's namespace.
pub fn init(d: Value) -> PyResult<()> {
    let set = |k: &str, v: Value| crate::dict::dict_set(d, crate::str::intern(k), v);
    crate::file::UNSUPPORTED_OPERATION.module.set("io");
    crate::file::FILE_TYPE.module.set("_io");
    set("__name__", crate::str::new_str("_io"))?;
    set(
        "UnsupportedOperation",
        crate::file::UNSUPPORTED_OPERATION.as_value(),
    )?;
    set("TextIOWrapper", crate::file::FILE_TYPE.as_value())?;
    Ok(())
}
