/* A throwaway PostgreSQL cluster for the tests (pg_cluster.h). */
#include <criterion/criterion.h>
#include <criterion/hooks.h>
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <grp.h>
#include <libpq-fe.h>
#include <netinet/in.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pg_cluster.h"

#define ENV_DIR "AIRLOCK_TEST_PG_DIR" /* the run's directory, set by the runner */
#define USER "airlock-test"

static char bindir[256];

const char *pg_cluster_missing(void)
{
	glob_t g;

	if (getenv("AIRLOCK_TEST_PG"))
		return NULL;
	if (bindir[0])
		return NULL;
	if (glob("/usr/lib/postgresql/*/bin/pg_ctl", 0, NULL, &g) != 0) {
		globfree(&g);
		return "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/pg_ctl; "
		       "'make deps' installs Debian's postgresql)";
	}
	/* the newest: glob sorts, and versions have two digits */
	snprintf(bindir, sizeof(bindir), "%s", g.gl_pathv[g.gl_pathc - 1]);
	*strrchr(bindir, '/') = 0;
	globfree(&g);
	return NULL;
}

/* Runs argv (as USER when root), waits; the exit status, or -1. Output goes
 * to log (appended). */
static int run_as(const char *const argv[], const char *log)
{
	pid_t pid = fork();
	int status;

	if (pid < 0)
		return -1;
	if (pid == 0) {
		if (geteuid() == 0) {
			struct passwd *pw = getpwnam(USER);
			if (pw == NULL || setgroups(0, NULL) < 0 || setgid(pw->pw_gid) < 0 ||
			    setuid(pw->pw_uid) < 0)
				_exit(126);
		}
		int fd = open(log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
		if (fd >= 0) {
			dup2(fd, 1);
			dup2(fd, 2);
		}
		execv(argv[0], (char *const *)argv);
		_exit(127);
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static int free_port(void)
{
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
	socklen_t len = sizeof(a);
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), port = -1;

	if (fd >= 0 && bind(fd, (struct sockaddr *)&a, sizeof(a)) == 0 &&
	    getsockname(fd, (struct sockaddr *)&a, &len) == 0)
		port = ntohs(a.sin_port);
	if (fd >= 0)
		close(fd);
	return port;
}

static const char *run_dir(void)
{
	const char *d = getenv(ENV_DIR);
	cr_assert(d != NULL, "no " ENV_DIR ": the runner's hook did not run");
	return d;
}

static int read_port(void)
{
	char path[512];
	int port = -1;
	FILE *f;

	snprintf(path, sizeof(path), "%s/port", run_dir());
	if ((f = fopen(path, "r")) == NULL)
		return -1;
	if (fscanf(f, "%d", &port) != 1)
		port = -1;
	fclose(f);
	return port;
}

static void pg_ctl(const char *action, const char *log)
{
	char data[512], pgctl[300], opts[128];
	int port = read_port();

	snprintf(pgctl, sizeof(pgctl), "%s/pg_ctl", bindir);
	snprintf(data, sizeof(data), "%s/data", run_dir());
	snprintf(opts, sizeof(opts),
		 "-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200",
		 port, run_dir());
	if (strcmp(action, "start") == 0) {
		const char *argv[] = {pgctl, "start", "-w", "-t", "60", "-D",
				      data,  "-l",    log,  "-o", opts, NULL};
		cr_assert_eq(run_as(argv, log), 0, "pg_ctl start failed: see %s", log);
	} else {
		const char *argv[] = {pgctl, "stop", "-w", "-D", data, "-m", action, NULL};
		cr_assert_eq(run_as(argv, log), 0, "pg_ctl stop failed: see %s", log);
	}
}

/* Under the run's lock: the first caller makes the cluster. */
static int ensure_cluster(void)
{
	char path[512], log[512], data[512], initdb[300];
	int lock, port;
	FILE *f;

	cr_assert_null(pg_cluster_missing(), "%s", pg_cluster_missing());
	snprintf(path, sizeof(path), "%s/lock", run_dir());
	lock = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	cr_assert(lock >= 0 && flock(lock, LOCK_EX) == 0, "cannot lock %s", path);
	if ((port = read_port()) > 0) {
		close(lock);
		return port;
	}
	snprintf(log, sizeof(log), "%s/log", run_dir());
	snprintf(data, sizeof(data), "%s/data", run_dir());
	snprintf(initdb, sizeof(initdb), "%s/initdb", bindir);
	const char *argv[] = {initdb,	   "-D", data,	 "-U",	       "airlock", "--auth=trust",
			      "--no-sync", "-E", "UTF8", "--locale=C", NULL};
	cr_assert_eq(run_as(argv, log), 0, "initdb failed: see %s", log);
	port = free_port();
	cr_assert(port > 0);
	snprintf(path, sizeof(path), "%s/port", run_dir());
	f = fopen(path, "w");
	cr_assert(f != NULL);
	fprintf(f, "%d\n", port);
	fclose(f);
	pg_ctl("start", log);
	close(lock);
	return port;
}

void pg_cluster_url(const char *db, char *url, size_t size)
{
	const char *ext = getenv("AIRLOCK_TEST_PG");

	if (ext) {
		/* the database is the path of the URL: replace it */
		const char *p = strstr(ext, "://"), *slash = p ? strchr(p + 3, '/') : NULL,
			   *q = slash ? strchr(slash, '?') : NULL;
		int host = slash ? (int)(slash - ext) : (int)strlen(ext);
		snprintf(url, size, "%.*s/%s%s", host, ext, db, q ? q : "");
		return;
	}
	snprintf(url, size, "postgres://airlock@/%s?host=%s&port=%d", db, run_dir(),
		 ensure_cluster());
}

void pg_test_database(char *url, size_t size)
{
	static int n;
	char admin[600], sql[128], name[64];
	PGconn *c;
	PGresult *res;

	pg_cluster_url("postgres", admin, sizeof(admin));
	snprintf(name, sizeof(name), "t_%d_%d", (int)getpid(), n++);
	c = PQconnectdb(admin);
	cr_assert_eq(PQstatus(c), CONNECTION_OK, "%s", PQerrorMessage(c));
	snprintf(sql, sizeof(sql), "CREATE DATABASE %s", name);
	res = PQexec(c, sql);
	cr_assert_eq(PQresultStatus(res), PGRES_COMMAND_OK, "%s", PQerrorMessage(c));
	PQclear(res);
	PQfinish(c);
	pg_cluster_url(name, url, size);
}

void pg_cluster_stop(void)
{
	char log[512];
	snprintf(log, sizeof(log), "%s/log", run_dir());
	pg_ctl("fast", log);
}

void pg_cluster_start(void)
{
	char log[512];
	snprintf(log, sizeof(log), "%s/log", run_dir());
	pg_ctl("start", log);
}

void pg_cluster_restart(void)
{
	pg_cluster_stop();
	pg_cluster_start();
}

/* ---- the runner: a directory for the run; the cluster gone at the end ---- */

/* Stops the cluster in dir, if one runs there (-m immediate). */
static void stop_in(const char *dir)
{
	char data[512], pid[600], pgctl[300], log[512];

	snprintf(data, sizeof(data), "%s/data", dir);
	snprintf(pid, sizeof(pid), "%s/postmaster.pid", data);
	if (access(pid, F_OK) == 0 && pg_cluster_missing() == NULL) {
		snprintf(pgctl, sizeof(pgctl), "%s/pg_ctl", bindir);
		snprintf(log, sizeof(log), "%s/log", dir);
		const char *argv[] = {pgctl, "stop", "-w", "-D", data, "-m", "immediate", NULL};
		if (run_as(argv, log) != 0)
			fprintf(stderr, "pg_cluster: cannot stop the cluster in %s\n", dir);
	}
}

/* Stops the run's cluster and every test's own one left running, and
 * removes the run's directory. */
static void end_run(const char *dir)
{
	char cmd[600], pattern[600];
	glob_t g;

	stop_in(dir);
	snprintf(pattern, sizeof(pattern), "%s/own.*", dir); /* a test's own, left running */
	if (glob(pattern, 0, NULL, &g) == 0)
		for (size_t i = 0; i < g.gl_pathc; i++)
			stop_in(g.gl_pathv[i]);
	globfree(&g);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "pg_cluster: cannot remove %s\n", dir);
}

/*
 * A runner killed before its POST_ALL hook (SIGKILL, a timeout killing its
 * process group, a cancelled CI job) would leave its clusters running. So
 * a watchdog, in a session of its own (a signal to the runner's process
 * group does not reach it), waits for the end of a pipe whose only writer
 * is the runner and its forked workers (close-on-exec: no server a test
 * starts holds it), and ends the run when it reads end of file. After a
 * normal end POST_ALL has done that, and it finds nothing to do.
 */
static void start_watchdog(const char *dir)
{
	int p[2];
	char byte;

	if (pipe2(p, O_CLOEXEC) < 0)
		return;
	pid_t pid = fork();
	if (pid != 0) {
		close(p[0]);
		if (pid < 0)
			close(p[1]); /* no watchdog: POST_ALL alone */
		return;		 /* p[1] is held for the life of the run */
	}
	/* the watchdog: nothing of the runner's but its directory and the pipe
	 * (no descriptor of the runner's, such as a CI log's pipe, is kept) */
	setsid();
	close(p[1]);
	int null = open("/dev/null", O_RDWR | O_CLOEXEC);
	if (null >= 0) {
		dup2(null, 0);
		dup2(null, 1);
		dup2(null, 2);
	}
	if (p[0] > 3)
		close_range(3, (unsigned)p[0] - 1, 0);
	close_range((unsigned)p[0] + 1, ~0u, 0);
	while (read(p[0], &byte, 1) < 0 && errno == EINTR)
		;
	if (access(dir, F_OK) == 0)
		end_run(dir);
	_exit(0);
}

ReportHook(PRE_ALL)(struct criterion_test_set *set)
{
	char dir[] = "/tmp/airlock-pg.XXXXXX";
	struct passwd *pw;

	(void)set;
	if (getenv(ENV_DIR) || mkdtemp(dir) == NULL)
		return;
	if (geteuid() == 0) {
		if ((pw = getpwnam(USER)) == NULL &&
		    system("useradd --system --no-create-home --shell /usr/sbin/nologin " USER
			   " >/dev/null 2>&1") == 0)
			pw = getpwnam(USER);
		if (pw == NULL || chown(dir, pw->pw_uid, pw->pw_gid) < 0)
			fprintf(stderr, "pg_cluster: no user " USER " to run PostgreSQL as\n");
	}
	setenv(ENV_DIR, dir, 1);
	start_watchdog(dir);
}

bool pg_cluster_own(void)
{
	char dir[600];

	if (getenv("AIRLOCK_TEST_PG"))
		return false;
	snprintf(dir, sizeof(dir), "%s/own.%d", run_dir(), (int)getpid());
	cr_assert(mkdir(dir, 0700) == 0 || errno == EEXIST, "cannot make %s", dir);
	if (geteuid() == 0) {
		struct passwd *pw = getpwnam(USER);
		cr_assert(pw && chown(dir, pw->pw_uid, pw->pw_gid) == 0, "cannot give %s to " USER,
			  dir);
	}
	setenv(ENV_DIR, dir, 1); /* this process's (this test's) from now on */
	return true;
}

void pg_cluster_own_end(void)
{
	const char *dir = getenv(ENV_DIR);
	if (dir && strstr(dir, "/own."))
		stop_in(dir);
}

ReportHook(POST_ALL)(struct criterion_global_stats *stats)
{
	const char *dir = getenv(ENV_DIR);

	(void)stats;
	if (dir == NULL || strncmp(dir, "/tmp/airlock-pg.", 16) != 0)
		return;
	end_run(dir);
}
