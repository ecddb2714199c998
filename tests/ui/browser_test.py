#!/usr/bin/env python3
"""The approval page of `airlock serve`, tested in a real browser.

    browser_test.py BUILD_DIR

Starts `BUILD_DIR/airlock serve` with the approve policy on 127.0.0.1, holds
two risky programs of a user key, then drives headless Chromium through
ChromeDriver (the W3C WebDriver protocol, spoken here with the standard
library only) as an approver: enters the admin key, checks the queue and the
highlighted findings, approves one program and rejects the other through the
page's buttons, and checks the outcome through the API and in the history
view. Screenshots go to BUILD_DIR/ui-screenshot.png (the queue) and
BUILD_DIR/ui-screenshot-history.png. Prints one line per check and then
`N passed, N failed`; exits 1 on any failure. Everything it starts is
stopped and every directory it makes is removed, on failure too.
"""
import base64
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"

APPROVED_CODE = "import os\nprint('approved and ran')\nos.system('eval true')\n"
REJECTED_CODE = ("import subprocess\n# <b id=\"injected\">not markup</b>\n"
                 "subprocess.run(['sh', '-c', 'id'])\n")
REASON = "spawns a shell; not needed for this task"
# The approved program comes with a module that runs a shell (line 4) and a
# data file; the rejected one with a file whose name and content are markup.
APPROVED_FILES = [
    {"name": "helper.py", "content": "import os\n\ndef run():\n    os.system('eval true')\n"},
    {"name": "notes.txt", "content": "plain data\n"},
]
REJECTED_FILES = [{"name": "<b id=\"injected-name\">x.sh",
                   "content": "<b id=\"injected-file\">not markup</b>\n"}]


class Checks:
    def __init__(self):
        self.passed = self.failed = 0

    def check(self, name, cond, detail=""):
        if cond:
            self.passed += 1
            print("ok    " + name, flush=True)
        else:
            self.failed += 1
            print("FAIL  " + name + (": " + str(detail) if detail != "" else ""), flush=True)
        return bool(cond)


class Fatal(Exception):
    """A step the remaining checks depend on failed."""


def http(method, url, key=None, body=None, follow=True):
    """(status, headers, parsed JSON or raw bytes) of one request."""
    headers = {}
    data = None
    if key:
        headers["Authorization"] = "Bearer " + key
    if body is not None:
        headers["Content-Type"] = "application/json"
        data = json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method, headers=headers)
    opener = urllib.request.build_opener() if follow else urllib.request.build_opener(NoRedirect)
    try:
        res = opener.open(req, timeout=30)
    except urllib.error.HTTPError as e:
        res = e
    raw = res.read()
    try:
        parsed = json.loads(raw)
    except ValueError:
        parsed = raw
    return res.status, res.headers, parsed


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(fn, timeout=15.0, step=0.1):
    """fn's first truthy value within timeout, else its last value."""
    end = time.monotonic() + timeout
    while True:
        v = fn()
        if v or time.monotonic() > end:
            return v
        time.sleep(step)


class WebDriver:
    """The few W3C WebDriver commands the test needs."""

    def __init__(self, port):
        self.base = "http://127.0.0.1:%d" % port
        self.sid = None

    def call(self, method, path, body=None):
        url = self.base + (("/session/" + self.sid) if self.sid else "") + path
        data = json.dumps(body if body is not None else {}).encode() if method == "POST" else None
        req = urllib.request.Request(url, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            res = urllib.request.urlopen(req, timeout=60)
        except urllib.error.HTTPError as e:
            res = e
        out = json.loads(res.read() or b"{}")
        v = out.get("value")
        if res.status != 200:
            raise RuntimeError("webdriver %s %s: %s" % (method, path, v))
        return v

    def start(self, profile_dir):
        args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic",
                "--disable-extensions", "--window-size=1440,1000",
                "--user-data-dir=" + profile_dir]
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": CHROMIUM, "args": args},
            "goog:loggingPrefs": {"browser": "ALL"},
        }}}
        v = self.call("POST", "/session", caps)
        self.sid = v["sessionId"]
        return v["capabilities"].get("browserVersion", "?")

    def quit(self):
        if self.sid:
            try:
                self.call("DELETE", "")
            finally:
                self.sid = None

    def go(self, url):
        self.call("POST", "/url", {"url": url})

    def find(self, css):
        return self.call("POST", "/element", {"using": "css selector", "value": css})[ELEMENT]

    def click(self, css):
        self.call("POST", "/element/%s/click" % self.find(css))

    def type(self, css, text):
        self.call("POST", "/element/%s/value" % self.find(css), {"text": text})

    def js(self, script, *args):
        return self.call("POST", "/execute/sync", {"script": script, "args": list(args)})

    def until(self, script, *args, timeout=15.0):
        """The script's first truthy value; a script error (the page is still
        loading) counts as not yet."""
        def attempt():
            try:
                return self.js(script, *args)
            except RuntimeError:
                return None
        return wait_for(attempt, timeout)

    def screenshot(self, path):
        png = base64.b64decode(self.call("GET", "/screenshot"))
        with open(path, "wb") as f:
            f.write(png)
        return png

    def console(self):
        try:
            return self.call("POST", "/se/log", {"type": "browser"})
        except RuntimeError:
            return None


class Harness:
    """Everything the test starts, so that cleanup can stop all of it."""

    def __init__(self, build):
        self.bin = os.path.join(build, "airlock")
        self.tmp = tempfile.mkdtemp(prefix="airlock-ui-test.")
        self.data = os.path.join(self.tmp, "data")
        self.profile = os.path.join(self.tmp, "chromium-profile")
        self.server = self.driver_proc = None
        self.wd = None

    def key(self, name, admin):
        cmd = [self.bin, "keys", "create", "--name", name, "--data-dir", self.data]
        out = subprocess.run(cmd + (["--admin"] if admin else []), capture_output=True,
                             text=True, check=True)
        return out.stdout.splitlines()[0].strip()

    def start_server(self):
        cfg = os.path.join(self.tmp, "airlock.yaml")
        with open(cfg, "w") as f:
            f.write("workers: 2\npolicy: {mode: approve, fail_on: high, approval_timeout_s: 3600}\n")
        self.log = os.path.join(self.tmp, "serve.log")
        self.server = subprocess.Popen(
            [self.bin, "serve", "--config", cfg, "--listen", "127.0.0.1:0", "--data-dir", self.data],
            stdout=subprocess.DEVNULL, stderr=open(self.log, "w"))

        def port():
            if self.server.poll() is not None:
                raise Fatal("airlock serve exited %d: %s" % (self.server.returncode, self.serve_log()))
            m = re.search(r"listening .*?port=(\d+)", self.serve_log())
            return m and int(m.group(1))

        p = wait_for(port, 10)
        if not p:
            raise Fatal("airlock serve did not say where it listens: " + self.serve_log())
        return "http://127.0.0.1:%d" % p

    def serve_log(self):
        with open(self.log, errors="replace") as f:
            return f.read()

    def start_browser(self):
        port = free_port()
        # TMPDIR: Chromium's own temporary directories (scoped_dir*) in the
        # test's, removed with it even when Chromium is killed
        self.driver_proc = subprocess.Popen(
            [CHROMEDRIVER, "--port=%d" % port, "--allowed-ips=127.0.0.1"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
            env=dict(os.environ, TMPDIR=self.tmp))
        self.wd = WebDriver(port)

        def ready():
            try:
                return self.wd.call("GET", "/status").get("ready")
            except (OSError, RuntimeError, ValueError):
                return False

        if not wait_for(ready, 15):
            raise Fatal("chromedriver did not start")
        return self.wd.start(self.profile)

    def cleanup(self):
        if self.wd:
            try:
                self.wd.quit()
            except Exception as e:  # still stop the processes below
                print("note: closing the browser session: %s" % e)
        if self.driver_proc:
            # chromedriver and the Chromium it started share its session.
            try:
                os.killpg(self.driver_proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                self.driver_proc.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(self.driver_proc.pid, signal.SIGKILL)
                self.driver_proc.wait()
            self.kill_leftover_chromium()
        self.stop_server()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def stop_server(self):
        """SIGTERM, as an operator would; its exit status (None: it had to be killed)."""
        if not self.server:
            return None
        if self.server.poll() is None:
            self.server.send_signal(signal.SIGTERM)
            try:
                self.server.wait(20)
            except subprocess.TimeoutExpired:
                self.server.kill()
                self.server.wait()
                return None
        return self.server.returncode

    def kill_leftover_chromium(self):
        """Chromium processes of this test's own profile that outlived chromedriver."""
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                with open("/proc/%s/cmdline" % pid, "rb") as f:
                    cmd = f.read()
            except OSError:
                continue
            if ("--user-data-dir=" + self.profile).encode() in cmd:
                try:
                    os.kill(int(pid), signal.SIGKILL)
                except ProcessLookupError:
                    pass


def check_serving(c, base):
    """The page's own HTTP answers: headers, redirect, unknown files."""
    st, h, _ = http("GET", base + "/ui", follow=False)
    c.check("GET /ui redirects to /ui/", st in (301, 308) and h.get("Location") == "/ui/",
            "%s %s" % (st, h.get("Location")))
    st, h, body = http("GET", base + "/ui/")
    c.check("GET /ui/ is the page (text/html)", st == 200 and
            h.get("Content-Type", "").startswith("text/html") and b"app.js" in body, st)
    csp = h.get("Content-Security-Policy", "")
    c.check("the page has a strict Content-Security-Policy",
            "default-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp, csp)
    c.check("the page is sent with nosniff, DENY framing and no-store",
            h.get("X-Content-Type-Options") == "nosniff" and h.get("X-Frame-Options") == "DENY"
            and h.get("Cache-Control") == "no-store", dict(h))
    c.check("the page has no inline script", not re.search(rb"<script(?![^>]*\bsrc=)", body) and
            not re.search(rb"\son[a-z]+=", body))
    types = {"app.js": "text/javascript", "style.css": "text/css"}
    got = {f: http("GET", base + "/ui/" + f)[1].get("Content-Type", "") for f in types}
    c.check("scripts and styles have their types",
            all(got[f].startswith(t) for f, t in types.items()), got)
    bad = ["/ui/nope.js", "/ui/..%2fhttp.c", "/ui/%2e%2e/Makefile", "/ui/.hidden", "/ui/a/app.js"]
    codes = {p: http("GET", base + p)[0] for p in bad}
    c.check("unknown files and traversal attempts are 404", all(v == 404 for v in codes.values()),
            codes)


def submit_pending(c, base, user):
    ids = []
    for code, files in ((APPROVED_CODE, APPROVED_FILES), (REJECTED_CODE, REJECTED_FILES)):
        st, _, ex = http("POST", base + "/v1/executions", user,
                         {"language": "python", "code": code, "files": files})
        ok = st == 202 and isinstance(ex, dict) and ex.get("status") == "pending_approval"
        c.check("a risky program is held for approval (202 pending_approval)", ok, (st, ex))
        if not ok:
            raise Fatal("the server does not hold risky programs; nothing to approve")
        ids.append(ex["id"])
        c.check("  ... with its findings", any(f.get("severity") == "high" for f in ex.get("findings", [])),
                ex.get("findings"))
    return ids


PENDING_IDS = "return Array.from(document.querySelectorAll('#pending-list tr')).map(t => t.dataset.id)"


def approve_and_reject(c, wd, base, admin, ids):
    first, second = ids
    wd.go(base + "/ui")
    c.check("the page asks for the API key",
            wd.until("return !document.getElementById('key-form').hidden && "
                     "document.getElementById('app').hidden"))
    wd.type("#key-input", admin)
    wd.click("#key-save")
    listed = wd.until(PENDING_IDS.replace("return ", "const l = ") + "; return l.length >= 2 && l")
    c.check("the pending list shows both held programs", listed and set(ids) <= set(listed), listed)
    c.check("the key is kept in sessionStorage only",
            wd.js("return sessionStorage.getItem('airlock.key') === arguments[0] && "
                  "localStorage.length === 0 && document.cookie === ''", admin))
    wd.go(base + "/ui/")
    c.check("the key survives a reload of the page",
            wd.until(PENDING_IDS.replace("return ", "const l = ") + "; return l.length >= 2"))

    # The first program: its findings at their lines.
    wd.click('#pending-list tr[data-id="%s"]' % first)
    _, _, queue = http("GET", base + "/v1/approvals", admin)
    every = next(a["findings"] for a in queue["approvals"] if a["id"] == first)
    findings = [f for f in every if f.get("file") is None]
    in_helper = [f for f in every if f.get("file") == "helper.py"]
    c.check("the helper module's shell is a finding that names it", in_helper, every)
    want = sorted({f["line"] for f in findings})
    lit = wd.until("""const d = document.getElementById('pending-detail');
        if (d.hidden || d.dataset.id !== arguments[0]) return null;
        return Array.from(d.querySelectorAll('#pending-code .line.hl')).map(l => +l.dataset.line);""", first)
    c.check("the lines with findings are highlighted (lines %s)" % want, lit == want, lit)
    notes = wd.js("""return Array.from(document.querySelectorAll('#pending-code .note'))
        .map(n => [n.dataset.rule, +n.dataset.line, n.querySelector('.sev').textContent,
                   n.querySelector('.msg').textContent])""")
    c.check("each finding's rule, severity and message is shown at its line",
            sorted(notes) == sorted([f["rule"], f["line"], f["severity"], f["message"]] for f in findings),
            notes)
    c.check("the code is shown with line numbers",
            wd.js("return document.querySelectorAll('#pending-code .line').length") == 3)
    files = wd.js("""return Array.from(document.querySelectorAll('#pending-files .file')).map(f => ({
        name: f.dataset.name, lines: f.querySelectorAll('.line').length,
        lit: Array.from(f.querySelectorAll('.line.hl')).map(l => +l.dataset.line),
        notes: Array.from(f.querySelectorAll('.note')).map(n => n.dataset.rule),
        head: f.querySelector('.file-name').textContent}))""")
    c.check("every file of the program is shown, in order", [f["name"] for f in files or []]
            == ["helper.py", "notes.txt"], files)
    helper = (files or [{}])[0]
    c.check("  ... the module with its lines and its finding highlighted at its line",
            helper.get("lines") == 4 and helper.get("lit") == sorted({f["line"] for f in in_helper})
            and sorted(helper.get("notes", [])) == sorted(f["rule"] for f in in_helper), helper)
    c.check("  ... the data file said to be data, with nothing highlighted",
            len(files or []) > 1 and "data" in files[1]["head"] and not files[1]["lit"], files)
    wd.screenshot(os.path.join(BUILD, "ui-screenshot.png"))

    wd.click("#approve")
    c.check("Approve takes it off the pending list",
            wd.until("const l = Array.from(document.querySelectorAll('#pending-list tr'))"
                     ".map(t => t.dataset.id); return l.length === 1 && l[0] === arguments[0]", second))

    # The second program: untrusted text stays text; rejected with a reason.
    wd.click('#pending-list tr[data-id="%s"]' % second)
    c.check("untrusted code is shown as text, not markup",
            wd.until("const c = document.getElementById('pending-code'); return c.textContent"
                     ".includes('<b id=\"injected\">') && !document.getElementById('injected')"))
    c.check("  ... and so are a file's name and content",
            wd.until("const c = document.getElementById('pending-files'); return c.textContent"
                     ".includes('<b id=\"injected-file\">') && c.textContent.includes("
                     "'<b id=\"injected-name\">') && !document.getElementById('injected-file') && "
                     "!document.getElementById('injected-name')"))
    wd.click("#reject")
    c.check("Reject asks for a reason", wd.until("return !document.getElementById('reject-form').hidden"))
    wd.type("#reject-reason", REASON)
    wd.click("#reject-confirm")
    c.check("the pending list is empty after both decisions",
            wd.until("return document.querySelectorAll('#pending-list tr').length === 0 && "
                     "!document.getElementById('pending-empty').hidden"))
    c.check("the page says what happened",
            wd.js("const m = document.getElementById('message'); return !m.hidden && "
                  "m.textContent.includes(arguments[0])", second))


def check_outcome(c, base, admin, ids):
    first, second = ids

    def ended():
        st, _, ex = http("GET", base + "/v1/executions/" + first, admin)
        return ex if st == 200 and ex.get("status") not in ("pending_approval", "queued", "running") else None

    ex = wait_for(ended, 30, 0.2) or http("GET", base + "/v1/executions/" + first, admin)[2]
    c.check("the approved program ran (status ok)", ex.get("status") == "ok", ex.get("status"))
    c.check("  ... and its output is there", "approved and ran" in ex.get("stdout", ""), ex.get("stdout"))
    st, _, ex = http("GET", base + "/v1/executions/" + second, admin)
    rej = ex.get("rejection") or {}
    c.check("the rejected program is rejected", ex.get("status") == "rejected", ex.get("status"))
    c.check("  ... with the reason typed in the page", rej.get("reason") == REASON, rej)
    c.check("  ... and never ran", not ex.get("stdout"), ex.get("stdout"))


def check_history(c, wd, ids):
    first, second = ids
    wd.click("#tab-history")
    rows = wd.until("""const r = {};
        for (const t of document.querySelectorAll('#history-list tr')) r[t.dataset.id] = t.dataset.status;
        return r[arguments[0]] && r[arguments[1]] && r;""", first, second)
    rows = rows or {}
    c.check("History shows the approved one as ok", rows.get(first) == "ok", rows.get(first))
    c.check("History shows the rejected one as rejected", rows.get(second) == "rejected", rows.get(second))
    colors = wd.js("""const c = id => getComputedStyle(document.querySelector(
        '#history-list tr[data-id="' + id + '"] .status')).backgroundColor;
        return [c(arguments[0]), c(arguments[1])]""", first, second)
    c.check("statuses are colored by status", colors[0] != colors[1], colors)
    wd.click('#history-list tr[data-id="%s"]' % first)
    c.check("opening the approved one shows its output",
            wd.until("const d = document.getElementById('history-detail'); return !d.hidden && "
                     "d.dataset.id === arguments[0] && document.getElementById('history-stdout')"
                     ".textContent.includes('approved and ran')", first))
    wd.click('#history-list tr[data-id="%s"]' % second)
    c.check("opening the rejected one shows the reason",
            wd.until("const d = document.getElementById('history-detail'); return !d.hidden && "
                     "d.dataset.id === arguments[0] && document.getElementById('history-rejection')"
                     ".textContent.includes(arguments[1])", second, REASON))
    c.check("  ... and its code with the findings",
            wd.until("return document.querySelectorAll('#history-code .line.hl').length > 0"))
    wd.screenshot(os.path.join(BUILD, "ui-screenshot-history.png"))


def check_forget_and_errors(c, wd, user, ids):
    log = wd.console()
    errors = [e for e in (log or []) if e.get("level") == "SEVERE"]
    c.check("no errors in the browser console (CSP, scripts)", log is not None and not errors, errors)
    wd.click("#key-forget")
    c.check("Forget key removes it and asks again",
            wd.until("return sessionStorage.length === 0 && !document.getElementById('key-form').hidden "
                     "&& document.getElementById('app').hidden"))
    wd.type("#key-input", "not-a-key")
    wd.click("#key-save")
    c.check("an API error is shown in the message line",
            wd.until("const m = document.getElementById('message'); return !m.hidden && "
                     "/not valid|unauthorized/.test(m.textContent)"))
    c.check("  ... and the key is asked for again",
            wd.until("return sessionStorage.length === 0 && !document.getElementById('key-form').hidden"))
    wd.type("#key-input", user)
    wd.click("#key-save")
    wd.click("#tab-pending")
    c.check("a user key is told that approvals need an admin key",
            wd.until("const m = document.getElementById('message'); return !m.hidden && "
                     "m.textContent.includes('not an admin key')"))
    wd.click("#tab-history")
    rows = wd.until("const l = Array.from(document.querySelectorAll('#history-list tr'))"
                    ".map(t => t.dataset.id); return l.length >= 2 && l")
    c.check("  ... and sees its own executions in History", rows and set(ids) <= set(rows), rows)


def stopped(signum, frame):
    raise Fatal("stopped by signal %d" % signum)


def main():
    global BUILD
    if len(sys.argv) != 2:
        sys.exit("usage: browser_test.py BUILD_DIR")
    BUILD = os.path.abspath(sys.argv[1])
    c = Checks()
    h = Harness(BUILD)
    # A stop from outside (a timeout) still goes through the cleanup below.
    signal.signal(signal.SIGTERM, stopped)
    signal.signal(signal.SIGINT, stopped)
    try:
        admin, user = h.key("approver", True), h.key("agent", False)
        base = h.start_server()
        check_serving(c, base)
        ids = submit_pending(c, base, user)
        print("chromium %s" % h.start_browser(), flush=True)
        approve_and_reject(c, h.wd, base, admin, ids)
        check_outcome(c, base, admin, ids)
        check_history(c, h.wd, ids)
        check_forget_and_errors(c, h.wd, user, ids)
        png = os.path.join(BUILD, "ui-screenshot.png")
        with open(png, "rb") as f:
            c.check("screenshot saved: " + png, f.read(8) == b"\x89PNG\r\n\x1a\n")
        rc = h.stop_server()
        c.check("the server stops cleanly on SIGTERM (exit 0, no sanitizer report)", rc == 0,
                "exit %s: %s" % (rc, h.serve_log().splitlines()[-3:]))
    except Exception as e:  # Fatal, a WebDriver error, a failed command
        c.check("the test ran to its end", False, "%s: %s" % (type(e).__name__, e))
        if h.server:
            print("--- serve log (last lines)\n" + "\n".join(h.serve_log().splitlines()[-15:]))
    finally:
        h.cleanup()
    print("%d passed, %d failed" % (c.passed, c.failed))
    sys.exit(1 if c.failed else 0)


if __name__ == "__main__":
    main()
