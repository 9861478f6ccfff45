//! Evaluates the discriminant expressions a Graph enum writes: integer literals
//! and the arithmetic flags are written with (`-1`, `1 << 4`, `0x10 | 0x20`).
//! Anything else (a `const`, a function call) cannot be known to a derive and
//! asks for `#[graph_enum(value = N)]`.

use syn::{BinOp, Expr, Lit, UnOp};

/// The value of `expr`, in `i128` so every supported repr fits and overflow of
/// the repr is reported by range checks rather than wrapping here.
pub(crate) fn evaluate(expr: &Expr) -> syn::Result<i128> {
    match expr {
        Expr::Lit(lit) => match &lit.lit {
            Lit::Int(int) => int.base10_parse::<i128>(),
            other => Err(syn::Error::new_spanned(other, "expected an integer")),
        },
        Expr::Group(group) => evaluate(&group.expr),
        Expr::Paren(paren) => evaluate(&paren.expr),
        Expr::Unary(unary) => match unary.op {
            UnOp::Neg(_) => overflow(evaluate(&unary.expr)?.checked_neg(), expr),
            _ => Err(not_evaluable(expr)),
        },
        Expr::Binary(binary) => {
            let left = evaluate(&binary.left)?;
            let right = evaluate(&binary.right)?;
            let result = match binary.op {
                BinOp::Add(_) => left.checked_add(right),
                BinOp::Sub(_) => left.checked_sub(right),
                BinOp::Mul(_) => left.checked_mul(right),
                BinOp::BitOr(_) => Some(left | right),
                BinOp::BitAnd(_) => Some(left & right),
                BinOp::BitXor(_) => Some(left ^ right),
                BinOp::Shl(_) => u32::try_from(right)
                    .ok()
                    .filter(|shift| *shift < 64)
                    .and_then(|shift| left.checked_shl(shift)),
                _ => return Err(not_evaluable(expr)),
            };
            overflow(result, expr)
        }
        _ => Err(not_evaluable(expr)),
    }
}

fn overflow(value: Option<i128>, expr: &Expr) -> syn::Result<i128> {
    value.ok_or_else(|| syn::Error::new_spanned(expr, "this discriminant overflows"))
}

fn not_evaluable(expr: &Expr) -> syn::Error {
    syn::Error::new_spanned(
        expr,
        "#[derive(GraphEnum)] cannot evaluate this discriminant; \
         write an integer literal or add #[graph_enum(value = N)]",
    )
}

#[cfg(test)]
mod tests {
    use super::evaluate;

    fn eval(source: &str) -> Option<i128> {
        evaluate(&syn::parse_str(source).ok()?).ok()
    }

    #[test]
    fn literals_and_flag_arithmetic() {
        assert_eq!(eval("3"), Some(3));
        assert_eq!(eval("-2016336109"), Some(-2_016_336_109));
        assert_eq!(eval("0x10 | 0b1"), Some(17));
        assert_eq!(eval("1 << 30"), Some(1 << 30));
        assert_eq!(eval("(1 + 2) * 3 - 4"), Some(5));
        assert_eq!(eval("7u8"), Some(7));
        assert_eq!(eval("1_000"), Some(1000));
    }

    #[test]
    fn everything_else_is_an_error() {
        for source in [
            "FOO", "f(1)", "1 / 1", "!0", "1 << 64", "1 << -1", "\"1\"", "1.0",
        ] {
            assert_eq!(eval(source), None, "{source}");
        }
    }
}
