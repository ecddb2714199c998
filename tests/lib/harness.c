#include "lib/harness.h"

#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

const char *airlock_bin(void)
{
	const char *b = getenv("AIRLOCK_BIN");
	return b && *b ? b : "build/airlock";
}

const char *progs_dir(void)
{
	const char *d = getenv("AIRLOCK_PROGS");
	return d && *d ? d : "tests/adversarial/progs";
}

bool running_as_root(void)
{
	return geteuid() == 0;
}

static void append(char **buf, size_t *len, const char *data, size_t n)
{
	*buf = realloc(*buf, *len + n + 1);
	memcpy(*buf + *len, data, n);
	*len += n;
	(*buf)[*len] = '\0';
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

double test_slowness(void)
{
	const char *s = getenv("AIRLOCK_TEST_SLOW");
	double f = s && *s ? strtod(s, NULL) : 1;
	return f >= 1 ? f : 1;
}

const char *test_seconds(double seconds)
{
	static char bufs[8][32];
	static int next;
	char *b = bufs[next++ % 8];
	snprintf(b, sizeof(bufs[0]), "%g", seconds * test_slowness());
	return b;
}

int wait_host_processes(const char *marker, int want, double seconds)
{
	double deadline = now_s() + seconds * test_slowness();
	int n;
	while ((n = count_host_processes(marker)) != want && now_s() < deadline)
		usleep(20000);
	return n;
}

int run_cmd(const char *const argv[], const char *stdin_data, double timeout_s, struct proc_out *o)
{
	int in[2], out[2], err[2], status = 0;
	pid_t pid;
	size_t in_off = 0, in_len = stdin_data ? strlen(stdin_data) : 0;
	double deadline = now_s() + timeout_s * test_slowness();

	memset(o, 0, sizeof(*o));
	append(&o->out, &o->out_len, "", 0);
	append(&o->err, &o->err_len, "", 0);
	if (pipe2(in, O_CLOEXEC) < 0 || pipe2(out, O_CLOEXEC) < 0 || pipe2(err, O_CLOEXEC) < 0)
		cr_assert_fail("pipe: %s", strerror(errno));
	pid = fork();
	if (pid == 0) {
		dup2(in[0], 0);
		dup2(out[1], 1);
		dup2(err[1], 2);
		execv(argv[0], (char *const *)argv);
		_exit(127);
	}
	o->pid = pid;
	close(in[0]);
	close(out[1]);
	close(err[1]);
	if (in_len == 0) {
		close(in[1]);
		in[1] = -1;
	} else {
		fcntl(in[1], F_SETFL, O_NONBLOCK);
	}
	signal(SIGPIPE, SIG_IGN);
	int fds[2] = {out[0], err[0]};
	while (fds[0] >= 0 || fds[1] >= 0) {
		struct pollfd p[3];
		int n = 0;
		for (int i = 0; i < 2; i++)
			p[n++] = (struct pollfd){fds[i], POLLIN, 0};
		p[n++] = (struct pollfd){in[1], POLLOUT, 0};
		double left = deadline - now_s();
		if (left <= 0) {
			kill(pid, SIGKILL);
			break;
		}
		if (poll(p, (nfds_t)n, (int)(left * 1000) + 1) < 0 && errno != EINTR)
			break;
		for (int i = 0; i < 2; i++) {
			if (fds[i] < 0 || !p[i].revents)
				continue;
			char chunk[65536];
			ssize_t r = read(fds[i], chunk, sizeof(chunk));
			if (r <= 0) {
				close(fds[i]);
				fds[i] = -1;
			} else if (i == 0) {
				append(&o->out, &o->out_len, chunk, (size_t)r);
			} else {
				append(&o->err, &o->err_len, chunk, (size_t)r);
			}
		}
		if (in[1] >= 0 && p[2].revents) {
			ssize_t w = write(in[1], stdin_data + in_off, in_len - in_off);
			if (w > 0)
				in_off += (size_t)w;
			if (w < 0 || in_off == in_len) {
				close(in[1]);
				in[1] = -1;
			}
		}
	}
	for (int i = 0; i < 2; i++)
		if (fds[i] >= 0)
			close(fds[i]);
	if (in[1] >= 0)
		close(in[1]);
	waitpid(pid, &status, 0);
	o->status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	return o->status;
}

void proc_out_free(struct proc_out *o)
{
	free(o->out);
	free(o->err);
	memset(o, 0, sizeof(*o));
}

static json_t *run_json_argv(const char **argv)
{
	struct proc_out o;
	json_error_t jerr;
	json_t *res;

	run_cmd(argv, NULL, 120, &o);
	if (o.status != 0)
		cr_log_error("airlock exited %d; stderr: %s", o.status, o.err);
	cr_assert_eq(o.status, 0, "airlock run --json must exit 0 with a result");
	res = json_loads(o.out, 0, &jerr);
	cr_assert_not_null(res, "stdout is not one JSON object: %s (%.200s)", jerr.text, o.out);
	proc_out_free(&o);
	return res;
}

json_t *run_json(const char *lang, const char *code, const char *const extra[])
{
	const char *argv[64] = {airlock_bin(), "run", "--json", "-l", lang, "-c", code};
	int n = 7;
	for (int i = 0; extra && extra[i] && n < 62; i++)
		argv[n++] = extra[i];
	argv[n] = NULL;
	return run_json_argv(argv);
}

json_t *run_prog_json(const char *name, const char *const extra[])
{
	char path[4096];
	const char *argv[64] = {airlock_bin(), "run", "--json"};
	int n = 3;
	snprintf(path, sizeof(path), "%s/%s", progs_dir(), name);
	for (int i = 0; extra && extra[i] && n < 61; i++)
		argv[n++] = extra[i];
	argv[n++] = path;
	argv[n] = NULL;
	return run_json_argv(argv);
}

const char *jstr(json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));
	return s ? s : "";
}

long long jint(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	return json_is_integer(v) ? (long long)json_integer_value(v) : -1;
}

long long jtime(json_t *o, const char *key)
{
	return jint(json_object_get(o, "time"), key);
}

bool jbool(json_t *o, const char *key)
{
	return json_is_true(json_object_get(o, key));
}

void dump_result(json_t *o)
{
	char *s = json_dumps(o, JSON_INDENT(1));
	cr_log_info("%s", s ? s : "(null)");
	free(s);
}

char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0;
	char chunk[4096];
	size_t n;

	if (f == NULL)
		return NULL;
	append(&buf, &len, "", 0);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		append(&buf, &len, chunk, n);
	fclose(f);
	return buf;
}

int find_host_processes(bool (*match)(const char *cmdline, void *ctx), void *ctx, pid_t *out,
			int max)
{
	DIR *d = opendir("/proc");
	struct dirent *de;
	int n = 0;

	while (d && (de = readdir(d))) {
		char path[300], buf[4096];
		if (de->d_name[0] < '0' || de->d_name[0] > '9')
			continue;
		snprintf(path, sizeof(path), "/proc/%s/cmdline", de->d_name);
		FILE *f = fopen(path, "r");
		if (!f)
			continue;
		size_t len = fread(buf, 1, sizeof(buf) - 1, f);
		fclose(f);
		for (size_t i = 0; i < len; i++)
			if (buf[i] == '\0')
				buf[i] = ' ';
		buf[len] = '\0';
		if (!match(buf, ctx))
			continue;
		if (out && n < max)
			out[n] = (pid_t)atoi(de->d_name);
		n++;
	}
	if (d)
		closedir(d);
	return n;
}

static bool marker_not_airlock(const char *cmdline, void *marker)
{
	return strstr(cmdline, marker) && !strstr(cmdline, "airlock");
}

int count_host_processes(const char *marker)
{
	return find_host_processes(marker_not_airlock, (void *)marker, NULL, 0);
}

/* The lines of s that begin with prefix, each with its newline. */
char *lines_with(const char *s, const char *prefix)
{
	size_t cap = strlen(s) + 1, len = 0, plen = strlen(prefix);
	char *out = calloc(1, cap);
	for (const char *l = s; *l;) {
		const char *nl = strchr(l, '\n');
		size_t n = nl ? (size_t)(nl - l) + 1 : strlen(l);
		if (strncmp(l, prefix, plen) == 0) {
			memcpy(out + len, l, n);
			len += n;
		}
		l += n;
	}
	out[len] = '\0';
	return out;
}

/* A run of a program that speaks the protocol above ended well, and
 * found nothing. */
void expect_clean(json_t *r, const char *what)
{
	const char *out = jstr(r, "stdout");
	size_t len = strlen(out);
	char *found = lines_with(out, "FOUND");

	if (strcmp(jstr(r, "status"), "ok") != 0 || len < 5 || strcmp(out + len - 5, "done\n") != 0)
		dump_result(r);
	cr_expect_str_eq(jstr(r, "status"), "ok", "%s: %s", what, jstr(r, "stderr"));
	cr_expect(len >= 5 && strcmp(out + len - 5, "done\n") == 0, "%s did not finish: %s", what,
		  out);
	cr_expect_str_empty(found, "%s found what it must not:\n%s", what, found);
	free(found);
}

int cgroup_parent_dirs(const char *parent, char dir[3][256])
{
	static const char *const ctl[] = {"memory", "pids", "cpuacct"};
	bool v2 = access("/sys/fs/cgroup/cgroup.controllers", F_OK) == 0;

	for (int i = 0; i < (v2 ? 1 : 3); i++) {
		if (v2)
			snprintf(dir[i], 256, "/sys/fs/cgroup/%s", parent);
		else
			snprintf(dir[i], 256, "/sys/fs/cgroup/%s/%s", ctl[i], parent);
	}
	return v2 ? 1 : 3;
}

/* Whether the directory name under d is a run's cgroup: run-*, or on v2
 * a ready sandbox's that a run took (it has the run's limits: pids.max is
 * not "max"). */
static bool run_dir(const char *d, const char *name)
{
	char path[512], max[32] = "";

	if (strncmp(name, "run-", 4) == 0)
		return true;
	if (strncmp(name, "ready-", 6) != 0)
		return false;
	snprintf(path, sizeof(path), "%s/%s/pids.max", d, name);
	FILE *f = fopen(path, "r");
	if (f == NULL)
		return false;
	bool limited = fgets(max, sizeof(max), f) && strncmp(max, "max", 3) != 0;
	fclose(f);
	return limited;
}

/* The tasks of the run directory under the parent directory d (v1's
 * "tasks", v2's "cgroup.procs") that holds processes, sorted, into t, its
 * name into name; how many (-1: no run directory). Another may be there,
 * empty: a cgroup made for the run and kept for the next one when the
 * run took a ready sandbox's (v2). */
static int run_tasks(const char *d, bool v2, pid_t *t, int max, char name[64])
{
	char path[512];
	DIR *dir = opendir(d);
	struct dirent *de;
	int n = -1;

	while (dir && (de = readdir(dir)))
		if (run_dir(d, de->d_name)) {
			snprintf(path, sizeof(path), "%s/%s/%s", d, de->d_name,
				 v2 ? "cgroup.procs" : "tasks");
			char *text = slurp(path);
			int k = 0;
			pid_t here[32];
			for (char *p = text; p && *p && k < max && k < 32;) {
				char *end;
				long v = strtol(p, &end, 10);
				if (end == p)
					break;
				here[k++] = (pid_t)v;
				p = end + strspn(end, "\n");
			}
			free(text);
			if (k > n) {
				n = k;
				memcpy(t, here, sizeof(pid_t) * (size_t)k);
				snprintf(name, 64, "%s", de->d_name);
			}
		}
	if (dir)
		closedir(dir);
	for (int i = 1; i < n; i++) /* insertion sort: a handful */
		for (int j = i; j > 0 && t[j - 1] > t[j]; j--) {
			pid_t x = t[j];
			t[j] = t[j - 1];
			t[j - 1] = x;
		}
	return n;
}

void expect_run_cgroup_holds_the_sandbox_under(const char *parent, const char *const args[],
					       int want, char found[64])
{
	char dir[3][256], ns_self[64] = "", ns[64], path[64], name[3][64] = {"", "", ""};
	const char *argv[32] = {airlock_bin(), "run", "--cgroup-parent", parent, "-w", "60"};
	pid_t t[3][32];
	int n[3] = {0, 0, 0}, argc = 6, status;

	found[0] = '\0';
	if (!running_as_root())
		return;
	bool v2 = access("/sys/fs/cgroup/cgroup.controllers", F_OK) == 0;
	for (int i = 0; args[i] && argc < 31; i++)
		argv[argc++] = args[i];
	argv[argc] = NULL;
	pid_t pid = fork();
	cr_assert_geq(pid, 0);
	if (pid == 0) {
		int null = open("/dev/null", O_RDWR);
		dup2(null, 1);
		dup2(null, 2);
		execv(argv[0], (char *const *)argv);
		_exit(127);
	}
	int ndirs = cgroup_parent_dirs(parent, dir);
	/* the last directory made is joined last too */
	for (int i = 0; i < (int)(200 * test_slowness()); i++) {
		if (run_tasks(dir[ndirs - 1], v2, t[0], 32, name[0]) >= want)
			break;
		usleep(50000);
	}
	for (int i = 0; i < ndirs; i++)
		n[i] = run_tasks(dir[i], v2, t[i], 32, name[i]);
	snprintf(found, 64, "%s", name[0]);
	cr_expect_eq(n[0], want, "%s: %d processes in the run's cgroup, not %d", dir[0], n[0],
		     want);
	for (int i = 1; i < ndirs; i++) {
		cr_expect_eq(n[i], n[0], "%s: %d processes, %s: %d", dir[i], n[i], dir[0], n[0]);
		cr_expect(n[i] == n[0] && memcmp(t[i], t[0], sizeof(pid_t) * (size_t)n[0]) == 0,
			  "%s and %s hold other processes", dir[i], dir[0]);
	}
	(void)!readlink("/proc/self/ns/pid", ns_self, sizeof(ns_self) - 1);
	for (int k = 0; k < n[0]; k++) {
		cr_expect_neq(t[0][k], pid, "airlock itself is in its run's cgroup");
		snprintf(path, sizeof(path), "/proc/%d/ns/pid", (int)t[0][k]);
		memset(ns, 0, sizeof(ns));
		(void)!readlink(path, ns, sizeof(ns) - 1);
		cr_expect_str_neq(ns, ns_self,
				  "process %d of the run's cgroup is not the sandbox's",
				  (int)t[0][k]);
	}
	kill(pid, SIGTERM);
	cr_assert_eq(waitpid(pid, &status, 0), pid);
}

void expect_run_cgroup_holds_the_sandbox(const char *const args[], int want)
{
	static int serial;
	char parent[64], dir[3][256], found[64];

	snprintf(parent, sizeof(parent), "airlock-test-join-%d-%d", getpid(), serial++);
	expect_run_cgroup_holds_the_sandbox_under(parent, args, want, found);
	if (!running_as_root())
		return;
	for (int i = 0, ndirs = cgroup_parent_dirs(parent, dir); i < ndirs; i++)
		cr_expect_eq(rmdir(dir[i]), 0, "%s is not empty: a run cgroup was left", dir[i]);
}
