/* Quotas (429 + Retry-After), the bounded queue (503 + Retry-After). */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>

#include "lib/harness.h"
#include "server/client.h"

static struct srv S;

static void teardown(void)
{
	srv_cleanup(&S);
}

TestSuite(quota, .fini = teardown, .timeout = 120);

Test(quota, rate_limit_answers_429_with_retry_after)
{
	struct reply r;
	srv_start(&S, NULL, "per-minute=2");
	for (int i = 0; i < 2; i++) {
		submit(&S, S.user, "bash", "true", NULL, &r);
		cr_assert_eq(r.status, 201, "%s", r.body);
		reply_free(&r);
	}
	submit(&S, S.user, "bash", "true", NULL, &r);
	cr_assert_eq(r.status, 429, "%s", r.body);
	cr_assert_str_eq(jstr(json_object_get(r.json, "error"), "code"), "rate_limited");
	cr_assert(atoi(r.retry_after) >= 1 && atoi(r.retry_after) <= 31, "Retry-After %s",
		  r.retry_after);
	reply_free(&r);
	submit(&S, S.other, "bash", "true", NULL, &r);
	cr_assert_eq(r.status, 201, "another key has its own bucket");
	reply_free(&r);
}

Test(quota, daily_and_concurrent_quotas)
{
	struct reply r, b;
	srv_start(&S, NULL, "per-day=3,concurrent=1");
	submit(&S, S.user, "bash", "sleep 20", "{\"wait\":false}", &r);
	cr_assert_eq(r.status, 202);
	submit(&S, S.user, "bash", "true", NULL, &b);
	cr_assert_eq(b.status, 429, "%s", b.body);
	cr_assert_str_eq(jstr(json_object_get(b.json, "error"), "code"), "too_many_concurrent");
	cr_assert(atoi(b.retry_after) >= 1);
	reply_free(&b);
	char path[128];
	snprintf(path, sizeof(path), "/v1/executions/%s", jstr(r.json, "id"));
	http(&S, "DELETE", path, S.user, NULL, NULL, &b);
	cr_assert_eq(b.status, 200);
	reply_free(&b);
	reply_free(&r);
	for (int i = 0; i < 2; i++) {
		submit(&S, S.user, "bash", "true", NULL, &r);
		cr_assert_eq(r.status, 201, "%s", r.body);
		reply_free(&r);
	}
	submit(&S, S.user, "bash", "true", NULL, &r);
	cr_assert_eq(r.status, 429, "%s", r.body);
	cr_assert_str_eq(jstr(json_object_get(r.json, "error"), "code"), "quota_exceeded");
	cr_assert(atoi(r.retry_after) >= 1 && atoi(r.retry_after) <= 86400);
	reply_free(&r);
}

/* cgroup_parent: the service's runs, and the cgroups it makes ahead for
 * the next ones, live under the configured parent, and none is left
 * there once it stops. */
Test(quota, runs_live_under_the_configured_cgroup_parent)
{
	char parent[64], yaml[128], dir[256];
	struct reply r;
	if (!running_as_root())
		cr_skip_test("rootless: no cgroups");
	snprintf(parent, sizeof(parent), "airlock-srv-%d", getpid());
	snprintf(yaml, sizeof(yaml), "cgroup_parent: %s\n", parent);
	srv_start(&S, yaml, NULL);
	submit(&S, S.user, "bash", "true", NULL, &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "status"), "ok", "%s", r.body);
	reply_free(&r);
	bool v2 = access("/sys/fs/cgroup/cgroup.controllers", F_OK) == 0;
	snprintf(dir, sizeof(dir), v2 ? "/sys/fs/cgroup/%s" : "/sys/fs/cgroup/memory/%s", parent);
	cr_assert_eq(access(dir, F_OK), 0, "%s was not made", dir);
	srv_stop(&S);
	static const char *const ctl[] = {"memory", "pids", "cpuacct", "cpu"};
	for (size_t i = 0; i < (v2 ? 1 : sizeof(ctl) / sizeof(ctl[0])); i++) {
		if (!v2)
			snprintf(dir, sizeof(dir), "/sys/fs/cgroup/%s/%s", ctl[i], parent);
		if (access(dir, F_OK) == 0)
			cr_expect_eq(rmdir(dir), 0, "%s is not empty: %s", dir, strerror(errno));
	}
}

Test(quota, full_queue_answers_503_with_retry_after)
{
	struct reply a, b, c;
	srv_start(&S, "workers: 1\nqueue_size: 1\n", NULL);
	submit(&S, S.user, "bash", "sleep 20", "{\"wait\":false}", &a);
	cr_assert_eq(a.status, 202);
	cr_assert(wait_status(&S, S.user, jstr(a.json, "id"), "running"));
	submit(&S, S.user, "bash", "sleep 20", "{\"wait\":false}", &b);
	cr_assert_eq(b.status, 202, "one fits in the queue: %s", b.body);
	submit(&S, S.user, "bash", "true", NULL, &c);
	cr_assert_eq(c.status, 503, "%s", c.body);
	cr_assert_str_eq(jstr(json_object_get(c.json, "error"), "code"), "queue_full");
	cr_assert(atoi(c.retry_after) >= 1);
	reply_free(&c);

	/* the queued one can be cancelled before it ever runs */
	char path[128];
	snprintf(path, sizeof(path), "/v1/executions/%s", jstr(b.json, "id"));
	http(&S, "GET", path, S.user, NULL, NULL, &c);
	cr_assert_str_eq(jstr(c.json, "status"), "queued");
	reply_free(&c);
	http(&S, "DELETE", path, S.user, NULL, NULL, &c);
	cr_assert_eq(c.status, 200);
	cr_assert_str_eq(jstr(c.json, "status"), "cancelled");
	reply_free(&c);
	snprintf(path, sizeof(path), "/v1/executions/%s", jstr(a.json, "id"));
	http(&S, "DELETE", path, S.user, NULL, NULL, &c);
	reply_free(&c);
	http(&S, "GET", "/metrics", NULL, NULL, NULL, &c);
	cr_assert(strstr(c.body, "airlock_rejections_total{reason=\"queue_full\"} 1"), "%s",
		  c.body);
	reply_free(&c);
	reply_free(&a);
	reply_free(&b);
}

Test(quota, cpu_seconds_per_day)
{
	struct reply r;
	srv_start(&S, NULL, "cpu-seconds=1");
	submit(&S, S.user, "bash", "while :; do :; done",
	       "{\"limits\":{\"time_limit_s\":1.2,\"wall_time_limit_s\":30}}", &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "status"), "time_limit");
	reply_free(&r);
	submit(&S, S.user, "bash", "true", NULL, &r);
	cr_assert_eq(r.status, 429, "%s", r.body);
	cr_assert_str_eq(jstr(json_object_get(r.json, "error"), "code"), "quota_exceeded");
	cr_assert(strstr(r.body, "CPU seconds"), "%s", r.body);
	reply_free(&r);
}
