/*
 * Live boxes through the engine's API (engine/box.h): `box_lib N` creates a
 * box, runs N commands in it and prints, in ms: the creation, the median
 * and p90 of `echo hi` (bash -lc), of `/bin/true` by argv (no shell), of
 * a 64 KiB file written and read back through the files API, of a
 * `1+1` cell in a Python code context, the PSS of the box idle and with
 * that context; then the
 * median of `bash -c 'echo hi'` started as a bare process on the host (the
 * baseline: what the same command costs without a box).
 */
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common/util.h"
#include "engine/box.h"

extern char **environ;

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static void report(const char *what, double *v, int n)
{
	qsort(v, (size_t)n, sizeof(*v), cmp);
	printf("%s p50 %.2f p90 %.2f\n", what, v[n / 2], v[n * 9 / 10]);
}

static double now_ms(void)
{
	return (double)monotonic_ns() / 1e6;
}

static int run(struct box *b, const char *cmd, const char *const *argv, size_t nargv)
{
	struct box_exec x;
	struct step_result r;
	err_t err;

	memset(&x, 0, sizeof(x));
	x.command = cmd;
	x.argv = argv;
	x.nargv = nargv;
	x.cancel_fd = -1;
	limits_default(&x.limits);
	if (box_exec(b, &x, &r, &err) < 0 || r.status != STATUS_OK) {
		fprintf(stderr, "box_lib: %s failed: %s\n", cmd ? cmd : argv[0], err.msg);
		exit(1);
	}
	buf_free(&r.out);
	buf_free(&r.err);
	return 0;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 200;
	struct engine *e;
	struct box *b;
	struct box_spec spec;
	err_t err;
	double *v = calloc((size_t)n, sizeof(double));
	static char data[65536];

	if (n < 10 || engine_new(NULL, &e, &err) < 0) {
		fprintf(stderr, "box_lib: %s\n", n < 10 ? "N must be at least 10" : err.msg);
		return 2;
	}
	memset(&spec, 0, sizeof(spec));
	limits_default(&spec.limits);
	spec.id = "bench";
	double t0 = now_ms();
	if (box_create(e, &spec, &b, &err) < 0) {
		fprintf(stderr, "box_lib: %s\n", err.msg);
		return 1;
	}
	printf("create %.2f\n", now_ms() - t0);
	for (int i = 0; i < n; i++) {
		t0 = now_ms();
		run(b, "echo hi", NULL, 0);
		v[i] = now_ms() - t0;
	}
	report("exec_echo", v, n);
	static const char *const truth[] = {"/bin/true"};
	for (int i = 0; i < n; i++) {
		t0 = now_ms();
		run(b, NULL, truth, 1);
		v[i] = now_ms() - t0;
	}
	report("exec_true", v, n);
	for (int i = 0; i < n; i++) {
		struct buf got = {0};
		t0 = now_ms();
		if (box_file_write(b, "f.bin", data, sizeof(data), &err) < 0 ||
		    box_file_read(b, "f.bin", sizeof(data), &got, &err) < 0) {
			fprintf(stderr, "box_lib: files: %s\n", err.msg);
			return 1;
		}
		v[i] = now_ms() - t0;
		buf_free(&got);
	}
	report("file_64k", v, n);
	/* an idle box, then with a Python code context */
	uint64_t kb;
	unsigned nprocs;
	if (box_pss(b, &kb, &nprocs, &err) == 0)
		printf("idle_pss_kb %llu (%u processes)\n", (unsigned long long)kb, nprocs);
	struct box_context *ctx;
	struct box_cell cell;
	struct limits cl;
	limits_default(&cl);
	limits_finish(&cl);
	t0 = now_ms();
	if (box_context_start(b, "python", NULL, &ctx, &err) < 0) {
		fprintf(stderr, "box_lib: context: %s\n", err.msg);
		return 1;
	}
	printf("context_start %.2f\n", now_ms() - t0);
	for (int i = 0; i < n; i++) {
		t0 = now_ms();
		if (box_context_run(ctx, "1+1", NULL, &cl, NULL, NULL, &cell, &err) < 0) {
			fprintf(stderr, "box_lib: cell: %s\n", err.msg);
			return 1;
		}
		v[i] = now_ms() - t0;
		const char *two = json_string_value(json_object_get(
		    json_object_get(json_array_get(cell.outputs, 0), "data"), "text/plain"));
		if (cell.status != STATUS_OK || two == NULL || strcmp(two, "2") != 0) {
			fprintf(stderr, "box_lib: the cell 1+1 did not return 2\n");
			return 1;
		}
		box_cell_free(&cell);
	}
	report("run_code", v, n);
	if (box_pss(b, &kb, &nprocs, &err) == 0)
		printf("context_pss_kb %llu (%u processes)\n", (unsigned long long)kb, nprocs);
	box_context_free(ctx);
	t0 = now_ms();
	box_destroy(b);
	printf("destroy %.2f\n", now_ms() - t0);
	for (int i = 0; i < n; i++) {
		static char a0[] = "bash", a1[] = "-c", a2[] = "echo hi > /dev/null";
		char *const args[] = {a0, a1, a2, NULL};
		pid_t pid;
		int st;
		t0 = now_ms();
		if (posix_spawn(&pid, "/bin/bash", NULL, NULL, args, environ) != 0)
			return 1;
		waitpid(pid, &st, 0);
		v[i] = now_ms() - t0;
	}
	report("bare_bash_echo", v, n);
	engine_free(e);
	free(v);
	return 0;
}
