//! The `time` module: wall-clock, monotonic, performance, process and
//! thread clocks (float seconds and `_ns` int variants), `clock_gettime` on
//! the `CLOCK_*` ids, `sleep`, and `strftime` / `localtime` / `gmtime` /
//! `mktime` / `ctime` / `asctime` over `struct_time` (time_struct.rs) via the
//! C library.

use crate::exc::{self, type_error, value_error, PyResult};
use crate::float::new_float;
use crate::int::new_int;
use crate::object::{Kw, NativeFn};
use crate::value::{none, Value};

fn clock_ns(id: libc::clockid_t) -> i128 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    unsafe {
        libc::clock_gettime(id, &mut ts);
    }
    ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128
}

fn no_args(name: &str, args: &[Value], kw: Kw) -> PyResult<()> {
    if !args.is_empty() || !kw.is_empty() {
        return Err(type_error(format!(
            "time.{name}() takes no arguments ({} given)",
            args.len() + kw.len()
        )));
    }
    Ok(())
}

fn secs(ns: i128) -> Value {
    new_float(ns as f64 * 1e-9)
}

fn t_time(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("time", args, kw)?;
    Ok(secs(clock_ns(libc::CLOCK_REALTIME)))
}

fn t_time_ns(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("time_ns", args, kw)?;
    Ok(crate::int::new_int_i128(clock_ns(libc::CLOCK_REALTIME)))
}

fn t_monotonic(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("monotonic", args, kw)?;
    Ok(secs(clock_ns(libc::CLOCK_MONOTONIC)))
}

fn t_monotonic_ns(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("monotonic_ns", args, kw)?;
    Ok(crate::int::new_int_i128(clock_ns(libc::CLOCK_MONOTONIC)))
}

fn t_perf_counter(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("perf_counter", args, kw)?;
    Ok(secs(clock_ns(libc::CLOCK_MONOTONIC)))
}

fn t_perf_counter_ns(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("perf_counter_ns", args, kw)?;
    Ok(crate::int::new_int_i128(clock_ns(libc::CLOCK_MONOTONIC)))
}

fn t_process_time(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("process_time", args, kw)?;
    Ok(secs(clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID)))
}

fn t_process_time_ns(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("process_time_ns", args, kw)?;
    Ok(crate::int::new_int_i128(clock_ns(
        libc::CLOCK_PROCESS_CPUTIME_ID,
    )))
}

fn t_thread_time(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("thread_time", args, kw)?;
    Ok(secs(clock_ns(libc::CLOCK_THREAD_CPUTIME_ID)))
}

fn t_thread_time_ns(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("thread_time_ns", args, kw)?;
    Ok(crate::int::new_int_i128(clock_ns(
        libc::CLOCK_THREAD_CPUTIME_ID,
    )))
}

/// The clock id argument of `clock_gettime` and friends.
fn clock_id(name: &str, args: &[Value], kw: Kw) -> PyResult<libc::clockid_t> {
    if !kw.is_empty() || args.len() != 1 {
        return Err(type_error(format!(
            "time.{name}() takes exactly one argument ({} given)",
            args.len() + kw.len()
        )));
    }
    Ok(crate::int::index_i64(args[0])? as libc::clockid_t)
}

fn t_clock_gettime(args: &[Value], kw: Kw) -> PyResult<Value> {
    let id = clock_id("clock_gettime", args, kw)?;
    Ok(secs(clock_ns(id)))
}

fn t_clock_gettime_ns(args: &[Value], kw: Kw) -> PyResult<Value> {
    let id = clock_id("clock_gettime_ns", args, kw)?;
    Ok(crate::int::new_int_i128(clock_ns(id)))
}

fn t_clock_getres(args: &[Value], kw: Kw) -> PyResult<Value> {
    let id = clock_id("clock_getres", args, kw)?;
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    unsafe {
        libc::clock_getres(id, &mut ts);
    }
    Ok(secs(ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128))
}

fn t_tzset(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("tzset", args, kw)?;
    Ok(none())
}

fn t_sleep(args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("time.sleep() takes no keyword arguments"));
    }
    if args.len() != 1 {
        return Err(type_error(format!(
            "time.sleep() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    let s = match crate::float::to_f64_opt(args[0])? {
        Some(s) => s,
        None => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                args[0].ty().name()
            )))
        }
    };
    if s.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    if !s.is_finite() || s > 1e12 {
        return Err(exc::overflow_error(
            "timestamp too large to convert to C _PyTime_t",
        ));
    }
    crate::stdio::flush_out();
    std::thread::sleep(std::time::Duration::from_secs_f64(s));
    Ok(none())
}

// ---- struct_time (see time_struct.rs) ----

fn tm_to_tuple(ty: &'static crate::object::TypeObject, tm: &libc::tm) -> Value {
    // Python's tm_wday is Monday=0; C's is Sunday=0. tm_yday is 1-based.
    let wday = (tm.tm_wday + 6) % 7;
    super::time_struct::make(
        ty,
        vec![
            new_int(tm.tm_year as i64 + 1900),
            new_int(tm.tm_mon as i64 + 1),
            new_int(tm.tm_mday as i64),
            new_int(tm.tm_hour as i64),
            new_int(tm.tm_min as i64),
            new_int(tm.tm_sec as i64),
            new_int(wday as i64),
            new_int(tm.tm_yday as i64 + 1),
            new_int(tm.tm_isdst as i64),
        ],
    )
}

pub fn tuple_to_tm(v: Value) -> PyResult<libc::tm> {
    let items = crate::ops::collect(v)?;
    if items.len() != 9 {
        return Err(type_error(
            "time.struct_time() takes a sequence of length 9",
        ));
    }
    let mut f = [0i64; 9];
    for (i, x) in items.iter().enumerate() {
        f[i] = crate::int::index_i64(*x)?;
    }
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = (f[0] - 1900) as i32;
    tm.tm_mon = (f[1] - 1) as i32;
    tm.tm_mday = f[2] as i32;
    tm.tm_hour = f[3] as i32;
    tm.tm_min = f[4] as i32;
    tm.tm_sec = f[5] as i32;
    tm.tm_wday = ((f[6] + 1) % 7) as i32;
    tm.tm_yday = (f[7] - 1) as i32;
    tm.tm_isdst = f[8] as i32;
    Ok(tm)
}

fn when(args: &[Value]) -> PyResult<libc::time_t> {
    match args.first() {
        None => Ok(unsafe { libc::time(std::ptr::null_mut()) }),
        Some(v) if v.is_none() => Ok(unsafe { libc::time(std::ptr::null_mut()) }),
        Some(v) => {
            let s = crate::float::as_f64(*v)?;
            if !s.is_finite() {
                return Err(value_error("Invalid value NaN (not a number)"));
            }
            Ok(s.floor() as libc::time_t)
        }
    }
}

fn t_localtime(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = when(args)?;
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    unsafe {
        libc::localtime_r(&t, &mut tm);
    }
    Ok(tm_to_tuple(&super::time_struct::STRUCT_TIME_TYPE, &tm))
}

fn t_gmtime(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = when(args)?;
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    unsafe {
        libc::gmtime_r(&t, &mut tm);
    }
    Ok(tm_to_tuple(&super::time_struct::GM_STRUCT_TIME_TYPE, &tm))
}

fn t_mktime(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return Err(type_error(
            "time.mktime() takes exactly one argument (0 given)",
        ));
    };
    let mut tm = tuple_to_tm(*v)?;
    let t = unsafe { libc::mktime(&mut tm) };
    Ok(new_float(t as f64))
}

fn strftime_tm(fmt: &str, tm: &libc::tm) -> PyResult<String> {
    if fmt.is_empty() {
        return Ok(String::new());
    }
    let Ok(cfmt) = std::ffi::CString::new(fmt) else {
        return Err(value_error("embedded null character"));
    };
    let mut size = 256usize;
    loop {
        let mut buf = vec![0u8; size];
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                size,
                cfmt.as_ptr(),
                tm,
            )
        };
        if n > 0 || size > 1 << 20 {
            buf.truncate(n);
            return Ok(String::from_utf8_lossy(&buf).into_owned());
        }
        size *= 4;
    }
}

fn t_strftime(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(f) = args.first().and_then(|v| crate::str::str_opt(*v)) else {
        return Err(type_error("strftime() argument 1 must be str"));
    };
    let tm = match args.get(1) {
        Some(v) => tuple_to_tm(*v)?,
        None => {
            let t = unsafe { libc::time(std::ptr::null_mut()) };
            let mut tm: libc::tm = unsafe { std::mem::zeroed() };
            unsafe {
                libc::localtime_r(&t, &mut tm);
            }
            tm
        }
    };
    Ok(crate::str::from_string(strftime_tm(f, &tm)?))
}

fn asctime_tm(tm: &libc::tm) -> String {
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        DAYS[(tm.tm_wday.rem_euclid(7)) as usize],
        MONTHS[(tm.tm_mon.rem_euclid(12)) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    )
}

fn t_asctime(args: &[Value], kw: Kw) -> PyResult<Value> {
    let tm = match args.first() {
        Some(v) => tuple_to_tm(*v)?,
        None => {
            let t = when(&[])?;
            let mut tm: libc::tm = unsafe { std::mem::zeroed() };
            unsafe {
                libc::localtime_r(&t, &mut tm);
            }
            tm
        }
    };
    let _ = kw;
    Ok(crate::str::from_string(asctime_tm(&tm)))
}

fn t_ctime(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = when(args)?;
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    unsafe {
        libc::localtime_r(&t, &mut tm);
    }
    Ok(crate::str::from_string(asctime_tm(&tm)))
}

static FUNCS: &[(&str, NativeFn)] = &[
    ("time", t_time),
    ("time_ns", t_time_ns),
    ("monotonic", t_monotonic),
    ("monotonic_ns", t_monotonic_ns),
    ("perf_counter", t_perf_counter),
    ("perf_counter_ns", t_perf_counter_ns),
    ("process_time", t_process_time),
    ("process_time_ns", t_process_time_ns),
    ("sleep", t_sleep),
    ("localtime", t_localtime),
    ("gmtime", t_gmtime),
    ("mktime", t_mktime),
    ("strftime", t_strftime),
    ("asctime", t_asctime),
    ("ctime", t_ctime),
    ("thread_time", t_thread_time),
    ("thread_time_ns", t_thread_time_ns),
    ("clock_gettime", t_clock_gettime),
    ("clock_gettime_ns", t_clock_gettime_ns),
    ("clock_getres", t_clock_getres),
    ("tzset", t_tzset),
];

/// Fill the `time` module's namespace.
pub fn init(d: Value) -> PyResult<()> {
    let set = |k: &str, v: Value| crate::dict::dict_set(d, crate::str::intern(k), v);
    set("__name__", crate::str::new_str("time"))?;
    for (name, f) in FUNCS {
        set(name, crate::func::new_builtin(name, *f, Value::NULL))?;
    }
    for (name, id) in [
        ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
        ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
        ("CLOCK_MONOTONIC_RAW", libc::CLOCK_MONOTONIC_RAW),
        ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
        ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
        ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME),
        ("CLOCK_TAI", libc::CLOCK_TAI),
    ] {
        set(name, Value::from_small(id as i64))?;
    }
    super::time_struct::init(d)
}
