#!/usr/bin/env python3
"""How well `airlock check` follows Bash values, measured by rewriting programs.

Each Bash evasion of the corpus that reaches `high` (evasion/high.txt) is
rewritten by one semantics-preserving transformation at a time -- the
shapes an author uses to hide a command or a word from an analysis. A
rewritten program that no longer reaches `high` shows a way values are lost
(listed with -v: file, transformation, first changed line). Ordinary
programs (benign/bash) get the same rewrites: any that reaches `high` is a
false positive the rewrite brought out.

    python3 bench/policy_mutate_sh.py [build/airlock] [-v] [-t NAME]
    python3 bench/policy_mutate_sh.py -p FILE [-t NAME]   (print the rewrites)

Bash has no parser in Python's standard library, so the rewrites work on
the simple commands of a program: a scanner follows quotes, $(...), ${...},
backquotes, comments and here-documents, and splits each line into simple
commands (words, assignments, redirections) at ; & | && || ( ). Lines
inside a here-document or a multi-line word, `case` statements, `[[ ]]`
and `(( ))` are left alone. Every rewrite is checked with `bash -n` (it
parses the program, runs nothing) and dropped when it does not parse.

Transformations (a command name is rewritten only where the rewrite keeps
its meaning: never a reserved word, an alias the program defines, or a
declaration builtin such as `local`/`export`, whose assignments an
expanded name would word-split; `command`/`env`/`exec`/`xargs` only for
commands that are neither builtins nor the program's functions):

  var_name        curl ...      -> _mvN=curl; "$_mvN" ...
  quote_empty     every literal word split by '': cu''rl, ~/.s''sh/id
  quote_double    "c"url (a ~/ prefix stays unquoted so it still expands)
  backslash       c\\url
  concat_vars     every literal word -> "$_mvN$_mvM" (two halves)
  func_wrapper    _mrun() { "$@"; }; _mrun curl ...  (not return, shift,
                  set, eval, source, trap, getopts, break, continue:
                  they act on the function's frame)
  array           _maN=(curl -s URL); "${_maN[@]}" (the name and the literal
                  words after it)
  command         command curl ...
  builtin         builtin eval ...  (builtins only)
  env             env curl ...
  exec_subshell   ( exec curl ... )
  printf_subst    "$(printf %s curl)" ...
  echo_subst      "$(echo curl)" ...
  default         "${_mdN:-curl}" ... (_mdN never set)
  printf_v        printf -v _mpN %s curl; "$_mpN" ...
  indirect        _mvN=curl; _miN=_mvN; "${!_miN}" ...
  xargs           xargs -0 -a <(printf '%s\\0' ARGS) curl  (its stdin kept;
                  at least one literal argument, so printf prints >= 1)
  eval_const      a whole line of simple commands -> eval 'LINE'
  bash_here       a whole line without expansions, of external commands
                  only, none reading the program's stdin -> bash <<< 'LINE'
  wrap_main       the program after its leading comments moved into
                  _mmain() { ...; }; _mmain "$@" (not with aliases, top-level
                  declare/typeset, or `return` outside functions)

Files with a #!/bin/sh line get only the POSIX rewrites. The names and
values the rewrites need are set on one line after the leading comments.

First figures (main at 028668c): 87.7% of 3,851 rewritten evasions kept
at high (array 71.4%, xargs 69.1%, words split or joined 84.1-86.8%), 70
of 3,290 rewritten ordinary programs at high. After the command's folded
and unwrapped text for #match? and names unquoted: 92.8%, 49 (xargs rm from a list the
analysis cannot read, bash <<< '...': high by design).

A measuring tool, not a benchmark (bench/run.sh runs only executable
scripts). Python 3 standard library only; needs bash for `bash -n`.
"""
import difflib
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(TOP, "tests/data/policy")

KEYWORDS = {"if", "then", "else", "elif", "fi", "case", "esac", "for", "select", "while",
            "until", "do", "done", "in", "function", "time", "{", "}", "!", "[[", "]]",
            "coproc"}
BUILTINS = set(". : [ alias bg bind break builtin caller cd command compgen complete compopt "
               "continue declare dirs disown echo enable eval exec exit export false fc fg "
               "getopts hash help history jobs kill let local logout mapfile popd printf pushd "
               "pwd read readarray readonly return set shift shopt source suspend test times "
               "trap true type typeset ulimit umask unalias unset wait".split())
DECL = {"declare", "typeset", "local", "export", "readonly", "alias"}
# Builtins that act on the calling function's frame or positional parameters.
FRAME = {"exec", "return", "shift", "set", "eval", "source", ".", "trap", "getopts", "break",
         "continue", "caller"}
# Commands that read the program's stdin when given no file.
STDIN_READERS = {"cat", "sh", "bash", "dash", "zsh", "ksh", "python", "python3", "node",
                 "perl", "ruby", "php", "nc", "ncat", "socat", "tee", "sort", "head", "tail",
                 "wc", "grep", "sed", "awk", "tr", "base64", "xxd", "gzip", "tar", "read"}

PLAIN = re.compile(r"^[A-Za-z0-9_./~:@%+,=-]+$")
NAME = re.compile(r"^[A-Za-z0-9_./+][A-Za-z0-9_./:+@-]*$")
ASSIGN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\[[^]]*\])?\+?=")
FUNCDEF = re.compile(r"^\s*(?:function\s+)?([A-Za-z_][A-Za-z0-9_:.-]*)\s*\(\s*\)")
FUNCKW = re.compile(r"^\s*function\s+([A-Za-z_][A-Za-z0-9_:.-]*)")
ALIAS = re.compile(r"\balias\s+([A-Za-z_][A-Za-z0-9_.-]*)=")

CONTROL = ["&&", "||", ";;&", ";;", ";&", "|&", ";", "&", "|", "(", ")"]
REDIR = ["<<<", "<<-", "&>>", "<<", ">>", "<&", ">&", "<>", ">|", "&>", "<", ">"]


class Unscannable(Exception):
    pass


class Tok:
    __slots__ = ("kind", "start", "end", "text", "line", "eline", "heredoc")

    def __init__(self, kind, start, end, text, line, eline):
        self.kind, self.start, self.end, self.text = kind, start, end, text
        self.line, self.eline = line, eline
        self.heredoc = False

    def __repr__(self):
        return "%s(%r)" % (self.kind, self.text)


class Scanner:
    """Top-level tokens of a Bash program: words (with their quotes and
    nested expansions), control operators, redirection operators, newlines.
    Raises Unscannable when it loses its way."""

    def __init__(self, text):
        self.s = text
        self.n = len(text)
        self.toks = []
        self.heredoc_lines = set()
        self.cont_lines = set()

    def lineno(self, i):
        return self.s.count("\n", 0, i)

    def skip_quoted(self, i, q):
        """i just after an opening quote q; returns the index after its close."""
        s = self.s
        if q == "'":
            j = s.find("'", i)
            if j < 0:
                raise Unscannable("open '")
            return j + 1
        while i < self.n:
            c = s[i]
            if c == "\\":
                i += 2
            elif c == q:
                return i + 1
            elif q == '"' and c == "$" and s.startswith("$(", i):
                i = self.skip_paren(i + 2)
            elif q == '"' and c == "$" and s.startswith("${", i):
                i = self.skip_brace(i + 2)
            elif q == '"' and c == "`":
                i = self.skip_quoted(i + 1, "`")
            else:
                i += 1
        raise Unscannable("open " + q)

    def skip_brace(self, i):
        s = self.s
        depth = 1
        while i < self.n:
            c = s[i]
            if c == "\\":
                i += 2
                continue
            if c in "'\"`":
                i = self.skip_quoted(i + 1, c) if c != "'" else s.find("'", i + 1) + 1
                if i <= 0:
                    raise Unscannable("open '")
                continue
            if s.startswith("$(", i):
                i = self.skip_paren(i + 2)
                continue
            if s.startswith("${", i):
                depth += 1
                i += 2
                continue
            if c == "}":
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
        raise Unscannable("open ${")

    def skip_paren(self, i):
        """i after an opening '('; returns the index after the matching ')'."""
        s = self.s
        depth = 1
        while i < self.n:
            c = s[i]
            if c == "\\":
                i += 2
                continue
            if c == "'":
                j = s.find("'", i + 1)
                if j < 0:
                    raise Unscannable("open '")
                i = j + 1
                continue
            if c in "\"`":
                i = self.skip_quoted(i + 1, c)
                continue
            if c == "#" and (i == 0 or s[i - 1] in " \t\n;(|&"):
                j = s.find("\n", i)
                i = self.n if j < 0 else j
                continue
            if s.startswith("${", i):
                i = self.skip_brace(i + 2)
                continue
            if s.startswith("<<", i) and not s.startswith("<<<", i):
                raise Unscannable("here-document in $(...)")
            if re.match(r"\bcase\b", s[i:i + 5]) and (i == 0 or not (s[i - 1].isalnum() or s[i - 1] == "_")):
                raise Unscannable("case in $(...)")
            if c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
        raise Unscannable("open (")

    def word(self, i):
        s = self.s
        start = i
        while i < self.n:
            c = s[i]
            if c in " \t\n;&|<>()":
                if c == "(" and i > start and (s[i - 1] == "=" or s[start:i].endswith("+=")) \
                        and ASSIGN.match(s[start:i]):
                    i = self.skip_paren(i + 1)
                    continue
                if c in "<>" and s.startswith("(", i + 1) and i == start:
                    i = self.skip_paren(i + 2)
                    continue
                if c == "(" and i > start and s[i - 1] in "@?*+!":
                    raise Unscannable("extglob")
                break
            if c == "\\":
                if s.startswith("\\\n", i):
                    raise Unscannable("continuation inside a word")
                i += 2
            elif c == "'":
                i = self.skip_quoted(i + 1, "'")
            elif c == '"':
                i = self.skip_quoted(i + 1, '"')
            elif c == "`":
                i = self.skip_quoted(i + 1, "`")
            elif s.startswith("$'", i):
                i = self.skip_ansi(i + 2)
            elif s.startswith("$(", i):
                i = self.skip_paren(i + 2)
            elif s.startswith("${", i):
                i = self.skip_brace(i + 2)
            else:
                i += 1
        return i

    def skip_ansi(self, i):
        s = self.s
        while i < self.n:
            if s[i] == "\\":
                i += 2
            elif s[i] == "'":
                return i + 1
            else:
                i += 1
        raise Unscannable("open $'")

    def add(self, kind, start, end):
        self.toks.append(Tok(kind, start, end, self.s[start:end], self.lineno(start),
                             self.lineno(max(start, end - 1))))

    def run(self):
        s = self.s
        i = 0
        pending = []  # here-document delimiters waiting for the next newline
        while i < self.n:
            c = s[i]
            if c in " \t":
                i += 1
                continue
            if s.startswith("\\\n", i):
                self.cont_lines.add(self.lineno(i))
                self.cont_lines.add(self.lineno(i) + 1)
                i += 2
                continue
            if c == "\n":
                self.add("nl", i, i + 1)
                i += 1
                if pending:
                    for delim, strip in pending:
                        while True:
                            if i >= self.n:
                                raise Unscannable("open here-document")
                            j = s.find("\n", i)
                            j = self.n if j < 0 else j
                            self.heredoc_lines.add(self.lineno(i))
                            line = s[i:j]
                            i = j + 1
                            if (line.lstrip("\t") if strip else line) == delim:
                                break
                    pending = []
                continue
            if c == "#":
                j = s.find("\n", i)
                i = self.n if j < 0 else j
                continue
            m = re.match(r"\d+|\{[A-Za-z_][A-Za-z0-9_]*\}", s[i:i + 40])
            k = i + m.end() if m else i
            op = next((o for o in REDIR if s.startswith(o, k)), None)
            if op and not (s.startswith("<(", k) or s.startswith(">(", k)):
                self.add("redir", i, k + len(op))
                i = k + len(op)
                if op in ("<<", "<<-"):
                    while i < self.n and s[i] in " \t":
                        i += 1
                    j = self.word(i)
                    raw = s[i:j]
                    if not raw:
                        raise Unscannable("here-document without a word")
                    self.add("word", i, j)
                    self.toks[-1].heredoc = True
                    self.toks[-2].heredoc = True
                    pending.append((re.sub(r"[\"'\\]", "", raw), op == "<<-"))
                    i = j
                continue
            op = next((o for o in CONTROL if s.startswith(o, i)), None)
            if op:
                self.add("op", i, i + len(op))
                i += len(op)
                continue
            j = self.word(i)
            if j == i:
                raise Unscannable("stuck at %r" % s[i:i + 10])
            self.add("word", i, j)
            i = j
        if pending:
            raise Unscannable("open here-document")
        return self.toks


class Seg:
    """A simple command: its tokens after the reserved words before it."""

    def __init__(self):
        self.toks = []
        self.after = None   # the control operator after it (None: newline or end)
        self.before = None  # the one before it

    @property
    def assigns(self):
        out = []
        for t in self.toks:
            if t.kind == "word" and ASSIGN.match(t.text):
                out.append(t)
            elif t.kind == "word":
                break
        return out

    def parts(self):
        """(name token or None, [arg tokens], [(redir, target)])."""
        name, args, redirs = None, [], []
        i = 0
        seen_name = False
        while i < len(self.toks):
            t = self.toks[i]
            if t.kind == "redir":
                tgt = self.toks[i + 1] if i + 1 < len(self.toks) and self.toks[i + 1].kind == "word" else None
                redirs.append((t, tgt))
                i += 2 if tgt else 1
                continue
            if not seen_name and ASSIGN.match(t.text):
                i += 1
                continue
            if not seen_name:
                name, seen_name = t, True
            else:
                args.append(t)
            i += 1
        return name, args, redirs


PREFIX = {"!", "time", "{", "then", "do", "else", "if", "elif", "while", "until"}
SKIPSEG = {"for", "select", "function", "}", "fi", "done", "esac", "in", "coproc", "]]"}


def segments(toks):
    """Simple commands of the program, and the lines that hold something
    this splitting does not follow (case, [[ ]], (( )), function headers)."""
    segs, bad = [], set()
    cur = Seg()
    cmdpos = True
    i = 0
    n = len(toks)

    def close(op):
        nonlocal cur
        if cur.toks:
            cur.after = op
            segs.append(cur)
        cur = Seg()
        cur.before = op

    while i < n:
        t = toks[i]
        if t.kind == "nl":
            close(None)
            cmdpos = True
            i += 1
            continue
        if t.kind == "op":
            if t.text == "(" and i + 1 < n and toks[i + 1].kind == "op" and toks[i + 1].text == "(" \
                    and toks[i + 1].start == t.end:
                # (( ... )): up to the next ))
                j = i + 2
                while j + 1 < n and not (toks[j].text == ")" and toks[j + 1].text == ")"):
                    j += 1
                for k in range(i, min(j + 2, n)):
                    bad.update(range(toks[k].line, toks[k].eline + 1))
                cur = Seg()
                i = j + 2
                cmdpos = False
                continue
            if t.text == "(" and cur.toks and not cmdpos:
                # name ( ) : a function definition
                bad.add(t.line)
                cur = Seg()
                i += 1
                if i < n and toks[i].text == ")":
                    i += 1
                cmdpos = True
                continue
            if t.text in (";;", ";&", ";;&"):
                raise Unscannable("case arm outside case")
            close(t.text)
            cmdpos = True
            i += 1
            continue
        if cmdpos and not cur.toks and t.kind == "word":
            if t.text in PREFIX:
                i += 1
                continue
            if t.text == "[[":
                j = i
                while j < n and toks[j].text != "]]":
                    j += 1
                for k in range(i, min(j + 1, n)):
                    bad.update(range(toks[k].line, toks[k].eline + 1))
                i = j + 1
                cmdpos = False
                cur = Seg()
                continue
            if t.text == "case":
                j = i
                while j < n and not (toks[j].kind == "word" and toks[j].text == "esac"):
                    j += 1
                if j >= n:
                    raise Unscannable("open case")
                for k in range(i, j + 1):
                    bad.update(range(toks[k].line, toks[k].eline + 1))
                i = j + 1
                cmdpos = False
                continue
            if t.text in SKIPSEG:
                # the rest of this command is not a simple command
                bad.add(t.line)
                j = i
                while j < n and toks[j].kind != "nl" and not (
                        toks[j].kind == "op" and toks[j].text in (";", "&", "&&", "||", "|", "|&")):
                    bad.update(range(toks[j].line, toks[j].eline + 1))
                    j += 1
                i = j
                cur = Seg()
                continue
        if t.kind == "word" and not ASSIGN.match(t.text):
            cmdpos = False
        cur.toks.append(t)
        i += 1
    close(None)
    return segs, bad


class Info:
    def __init__(self, text):
        self.text = text
        self.lines = text.split("\n")
        sc = Scanner(text)
        self.toks = sc.run()
        self.segs, bad = segments(self.toks)
        self.bad_lines = bad | sc.heredoc_lines | sc.cont_lines
        for t in self.toks:
            if t.line != t.eline:
                self.bad_lines.update(range(t.line, t.eline + 1))
        self.funcs = set()
        for line in self.lines:
            m = FUNCDEF.match(line) or FUNCKW.match(line)
            if m:
                self.funcs.add(m.group(1))
        self.aliases = set(ALIAS.findall(text))
        first = self.lines[0] if self.lines else ""
        self.posix = bool(re.match(r"#!\s*(/usr)?/bin/(env\s+)?(sh|dash)\b", first))
        self.exports_funcs = bool(re.search(r"\bexport\s+-f\b|\bdeclare\s+-[a-z]*x[a-z]*f|\bdeclare\s+-f[a-z]*x", text))
        # the header: shebang, leading comments and blank lines
        k = 0
        while k < len(self.lines) and (self.lines[k].startswith("#") or not self.lines[k].strip()):
            k += 1
        self.header_line = k
        self.header_off = sum(len(l) + 1 for l in self.lines[:k])

    def kind(self, name):
        if name in KEYWORDS:
            return "keyword"
        if name in self.aliases:
            return "alias"
        if name in self.funcs:
            return "function"
        if name in BUILTINS:
            return "builtin"
        return "external"

    def names(self):
        """Segments whose command name is a literal word that can be rewritten."""
        out = []
        for sg in self.segs:
            name, args, redirs = sg.parts()
            if name is None or name.line in self.bad_lines or not NAME.match(name.text):
                continue
            k = self.kind(name.text)
            if k in ("keyword", "alias") or name.text in DECL:
                continue
            out.append((sg, name, args, redirs, k))
        return out

    def plain_words(self):
        """Literal words (names, arguments, redirection targets) that can be
        split by quotes."""
        out = []
        for sg in self.segs:
            name, args, redirs = sg.parts()
            if name is None or name.line in self.bad_lines:
                continue
            if name.text in DECL or name.text in KEYWORDS or name.text in self.aliases:
                continue
            ws = []
            if NAME.match(name.text):
                ws.append(name)
            ws += [a for a in args if PLAIN.match(a.text)]
            ws += [tg for r, tg in redirs if tg is not None and not r.heredoc
                   and not r.text.endswith("&") and PLAIN.match(tg.text)]
            out += [w for w in ws if w.line not in self.bad_lines]
        return out

    def simple_lines(self):
        """Lines that are whole simple commands (with their ; && || | &):
        [(line, first token, last token, segments)]."""
        by_line = {}
        for t in self.toks:
            if t.kind != "nl":
                by_line.setdefault(t.line, []).append(t)
        segs_by_line = {}
        for sg in self.segs:
            segs_by_line.setdefault(sg.toks[0].line, []).append(sg)
        out = []
        for ln, ts in sorted(by_line.items()):
            if ln in self.bad_lines or ln < self.header_line:
                continue
            if any(t.heredoc or (t.kind == "op" and t.text in ("(", ")")) or
                   (t.kind == "word" and t.text in KEYWORDS) for t in ts):
                continue
            if ts[-1].kind == "op" and ts[-1].text in ("|", "&&", "||", "|&"):
                continue
            if ts[0].kind == "op":
                continue
            sgs = segs_by_line.get(ln, [])
            ntok = sum(len(sg.toks) for sg in sgs)
            nops = sum(1 for t in ts if t.kind == "op")
            if ntok + nops != len(ts):
                continue
            out.append((ln, ts[0], ts[-1], sgs))
        return out


def sq(s):
    return "'" + s.replace("'", "'\\''") + "'"


def split_at(word):
    """(prefix kept as is, rest, k) with rest[:k] / rest[k:] both non-empty and
    the split between two letters or digits; None when there is none."""
    pre = ""
    w = word
    if w.startswith("~"):
        j = w.find("/")
        if j < 0:
            return None
        pre, w = w[:j + 1], w[j + 1:]
    elif "~" in w:
        return None
    ks = [k for k in range(1, len(w)) if w[k - 1].isalnum() and w[k].isalnum()]
    if not ks:
        return None
    mid = len(w) / 2
    k = min(ks, key=lambda k: abs(k - mid))
    return pre, w, k


class Rewrite:
    def __init__(self, info):
        self.info = info
        self.edits = []
        self.head = []
        self.n = 0

    def fresh(self, base):
        self.n += 1
        return "%s%d" % (base, self.n)

    def edit(self, start, end, text):
        self.edits.append((start, end, text))

    def text(self):
        if not self.edits:
            return None
        s = self.info.text
        spans = sorted(self.edits, key=lambda e: (e[0], e[1]))
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                return None
        out = s
        order = sorted(range(len(self.edits)),
                       key=lambda i: (-self.edits[i][0], -self.edits[i][1], -i))
        for i in order:
            a, b, t = self.edits[i]
            out = out[:a] + t + out[b:]
        if self.head:
            k = self.info.header_off
            out = out[:k] + "\n".join(self.head) + "\n" + out[k:]
        return out


def name_rewrite(fn, kinds=("builtin", "function", "external"), bash_only=False):
    def t(info):
        if bash_only and info.posix:
            return None
        if info.exports_funcs:
            return None
        r = Rewrite(info)
        for sg, name, args, redirs, k in info.names():
            if k in kinds:
                fn(r, sg, name, args, redirs, k)
        return r.text()
    return t


def n_var(r, sg, name, args, redirs, k):
    v = r.fresh("_mv")
    r.head.append("%s=%s" % (v, sq(name.text)))
    r.edit(name.start, name.end, '"$%s"' % v)


def n_indirect(r, sg, name, args, redirs, k):
    v = r.fresh("_mv")
    p = r.fresh("_mi")
    r.head.append("%s=%s; %s=%s" % (v, sq(name.text), p, v))
    r.edit(name.start, name.end, '"${!%s}"' % p)


def n_printf(r, sg, name, args, redirs, k):
    r.edit(name.start, name.end, '"$(printf %%s %s)"' % sq(name.text))


def n_echo(r, sg, name, args, redirs, k):
    r.edit(name.start, name.end, '"$(echo %s)"' % sq(name.text))


def n_default(r, sg, name, args, redirs, k):
    v = r.fresh("_md")
    r.edit(name.start, name.end, '"${%s:-%s}"' % (v, name.text))


def n_printf_v(r, sg, name, args, redirs, k):
    v = r.fresh("_mp")
    r.head.append("printf -v %s %%s %s" % (v, sq(name.text)))
    r.edit(name.start, name.end, '"$%s"' % v)


def n_array(r, sg, name, args, redirs, k):
    words = [name]
    i = sg.toks.index(name) + 1
    while i < len(sg.toks) and sg.toks[i].kind == "word" and PLAIN.match(sg.toks[i].text) \
            and "~" not in sg.toks[i].text[1:] and sg.toks[i].line == name.line:
        words.append(sg.toks[i])
        i += 1
    v = r.fresh("_ma")
    r.head.append("%s=(%s)" % (v, " ".join(w.text for w in words)))
    r.edit(name.start, words[-1].end, '"${%s[@]}"' % v)


def n_wrapper(r, sg, name, args, redirs, k):
    if name.text in FRAME:
        return
    if not r.head:
        r.head.append('_mrun() { "$@"; }')
    r.edit(name.start, name.start, "_mrun ")


def n_prefix(word):
    def f(r, sg, name, args, redirs, k):
        r.edit(name.start, name.start, word + " ")
    return f


def n_exec(r, sg, name, args, redirs, k):
    if any(rd.heredoc for rd, _ in redirs):
        return
    first, last = sg.toks[0], sg.toks[-1]
    r.edit(first.start, first.start, "( ")
    r.edit(name.start, name.start, "exec ")
    r.edit(last.end, last.end, " )")


def n_xargs(r, sg, name, args, redirs, k):
    if not args or not any(PLAIN.match(a.text) for a in args):
        return
    i0 = sg.toks.index(name)
    i1 = sg.toks.index(args[-1])
    if any(t.kind != "word" for t in sg.toks[i0:i1 + 1]):
        return
    if any(a.line != name.line for a in args):
        return
    r.edit(name.start, args[-1].end, "xargs -0 -a <(printf '%%s\\0' %s) %s"
           % (" ".join(a.text for a in args), name.text))


def w_rewrite(fn):
    def t(info):
        if info.exports_funcs:
            return None
        r = Rewrite(info)
        for w in info.plain_words():
            sp = split_at(w.text)
            if sp:
                fn(r, w, *sp)
        return r.text()
    return t


def w_empty(r, w, pre, rest, k):
    r.edit(w.start, w.end, pre + rest[:k] + "''" + rest[k:])


def w_double(r, w, pre, rest, k):
    r.edit(w.start, w.end, pre + '"' + rest[:k] + '"' + rest[k:])


def w_backslash(r, w, pre, rest, k):
    r.edit(w.start, w.end, pre + rest[:k] + "\\" + rest[k:])


def w_concat(r, w, pre, rest, k):
    a, b = r.fresh("_mv"), r.fresh("_mv")
    r.head.append("%s=%s %s=%s" % (a, sq(rest[:k]), b, sq(rest[k:])))
    r.edit(w.start, w.end, '%s"$%s$%s"' % (pre, a, b))


def t_eval(info):
    r = Rewrite(info)
    for ln, first, last, sgs in info.simple_lines():
        line = info.text[first.start:last.end]
        r.edit(first.start, last.end, "eval " + sq(line))
    return r.text()


def t_bash_here(info):
    if info.posix:
        return None
    r = Rewrite(info)
    for ln, first, last, sgs in info.simple_lines():
        line = info.text[first.start:last.end]
        if re.search(r"[$`]|<\(|>\(", line) or last.text == "&":
            continue
        ok = bool(sgs)
        for sg in sgs:
            name, args, redirs = sg.parts()
            if name is None or info.kind(name.text) != "external" or name.text in ("exit",):
                ok = False
                break
            if name.text in STDIN_READERS and sg.before not in ("|", "|&") and \
                    not any(rd.text.startswith("<") or rd.text.startswith("0") for rd, _ in redirs):
                ok = False
                break
            if "read" in [a.text for a in args]:
                ok = False
                break
        if ok:
            r.edit(first.start, last.end, "bash <<< " + sq(line))
    return r.text()


def t_wrap_main(info):
    text = info.text
    if info.aliases or re.search(r"\balias\b|\bexpand_aliases\b", text):
        return None
    for line in info.lines:
        m = re.match(r"\s*(declare|typeset)\b(.*)", line)
        if m and not re.match(r"\s+-[a-zA-Z]*[pfFg]", m.group(2)):
            return None
    if re.search(r"^\s*return\b", text, re.M) and not info.funcs:
        return None
    if info.exports_funcs:
        return None
    k = info.header_off
    body = text[k:]
    if not body.strip():
        return None
    if not body.endswith("\n"):
        body += "\n"
    return text[:k] + "_mmain() {\n" + body + "}\n_mmain \"$@\"\n"


TRANSFORMS = [
    ("var_name", name_rewrite(n_var)),
    ("quote_empty", w_rewrite(w_empty)),
    ("quote_double", w_rewrite(w_double)),
    ("backslash", w_rewrite(w_backslash)),
    ("concat_vars", w_rewrite(w_concat)),
    ("func_wrapper", name_rewrite(n_wrapper)),
    ("array", name_rewrite(n_array, bash_only=True)),
    ("command", name_rewrite(n_prefix("command"), kinds=("builtin", "external"))),
    ("builtin", name_rewrite(n_prefix("builtin"), kinds=("builtin",), bash_only=True)),
    ("env", name_rewrite(n_prefix("env"), kinds=("external",))),
    ("exec_subshell", name_rewrite(n_exec, kinds=("external",))),
    ("printf_subst", name_rewrite(n_printf)),
    ("echo_subst", name_rewrite(n_echo)),
    ("default", name_rewrite(n_default)),
    ("printf_v", name_rewrite(n_printf_v, bash_only=True)),
    ("indirect", name_rewrite(n_indirect, bash_only=True)),
    ("xargs", name_rewrite(n_xargs, kinds=("external",), bash_only=True)),
    ("eval_const", t_eval),
    ("bash_here", t_bash_here),
    ("wrap_main", t_wrap_main),
]


def parses(text):
    r = subprocess.run(["bash", "-n"], input=text.encode(), stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    return r.returncode == 0


def rewrite(src, fn):
    """The rewritten program, or None when the transformation does not apply
    or its result does not parse."""
    try:
        info = Info(src)
    except (Unscannable, IndexError, ValueError):
        return None
    try:
        out = fn(info)
    except (Unscannable, IndexError, ValueError):
        return None
    if out is None or out == src or not parses(out):
        return None
    return out


def first_change(src, out):
    a, b = src.split("\n"), out.split("\n")
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag in ("replace", "insert"):
            for line in b[j1:j2]:
                if not re.match(r"(_m[a-z]+\d+=|printf -v _mp|_mrun\(\) |_mmain\(\) \{$)", line):
                    return line.strip()
    return ""


def severity(airlock, text):
    """True when `airlock check` blocks the program at --fail-on high."""
    r = subprocess.run([airlock, "check", "--lang", "bash", "--fail-on", "high", "-"],
                       input=text.encode(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if r.returncode not in (0, 1):
        raise SystemExit("policy_mutate_sh: airlock check exited %d" % r.returncode)
    return r.returncode == 1


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    only = show = None
    if "-t" in args:
        only = args[args.index("-t") + 1]
    if "-p" in args:
        show = args[args.index("-p") + 1]
    rest = []
    skip = False
    for a in args:
        if skip:
            skip = False
            continue
        if a in ("-t", "-p"):
            skip = True
            continue
        if a != "-v":
            rest.append(a)
    transforms = [t for t in TRANSFORMS if only in (None, t[0])]
    if only and not transforms:
        raise SystemExit("policy_mutate_sh: no transformation %s" % only)
    if show:
        src = open(show).read()
        for name, fn in transforms:
            out = rewrite(src, fn)
            print("==== %s%s" % (name, "" if out else ": does not apply"))
            if out:
                print(out, end="")
        return
    airlock = rest[0] if rest else os.path.join(TOP, "build/airlock")
    high = [l.strip() for l in open(os.path.join(CORPUS, "evasion/high.txt"))
            if l.startswith("bash/")]
    evasions = [os.path.join(CORPUS, "evasion", h) for h in high]
    bdir = os.path.join(CORPUS, "benign/bash")
    benign = sorted(os.path.join(bdir, f) for f in os.listdir(bdir) if f.endswith(".sh"))

    def job(item):
        path, name, fn, kind = item
        src = open(path).read()
        out = rewrite(src, fn)
        if out is None:
            return (name, kind, path, None, "")
        return (name, kind, path, severity(airlock, out), first_change(src, out))

    items = [(p, n, f, "evasion") for n, f in transforms for p in evasions] + \
            [(p, n, f, "benign") for n, f in transforms for p in benign]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as ex:
        results = list(ex.map(job, items))
    print("policy under rewriting (bash): evasions that reach high kept at high;"
          " ordinary programs brought to high")
    total_kept = total = fp = nb = 0
    for name, _ in transforms:
        ev = [r for r in results if r[0] == name and r[1] == "evasion" and r[3] is not None]
        bn = [r for r in results if r[0] == name and r[1] == "benign" and r[3] is not None]
        kept = sum(1 for r in ev if r[3])
        fps = [r for r in bn if r[3]]
        total_kept += kept
        total += len(ev)
        fp += len(fps)
        nb += len(bn)
        print("  %-14s evasions %3d/%3d (%5.1f%%)  ordinary at high %d/%d"
              % (name, kept, len(ev), 100.0 * kept / len(ev) if ev else 0, len(fps), len(bn)))
        if verbose:
            for r in ev:
                if not r[3]:
                    print("      lost: %s: %s" % (os.path.relpath(r[2], CORPUS), r[4]))
            for r in fps:
                print("      false positive: %s: %s" % (os.path.relpath(r[2], CORPUS), r[4]))
    print("  all rewrites: evasions kept at high %d/%d (%.1f%%), ordinary programs at high %d/%d"
          % (total_kept, total, 100.0 * total_kept / total if total else 0, fp, nb))


if __name__ == "__main__":
    main()
