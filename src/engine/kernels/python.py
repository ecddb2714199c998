# airlock's Python code context: one interpreter whose variables persist
# from one cell to the next (engine/box_context.c starts it in a box).
#
# Requests come on the descriptor that was stdin, one JSON object per line:
# {"id": N, "code": "...", "env"?: {NAME: VALUE}}: env holds for that cell
# only (set before it, put back after it, even when it fails). What a cell prints goes to stdout and stderr as
# it would in a program; the context's own messages go to stdout too,
# framed as "\x1e" TOKEN " " JSON "\n" so that the supervisor can tell them
# from the cell's output: {"type": "result"|"display", "data": {MIME: ...}},
# {"type": "error", "name", "value", "traceback": [...]}, {"type": "done"}.
# The cell's own stdin is /dev/null: the requests are not its to read.
import ast
import base64
import builtins
import json
import os
import signal
import sys
import traceback
import types

TOKEN = os.environ.pop("AIRLOCK_KERNEL_TOKEN", "")
_requests = os.fdopen(os.dup(0), "r", encoding="utf-8")
_null = os.open(os.devnull, os.O_RDONLY)
os.dup2(_null, 0)
os.close(_null)
sys.stdin = open(0, "r", closefd=False)
_proto = os.dup(1)
# -u writes each piece of a print() as it comes ("hello", then "\n"); a
# Jupyter kernel's clients see a line at a time: both streams are line
# buffered (send() flushes what has no newline yet, before each frame).
for _stream in (sys.stdout, sys.stderr):
    _stream.reconfigure(line_buffering=True, write_through=False)

MIME_METHODS = [
    ("text/html", "_repr_html_"),
    ("text/markdown", "_repr_markdown_"),
    ("image/svg+xml", "_repr_svg_"),
    ("image/png", "_repr_png_"),
    ("image/jpeg", "_repr_jpeg_"),
    ("text/latex", "_repr_latex_"),
    ("application/json", "_repr_json_"),
    ("application/javascript", "_repr_javascript_"),
]


def send(msg):
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    data = ("\x1e" + TOKEN + " " + json.dumps(msg) + "\n").encode()
    while data:
        data = data[os.write(_proto, data):]


def sync_stderr():
    # the same frame on stderr, after all the cell wrote there: the
    # supervisor reads the two pipes apart and ends the cell on both
    data = ("\x1e" + TOKEN + ' {"type": "sync"}\n').encode()
    while data:
        data = data[os.write(2, data):]


def bundle(value):
    data = {}
    for mime, method in MIME_METHODS:
        fn = getattr(value, method, None)
        if fn is None or isinstance(value, type):
            continue
        try:
            out = fn()
        except Exception:
            continue
        if out is None:
            continue
        if isinstance(out, tuple):
            out = out[0]
        if isinstance(out, bytes):
            out = base64.b64encode(out).decode()
        elif mime == "application/json" and not isinstance(out, str):
            out = json.dumps(out)
        data[mime] = out
    try:
        data["text/plain"] = repr(value)
    except Exception as e:
        data["text/plain"] = "<unrepresentable %s: %s>" % (type(value).__name__, e)
    return data


def display(*objs):
    for obj in objs:
        send({"type": "display", "data": bundle(obj)})


def figures():
    """Open matplotlib figures, each as a PNG display, then closed."""
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is None:
        return
    import io
    for num in plt.get_fignums():
        fig = plt.figure(num)
        buf = io.BytesIO()
        try:
            fig.savefig(buf, format="png", bbox_inches="tight")
        except Exception:
            continue
        send({"type": "display", "data": {
            "image/png": base64.b64encode(buf.getvalue()).decode(),
            "text/plain": repr(fig)}})
    plt.close("all")


namespace = {"__name__": "__main__", "__builtins__": builtins, "display": display}
FLAGS = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
_loop = None


def run(code):
    global _loop
    tree = ast.parse(code, "<cell>", "exec")
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
    for node, mode in ((tree, "exec"), (last, "eval")):
        if node is None:
            continue
        obj = compile(node, "<cell>", mode, flags=FLAGS)
        result = eval(obj, namespace)
        if obj.co_flags & 0x80:  # CO_COROUTINE: top-level await
            import asyncio
            if _loop is None:
                _loop = asyncio.new_event_loop()
            result = _loop.run_until_complete(result)
        if mode == "eval" and result is not None:
            namespace["_"] = result
            send({"type": "result", "data": bundle(result)})


def cell_frames(tb):
    """The traceback from the cell's first frame on (none of the context's)."""
    while tb is not None and tb.tb_frame.f_code.co_filename != "<cell>":
        tb = tb.tb_next
    return tb


def cell_env(env, saved):
    """Sets the cell's variables; saved gets what to put back: NAME -> old
    value or None (it had none)."""
    if not isinstance(env, dict):
        return
    for name, value in env.items():
        if isinstance(name, str) and isinstance(value, str):
            saved.setdefault(name, os.environ.get(name))
            os.environ[name] = value


def restore_env(saved):
    # an interrupt that comes while this runs must not leave a cell's
    # variable behind: putting back is done again until it is done once
    while True:
        try:
            for name, old in saved.items():
                if old is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = old
            return
        except KeyboardInterrupt:
            continue


def main():
    signal.signal(signal.SIGINT, signal.default_int_handler)
    os.environ.setdefault("MPLBACKEND", "Agg")
    sys.argv = [""]
    send({"type": "ready", "pid": os.getpid()})
    for line in _requests:
        try:
            req = json.loads(line)
        except ValueError:
            continue
        saved = {}
        try:
            cell_env(req.get("env"), saved)
            run(req.get("code", ""))
            figures()
        except BaseException as e:  # the cell's, even SystemExit
            if isinstance(e, SyntaxError):
                tb_lines = traceback.format_exception_only(type(e), e)
            else:
                tb_lines = traceback.format_exception(type(e), e, cell_frames(e.__traceback__))
            send({"type": "error", "name": type(e).__name__, "value": str(e),
                  "traceback": [l.rstrip("\n") for l in tb_lines]})
            try:
                figures()
            except BaseException:
                pass
        restore_env(saved)
        send({"type": "done", "id": req.get("id")})
        sync_stderr()


main()
