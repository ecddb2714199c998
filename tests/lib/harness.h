/*
 * Test harness: run the real airlock binary and look at what it did.
 *
 * AIRLOCK_BIN names the binary (default build/airlock); tests that run as
 * an unprivileged user get a copy in a directory that user can reach.
 */
#ifndef AIRLOCK_TEST_HARNESS_H
#define AIRLOCK_TEST_HARNESS_H

#include <jansson.h>
#include <stdbool.h>
#include <sys/types.h>
#include <stddef.h>

struct proc_out {
	int status; /* exit status (0-255), or 128+signal */
	int pid;    /* of the process that ran */
	char *out;  /* NUL-terminated */
	size_t out_len;
	char *err;
	size_t err_len;
};

const char *airlock_bin(void);
/* Where hostile programs live (tests/adversarial/progs). */
const char *progs_dir(void);
bool running_as_root(void);

/* How many times slower than a real machine this one runs: AIRLOCK_TEST_SLOW
 * (default 1; the cgroup v2 VM sets it under software emulation). Scaled by
 * it: run_cmd's timeout, waits for something to happen, and the limits that
 * only bound a test (what it checks holds for any limit). */
double test_slowness(void);
/* seconds * test_slowness() as an argument ("-t", test_seconds(0.5)); the
 * string stays valid for the next 7 calls. */
const char *test_seconds(double seconds);
/* Waits up to seconds * test_slowness() for count_host_processes(marker) to
 * be want; returns the last count. */
int wait_host_processes(const char *marker, int want, double seconds);

/* Runs argv (no shell) with stdin_data on its standard input (NULL: none),
 * collects both streams; kills it after timeout_s * test_slowness(). Returns
 * o->status. */
int run_cmd(const char *const argv[], const char *stdin_data, double timeout_s, struct proc_out *o);
void proc_out_free(struct proc_out *o);

/* `airlock run --json -l LANG -c CODE EXTRA...`; asserts exit 0 and valid
 * JSON, returns the result object (json_decref it). */
json_t *run_json(const char *lang, const char *code, const char *const extra[]);
/* Same, with the program read from progs_dir()/NAME. */
json_t *run_prog_json(const char *name, const char *const extra[]);

const char *jstr(json_t *o, const char *key);
long long jint(json_t *o, const char *key);  /* -1 for null */
long long jtime(json_t *o, const char *key); /* time.<key> */
bool jbool(json_t *o, const char *key);

/* Prints the result when a test is about to fail (criterion hides it). */
void dump_result(json_t *o);
/* The lines of s that begin with prefix, each with its newline (free it). */
char *lines_with(const char *s, const char *prefix);
/* A run of a probing program ended well ("ok", its stdout ending with
 * "done\n") and printed no line starting "FOUND" (criterion expects). */
void expect_clean(json_t *r, const char *what);

/* How many host processes have marker in their command line, not counting
 * airlock itself (whose arguments may carry the marker). */
int count_host_processes(const char *marker);
/* The host processes whose command line (NULs as spaces) match accepts:
 * how many, and the first max pids of them in out (may be NULL). */
int find_host_processes(bool (*match)(const char *cmdline, void *ctx), void *ctx, pid_t *out,
			int max);

/* The directories of airlock's cgroup parent: one per controller on v1
 * (memory, pids, cpuacct), one unified one on v2; how many. */
int cgroup_parent_dirs(const char *parent, char dir[3][256]);
/* Starts `airlock run --cgroup-parent P -w 60 ARGS...` (a program that runs
 * until it is stopped), waits for want processes in its run's cgroup, and
 * expects every controller's run cgroup to hold the same want processes,
 * all of the sandbox's pid namespace, airlock not among them; then stops
 * it (SIGTERM) and expects nothing of the run left. Root only (rootless
 * runs have no cgroup): a no-op otherwise. */
void expect_run_cgroup_holds_the_sandbox(const char *const args[], int want);
/* The same under the parent given, which it leaves in place; the run's
 * cgroup's name in found (run-*, or on v2 the ready sandbox's the run took,
 * ready-*). */
void expect_run_cgroup_holds_the_sandbox_under(const char *parent, const char *const args[],
					       int want, char found[64]);

/* Reads a whole file; NULL if missing. */
char *slurp(const char *path);

#endif
