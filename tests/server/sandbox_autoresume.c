/* A sandbox made with "auto_resume": true wakes when a call uses it: an
 * exec (plain or streamed), its files, its contexts... on a paused one
 * resume it first and are served, its background process running on;
 * GET, the list and the metrics do not wake it. Two calls racing on one
 * paused sandbox resume it once. Without auto_resume a use is still 409.
 * The store's row says paused while it is (GET ?state=paused lists it),
 * running again after, and a restart ends a paused one as a running one.
 * Rootless, without a freezer, auto_resume is 501 as on_timeout "pause". */
#include <criterion/criterion.h>
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/util.h"
#include "lib/harness.h"
#include "server/sandbox_client.h"

static struct srv S;

static void teardown(void)
{
	srv_cleanup(&S);
}

TestSuite(sandbox_autoresume, .fini = teardown, .timeout = 120);

static long post(const char *id, const char *what, const char *body, struct reply *r)
{
	char path[200];
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/%s", id, what);
	http(&S, "POST", path, S.user, "application/json", body, r);
	return r->status;
}

/* POST .../pause, asserted 200. Under a heavy load the cgroup v1 freezer
 * may not settle within the engine's wait (500 pause_failed, thawed
 * again): that pause is tried again, a few times. */
static void pause_sb(const char *id)
{
	struct reply r;

	for (int i = 0;; i++) {
		long st = post(id, "pause", "{}", &r);
		bool again = st == 500 && strstr(r.body, "pause_failed") && i < 3;
		cr_assert(st == 200 || again, "%ld %s", st, r.body);
		reply_free(&r);
		if (st == 200)
			return;
	}
}

static const char *state_of(const char *id, char *out, size_t size)
{
	json_t *o = sb_get(&S, S.user, id);
	snprintf(out, size, "%s", jstr(o, "state"));
	json_decref(o);
	return out;
}

/* Polls GET until its state is want (seconds scaled); asserts it. */
static void wait_state(const char *id, const char *want, double seconds)
{
	char st[32];
	for (int i = 0; strcmp(state_of(id, st, sizeof(st)), want) != 0; i++) {
		cr_assert(i < seconds * 10 * test_slowness(), "still %s, not %s", st, want);
		usleep(100000);
	}
}

/* Whether GET /v1/sandboxes?state=STATE lists id. */
static bool listed(const char *state, const char *id)
{
	struct reply r;
	char path[100];
	json_t *x;
	size_t i;
	bool found = false;

	snprintf(path, sizeof(path), "/v1/sandboxes?state=%s", state);
	http(&S, "GET", path, S.user, NULL, NULL, &r);
	cr_assert_eq(r.status, 200, "%s", r.body);
	json_array_foreach(json_object_get(r.json, "sandboxes"), i, x)
	{
		const char *st = jstr(x, "state");
		cr_assert(strstr(state, st), "?state=%s lists a %s one", state, st);
		found |= strcmp(jstr(x, "id"), id) == 0;
	}
	reply_free(&r);
	return found;
}

static long log_lines(const char *id)
{
	json_t *o = sb_exec(&S, S.user, id, "wc -l < log", NULL);
	long n = atol(jstr(o, "stdout"));
	json_decref(o);
	return n;
}

/* How many links of the audit chain hold needle. */
static int audit_count(const char *needle)
{
	const char *argv[] = {airlock_bin(), "audit", "export", "--data-dir", S.dir, NULL};
	struct proc_out o;
	int n = 0;

	cr_assert_eq(run_cmd(argv, NULL, 20, &o), 0, "%s", o.err);
	for (char *p = o.out; (p = strstr(p, needle)) != NULL; p++)
		n++;
	proc_out_free(&o);
	return n;
}

static size_t on_body(char *p, size_t size, size_t n, void *ud)
{
	buf_append(ud, p, size * n);
	return size * n;
}

/* POST path with Accept: text/event-stream; the status, the events into b */
static long sse_post(const char *path, const char *body, struct buf *b)
{
	long status = 0;
	struct curl_slist *h;
	CURL *c = sb_sse_handle(&S, S.user, "POST", path, body, &h);

	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, b);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, 60L);
	cr_assert_eq(curl_easy_perform(c), CURLE_OK);
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	curl_slist_free_all(h);
	curl_easy_cleanup(c);
	buf_append(b, "", 1);
	return status;
}

#define COUNTER                                                                                    \
	"echo kept > f; nohup sh -c 'while :; do echo x >> log; sleep 0.05; done' "                \
	">/dev/null 2>&1 &"

/* Paused by its idle timeout; looked at (GET, list, metrics) it stays
 * paused; an exec wakes it and its counter counts on. */
Test(sandbox_autoresume, an_exec_wakes_it_a_get_does_not)
{
	char id[64], st[32], body[160], path[120];
	struct reply r;

	if (!running_as_root())
		cr_skip_test("the freezer needs cgroups: rootless is refused_rootless");
	srv_start(&S, NULL, NULL);
	snprintf(body, sizeof(body),
		 "{\"timeout_s\": 600, \"idle_timeout_s\": %d, \"on_timeout\": \"pause\","
		 " \"auto_resume\": true}",
		 (int)(2 * test_slowness()));
	json_t *o = sb_create(&S, S.user, body, id);
	cr_assert(json_is_true(json_object_get(o, "auto_resume")), "it says so");
	json_decref(o);
	json_decref(sb_exec(&S, S.user, id, COUNTER, NULL));
	cr_assert(listed("running", id) && !listed("paused", id));
	wait_state(id, "paused", 10);
	/* its row says paused: the list by state agrees with GET */
	cr_assert(listed("paused", id) && !listed("running", id), "the row says paused");
	cr_assert(listed("paused,running", id));
	/* looked at for a while: still paused, its counter stands */
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/metrics", id);
	for (int i = 0; i < 5; i++) {
		http(&S, "GET", path, S.user, NULL, NULL, &r);
		cr_assert_eq(r.status, 200, "%s", r.body);
		reply_free(&r);
		http(&S, "GET", "/v1/sandboxes", S.user, NULL, NULL, &r);
		reply_free(&r);
		usleep(200000);
	}
	cr_assert_str_eq(state_of(id, st, sizeof(st)), "paused", "GET, list, metrics: no wake");
	cr_assert_eq(audit_count("sandbox_resume"), 0);

	/* a use: served, and it runs again */
	o = sb_exec(&S, S.user, id, "cat f", NULL);
	cr_assert_str_eq(jstr(o, "stdout"), "kept\n");
	json_decref(o);
	cr_assert_str_eq(state_of(id, st, sizeof(st)), "running");
	cr_assert(listed("running", id) && !listed("paused", id), "the row says running");
	cr_assert_eq(audit_count("reason=auto_resume"), 1, "woken once, and said why");
	long n1 = log_lines(id), n2 = n1;
	for (int i = 0; i < 50 * test_slowness() && n2 <= n1 + 2; i++) {
		usleep(100000);
		n2 = log_lines(id);
	}
	cr_assert_gt(n2, n1 + 2, "it counts on after the wake: %ld -> %ld", n1, n2);

	/* its files wake it too (paused by a call this time) */
	pause_sb(id);
	struct bin_reply b;
	sb_files(&S, S.user, "GET", id, "", "path", "f", NULL, 0, 30, &b);
	cr_assert_eq(b.status, 200, "%.200s", b.body);
	cr_assert(b.len == 5 && memcmp(b.body, "kept\n", 5) == 0);
	bin_reply_free(&b);
	cr_assert_str_eq(state_of(id, st, sizeof(st)), "running");

	/* a streamed exec too */
	pause_sb(id);
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/exec", id);
	struct buf ev = {0};
	long code = sse_post(path, "{\"command\": \"echo streamed\"}", &ev);
	cr_assert_eq(code, 200, "%s", ev.data);
	cr_assert(strstr(ev.data, "streamed") && strstr(ev.data, "event: result"), "%s", ev.data);
	buf_free(&ev);
	cr_assert_str_eq(state_of(id, st, sizeof(st)), "running");
	/* its timeout is not a use: 409 while paused */
	pause_sb(id);
	cr_assert_eq(post(id, "timeout", "{\"timeout_s\": 60}", &r), 409, "%s", r.body);
	cr_assert(strstr(r.body, "sandbox_paused"), "%s", r.body);
	reply_free(&r);
	cr_assert_str_eq(state_of(id, st, sizeof(st)), "paused");
}

/* Two execs racing on one paused sandbox: both served, one resume. */
Test(sandbox_autoresume, racing_uses_resume_it_once)
{
	char id[64], st[32];
	struct reply r;
	struct sb_bg a, b;

	if (!running_as_root())
		cr_skip_test("the freezer needs cgroups: rootless is refused_rootless");
	srv_start(&S, "workers: 4\n", NULL);
	for (int round = 0; round < 3; round++) {
		json_decref(sb_create(&S, S.user, "{\"auto_resume\": true}", id));
		pause_sb(id);
		cr_assert(listed("paused", id));
		sb_bg_start(&a, &S, S.user, id, "{\"command\": \"echo a\"}");
		sb_bg_start(&b, &S, S.user, id, "{\"command\": \"echo b\"}");
		json_t *oa = sb_bg_join(&a), *ob = sb_bg_join(&b);
		cr_assert_str_eq(jstr(oa, "stdout"), "a\n");
		cr_assert_str_eq(jstr(ob, "stdout"), "b\n");
		json_decref(oa);
		json_decref(ob);
		cr_assert_str_eq(state_of(id, st, sizeof(st)), "running");
		cr_assert_eq(audit_count("reason=auto_resume"), round + 1,
			     "one resume for two racing execs (round %d)", round);
		char path[100];
		snprintf(path, sizeof(path), "/v1/sandboxes/%s", id);
		http(&S, "DELETE", path, S.user, NULL, NULL, &r);
		cr_assert_eq(r.status, 200, "%s", r.body);
		reply_free(&r);
	}
}

/* Without auto_resume a use of a paused one is still 409; paused, its
 * row says so until it ends: deleted, it says terminated; a restart after
 * kill -9 ends a paused one (server_restart) and leaves no process. */
Test(sandbox_autoresume, without_it_409_and_the_row_follows_to_the_end)
{
	char id[64], id2[64], st[32], path[100];
	struct reply r;

	if (!running_as_root())
		cr_skip_test("the freezer needs cgroups: rootless is refused_rootless");
	srv_start(&S, NULL, NULL);
	json_t *o = sb_create(&S, S.user, "{\"on_timeout\": \"pause\"}", id);
	cr_assert(json_is_false(json_object_get(o, "auto_resume")));
	json_decref(o);
	pause_sb(id);
	cr_assert_eq(post(id, "exec", "{\"command\": \"true\"}", &r), 409, "%s", r.body);
	cr_assert(strstr(r.body, "sandbox_paused"), "%s", r.body);
	reply_free(&r);
	cr_assert(listed("paused", id));
	snprintf(path, sizeof(path), "/v1/sandboxes/%s", id);
	http(&S, "DELETE", path, S.user, NULL, NULL, &r);
	cr_assert_eq(r.status, 200, "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "state"), "terminated");
	cr_assert_str_eq(jstr(r.json, "reason"), "deleted");
	reply_free(&r);
	cr_assert(listed("terminated", id) && !listed("paused", id));
	http(&S, "GET", "/v1/sandboxes?state=sleeping", S.user, NULL, NULL, &r);
	cr_assert_eq(r.status, 400, "%s", r.body);
	reply_free(&r);

	/* kill -9 with a paused one: the restart ends it, nothing is left */
	json_decref(sb_create(&S, S.user, "{}", id2));
	json_decref(sb_exec(&S, S.user, id2, "nohup sleep 4322.5 >/dev/null 2>&1 &", NULL));
	cr_assert_eq(wait_host_processes("4322.5", 1, 10), 1);
	pause_sb(id2);
	cr_assert(listed("paused", id2));
	srv_kill9(&S);
	cr_assert_eq(wait_host_processes("4322.5", 0, 10), 0, "a frozen process does not stay");
	srv_restart(&S);
	o = sb_get(&S, S.user, id2);
	cr_assert_str_eq(jstr(o, "state"), "terminated");
	cr_assert_str_eq(jstr(o, "reason"), "server_restart");
	json_decref(o);
	cr_assert_str_eq(state_of(id, st, sizeof(st)), "terminated");
}

Test(sandbox_autoresume, bad_value_and_refused_rootless)
{
	struct reply r;

	srv_start(&S, NULL, NULL);
	http(&S, "POST", "/v1/sandboxes", S.user, "application/json", "{\"auto_resume\": \"yes\"}",
	     &r);
	cr_assert_eq(r.status, 422, "%s", r.body);
	cr_assert(strstr(r.body, "auto_resume"), "%s", r.body);
	reply_free(&r);
	if (running_as_root())
		return;
	http(&S, "POST", "/v1/sandboxes", S.user, "application/json", "{\"auto_resume\": true}",
	     &r);
	cr_assert_eq(r.status, 501, "%s", r.body);
	cr_assert(strstr(r.body, "pause_unsupported") && strstr(r.body, "auto_resume") &&
		      strstr(r.body, "freezer"),
		  "%s", r.body);
	reply_free(&r);
	http(&S, "GET", "/v1/sandboxes", S.user, NULL, NULL, &r);
	cr_assert_eq(json_array_size(json_object_get(r.json, "sandboxes")), 0,
		     "no sandbox made: %s", r.body);
	reply_free(&r);
}
