//! Process-level I/O: CPython's buffering rules for stdout/stderr, stdin
//! reading, and quiet handling of closed pipes.
//!
//! stdout is line-buffered on a terminal and block-buffered otherwise; it is
//! flushed at exit, on `sys.exit`, and before an uncaught traceback. A write
//! to a closed pipe (EPIPE; SIGPIPE is ignored) ends the program quietly.

static mut OUT_BUF: Vec<u8> = Vec::new();
static mut OUT_TTY: bool = false;
static mut IN_BUF: Vec<u8> = Vec::new();
static mut IN_POS: usize = 0;
static mut IN_EOF: bool = false;

/// Set by SIGINT; turned into KeyboardInterrupt at the next check point
/// (function entry, loop iteration).
#[export_name = "pyaot_interrupted"]
pub static mut INTERRUPTED: bool = false;

extern "C" fn on_sigint(_sig: libc::c_int) {
    unsafe {
        if INTERRUPTED {
            // A second Ctrl-C before the program noticed the first.
            libc::_exit(130);
        }
        INTERRUPTED = true;
        crate::abi::ENTER_LIMIT = 0;
    }
}

/// Raise KeyboardInterrupt if Ctrl-C was pressed.
#[inline(always)]
pub fn check_interrupt() -> bool {
    unsafe {
        if INTERRUPTED {
            INTERRUPTED = false;
            crate::abi::ENTER_LIMIT = crate::abi::RECURSION_LIMIT;
            crate::exc::raise_empty(&crate::exc::KEYBOARD_INTERRUPT);
            return true;
        }
    }
    false
}

pub fn init() {
    unsafe {
        libc::signal(
            libc::SIGINT,
            on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t,
        );
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);

        OUT_TTY = libc::isatty(1) == 1;
        let buf = &mut *std::ptr::addr_of_mut!(OUT_BUF);
        buf.reserve(8192);
    }
}

fn write_all(fd: i32, mut data: &[u8]) {
    while !data.is_empty() {
        let n = unsafe { libc::write(fd, data.as_ptr() as *const libc::c_void, data.len()) };
        if n < 0 {
            let err = std::io::Error::last_os_error();
            if err.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            if err.raw_os_error() == Some(libc::EPIPE) && fd == 1 {
                // The reader went away: end quietly, as a filter should.
                unsafe { libc::_exit(0) };
            }
            return;
        }
        data = &data[n as usize..];
    }
}

/// Write to stdout (buffered).
pub fn out(s: &[u8]) {
    unsafe {
        let buf = &mut *std::ptr::addr_of_mut!(OUT_BUF);
        buf.extend_from_slice(s);
        if buf.len() >= 8192 || (OUT_TTY && s.contains(&b'\n')) {
            flush_out();
        }
    }
}

pub fn flush_out() {
    unsafe {
        let buf = &mut *std::ptr::addr_of_mut!(OUT_BUF);
        if !buf.is_empty() {
            write_all(1, buf);
            buf.clear();
        }
    }
}

/// Write to stderr (unbuffered, like CPython's line-buffered stderr for
/// whole lines).
pub fn err(s: &[u8]) {
    write_all(2, s);
}

fn fill() -> bool {
    unsafe {
        if IN_EOF {
            return false;
        }
        let buf = &mut *std::ptr::addr_of_mut!(IN_BUF);
        if IN_POS > 0 {
            buf.drain(..IN_POS);
            IN_POS = 0;
        }
        let mut chunk = [0u8; 65536];
        loop {
            let n = libc::read(0, chunk.as_mut_ptr() as *mut libc::c_void, chunk.len());
            if n < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            if n <= 0 {
                IN_EOF = true;
                return false;
            }
            buf.extend_from_slice(&chunk[..n as usize]);
            return true;
        }
    }
}

/// Read one line from stdin including its newline; empty at EOF.
pub fn read_line() -> Vec<u8> {
    unsafe {
        loop {
            let buf = &*std::ptr::addr_of!(IN_BUF);
            if let Some(i) = buf[IN_POS..].iter().position(|&b| b == b'\n') {
                let line = buf[IN_POS..IN_POS + i + 1].to_vec();
                IN_POS += i + 1;
                return line;
            }
            if !fill() {
                let buf = &*std::ptr::addr_of!(IN_BUF);
                let line = buf[IN_POS..].to_vec();
                IN_POS = buf.len();
                return line;
            }
        }
    }
}

/// Call `f` with the next line of stdin (with its newline; empty at EOF),
/// borrowed from the input buffer: no copy is made. `f` must not read
/// stdin.
pub fn with_line<R>(f: impl FnOnce(&[u8]) -> R) -> R {
    unsafe {
        loop {
            let buf = &*std::ptr::addr_of!(IN_BUF);
            if let Some(i) = buf[IN_POS..].iter().position(|&b| b == b'\n') {
                let start = IN_POS;
                IN_POS += i + 1;
                return f(&buf[start..start + i + 1]);
            }
            if !fill() {
                let buf = &*std::ptr::addr_of!(IN_BUF);
                let start = IN_POS;
                IN_POS = buf.len();
                return f(&buf[start..]);
            }
        }
    }
}

/// Read all remaining stdin.
pub fn read_all() -> Vec<u8> {
    while fill() {}
    unsafe {
        let buf = &*std::ptr::addr_of!(IN_BUF);
        let rest = buf[IN_POS..].to_vec();
        IN_POS = buf.len();
        rest
    }
}
