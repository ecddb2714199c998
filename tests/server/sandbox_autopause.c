/* A sandbox made with "on_timeout": "pause" is paused, not ended, when its
 * lifetime (or idle timeout) runs out: its files and a background process
 * survive, and the process runs again after resume, which gives it a new
 * lifetime. Paused, it still counts against the key's live sandboxes, and
 * after paused_max_s it ends (paused_expired) leaving no process and no
 * cgroup. Rootless, without a freezer, such a create is 501. */
#include <criterion/criterion.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lib/harness.h"
#include "server/sandbox_client.h"

static struct srv S;

static void teardown(void)
{
	srv_cleanup(&S);
}

TestSuite(sandbox_autopause, .fini = teardown, .timeout = 120);

static long post(const char *id, const char *what, const char *body, struct reply *r)
{
	char path[200];
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/%s", id, what);
	http(&S, "POST", path, S.user, "application/json", body, r);
	return r->status;
}

static int64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ISO time with milliseconds -> ms since the epoch */
static int64_t iso_ms(const char *t)
{
	struct tm tm;
	int ms = 0;
	memset(&tm, 0, sizeof(tm));
	cr_assert(strptime(t, "%Y-%m-%dT%H:%M:%S", &tm), "%s", t);
	sscanf(t + 19, ".%3d", &ms);
	return (int64_t)timegm(&tm) * 1000 + ms;
}

/* Polls GET until its state is want (seconds scaled); asserts it. */
static json_t *wait_state(const char *id, const char *want, double seconds)
{
	for (int i = 0;; i++) {
		json_t *o = sb_get(&S, S.user, id);
		if (strcmp(jstr(o, "state"), want) == 0)
			return o;
		cr_assert(i < seconds * 10 * test_slowness(), "still %s, not %s: reason %s",
			  jstr(o, "state"), want,
			  json_string_value(json_object_get(o, "reason")) ?: "-");
		json_decref(o);
		usleep(100000);
	}
}

static int64_t cpu_ms(const char *id)
{
	struct reply r;
	char path[200];
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/metrics", id);
	http(&S, "GET", path, S.user, NULL, NULL, &r);
	cr_assert_eq(r.status, 200, "%s", r.body);
	int64_t v = jint(r.json, "cpu_ms");
	reply_free(&r);
	return v;
}

static long log_lines(const char *id)
{
	json_t *o = sb_exec(&S, S.user, id, "wc -l < log", NULL);
	long n = atol(jstr(o, "stdout"));
	json_decref(o);
	return n;
}

/* a background process that outlives its exec: a line to log every 50 ms */
#define COUNTER                                                                                    \
	"echo kept > f; nohup sh -c 'while :; do echo x >> log; sleep 0.05; done' "                \
	">/dev/null 2>&1 &"

Test(sandbox_autopause, paused_at_its_timeout_and_resumed)
{
	char id[64];
	struct reply r;

	if (!running_as_root())
		cr_skip_test(
		    "the freezer needs cgroups: rootless is bad_value_and_refused_rootless");
	srv_start(&S, NULL, NULL);
	json_t *o = sb_create(&S, S.user, "{\"timeout_s\": 60, \"on_timeout\": \"pause\"}", id);
	cr_assert_str_eq(jstr(o, "on_timeout"), "pause");
	json_decref(o);
	json_decref(sb_exec(&S, S.user, id, COUNTER, NULL));
	/* a lifetime of 1 s from now, once nothing runs but the counter */
	cr_assert_eq(post(id, "timeout", "{\"timeout_s\": 1}", &r), 200, "%s", r.body);
	reply_free(&r);
	o = wait_state(id, "paused", 10);
	int64_t exp0 = iso_ms(jstr(o, "expires_at"));
	json_decref(o);
	cr_assert_leq(exp0, now_ms(), "paused when its lifetime ran out");
	/* frozen: no CPU, no exec */
	int64_t c1 = cpu_ms(id);
	sleep(1);
	cr_assert_eq(cpu_ms(id), c1, "CPU time while paused");
	cr_assert_eq(post(id, "exec", "{\"command\":\"true\"}", &r), 409, "%s", r.body);
	reply_free(&r);
	/* its timeout's pause outlived the reaper: still paused */
	o = wait_state(id, "paused", 1);
	json_decref(o);

	/* resume: a new lifetime of timeout_s (1 s) from now (it may pause
	 * again before /timeout on a slow machine: then once more) */
	for (int i = 0;; i++) {
		int64_t before = now_ms();
		cr_assert_eq(post(id, "resume", "{}", &r), 200, "%s", r.body);
		cr_assert_str_eq(jstr(r.json, "state"), "running");
		int64_t exp1 = iso_ms(jstr(r.json, "expires_at"));
		cr_assert_geq(exp1, before + 990, "a new lifetime: %lld ms from now",
			      (long long)(exp1 - before));
		reply_free(&r);
		if (post(id, "timeout", "{\"timeout_s\": 60}", &r) == 200)
			break;
		cr_assert(strstr(r.body, "sandbox_paused") && i < 5, "%s", r.body);
		reply_free(&r);
	}
	reply_free(&r);
	/* its files and its process survived; the process runs again */
	o = sb_exec(&S, S.user, id, "cat f", NULL);
	cr_assert_str_eq(jstr(o, "stdout"), "kept\n");
	json_decref(o);
	long n1 = log_lines(id);
	cr_assert_gt(n1, 0);
	long n2 = n1;
	for (int i = 0; i < 50 * test_slowness() && n2 <= n1 + 2; i++) {
		usleep(100000);
		n2 = log_lines(id);
	}
	cr_assert_gt(n2, n1 + 2, "it counts on after resume: %ld -> %ld", n1, n2);
}

/* The idle timeout pauses too; paused, it counts against the key's
 * sandboxes; after paused_max_s it ends: paused_expired, nothing left. */
Test(sandbox_autopause, idle_pauses_and_paused_max_ends)
{
	char id[64], id2[64], pattern[200];
	struct reply r;
	glob_t g;

	if (!running_as_root())
		cr_skip_test(
		    "the freezer needs cgroups: rootless is bad_value_and_refused_rootless");
	srv_start(&S, "paused_max_s: 3\nmax_sandboxes_per_key: 1\n", NULL);
	char body[120];
	snprintf(body, sizeof(body),
		 "{\"timeout_s\": 600, \"idle_timeout_s\": %d, \"on_timeout\": \"pause\"}",
		 (int)(2 * test_slowness()));
	json_decref(sb_create(&S, S.user, body, id));
	json_decref(sb_exec(&S, S.user, id, "nohup sleep 4321.5 >/dev/null 2>&1 &", NULL));
	cr_assert_eq(wait_host_processes("4321.5", 1, 10), 1, "the background sleep runs");
	json_decref(wait_state(id, "paused", 10));
	cr_assert_eq(count_host_processes("4321.5"), 1, "paused, it is there");

	http(&S, "POST", "/v1/sandboxes", S.user, "application/json", "{}", &r);
	cr_assert_eq(r.status, 429, "a paused one counts: %s", r.body);
	reply_free(&r);

	json_t *o = wait_state(id, "terminated", 10);
	cr_assert_str_eq(jstr(o, "reason"), "paused_expired");
	json_decref(o);
	cr_assert_eq(wait_host_processes("4321.5", 0, 10), 0, "no process left");
	snprintf(pattern, sizeof(pattern), "/sys/fs/cgroup/*/*/box-%s", id + 3);
	cr_assert_eq(glob(pattern, 0, NULL, &g), GLOB_NOMATCH, "left: %s", g.gl_pathv[0]);
	snprintf(pattern, sizeof(pattern), "/sys/fs/cgroup/*/box-%s", id + 3);
	cr_assert_eq(glob(pattern, 0, NULL, &g), GLOB_NOMATCH, "left: %s", g.gl_pathv[0]);
	json_decref(sb_create(&S, S.user, "{}", id2)); /* its place is free */
}

Test(sandbox_autopause, bad_value_and_refused_rootless)
{
	struct reply r;

	srv_start(&S, NULL, NULL);
	http(&S, "POST", "/v1/sandboxes", S.user, "application/json", "{\"on_timeout\": \"sleep\"}",
	     &r);
	cr_assert(r.status >= 400 && r.status < 500, "%ld %s", r.status, r.body);
	cr_assert(strstr(r.body, "on_timeout"), "%s", r.body);
	reply_free(&r);
	if (running_as_root())
		return;
	http(&S, "POST", "/v1/sandboxes", S.user, "application/json",
	     "{\"timeout_s\": 2, \"on_timeout\": \"pause\"}", &r);
	cr_assert_eq(r.status, 501, "%s", r.body);
	const char *msg = jstr(json_object_get(r.json, "error"), "message");
	cr_assert(strstr(r.body, "pause_unsupported") && strstr(msg, "freezer") &&
		      !strchr(msg, '\n'),
		  "one line, why: %s", r.body);
	reply_free(&r);
	http(&S, "GET", "/v1/sandboxes", S.user, NULL, NULL, &r);
	cr_assert_eq(json_array_size(json_object_get(r.json, "sandboxes")), 0,
		     "no sandbox made: %s", r.body);
	reply_free(&r);
	/* "end" (the default) works rootless */
	char id[64];
	json_decref(sb_create(&S, S.user, "{\"on_timeout\": \"end\"}", id));
}
