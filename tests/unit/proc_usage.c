/* Rootless accounting: the /proc/PID/stat and smaps_rollup parsers, when
 * the meter spends a PSS walk (all pure), and one walk of a real pid
 * namespace. */
#include <criterion/criterion.h>
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "engine/proc_usage.h"

/* A real line (Debian 12, python3), fields 1..52. */
static const char stat_line[] =
    "4242 (python3) S 4241 4242 4241 0 -1 4194560 1850 0 0 0 137 45 12 7 20 0 1 0 "
    "123456 20000000 2263 18446744073709551615 1 1 0 0 0 0 0 16781312 2 0 0 0 17 1 0 0 0 "
    "0 0 0 0 0 0 0 0 0 0\n";

Test(proc_stat, reads_times_and_rss)
{
	struct proc_stat ps;
	cr_assert_eq(proc_stat_parse(stat_line, &ps), 0);
	cr_assert_eq(ps.utime, 137);
	cr_assert_eq(ps.stime, 45);
	cr_assert_eq(ps.cutime, 12);
	cr_assert_eq(ps.cstime, 7);
	cr_assert_eq(ps.rss_pages, 2263);
}

Test(proc_stat, a_command_name_with_spaces_and_parentheses)
{
	/* the program names itself: ") 1 2 3 (" must not shift the fields */
	static const char line[] =
	    "77 (a) 1 2 3 ( x)) R 1 77 77 0 -1 0 0 0 0 0 5 9 0 0 20 0 1 0 1 1 33 0\n";
	struct proc_stat ps;
	cr_assert_eq(proc_stat_parse(line, &ps), 0);
	cr_assert_eq(ps.utime, 5);
	cr_assert_eq(ps.stime, 9);
	cr_assert_eq(ps.rss_pages, 33);
}

Test(proc_stat, short_or_malformed_text_is_refused)
{
	struct proc_stat ps;
	static const char *const bad[] = {
	    "",
	    "4242 python3 S 1",
	    "4242 (python3)",
	    "4242 (python3) S",
	    "4242 (python3) S 4241 4242 4241 0 -1 4194560 1850 0 0 0 137 45 12 7 20 0 1 0",
	    "4242 (python3) S 4241 4242 4241 0 -1 4194560 1850 0 0 0 1x7 45 12 7 20 0 1 0 1 2 3 4",
	    "4242 (python3) SS 4241 4242 4241 0 -1 4194560 1850 0 0 0 1 45 12 7 20 0 1 0 1 2 3 4",
	    "4242 (python3) S 4241 4242 4241 0 -1 4194560 1850 0 0 0 99999999999999999999999 45 "
	    "12 7 20 0 1 0 1 2 3 4",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		cr_assert_eq(proc_stat_parse(bad[i], &ps), -1, "accepted: %s", bad[i]);
	/* the shortest acceptable: up to rss (field 24) */
	cr_assert_eq(proc_stat_parse("1 (a) S 0 0 0 0 0 0 0 0 0 0 3 4 5 6 0 0 0 0 0 0 8", &ps), 0);
	cr_assert_eq(ps.rss_pages, 8);
}

static const char rollup[] = "555c3c0c1000-7ffdc61b4000 ---p 00000000 00:00 0 [rollup]\n"
			     "Rss:                1756 kB\n"
			     "Pss:                 253 kB\n"
			     "Pss_Dirty:           116 kB\n"
			     "Pss_Anon:            116 kB\n"
			     "Pss_File:            137 kB\n"
			     "Shared_Clean:       1596 kB\n"
			     "Swap:                 40 kB\n"
			     "SwapPss:              20 kB\n"
			     "Locked:                0 kB\n";

Test(proc_pss, pss_and_swap_pss_add_up)
{
	uint64_t kb = 0;
	cr_assert_eq(proc_pss_parse(rollup, &kb), 0);
	cr_assert_eq(kb, 253 + 20);
}

Test(proc_pss, pss_lines_of_other_names_do_not_count)
{
	uint64_t kb = 0;
	/* Pss_Anon before Pss, no SwapPss (a kernel without swap) */
	cr_assert_eq(proc_pss_parse("Rss: 10 kB\nPss_Anon: 7 kB\nPss: 9 kB\n", &kb), 0);
	cr_assert_eq(kb, 9);
	cr_assert_eq(proc_pss_parse("Rss: 10 kB\nPss_Anon: 7 kB\nSwapPss: 3 kB\n", &kb), -1);
	cr_assert_eq(proc_pss_parse("", &kb), -1);
	cr_assert_eq(proc_pss_parse("Pss: kB\n", &kb), -1);
}

#define MS 1000000ull

static struct proc_meter meter(uint64_t limit_kb)
{
	struct proc_meter m;
	memset(&m, 0, sizeof(m));
	m.limit_kb = limit_kb;
	return m;
}

Test(proc_meter, the_first_tick_walks)
{
	struct proc_meter m = meter(1024);
	cr_assert(proc_meter_wants_pss(&m, 100, 0));
}

Test(proc_meter, no_walk_when_rss_cannot_reach_the_peak)
{
	struct proc_meter m = meter(1 << 20);
	proc_meter_book(&m, 50000, 340000, 0, 20 * MS);
	/* RSS at or below the PSS peak: PSS cannot be above it */
	cr_assert(!proc_meter_wants_pss(&m, 50000, 10000 * MS));
	cr_assert(!proc_meter_wants_pss(&m, 40000, 10000 * MS));
}

Test(proc_meter, a_walk_waits_by_its_own_cost)
{
	/* a 20 ms walk (a 64-process fork bomb) */
	struct proc_meter m = meter(1 << 20);
	proc_meter_book(&m, 50000, 340000, 0, 20 * MS);
	cr_assert_eq(m.pss_peak_kb, 50000);
	/* RSS grew: after ten times the cost */
	cr_assert(!proc_meter_wants_pss(&m, 400000, 200 * MS));
	cr_assert(proc_meter_wants_pss(&m, 400000, 220 * MS));
	/* RSS the same: only copy-on-write could raise PSS, fifty times */
	cr_assert(!proc_meter_wants_pss(&m, 340000, 220 * MS));
	cr_assert(!proc_meter_wants_pss(&m, 340000, 1000 * MS));
	cr_assert(proc_meter_wants_pss(&m, 340000, 1020 * MS));
}

Test(proc_meter, the_limit_asks_sooner)
{
	struct proc_meter m = meter(128 * 1024);
	proc_meter_book(&m, 50000, 340000, 0, 20 * MS);
	/* RSS far above the limit, but no more than at the last walk: the
	 * PSS estimate (50 MB) is below it */
	cr_assert(!proc_meter_wants_pss(&m, 340000, 60 * MS));
	/* it grew by 100 MB since: 150 MB may be over 128 */
	cr_assert(!proc_meter_wants_pss(&m, 440000, 30 * MS));
	cr_assert(proc_meter_wants_pss(&m, 440000, 60 * MS));
}

Test(proc_meter, the_peak_is_the_largest_measured)
{
	struct proc_meter m = meter(1 << 20);
	proc_meter_book(&m, 5000, 9000, 0, MS);
	proc_meter_book(&m, 70000, 72000, 10 * MS, 11 * MS);
	proc_meter_book(&m, 3000, 4000, 20 * MS, 21 * MS);
	cr_assert_eq(m.pss_peak_kb, 70000);
	cr_assert_eq(m.pss_last_kb, 3000);
	cr_assert_eq(m.walks, 3);
}

/* The walk itself, against a real pid namespace: init, and below it three
 * processes that share 32 MB (one wrote it, then forked twice). By
 * resident size that is 96 MB; by proportional size 32. */
#define SHARED_MB 32

static void sharers(int ready)
{
	size_t n = (size_t)SHARED_MB << 20;
	char *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		_exit(1);
	memset(p, 1, n);
	for (int i = 0; i < 2; i++) {
		pid_t c = fork();
		if (c < 0)
			_exit(1);
		if (c == 0)
			break;
	}
	(void)!write(ready, "r", 1);
	for (;;)
		pause();
}

Test(proc_sample, counts_shared_pages_once_and_skips_init)
{
	int ready[2];
	cr_assert_eq(pipe(ready), 0);
	pid_t init = (pid_t)syscall(SYS_clone, CLONE_NEWUSER | CLONE_NEWPID | SIGCHLD, NULL, NULL,
				    NULL, NULL);
	cr_assert_geq(init, 0, "clone: %s", strerror(errno));
	if (init == 0) {
		close(ready[0]);
		if (fork() == 0)
			sharers(ready[1]);
		for (;;)
			pause();
	}
	close(ready[1]);
	char buf[3];
	size_t got = 0;
	while (got < sizeof(buf)) {
		ssize_t n = read(ready[0], buf + got, sizeof(buf) - got);
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	char path[64];
	struct stat ns;
	snprintf(path, sizeof(path), "/proc/%d/ns/pid", (int)init);
	cr_assert_eq(stat(path, &ns), 0);
	struct proc_sample s;
	int rc = proc_sample(init, &ns, true, &s);
	kill(init, SIGKILL);
	waitpid(init, NULL, 0);
	close(ready[0]);
	cr_assert_eq(got, 3, "the sharers did not start");
	cr_assert_eq(rc, 0);
	cr_assert_eq(s.nprocs, 3, "%d processes", s.nprocs);
	cr_assert_geq(s.rss_kb, 3 * SHARED_MB * 1024, "rss %llu KB", (unsigned long long)s.rss_kb);
	cr_assert_geq(s.pss_kb, SHARED_MB * 1024, "pss %llu KB", (unsigned long long)s.pss_kb);
	cr_assert_leq(s.pss_kb, (SHARED_MB + 8) * 1024, "pss %llu KB",
		      (unsigned long long)s.pss_kb);
}
