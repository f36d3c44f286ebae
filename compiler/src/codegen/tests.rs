//! Back-end tests on hand-built IR (independent of the front end).
//!
//! `compiles_*` tests check that modules lower to valid objects;
//! `end_to_end` links one with the runtime archive of the same profile
//! (`target/<profile>/libpyaot_runtime.a`, or `$PYAOT_RUNTIME`) and checks
//! what it prints. It is skipped if the archive has not been built.

use super::{compile, native_supported, Options};
use pyaot_ir::*;

/// A tiny assembler for IR modules.
struct Asm {
    m: Module,
}

struct Fn {
    f: Function,
    cur: usize,
    line: u32,
}

impl Asm {
    fn new() -> Asm {
        Asm {
            m: Module {
                file: "t.py".into(),
                ..Default::default()
            },
        }
    }
    fn c(&mut self, c: Const) -> ConstId {
        if let Some(i) = self.m.consts.iter().position(|x| *x == c) {
            return ConstId(i as u32);
        }
        self.m.consts.push(c);
        ConstId(self.m.consts.len() as u32 - 1)
    }
    fn n(&mut self, s: &str) -> NameId {
        if let Some(i) = self.m.names.iter().position(|x| x == s) {
            return NameId(i as u32);
        }
        self.m.names.push(s.into());
        NameId(self.m.names.len() as u32 - 1)
    }
}

impl Fn {
    fn new(name: &str, kind: FuncKind, params: &[&str]) -> Fn {
        let f = Function {
            name: name.into(),
            qualname: name.into(),
            module: "__main__".into(),
            file: "t.py".into(),
            first_line: 1,
            kind,
            params: Params {
                names: params.iter().map(|s| s.to_string()).collect(),
                npos: params.len() as u32,
                ..Default::default()
            },
            nregs: params.len() as u32,
            ..Default::default()
        };
        let mut f = Fn { f, cur: 0, line: 1 };
        f.block(None);
        f
    }
    fn reg(&mut self) -> Reg {
        self.f.nregs += 1;
        Reg(self.f.nregs - 1)
    }
    fn block(&mut self, handler: Option<BlockId>) -> BlockId {
        self.f.blocks.push(Block {
            insts: vec![],
            term: Term::Unreachable,
            term_line: 0,
            term_pos: 0,
            handler,
        });
        BlockId(self.f.blocks.len() as u32 - 1)
    }
    fn at(&mut self, b: BlockId) {
        self.cur = b.0 as usize;
    }
    fn op(&mut self, op: Op) {
        let line = self.line;
        self.f.blocks[self.cur]
            .insts
            .push(Inst { op, line, pos: 0 });
    }
    fn term(&mut self, t: Term) {
        let b = &mut self.f.blocks[self.cur];
        b.term = t;
        b.term_line = self.line;
    }
    fn konst(&mut self, a: &mut Asm, c: Const) -> Reg {
        let (dst, c) = (self.reg(), a.c(c));
        self.op(Op::Const { dst, c });
        dst
    }
    fn global(&mut self, a: &mut Asm, name: &str) -> Reg {
        let (dst, name) = (self.reg(), a.n(name));
        self.op(Op::LoadGlobal { dst, name });
        dst
    }
    fn call(&mut self, func: Reg, args: Vec<Reg>) -> Reg {
        let dst = self.reg();
        self.op(Op::Call {
            dst,
            func,
            args,
            kwnames: None,
        });
        dst
    }
    fn bin(&mut self, op: BinOp, a: Reg, b: Reg) -> Reg {
        let dst = self.reg();
        self.op(Op::Binary { dst, op, a, b });
        dst
    }
    fn print(&mut self, a: &mut Asm, args: Vec<Reg>) {
        let p = self.global(a, "print");
        self.call(p, args);
    }
}

/// `fib(n)`: if n < 2: return n; return fib(n - 1) + fib(n - 2)
fn fib(a: &mut Asm) -> Function {
    let mut f = Fn::new("fib", FuncKind::Normal, &["n"]);
    let n = Reg(0);
    let two = f.konst(a, Const::Int(2));
    let lt = f.reg();
    f.op(Op::Compare {
        dst: lt,
        op: CmpOp::Lt,
        a: n,
        b: two,
    });
    let (small, big) = (f.block(None), f.block(None));
    f.term(Term::Branch {
        cond: lt,
        then: small,
        els: big,
    });
    f.at(small);
    f.term(Term::Return(n));
    f.at(big);
    let fib = f.global(a, "fib");
    let one = f.konst(a, Const::Int(1));
    let n1 = f.bin(BinOp::Sub, n, one);
    let r1 = f.call(fib, vec![n1]);
    let n2 = f.bin(BinOp::Sub, n, two);
    let r2 = f.call(fib, vec![n2]);
    let s = f.bin(BinOp::Add, r1, r2);
    f.term(Term::Return(s));
    f.f
}

/// The module body exercising loops, exceptions, unpacking, fast paths.
fn body(a: &mut Asm) -> Function {
    let mut f = Fn::new("<module>", FuncKind::Module, &[]);
    // def fib ...; print(fib(20))
    let mk = f.reg();
    f.op(Op::MakeFunction {
        dst: mk,
        func: FuncId(1),
        defaults: None,
        kwdefaults: None,
        closure: None,
    });
    let name = a.n("fib");
    f.op(Op::StoreGlobal { name, src: mk });
    let fibv = f.global(a, "fib");
    let twenty = f.konst(a, Const::Int(20));
    let r = f.call(fibv, vec![twenty]);
    f.print(a, vec![r]);
    // x = 0; for i in range(10): x += i * i; print(x)
    f.line = 2;
    let x = f.konst(a, Const::Int(0));
    let range = f.global(a, "range");
    let ten = f.konst(a, Const::Int(10));
    let rng = f.call(range, vec![ten]);
    let it = f.reg();
    f.op(Op::GetIter { dst: it, obj: rng });
    let (head, body_b, exit) = (f.block(None), f.block(None), f.block(None));
    f.term(Term::Jump(head));
    f.at(head);
    let i = f.reg();
    f.term(Term::ForIter {
        iter: it,
        dst: i,
        body: body_b,
        exit,
    });
    f.at(body_b);
    let sq = f.bin(BinOp::Mul, i, i);
    f.op(Op::Inplace {
        dst: x,
        op: BinOp::Add,
        a: x,
        b: sq,
    });
    f.term(Term::Jump(head));
    f.at(exit);
    f.print(a, vec![x]);
    // Overflowing fast paths: (2**62 - 1) + 1 and 3037000500 * 3037000500.
    f.line = 3;
    let big = f.konst(a, Const::Int((1 << 62) - 1));
    let one = f.konst(a, Const::Int(1));
    let s = f.bin(BinOp::Add, big, one);
    let m0 = f.konst(a, Const::Int(3037000500));
    let m = f.bin(BinOp::Mul, m0, m0);
    let neg = f.konst(a, Const::Int(-(1 << 62)));
    let d = f.bin(BinOp::Sub, neg, one);
    f.print(a, vec![s, m, d]);
    // try: 1 / 0 except ZeroDivisionError as e: print("caught", e)
    f.line = 4;
    let after = f.block(None);
    let handler = f.block(None);
    let tryb = f.block(Some(handler));
    f.term(Term::Jump(tryb));
    f.at(tryb);
    let zero = f.konst(a, Const::Int(0));
    let q = f.bin(BinOp::TrueDiv, one, zero);
    f.print(a, vec![q]);
    f.term(Term::Jump(after));
    f.at(handler);
    f.line = 5;
    let (e, saved) = (f.reg(), f.reg());
    f.op(Op::Catch { dst: e, saved });
    let zde = f.global(a, "ZeroDivisionError");
    let mt = f.reg();
    f.op(Op::ExcMatch {
        dst: mt,
        exc: e,
        typ: zde,
    });
    let (yes, no) = (f.block(None), f.block(None));
    f.term(Term::Branch {
        cond: mt,
        then: yes,
        els: no,
    });
    f.at(no);
    f.op(Op::RestoreExc { saved });
    f.term(Term::Reraise(e));
    f.at(yes);
    let msg = f.konst(a, Const::Str("caught".into()));
    f.print(a, vec![msg, e]);
    f.op(Op::RestoreExc { saved });
    f.term(Term::Jump(after));
    f.at(after);
    // a, *b = [1, 2, 3]; print(a, b, not a, a is 1, f"{a!r:>4}")
    f.line = 6;
    let (c2, c3) = (f.konst(a, Const::Int(2)), f.konst(a, Const::Int(3)));
    let lst = f.reg();
    f.op(Op::BuildList {
        dst: lst,
        items: vec![one, c2, c3],
    });
    let (ua, ub) = (f.reg(), f.reg());
    f.op(Op::Unpack {
        dsts: vec![ua, ub],
        src: lst,
        star: Some(1),
    });
    let na = f.reg();
    f.op(Op::Unary {
        dst: na,
        op: UnaryOp::Not,
        a: ua,
    });
    let is1 = f.reg();
    f.op(Op::Compare {
        dst: is1,
        op: CmpOp::Is,
        a: ua,
        b: one,
    });
    let spec = f.konst(a, Const::Str(">4".into()));
    let fv = f.reg();
    f.op(Op::FormatValue {
        dst: fv,
        value: ua,
        conv: Some('r'),
        spec: Some(spec),
    });
    let bar = f.konst(a, Const::Str("|".into()));
    let fs = f.reg();
    f.op(Op::BuildString {
        dst: fs,
        parts: vec![bar, fv, bar],
    });
    f.print(a, vec![ua, ub, na, is1, fs]);
    // An unbound local raises UnboundLocalError, caught by a handler.
    f.line = 7;
    let after2 = f.block(None);
    let h2 = f.block(None);
    let t2 = f.block(Some(h2));
    f.term(Term::Jump(t2));
    f.at(t2);
    let unb = f.reg();
    let nm = a.n("zz");
    f.op(Op::CheckBound {
        src: unb,
        name: nm,
        kind: BindKind::Local,
    });
    f.term(Term::Jump(after2));
    f.at(h2);
    let (e2, s2) = (f.reg(), f.reg());
    f.op(Op::Catch { dst: e2, saved: s2 });
    let tyf = f.global(a, "type");
    let ty = f.call(tyf, vec![e2]);
    let tn = f.reg();
    let nn = a.n("__name__");
    f.op(Op::GetAttr {
        dst: tn,
        obj: ty,
        name: nn,
    });
    f.print(a, vec![tn]);
    f.op(Op::RestoreExc { saved: s2 });
    f.term(Term::Jump(after2));
    f.at(after2);
    // raise ValueError("boom") -- uncaught
    f.line = 8;
    let ve = f.global(a, "ValueError");
    let boom = f.konst(a, Const::Str("boom".into()));
    let exc = f.call(ve, vec![boom]);
    f.term(Term::Raise {
        exc: Some(exc),
        cause: None,
    });
    f.f
}

fn program() -> Module {
    let mut a = Asm::new();
    let b = body(&mut a);
    let fb = fib(&mut a);
    a.m.functions = vec![b, fb];
    a.m
}

const EXPECTED: &str = "6765\n285\n4611686018427387904 9223372037000250000 -4611686018427387905\n\
caught division by zero\n1 [2, 3] False True |   1|\nUnboundLocalError\n";

#[test]
fn compiles_program() {
    let m = program();
    assert!(m.functions.iter().all(native_supported));
    let obj = compile(m, "", &Options::default()).expect("compiles");
    assert!(obj.windows(13).any(|w| w == b"pyaot_program"));
}

#[test]
fn compiles_vm_only() {
    let obj = compile(program(), "print()\n", &Options { vm: true }).expect("compiles");
    assert!(!obj.is_empty());
}

#[test]
fn bad_register_is_an_error() {
    let mut m = program();
    m.functions[1].nregs = 1;
    let e = compile(m, "", &Options::default()).unwrap_err();
    assert!(
        e.contains("function 'fib'") && e.contains("out of range"),
        "{e}"
    );
}

/// Odd but valid shapes: branches with equal targets, a loop back to the
/// entry block, a handler that is its own block's handler, dead blocks.
#[test]
fn compiles_edge_cases() {
    let mut a = Asm::new();
    let mut f = Fn::new("edge", FuncKind::Normal, &["x"]);
    let x = Reg(0);
    let none = f.konst(&mut a, Const::None);
    let is = f.reg();
    f.op(Op::Compare {
        dst: is,
        op: CmpOp::Is,
        a: x,
        b: none,
    });
    let (b1, b2, b3, dead) = (f.block(None), f.block(None), f.block(None), f.block(None));
    f.term(Term::Branch {
        cond: is,
        then: b1,
        els: b1,
    });
    f.at(b1);
    let lt = f.reg();
    f.op(Op::Compare {
        dst: lt,
        op: CmpOp::Lt,
        a: x,
        b: x,
    });
    f.term(Term::Branch {
        cond: lt,
        then: b2,
        els: b2,
    });
    f.at(b2);
    f.term(Term::Branch {
        cond: x,
        then: b3,
        els: BlockId(0),
    });
    f.at(b3);
    let (e, s) = (f.reg(), f.reg());
    f.op(Op::Catch { dst: e, saved: s });
    f.op(Op::CheckBound {
        src: e,
        name: a.n("e"),
        kind: BindKind::Free,
    });
    f.term(Term::Reraise(e));
    f.f.blocks[b3.0 as usize].handler = Some(b3);
    f.at(dead);
    f.term(Term::Jump(BlockId(99)));
    let mut body = Fn::new("<module>", FuncKind::Module, &[]);
    body.term(Term::Return(Reg(0)));
    body.f.nregs = 1;
    a.m.functions = vec![body.f, f.f];
    compile(a.m, "", &Options::default()).expect("compiles");
}

/// For each `CheckBound` in block order: is it kept (not provably bound)?
fn checks_kept(f: &Function) -> Vec<bool> {
    let live = vec![true; f.blocks.len()];
    let b = super::bound::Bound::analyze(f, &live).expect("analysed");
    let mut kept = vec![];
    for (i, blk) in f.blocks.iter().enumerate() {
        let mut s = b.entry(i);
        for inst in &blk.insts {
            if let Op::CheckBound { src, .. } = inst.op {
                kept.push(!b.is_bound(&s, src));
            }
            b.transfer(&inst.op, &mut s);
        }
    }
    kept
}

#[test]
fn definite_assignment() {
    let mut a = Asm::new();
    let mut f = Fn::new("da", FuncKind::Normal, &["p"]);
    let nm = a.n("x");
    let check = |f: &mut Fn, r: Reg| {
        f.op(Op::CheckBound {
            src: r,
            name: nm,
            kind: BindKind::Local,
        })
    };
    let (x, y, z, w) = (f.reg(), f.reg(), f.reg(), f.reg());
    check(&mut f, Reg(0)); // parameter: bound
    check(&mut f, x); // never assigned: kept
    let t = f.konst(&mut a, Const::Int(1));
    f.op(Op::Move { dst: x, src: t });
    check(&mut f, x); // assigned: bound
    let (then, join) = (f.block(None), f.block(None));
    f.term(Term::Branch {
        cond: Reg(0),
        then,
        els: join,
    });
    f.at(then);
    f.op(Op::Move { dst: y, src: t });
    f.term(Term::Jump(join));
    f.at(join);
    check(&mut f, y); // assigned on one path only: kept
    check(&mut f, x); // assigned before the branch: bound
    f.op(Op::Clear { dst: x });
    check(&mut f, x); // deleted: kept
                      // for z in p: w = z ... afterwards w may be unbound, z too.
    let it = f.reg();
    f.op(Op::GetIter {
        dst: it,
        obj: Reg(0),
    });
    let (head, body, exit) = (f.block(None), f.block(None), f.block(None));
    f.term(Term::Jump(head));
    f.at(head);
    f.term(Term::ForIter {
        iter: it,
        dst: z,
        body,
        exit,
    });
    f.at(body);
    f.op(Op::Move { dst: w, src: z });
    check(&mut f, w); // bound in the body
    f.term(Term::Jump(head));
    f.at(exit);
    check(&mut f, w); // loop may not run: kept
                      // try: v = call(); except: read v -> kept in the handler.
    let (v, e, sv) = (f.reg(), f.reg(), f.reg());
    let handler = f.block(None);
    let after = f.block(None);
    let tryb = f.block(Some(handler));
    f.term(Term::Jump(tryb));
    f.at(tryb);
    let r = f.call(Reg(0), vec![]);
    f.op(Op::Move { dst: v, src: r });
    check(&mut f, v); // bound after the assignment
    f.term(Term::Jump(after));
    f.at(handler);
    f.op(Op::Catch { dst: e, saved: sv });
    check(&mut f, v); // the call may have failed: kept
    check(&mut f, Reg(0)); // bound throughout the try block
    f.op(Op::Move { dst: w, src: sv });
    check(&mut f, w); // no previously handled exception: kept
    f.term(Term::Jump(after));
    f.at(after);
    f.term(Term::Return(Reg(0)));
    // (Block order: the handler block precedes the try block.)
    let kept = checks_kept(&f.f);
    let expect = [
        false, true, false, true, false, true, false, true, true, false, true, false,
    ];
    assert_eq!(kept, expect);
}

/// The runtime archive of the profile the tests were built with
/// (`target/<profile>/`), or `$PYAOT_RUNTIME`.
fn runtime_archive() -> Option<std::path::PathBuf> {
    if let Some(p) = std::env::var_os("PYAOT_RUNTIME") {
        return Some(p.into());
    }
    let exe = std::env::current_exe().ok()?;
    let profile_dir = exe.parent()?.parent()?;
    Some(profile_dir.join("libpyaot_runtime.a")).filter(|p| p.is_file())
}

/// Link the hand-built program with the runtime and check what it prints.
#[test]
fn end_to_end() {
    let Some(rt) = runtime_archive() else {
        eprintln!("end_to_end: skipped (no runtime archive; build the workspace first)");
        return;
    };
    let tmp = crate::driver::TempDir::new("test").unwrap();
    for vm in [false, true] {
        let obj = tmp.0.join("t.o");
        std::fs::write(&obj, compile(program(), "", &Options { vm }).unwrap()).unwrap();
        let exe = tmp.0.join("t");
        crate::link::link_with(&obj, &exe, &rt).unwrap();
        let out = std::process::Command::new(&exe).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(stdout, EXPECTED, "vm={vm}, stderr: {stderr}");
        assert_eq!(out.status.code(), Some(1), "vm={vm}");
        assert!(stderr.ends_with("ValueError: boom\n"), "vm={vm}: {stderr}");
        assert!(
            stderr.contains("File \"t.py\", line 8, in <module>"),
            "{stderr}"
        );
    }
}
