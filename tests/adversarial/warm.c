/*
 * Warm starts keep every isolation of a cold one (issue 12, goal 2).
 *
 * A warm template is one long-lived process that every warm run of a
 * language is cloned from, so whatever it shares is a way for one run to
 * reach the next: the interpreter's state, descriptors, processes and
 * threads, files, the random generators, memory, the template itself. Each
 * test of warm_state runs the SAME program through ONE template several
 * times (and once cold, as the baseline): every run looks for what an
 * earlier one left, then leaves it. A program says what it sees in lines:
 *
 *   FOUND what   what it must not see: an earlier run's trace, the
 *                template's or the host's (the test fails)
 *   SAME text    must read the same in every run, cold and warm
 *   VALUE text   must differ between any two runs (random draws)
 *   done         its last line: it ran to the end
 *
 * warm_isolation compares what a warm sandbox is with a cold one, and
 * looks for the template from inside; warm_template attacks the template
 * (another user, malformed plans, a client that dies); warm_limits checks
 * that every limit still holds warm. Each test has a template of its own
 * (lib/template.h), started as the user the suite runs as.
 */
#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common/limits.h"
#include "engine/internal.h"
#include "engine/warm.h"
#include "lib/harness.h"
#include "lib/template.h"

#define RUNS 3 /* warm runs of each program, after its cold one */

static char sock[108];

static void start(void)
{
	template_start(sock, sizeof(sock));
}

static void stop(void)
{
	template_stop();
}

/* A skipped test's teardown does not run: the template is stopped here. */
#define skip(why)                                                                                  \
	do {                                                                                       \
		template_stop();                                                                   \
		cr_skip_test(why);                                                                 \
	} while (0)

TestSuite(warm_state, .init = start, .fini = stop, .timeout = 60);
TestSuite(warm_isolation, .init = start, .fini = stop, .timeout = 60);
TestSuite(warm_template, .init = start, .fini = stop, .timeout = 60);
TestSuite(warm_limits, .init = start, .fini = stop, .timeout = 60);

/* ---- running programs ---- */

/* `airlock run --json -l python -c CODE [--template SOCK] EXTRA...`; a warm
 * one must have started warm. */
static json_t *run_python(bool warm, const char *code, const char *const extra[])
{
	const char *args[40];
	int n = 0;

	if (warm) {
		args[n++] = "--template";
		args[n++] = sock;
	}
	for (int i = 0; extra && extra[i] && n < 39; i++)
		args[n++] = extra[i];
	args[n] = NULL;
	json_t *r = run_json("python", code, args);
	if (warm && strcmp(jstr(r, "start"), "warm") != 0) {
		dump_result(r);
		cr_assert_fail("the run started %s: %s", jstr(r, "start"), jstr(r, "start_note"));
	}
	return r;
}

/* Whether line occurs as a whole line in text. */
static bool has_line(const char *text, const char *line, size_t n)
{
	for (const char *l = text; *l;) {
		const char *nl = strchr(l, '\n');
		size_t len = nl ? (size_t)(nl - l) : strlen(l);
		if (len == n && strncmp(l, line, n) == 0)
			return true;
		l += len + (nl != NULL);
	}
	return false;
}

/* Runs code once cold, then RUNS times through the template; each run
 * must be clean, say the SAME lines as the cold one, and draw VALUE lines
 * no other run drew. */
static void expect_no_carry_over(const char *code, const char *const extra[])
{
	char *same_cold = NULL, *values = strdup("");

	for (int i = 0; i <= RUNS; i++) {
		char what[32];
		bool warm = i > 0;
		snprintf(what, sizeof(what), warm ? "warm run %d" : "the cold run", i);
		json_t *r = run_python(warm, code, extra);
		expect_clean(r, what);
		char *same = lines_with(jstr(r, "stdout"), "SAME");
		if (!warm)
			same_cold = strdup(same);
		else
			cr_expect_str_eq(same, same_cold, "%s differs from the cold run", what);
		free(same);
		char *v = lines_with(jstr(r, "stdout"), "VALUE");
		for (const char *l = v; *l;) {
			size_t n = strcspn(l, "\n");
			cr_expect(!has_line(values, l, n), "%s drew what an earlier run drew: %.*s",
				  what, (int)n, l);
			l += n + (l[n] == '\n');
		}
		size_t have = strlen(values);
		values = realloc(values, have + strlen(v) + 1);
		strcpy(values + have, v);
		free(v);
		json_decref(r);
	}
	free(same_cold);
	free(values);
}

#define FOUND_FN "import os, sys\ndef found(what):\n    print('FOUND', what, flush=True)\n"

/* ---- the interpreter's state ---- */

Test(warm_state, module_attributes)
{
	expect_no_carry_over(
	    FOUND_FN
	    "import codecs, collections, json, logging, math, random, re, subprocess, warnings\n"
	    "for m in (json, os, random, re, sys, collections, logging, subprocess, math, "
	    "warnings):\n"
	    "    if hasattr(m, 'airlock_left_behind'):\n"
	    "        found(m.__name__ + '.airlock_left_behind')\n"
	    "    m.airlock_left_behind = True\n"
	    "if json.dumps([1, 2]) != '[1, 2]':\n"
	    "    found('json.dumps was replaced')\n"
	    "if json.JSONEncoder.item_separator != ', ':\n"
	    "    found('a class attribute of json was changed')\n"
	    "if random.randint.__name__ != 'randint':\n"
	    "    found('random.randint was replaced')\n"
	    "if logging.getLogger().handlers or logging.getLogger().level != logging.WARNING:\n"
	    "    found('the root logger was configured')\n"
	    "if any(f[0] == 'error' for f in warnings.filters):\n"
	    "    found('a warnings filter was left')\n"
	    "if any('airlock-left-behind' in str(k) for k in re._cache):\n"
	    "    found('a regular expression was left in the cache')\n"
	    "try:\n"
	    "    codecs.lookup('airlock_left_behind')\n"
	    "    found('a codec was left registered')\n"
	    "except LookupError:\n"
	    "    pass\n"
	    "print('done', flush=True)\n"
	    "json.dumps = lambda *a, **k: 'replaced'\n"
	    "json.JSONEncoder.item_separator = ';'\n"
	    "random.randint = lambda a, b: 4\n"
	    "logging.basicConfig(level=logging.DEBUG)\n"
	    "warnings.simplefilter('error')\n"
	    "re.compile('airlock-left-behind')\n"
	    "codecs.register(lambda n: codecs.lookup('utf-8') if n == 'airlock_left_behind' "
	    "else None)\n",
	    NULL);
}

Test(warm_state, builtins)
{
	expect_no_carry_over(
	    FOUND_FN
	    "import builtins\n"
	    "if hasattr(builtins, 'airlock_left_behind'):\n"
	    "    found('builtins.airlock_left_behind')\n"
	    "for name in ('len', 'open', 'print', '__import__', 'input', 'compile', 'exec'):\n"
	    "    f = getattr(builtins, name)\n"
	    "    if type(f).__name__ != 'builtin_function_or_method' or f.__name__ != name:\n"
	    "        found('builtins.' + name + ' was replaced')\n"
	    "if builtins.int is not type(1) or builtins.str is not type(''):\n"
	    "    found('a builtin type was replaced')\n"
	    "builtins.airlock_left_behind = True\n"
	    "print('done', flush=True)\n"
	    "real_import = builtins.__import__\n"
	    "builtins.__import__ = lambda *a, **k: real_import(*a, **k)\n"
	    "builtins.len = lambda x: 42\n"
	    "builtins.open = lambda *a, **k: None\n"
	    "builtins.input = lambda *a: 'replaced'\n"
	    "builtins.int = float\n"
	    "builtins.print = lambda *a, **k: None\n",
	    NULL);
}

Test(warm_state, sys_modules_and_import_hooks)
{
	expect_no_carry_over(
	    FOUND_FN
	    "import importlib, json, types\n"
	    "if 'airlock_left_behind' in sys.modules:\n"
	    "    found('a module was left in sys.modules')\n"
	    "if getattr(json, 'airlock_fake', False) or json.loads('[1]') != [1]:\n"
	    "    found('sys.modules[\"json\"] was replaced')\n"
	    "if any(getattr(f, 'airlock_left_behind', False) for f in sys.meta_path + "
	    "sys.path_hooks):\n"
	    "    found('an import hook was left')\n"
	    "if any('airlock' in str(k) for k in sys.path_importer_cache):\n"
	    "    found('sys.path_importer_cache holds an earlier entry')\n"
	    "try:\n"
	    "    import airlock_left_behind_too\n"
	    "    found('an earlier run made a module importable')\n"
	    "except ImportError:\n"
	    "    pass\n"
	    "print('done', flush=True)\n"
	    "sys.modules['airlock_left_behind'] = types.ModuleType('airlock_left_behind')\n"
	    "fake = types.ModuleType('json')\n"
	    "fake.airlock_fake = True\n"
	    "fake.loads = lambda s: 'replaced'\n"
	    "sys.modules['json'] = fake\n"
	    "class Finder:\n"
	    "    airlock_left_behind = True\n"
	    "    @staticmethod\n"
	    "    def find_spec(name, path=None, target=None):\n"
	    "        if name == 'airlock_left_behind_too':\n"
	    "            return importlib.machinery.ModuleSpec(name, None)\n"
	    "        return None\n"
	    "sys.meta_path.insert(0, Finder())\n"
	    "sys.path_hooks.insert(0, Finder)\n"
	    "sys.path_importer_cache['/airlock-left-behind'] = None\n",
	    NULL);
}

Test(warm_state, os_environ)
{
	expect_no_carry_over(
	    FOUND_FN "import subprocess\n"
		     "for k in ('AIRLOCK_LEFT_BEHIND', 'AIRLOCK_LEFT_BEHIND_C'):\n"
		     "    if k in os.environ or os.getenv(k) is not None:\n"
		     "        found('os.environ holds ' + k)\n"
		     "env = subprocess.run(['env'], capture_output=True, text=True).stdout\n"
		     "if 'AIRLOCK_LEFT_BEHIND' in env:\n"
		     "    found('the C environment holds ' + env)\n"
		     "print('SAME', sorted(os.environ.items()))\n"
		     "print('SAME', sorted(env.splitlines()))\n"
		     "print('done', flush=True)\n"
		     "os.environ['AIRLOCK_LEFT_BEHIND'] = '1'\n"
		     "os.putenv('AIRLOCK_LEFT_BEHIND_C', '1')\n"
		     "os.environ['PATH'] = '/airlock-left-behind'\n"
		     "os.environ['HOME'] = '/airlock-left-behind'\n",
	    NULL);
}

Test(warm_state, sys_path_and_argv)
{
	expect_no_carry_over(FOUND_FN "if any('airlock-left-behind' in p for p in sys.path):\n"
				      "    found('sys.path holds ' + repr(sys.path))\n"
				      "print('SAME', sys.path, sys.argv, sys.orig_argv)\n"
				      "print('done', flush=True)\n"
				      "sys.path.insert(0, '/airlock-left-behind')\n"
				      "sys.path.append('/tmp/airlock-left-behind')\n"
				      "sys.argv.append('airlock-left-behind')\n"
				      "sys.orig_argv.append('airlock-left-behind')\n",
			     NULL);
}

Test(warm_state, interpreter_settings)
{
	expect_no_carry_over(
	    FOUND_FN "import gc, random, signal, socket, threading\n"
		     "if sys.getrecursionlimit() != 1000:\n"
		     "    found('the recursion limit is %d' % sys.getrecursionlimit())\n"
		     "if sys.excepthook is not sys.__excepthook__ or sys.displayhook is not "
		     "sys.__displayhook__:\n"
		     "    found('a hook of sys was left')\n"
		     "if sys.gettrace() is not None or sys.getprofile() is not None:\n"
		     "    found('a trace or profile function was left')\n"
		     "if not gc.isenabled() or gc.get_threshold() != (700, 10, 10):\n"
		     "    found('the collector was changed')\n"
		     "if random.random() == random.Random(1234).random():\n"
		     "    found('random was seeded by an earlier run')\n"
		     "if os.getcwd() != '/work':\n"
		     "    found('the working directory is ' + os.getcwd())\n"
		     "old = os.umask(0o22)\n"
		     "if old != 0o22:\n"
		     "    found('the umask is %o' % old)\n"
		     "if signal.getsignal(signal.SIGUSR1) is not signal.SIG_DFL:\n"
		     "    found('a signal handler was left')\n"
		     "if socket.getdefaulttimeout() is not None:\n"
		     "    found('a socket timeout was left')\n"
		     "if sys.getswitchinterval() != 0.005:\n"
		     "    found('the switch interval was changed')\n"
		     "if threading.excepthook is not threading.__excepthook__:\n"
		     "    found('threading.excepthook was left')\n"
		     "print('done', flush=True)\n"
		     "sys.setrecursionlimit(123)\n"
		     "sys.excepthook = sys.displayhook = lambda *a: None\n"
		     "gc.disable()\n"
		     "gc.set_threshold(1, 1, 1)\n"
		     "random.seed(1234)\n"
		     "os.chdir('/tmp')\n"
		     "os.umask(0)\n"
		     "signal.signal(signal.SIGUSR1, lambda s, f: None)\n"
		     "socket.setdefaulttimeout(1)\n"
		     "sys.setswitchinterval(0.1)\n"
		     "threading.excepthook = lambda a: None\n"
		     "sys.setprofile(lambda *a: None)\n"
		     "sys.settrace(lambda *a: None)\n",
	    NULL);
}

/* ---- descriptors, threads, processes, files ---- */

/* Every descriptor a run starts with is a cold run's: 0, 1 and 2. */
Test(warm_state, open_descriptors)
{
	expect_no_carry_over(
	    FOUND_FN "import socket\n"
		     "fds = []\n"
		     "for fd in sorted(int(x) for x in os.listdir('/proc/self/fd')):\n"
		     "    try:\n"
		     "        t = os.readlink('/proc/self/fd/%d' % fd)\n"
		     "    except OSError:\n"
		     "        continue  # the directory listed above\n"
		     "    fds.append('%d:%s' % (fd, t.split(':[')[0]))\n"
		     "    if fd > 2:\n"
		     "        found('descriptor %d is open: %s' % (fd, t))\n"
		     "print('SAME', fds)\n"
		     "print('done', flush=True)\n"
		     "keep = [open('/tmp/airlock-left-behind', 'w'), open('/work/main.py'),\n"
		     "        socket.socket(), socket.socketpair(), os.pipe(),\n"
		     "        os.memfd_create('airlock-left-behind'), os.eventfd(0)]\n"
		     "os.dup2(1, 100, inheritable=False)\n"
		     "os.dup2(2, 101)\n",
	    NULL);
}

Test(warm_state, thread_left_running)
{
	expect_no_carry_over(FOUND_FN
			     "import threading, time\n"
			     "if threading.active_count() != 1:\n"
			     "    found('threads: %r' % threading.enumerate())\n"
			     "tasks = os.listdir('/proc/self/task')\n"
			     "if len(tasks) != 1:\n"
			     "    found('tasks: %r' % tasks)\n"
			     "print('done', flush=True)\n"
			     "for i in range(3):\n"
			     "    threading.Thread(target=time.sleep, args=(60,), daemon=True,\n"
			     "                     name='airlock-left-behind').start()\n",
			     NULL);
}

/* A daemon that leaves its run: the next run does not see it, and it does
 * not outlive its own run on the host. */
Test(warm_state, child_process_left_behind)
{
	char marker[32], code[1024];
	const char *extra[] = {"--", marker, NULL};

	snprintf(marker, sizeof(marker), "4%d.%d", getpid() % 10000, (int)(random() % 1000));
	snprintf(code, sizeof(code), "%s",
		 FOUND_FN "for p in os.listdir('/proc'):\n"
			  "    if p.isdigit() and p not in ('1', str(os.getpid())):\n"
			  "        try:\n"
			  "            found('process %s: %r' % (p, open('/proc/%s/cmdline' % p, "
			  "'rb').read()))\n"
			  "        except OSError:\n"
			  "            pass\n"
			  "print('SAME pid', os.getpid())\n"
			  "if os.fork() == 0:\n"
			  "    os.setsid()\n"
			  "    if os.fork() == 0:\n"
			  "        os.execvp('sleep', ['sleep', sys.argv[1]])\n"
			  "    os._exit(0)\n"
			  "os.wait()\n"
			  "print('done', flush=True)\n");
	for (int i = 0; i <= RUNS; i++) {
		json_t *r = run_python(i > 0, code, extra);
		expect_clean(r, i > 0 ? "a warm run" : "the cold run");
		json_decref(r);
		cr_expect_eq(wait_host_processes(marker, 0, 2), 0,
			     "run %d's daemon (sleep %s) outlived it on the host", i, marker);
	}
}

Test(warm_state, files_and_ipc)
{
	expect_no_carry_over(
	    FOUND_FN
	    "import ctypes, socket\n"
	    "dirs = ('/tmp', '/work', '/dev/shm', '/var/tmp', '/run', '/dev/mqueue')\n"
	    "for d in dirs:\n"
	    "    try:\n"
	    "        print('SAME', d, sorted(os.listdir(d)))\n"
	    "    except OSError as e:\n"
	    "        print('SAME', d, e.errno)\n"
	    "    if os.path.lexists(os.path.join(d, 'airlock-left-behind')):\n"
	    "        found('a file in ' + d)\n"
	    "libc = ctypes.CDLL(None, use_errno=True)\n"
	    "key = 0x41524c4b\n"
	    "if libc.shmget(key, 0, 0) >= 0 or libc.msgget(key, 0) >= 0 or libc.semget(key, 0, 0) "
	    ">= 0:\n"
	    "    found('System V IPC')\n"
	    "s = socket.socket(socket.AF_UNIX)\n"
	    "try:\n"
	    "    s.connect('\\0airlock-left-behind')\n"
	    "    found('an abstract socket')\n"
	    "except OSError:\n"
	    "    pass\n"
	    "print('done', flush=True)\n"
	    "for d in dirs:\n"
	    "    try:\n"
	    "        with open(os.path.join(d, 'airlock-left-behind'), 'w') as f:\n"
	    "            f.write('x')\n"
	    "    except OSError:\n"
	    "        pass\n"
	    "libc.shmget(key, 4096, 0o1600)\n"
	    "libc.msgget(key, 0o1600)\n"
	    "libc.semget(key, 1, 0o1600)\n"
	    "if os.fork() == 0:\n"
	    "    s = socket.socket(socket.AF_UNIX)\n"
	    "    s.bind('\\0airlock-left-behind')\n"
	    "    s.listen()\n"
	    "    os.setsid()\n"
	    "    import time\n"
	    "    time.sleep(60)\n",
	    NULL);
}

/* ---- random generators ---- */

/* A forked template must reseed: no two runs draw the same. */
Test(warm_state, random_generators_differ)
{
	expect_no_carry_over(FOUND_FN
			     "import random, secrets, ssl, tempfile, uuid\n"
			     "print('VALUE random', random.random())\n"
			     "print('VALUE getrandbits', random.getrandbits(64))\n"
			     "print('VALUE Random()', random.Random().random())\n"
			     "print('VALUE SystemRandom', random.SystemRandom().random())\n"
			     "print('VALUE urandom', os.urandom(16).hex())\n"
			     "print('VALUE uuid4', uuid.uuid4())\n"
			     "print('VALUE secrets', secrets.token_hex(16))\n"
			     "print('VALUE ssl', ssl.RAND_bytes(16).hex())\n"
			     "print('VALUE tempfile', tempfile.mktemp())\n"
			     "print('done')\n",
			     NULL);
}

/* The key of str and bytes hashes (PYTHONHASHSEED) cannot change after
 * the template's start-up (docs/warm.md): its runs share it, and learn
 * nothing of each other from it. But it is the template's own random key,
 * not a fixed one that every template and cold run would share. */
Test(warm_state, hash_seed_is_the_templates_own)
{
	static const char code[] = "print(hash('airlock'), hash(b'airlock'))";
	json_t *cold = run_python(false, code, NULL);
	char *first = NULL;

	for (int i = 0; i < RUNS; i++) {
		json_t *r = run_python(true, code, NULL);
		cr_expect_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
		if (first == NULL)
			first = strdup(jstr(r, "stdout"));
		else
			cr_expect_str_eq(jstr(r, "stdout"), first, "the seed changed between runs");
		json_decref(r);
	}
	cr_expect_str_neq(jstr(cold, "stdout"), first, "a cold run and the template share a seed");
	free(first);
	json_decref(cold);
}

/* ---- memory ---- */

/* The memory scanner: argv holds, in hex, what must be nowhere in the
 * process's writable memory. Only a half of each needle and its hash are
 * kept, so that the scanner does not bring the needle in itself; the
 * mappings' text is read first (it names files, never a needle). */
#define SCANNER                                                                                    \
	FOUND_FN                                                                                   \
	"import ctypes, hashlib\n"                                                                 \
	"want = []\n"                                                                              \
	"for h in sys.argv[1:]:\n"                                                                 \
	"    n = bytes.fromhex(h)\n"                                                               \
	"    want.append((n[:len(n) // 2], len(n), hashlib.sha256(n).digest(), h[:8]))\n"          \
	"    del n\n"                                                                              \
	"with open('/proc/self/maps') as f:\n"                                                     \
	"    maps = f.read().splitlines()\n"                                                       \
	"scanned = 0\n"                                                                            \
	"for line in maps:\n"                                                                      \
	"    f = line.split()\n"                                                                   \
	"    path = f[5] if len(f) > 5 else ''\n"                                                  \
	"    if f[1][0] != 'r' or path in ('[vvar]', '[vsyscall]', '[vvar_vclock]'):\n"            \
	"        continue\n"                                                                       \
	"    if path.startswith('/') and f[1][1] != 'w':\n"                                        \
	"        continue  # a file's text\n"                                                      \
	"    a, b = (int(x, 16) for x in f[0].split('-'))\n"                                       \
	"    data = ctypes.string_at(a, b - a)\n"                                                  \
	"    scanned += b - a\n"                                                                   \
	"    for prefix, size, digest, name in want:\n"                                            \
	"        i = data.find(prefix)\n"                                                          \
	"        while i >= 0:\n"                                                                  \
	"            if hashlib.sha256(data[i:i + size]).digest() == digest:\n"                    \
	"                found('%s... in %s' % (name, path or f[0]))\n"                            \
	"                break\n"                                                                  \
	"            i = data.find(prefix, i + 1)\n"                                               \
	"    del data\n"                                                                           \
	"if scanned < 1 << 20:\n"                                                                  \
	"    found('only %d bytes scanned' % scanned)\n"

static void hex_of(const char *s, char *out, size_t size)
{
	size_t n = 0;
	for (; *s && n + 3 <= size; s++, n += 2)
		snprintf(out + n, 3, "%02x", (unsigned char)*s);
	out[n] = '\0';
}

/* Each run writes a secret of its own into large objects, drops them, and
 * carries a token of its own in its environment and arguments: the next
 * runs find none of their predecessors' in their memory. */
Test(warm_state, heap_of_an_earlier_run)
{
	static const char code[] =
	    SCANNER "secret = os.urandom(32)\n"
		    "big = secret * 65536\n"
		    "copy = bytearray(big)\n"
		    "text = secret.decode('latin-1') * 4096\n"
		    "pieces = [secret + bytes([i % 256]) for i in range(1000)]\n"
		    "print('VALUE secret', secret.hex())\n"
		    "del big, copy, text, pieces\n"
		    "print('done')\n";
	char needles[RUNS][2][160];
	char token[RUNS][64], env[RUNS][80];

	for (int i = 0; i < RUNS; i++) {
		const char *extra[4 + 2 * RUNS];
		int n = 0;
		snprintf(token[i], sizeof(token[i]), "airlock-run-token-%d-%ld", i, random());
		snprintf(env[i], sizeof(env[i]), "AIRLOCK_RUN_TOKEN=%s", token[i]);
		extra[n++] = "-e";
		extra[n++] = env[i];
		extra[n++] = "--";
		for (int k = 0; k < i; k++) {
			extra[n++] = needles[k][0];
			extra[n++] = needles[k][1];
		}
		extra[n] = NULL;
		json_t *r = run_python(true, code, extra);
		char what[32];
		snprintf(what, sizeof(what), "warm run %d", i + 1);
		expect_clean(r, what);
		const char *v = strstr(jstr(r, "stdout"), "VALUE secret ");
		cr_assert_not_null(v, "%s", jstr(r, "stdout"));
		snprintf(needles[i][0], sizeof(needles[i][0]), "%.64s",
			 v + strlen("VALUE secret "));
		hex_of(token[i], needles[i][1], sizeof(needles[i][1]));
		json_decref(r);
	}
}

/* ---- the template, seen from inside ---- */

/* The template's socket, its directory and where airlock is installed
 * (unless the sandbox sees it anyway, under /usr), in hex. */
static int host_needles(char hex[4][512])
{
	char dir[PATH_MAX], bin[PATH_MAX];
	int n = 0;

	snprintf(dir, sizeof(dir), "%s", sock);
	*strrchr(dir, '/') = '\0';
	hex_of(sock, hex[n++], sizeof(hex[0]));
	hex_of(dir, hex[n++], sizeof(hex[0]));
	hex_of(template_secret(), hex[n++], sizeof(hex[0]));
	if (realpath(airlock_bin(), bin) && strrchr(bin, '/')) {
		*strrchr(bin, '/') = '\0';
		if (strncmp(bin, "/usr/", 5) != 0)
			hex_of(bin, hex[n++], sizeof(hex[0]));
	}
	return n;
}

/* The sandbox sees its own pid namespace only, and nothing of the
 * template's command line or environment. */
Test(warm_isolation, proc_shows_no_template)
{
	char hex[4][512];
	int n = host_needles(hex);
	const char *extra[] = {"--", hex[0], hex[1], hex[2], n > 3 ? hex[3] : NULL, NULL};

	json_t *r = run_python(
	    true,
	    FOUND_FN "want = [bytes.fromhex(h) for h in sys.argv[1:]]\n"
		     "pids = sorted(int(p) for p in os.listdir('/proc') if p.isdigit())\n"
		     "if pids != [1, os.getpid()] or os.getpid() != 2:\n"
		     "    found('processes %r (I am %d)' % (pids, os.getpid()))\n"
		     "if open('/proc/1/cmdline', 'rb').read() != b'airlock-init\\0':\n"
		     "    found('init is %r' % open('/proc/1/cmdline', 'rb').read())\n"
		     "for p in pids + ['self', 'thread-self']:\n"
		     "    for f in ('cmdline', 'environ', 'comm', 'status', 'stat', 'sched'):\n"
		     "        try:\n"
		     "            data = open('/proc/%s/%s' % (p, f), 'rb').read()\n"
		     "        except OSError:\n"
		     "            continue\n"
		     "        for w in want:\n"
		     "            if w in data:\n"
		     "                found('/proc/%s/%s holds %r' % (p, f, w))\n"
		     "print('done')\n",
	    extra);
	expect_clean(r, "the warm run");
	json_decref(r);
}

/* What the program's own process is made of: a cold program maps files
 * the sandbox has (/usr/bin/python3.11, libraries); a warm one must not
 * name the host's paths either (its executable, where it is installed). */
Test(warm_isolation, own_mappings_name_no_host_path)
{
	json_t *r = run_python(
	    true,
	    FOUND_FN "paths = {os.readlink('/proc/self/exe')} - {'/memfd:airlock-warm (deleted)'}\n"
		     "for line in open('/proc/self/maps'):\n"
		     "    f = line.split(None, 5)\n"
		     "    if len(f) == 6 and f[5].startswith('/') and not "
		     "f[5].startswith('/memfd:'):\n"
		     "        paths.add(f[5].strip().removesuffix(' (deleted)'))\n"
		     "for p in sorted(paths):\n"
		     "    if not os.path.exists(p):\n"
		     "        found('the process maps %s, which the sandbox does not have' % p)\n"
		     "print('done')\n",
	    NULL);
	expect_clean(r, "the warm run");
	json_decref(r);
}

/* The template's environment (where a service keeps its secrets) is in no
 * page a run inherits. */
Test(warm_isolation, template_environment_not_in_memory)
{
	char secret[128];
	hex_of(template_secret(), secret, sizeof(secret));
	const char *extra[] = {"--", secret, NULL};
	json_t *r = run_python(true, SCANNER "print('done')\n", extra);
	expect_clean(r, "the warm run");
	json_decref(r);
}

/* Nor what the template did before it served: its socket's path. */
Test(warm_isolation, template_socket_path_not_in_memory)
{
	char hex[4][512];
	host_needles(hex);
	const char *extra[] = {"--", hex[0], NULL};
	json_t *r = run_python(true, SCANNER "print('done')\n", extra);
	expect_clean(r, "the warm run");
	json_decref(r);
}

/* Identity, privileges and restrictions: the very lines a cold run shows. */
Test(warm_isolation, credentials_and_restrictions_are_cold_ones)
{
	expect_no_carry_over(
	    FOUND_FN
	    "import resource, socket\n"
	    "status = dict(l.split(':', 1) for l in "
	    "open('/proc/self/status').read().splitlines())\n"
	    "for k in ('Uid', 'Gid', 'Groups', 'CapInh', 'CapPrm', 'CapEff', 'CapBnd', 'CapAmb',\n"
	    "          'NoNewPrivs', 'Seccomp', 'Seccomp_filters', 'Umask'):\n"
	    "    print('SAME', k, status.get(k, '').strip())\n"
	    "if int(status['CapEff'], 16) or int(status['CapPrm'], 16) or "
	    "int(status['CapBnd'], 16):\n"
	    "    found('capabilities: ' + status['CapEff'])\n"
	    "if status['NoNewPrivs'].strip() != '1' or status['Seccomp'].strip() != '2':\n"
	    "    found('no seccomp filter or no_new_privs')\n"
	    "print('SAME ids', os.getresuid(), os.getresgid(), os.getgroups())\n"
	    "print('SAME host', os.uname().nodename, socket.gethostname(),\n"
	    "      open('/proc/sys/kernel/domainname').read().strip())\n"
	    "for f in ('uid_map', 'gid_map', 'setgroups', 'cgroup'):\n"
	    "    print('SAME', f, open('/proc/self/' + f).read().split())\n"
	    "print('SAME interfaces', socket.if_nameindex())\n"
	    "for name in sorted(n for n in dir(resource) if n.startswith('RLIMIT_')):\n"
	    "    print('SAME', name, resource.getrlimit(getattr(resource, name)))\n"
	    "for p in ('/etc/shadow', '/root', '/proc/1/environ', '/proc/1/mem', '/proc/kcore',\n"
	    "          '/sys/kernel/security', '/dev/mem', '/proc/sys/kernel/core_pattern'):\n"
	    "    try:\n"
	    "        open(p, 'rb').close()\n"
	    "        print('SAME open', p, 'ok')\n"
	    "    except OSError as e:\n"
	    "        print('SAME open', p, e.errno)\n"
	    "for d in ('/', '/usr', '/etc', '/proc/sys/kernel', '/sys'):\n"
	    "    try:\n"
	    "        open(os.path.join(d, 'airlock-probe'), 'w').close()\n"
	    "        print('SAME create in', d, 'ok')\n"
	    "    except OSError as e:\n"
	    "        print('SAME create in', d, e.errno)\n"
	    "try:\n"
	    "    socket.create_connection(('1.1.1.1', 53), timeout=1)\n"
	    "    print('SAME connect ok')\n"
	    "except OSError as e:\n"
	    "    print('SAME connect', e.errno)\n"
	    "print('done')\n",
	    NULL);
}

/* The same mounts, with the same options, at the same places. */
Test(warm_isolation, mounts_are_cold_ones)
{
	expect_no_carry_over(FOUND_FN "for l in open('/proc/self/mountinfo'):\n"
				      "    f = l.split()\n"
				      "    i = f.index('-')\n"
				      "    print('SAME mount', f[3], f[4], f[5], *f[i + 1:])\n"
				      "print('done')\n",
			     NULL);
}

/* A forbidden syscall ends a warm run as it ends a cold one. */
Test(warm_isolation, forbidden_syscall_is_denied)
{
	static const char code[] = "import ctypes\nprint('before', flush=True)\n"
				   "ctypes.CDLL(None).unshare(0x10000000)\nprint('after')\n";
	json_t *cold = run_python(false, code, NULL), *warm = run_python(true, code, NULL);
	cr_expect_str_eq(jstr(cold, "status"), "syscall_denied");
	cr_expect_str_eq(jstr(warm, "status"), jstr(cold, "status"));
	cr_expect_str_eq(jstr(warm, "stdout"), "before\n");
	cr_expect_eq(jint(warm, "signal"), jint(cold, "signal"));
	json_decref(cold);
	json_decref(warm);
}

/* ---- a warm run seen from the host ---- */

static void ns_links(pid_t pid, char links[7][64])
{
	static const char *const names[] = {"pid", "mnt", "net", "ipc", "uts", "user", "cgroup"};
	for (int i = 0; i < 7; i++) {
		char path[64];
		snprintf(path, sizeof(path), "/proc/%d/ns/%s", (int)pid, names[i]);
		ssize_t n = readlink(path, links[i], sizeof(links[i]) - 1);
		cr_assert_gt(n, 0, "%s: %s", path, strerror(errno));
		links[i][n] = '\0';
	}
}

static bool sleep_with_marker(const char *cmdline, void *marker)
{
	return strstr(cmdline, marker) && strncmp(cmdline, "sleep ", 6) == 0;
}

/* The host pid of the `sleep` whose command line holds marker. */
static pid_t find_host_process(const char *marker)
{
	pid_t pid = -1;
	return find_host_processes(sleep_with_marker, (void *)marker, &pid, 1) > 0 ? pid : -1;
}

/* `airlock run --template SOCK` of a program that starts `sleep MARKER`
 * and waits; returns airlock's pid once the sleep runs, its host pid in
 * *sleeper. The marker is in the program's environment, not its command
 * line: only the sleep shows it. */
static pid_t start_sleeping_run(char *marker, size_t size, pid_t *sleeper)
{
	static const char code[] = "import os, subprocess, time\n"
				   "subprocess.Popen(['sleep', os.environ['SLEEP_FOR']])\n"
				   "time.sleep(60)\n";
	char env[64];

	snprintf(marker, size, "4%d.%d", getpid() % 10000, (int)(random() % 1000));
	snprintf(env, sizeof(env), "SLEEP_FOR=%s", marker);
	fflush(NULL);
	pid_t pid = fork();
	cr_assert_geq(pid, 0);
	if (pid == 0) {
		int null = open("/dev/null", O_RDWR);
		dup2(null, 0);
		dup2(null, 1);
		dup2(null, 2);
		execl(airlock_bin(), airlock_bin(), "run", "--template", sock, "-l", "python", "-w",
		      "60", "-e", env, "-c", code, (char *)NULL);
		_exit(127);
	}
	*sleeper = find_host_process(marker);
	for (int i = 0; i < 500 * test_slowness() && *sleeper < 0; i++) {
		usleep(20000);
		*sleeper = find_host_process(marker);
	}
	if (*sleeper < 0) {
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
		cr_assert_fail("the warm run's sleep %s never ran", marker);
	}
	return pid;
}

/* The template's children (its sandboxes' inits) now. */
static char *template_children(void)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/task/%d/children", (int)template_pid(),
		 (int)template_pid());
	char *s = slurp(path);
	return s ? s : strdup("");
}

/* Fresh pid, mount, network, IPC, UTS, user and cgroup namespaces: none
 * of them the template's, the host's, or those of a warm run that is
 * still running. (A run that ended may see its namespaces' numbers used
 * again.) */
Test(warm_isolation, fresh_namespaces_every_run)
{
	char tmpl_ns[7][64], host_ns[7][64], other_ns[7][64], marker[32];
	const char *extra[2 + 3 * 7] = {"--"};
	int n = 1;

	ns_links(template_pid(), tmpl_ns);
	ns_links(getpid(), host_ns);
	pid_t sleeper, pid = start_sleeping_run(marker, sizeof(marker), &sleeper);
	ns_links(sleeper, other_ns);
	for (int i = 0; i < 7; i++) {
		extra[n++] = tmpl_ns[i];
		extra[n++] = host_ns[i];
		extra[n++] = other_ns[i];
	}
	extra[n] = NULL;
	json_t *r =
	    run_python(true,
		       FOUND_FN "for n in ('pid', 'mnt', 'net', 'ipc', 'uts', 'user', 'cgroup'):\n"
				"    link = os.readlink('/proc/self/ns/' + n)\n"
				"    if link in sys.argv[1:]:\n"
				"        found('a namespace already in use: ' + link)\n"
				"print('done')\n",
		       extra);
	kill(pid, SIGTERM);
	waitpid(pid, NULL, 0);
	expect_clean(r, "the warm run");
	json_decref(r);
}

/* The client dies (SIGKILL, so it cleans nothing): the template ends the
 * sandbox it started for it. Nothing survives, nothing is left unreaped. */
/* The parent of a host process, from /proc; 0 when it is gone. */
static pid_t parent_of(pid_t pid)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/status", (int)pid);
	char *st = slurp(path);
	const char *p = st ? strstr(st, "\nPPid:") : NULL;
	pid_t ppid = p ? (pid_t)atoi(p + 6) : 0;
	free(st);
	return ppid;
}

/* Whether pid is among the template's children now. */
static bool template_has_child(pid_t pid)
{
	char *c = template_children(), want[16];
	snprintf(want, sizeof(want), "%d ", (int)pid);
	bool has = false;
	for (const char *p = c; p && *p; p = strchr(p, ' ') ? strchr(p, ' ') + 1 : "")
		if (strncmp(p, want, strlen(want)) == 0)
			has = true;
	free(c);
	return has;
}

/* The template keeps a sandbox built ahead (--ready) as its child; the
 * run's own sandbox (the init above the run's processes) must go. */
Test(warm_template, killed_client_leaves_no_sandbox)
{
	char marker[32];
	pid_t sleeper, pid = start_sleeping_run(marker, sizeof(marker), &sleeper);
	pid_t program = parent_of(sleeper), init = program > 0 ? parent_of(program) : 0;
	cr_assert_gt(init, 0, "cannot find the run's init above %d", (int)sleeper);
	cr_expect(template_has_child(init), "the sandbox's init %d is not the template's child",
		  (int)init);
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	cr_expect_eq(wait_host_processes(marker, 0, 5), 0, "the sandbox outlived its client");
	bool gone = false;
	for (int i = 0; i < 100 * test_slowness() && !gone; i++) {
		gone = !template_has_child(init);
		if (!gone)
			usleep(20000);
	}
	cr_expect(gone, "the run's init %d is still the template's child", (int)init);
	cr_expect_eq(kill(template_pid(), 0), 0, "the template died with its client");
	json_t *r = run_python(true, "print('next')", NULL);
	cr_expect_str_eq(jstr(r, "stdout"), "next\n");
	json_decref(r);
}

/* As root, each run has a cgroup of its own, not the template's. */
Test(warm_isolation, run_has_its_own_cgroup)
{
	char marker[32], path[64];
	if (!running_as_root())
		skip("rootless runs have no cgroup");
	pid_t sleeper, pid = start_sleeping_run(marker, sizeof(marker), &sleeper);
	snprintf(path, sizeof(path), "/proc/%d/cgroup", (int)sleeper);
	char *run_cg = slurp(path);
	snprintf(path, sizeof(path), "/proc/%d/cgroup", (int)template_pid());
	char *tmpl_cg = slurp(path);
	kill(pid, SIGTERM);
	waitpid(pid, NULL, 0);
	cr_assert(run_cg && tmpl_cg, "cannot read the cgroups (sleep is %d)", (int)sleeper);
	/* the hierarchies that limit: v1's memory and pids, or v2's */
	bool v1 = strstr(run_cg, ":memory:") != NULL;
	for (const char *l = run_cg; *l;) {
		size_t n = strcspn(l, "\n");
		bool limits = v1 ? memmem(l, n, ":memory:", 8) || memmem(l, n, ":pids:", 6)
				 : strncmp(l, "0::", 3) == 0;
		if (limits)
			cr_expect(!has_line(tmpl_cg, l, n),
				  "the run is in the template's cgroup: %.*s", (int)n, l);
		l += n + (l[n] == '\n');
	}
	free(run_cg);
	free(tmpl_cg);
}

/* Descriptors a warm program starts with that a cold one has not are
 * sandbox init's: its report socket to the supervisor is how a result is
 * told. A program that writes a report of its own there must not change
 * its result: it exits 7, whatever it says. */
Test(warm_isolation, program_cannot_forge_its_result)
{
	char size[16], kind[16];
	snprintf(size, sizeof(size), "%zu", sizeof(struct report));
	snprintf(kind, sizeof(kind), "%d", REPORT_EXITED);
	const char *extra[] = {"--", size, kind, NULL};
	json_t *r = run_python(true,
			       "import os, socket, stat, sys\n"
			       "size, kind = int(sys.argv[1]), int(sys.argv[2])\n"
			       "report = kind.to_bytes(4, sys.byteorder) + bytes(size - 4)\n"
			       "for fd in range(3, 256):\n"
			       "    try:\n"
			       "        if not stat.S_ISSOCK(os.fstat(fd).st_mode):\n"
			       "            continue\n"
			       "        s = socket.socket(fileno=fd)\n"
			       "        s.send(report)\n"
			       "        print('sent a report on', fd, flush=True)\n"
			       "        s.detach()\n"
			       "    except OSError:\n"
			       "        pass\n"
			       "sys.exit(7)\n",
			       extra);
	if (jint(r, "exit_code") != 7)
		dump_result(r);
	cr_expect_str_eq(jstr(r, "status"), "runtime_error", "stdout: %s", jstr(r, "stdout"));
	cr_expect_eq(jint(r, "exit_code"), 7, "stdout: %s", jstr(r, "stdout"));
	json_decref(r);
}

/* ---- the template's socket ---- */

/* Connects to the template and sends one message (data, fds); returns
 * what came back: >0 a reply (in *rep), 0 the template hung up, -errno. */
static int talk(const void *data, size_t len, const int *fds, int nfds, struct wire_reply *rep)
{
	struct sockaddr_un addr = {.sun_family = AF_UNIX};
	union {
		struct cmsghdr h;
		char buf[CMSG_SPACE(sizeof(int) * 64)];
	} ctl;
	struct iovec iov = {(void *)data, len};
	struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1};
	int s = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);

	snprintf(addr.sun_path, sizeof(addr.sun_path), "%s", sock);
	if (s < 0 || connect(s, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
		int e = errno;
		if (s >= 0)
			close(s);
		return -e;
	}
	if (nfds > 0) {
		memset(&ctl, 0, sizeof(ctl));
		msg.msg_control = ctl.buf;
		msg.msg_controllen = CMSG_SPACE(sizeof(int) * (size_t)nfds);
		struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int) * (size_t)nfds);
		memcpy(CMSG_DATA(c), fds, sizeof(int) * (size_t)nfds);
	}
	if (sendmsg(s, &msg, MSG_NOSIGNAL) < 0) {
		int e = errno;
		close(s);
		return e == EPIPE || e == ECONNRESET ? 0 : -e;
	}
	struct pollfd p = {s, POLLIN, 0};
	int rc = poll(&p, 1, (int)(5000 * test_slowness()));
	ssize_t n = rc == 1 ? recv(s, rep, sizeof(*rep), 0) : -1;
	int e = rc == 1 ? errno : ETIMEDOUT;
	close(s);
	if (n < 0)
		return e == ECONNRESET ? 0 : -e;
	return (int)n;
}

/* As root: a template started by root serves root only. Another uid
 * cannot reach its socket, and when it can, it is hung up on. */
Test(warm_template, another_user_cannot_use_it)
{
	static const uint32_t magic = WIRE_MAGIC;
	struct wire_reply rep;
	char dir[PATH_MAX];

	if (!running_as_root())
		skip("needs root, to be another uid");
	/* the owner is answered (this message is no plan) */
	cr_assert_eq(talk(&magic, sizeof(magic), NULL, 0, &rep), (int)sizeof(rep));
	cr_assert_eq(rep.pid, 0);
	snprintf(dir, sizeof(dir), "%s", sock);
	*strrchr(dir, '/') = '\0';
	for (int open_to_all = 0; open_to_all < 2; open_to_all++) {
		if (open_to_all) {
			cr_assert_eq(chmod(dir, 0711), 0);
			cr_assert_eq(chmod(sock, 0666), 0);
		}
		fflush(NULL);
		pid_t pid = fork();
		if (pid == 0) {
			if (setgroups(0, NULL) < 0 || setgid(65534) < 0 || setuid(65534) < 0)
				_exit(99);
			int rc = talk(&magic, sizeof(magic), NULL, 0, &rep);
			_exit(rc == -EACCES ? 10 : rc == 0 ? 20 : rc > 0 ? 30 : 40);
		}
		int st;
		waitpid(pid, &st, 0);
		cr_assert(WIFEXITED(st));
		if (!open_to_all)
			cr_expect_eq(WEXITSTATUS(st), 10, "uid 65534 could reach the socket (%d)",
				     WEXITSTATUS(st));
		else
			cr_expect_eq(WEXITSTATUS(st), 20,
				     "the template did not hang up on uid 65534 (%d; 30: it "
				     "answered)",
				     WEXITSTATUS(st));
	}
	cr_expect_eq(kill(template_pid(), 0), 0);
}

static int count_fds(pid_t pid)
{
	char path[64];
	int n = 0;
	snprintf(path, sizeof(path), "/proc/%d/fd", (int)pid);
	DIR *d = opendir(path);
	cr_assert_not_null(d, "%s: %s", path, strerror(errno));
	for (struct dirent *de; (de = readdir(d));)
		n += de->d_name[0] != '.';
	closedir(d);
	return n;
}

static int memfd_with(const void *data, size_t len)
{
	int fd = memfd_create("airlock-test-plan", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	cr_assert_geq(fd, 0);
	cr_assert_eq(write(fd, data, len), (ssize_t)len);
	return fd;
}

/* A plan as a supervisor encodes it, with a scratch disk of scratch
 * bytes; fds[0] is its memfd. Returns its /dev/null (every other fd). */
static int real_plan_with(const char *scratch, int fds[WIRE_MAX_FDS], int *nfds)
{
	static char a0[] = "/usr/bin/python3", a1[] = "-u", a2[] = "main.py", e0[] = "PATH=/bin";
	static char *const argv[] = {a0, a1, a2, NULL};
	static char *const envp[] = {e0, NULL};
	struct child_plan p;
	err_t err;
	int null = open("/dev/null", O_RDWR | O_CLOEXEC);

	memset(&p, 0, sizeof(p));
	p.sync_fd = p.report_fd = null;
	p.stdin_fd = p.collect_fd = p.cgroup_fd = -1;
	snprintf(p.scratch_bytes, sizeof(p.scratch_bytes), "%s", scratch);
	p.source_name = "main.py";
	p.code = "print(1)\n";
	p.code_len = strlen(p.code);
	p.nsteps = 1;
	p.steps[0].argv = argv;
	p.steps[0].envp = envp;
	p.steps[0].out_fd = p.steps[0].err_fd = null;
	err_clear(&err);
	cr_assert_eq(wire_encode(&p, fds, nfds, &err), 0, "%s", err.msg);
	return null;
}

/* One a ready sandbox does not take (its disk is not the default). */
static int real_plan(int fds[WIRE_MAX_FDS], int *nfds)
{
	return real_plan_with("size=1m", fds, nfds);
}

/* The template's descriptors come back to n (it closes a connection once
 * it has answered and the client hung up); returns the last count. */
/* The template's descriptors once they are n or fewer (more: n or more),
 * waiting up to a second (scaled); what it has then. Fewer than counted
 * before is no leak: a template that was building its next ready sandbox
 * when they were counted holds fewer after. */
/* Waits for the template to hold at most n descriptors: up to 5 s (times
 * the machine's slowness), for it may be building a ready sandbox before it
 * sees a hang-up. */
static int wait_template_fds(int n)
{
	int have = count_fds(template_pid());
	for (int i = 0; i < 250 * test_slowness() && have > n; i++) {
		usleep(20000);
		have = count_fds(template_pid());
	}
	return have;
}

/* The template's descriptors once it is at rest: the same count five
 * times 50 ms apart (a sandbox it builds ahead comes and goes with its
 * own; counted mid-way, the baseline would be one short). */
static int settled_template_fds(void)
{
	int last = count_fds(template_pid()), same = 0;
	for (int i = 0; i < 100 * test_slowness() && same < 5; i++) {
		usleep(50000);
		int now = count_fds(template_pid());
		same = now == last ? same + 1 : 0;
		last = now;
	}
	return last;
}

/* One message that is not a plan: refused with a word, no sandbox, and
 * nothing of it (the connection, its descriptors) kept by the template.
 * says NULL: hanging up will do too. */
static void expect_refused(const char *what, const void *data, size_t len, const int *fds, int nfds,
			   const char *says)
{
	struct wire_reply rep;
	int before = settled_template_fds();
	int rc = talk(data, len, fds, nfds, &rep);

	if (says || rc != 0)
		cr_expect_eq(rc, (int)sizeof(rep), "%s: no answer (%d)", what, rc);
	if (rc == (int)sizeof(rep)) {
		rep.msg[sizeof(rep.msg) - 1] = '\0';
		cr_expect_leq(rep.pid, 0, "%s: a sandbox was started", what);
		cr_expect(rep.msg[0], "%s: refused without a word", what);
		cr_expect(says == NULL || strstr(rep.msg, says), "%s: %s", what, rep.msg);
	}
	int after = wait_template_fds(before);
	cr_expect_leq(after, before, "%s: the template keeps %d more descriptors", what,
		      after - before);
}

/* Messages that are not plans: each is refused, the template keeps
 * nothing of them, and serves the next run. */
Test(warm_template, malformed_plans_are_refused)
{
	static const uint32_t magic = WIRE_MAGIC, wrong = WIRE_MAGIC ^ 0x01010101;
	int fds[64], nfds, null = open("/dev/null", O_RDWR | O_CLOEXEC);
	char garbage[4096];

	memset(garbage, 'x', sizeof(garbage));
	json_t *r = run_python(true, "print(1)", NULL);
	json_decref(r);
	int before = settled_template_fds();

	int junk = memfd_with(garbage, sizeof(garbage));
	int header_only = memfd_with(&magic, sizeof(magic));
	for (int k = 0; k < 64; k++)
		fds[k] = null;
	fds[0] = junk;
	expect_refused("garbage", garbage, 13, NULL, 0, "");
	/* as good as a hang-up: a template may take it for one */
	expect_refused("an empty message", garbage, 0, NULL, 0, NULL);
	expect_refused("a wrong magic", &wrong, sizeof(wrong), fds, 1, "");
	expect_refused("no descriptors", &magic, sizeof(magic), NULL, 0, "");
	expect_refused("a memfd of garbage", &magic, sizeof(magic), fds, 1, "malformed");
	expect_refused("too many descriptors", &magic, sizeof(magic), fds, 40, "");
	expect_refused("one descriptor too many", &magic, sizeof(magic), fds, WIRE_MAX_FDS + 1, "");
	fds[0] = header_only;
	expect_refused("a memfd of a magic only", &magic, sizeof(magic), fds, 1, "");

	/* a supervisor's plan without its last descriptor, and one cut short */
	int plan_null = real_plan(fds, &nfds);
	expect_refused("a plan without a descriptor", &magic, sizeof(magic), fds, nfds - 1,
		       "descriptors");
	struct stat st;
	cr_assert_eq(fstat(fds[0], &st), 0);
	char *body = malloc((size_t)st.st_size);
	cr_assert_eq(pread(fds[0], body, (size_t)st.st_size, 0), st.st_size);
	int cut = memfd_with(body, (size_t)st.st_size - 3);
	free(body);
	close(fds[0]);
	fds[0] = cut;
	expect_refused("a plan cut short", &magic, sizeof(magic), fds, nfds, "malformed");
	close(cut);
	close(plan_null);
	close(junk);
	close(header_only);
	close(null);

	/* still serving, with what it had */
	cr_expect_eq(kill(template_pid(), 0), 0, "the template died");
	r = run_python(true, "print('still serving')", NULL);
	cr_expect_str_eq(jstr(r, "stdout"), "still serving\n");
	json_decref(r);
	cr_expect_leq(wait_template_fds(before), before,
		      "the template kept descriptors of refused plans");
}

/* cgroup v2, root: a supervisor that took a ready sandbox and hung up
 * before it made the sandbox's cgroup its run's (it died, say) leaves that
 * cgroup to the template, which removes it once the sandbox is gone. v1:
 * a ready sandbox has no cgroup of its own. */
Test(warm_template, a_ready_cgroup_its_run_never_took_is_removed)
{
	static const uint32_t magic = WIRE_MAGIC;
	struct wire_reply rep;
	struct limits l;
	int fds[WIRE_MAX_FDS], nfds;

	if (!running_as_root())
		skip("rootless sandboxes have no cgroup");
	bool v2 = access("/sys/fs/cgroup/cgroup.controllers", F_OK) == 0;
	json_t *r = run_python(true, "print(1)", NULL); /* the template is up */
	json_decref(r);
	/* a plan a ready sandbox takes: one step, no network, the default disk */
	char scratch[24];
	limits_default(&l);
	snprintf(scratch, sizeof(scratch), "%llu", (unsigned long long)l.disk_limit_mb << 20);
	int null = real_plan_with(scratch, fds, &nfds);
	/* sent, answered, hung up (talk() closes its side); again until a
	 * ready sandbox took it: the template builds the next one after a
	 * run took the last, and a plan that comes before is cloned cold */
	int n = 0;
	for (int i = 0; i < 100 * test_slowness(); i++) {
		memset(&rep, 0, sizeof(rep));
		n = talk(&magic, sizeof(magic), fds, nfds, &rep);
		if (n != (int)sizeof(rep) || (rep.flags & WIRE_READY))
			break;
		usleep(50000);
	}
	close(fds[0]);
	close(null);
	cr_assert_eq(n, (int)sizeof(rep), "no answer from the template (%d)", n);
	cr_assert(rep.flags & WIRE_READY, "the plan never took a ready sandbox");
	if (!v2) {
		cr_expect_str_empty(rep.cgroup, "a ready cgroup on cgroup v1: %s", rep.cgroup);
		return;
	}
	cr_assert(strstr(rep.cgroup, "/ready-"), "no ready cgroup came with it: '%s'", rep.cgroup);
	bool gone = false;
	for (int i = 0; i < 200 * test_slowness() && !gone; i++) {
		gone = access(rep.cgroup, F_OK) < 0 && errno == ENOENT;
		if (!gone)
			usleep(50000);
	}
	cr_expect(gone, "%s is still there", rep.cgroup);
	r = run_python(true, "print('still serving')", NULL);
	cr_expect_str_eq(jstr(r, "stdout"), "still serving\n");
	json_decref(r);
}

/* A client that connects and hangs up without a word: the template
 * closes its side too. The client shuts its side for writing, which the
 * template reads as a hang-up, and sees the template's side close: what it
 * reads ends (at once, or after a word). Five in a row, and then the
 * template holds no more descriptors than before. */
Test(warm_template, silent_client_is_forgotten)
{
	struct sockaddr_un addr = {.sun_family = AF_UNIX};
	int before = settled_template_fds();

	snprintf(addr.sun_path, sizeof(addr.sun_path), "%s", sock);
	for (int i = 0; i < 5; i++) {
		int s = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
		char word[4096];
		ssize_t n = 1;
		cr_assert_eq(connect(s, (struct sockaddr *)&addr, sizeof(addr)), 0);
		cr_assert_eq(shutdown(s, SHUT_WR), 0);
		for (int k = 0; k < 4 && n > 0; k++) {
			struct pollfd pfd = {s, POLLIN, 0};
			cr_assert_eq(poll(&pfd, 1, (int)(10000 * test_slowness())), 1,
				     "client %d: the template kept the connection open", i);
			n = recv(s, word, sizeof(word), 0);
		}
		cr_expect_eq(n, 0, "client %d: the template did not close its side", i);
		close(s);
	}
	int after = wait_template_fds(before);
	cr_expect_leq(after, before, "the template keeps %d connections of clients long gone",
		      after - before);
	json_t *r = run_python(true, "print('still serving')", NULL);
	cr_expect_str_eq(jstr(r, "stdout"), "still serving\n");
	json_decref(r);
}

/* ---- limits ---- */

Test(warm_limits, memory)
{
	const char *extra[] = {"-m", "64", "-w", "10", NULL};
	json_t *r = run_python(true, "x = bytearray(200 << 20)\nprint(len(x))", extra);
	cr_expect_str_eq(jstr(r, "status"), "memory_limit", "%s", jstr(r, "stderr"));
	/* stopped before it had it all */
	cr_expect_str_empty(jstr(r, "stdout"), "the program got its 200 MB (peak %lld kB)",
			    jint(r, "memory_peak_kb"));
	json_decref(r);
}

Test(warm_limits, cpu_time)
{
	/* the wall time far above the CPU time: on a busy machine a spinning
	 * program gets less than a CPU */
	const char *extra[] = {"-t", "1", "-w", test_seconds(30), NULL};
	json_t *r = run_python(true, "while True:\n    pass", extra);
	cr_expect_str_eq(jstr(r, "status"), "time_limit");
	cr_expect_geq(jtime(r, "cpu_ms"), 1000);
	/* stopped at the limit, not by a backstop (rootless, the supervisor
	 * samples /proc: under emulation it lags) */
	cr_expect_leq(jtime(r, "cpu_ms"), 1000 + 500 * test_slowness(), "cpu %lld ms",
		      jtime(r, "cpu_ms"));
	json_decref(r);
}

Test(warm_limits, wall_time)
{
	const char *extra[] = {"-w", "1", NULL};
	json_t *r = run_python(true, "import time\ntime.sleep(30)", extra);
	cr_expect_str_eq(jstr(r, "status"), "wall_time_limit");
	json_decref(r);
}

Test(warm_limits, fork_bomb)
{
	const char *extra[] = {"-p", "10", "-t", "2", "-w", test_seconds(5), NULL};
	json_t *r = run_python(true, "import os\nwhile True:\n    os.fork()", extra);
	cr_expect_str_neq(jstr(r, "status"), "ok");
	cr_expect_str_neq(jstr(r, "status"), "internal_error", "%s", jstr(r, "error"));
	json_decref(r);
	r = run_python(true,
		       "import os, time\nn = 1\nfor i in range(50):\n"
		       "    try:\n        pid = os.fork()\n    except OSError:\n        break\n"
		       "    if pid == 0:\n        time.sleep(3)\n        os._exit(0)\n"
		       "    n += 1\nprint(n)",
		       (const char *const[]){"-p", "10", "-w", test_seconds(10), NULL});
	cr_expect_str_eq(jstr(r, "status"), "ok");
	cr_expect_leq(atoi(jstr(r, "stdout")), 10, "%s processes", jstr(r, "stdout"));
	json_decref(r);
}

Test(warm_limits, output)
{
	const char *extra[] = {"-o", "16", NULL};
	json_t *r = run_python(true, "import sys\nsys.stdout.write('x' * 100000)", extra);
	cr_expect_str_eq(jstr(r, "status"), "output_limit");
	cr_expect(jbool(r, "stdout_truncated"));
	cr_expect_leq(strlen(jstr(r, "stdout")), 16 * 1024);
	json_decref(r);
}

Test(warm_limits, disk)
{
	const char *extra[] = {"-d", "8", NULL};
	json_t *r = run_python(true,
			       "try:\n    open('/tmp/big', 'wb').write(bytes(32 << 20))\n"
			       "except OSError as e:\n    print('refused', e.errno)\n",
			       extra);
	cr_expect_str_eq(jstr(r, "stdout"), "refused 28\n", "%s", jstr(r, "stderr"));
	json_decref(r);
}
