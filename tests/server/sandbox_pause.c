/* Pausing a sandbox over /v1 (POST .../pause, .../resume): a command
 * counting in a loop does not run while it is paused (its log has no line
 * from that time, its CPU time stands still), then counts on; exec and
 * files answer 409 meanwhile; its lifetime clock stops; deleting a paused
 * sandbox leaves nothing. Rootless, without a freezer, a pause is 501. */
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

TestSuite(sandbox_pause, .fini = teardown, .timeout = 120);

static long post(const char *id, const char *what, struct reply *r)
{
	char path[200];
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/%s", id, what);
	http(&S, "POST", path, S.user, "application/json", "{}", r);
	return r->status;
}

static long get(const char *id, const char *what, struct reply *r)
{
	char path[200];
	snprintf(path, sizeof(path), "/v1/sandboxes/%s%s", id, what);
	http(&S, "GET", path, S.user, NULL, NULL, r);
	return r->status;
}

static int64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
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

static int64_t cpu_ms(const char *id)
{
	struct reply r;
	cr_assert_eq(get(id, "/metrics", &r), 200, "%s", r.body);
	int64_t v = jint(r.json, "cpu_ms");
	reply_free(&r);
	return v;
}

static bool rootless(void)
{
	return geteuid() != 0;
}

Test(sandbox_pause, a_paused_sandbox_does_not_run)
{
	char id[64];
	struct reply r;

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, "{\"timeout_s\": 120}", id));
	if (rootless()) {
		cr_assert_eq(post(id, "pause", &r), 501, "%s", r.body);
		cr_assert(strstr(r.body, "freezer") &&
			      !strchr(jstr(json_object_get(r.json, "error"), "message"), '\n'),
			  "one line, why: %s", r.body);
		reply_free(&r);
		json_t *o = sb_exec(&S, S.user, id, "echo still", NULL);
		cr_assert_str_eq(jstr(o, "stdout"), "still\n", "not paused");
		json_decref(o);
		return;
	}
	/* a loop that counts, each number with the host's time (ns) */
	struct sb_bg bg;
	sb_bg_start(&bg, &S, S.user, id,
		    "{\"command\":\"i=0; while [ $i -lt 150 ]; do i=$((i+1)); "
		    "echo $i $(date +%s%N) >> log; sleep 0.02; done\","
		    "\"limits\":{\"wall_time\":60}}");
	for (int i = 0; i < 100 * test_slowness(); i++) {
		json_t *o = sb_exec(&S, S.user, id, "wc -l < log 2>/dev/null || echo 0", NULL);
		int n = atoi(jstr(o, "stdout"));
		json_decref(o);
		if (n >= 5)
			break;
		usleep(50000);
	}
	cr_assert_eq(get(id, "", &r), 200);
	int64_t exp0 = iso_ms(jstr(r.json, "expires_at"));
	reply_free(&r);

	cr_assert_eq(post(id, "pause", &r), 200, "%s", r.body);
	int64_t paused_ns = now_ns();
	cr_assert_str_eq(jstr(r.json, "state"), "paused");
	reply_free(&r);
	cr_assert_eq(post(id, "pause", &r), 409, "paused already: %s", r.body);
	reply_free(&r);
	cr_assert_eq(get(id, "", &r), 200);
	cr_assert_str_eq(jstr(r.json, "state"), "paused");
	reply_free(&r);
	/* its processes and files wait */
	char path[200];
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/exec", id);
	http(&S, "POST", path, S.user, "application/json", "{\"command\":\"true\"}", &r);
	cr_assert_eq(r.status, 409, "%s", r.body);
	cr_assert(strstr(r.body, "sandbox_paused"), "%s", r.body);
	reply_free(&r);
	cr_assert_eq(get(id, "/files?path=log", &r), 409, "%s", r.body);
	reply_free(&r);
	/* frozen: no CPU at all */
	int64_t c1 = cpu_ms(id);
	sleep(2);
	int64_t c2 = cpu_ms(id);
	cr_assert_eq(c2, c1, "CPU time while paused: %lld -> %lld ms", (long long)c1,
		     (long long)c2);
	int64_t resumed_ns = now_ns();
	cr_assert_eq(post(id, "resume", &r), 200, "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "state"), "running");
	int64_t exp1 = iso_ms(jstr(r.json, "expires_at"));
	reply_free(&r);
	cr_assert_eq(post(id, "resume", &r), 409, "not paused: %s", r.body);
	reply_free(&r);
	cr_assert_geq(exp1 - exp0, (resumed_ns - paused_ns) / 1000000,
		      "its end moved by the pause: %lld ms", (long long)(exp1 - exp0));

	json_t *res = sb_bg_join(&bg);
	cr_assert_str_eq(jstr(res, "status"), "ok", "%s", jstr(res, "stderr"));
	json_decref(res);
	json_t *o = sb_exec(&S, S.user, id, "cat log", NULL);
	const char *log = jstr(o, "stdout");
	long want = 1, n;
	long long t, before = 0, after = 0;
	for (const char *p = log; sscanf(p, "%ld %lld", &n, &t) == 2; p = strchr(p, '\n') + 1) {
		cr_assert_eq(n, want++, "it counted on: %s", log);
		cr_assert(t <= paused_ns || t >= resumed_ns,
			  "a number counted while paused: %ld at %lld (paused %lld..%lld)", n, t,
			  (long long)paused_ns, (long long)resumed_ns);
		if (t <= paused_ns)
			before = n;
		else if (!after)
			after = n;
	}
	cr_assert_eq(want, 151, "%s", log);
	cr_assert(before > 0 && after == before + 1, "it stopped at %lld, went on at %lld", before,
		  after);
	json_decref(o);
}

/* Paused, its lifetime does not run out; deleted while paused (a
 * command running), nothing is left. */
Test(sandbox_pause, the_clock_stands_and_a_kill_leaves_nothing)
{
	char id[64], pattern[200];
	struct reply r;
	glob_t g;

	if (rootless())
		cr_skip_test(
		    "pausing needs the freezer: rootless is a_paused_sandbox_does_not_run");
	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, "{\"timeout_s\": 2}", id));
	cr_assert_eq(post(id, "pause", &r), 200, "%s", r.body);
	reply_free(&r);
	sleep(4); /* the reaper looks every second */
	cr_assert_eq(get(id, "", &r), 200);
	cr_assert_str_eq(jstr(r.json, "state"), "paused", "%s", r.body);
	reply_free(&r);
	cr_assert_eq(post(id, "resume", &r), 200, "%s", r.body);
	reply_free(&r);
	json_decref(sb_exec(&S, S.user, id, "true", NULL)); /* it runs */

	json_decref(sb_create(&S, S.user, "{\"timeout_s\": 60}", id));
	struct sb_bg bg;
	sb_bg_start(&bg, &S, S.user, id, "{\"command\":\"sleep 30 & sleep 30\"}");
	json_decref(sb_wait_processes(&S, S.user, id, 1));
	cr_assert_eq(post(id, "pause", &r), 200, "%s", r.body);
	reply_free(&r);
	char path[200];
	snprintf(path, sizeof(path), "/v1/sandboxes/%s", id);
	http(&S, "DELETE", path, S.user, NULL, NULL, &r);
	cr_assert_eq(r.status, 200, "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "state"), "terminated", "%s", r.body);
	reply_free(&r);
	json_t *res = sb_bg_join(&bg);
	cr_assert_str_neq(jstr(res, "status"), "ok", "killed");
	json_decref(res);
	snprintf(pattern, sizeof(pattern), "/sys/fs/cgroup/*/*/box-%s", id + 3);
	cr_assert_eq(glob(pattern, 0, NULL, &g), GLOB_NOMATCH, "left: %s", g.gl_pathv[0]);
	snprintf(pattern, sizeof(pattern), "/sys/fs/cgroup/*/box-%s", id + 3);
	cr_assert_eq(glob(pattern, 0, NULL, &g), GLOB_NOMATCH, "left: %s", g.gl_pathv[0]);
}
