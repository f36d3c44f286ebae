//! The `posix` module: thin wrappers over the C library's file-system,
//! process and environment calls, used by the embedded Python `os` module
//! (compiler/stdlib/os.py), which adds CPython's argument handling,
//! `environ`, `stat_result`, `walk`, `scandir` and friends.
//!
//! Paths are str or bytes (the Python side applies `os.fspath`); failed
//! calls raise the OSError subclass for errno with CPython's message and
//! file name(s).

use crate::exc::{type_error, value_error, PyResult};
use crate::object::{Kind, Kw, NativeFn};
use crate::str::{from_string, str_opt};
use crate::value::{bool_, none, Value};
use std::ffi::CString;

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// The C path for a str or bytes argument.
fn cpath(v: Value) -> PyResult<CString> {
    let b: Vec<u8> = if let Some(s) = str_opt(v) {
        // The file system encoding: UTF-8 with surrogateescape.
        crate::str_surrogate::encode_utf8(s, "surrogateescape")?
    } else if v.kind() == Kind::Bytes {
        crate::bytes::as_bytes(v).to_vec()
    } else {
        return Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            v.ty().name()
        )));
    };
    CString::new(b).map_err(|_| value_error("embedded null byte"))
}

fn arg(args: &[Value], i: usize, name: &str) -> PyResult<Value> {
    args.get(i)
        .copied()
        .ok_or_else(|| type_error(format!("posix.{name}: missing argument {}", i + 1)))
}

fn int_arg(args: &[Value], i: usize, name: &str) -> PyResult<i64> {
    crate::int::index_i64(arg(args, i, name)?)
}

fn fail(path: Value) -> crate::exc::PyErr {
    crate::oserror::raise_errno(errno(), path)
}

/// Raise for a two-path call (`rename`): `[Errno N] msg: 'a' -> 'b'`.
fn fail2(a: Value, b: Value) -> crate::exc::PyErr {
    let e = errno();
    let args = [
        Value::from_small(e as i64),
        from_string(crate::oserror::strerror(e)),
        a,
        Value::from_small(0),
        b,
    ];
    match crate::exc::construct(&crate::exc::OS_ERROR, &args, Kw::NONE) {
        Ok(v) => crate::exc::raise_value(v),
        Err(e) => e,
    }
}

fn check(r: libc::c_int, path: Value) -> PyResult<Value> {
    if r < 0 {
        Err(fail(path))
    } else {
        Ok(none())
    }
}

fn getcwd(_a: &[Value], _k: Kw) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(from_string(p.to_string_lossy().into_owned())),
        Err(e) => Err(crate::oserror::raise_errno(
            e.raw_os_error().unwrap_or(0),
            none(),
        )),
    }
}

fn chdir(a: &[Value], _k: Kw) -> PyResult<Value> {
    let p = arg(a, 0, "chdir")?;
    let c = cpath(p)?;
    check(unsafe { libc::chdir(c.as_ptr()) }, p)
}

fn mkdir(a: &[Value], _k: Kw) -> PyResult<Value> {
    let p = arg(a, 0, "mkdir")?;
    let mode = if a.len() > 1 {
        int_arg(a, 1, "mkdir")?
    } else {
        0o777
    };
    let c = cpath(p)?;
    check(unsafe { libc::mkdir(c.as_ptr(), mode as libc::mode_t) }, p)
}

fn rmdir(a: &[Value], _k: Kw) -> PyResult<Value> {
    let p = arg(a, 0, "rmdir")?;
    let c = cpath(p)?;
    check(unsafe { libc::rmdir(c.as_ptr()) }, p)
}

fn unlink(a: &[Value], _k: Kw) -> PyResult<Value> {
    let p = arg(a, 0, "unlink")?;
    let c = cpath(p)?;
    check(unsafe { libc::unlink(c.as_ptr()) }, p)
}

fn rename(a: &[Value], _k: Kw) -> PyResult<Value> {
    let (s, d) = (arg(a, 0, "rename")?, arg(a, 1, "rename")?);
    let (cs, cd) = (cpath(s)?, cpath(d)?);
    if unsafe { libc::rename(cs.as_ptr(), cd.as_ptr()) } < 0 {
        return Err(fail2(s, d));
    }
    Ok(none())
}

fn symlink(a: &[Value], _k: Kw) -> PyResult<Value> {
    let (s, d) = (arg(a, 0, "symlink")?, arg(a, 1, "symlink")?);
    let (cs, cd) = (cpath(s)?, cpath(d)?);
    if unsafe { libc::symlink(cs.as_ptr(), cd.as_ptr()) } < 0 {
        return Err(fail2(s, d));
    }
    Ok(none())
}

fn link(a: &[Value], _k: Kw) -> PyResult<Value> {
    let (s, d) = (arg(a, 0, "link")?, arg(a, 1, "link")?);
    let (cs, cd) = (cpath(s)?, cpath(d)?);
    if unsafe { libc::link(cs.as_ptr(), cd.as_ptr()) } < 0 {
        return Err(fail2(s, d));
    }
    Ok(none())
}

fn readlink(a: &[Value], _k: Kw) -> PyResult<Value> {
    let p = arg(a, 0, "readlink")?;
    let c = cpath(p)?;
    let mut buf = vec![0u8; 4096];
    let n = unsafe { libc::readlink(c.as_ptr(), buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
    if n < 0 {
        return Err(fail(p));
    }
    buf.truncate(n as usize);
    Ok(if p.kind() == Kind::Bytes {
        crate::bytes::new_bytes(buf)
    } else {
        crate::bytes::decode(&buf, "utf-8", "surrogateescape")?
    })
}

fn chmod(a: &[Value], _k: Kw) -> PyResult<Value> {
    let p = arg(a, 0, "chmod")?;
    let mode = int_arg(a, 1, "chmod")?;
    let c = cpath(p)?;
    check(unsafe { libc::chmod(c.as_ptr(), mode as libc::mode_t) }, p)
}

fn access(a: &[Value], _k: Kw) -> PyResult<Value> {
    let p = arg(a, 0, "access")?;
    let mode = int_arg(a, 1, "access")?;
    let c = cpath(p)?;
    Ok(bool_(
        unsafe { libc::access(c.as_ptr(), mode as libc::c_int) } == 0,
    ))
}

/// `listdir(path)`: the names in a directory, without '.' and '..', in
/// the order the file system returns them.
fn listdir(a: &[Value], _k: Kw) -> PyResult<Value> {
    let p = arg(a, 0, "listdir")?;
    let c = cpath(p)?;
    let dir = unsafe { libc::opendir(c.as_ptr()) };
    if dir.is_null() {
        return Err(fail(p));
    }
    let mut out = Vec::new();
    loop {
        let ent = unsafe { libc::readdir(dir) };
        if ent.is_null() {
            break;
        }
        let name = unsafe { std::ffi::CStr::from_ptr((*ent).d_name.as_ptr()) }.to_bytes();
        if name == b"." || name == b".." {
            continue;
        }
        out.push(if p.kind() == Kind::Bytes {
            crate::bytes::new_bytes(name.to_vec())
        } else {
            crate::bytes::decode(name, "utf-8", "surrogateescape")?
        });
    }
    unsafe { libc::closedir(dir) };
    Ok(crate::list::new_list(out))
}

fn stat_tuple(st: &libc::stat) -> Value {
    let i = |x: i64| crate::int::new_int(x);
    let t = |s: i64, ns: i64| crate::float::new_float(s as f64 + ns as f64 * 1e-9);
    let ns = |s: i64, n: i64| crate::int::new_int_i128(s as i128 * 1_000_000_000 + n as i128);
    crate::tuple::new_tuple(vec![
        i(st.st_mode as i64),
        i(st.st_ino as i64),
        i(st.st_dev as i64),
        i(st.st_nlink as i64),
        i(st.st_uid as i64),
        i(st.st_gid as i64),
        i(st.st_size),
        t(st.st_atime, st.st_atime_nsec),
        t(st.st_mtime, st.st_mtime_nsec),
        t(st.st_ctime, st.st_ctime_nsec),
        ns(st.st_atime, st.st_atime_nsec),
        ns(st.st_mtime, st.st_mtime_nsec),
        ns(st.st_ctime, st.st_ctime_nsec),
        i(st.st_blksize),
        i(st.st_blocks),
    ])
}

/// `stat(path_or_fd, follow_symlinks)`: the raw fields as a tuple.
fn stat(a: &[Value], _k: Kw) -> PyResult<Value> {
    let p = arg(a, 0, "stat")?;
    let follow = a
        .get(1)
        .map(|v| crate::ops::truthy(*v))
        .transpose()?
        .unwrap_or(true);
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let r = if crate::int::is_int(p) && p.kind() != Kind::Bool {
        unsafe { libc::fstat(crate::int::index_i64(p)? as i32, &mut st) }
    } else {
        let c = cpath(p)?;
        if follow {
            unsafe { libc::stat(c.as_ptr(), &mut st) }
        } else {
            unsafe { libc::lstat(c.as_ptr(), &mut st) }
        }
    };
    if r < 0 {
        return Err(fail(p));
    }
    Ok(stat_tuple(&st))
}

fn utime(a: &[Value], _k: Kw) -> PyResult<Value> {
    let p = arg(a, 0, "utime")?;
    let c = cpath(p)?;
    let times = a.get(1).copied().unwrap_or_else(none);
    let r = if times.is_none() {
        unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), std::ptr::null(), 0) }
    } else {
        let items = crate::tuple::items(times);
        let mut ts = [libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        }; 2];
        for (k, v) in items.iter().take(2).enumerate() {
            let ns = crate::int::to_bigint(*v)
                .and_then(|b| num_traits::ToPrimitive::to_i128(&b))
                .unwrap_or(0);
            ts[k].tv_sec = (ns.div_euclid(1_000_000_000)) as libc::time_t;
            ts[k].tv_nsec = (ns.rem_euclid(1_000_000_000)) as libc::c_long;
        }
        unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ts.as_ptr(), 0) }
    };
    check(r, p)
}

/// The process environment at start-up as a list of (key, value) str
/// pairs (CPython decodes with the file-system encoding).
fn environ_items(_a: &[Value], _k: Kw) -> PyResult<Value> {
    let mut out = Vec::new();
    for (k, v) in std::env::vars_os() {
        out.push(crate::tuple::new_tuple(vec![
            from_string(k.to_string_lossy().into_owned()),
            from_string(v.to_string_lossy().into_owned()),
        ]));
    }
    Ok(crate::list::new_list(out))
}

fn putenv(a: &[Value], _k: Kw) -> PyResult<Value> {
    let k = cpath(arg(a, 0, "putenv")?)?;
    let v = cpath(arg(a, 1, "putenv")?)?;
    if k.as_bytes().is_empty() || k.as_bytes().contains(&b'=') {
        return Err(value_error("illegal environment variable name"));
    }
    if unsafe { libc::setenv(k.as_ptr(), v.as_ptr(), 1) } < 0 {
        return Err(fail(none()));
    }
    Ok(none())
}

fn unsetenv(a: &[Value], _k: Kw) -> PyResult<Value> {
    let k = cpath(arg(a, 0, "unsetenv")?)?;
    if k.as_bytes().is_empty() || k.as_bytes().contains(&b'=') {
        return Err(value_error("illegal environment variable name"));
    }
    unsafe { libc::unsetenv(k.as_ptr()) };
    Ok(none())
}

fn open(a: &[Value], _k: Kw) -> PyResult<Value> {
    let p = arg(a, 0, "open")?;
    let flags = int_arg(a, 1, "open")? as libc::c_int;
    let mode = if a.len() > 2 {
        int_arg(a, 2, "open")?
    } else {
        0o777
    };
    let c = cpath(p)?;
    let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) };
    if fd < 0 {
        return Err(fail(p));
    }
    Ok(Value::from_small(fd as i64))
}

fn close(a: &[Value], _k: Kw) -> PyResult<Value> {
    let fd = int_arg(a, 0, "close")?;
    check(unsafe { libc::close(fd as i32) }, none())
}

fn read(a: &[Value], _k: Kw) -> PyResult<Value> {
    let fd = int_arg(a, 0, "read")?;
    let n = int_arg(a, 1, "read")?;
    if n < 0 {
        return Err(value_error("negative count"));
    }
    let mut buf = vec![0u8; n as usize];
    loop {
        let r = unsafe { libc::read(fd as i32, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) };
        if r < 0 {
            if errno() == libc::EINTR {
                continue;
            }
            return Err(fail(none()));
        }
        buf.truncate(r as usize);
        return Ok(crate::bytes::new_bytes(buf));
    }
}

fn write(a: &[Value], _k: Kw) -> PyResult<Value> {
    let fd = int_arg(a, 0, "write")?;
    let d = arg(a, 1, "write")?;
    let Some(b) = crate::bytes::bytes_like(d) else {
        return Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            d.ty().name()
        )));
    };
    loop {
        let r = unsafe { libc::write(fd as i32, b.as_ptr() as *const libc::c_void, b.len()) };
        if r < 0 {
            if errno() == libc::EINTR {
                continue;
            }
            return Err(fail(none()));
        }
        return Ok(Value::from_small(r as i64));
    }
}

fn lseek(a: &[Value], _k: Kw) -> PyResult<Value> {
    let fd = int_arg(a, 0, "lseek")?;
    let off = int_arg(a, 1, "lseek")?;
    let how = int_arg(a, 2, "lseek")?;
    let r = unsafe { libc::lseek(fd as i32, off as libc::off_t, how as i32) };
    if r < 0 {
        return Err(fail(none()));
    }
    Ok(crate::int::new_int(r as i64))
}

fn isatty(a: &[Value], _k: Kw) -> PyResult<Value> {
    let fd = int_arg(a, 0, "isatty")?;
    Ok(bool_(unsafe { libc::isatty(fd as i32) } == 1))
}

fn strerror(a: &[Value], _k: Kw) -> PyResult<Value> {
    let code = int_arg(a, 0, "strerror")?;
    Ok(from_string(crate::oserror::strerror(code as i32)))
}

fn urandom(a: &[Value], _k: Kw) -> PyResult<Value> {
    let n = int_arg(a, 0, "urandom")?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let mut got = 0usize;
    while got < buf.len() {
        let r = unsafe {
            libc::getrandom(
                buf[got..].as_mut_ptr() as *mut libc::c_void,
                buf.len() - got,
                0,
            )
        };
        if r < 0 {
            if errno() == libc::EINTR {
                continue;
            }
            return Err(fail(none()));
        }
        got += r as usize;
    }
    Ok(crate::bytes::new_bytes(buf))
}

fn cpu_count(_a: &[Value], _k: Kw) -> PyResult<Value> {
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 {
        none()
    } else {
        Value::from_small(n as i64)
    })
}

fn system(a: &[Value], _k: Kw) -> PyResult<Value> {
    let c = cpath(arg(a, 0, "system")?)?;
    crate::stdio::flush_out();
    let r = unsafe { libc::system(c.as_ptr()) };
    Ok(Value::from_small(r as i64))
}

fn umask(a: &[Value], _k: Kw) -> PyResult<Value> {
    let m = int_arg(a, 0, "umask")?;
    Ok(Value::from_small(
        unsafe { libc::umask(m as libc::mode_t) } as i64
    ))
}

fn uname(_a: &[Value], _k: Kw) -> PyResult<Value> {
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    unsafe { libc::uname(&mut u) };
    let f = |s: &[libc::c_char]| {
        let b: Vec<u8> = s
            .iter()
            .take_while(|c| **c != 0)
            .map(|c| *c as u8)
            .collect();
        from_string(String::from_utf8_lossy(&b).into_owned())
    };
    Ok(crate::tuple::new_tuple(vec![
        f(&u.sysname),
        f(&u.nodename),
        f(&u.release),
        f(&u.version),
        f(&u.machine),
    ]))
}

fn exit_(a: &[Value], _k: Kw) -> PyResult<Value> {
    let code = int_arg(a, 0, "_exit")?;
    crate::stdio::flush_out();
    unsafe { libc::_exit(code as i32) }
}

macro_rules! id_fn {
    ($name:ident, $call:expr) => {
        fn $name(_a: &[Value], _k: Kw) -> PyResult<Value> {
            Ok(crate::int::new_int(unsafe { $call } as i64))
        }
    };
}
id_fn!(getpid, libc::getpid());
id_fn!(getppid, libc::getppid());
id_fn!(getuid, libc::getuid());
id_fn!(geteuid, libc::geteuid());
id_fn!(getgid, libc::getgid());
id_fn!(getegid, libc::getegid());

static FUNCS: &[(&str, NativeFn)] = &[
    ("getcwd", getcwd),
    ("chdir", chdir),
    ("mkdir", mkdir),
    ("rmdir", rmdir),
    ("unlink", unlink),
    ("rename", rename),
    ("symlink", symlink),
    ("link", link),
    ("readlink", readlink),
    ("chmod", chmod),
    ("access", access),
    ("listdir", listdir),
    ("stat", stat),
    ("utime", utime),
    ("environ_items", environ_items),
    ("putenv", putenv),
    ("unsetenv", unsetenv),
    ("open", open),
    ("close", close),
    ("read", read),
    ("write", write),
    ("lseek", lseek),
    ("isatty", isatty),
    ("strerror", strerror),
    ("urandom", urandom),
    ("cpu_count", cpu_count),
    ("system", system),
    ("umask", umask),
    ("uname", uname),
    ("_exit", exit_),
    ("getpid", getpid),
    ("getppid", getppid),
    ("getuid", getuid),
    ("geteuid", geteuid),
    ("getgid", getgid),
    ("getegid", getegid),
];

/// Fill the `posix` module's namespace (functions and the O_*/access
/// constants of this platform).
pub fn init(d: Value) -> PyResult<()> {
    let set = |k: &str, v: Value| crate::dict::dict_set(d, crate::str::intern(k), v);
    set("__name__", crate::str::new_str("posix"))?;
    for (name, f) in FUNCS {
        set(name, crate::func::new_builtin(name, *f, Value::NULL))?;
    }
    let consts: &[(&str, i64)] = &[
        ("O_RDONLY", libc::O_RDONLY as i64),
        ("O_WRONLY", libc::O_WRONLY as i64),
        ("O_RDWR", libc::O_RDWR as i64),
        ("O_APPEND", libc::O_APPEND as i64),
        ("O_CREAT", libc::O_CREAT as i64),
        ("O_EXCL", libc::O_EXCL as i64),
        ("O_TRUNC", libc::O_TRUNC as i64),
        ("O_NONBLOCK", libc::O_NONBLOCK as i64),
        ("O_CLOEXEC", libc::O_CLOEXEC as i64),
        ("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
        ("O_DIRECTORY", libc::O_DIRECTORY as i64),
        ("F_OK", libc::F_OK as i64),
        ("R_OK", libc::R_OK as i64),
        ("W_OK", libc::W_OK as i64),
        ("X_OK", libc::X_OK as i64),
    ];
    for (k, v) in consts {
        set(k, Value::from_small(*v))?;
    }
    Ok(())
}
