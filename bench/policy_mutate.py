#!/usr/bin/env python3
"""How well `airlock check` follows values, measured by rewriting programs.

Each Python evasion of the corpus that reaches `high` (evasion/high.txt) is
rewritten by one semantics-preserving transformation at a time -- the
shapes an author uses to hide a value from an analysis: the module's code
moved into a function, strings split or joined from characters, constants
fetched from a table, a class attribute or an identity function, attribute
reads made getattr calls, module names aliased, calls made through an
identity function or a dict. A rewritten program that no longer reaches
`high` shows a way values are lost (the first line of each is printed with
-v). Ordinary programs (benign/python) get the same rewrites: any that
reaches `high` is a false positive the rewrite brought out.

    python3 bench/policy_mutate.py [build/airlock] [-v] [-t NAME]

A measuring tool, not a benchmark (bench/run.sh runs only executable
scripts). Needs Python 3.9+ (ast.unparse).
"""
import ast
import copy
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(TOP, "tests/data/policy")


def strings(tree):
    """The string constants worth rewriting (not docstrings, not f-string
    parts, not keyword names)."""
    skip = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for v in ast.walk(node):
                skip.add(id(v))
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                skip.add(id(body[0].value))
    return [n for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str)
            and len(n.value) >= 2 and id(n) not in skip]


class Replace(ast.NodeTransformer):
    def __init__(self, table):
        self.table = table

    def visit_Constant(self, node):
        return self.table.get(id(node), node)


def imports_last(body):
    """The index after the leading imports and __future__ lines."""
    i = 0
    while i < len(body) and isinstance(body[i], (ast.Import, ast.ImportFrom)) or \
            (i < len(body) and isinstance(body[i], ast.Expr) and isinstance(body[i].value, ast.Constant)):
        i += 1
    return i


def parse_stmt(src):
    return ast.parse(src).body


def t_wrap_main(tree):
    """Everything but the leading imports moved into a function called once."""
    body = tree.body
    k = imports_last(body)
    rest = body[k:]
    if not rest:
        return None
    names = set()
    for n in ast.walk(ast.Module(body=rest, type_ignores=[])):
        if isinstance(n, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
            names.add(n.name)
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
            names.add(n.id)
        if isinstance(n, (ast.Import, ast.ImportFrom)):
            for a in n.names:
                names.add((a.asname or a.name).split(".")[0])
    glob = [ast.Global(names=sorted(names))] if names else []
    fn = ast.FunctionDef(name="_main", args=ast.arguments(posonlyargs=[], args=[], kwonlyargs=[],
                                                          kw_defaults=[], defaults=[]),
                         body=glob + rest, decorator_list=[], returns=None, type_comment=None)
    tree.body = body[:k] + [fn] + parse_stmt("_main()")
    return tree


def t_split_strings(tree):
    """"abcdef" -> "abc" + "def"."""
    table = {}
    for c in strings(tree):
        k = len(c.value) // 2
        table[id(c)] = ast.BinOp(ast.Constant(c.value[:k]), ast.Add(), ast.Constant(c.value[k:]))
    return Replace(table).visit(tree) if table else None


def t_join_chars(tree):
    """"abc" -> "".join(["a", "b", "c"])."""
    table = {}
    for c in strings(tree):
        if len(c.value) > 80:
            continue
        table[id(c)] = ast.Call(ast.Attribute(ast.Constant(""), "join", ast.Load()),
                                [ast.List([ast.Constant(ch) for ch in c.value], ast.Load())], [])
    return Replace(table).visit(tree) if table else None


def t_const_table(tree):
    """Every string fetched from a module-level list by index."""
    cs = strings(tree)
    if not cs:
        return None
    table = {id(c): ast.Subscript(ast.Name("_K", ast.Load()), ast.Constant(i), ast.Load())
             for i, c in enumerate(cs)}
    values = [c.value for c in cs]
    tree = Replace(table).visit(tree)
    k = imports_last(tree.body)
    tree.body[k:k] = parse_stmt("_K = %r" % (values,))
    return tree


def t_class_attr(tree):
    """Every string a class attribute."""
    cs = strings(tree)
    if not cs:
        return None
    table = {id(c): ast.Attribute(ast.Name("_C", ast.Load()), "k%d" % i, ast.Load())
             for i, c in enumerate(cs)}
    vals = "\n".join("    k%d = %r" % (i, c.value) for i, c in enumerate(cs))
    tree = Replace(table).visit(tree)
    k = imports_last(tree.body)
    tree.body[k:k] = parse_stmt("class _C:\n" + vals)
    return tree


def t_identity_strings(tree):
    """Every string passed through a function that returns it."""
    cs = strings(tree)
    if not cs:
        return None
    table = {id(c): ast.Call(ast.Name("_s", ast.Load()), [ast.Constant(c.value)], []) for c in cs}
    tree = Replace(table).visit(tree)
    k = imports_last(tree.body)
    tree.body[k:k] = parse_stmt("def _s(x):\n    return x")
    return tree


class GetattrAttrs(ast.NodeTransformer):
    def __init__(self):
        self.n = 0

    def visit_Attribute(self, node):
        self.generic_visit(node)
        if isinstance(node.ctx, ast.Load) and not node.attr.startswith("__"):
            self.n += 1
            return ast.Call(ast.Name("getattr", ast.Load()), [node.value, ast.Constant(node.attr)], [])
        return node


def t_getattr(tree):
    """a.b -> getattr(a, "b") (reads only)."""
    g = GetattrAttrs()
    tree = g.visit(tree)
    return tree if g.n else None


def t_alias_modules(tree):
    """Each imported module also bound to another name, which its uses take."""
    mods = {}
    for n in tree.body:
        if isinstance(n, ast.Import):
            for a in n.names:
                if "." not in a.name:
                    mods[a.asname or a.name] = "_m_" + (a.asname or a.name)
    if not mods:
        return None

    class R(ast.NodeTransformer):
        def visit_Name(self, node):
            if isinstance(node.ctx, ast.Load) and node.id in mods:
                return ast.Name(mods[node.id], ast.Load())
            return node

    tree = R().visit(tree)
    k = imports_last(tree.body)
    tree.body[k:k] = parse_stmt("\n".join("%s = %s" % (v, k2) for k2, v in mods.items()))
    return tree


class CallVia(ast.NodeTransformer):
    def __init__(self, how):
        self.how, self.n = how, 0

    def visit_Call(self, node):
        self.generic_visit(node)
        f = node.func
        if isinstance(f, ast.Name) and f.id in ("_id", "getattr", "super", "locals", "globals", "vars"):
            return node
        self.n += 1
        if self.how == "identity":
            node.func = ast.Call(ast.Name("_id", ast.Load()), [f], [])
        else:
            node.func = ast.Subscript(ast.Dict([ast.Constant("f")], [f]), ast.Constant("f"), ast.Load())
        return node


def t_call_identity(tree):
    """f(x) -> _id(f)(x)."""
    c = CallVia("identity")
    tree = c.visit(tree)
    if not c.n:
        return None
    k = imports_last(tree.body)
    tree.body[k:k] = parse_stmt("def _id(f):\n    return f")
    return tree


def t_call_dict(tree):
    """f(x) -> {"f": f}["f"](x)."""
    c = CallVia("dict")
    tree = c.visit(tree)
    return tree if c.n else None


TRANSFORMS = [
    ("wrap_main", t_wrap_main),
    ("split_strings", t_split_strings),
    ("join_chars", t_join_chars),
    ("const_table", t_const_table),
    ("class_attr", t_class_attr),
    ("identity_strings", t_identity_strings),
    ("getattr", t_getattr),
    ("alias_modules", t_alias_modules),
    ("call_identity", t_call_identity),
    ("call_dict", t_call_dict),
]


def rewrite(src, fn):
    tree = ast.parse(src)
    out = fn(copy.deepcopy(tree))
    if out is None:
        return None
    ast.fix_missing_locations(out)
    text = ast.unparse(out) + "\n"
    compile(text, "<rewritten>", "exec")
    return text


def severity(airlock, text):
    """True when `airlock check` blocks the program at --fail-on high."""
    r = subprocess.run([airlock, "check", "--lang", "python", "--fail-on", "high", "-"],
                       input=text.encode(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if r.returncode not in (0, 1):
        raise SystemExit("policy_mutate: airlock check exited %d" % r.returncode)
    return r.returncode == 1


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    only = None
    if "-t" in args:
        only = args[args.index("-t") + 1]
        args = [a for i, a in enumerate(args) if a != "-t" and (i == 0 or args[i - 1] != "-t")]
    args = [a for a in args if a != "-v"]
    airlock = args[0] if args else os.path.join(TOP, "build/airlock")
    high = [l.strip() for l in open(os.path.join(CORPUS, "evasion/high.txt"))
            if l.startswith("python/")]
    evasions = [os.path.join(CORPUS, "evasion", h) for h in high]
    bdir = os.path.join(CORPUS, "benign/python")
    benign = sorted(os.path.join(bdir, f) for f in os.listdir(bdir) if f.endswith(".py"))
    transforms = [t for t in TRANSFORMS if only in (None, t[0])]

    def job(item):
        path, name, fn, kind = item
        try:
            text = rewrite(open(path).read(), fn)
        except (SyntaxError, ValueError, RecursionError):
            return (name, kind, path, None)
        if text is None:
            return (name, kind, path, None)
        return (name, kind, path, severity(airlock, text))

    items = [(p, n, f, "evasion") for n, f in transforms for p in evasions] + \
            [(p, n, f, "benign") for n, f in transforms for p in benign]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as ex:
        results = list(ex.map(job, items))
    print("policy under rewriting (python): evasions that reach high kept at high;"
          " ordinary programs brought to high")
    total_kept = total = fp = 0
    for name, _ in transforms:
        ev = [r for r in results if r[0] == name and r[1] == "evasion" and r[3] is not None]
        bn = [r for r in results if r[0] == name and r[1] == "benign" and r[3] is not None]
        kept = sum(1 for r in ev if r[3])
        fps = [r for r in bn if r[3]]
        total_kept += kept
        total += len(ev)
        fp += len(fps)
        print("  %-17s evasions %3d/%3d (%5.1f%%)  ordinary at high %d/%d"
              % (name, kept, len(ev), 100.0 * kept / len(ev) if ev else 0, len(fps), len(bn)))
        if verbose:
            for r in ev:
                if not r[3]:
                    print("      lost: " + os.path.relpath(r[2], CORPUS))
            for r in fps:
                print("      false positive: " + os.path.relpath(r[2], CORPUS))
    print("  all rewrites: evasions kept at high %d/%d (%.1f%%), ordinary programs at high %d"
          % (total_kept, total, 100.0 * total_kept / total if total else 0, fp))


if __name__ == "__main__":
    main()
