/* GET /v1/sandboxes/ID/metrics and E2B's GET /sandboxes/ID/metrics: the
 * sandbox's use measured when asked -- CPU since the last call, memory a
 * command holds, the bytes written to its disk, its limits -- a key's own,
 * and none once it ended. */
#include <criterion/criterion.h>
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

TestSuite(sandbox_metrics, .fini = teardown, .timeout = 120);

static json_t *metrics(const char *key, const char *id, long want)
{
	char path[200];
	struct reply r;

	snprintf(path, sizeof(path), "/v1/sandboxes/%s/metrics", id);
	http(&S, "GET", path, key, NULL, NULL, &r);
	cr_assert_eq(r.status, want, "%ld %s", r.status, r.body);
	json_t *o = json_incref(r.json);
	reply_free(&r);
	return o;
}

static double num(const json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);
	cr_assert(json_is_number(v), "%s in %s", k, json_dumps(o, 0));
	return json_number_value(v);
}

Test(sandbox_metrics, measured_when_asked)
{
	char id[64];

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, "{\"limits\":{\"memory_mb\":256}}", id));
	json_t *m = metrics(S.user, id, 200);
	cr_assert(strlen(jstr(m, "timestamp")) >= 20);
	cr_assert_geq(num(m, "cpu_count"), 1);
	cr_assert_eq(num(m, "memory_total_bytes"), 256.0 * 1024 * 1024, "its limit");
	double disk0 = num(m, "disk_used_bytes"), disk_total = num(m, "disk_total_bytes");
	cr_assert_eq(disk_total, 64.0 * 1024 * 1024, "its disk limit's file system");
	json_decref(m);

	/* a second of busy CPU is in the next call's share; none in the one after */
	json_decref(sb_exec(&S, S.user, id, "timeout 1 sh -c 'while :; do :; done'; true", NULL));
	m = metrics(S.user, id, 200);
	double busy = num(m, "cpu_used_pct"), cpu_ms = num(m, "cpu_ms");
	cr_assert_gt(busy, 0);
	cr_assert_leq(busy, 100);
	cr_assert_geq(cpu_ms, 50, "the loop's CPU time: %g ms", cpu_ms);
	json_decref(m);
	m = metrics(S.user, id, 200);
	cr_assert_lt(num(m, "cpu_used_pct"), busy, "nothing ran since");
	json_decref(m);

	/* bytes written and memory held are seen */
	json_decref(sb_exec(&S, S.user, id, "head -c 8000000 /dev/zero > big", NULL));
	m = metrics(S.user, id, 200);
	cr_assert_geq(num(m, "disk_used_bytes") - disk0, 7.5e6, "%s", json_dumps(m, 0));
	double mem0 = num(m, "memory_used_bytes");
	json_decref(m);
	struct sb_bg bg;
	sb_bg_start(&bg, &S, S.user, id,
		    "{\"command\":\"python3 -c \\\"b = bytearray(64 << 20)\\nprint('held', "
		    "flush=True)\\nimport time; time.sleep(4)\\\"\"}");
	bool seen = false;
	for (int i = 0; i < 60 * test_slowness() && !seen; i++) {
		usleep(100000);
		m = metrics(S.user, id, 200);
		seen = num(m, "memory_used_bytes") >= mem0 + 48.0 * 1024 * 1024;
		json_decref(m);
	}
	cr_assert(seen, "64 MiB held by a command");
	json_decref(sb_bg_join(&bg));

	/* another key's: as missing; ended: 409 */
	json_decref(metrics(S.other, id, 404));
	char path[200];
	struct reply r;
	snprintf(path, sizeof(path), "/v1/sandboxes/%s", id);
	http(&S, "DELETE", path, S.user, NULL, NULL, &r);
	reply_free(&r);
	json_decref(metrics(S.user, id, 409));
}

static json_t *history(const char *id, const char *query, long want)
{
	char path[256];
	struct reply r;

	snprintf(path, sizeof(path), "/v1/sandboxes/%s/metrics/history%s", id, query);
	http(&S, "GET", path, S.user, NULL, NULL, &r);
	cr_assert_eq(r.status, want, "%s: %ld %s", query, r.status, r.body);
	json_t *o = json_incref(json_object_get(r.json, "samples"));
	reply_free(&r);
	return o;
}

/* The service samples a running sandbox every 5 s: a busy loop shows in
 * the samples taken while it ran, oldest first, the last one measured
 * now; a range keeps what is in it; the samples leave a caller's own
 * "since the last call" alone. */
Test(sandbox_metrics, sampled_over_time, .timeout = 120)
{
	char id[64], q[128];

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, NULL, id));
	time_t t0 = time(NULL);
	json_t *m0 = metrics(S.user, id, 200);
	json_decref(sb_exec(&S, S.user, id, "(timeout 12 sh -c 'while :; do :; done' &)", NULL));
	sleep(12);
	/* the caller's own share is over the 12 s since its last call,
	 * whatever the service sampled in between */
	json_t *m1 = metrics(S.user, id, 200);
	double cpus = num(m1, "cpu_count"), used_ms = num(m1, "cpu_ms") - num(m0, "cpu_ms");
	double expect = 100.0 * used_ms / (12000.0 * cpus);
	cr_assert_gt(used_ms, 0, "the loop ran");
	cr_assert(num(m1, "cpu_used_pct") > expect * 0.7 && num(m1, "cpu_used_pct") < expect * 1.3,
		  "since the last call: %g%%, its CPU time says %g%%", num(m1, "cpu_used_pct"),
		  expect);
	json_decref(m0);
	json_decref(m1);

	json_t *all = history(id, "", 200);
	size_t n = json_array_size(all);
	cr_assert_geq(n, 3, "two samples in 12 s and one now: %s", json_dumps(all, 0));
	const char *prev = "";
	double prev_ms = -1;
	for (size_t i = 0; i < n; i++) {
		json_t *x = json_array_get(all, i);
		cr_assert_gt(strcmp(jstr(x, "timestamp"), prev), 0, "oldest first");
		prev = jstr(x, "timestamp");
		cr_assert_geq(num(x, "cpu_ms"), prev_ms, "CPU time only grows");
		if (i > 0 && i + 1 < n && num(x, "cpu_ms") > prev_ms)
			cr_assert_gt(num(x, "cpu_used_pct"), 0, "the loop ran in between: %s",
				     json_dumps(all, 0));
		prev_ms = num(x, "cpu_ms");
		cr_assert_gt(num(x, "memory_total_bytes"), 0);
	}
	cr_assert_gt(num(json_array_get(all, n - 1), "cpu_ms"),
		     num(json_array_get(all, 0), "cpu_ms"), "%s", json_dumps(all, 0));
	json_decref(all);

	/* a range: from a minute on, nothing; up to t0 - 60, nothing */
	snprintf(q, sizeof(q), "?start=%lld", (long long)time(NULL) + 60);
	all = history(id, q, 200);
	cr_assert_eq(json_array_size(all), 0);
	json_decref(all);
	snprintf(q, sizeof(q), "?start=%lld&end=%lld", (long long)t0 - 3600, (long long)t0 - 60);
	all = history(id, q, 200);
	cr_assert_eq(json_array_size(all), 0);
	json_decref(all);
	snprintf(q, sizeof(q), "?start=%lld", (long long)t0);
	all = history(id, q, 200);
	cr_assert_geq(json_array_size(all), 3);
	json_decref(all);
	/* what is not a range */
	json_decref(history(id, "?start=yesterday", 400));
	json_decref(history(id, "?start=-5", 400));
	snprintf(q, sizeof(q), "?start=%lld&end=%lld", (long long)t0, (long long)t0 - 10);
	json_decref(history(id, q, 422));
	/* another key's: not found */
	char path[200];
	struct reply r;
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/metrics/history", id);
	http(&S, "GET", path, S.other, NULL, NULL, &r);
	cr_assert_eq(r.status, 404, "%s", r.body);
	reply_free(&r);
}
