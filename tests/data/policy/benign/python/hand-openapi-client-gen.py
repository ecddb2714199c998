# Ordinary program: reads an OpenAPI JSON document and generates a small Python
# client module (one function per operation) into generated/<name>_client.py.
# Ordinary code generation: it writes Python source text to a file but never
# runs it.
import json
import keyword
import re
import sys
from pathlib import Path

HEADER = '''"""Generated from {title} {version}. Do not edit."""
import json
import urllib.parse
import urllib.request

BASE_URL = {base!r}


def _call(method, path, params=None, body=None):
    url = BASE_URL + path
    if params:
        url += "?" + urllib.parse.urlencode(params)
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method,
                                 headers={{"Content-Type": "application/json"}})
    with urllib.request.urlopen(req) as resp:
        return json.load(resp)
'''

FUNC = '''

def {name}({args}):
    """{summary}"""
    return _call({method!r}, f{path!r}, params={query}, body={body})
'''


def ident(text):
    name = re.sub(r"\W+", "_", text).strip("_").lower() or "op"
    return name + "_" if keyword.iskeyword(name) else name


def generate(spec):
    info = spec.get("info", {})
    base = (spec.get("servers") or [{"url": ""}])[0]["url"]
    out = [HEADER.format(title=info.get("title", "api"), version=info.get("version", ""), base=base)]
    for path, ops in sorted(spec.get("paths", {}).items()):
        for method, op in sorted(ops.items()):
            params = op.get("parameters", [])
            path_args = [ident(p["name"]) for p in params if p.get("in") == "path"]
            query = [p["name"] for p in params if p.get("in") == "query"]
            args = path_args + [ident(q) + "=None" for q in query]
            has_body = "requestBody" in op
            if has_body:
                args.append("body=None")
            qdict = "{" + ", ".join(f"{q!r}: {ident(q)}" for q in query) + "}" if query else "None"
            fpath = re.sub(r"{(\w+)}", lambda m: "{" + ident(m.group(1)) + "}", path)
            out.append(FUNC.format(name=ident(op.get("operationId") or method + path),
                                   args=", ".join(args), summary=op.get("summary", "").replace('"', "'"),
                                   method=method.upper(), path=fpath, query=qdict,
                                   body="body" if has_body else "None"))
    return "".join(out)


def main(spec_path):
    spec = json.loads(Path(spec_path).read_text())
    name = ident(spec.get("info", {}).get("title", "api"))
    target = Path("generated") / f"{name}_client.py"
    target.parent.mkdir(exist_ok=True)
    source = generate(spec)
    compile(source, str(target), "exec")
    target.write_text(source)
    print("wrote", target, len(source.splitlines()), "lines")


if __name__ == "__main__":
    main(sys.argv[1])
