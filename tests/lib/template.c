#include "lib/template.h"

#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "lib/harness.h"

static struct {
	pid_t pid;
	int parent_w; /* its --parent-fd's other end: closed, the template ends */
	char dir[64];
	char secret[33];
	const char *cgroup_parent; /* its --cgroup-parent, or NULL */
} tmpl = {.pid = -1, .parent_w = -1};

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* airlock-warm-LANG in airlock_bin()'s directory. */
void template_bin(const char *lang, char *buf, size_t size)
{
	const char *bin = airlock_bin(), *slash = strrchr(bin, '/');
	if (slash == NULL)
		snprintf(buf, size, "./airlock-warm-%s", lang);
	else
		snprintf(buf, size, "%.*s/airlock-warm-%s", (int)(slash - bin), bin, lang);
}

static void make_secret(void)
{
	unsigned char raw[16];
	int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
	cr_assert(fd >= 0 && read(fd, raw, sizeof(raw)) == (ssize_t)sizeof(raw),
		  "cannot read /dev/urandom");
	close(fd);
	for (size_t i = 0; i < sizeof(raw); i++)
		snprintf(tmpl.secret + 2 * i, 3, "%02x", raw[i]);
}

/* The template's stderr so far, at most size - 1 bytes of it. */
static const char *log_text(char *buf, size_t size)
{
	char path[128];
	snprintf(path, sizeof(path), "%s/template.log", tmpl.dir);
	char *s = slurp(path);
	snprintf(buf, size, "%s", s ? s : "");
	free(s);
	return buf;
}

_Noreturn static void exec_template(const char *bin, const char *sock, int parent_r)
{
	char log[128];
	int null = open("/dev/null", O_RDWR);

	snprintf(log, sizeof(log), "%s/template.log", tmpl.dir);
	int err = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (null < 0 || err < 0 || dup2(null, 0) < 0 || dup2(null, 1) < 0 || dup2(err, 2) < 0)
		_exit(126);
	/* fd 3 without FD_CLOEXEC: dup2 onto itself would keep the flag */
	if (parent_r == 3 ? fcntl(3, F_SETFD, 0) < 0 : dup2(parent_r, 3) < 0)
		_exit(126);
	/* as `nohup cmd &` in a script starts it */
	signal(SIGHUP, SIG_IGN);
	signal(SIGINT, SIG_IGN);
	signal(SIGQUIT, SIG_IGN);
	setenv("AIRLOCK_TEST_TEMPLATE_SECRET", tmpl.secret, 1);
	if (tmpl.cgroup_parent)
		execl(bin, bin, "--listen", sock, "--parent-fd", "3", "--cgroup-parent",
		      tmpl.cgroup_parent, (char *)NULL);
	else
		execl(bin, bin, "--listen", sock, "--parent-fd", "3", (char *)NULL);
	_exit(127);
}

pid_t template_start(char *sock_out, size_t size)
{
	return template_start_lang("python", sock_out, size);
}

pid_t template_start_in(const char *cgroup_parent, char *sock_out, size_t size)
{
	tmpl.cgroup_parent = cgroup_parent;
	pid_t pid = template_start_lang("python", sock_out, size);
	tmpl.cgroup_parent = NULL;
	return pid;
}

pid_t template_start_lang(const char *lang, char *sock_out, size_t size)
{
	char bin[PATH_MAX], sock[108];
	int p[2];
	struct stat st;

	cr_assert_eq(tmpl.pid, -1, "a template already runs");
	template_bin(lang, bin, sizeof(bin));
	cr_assert_eq(access(bin, X_OK), 0, "%s: %s (make all builds it)", bin, strerror(errno));
	snprintf(tmpl.dir, sizeof(tmpl.dir), "/tmp/airlock-warm-test.XXXXXX");
	cr_assert_not_null(mkdtemp(tmpl.dir), "mkdtemp: %s", strerror(errno));
	snprintf(sock, sizeof(sock), "%s/warm-%s.sock", tmpl.dir, lang);
	cr_assert_lt(strlen(sock), size, "no room for the socket's path");
	make_secret();
	cr_assert_eq(pipe2(p, O_CLOEXEC), 0, "pipe: %s", strerror(errno));
	fflush(NULL);
	tmpl.pid = fork();
	cr_assert_geq(tmpl.pid, 0, "fork: %s", strerror(errno));
	if (tmpl.pid == 0)
		exec_template(bin, sock, p[0]);
	close(p[0]);
	tmpl.parent_w = p[1];
	/* the path appears once the template listens */
	double deadline = now_s() + 10 * test_slowness();
	while (lstat(sock, &st) < 0 || !S_ISSOCK(st.st_mode)) {
		int status;
		char log[2048];
		if (waitpid(tmpl.pid, &status, WNOHANG) == tmpl.pid) {
			log_text(log, sizeof(log));
			tmpl.pid = -1;
			template_stop();
			/* a node other than the one airlock was built for (the
			 * cgroup v2 VM's Debian node 18 against node 20's headers):
			 * no warm node there, and the template says so in one line
			 * (docs/warm.md) */
			if (strstr(log, "not the one airlock was built for"))
				cr_skip_test("no warm %s here: %s", lang, log);
			cr_assert_fail("the template ended (status 0x%x) before it listened: %s",
				       status, log);
		}
		if (now_s() > deadline) {
			log_text(log, sizeof(log));
			template_stop();
			cr_assert_fail("the template did not listen within %s s: %s",
				       test_seconds(10), log);
		}
		usleep(5000);
	}
	snprintf(sock_out, size, "%s", sock);
	return tmpl.pid;
}

pid_t template_pid(void)
{
	return tmpl.pid;
}

const char *template_secret(void)
{
	return tmpl.secret;
}

static void remove_dir(void)
{
	DIR *d = opendir(tmpl.dir);
	struct dirent *de;

	while (d && (de = readdir(d)) != NULL) {
		char path[512];
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s", tmpl.dir, de->d_name);
		if (unlink(path) < 0)
			cr_log_warn("cannot remove %s: %s", path, strerror(errno));
	}
	if (d)
		closedir(d);
	if (rmdir(tmpl.dir) < 0)
		cr_log_warn("cannot remove %s: %s", tmpl.dir, strerror(errno));
	tmpl.dir[0] = '\0';
}

void template_stop(void)
{
	if (tmpl.pid > 0) {
		double deadline = now_s() + 5 * test_slowness();
		int status;
		kill(tmpl.pid, SIGTERM);
		while (waitpid(tmpl.pid, &status, WNOHANG) == 0) {
			if (now_s() > deadline) {
				cr_log_warn("the template ignored SIGTERM: killed");
				kill(tmpl.pid, SIGKILL);
				waitpid(tmpl.pid, &status, 0);
				break;
			}
			usleep(5000);
		}
		tmpl.pid = -1;
	}
	if (tmpl.parent_w >= 0) {
		close(tmpl.parent_w);
		tmpl.parent_w = -1;
	}
	if (tmpl.dir[0]) {
		char log[2048];
		if (log_text(log, sizeof(log))[0])
			cr_log_info("the template said: %s", log);
		remove_dir();
	}
}

/* `airlock run --json [--template SOCK] ARGS...`: the result. */
json_t *template_run_json(const char *sock, const char *const args[])
{
	const char *argv[48] = {airlock_bin(), "run", "--json"};
	int n = 3;
	struct proc_out o;

	if (sock) {
		argv[n++] = "--template";
		argv[n++] = sock;
	} else {
		/* the cold half of a comparison, under emulation too (a warm
		 * run keeps the default, so that it takes a ready sandbox); args
		 * may still set their own */
		argv[n++] = "-t";
		argv[n++] = test_seconds(10);
	}
	for (int i = 0; args[i] && n < 47; i++)
		argv[n++] = args[i];
	argv[n] = NULL;
	run_cmd(argv, NULL, 60, &o);
	cr_assert_eq(o.status, 0, "airlock exited %d: %s", o.status, o.err);
	json_t *r = json_loads(o.out, 0, NULL);
	cr_assert_not_null(r, "not JSON: %s", o.out);
	proc_out_free(&o);
	return r;
}
