/* GET /v1/sandboxes/ID/metrics and E2B's GET /sandboxes/ID/metrics: the
 * sandbox's use measured when asked -- CPU since the last call, memory a
 * command holds, the bytes written to its disk, its limits -- a key's own,
 * and none once it ended. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
