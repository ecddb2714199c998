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

/* Runs argv (no shell) with stdin_data on its standard input (NULL: none),
 * collects both streams; kills it after timeout_s. Returns o->status. */
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

/* How many host processes have marker in their command line, not counting
 * airlock itself (whose arguments may carry the marker). */
int count_host_processes(const char *marker);

/* Reads a whole file; NULL if missing. */
char *slurp(const char *path);

#endif
