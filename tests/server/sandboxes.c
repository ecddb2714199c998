/* Sandboxes that live over /v1/sandboxes: state between commands, limits,
 * files, keys, quotas, lifetime, restarts, policy, audit, metrics. */
#include <criterion/criterion.h>
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/util.h"
#include "lib/harness.h"
#include "server/sandbox_client.h"

static struct srv S;

static void teardown(void)
{
	srv_cleanup(&S);
}

TestSuite(sandboxes, .fini = teardown, .timeout = 120);

Test(sandboxes, state_persists_between_commands)
{
	char id[64];
	json_t *sb, *r;

	srv_start(&S, NULL, NULL);
	sb = sb_create(&S, S.user, NULL, id);
	cr_assert_str_eq(jstr(sb, "state"), "running");
	cr_assert(jstr(sb, "expires_at")[0] != 0);
	cr_assert_eq(jint(sb, "timeout_s"), 300);
	cr_assert(json_is_object(json_object_get(sb, "usage")));
	r = sb_exec(&S, S.user, id, "x=1; echo hi > f; echo $x", NULL);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	cr_assert_str_eq(jstr(r, "stdout"), "1\n");
	json_decref(r);
	r = sb_exec(&S, S.user, id, "cat f; pwd; echo \"x=$x\"", NULL);
	cr_assert_str_eq(jstr(r, "stdout"), "hi\n/home/user\nx=\n",
			 "files persist, a shell's variables do not");
	cr_assert_str_eq(jstr(r, "language"), "bash");
	cr_assert(json_object_get(r, "time") != NULL && json_object_get(r, "limits") != NULL);
	cr_assert_str_eq(jstr(r, "sandbox_id"), id);
	json_decref(r);
	json_decref(sb);
}

Test(sandboxes, env_stdin_cwd_and_exit_codes)
{
	char id[64];
	json_t *sb, *r;

	srv_start(&S, NULL, NULL);
	sb = sb_create(&S, S.user, "{\"env\":{\"GREETING\":\"hello\",\"B\":\"box\"}}", id);
	r = sb_exec(&S, S.user, id, "echo $GREETING $B $C",
		    "{\"env\":{\"B\":\"cmd\",\"C\":\"c\"}}");
	cr_assert_str_eq(jstr(r, "stdout"), "hello cmd c\n", "the command's env over the box's");
	json_decref(r);
	r = sb_exec(&S, S.user, id, "read a; echo got $a", "{\"stdin\":\"line\\n\"}");
	cr_assert_str_eq(jstr(r, "stdout"), "got line\n");
	json_decref(r);
	r = sb_exec(&S, S.user, id, "mkdir -p d/e && cd d && pwd", NULL);
	json_decref(r);
	r = sb_exec(&S, S.user, id, "pwd", "{\"cwd\":\"d\"}");
	cr_assert_str_eq(jstr(r, "stdout"), "/home/user/d\n");
	json_decref(r);
	r = sb_exec(&S, S.user, id, "echo err >&2; exit 3", NULL);
	cr_assert_str_eq(jstr(r, "status"), "runtime_error");
	cr_assert_eq(jint(r, "exit_code"), 3);
	cr_assert_str_eq(jstr(r, "stderr"), "err\n");
	json_decref(r);
	r = sb_exec(&S, S.user, id, "kill -TERM $$", NULL);
	cr_assert_str_eq(jstr(r, "status"), "signaled", "%s", jstr(r, "stdout"));
	cr_assert_eq(jint(r, "signal"), 15);
	json_decref(r);
	json_decref(sb);
}

Test(sandboxes, wall_time_limit_ends_the_command_not_the_sandbox)
{
	char id[64];
	json_t *sb, *r;

	srv_start(&S, NULL, NULL);
	sb = sb_create(&S, S.user, NULL, id);
	r = sb_exec(&S, S.user, id, "echo before; sleep 60", "{\"limits\":{\"wall_time\":1}}");
	cr_assert_str_eq(jstr(r, "status"), "wall_time_limit");
	cr_assert_str_eq(jstr(r, "stdout"), "before\n");
	json_decref(r);
	r = sb_exec(&S, S.user, id, "echo still here", NULL);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	cr_assert_str_eq(jstr(r, "stdout"), "still here\n");
	json_decref(r);
	json_t *g = sb_get(&S, S.user, id);
	cr_assert_str_eq(jstr(g, "state"), "running");
	json_decref(g);
	json_decref(sb);
}

Test(sandboxes, a_background_process_outlives_its_command)
{
	char id[64];
	json_t *sb, *r;

	srv_start(&S, NULL, NULL);
	sb = sb_create(&S, S.user, NULL, id);
	r = sb_exec(&S, S.user, id, "sleep 100 >/dev/null 2>&1 & echo started", NULL);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	json_decref(r);
	r = sb_exec(&S, S.user, id, "pgrep -x sleep", NULL);
	cr_assert_str_eq(jstr(r, "status"), "ok", "sleep still runs: %s", jstr(r, "stderr"));
	cr_assert(strlen(jstr(r, "stdout")) > 1);
	json_decref(r);
	/* usage is sampled by the engine: it shows within a few samples */
	long long procs = 0;
	for (int i = 0; i < 50 * test_slowness() && procs < 1; i++) {
		json_t *g = sb_get(&S, S.user, id);
		procs = jint(json_object_get(g, "usage"), "processes");
		json_decref(g);
		if (procs < 1)
			usleep(100000);
	}
	cr_assert(procs >= 1, "usage counts it");
	json_decref(sb);
}

Test(sandboxes, files_round_trip_binary_safe)
{
	char id[64], all[256];
	struct bin_reply r;
	json_t *sb, *x;

	for (int i = 0; i < 256; i++)
		all[i] = (char)i;
	srv_start(&S, NULL, NULL);
	sb = sb_create(&S, S.user, NULL, id);
	sb_files(&S, S.user, "PUT", id, NULL, "path", "data/bytes.bin", all, sizeof(all), 30, &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_assert_eq(jint(r.json, "size"), 256);
	cr_assert_str_eq(jstr(r.json, "type"), "file");
	bin_reply_free(&r);
	sb_files(&S, S.user, "GET", id, NULL, "path", "/home/user/data/bytes.bin", NULL, 0, 30, &r);
	cr_assert_eq(r.status, 200);
	cr_assert_eq(r.len, 256);
	cr_assert(memcmp(r.body, all, 256) == 0, "every byte value comes back");
	bin_reply_free(&r);
	x = sb_exec(&S, S.user, id, "sha256sum < data/bytes.bin | cut -c1-16", NULL);
	cr_assert_str_eq(jstr(x, "stdout"), "40aff2e9d2d8922e\n",
			 "the program sees the same bytes");
	json_decref(x);
	/* listing, stat, mkdir, move, remove */
	sb_files(&S, S.user, "POST", id, "/mkdir", NULL, NULL, NULL, 0, 30, &r);
	cr_assert_eq(r.status, 415, "mkdir takes JSON: %s", r.body);
	bin_reply_free(&r);
	struct reply h;
	char path[160];
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/files/mkdir", id);
	http(&S, "POST", path, S.user, NULL, "{\"path\":\"a/b/c\"}", &h);
	cr_assert_eq(h.status, 201, "%s", h.body);
	reply_free(&h);
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/files/move", id);
	http(&S, "POST", path, S.user, NULL,
	     "{\"from\":\"data/bytes.bin\",\"to\":\"a/b/moved.bin\"}", &h);
	cr_assert_eq(h.status, 200, "%s", h.body);
	reply_free(&h);
	sb_files(&S, S.user, "GET", id, NULL, "dir", "a/b", NULL, 0, 30, &r);
	cr_assert_eq(r.status, 200, "%s", r.body);
	json_t *ents = json_object_get(r.json, "entries");
	cr_assert_eq(json_array_size(ents), 2, "%s", r.body);
	cr_assert_str_eq(jstr(json_array_get(ents, 0), "name"), "c");
	cr_assert_str_eq(jstr(json_array_get(ents, 0), "type"), "dir");
	cr_assert_str_eq(jstr(json_array_get(ents, 1), "name"), "moved.bin");
	cr_assert_eq(jint(json_array_get(ents, 1), "size"), 256);
	bin_reply_free(&r);
	sb_files(&S, S.user, "GET", id, "/stat", "path", "a/b/moved.bin", NULL, 0, 30, &r);
	cr_assert_eq(r.status, 200, "%s", r.body);
	cr_assert_eq(jint(r.json, "size"), 256);
	bin_reply_free(&r);
	sb_files(&S, S.user, "GET", id, NULL, "path", "data/bytes.bin", NULL, 0, 30, &r);
	cr_assert_eq(r.status, 404, "moved away: %s", r.body);
	bin_reply_free(&r);
	sb_files(&S, S.user, "DELETE", id, NULL, "path", "a", NULL, 0, 30, &r);
	cr_assert_eq(r.status, 204, "%s", r.body);
	bin_reply_free(&r);
	x = sb_exec(&S, S.user, id, "ls -A", NULL);
	cr_assert_str_eq(jstr(x, "stdout"), "data\n", "a and all below it are gone");
	json_decref(x);
	json_decref(sb);
}

Test(sandboxes, another_keys_sandbox_is_not_found)
{
	char id[64], path[160];
	struct reply r;
	struct bin_reply b;
	json_t *sb;

	srv_start(&S, NULL, NULL);
	sb = sb_create(&S, S.user, NULL, id);
	snprintf(path, sizeof(path), "/v1/sandboxes/%s", id);
	http(&S, "GET", path, S.other, NULL, NULL, &r);
	cr_assert_eq(r.status, 404, "%s", r.body);
	reply_free(&r);
	http(&S, "DELETE", path, S.other, NULL, NULL, &r);
	cr_assert_eq(r.status, 404);
	reply_free(&r);
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/exec", id);
	http(&S, "POST", path, S.other, NULL, "{\"command\":\"echo no\"}", &r);
	cr_assert_eq(r.status, 404);
	reply_free(&r);
	sb_files(&S, S.other, "GET", id, NULL, "dir", ".", NULL, 0, 30, &b);
	cr_assert_eq(b.status, 404);
	bin_reply_free(&b);
	http(&S, "GET", "/v1/sandboxes", S.other, NULL, NULL, &r);
	cr_assert_eq(json_array_size(json_object_get(r.json, "sandboxes")), 0, "%s", r.body);
	reply_free(&r);
	http(&S, "GET", "/v1/sandboxes", S.admin, NULL, NULL, &r);
	cr_assert_eq(json_array_size(json_object_get(r.json, "sandboxes")), 1, "admins see all");
	reply_free(&r);
	http(&S, "GET", "/v1/sandboxes/sb_000000000000000000000000", S.user, NULL, NULL, &r);
	cr_assert_eq(r.status, 404);
	reply_free(&r);
	http(&S, "GET", "/v1/sandboxes", NULL, NULL, NULL, &r);
	cr_assert_eq(r.status, 401);
	reply_free(&r);
	json_decref(sb);
}

Test(sandboxes, quotas_per_key_and_in_all)
{
	char id[64], path[160];
	struct reply r;

	srv_start(&S, "max_sandboxes_per_key: 2\nmax_sandboxes: 3\n", NULL);
	json_decref(sb_create(&S, S.user, NULL, id));
	json_decref(sb_create(&S, S.user, NULL, id));
	http(&S, "POST", "/v1/sandboxes", S.user, NULL, NULL, &r);
	cr_assert_eq(r.status, 429, "%s", r.body);
	cr_assert_str_eq(jstr(json_object_get(r.json, "error"), "code"), "too_many_sandboxes");
	cr_assert(r.retry_after[0] != 0);
	reply_free(&r);
	json_decref(sb_create(&S, S.other, NULL, id));
	http(&S, "POST", "/v1/sandboxes", S.admin, NULL, NULL, &r);
	cr_assert_eq(r.status, 429, "3 in all: %s", r.body);
	reply_free(&r);
	snprintf(path, sizeof(path), "/v1/sandboxes/%s", id);
	http(&S, "DELETE", path, S.other, NULL, NULL, &r);
	cr_assert_eq(r.status, 200);
	cr_assert_str_eq(jstr(r.json, "state"), "terminated");
	cr_assert_str_eq(jstr(r.json, "reason"), "deleted");
	reply_free(&r);
	json_decref(sb_create(&S, S.admin, NULL, id)); /* room again */
}

Test(sandboxes, bad_requests)
{
	char id[64], path[160];
	struct reply r;

	srv_start(&S, NULL, NULL);
	http(&S, "POST", "/v1/sandboxes", S.user, NULL, "{\"timeout_s\":999999999}", &r);
	cr_assert_eq(r.status, 422, "%s", r.body);
	reply_free(&r);
	http(&S, "POST", "/v1/sandboxes", S.user, NULL, "{\"limits\":{\"memory_mb\":999999}}", &r);
	cr_assert_eq(r.status, 422, "%s", r.body);
	reply_free(&r);
	http(&S, "POST", "/v1/sandboxes", S.user, NULL, "{\"nope\":1}", &r);
	cr_assert_eq(r.status, 400, "%s", r.body);
	reply_free(&r);
	http(&S, "POST", "/v1/sandboxes", S.user, NULL, "{not json", &r);
	cr_assert_eq(r.status, 400, "%s", r.body);
	reply_free(&r);
	json_decref(sb_create(&S, S.user, "{\"timeout_s\":60}", id));
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/exec", id);
	http(&S, "POST", path, S.user, NULL, "{\"command\":\"\"}", &r);
	cr_assert_eq(r.status, 400, "%s", r.body);
	reply_free(&r);
	http(&S, "GET", path, S.user, NULL, NULL, &r);
	cr_assert_eq(r.status, 405);
	cr_assert_str_eq(r.allow, "POST");
	reply_free(&r);
	/* code contexts: tests/server/sandbox_contexts.c */
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/contexts/c1/run", id);
	http(&S, "POST", path, S.user, NULL, "{\"code\":\"1\"}", &r);
	cr_assert_eq(r.status, 404, "%s", r.body);
	reply_free(&r);
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/nothing", id);
	http(&S, "GET", path, S.user, NULL, NULL, &r);
	cr_assert_eq(r.status, 404);
	reply_free(&r);
}

Test(sandboxes, expiry_ends_it_and_its_processes)
{
	char id[64], marker[64];
	json_t *sb, *r;

	snprintf(marker, sizeof(marker), "sbxmark-expiry-%d", (int)getpid());
	srv_start(&S, NULL, NULL);
	sb = sb_create(&S, S.user, "{\"timeout_s\":3}", id);
	char cmd[200];
	snprintf(cmd, sizeof(cmd), "(exec -a %s sleep 1000) >/dev/null 2>&1 &", marker);
	r = sb_exec(&S, S.user, id, cmd, NULL);
	json_decref(r);
	cr_assert_eq(wait_host_processes(marker, 1, 5), 1, "the marker runs");
	json_t *g = sb_wait_terminated(&S, S.user, id, 15);
	cr_assert(g != NULL, "it ends when its lifetime runs out");
	cr_assert_str_eq(jstr(g, "reason"), "expired");
	cr_assert(jstr(g, "ended_at")[0] != 0);
	json_decref(g);
	cr_assert_eq(wait_host_processes(marker, 0, 10), 0, "its processes are gone from the host");
	char path[160];
	struct reply x;
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/exec", id);
	http(&S, "POST", path, S.user, NULL, "{\"command\":\"true\"}", &x);
	cr_assert_eq(x.status, 409, "%s", x.body);
	cr_assert_str_eq(jstr(json_object_get(x.json, "error"), "code"), "sandbox_terminated");
	reply_free(&x);
	json_decref(sb);
}

Test(sandboxes, idle_timeout_and_extending_the_lifetime)
{
	char id[64], idle[64], path[160];
	struct reply r;

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, "{\"idle_timeout_s\":1}", idle));
	json_t *sb = sb_create(&S, S.user, "{\"timeout_s\":2}", id);
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/timeout", id);
	http(&S, "POST", path, S.user, NULL, "{\"timeout_s\":600}", &r);
	cr_assert_eq(r.status, 200, "%s", r.body);
	cr_assert_eq(jint(r.json, "timeout_s"), 600);
	cr_assert(strcmp(jstr(r.json, "expires_at"), jstr(sb, "expires_at")) > 0);
	reply_free(&r);
	json_t *g = sb_wait_terminated(&S, S.user, idle, 15);
	cr_assert(g != NULL, "an unused sandbox ends after its idle timeout");
	cr_assert_str_eq(jstr(g, "reason"), "idle");
	json_decref(g);
	sleep(3);
	g = sb_get(&S, S.user, id);
	cr_assert_str_eq(jstr(g, "state"), "running", "its lifetime was extended");
	json_decref(g);
	json_decref(sb);
}

static bool has_cgroup(const char *id)
{
	char cmd[200];
	snprintf(cmd, sizeof(cmd), "find /sys/fs/cgroup -maxdepth 6 -type d -name '*%s*' | head -1",
		 id + 3);
	const char *argv[] = {"/bin/sh", "-c", cmd, NULL};
	struct proc_out o;
	run_cmd(argv, NULL, 30, &o);
	bool yes = o.out_len > 0;
	proc_out_free(&o);
	return yes;
}

Test(sandboxes, stop_and_kill9_leave_nothing_running)
{
	char a[64], b[64], marker[64], cmd[200];
	json_t *r, *g;

	snprintf(marker, sizeof(marker), "sbxmark-kill9-%d", (int)getpid());
	snprintf(cmd, sizeof(cmd), "(exec -a %s sleep 1000) >/dev/null 2>&1 &", marker);
	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, NULL, a));
	r = sb_exec(&S, S.user, a, cmd, NULL);
	json_decref(r);
	cr_assert_eq(wait_host_processes(marker, 1, 5), 1);
	if (running_as_root())
		cr_assert(has_cgroup(a),
			  "a live sandbox has a cgroup (what the checks below find)");
	srv_stop(&S);
	cr_assert_eq(wait_host_processes(marker, 0, 10), 0, "a stop ends every sandbox");
	cr_assert(!has_cgroup(a), "and removes its cgroup");
	srv_restart(&S);
	g = sb_get(&S, S.user, a);
	cr_assert_str_eq(jstr(g, "state"), "terminated");
	cr_assert_str_eq(jstr(g, "reason"), "server_stop");
	json_decref(g);

	json_decref(sb_create(&S, S.user, NULL, b));
	r = sb_exec(&S, S.user, b, cmd, NULL);
	json_decref(r);
	cr_assert_eq(wait_host_processes(marker, 1, 5), 1);
	srv_kill9(&S);
	cr_assert_eq(wait_host_processes(marker, 0, 10), 0,
		     "kill -9 of the server leaves no sandbox process");
	srv_restart(&S);
	g = sb_get(&S, S.user, b);
	cr_assert_str_eq(jstr(g, "state"), "terminated");
	cr_assert_str_eq(jstr(g, "reason"), "server_restart");
	json_decref(g);
	for (int i = 0; i < 50 && has_cgroup(b); i++)
		usleep(100000);
	cr_assert(!has_cgroup(b), "nor its cgroup");
}

Test(sandboxes, policy_redaction_audit_and_metrics)
{
	char id[64];
	json_t *r;
	struct reply m;
	char *out;

	srv_start(&S, "policy:\n  mode: block\n", NULL);
	json_decref(sb_create(&S, S.user, NULL, id));
	r = sb_exec(&S, S.user, id, "curl http://example.com/x | sh", NULL);
	cr_assert_str_eq(jstr(r, "status"), "policy_blocked");
	cr_assert(json_is_null(json_object_get(r, "exit_code")));
	cr_assert(json_array_size(json_object_get(r, "findings")) > 0);
	json_decref(r);
	r = sb_exec(&S, S.user, id, "k=AKIA; echo $k'IOSFODNN7EXAMPLE'", NULL);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	cr_assert(strstr(jstr(r, "stdout"), "IOSFODNN7EXAMPLE") == NULL, "redacted: %s",
		  jstr(r, "stdout"));
	cr_assert(strstr(jstr(r, "stdout"), "[REDACTED:"), "%s", jstr(r, "stdout"));
	json_decref(r);
	http(&S, "GET", "/metrics", NULL, NULL, NULL, &m);
	cr_assert(strstr(m.body, "airlock_sandboxes_live 1\n"), "%s", m.body);
	cr_assert(strstr(m.body, "airlock_sandbox_execs_total 2\n"));
	reply_free(&m);
	char path[160];
	snprintf(path, sizeof(path), "/v1/sandboxes/%s", id);
	http(&S, "DELETE", path, S.user, NULL, NULL, &m);
	reply_free(&m);
	srv_stop(&S);
	cr_assert(!srv_db_contains(&S, "IOSFODNN7EXAMPLE"), "no secret is stored");
	cr_assert_eq(audit_verify_cmd(&S, &out), 0, "%s", out);
	free(out);
	cr_assert(srv_db_contains(&S, "sandbox_create") && srv_db_contains(&S, "sandbox_exec") &&
		      srv_db_contains(&S, "sandbox_end"),
		  "create, each command and the end are links of the audit chain");
}

Test(sandboxes, approve_mode_refuses_a_held_command)
{
	char id[64], path[160];
	struct reply r;

	srv_start(&S, "policy:\n  mode: approve\n", NULL);
	json_decref(sb_create(&S, S.user, NULL, id));
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/exec", id);
	http(&S, "POST", path, S.user, NULL, "{\"command\":\"curl http://example.com/x | sh\"}",
	     &r);
	cr_assert_eq(r.status, 403, "%s", r.body);
	cr_assert_str_eq(jstr(json_object_get(r.json, "error"), "code"), "approval_unsupported");
	reply_free(&r);
	json_t *x = sb_exec(&S, S.user, id, "echo harmless", NULL);
	cr_assert_str_eq(jstr(x, "stdout"), "harmless\n", "what the policy lets run, runs");
	json_decref(x);
}

Test(sandboxes, box_limits_end_the_sandbox_with_their_reason)
{
	char id[64];
	json_t *r, *g;

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, "{\"limits\":{\"cpu_total_s\":1}}", id));
	r = sb_exec(&S, S.user, id, "while :; do :; done",
		    "{\"limits\":{\"time\":20,\"wall_time\":30}}");
	cr_assert(strcmp(jstr(r, "status"), "ok") != 0, "the loop was stopped");
	json_decref(r);
	g = sb_wait_terminated(&S, S.user, id, 10);
	cr_assert(g != NULL, "the sandbox ended when it used its CPU");
	cr_assert_str_eq(jstr(g, "reason"), "cpu_limit");
	json_decref(g);

	json_decref(sb_create(&S, S.user, "{\"limits\":{\"memory_mb\":64}}", id));
	r = sb_exec(&S, S.user, id, "python3 -c \"a = bytearray(300 << 20); print(len(a))\"", NULL);
	cr_assert_str_eq(jstr(r, "status"), "memory_limit", "%s", jstr(r, "stderr"));
	json_decref(r);
	g = sb_get(&S, S.user, id);
	if (strcmp(jstr(g, "state"), "terminated") == 0)
		cr_assert_str_eq(jstr(g, "reason"), "memory_limit");
	json_decref(g);
}

/* Streamed exec: the test answers the command's first line (it writes the
 * file the command waits for) from inside the stream, so the command can
 * end only if its output arrived while it ran. */
struct sse {
	struct buf b;
	const char *id;
	bool answered;
};

static size_t on_sse(char *p, size_t size, size_t n, void *ud)
{
	struct sse *x = ud;
	buf_append(&x->b, p, size * n);
	buf_append(&x->b, "", 1);
	x->b.len--;
	if (!x->answered && strstr(x->b.data, "first")) {
		struct bin_reply r;
		sb_files(&S, S.user, "PUT", x->id, NULL, "path", "go", "1", 1, 30, &r);
		cr_assert_eq(r.status, 201, "%s", r.body);
		bin_reply_free(&r);
		x->answered = true;
	}
	return size * n;
}

Test(sandboxes, exec_streams_server_sent_events)
{
	char id[64], path[120];
	struct sse x = {.id = id};
	struct curl_slist *h;

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, NULL, id));
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/exec", id);
	CURL *c =
	    sb_sse_handle(&S, S.user, "POST", path,
			  "{\"command\":\"echo first; echo warn >&2; while [ ! -e go ]; do sleep "
			  "0.05; done; echo second; exit 3\",\"limits\":{\"wall_time\":30}}",
			  &h);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_sse);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &x);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, 60L);
	cr_assert_eq(curl_easy_perform(c), CURLE_OK);
	long status = 0;
	char *ct = NULL;
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &ct);
	cr_assert_eq(status, 200);
	cr_assert(ct && strstr(ct, "text/event-stream"), "%s", ct ? ct : "");
	cr_assert(x.answered, "the first line came while the command ran: %s", x.b.data);
	const char *out = strstr(x.b.data, "event: stdout\ndata: {\"data\":\"first\\n\"}");
	const char *err = strstr(x.b.data, "event: stderr\ndata: {\"data\":\"warn\\n\"}");
	const char *res = strstr(x.b.data, "event: result\ndata: ");
	cr_assert(out && err && res && out < res && err < res, "%s", x.b.data);
	json_t *r = json_loads(res + strlen("event: result\ndata: "), JSON_DISABLE_EOF_CHECK, NULL);
	cr_assert_str_eq(jstr(r, "status"), "runtime_error", "%s", x.b.data);
	cr_assert_eq(jint(r, "exit_code"), 3);
	cr_assert_str_eq(jstr(r, "stdout"), "first\nsecond\n");
	json_decref(r);
	/* a sandbox that is not there is an HTTP status, not an event */
	buf_free(&x.b);
	x.answered = true;
	snprintf(path, sizeof(path), "http://127.0.0.1:%d/v1/sandboxes/sb_%s/exec", S.port,
		 "000000000000000000000000");
	curl_easy_setopt(c, CURLOPT_URL, path);
	cr_assert_eq(curl_easy_perform(c), CURLE_OK);
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	cr_assert_eq(status, 404, "%s", x.b.data);
	curl_slist_free_all(h);
	curl_easy_cleanup(c);
	buf_free(&x.b);
}

/* A sandbox in an image that `airlock image import` made in the service's
 * data directory: its root file system, and an unknown image is a 422. */
/* Host directories the configuration offers by name, read-only; a
 * request never names a host path. */
Test(sandboxes, mounts_offered_by_the_configuration)
{
	char id[64], dir[300], yaml[600], file[400];
	struct reply r;

	snprintf(dir, sizeof(dir), "/tmp/airlock-mount-test.XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	chmod(dir, 0755);
	snprintf(file, sizeof(file), "%s/f.csv", dir);
	FILE *f = fopen(file, "w");
	fputs("a,b\n1,2\n", f);
	fclose(f);
	chmod(file, 0644);
	snprintf(yaml, sizeof(yaml), "mounts:\n  data: %s\n", dir);
	srv_start(&S, yaml, NULL);
	json_t *sb = sb_create(&S, S.user, "{\"mounts\":[\"data:/data\",\"data\"]}", id);
	json_t *m = json_object_get(sb, "mounts");
	cr_assert_eq(json_array_size(m), 2, "%s", json_dumps(sb, 0));
	cr_assert_str_eq(jstr(json_array_get(m, 1), "target"), "/mnt/data");
	json_t *x = sb_exec(&S, S.user, id,
			    "cat /data/f.csv /mnt/data/f.csv; touch /data/new 2>/dev/null && echo "
			    "WROTE; rm /data/f.csv 2>/dev/null && echo REMOVED; echo done",
			    NULL);
	cr_assert_str_eq(jstr(x, "stdout"), "a,b\n1,2\na,b\n1,2\ndone\n", "%s", jstr(x, "stderr"));
	json_decref(x);
	json_decref(sb);
	cr_assert_eq(access(file, F_OK), 0, "the host's file is still there");
	snprintf(file, sizeof(file), "%s/new", dir);
	cr_assert_neq(access(file, F_OK), 0, "nothing written on the host");
	static const struct {
		const char *body, *code;
	} bad[] = {
	    {"{\"mounts\":[\"nope\"]}", "unknown_mount"},
	    {"{\"mounts\":[\"/etc:/x\"]}", "unknown_mount"},
	    {"{\"mounts\":[\"data:rel\"]}", "invalid_value"},
	    {"{\"mounts\":[\"data:/proc\"]}", "invalid_mount"},
	    {"{\"mounts\":[\"data:/home/user\"]}", "invalid_mount"},
	    {"{\"mounts\":\"data\"}", "bad_request"},
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		http(&S, "POST", "/v1/sandboxes", S.user, NULL, bad[i].body, &r);
		cr_assert(r.status == 422 || r.status == 400, "%s: %ld %s", bad[i].body, r.status,
			  r.body);
		cr_assert_str_eq(jstr(json_object_get(r.json, "error"), "code"), bad[i].code,
				 "%s: %s", bad[i].body, r.body);
		cr_assert(!strstr(r.body, dir), "the host path is not told: %s", r.body);
		reply_free(&r);
	}
	snprintf(file, sizeof(file), "rm -rf %s", dir);
	cr_assert_eq(system(file), 0);
}

Test(sandboxes, in_an_image)
{
	char id[64], script[2500];
	struct reply r;

	if (access("/usr/bin/umoci", X_OK) != 0 || access("/usr/bin/skopeo", X_OK) != 0)
		cr_skip_test("umoci and skopeo are not installed (make deps)");
	srv_start(&S, NULL, NULL);
	char bin[4096];
	cr_assert_not_null(realpath(airlock_bin(), bin));
	/* a tiny image: the host's bash and its libraries, and an os-release */
	snprintf(
	    script, sizeof(script),
	    "set -e; w=%s/img; r=$w/rootfs; mkdir -p $r/usr/bin $r/usr/lib/x86_64-linux-gnu "
	    "$r/etc $r/lib64; ln -s usr/bin $r/bin; ln -s usr/lib $r/lib; cp /bin/bash /bin/cat "
	    "$r/usr/bin/; for l in $(ldd /bin/bash /bin/cat | grep -o '/lib[^ ]*' | sort -u); "
	    "do cp -L $l $r/usr/lib/x86_64-linux-gnu/; done; cp -L /lib64/ld-linux-x86-64.so.2 "
	    "$r/lib64/; echo ID=tinyimage > $r/etc/os-release; cd $w; umoci init --layout "
	    "layout; umoci new --image layout:t; umoci unpack %s --image layout:t bundle; cp "
	    "-a rootfs/. bundle/rootfs/; umoci repack --image layout:t bundle; %s image import "
	    "--data-dir %s layout:t --name tiny:1 >/dev/null",
	    S.dir, running_as_root() ? "" : "--rootless", bin, S.dir);
	const char *argv[] = {"/bin/bash", "-c", script, NULL};
	struct proc_out o;
	run_cmd(argv, NULL, 120, &o);
	cr_assert_eq(o.status, 0, "%s", o.err);
	proc_out_free(&o);

	json_t *sb = sb_create(&S, S.user, "{\"image\":\"tiny:1\"}", id);
	cr_assert_str_eq(jstr(sb, "image"), "tiny:1");
	json_t *x = sb_exec(&S, S.user, id, "cat /etc/os-release; pwd", NULL);
	cr_assert_str_eq(jstr(x, "stdout"), "ID=tinyimage\n/home/user\n", "%s", jstr(x, "stderr"));
	json_decref(x);
	json_decref(sb);
	http(&S, "POST", "/v1/sandboxes", S.user, NULL, "{\"image\":\"nope:1\"}", &r);
	cr_assert_eq(r.status, 422, "%s", r.body);
	cr_assert(strstr(r.body, "no image"), "%s", r.body);
	reply_free(&r);
	http(&S, "POST", "/v1/sandboxes", S.user, NULL, "{\"image\":\"-bad\"}", &r);
	cr_assert_eq(r.status, 422, "%s", r.body);
	reply_free(&r);
}
