/*
 * The tests' own PostgreSQL cluster (tests/lib/pg_cluster.c) is gone when
 * the test runner is killed: no postmaster and no directory of it is left
 * behind by a cancelled or timed-out run.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "lib/harness.h"
#include "lib/pg_cluster.h"

#define HOLD_ENV "AIRLOCK_TEST_PG_HOLD"

static void sleep_ms(int ms)
{
	struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
	nanosleep(&ts, NULL);
}

/* Run only by the test below, in a runner of its own: starts the run's
 * cluster, says where it is, and waits to be killed. */
Test(pg_cluster, holds_until_its_runner_is_killed, .timeout = 120)
{
	const char *out = getenv(HOLD_ENV);
	char url[600];

	if (out == NULL)
		cr_skip_test("run by pg_cluster/a_killed_runner_leaves_no_cluster");
	pg_test_database(url, sizeof(url));
	FILE *f = fopen(out, "w");
	cr_assert(f != NULL);
	fprintf(f, "%s\n", getenv("AIRLOCK_TEST_PG_DIR"));
	fclose(f);
	sleep(110);
}

/* The postmaster's pid, from the first line of DIR/data/postmaster.pid. */
static pid_t postmaster_of(const char *dir)
{
	char path[600];
	snprintf(path, sizeof(path), "%s/data/postmaster.pid", dir);
	char *s = slurp(path);
	pid_t pid = s ? (pid_t)strtol(s, NULL, 10) : 0;
	free(s);
	return pid;
}

Test(pg_cluster, a_killed_runner_leaves_no_cluster, .timeout = 180)
{
	char out[] = "/tmp/airlock-pg-hold.XXXXXX", dir[512] = "";
	pid_t pm = 0;
	int fd;

	if (pg_cluster_missing() || getenv("AIRLOCK_TEST_PG"))
		cr_skip_test("no cluster of the tests' own: %s",
			     pg_cluster_missing() ? pg_cluster_missing() : "AIRLOCK_TEST_PG");
	cr_assert((fd = mkstemp(out)) >= 0);
	close(fd);
	pid_t runner = fork();
	cr_assert(runner >= 0);
	if (runner == 0) {
		/* a runner of its own, in a process group of its own: what a
		 * CI timeout or ^C kills */
		setpgid(0, 0);
		int null = open("/dev/null", O_RDWR);
		dup2(null, 1);
		dup2(null, 2);
		unsetenv("AIRLOCK_TEST_PG_DIR");
		unsetenv("BXFI_MAP"); /* or it would start as criterion's worker */
		unsetenv("GMON_OUT_PREFIX");
		setenv(HOLD_ENV, out, 1);
		char self[512];
		ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
		if (n <= 0)
			_exit(127);
		self[n] = 0;
		execl(self, self, "--filter", "pg_cluster/holds_until_its_runner_is_killed",
		      (char *)NULL);
		_exit(127);
	}
	/* wait for its cluster to run */
	for (int i = 0; i < 1200 && pm <= 0; i++) {
		sleep_ms(50);
		char *s = slurp(out);
		if (s && strchr(s, '\n')) {
			snprintf(dir, sizeof(dir), "%.*s", (int)(strchr(s, '\n') - s), s);
			pm = postmaster_of(dir);
		}
		free(s);
	}
	unlink(out);
	bool running = pm > 0 && kill(pm, 0) == 0;
	cr_assert_eq(kill(-runner, SIGKILL), 0);
	waitpid(runner, NULL, 0);
	/* criterion's socket, which a killed runner cannot remove */
	char sock[600];
	snprintf(sock, sizeof(sock), "%s/criterion_%d.sock",
		 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp", (int)runner);
	unlink(sock);
	cr_assert(running, "the runner's cluster did not start within 60 s");

	bool gone = false;
	for (int i = 0; i < 600 && !gone; i++) {
		gone = kill(pm, 0) < 0 && errno == ESRCH && access(dir, F_OK) < 0;
		if (!gone)
			sleep_ms(50);
	}
	if (!gone) { /* do not leave it to the next run */
		bool ran = kill(pm, 0) == 0;
		kill(pm, SIGQUIT); /* PostgreSQL's immediate shutdown */
		for (int i = 0; i < 100 && kill(pm, 0) == 0; i++)
			sleep_ms(50);
		char cmd[600];
		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
		cr_assert_fail("30 s after its runner was killed, postmaster %d %s and %s %s", (int)pm,
			       ran ? "still ran" : "was gone", dir,
			       system(cmd) == 0 ? "was still there" : "cannot be removed");
	}
}
