//! Lowering the `match` statement. Each pattern becomes tests that jump to
//! the next case on failure; structural checks (sequence, mapping, class
//! patterns) call small runtime helpers that return the parts to match
//! next, or None.

use super::builder::FnBuilder;
use super::parse::ast::{self, Constant, Pattern};
use super::LowerError;
use pyaot_ir::*;

type R<T = ()> = Result<T, LowerError>;

impl FnBuilder<'_> {
    pub fn match_stmt(&mut self, m: &ast::StmtMatch) -> R {
        let subj = self.expr(&m.subject)?;
        let s = self.reg();
        self.emit(Op::Move { dst: s, src: subj });
        let end = self.new_block();
        for case in &m.cases {
            let next = self.new_block();
            self.pattern(&case.pattern, s, next)?;
            if let Some(g) = &case.guard {
                let ok = self.new_block();
                self.cond(g, ok, next)?;
                self.switch_to(ok);
            }
            self.stmts(&case.body)?;
            self.jump(end);
            self.switch_to(next);
        }
        self.jump(end);
        self.switch_to(end);
        Ok(())
    }

    fn helper(&mut self, name: &str, args: Vec<Reg>) -> Reg {
        let n = self.name(name);
        let f = self.reg();
        self.emit(Op::LoadBuiltin { dst: f, name: n });
        let r = self.reg();
        self.emit(Op::Call {
            dst: r,
            func: f,
            args,
            kwnames: None,
        });
        r
    }

    /// Continue only if `a op b` holds; otherwise go to `fail`.
    fn test_or_fail(&mut self, op: CmpOp, a: Reg, b: Reg, fail: BlockId) {
        let c = self.reg();
        self.emit(Op::Compare { dst: c, op, a, b });
        let ok = self.new_block();
        self.terminate(Term::Branch {
            cond: c,
            then: ok,
            els: fail,
        });
        self.switch_to(ok);
    }

    /// Branch to `fail` unless `v` is not None.
    fn fail_if_none(&mut self, v: Reg, fail: BlockId) {
        let none = self.none();
        self.test_or_fail(CmpOp::IsNot, v, none, fail);
    }

    fn item(&mut self, tuple: Reg, i: usize) -> Reg {
        let k = self.konst(Const::Int(i as i64));
        let r = self.reg();
        self.emit(Op::GetItem {
            dst: r,
            obj: tuple,
            key: k,
        });
        r
    }

    fn pattern(&mut self, p: &Pattern, subj: Reg, fail: BlockId) -> R {
        self.set_line_of(p);
        match p {
            Pattern::MatchValue(v) => {
                let x = self.expr(&v.value)?;
                self.test_or_fail(CmpOp::Eq, subj, x, fail);
            }
            Pattern::MatchSingleton(v) => {
                let k = match v.value {
                    Constant::None => Const::None,
                    Constant::Bool(true) => Const::True,
                    _ => Const::False,
                };
                let x = self.konst(k);
                self.test_or_fail(CmpOp::Is, subj, x, fail);
            }
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.pattern(inner, subj, fail)?;
                }
                if let Some(n) = &a.name {
                    self.store_name(n.as_str(), subj);
                }
            }
            Pattern::MatchOr(o) => {
                let ok = self.new_block();
                for (i, alt) in o.patterns.iter().enumerate() {
                    if i + 1 == o.patterns.len() {
                        self.pattern(alt, subj, fail)?;
                        self.jump(ok);
                    } else {
                        let next = self.new_block();
                        self.pattern(alt, subj, next)?;
                        self.jump(ok);
                        self.switch_to(next);
                    }
                }
                self.switch_to(ok);
            }
            Pattern::MatchSequence(sq) => {
                let star = sq
                    .patterns
                    .iter()
                    .position(|p| matches!(p, Pattern::MatchStar(_)));
                let n = self.konst(Const::Int(sq.patterns.len() as i64));
                let st = self.konst(Const::Int(star.map(|s| s as i64).unwrap_or(-1)));
                let items = self.helper("__pyaot_match_seq__", vec![subj, n, st]);
                self.fail_if_none(items, fail);
                for (i, sp) in sq.patterns.iter().enumerate() {
                    let it = self.item(items, i);
                    match sp {
                        Pattern::MatchStar(s) => {
                            if let Some(name) = &s.name {
                                self.store_name(name.as_str(), it);
                            }
                        }
                        _ => self.pattern(sp, it, fail)?,
                    }
                }
            }
            Pattern::MatchMapping(mp) => {
                let mut keys = vec![];
                for k in &mp.keys {
                    keys.push(self.expr(k)?);
                }
                let kt = self.reg();
                self.emit(Op::BuildTuple {
                    dst: kt,
                    items: keys,
                });
                let rest = self.konst(if mp.rest.is_some() {
                    Const::True
                } else {
                    Const::False
                });
                let vals = self.helper("__pyaot_match_map__", vec![subj, kt, rest]);
                self.fail_if_none(vals, fail);
                for (i, sp) in mp.patterns.iter().enumerate() {
                    let it = self.item(vals, i);
                    self.pattern(sp, it, fail)?;
                }
                if let Some(r) = &mp.rest {
                    let it = self.item(vals, mp.patterns.len());
                    self.store_name(r.as_str(), it);
                }
            }
            Pattern::MatchClass(c) => {
                let cls = self.expr(&c.cls)?;
                let n = self.konst(Const::Int(c.patterns.len() as i64));
                let names: Vec<ConstId> = c
                    .kwd_attrs
                    .iter()
                    .map(|a| self.m.konst(Const::Str(a.to_string())))
                    .collect();
                let nid = self.m.konst(Const::Tuple(names));
                let kn = self.reg();
                self.emit(Op::Const { dst: kn, c: nid });
                let vals = self.helper("__pyaot_match_class__", vec![subj, cls, n, kn]);
                self.fail_if_none(vals, fail);
                for (i, sp) in c.patterns.iter().chain(&c.kwd_patterns).enumerate() {
                    let it = self.item(vals, i);
                    self.pattern(sp, it, fail)?;
                }
            }
            Pattern::MatchStar(s) => {
                return Err(self.unsupported(s, "a star pattern outside a sequence"))
            }
        }
        Ok(())
    }
}
