/*
 * airlock-warm-python: the warm template for Python (warm/template.h).
 *
 * The template embeds the same CPython the sandbox runs (/usr/bin/python3
 * and libpython come from one build), initialised as `python3 -u` is: the
 * same environment, unbuffered standard streams, site, and sys.path
 * limited to what the sandbox sees. Then it imports the modules programs
 * import most and freezes the heap (gc.freeze), so that each run's copy
 * shares those pages until it writes them.
 *
 * In the program's process -- inside the sandbox, after every restriction
 * a cold start gets -- run() does what `python3 -u main.py ARGS` does
 * after its start-up: the after-fork hooks (random reseeds itself, threads
 * are reset), Python's signal dispositions, the run's environment,
 * sys.argv, sys.path[0], then the file as __main__, then finalisation.
 * ready() sends the program to a cold exec instead when the warm
 * interpreter could behave differently: another command line, a pipe as
 * standard input (the template's was a file), or a file in the work
 * directory named like a module the template imported (a cold start would
 * import that file instead).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "engine/internal.h"
#include "warm/template.h"

#define INTERPRETER "/usr/bin/python3"
#define WORKDIR "/work"

/* What programs import most (agents' and judges' programs: text, maths,
 * the standard containers, dates), chosen so that the template stays at
 * the size of a bare interpreter (about 10 MB PSS; each run's copy shares
 * it): hashlib (OpenSSL), decimal (libmpdec), unittest or dataclasses
 * would add 3 MB and more, and are imported by the runs that use them. */
static const char preload[] = "bisect collections copy datetime functools heapq itertools json "
			      "math operator random re string struct time typing";

/* Run in the template once, in a namespace of its own (never __main__).
 * KEEP is the host paths the sandbox binds; PRELOADED becomes the top-level
 * names imported by the preload. */
static const char init_script[] =
    "import sys\n"
    "_before = {m.partition('.')[0] for m in sys.modules}\n"
    "sys.path[:] = [p for p in sys.path\n"
    "               if any(p == k or p.startswith(k + '/') for k in KEEP)]\n"
    "for _m in PRELOAD.split():\n"
    "    try:\n"
    "        __import__(_m)\n"
    "    except Exception:\n"
    "        pass\n"
    "PRELOADED = frozenset({m.partition('.')[0] for m in sys.modules} - _before)\n"
    "def enter(argv, orig_argv, env):\n"
    "    import os, sys\n"
    "    os.environ.clear()\n"
    "    os.environ.update(env)\n"
    "    sys.argv = argv\n"
    "    sys.orig_argv = orig_argv\n"
    "    sys.path.insert(0, '" WORKDIR "')\n"
    "def start(path):\n"
    "    import sys\n"
    "    from importlib.machinery import SourceFileLoader\n"
    "    d = sys.modules['__main__'].__dict__\n"
    "    d['__file__'] = path\n"
    "    d['__cached__'] = None\n"
    "    d['__loader__'] = SourceFileLoader('__main__', path)\n"
    "    return d\n"
    "def leave():\n"
    "    import sys, gc\n"
    "    t = sys.modules.get('threading')\n"
    "    if t is not None:\n"
    "        try:\n"
    "            t._shutdown()\n"
    "        except BaseException:\n"
    "            pass\n"
    "    import atexit\n"
    "    atexit._run_exitfuncs()\n"
    "    m = sys.modules.get('__main__')\n"
    "    if m is not None:\n"
    "        m.__dict__.clear()\n"
    "    gc.collect()\n"
    "    for f in (sys.stdout, sys.stderr):\n"
    "        if f is not None:\n"
    "            f.flush()\n"
    "import gc\n"
    "gc.collect()\n"
    "gc.freeze()\n";

/* init_script's functions */
static PyObject *enter_fn, *start_fn, *leave_fn;
static PyObject *preloaded; /* a frozenset of module names */
/* Python's signal dispositions and mask once initialised: the program's
 * process gets them back (exec_program reset every one). */
static struct sigaction py_actions[NSIG];
static const struct engine *eng; /* ours: where our arguments lie */
static sigset_t py_mask;
/* python_prepare's pages to copy ahead (AIRLOCK_WARM_POPULATE) */
enum { POPULATE_NONE, POPULATE_ALL, POPULATE_LEARNT };
static int populate_mode = POPULATE_LEARNT;
/* The pages a run writes and maps (template.h), learnt once. Measurements
 * (AIRLOCK_WARM_POPULATE, read at start): 0 nothing ahead, 1 every
 * writable page (as before learning), 2 the learnt ones (the default;
 * every writable page when learning failed). */
static struct template_hot hot = {.n = -1};
static void learn_pages(void);
static PyObject *env_dict(char *const *envp);

static int python_init(const struct engine *e, err_t *err)
{
	PyConfig config;
	PyStatus st;
	static char arg0[] = INTERPRETER, arg1[] = "-u", arg2[] = "main.py";
	char *argv[] = {arg0, arg1, arg2};

	eng = e;
	PyConfig_InitPythonConfig(&config);
	config.buffered_stdio = 0; /* -u */
	config.parse_argv = 0;
	st = PyConfig_SetBytesString(&config, &config.program_name, INTERPRETER);
	if (!PyStatus_Exception(st))
		st = PyConfig_SetBytesArgv(&config, 3, argv);
	if (!PyStatus_Exception(st))
		st = Py_InitializeFromConfig(&config);
	PyConfig_Clear(&config);
	if (PyStatus_Exception(st))
		return err_set(err, 0, "cannot initialise Python: %s",
			       st.err_msg ? st.err_msg : "unknown error");

	/* ns stays: it is the globals of the functions kept below */
	PyObject *ns = PyDict_New(), *keep = PyTuple_New((Py_ssize_t)e->npaths),
		 *pre = PyUnicode_FromString(preload);
	for (size_t i = 0; ns && keep && i < e->npaths; i++)
		PyTuple_SET_ITEM(keep, (Py_ssize_t)i, PyUnicode_DecodeFSDefault(e->paths[i].path));
	int bad = ns == NULL || keep == NULL || pre == NULL ||
		  PyDict_SetItemString(ns, "KEEP", keep) < 0 ||
		  PyDict_SetItemString(ns, "PRELOAD", pre) < 0 ||
		  PyDict_SetItemString(ns, "__builtins__", PyEval_GetBuiltins()) < 0;
	Py_XDECREF(keep);
	Py_XDECREF(pre);
	PyObject *r = bad ? NULL : PyRun_String(init_script, Py_file_input, ns, ns);
	if (r == NULL)
		goto fail;
	Py_DECREF(r);
	enter_fn = PyDict_GetItemString(ns, "enter");
	start_fn = PyDict_GetItemString(ns, "start");
	leave_fn = PyDict_GetItemString(ns, "leave");
	preloaded = PyDict_GetItemString(ns, "PRELOADED");
	if (enter_fn == NULL || start_fn == NULL || leave_fn == NULL || preloaded == NULL)
		goto fail;
	Py_INCREF(enter_fn);
	Py_INCREF(start_fn);
	Py_INCREF(leave_fn);
	Py_INCREF(preloaded);
	for (int sig = 1; sig < NSIG; sig++)
		sigaction(sig, NULL, &py_actions[sig]);
	sigprocmask(SIG_SETMASK, NULL, &py_mask);
	if (populate_mode == POPULATE_LEARNT)
		learn_pages();
	return 0;
fail:;
	/* our stderr is not the caller's by now: the error goes in the message */
	PyObject *type, *value, *tb;
	PyErr_Fetch(&type, &value, &tb);
	PyObject *text = value ? PyObject_Str(value) : NULL;
	const char *msg = text ? PyUnicode_AsUTF8(text) : NULL;
	err_set(err, 0, "cannot prepare the Python template: %s", msg ? msg : "unknown error");
	Py_XDECREF(text);
	Py_XDECREF(type);
	Py_XDECREF(value);
	Py_XDECREF(tb);
	return -1;
}

static void before_clone(void)
{
	PyOS_BeforeFork();
}

static void after_clone(void)
{
	PyOS_AfterFork_Parent();
}

/* Whether a work directory entry would be imported instead of a module the
 * template already imported: NAME.py, NAME/, NAME.cpython-...so, ... */
static bool shadows_preloaded(const char *entry)
{
	char name[256];
	size_t n = strcspn(entry, ".");
	if (n == 0 || n >= sizeof(name))
		return false;
	memcpy(name, entry, n);
	name[n] = '\0';
	PyObject *s = PyUnicode_DecodeFSDefault(name);
	int hit = s ? PySet_Contains(preloaded, s) : 0;
	Py_XDECREF(s);
	PyErr_Clear();
	return hit == 1;
}

static bool forked; /* PyOS_AfterFork_Child is done */

/* A run of our own fixed program (no program of anyone's), as a warm run
 * does it: enter, __main__, a statement that prints, leave. */
static const char probe_program[] = "import sys\nprint('hello', len(sys.argv) + 1)\n";

static void probe_run(void)
{
	extern char **environ;
	PyObject *argv = Py_BuildValue("[s]", "main.py"),
		 *orig = Py_BuildValue("[sss]", INTERPRETER, "-u", "main.py"),
		 *env = env_dict(environ);
	PyObject *r = argv && orig && env
			  ? PyObject_CallFunctionObjArgs(enter_fn, argv, orig, env, NULL)
			  : NULL;
	Py_XDECREF(r);
	/* read from a FILE, as python_run reads main.py */
	FILE *fp = fmemopen((void *)probe_program, sizeof(probe_program) - 1, "r");
	PyObject *d = r && fp ? PyObject_CallFunction(start_fn, "s", WORKDIR "/main.py") : NULL;
	PyCompilerFlags cf = _PyCompilerFlags_INIT;
	PyObject *v =
	    d ? PyRun_FileExFlags(fp, WORKDIR "/main.py", Py_file_input, d, d, 1, &cf) : NULL;
	Py_XDECREF(v);
	Py_XDECREF(d);
	PyErr_Clear();
	r = PyObject_CallNoArgs(leave_fn);
	Py_XDECREF(r);
	PyErr_Clear();
}

/* Once, in the template: which pages a run writes and maps. A forked copy
 * of the template (not a sandbox: it runs only probe_program, ours, before
 * any run) runs as a warm run does and reports them. On any failure hot.n
 * stays -1 and ready programs copy every writable page. */
static void learn_pages(void)
{
	static struct template_span maps[512];
	int nmaps = template_map_spans(maps, 512, true), p[2];

	if (nmaps <= 0 || pipe2(p, O_CLOEXEC) < 0)
		return;
	pid_t self = getpid();
	PyOS_BeforeFork();
	pid_t pid = fork();
	if (pid == 0) {
		template_probe_start(self);
		int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
		PyOS_AfterFork_Child();
		close(p[0]);
		if (null < 0 || dup2(null, 1) < 0 || dup2(null, 2) < 0)
			_exit(1);
		probe_run();
		template_probe_report(maps, nmaps, p[1]);
	}
	PyOS_AfterFork_Parent();
	close(p[1]);
	if (pid < 0) {
		close(p[0]);
		return;
	}
	template_learn_spans(&hot, pid, p[0]);
}

/* In a ready sandbox's program, before its run: the pages a run writes
 * copied and the code it runs mapped now rather than one by one while the
 * program runs (faults were most of a warm run's time: 16 ms of a hello's
 * 25), then Python's after-fork work. */
static void python_prepare(void)
{
	static struct template_span maps[512];

	/* first the copies, in one call per span (the learnt pages include
	 * those the after-fork work writes), then that work */
	if (populate_mode == POPULATE_LEARNT && hot.n >= 0) {
		template_populate(hot.spans, hot.n);
	} else if (populate_mode != POPULATE_NONE) {
		int n = template_map_spans(maps, 512, false);
		template_populate(maps, n);
	}
	PyOS_AfterFork_Child();
	forked = true;
}

static bool python_ready(const struct child_step *st, const char **why)
{
	struct stat in;

	if (st->argv[0] == NULL || strcmp(st->argv[0], INTERPRETER) != 0 || st->argv[1] == NULL ||
	    strcmp(st->argv[1], "-u") != 0 || st->argv[2] == NULL || st->argv[2][0] == '-' ||
	    strchr(st->argv[2], '/') != NULL) {
		*why = "the command is not the template's";
		return false;
	}
	if (fstat(0, &in) < 0 || !(S_ISREG(in.st_mode) || S_ISCHR(in.st_mode))) {
		*why = "standard input is a pipe";
		return false;
	}
	DIR *d = opendir(".");
	if (d == NULL) {
		*why = "cannot list the work directory";
		return false;
	}
	bool shadow = false;
	for (struct dirent *de; !shadow && (de = readdir(d)) != NULL;)
		shadow = de->d_name[0] != '.' && shadows_preloaded(de->d_name);
	closedir(d);
	if (shadow) {
		*why = "a file in the work directory is named like a module the template imports";
		return false;
	}
	return true;
}

_Noreturn static void finish(int code, int sig);

static PyObject *str_list(char *const *v)
{
	PyObject *l = PyList_New(0);
	for (; l && *v; v++) {
		PyObject *s = PyUnicode_DecodeFSDefault(*v);
		if (s == NULL || PyList_Append(l, s) < 0) {
			Py_XDECREF(s);
			Py_DECREF(l);
			return NULL;
		}
		Py_DECREF(s);
	}
	return l;
}

static PyObject *env_dict(char *const *envp)
{
	PyObject *d = PyDict_New();
	for (; d && *envp; envp++) {
		const char *eq = strchr(*envp, '=');
		if (eq == NULL || eq == *envp)
			continue;
		PyObject *k = PyUnicode_DecodeFSDefaultAndSize(*envp, eq - *envp);
		PyObject *v = PyUnicode_DecodeFSDefault(eq + 1);
		int rc = k && v ? PyDict_SetItem(d, k, v) : -1;
		Py_XDECREF(k);
		Py_XDECREF(v);
		if (rc < 0) {
			Py_DECREF(d);
			return NULL;
		}
	}
	return d;
}

/* The exit status of a program that raised exc, after saying what python3
 * says: SystemExit's code (None 0, an int itself, anything else printed,
 * 1); any other exception's traceback, 1; KeyboardInterrupt ends the
 * process by SIGINT, as python3 does. */
static int uncaught(void)
{
	PyObject *exc = PyErr_Occurred();
	int code = 1;

	if (exc && PyErr_GivenExceptionMatches(exc, PyExc_SystemExit)) {
		PyObject *type, *value, *tb;
		PyErr_Fetch(&type, &value, &tb);
		PyErr_NormalizeException(&type, &value, &tb);
		PyObject *c = value ? PyObject_GetAttrString(value, "code") : NULL;
		PyErr_Clear();
		if (c == NULL || c == Py_None) {
			code = 0;
		} else if (PyLong_Check(c)) {
			code = (int)PyLong_AsLong(c);
			PyErr_Clear();
		} else {
			PyObject *err = PySys_GetObject("stderr");
			if (err && err != Py_None && PyFile_WriteObject(c, err, Py_PRINT_RAW) == 0)
				PyFile_WriteString("\n", err);
			PyErr_Clear();
			code = 1;
		}
		Py_XDECREF(c);
		Py_XDECREF(type);
		Py_XDECREF(value);
		Py_XDECREF(tb);
		return code;
	}
	bool interrupted = exc && PyErr_GivenExceptionMatches(exc, PyExc_KeyboardInterrupt);
	PyErr_Print();
	if (interrupted)
		finish(1, SIGINT);
	return code;
}

/* What python3 does at its end that a program can see -- non-daemon
 * threads joined, atexit handlers, __main__'s objects released (their
 * __del__, unclosed files flushed), the standard streams flushed -- and
 * nothing else: tearing down every module the template imported would
 * write (copy on write) every page of the heap the run shares with the
 * template, most of a run's cost. sig > 0: end by that signal instead. */
_Noreturn static void finish(int code, int sig)
{
	PyObject *r = PyObject_CallNoArgs(leave_fn);
	if (r == NULL) {
		PyErr_Print();
		if (code == 0)
			code = 120;
	}
	Py_XDECREF(r);
	fflush(NULL);
	if (sig > 0) {
		signal(sig, SIG_DFL);
		kill(getpid(), sig);
	}
	_exit(code & 0xff);
}

/* `python3 -u main.py ARGS` from here on. Returns only when it could not
 * start the program. */
static void python_run(const struct child_step *st)
{
	char path[PATH_MAX];

	for (int sig = 1; sig < NSIG; sig++)
		if (sig != SIGKILL && sig != SIGSTOP)
			sigaction(sig, &py_actions[sig], NULL);
	sigprocmask(SIG_SETMASK, &py_mask, NULL);
	if (!forked)
		PyOS_AfterFork_Child();
	template_show_as(eng, "python3", st);
	clearenv();
	PyObject *argv = str_list(st->argv + 2), *orig = str_list(st->argv),
		 *env = env_dict(st->envp);
	PyObject *r = argv && orig && env
			  ? PyObject_CallFunctionObjArgs(enter_fn, argv, orig, env, NULL)
			  : NULL;
	if (r == NULL) {
		PyErr_Print();
		return;
	}
	Py_DECREF(r);
	Py_DECREF(argv);
	Py_DECREF(orig);
	Py_DECREF(env);
	snprintf(path, sizeof(path), WORKDIR "/%s", st->argv[2]);
	FILE *fp = fopen(path, "rb");
	if (fp == NULL) {
		/* as python3 says it */
		fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", INTERPRETER, path,
			errno, strerror(errno));
		exit(2);
	}
	PyObject *path_obj = PyUnicode_DecodeFSDefault(path);
	PyObject *d = path_obj ? PyObject_CallOneArg(start_fn, path_obj) : NULL;
	Py_XDECREF(path_obj);
	if (d == NULL) {
		PyErr_Print();
		return;
	}
	PyCompilerFlags cf = _PyCompilerFlags_INIT;
	PyObject *v = PyRun_FileExFlags(fp, path, Py_file_input, d, d, 1, &cf);
	int code = 0;
	if (v == NULL)
		code = uncaught();
	Py_XDECREF(v);
	/* as python3 does once the file has run */
	if (PyDict_DelItemString(d, "__file__") < 0 || PyDict_DelItemString(d, "__cached__") < 0)
		PyErr_Clear();
	Py_DECREF(d);
	finish(code, 0);
}

static const struct child_exec_hook python_hook = {
    .prepare = python_prepare,
    .ready = python_ready,
    .run = python_run,
};

static const struct template_lang python_template = {
    .name = "python",
    .init = python_init,
    .before_clone = before_clone,
    .after_clone = after_clone,
    .hook = &python_hook,
};

int main(int argc, char **argv)
{
	const char *pm = getenv("AIRLOCK_WARM_POPULATE");
	if (pm != NULL)
		populate_mode = atoi(pm);
	return template_main(&python_template, argc, argv);
}
