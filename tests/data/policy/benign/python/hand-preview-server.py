"""Render a few Markdown-ish pages into a temporary directory and preview them on localhost."""
import argparse
import functools
import html
import http.server
import shutil
import tempfile
import threading
import webbrowser
from pathlib import Path


def render(src: Path, dest: Path) -> None:
    body = []
    for line in src.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            body.append(f"<h1>{html.escape(line[2:])}</h1>")
        elif line.startswith("- "):
            body.append(f"<li>{html.escape(line[2:])}</li>")
        elif line.strip():
            body.append(f"<p>{html.escape(line)}</p>")
    dest.write_text("<!doctype html><meta charset=utf-8>\n" + "\n".join(body), encoding="utf-8")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pages", nargs="*", default=["README.md"])
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--open", action="store_true")
    args = ap.parse_args()

    site = tempfile.mkdtemp(prefix="preview-")
    try:
        for name in args.pages:
            src = Path(name)
            if src.exists():
                render(src, Path(site) / (src.stem + ".html"))
        handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=site)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        url = f"http://127.0.0.1:{args.port}/"
        print(f"serving {site} at {url} (Ctrl-C to stop)")
        if args.open:
            webbrowser.open(url)
        try:
            thread.join()
        except KeyboardInterrupt:
            pass
        server.shutdown()
        server.server_close()
    finally:
        shutil.rmtree(site, ignore_errors=True)


if __name__ == "__main__":
    main()
