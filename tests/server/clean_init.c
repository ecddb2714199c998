/* The memory of a sandbox's pid 1 under `airlock serve` (README, "What it
 * does not stop"): it must hold nothing of the server's, in particular
 * nothing of another request. Each test sends a run (or a sandbox command)
 * whose code, stdin, environment and output carry a random marker, lets it
 * end, then starts another sandbox, finds its init on the host and reads
 * all of its memory (/proc/PID/maps and /proc/PID/mem, as root) for the
 * marker: a cold run's init after a cold and after a warm run, a warm
 * run's init (a clone of the language's template) after warm runs, and a
 * live sandbox's init after runs and after another sandbox's command. The
 * same scan of the server must find the marker (else the test proves
 * nothing). Inits are cloned from airlock-spawner or a warm template,
 * exec'd processes that hold only the plan of the run they clone; an
 * init cloned from the server itself (config `spawner: false`) fails all
 * but the warm test, naming the mappings ([heap], the threads' arenas and
 * stacks) that hold the marker. */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

#include "lib/harness.h"
#include "server/sandbox_client.h"

static struct srv S;

static void teardown(void)
{
	srv_cleanup(&S);
}

TestSuite(clean_init, .fini = teardown, .timeout = 120);

static void need_root(void)
{
	if (geteuid() != 0)
		cr_skip_test("reading another process's memory needs root");
}

/* (the templates and the spawner listen in DATA_DIR/pool) */
static const char *config(void)
{
	return "workers: 2\n";
}

/* A marker made at run time ("AIRLOCK" "SECRET-" and 32 random hex
 * digits), so that the bytes found are the run's, not this binary's. */
static void make_marker(char *out, size_t len)
{
	unsigned char r[16];
	char hex[33];
	cr_assert_eq(getrandom(r, sizeof(r), 0), (ssize_t)sizeof(r));
	for (int i = 0; i < 16; i++)
		snprintf(hex + 2 * i, 3, "%02x", r[i]);
	snprintf(out, len, "%s%s%s", "AIRLOCK", "SECRET-", hex);
}

/* Digits that make a `sleep 30.DIGITS` command line of this test alone. */
static void make_sleep(char *out, size_t len)
{
	uint32_t r;
	cr_assert_eq(getrandom(&r, sizeof(r), 0), (ssize_t)sizeof(r));
	snprintf(out, len, "sleep 30.%u%05u", (unsigned)getpid() % 100000u, r % 100000u);
}

/* ---- reading a process's memory ---- */

#define SCAN_LIMIT (512ull << 20) /* bytes read at most */
#define SCAN_CHUNK (1u << 20)
#define MAX_HITS 8

struct hit {
	char where[200];	   /* the mapping's name (or "anon") and its range */
	unsigned long long offset; /* in the mapping */
	char context[48];	   /* the bytes after the marker, printable */
};

#define MAX_PLACES 12

struct scan {
	int hits;    /* in all */
	int nplaces; /* the mappings with hits, and how many */
	struct {
		char where[200];
		int hits;
	} places[MAX_PLACES];
	struct hit first[MAX_HITS]; /* the first ones */
	unsigned long long read;    /* bytes read */
	int mappings, unreadable;   /* readable ones, those that failed */
	bool cut;		    /* SCAN_LIMIT reached */
};

static void note_hit(struct scan *sc, const char *name, unsigned long long start,
		     unsigned long long end, unsigned long long off, const char *after, size_t n)
{
	char where[200];
	snprintf(where, sizeof(where), "%s %llx-%llx", name[0] ? name : "anon", start, end);
	int i = 0;
	while (i < sc->nplaces && strcmp(sc->places[i].where, where) != 0)
		i++;
	if (i < MAX_PLACES) {
		if (i == sc->nplaces)
			snprintf(sc->places[sc->nplaces++].where, sizeof(where), "%s", where);
		sc->places[i].hits++;
	}
	if (sc->hits < MAX_HITS) {
		struct hit *h = &sc->first[sc->hits];
		snprintf(h->where, sizeof(h->where), "%s", where);
		h->offset = off;
		size_t k = 0;
		for (size_t j = 0; j < n && k + 1 < sizeof(h->context); j++)
			h->context[k++] = after[j] >= 0x20 && after[j] < 0x7f ? after[j] : '.';
		h->context[k] = '\0';
	}
	sc->hits++;
}

/* Reads every readable mapping of pid from /proc/PID/mem (at most
 * SCAN_LIMIT bytes in all, in chunks, a marker across two chunks found
 * too) and notes where needle occurs. A region that cannot be read
 * ([vvar], [vsyscall], a hole) is skipped and counted. */
static void scan_memory(pid_t pid, const char *needle, struct scan *sc)
{
	char path[64], line[512];
	size_t nlen = strlen(needle);
	/* the tail of the previous chunk (nlen - 1 bytes), then the chunk (the
	 * context shown after a hit stops at the chunk's end) */
	char *buf = malloc(SCAN_CHUNK + nlen);

	cr_assert_not_null(buf);
	memset(sc, 0, sizeof(*sc));
	snprintf(path, sizeof(path), "/proc/%d/maps", (int)pid);
	FILE *maps = fopen(path, "r");
	cr_assert_not_null(maps, "%s: %s", path, strerror(errno));
	snprintf(path, sizeof(path), "/proc/%d/mem", (int)pid);
	int mem = open(path, O_RDONLY | O_CLOEXEC);
	cr_assert_geq(mem, 0, "%s: %s", path, strerror(errno));

	while (fgets(line, sizeof(line), maps) && !sc->cut) {
		unsigned long long start, end;
		char perms[8] = "", name[300] = "";
		int consumed = 0;
		if (sscanf(line, "%llx-%llx %7s %*s %*s %*s%n", &start, &end, perms, &consumed) < 3)
			continue;
		if (perms[0] != 'r')
			continue;
		{
			const char *p = line + consumed;
			while (*p == ' ')
				p++;
			snprintf(name, sizeof(name), "%s", p);
			name[strcspn(name, "\n")] = '\0';
		}
		sc->mappings++;
		size_t carry = 0;
		for (unsigned long long at = start; at < end;) {
			size_t want = end - at < SCAN_CHUNK ? (size_t)(end - at) : SCAN_CHUNK;
			if (sc->read + want > SCAN_LIMIT) {
				want = (size_t)(SCAN_LIMIT - sc->read);
				sc->cut = true;
				if (want == 0)
					break;
			}
			ssize_t got = pread(mem, buf + carry, want, (off_t)at);
			if (got <= 0) {
				if (at == start)
					sc->unreadable++;
				break;
			}
			sc->read += (size_t)got;
			size_t have = carry + (size_t)got;
			/* buf[0] is at address at - carry */
			for (char *p = buf; have >= nlen && p <= buf + have - nlen;) {
				p = memmem(p, (size_t)(buf + have - p), needle, nlen);
				if (!p)
					break;
				unsigned long long addr =
				    at - carry + (unsigned long long)(p - buf);
				size_t after = (size_t)(buf + have - (p + nlen));
				note_hit(sc, name, start, end, addr - start, p + nlen,
					 after < 40 ? after : 40);
				p += nlen;
			}
			/* keep the last nlen - 1 bytes for a marker across chunks */
			carry = have < nlen - 1 ? have : nlen - 1;
			memmove(buf, buf + have - carry, carry);
			at += (size_t)got;
		}
	}
	close(mem);
	fclose(maps);
	free(buf);
}

/* "found N times: in MAPPING at +OFFSET (MARKER...) ...", for a failure. */
static const char *describe(const struct scan *sc)
{
	static char out[2048];
	size_t k = 0;
	k += (size_t)snprintf(out + k, sizeof(out) - k,
			      "found %d time(s) in the init's memory (%llu bytes read from %d "
			      "mappings, %d unreadable); by mapping:",
			      sc->hits, sc->read, sc->mappings, sc->unreadable);
	for (int i = 0; i < sc->nplaces && k < sizeof(out); i++)
		k += (size_t)snprintf(out + k, sizeof(out) - k, " %s: %d;", sc->places[i].where,
				      sc->places[i].hits);
	if (k < sizeof(out))
		k += (size_t)snprintf(out + k, sizeof(out) - k, " the first ones:");
	for (int i = 0; i < sc->hits && i < MAX_HITS && k < sizeof(out); i++)
		k +=
		    (size_t)snprintf(out + k, sizeof(out) - k, "\n  in %s at +0x%llx: MARKER%s",
				     sc->first[i].where, sc->first[i].offset, sc->first[i].context);
	return out;
}

/* The control: the same scan of the server itself finds the marker, so
 * that its absence from an init means something. */
static void expect_server_holds(const char *marker)
{
	struct scan sc;
	scan_memory(S.pid, marker, &sc);
	cr_expect_gt(sc.hits, 0,
		     "the server (pid %d) does not hold the marker: the scan of %llu bytes from "
		     "%d mappings found nothing, so not finding it in an init proves nothing",
		     (int)S.pid, sc.read, sc.mappings);
}

/* ---- finding a sandbox's init ---- */

static bool cmdline_is(const char *cmdline, void *want)
{
	/* NULs became spaces: "sleep 30.123 " */
	size_t n = strlen(want);
	return strncmp(cmdline, want, n) == 0 && (cmdline[n] == ' ' || cmdline[n] == '\0');
}

/* A field of /proc/PID/status ("PPid:", "NSpid:"), the rest of its line. */
static bool status_field(pid_t pid, const char *field, char *out, size_t len)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/status", (int)pid);
	char *s = slurp(path);
	if (!s)
		return false;
	bool ok = false;
	for (char *l = s; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL)
		if (strncmp(l, field, strlen(field)) == 0) {
			const char *v = l + strlen(field);
			while (*v == ' ' || *v == '\t')
				v++;
			snprintf(out, len, "%.*s", (int)strcspn(v, "\n"), v);
			ok = true;
			break;
		}
	free(s);
	return ok;
}

/* Whether pid is pid 1 of a pid namespace below the host's. */
static bool is_sandbox_init(pid_t pid)
{
	char nspid[128] = "";
	if (!status_field(pid, "NSpid:", nspid, sizeof(nspid)))
		return false;
	const char *last = strrchr(nspid, '\t');
	return last && strcmp(last + 1, "1") == 0;
}

static void expect_named_init(pid_t pid)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/comm", (int)pid);
	char *c = slurp(path);
	cr_expect(c && strcmp(c, "airlock-init\n") == 0, "the sandbox's pid 1 is named %s",
		  c ? c : "(gone)");
	free(c);
}

/* The host pid of the sandbox init above the process whose command line is
 * cmd (waited for): its parent, or the parent's parent. */
static pid_t init_above(const char *cmd)
{
	pid_t pid = 0;
	double deadline = atof(test_seconds(10));
	for (double waited = 0; find_host_processes(cmdline_is, (void *)cmd, &pid, 1) < 1;
	     waited += 0.05) {
		cr_assert(waited < deadline, "no process `%s` on the host", cmd);
		usleep(50000);
	}
	pid_t p = pid;
	for (int up = 0; up < 4; up++) {
		char ppid[32];
		cr_assert(status_field(p, "PPid:", ppid, sizeof(ppid)), "pid %d is gone", (int)p);
		p = (pid_t)atoi(ppid);
		cr_assert_gt(p, 1, "`%s` (pid %d) has no sandbox init above it", cmd, (int)pid);
		if (is_sandbox_init(p)) {
			expect_named_init(p);
			return p;
		}
	}
	cr_assert_fail("`%s` (pid %d) has no sandbox init (pid 1 of its namespace) above it", cmd,
		       (int)pid);
	return 0;
}

/* ---- runs that leave the marker in the server ---- */

/* A bash or python run whose code, stdin and env carry marker (each with a
 * suffix of its own) and which prints all three; asserts it ran ok and
 * returns its start ("warm", "cold"). */
static void run_with_marker(const char *lang, const char *marker, char *start, size_t len)
{
	char code[512], extra[512];
	struct reply r;

	if (strcmp(lang, "python") == 0)
		snprintf(code, sizeof(code),
			 "import os, sys\nm = '%s-code'\nprint(m, os.environ['MARK_VALUE'], "
			 "sys.stdin.read())\n",
			 marker);
	else
		snprintf(code, sizeof(code), "m='%s-code'\necho \"$m $MARK_VALUE $(cat)\"\n",
			 marker);
	snprintf(extra, sizeof(extra),
		 "{\"stdin\":\"%s-stdin\",\"env\":{\"MARK_VALUE\":\"%s-env\"}}", marker, marker);
	submit(&S, S.user, lang, code, extra, &r);
	cr_assert_eq(r.status, 201, "%ld %s", r.status, r.body);
	cr_assert_str_eq(jstr(r.json, "status"), "ok", "%s", r.body);
	cr_assert(strstr(jstr(r.json, "stdout"), marker), "the run printed its marker: %s", r.body);
	snprintf(start, len, "%s", jstr(r.json, "start"));
	reply_free(&r);
}

/* Python runs with marker until one starts warm (the template takes a
 * moment to start). */
static void run_until_warm(const char *marker)
{
	char start[16];
	double deadline = atof(test_seconds(10));
	for (double waited = 0;; waited += 0.1) {
		run_with_marker("python", marker, start, sizeof(start));
		if (strcmp(start, "warm") == 0)
			return;
		cr_assert(waited < deadline, "no python run started warm");
		usleep(100000);
	}
}

/* Runs B (in lang, which execs `sleep 30.N`; not waited for), scans the
 * init of its sandbox for marker, cancels B; fails saying where the marker
 * was. */
static void expect_run_init_clean(const char *lang, const char *marker, const char *after_what)
{
	char sleep_cmd[64], code[160], path[128];
	struct reply r, g;
	struct scan sc;

	make_sleep(sleep_cmd, sizeof(sleep_cmd));
	if (strcmp(lang, "python") == 0)
		snprintf(code, sizeof(code), "import os\nos.execvp('sleep', '%s'.split())\n",
			 sleep_cmd);
	else
		snprintf(code, sizeof(code), "exec %s", sleep_cmd);
	submit(&S, S.user, lang, code, "{\"wait\":false}", &r);
	cr_assert_eq(r.status, 202, "%ld %s", r.status, r.body);
	snprintf(path, sizeof(path), "/v1/executions/%s", jstr(r.json, "id"));
	reply_free(&r);

	pid_t init = init_above(sleep_cmd);
	scan_memory(init, marker, &sc);

	http(&S, "DELETE", path, S.user, NULL, NULL, &g);
	cr_expect_eq(g.status, 200, "cancel: %ld %s", g.status, g.body);
	/* (python started warm, from the template; bash has none) */
	cr_expect_str_eq(jstr(g.json, "start"), strcmp(lang, "python") == 0 ? "warm" : "cold", "%s",
			 g.body);
	reply_free(&g);

	cr_assert_gt(sc.mappings, 0, "no mapping of pid %d could be read", (int)init);
	cr_assert_gt(sc.read, 0, "nothing of pid %d could be read", (int)init);
	expect_server_holds(marker);
	cr_assert_eq(sc.hits, 0,
		     "the init (host pid %d) of a %s run started after %s holds the "
		     "other run's marker: %s",
		     (int)init, lang, after_what, describe(&sc));
	cr_expect(!sc.cut, "only the first %llu bytes of the init's memory were read", SCAN_LIMIT);
	cr_expect_eq(wait_host_processes(sleep_cmd, 0, 10), 0, "the cancelled run is gone");
}

/* Starts `sleep 30.N` in the background in sandbox id (its init adopts
 * it), finds that init on the host and scans its memory for marker. */
static void scan_box_init(const char *id, const char *marker, struct scan *sc, char *sleep_cmd,
			  size_t len, pid_t *init)
{
	char cmd[128];

	make_sleep(sleep_cmd, len);
	snprintf(cmd, sizeof(cmd), "%s >/dev/null 2>&1 </dev/null &", sleep_cmd);
	json_t *r = sb_exec(&S, S.user, id, cmd, NULL);
	cr_assert_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	json_decref(r);
	*init = init_above(sleep_cmd);
	scan_memory(*init, marker, sc);
}

/* Deletes sandbox id. */
static void delete_box(const char *id)
{
	char path[128];
	struct reply d;

	snprintf(path, sizeof(path), "/v1/sandboxes/%s", id);
	http(&S, "DELETE", path, S.user, NULL, NULL, &d);
	cr_expect(d.status == 200 || d.status == 204, "delete: %ld %s", d.status, d.body);
	reply_free(&d);
}

/* The scan of a deleted sandbox's init found nothing, and it is gone. */
static void expect_box_init_clean(const struct scan *sc, pid_t init, const char *marker,
				  const char *sleep_cmd, const char *after_what)
{
	cr_assert_gt(sc->read, 0, "nothing of pid %d could be read", (int)init);
	expect_server_holds(marker);
	cr_assert_eq(sc->hits, 0,
		     "the init (host pid %d) of a sandbox created after %s holds its marker: %s",
		     (int)init, after_what, describe(sc));
	cr_expect(!sc->cut, "only the first %llu bytes of the init's memory were read", SCAN_LIMIT);
	cr_expect_eq(wait_host_processes(sleep_cmd, 0, 10), 0, "the deleted sandbox is gone");
}

/* ---- tests ---- */

Test(clean_init, a_cold_runs_init_holds_nothing_of_an_earlier_bash_run)
{
	char marker[64], start[16];

	need_root();
	make_marker(marker, sizeof(marker));
	srv_start(&S, config(), NULL);
	run_with_marker("bash", marker, start, sizeof(start));
	cr_assert_str_eq(start, "cold");
	expect_run_init_clean("bash", marker, "a bash run (cold)");
}

Test(clean_init, a_cold_runs_init_holds_nothing_of_an_earlier_warm_python_run)
{
	char marker[64];

	need_root();
	make_marker(marker, sizeof(marker));
	srv_start(&S, config(), NULL);
	run_until_warm(marker);
	expect_run_init_clean("bash", marker, "a python run (warm)");
}

/* A warm run's init is a clone of the language's template, an exec'd
 * process that maps each plan only to hand it over: nothing of an earlier
 * run stays in it. */
Test(clean_init, a_warm_runs_init_holds_nothing_of_an_earlier_warm_run)
{
	char marker[64], start[16];

	need_root();
	make_marker(marker, sizeof(marker));
	srv_start(&S, config(), NULL);
	run_until_warm(marker);
	run_with_marker("python", marker, start, sizeof(start));
	expect_run_init_clean("python", marker, "two python runs (warm)");
}

Test(clean_init, a_live_sandboxes_init_holds_nothing_of_an_earlier_run)
{
	char marker[64], start[16], id[64], sleep_cmd[64];
	struct scan sc;

	need_root();
	make_marker(marker, sizeof(marker));
	srv_start(&S, config(), NULL);
	run_with_marker("bash", marker, start, sizeof(start));
	run_with_marker("python", marker, start, sizeof(start));

	json_decref(sb_create(&S, S.user, NULL, id));
	pid_t init;
	scan_box_init(id, marker, &sc, sleep_cmd, sizeof(sleep_cmd), &init);

	delete_box(id);
	expect_box_init_clean(&sc, init, marker, sleep_cmd, "a bash and a python run");
}

Test(clean_init, a_live_sandboxes_init_holds_nothing_of_another_sandboxes_command)
{
	char marker[64], id1[64], id2[64], sleep_cmd[64], cmd[256], extra[256];
	struct scan sc;

	need_root();
	make_marker(marker, sizeof(marker));
	srv_start(&S, config(), NULL);

	json_decref(sb_create(&S, S.user, NULL, id1));
	snprintf(cmd, sizeof(cmd), "m='%s-command'; echo \"$m $MARK_VALUE $(cat)\"", marker);
	snprintf(extra, sizeof(extra),
		 "{\"stdin\":\"%s-stdin\",\"env\":{\"MARK_VALUE\":\"%s-env\"}}", marker, marker);
	json_t *r = sb_exec(&S, S.user, id1, cmd, extra);
	cr_assert_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	cr_assert(strstr(jstr(r, "stdout"), marker), "%s", jstr(r, "stdout"));
	json_decref(r);

	json_decref(sb_create(&S, S.user, NULL, id2));
	pid_t init;
	scan_box_init(id2, marker, &sc, sleep_cmd, sizeof(sleep_cmd), &init);

	delete_box(id1);
	delete_box(id2);
	expect_box_init_clean(&sc, init, marker, sleep_cmd, "another sandbox's command");
}
