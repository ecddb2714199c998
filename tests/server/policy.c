/* The policy of `airlock serve`: analysis before a run (warn, block,
 * approve; per key), redaction after it, and the approval gate, against a
 * real server, the real engine and the real analyzer. */
#include <criterion/criterion.h>
#include <curl/curl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/harness.h"
#include "server/client.h"

static struct srv S;

static void teardown(void)
{
	srv_cleanup(&S);
}

TestSuite(policy, .fini = teardown, .timeout = 120);

/* High severity for the analyzer (py-shell); prints when it runs. */
#define RISKY(msg) "import os\nos.system('eval echo " msg "')\n"
/* The AWS example key id, put together at run time so that the code holds
 * no secret: only the program's output does. */
#define SECRET "AKIAIOSFODNN7EXAMPLE"
#define PRINTS_SECRET                                                                              \
	"import sys\nk = 'AKIA' + 'IOSFODNN7EXAMPLE'\nprint('key', k)\nprint(k, "                  \
	"file=sys.stderr)\n"

static void expect_error(long status, const char *code, struct reply *r)
{
	cr_assert_eq(r->status, status, "wanted %ld, got %ld: %s", status, r->status, r->body);
	cr_assert_str_eq(jstr(json_object_get(r->json, "error"), "code"), code, "%s", r->body);
	reply_free(r);
}

static bool has_finding(json_t *o, const char *rule, const char *severity)
{
	json_t *f, *list = json_object_get(o, "findings");
	size_t i;
	json_array_foreach(list, i, f)
	{
		if (strcmp(jstr(f, "rule"), rule) == 0 &&
		    strcmp(jstr(f, "severity"), severity) == 0)
			return true;
	}
	return false;
}

static void get_execution(const char *id, const char *key, struct reply *g)
{
	char path[128];
	snprintf(path, sizeof(path), "/v1/executions/%s", id);
	http(&S, "GET", path, key, NULL, NULL, g);
	cr_assert_eq(g->status, 200, "%s", g->body);
}

static void decide(const char *id, const char *what, const char *key, const char *body,
		   struct reply *r)
{
	char path[128];
	snprintf(path, sizeof(path), "/v1/approvals/%s/%s", id, what);
	http(&S, "POST", path, key, NULL, body, r);
}

/* Submits a risky program; it must be held for approval. */
static void submit_pending(const char *key, const char *code, char *id)
{
	struct reply r;
	submit(&S, key, "python", code, NULL, &r);
	cr_assert_eq(r.status, 202, "held for approval even with wait true: %s", r.body);
	cr_assert_str_eq(jstr(r.json, "status"), "pending_approval");
	strcpy(id, jstr(r.json, "id"));
	reply_free(&r);
}

static char *audit_export(void)
{
	const char *argv[] = {airlock_bin(), "audit", "export", "--data-dir", S.dir, NULL};
	struct proc_out o;
	cr_assert_eq(run_cmd(argv, NULL, 20, &o), 0, "%s", o.err);
	char *out = o.out;
	o.out = NULL;
	proc_out_free(&o);
	return out;
}

Test(policy, warn_runs_and_attaches_findings)
{
	struct reply r;

	srv_start(&S, "policy:\n  mode: warn\n", NULL);
	submit(&S, S.user, "python", RISKY("warned"), NULL, &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "status"), "ok");
	cr_assert_str_eq(jstr(r.json, "stdout"), "warned\n");
	cr_assert(has_finding(r.json, "py-shell", "high"), "%s", r.body);
	json_t *f = json_array_get(json_object_get(r.json, "findings"), 0);
	cr_assert_eq(jint(f, "line"), 2, "%s", r.body);
	cr_assert(strlen(jstr(f, "message")) > 0);
	reply_free(&r);

	submit(&S, S.user, "python", "print(1)", NULL, &r);
	cr_assert_eq(r.status, 201);
	cr_assert_str_eq(jstr(r.json, "stdout"), "1\n");
	json_t *none = json_object_get(r.json, "findings");
	cr_assert(json_is_array(none) && json_array_size(none) == 0, "%s", r.body);
	reply_free(&r);

	submit(&S, S.user, "python", RISKY("later"), "{\"wait\":false}", &r);
	cr_assert_eq(r.status, 202);
	cr_assert(has_finding(r.json, "py-shell", "high"), "202 carries the findings: %s", r.body);
	cr_assert(wait_status(&S, S.user, jstr(r.json, "id"), "ok"));
	reply_free(&r);
}

/* A program the analysis once crashed on (global outside any function):
 * the analysis runs inside the server, so it took the server down with
 * it. It runs, and the server answers the next request. */
Test(policy, a_program_that_crashed_the_analysis_runs_and_the_server_stays)
{
	struct reply r;

	srv_start(&S, "policy:\n  mode: warn\n", NULL);
	submit(&S, S.user, "python", "global x\nx = 1\nprint(x)", NULL, &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "stdout"), "1\n", "%s", r.body);
	reply_free(&r);
	submit(&S, S.user, "python", "print(2)", NULL, &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "stdout"), "2\n");
	reply_free(&r);
}

Test(policy, block_refuses_without_running)
{
	struct reply r, g;

	srv_start(&S, "policy:\n  mode: block\n", NULL);
	for (int wait = 0; wait < 2; wait++) {
		submit(&S, S.user, "python", RISKY("must not run"),
		       wait ? "{\"wait\":true}" : "{\"wait\":false}", &r);
		cr_assert_eq(r.status, 201, "%s", r.body);
		cr_assert_str_eq(jstr(r.json, "status"), "policy_blocked");
		cr_assert(json_is_null(json_object_get(r.json, "exit_code")));
		cr_assert(json_is_null(json_object_get(r.json, "signal")));
		cr_assert_str_eq(jstr(r.json, "stdout"), "");
		cr_assert_str_eq(jstr(r.json, "stderr"), "");
		cr_assert_eq(jtime(r.json, "wall_ms"), 0);
		cr_assert(json_object_get(r.json, "enforcement") == NULL, "it never ran: %s",
			  r.body);
		cr_assert(has_finding(r.json, "py-shell", "high"), "%s", r.body);
		cr_assert(strlen(jstr(r.json, "finished_at")) > 0);
		get_execution(jstr(r.json, "id"), S.user, &g);
		cr_assert_str_eq(jstr(g.json, "status"), "policy_blocked");
		cr_assert(has_finding(g.json, "py-shell", "high"));
		reply_free(&g);
		reply_free(&r);
	}
	submit(&S, S.user, "python", "print(1)", NULL, &r);
	cr_assert_eq(r.status, 201);
	cr_assert_str_eq(jstr(r.json, "status"), "ok", "no finding: it runs: %s", r.body);
	reply_free(&r);

	http(&S, "GET", "/v1/executions?status=policy_blocked", S.user, NULL, NULL, &g);
	cr_assert_eq(g.status, 200, "%s", g.body);
	cr_assert_eq(json_array_size(json_object_get(g.json, "executions")), 2);
	reply_free(&g);
	http(&S, "GET", "/metrics", NULL, NULL, NULL, &g);
	cr_assert(strstr(g.body, "airlock_executions_total{status=\"policy_blocked\"} 2\n"), "%s",
		  g.body);
	reply_free(&g);
	srv_stop(&S);
	char *out = audit_export();
	cr_assert(strstr(out, "\"event\":\"policy_blocked\""), "blocks are audited: %s", out);
	free(out);
	cr_assert_eq(audit_verify_cmd(&S, &out), 0, "%s", out);
	free(out);
}

Test(policy, fail_on_sets_the_threshold)
{
	struct reply r;
	const char *warn_level = "import os\nprint(len(os.environ))\n";

	/* a warn finding is below the default threshold (high): it runs */
	srv_start(&S, "policy:\n  mode: block\n", NULL);
	submit(&S, S.user, "python", warn_level, NULL, &r);
	cr_assert_str_eq(jstr(r.json, "status"), "ok", "%s", r.body);
	cr_assert(has_finding(r.json, "py-env-dump", "warn"), "%s", r.body);
	reply_free(&r);
	srv_cleanup(&S);

	srv_start(&S, "policy:\n  mode: block\n  fail_on: warn\n", NULL);
	submit(&S, S.user, "python", warn_level, NULL, &r);
	cr_assert_str_eq(jstr(r.json, "status"), "policy_blocked", "%s", r.body);
	reply_free(&r);
	submit(&S, S.user, "python", "print(2)", NULL, &r);
	cr_assert_str_eq(jstr(r.json, "status"), "ok", "no finding at all: %s", r.body);
	reply_free(&r);
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	cr_assert(f != NULL, "%s", path);
	fputs(text, f);
	fclose(f);
}

Test(policy, rules_dir_adds_the_sites_own_rules)
{
	struct reply r;
	char path[400], cfg[400];

	srv_start(&S, NULL, NULL);
	srv_stop(&S);
	snprintf(path, sizeof(path), "%s/rules", S.dir);
	cr_assert_eq(mkdir(path, 0755), 0);
	snprintf(cfg, sizeof(cfg), "policy:\n  mode: block\n  rules_dir: %s\n", path);
	snprintf(path, sizeof(path), "%s/rules/python", S.dir);
	cr_assert_eq(mkdir(path, 0755), 0);
	snprintf(path, sizeof(path), "%s/rules/python/site.scm", S.dir);
	write_file(path, "((call function: (identifier) @fn) @finding\n"
			 " (#eq? @fn \"print\")\n"
			 " (#set! id \"site-no-print\")\n"
			 " (#set! severity \"high\")\n"
			 " (#set! message \"printing is not allowed here\"))\n");
	snprintf(path, sizeof(path), "%s/airlock.yaml", S.dir);
	write_file(path, cfg);
	srv_restart(&S);
	submit(&S, S.user, "python", "print(1)", NULL, &r);
	cr_assert_str_eq(jstr(r.json, "status"), "policy_blocked", "%s", r.body);
	cr_assert(has_finding(r.json, "site-no-print", "high"), "%s", r.body);
	reply_free(&r);
	submit(&S, S.user, "python", "x = 1", NULL, &r);
	cr_assert_str_eq(jstr(r.json, "status"), "ok", "%s", r.body);
	reply_free(&r);
}

Test(policy, approve_then_it_runs_and_the_gate_is_admin_only)
{
	struct reply r, g;
	char id[40];

	srv_start(&S, "policy:\n  mode: approve\n", NULL);
	submit(&S, S.user, "python", RISKY("approved run"), NULL, &r);
	cr_assert_eq(r.status, 202, "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "status"), "pending_approval");
	cr_assert(has_finding(r.json, "py-shell", "high"), "%s", r.body);
	cr_assert_eq(json_object_size(r.json), 3, "{id, status, findings}: %s", r.body);
	strcpy(id, jstr(r.json, "id"));
	reply_free(&r);

	get_execution(id, S.user, &g);
	cr_assert_str_eq(jstr(g.json, "status"), "pending_approval");
	cr_assert(json_is_null(json_object_get(g.json, "finished_at")));
	cr_assert(has_finding(g.json, "py-shell", "high"));
	reply_free(&g);

	http(&S, "GET", "/v1/approvals", S.admin, NULL, NULL, &g);
	cr_assert_eq(g.status, 200, "%s", g.body);
	json_t *list = json_object_get(g.json, "approvals");
	cr_assert_eq(json_array_size(list), 1, "%s", g.body);
	json_t *a = json_array_get(list, 0);
	cr_assert_str_eq(jstr(a, "id"), id);
	cr_assert_str_eq(jstr(a, "key"), "user");
	cr_assert_str_eq(jstr(a, "language"), "python");
	cr_assert_str_eq(jstr(a, "code"), RISKY("approved run"));
	cr_assert(has_finding(a, "py-shell", "high"));
	cr_assert(strcmp(jstr(a, "expires_at"), jstr(a, "created_at")) > 0, "%s", g.body);
	reply_free(&g);

	http(&S, "GET", "/metrics", NULL, NULL, NULL, &g);
	cr_assert(strstr(g.body, "\nairlock_approvals_pending 1\n"), "%s", g.body);
	reply_free(&g);
	http(&S, "GET", "/v1/approvals", S.user, NULL, NULL, &g);
	expect_error(403, "forbidden", &g);
	decide(id, "approve", S.user, NULL, &g);
	expect_error(403, "forbidden", &g);
	decide(id, "reject", S.other, NULL, &g);
	expect_error(403, "forbidden", &g);

	decide(id, "approve", S.admin, NULL, &g);
	cr_assert_eq(g.status, 200, "%s", g.body);
	cr_assert_str_eq(jstr(g.json, "status"), "queued", "%s", g.body);
	cr_assert_str_eq(jstr(json_object_get(g.json, "approval"), "by"), "admin", "%s", g.body);
	reply_free(&g);
	cr_assert(wait_status(&S, S.user, id, "ok"), "the approved one runs");
	get_execution(id, S.user, &g);
	cr_assert_str_eq(jstr(g.json, "stdout"), "approved run\n", "%s", g.body);
	cr_assert(has_finding(g.json, "py-shell", "high"), "findings stay: %s", g.body);
	reply_free(&g);

	decide(id, "approve", S.admin, NULL, &g);
	expect_error(409, "already_decided", &g);
	decide(id, "reject", S.admin, NULL, &g);
	expect_error(409, "already_decided", &g);
	decide("ex_000000000000000000000000", "approve", S.admin, NULL, &g);
	expect_error(404, "not_found", &g);
	decide("ex_nothing", "reject", S.admin, NULL, &g);
	expect_error(404, "not_found", &g);
	http(&S, "GET", "/v1/approvals/ex_1/approve", S.admin, NULL, NULL, &g);
	expect_error(405, "method_not_allowed", &g);

	submit(&S, S.user, "python", "print(3)", NULL, &r);
	cr_assert_eq(r.status, 201, "nothing to approve: it runs at once: %s", r.body);
	cr_assert_str_eq(jstr(r.json, "stdout"), "3\n");
	reply_free(&r);
}

Test(policy, reject_with_reason_cancel_and_audit)
{
	struct reply g;
	char id[40], other[40], gone[40], *out;

	srv_start(&S, "policy:\n  mode: approve\n", NULL);
	submit_pending(S.user, RISKY("never"), id);
	submit_pending(S.user, RISKY("approved"), other);
	submit_pending(S.user, RISKY("cancelled"), gone);

	char *big = malloc(600);
	memset(big, 'a', 599);
	big[599] = 0;
	char body[700];
	snprintf(body, sizeof(body), "{\"reason\":\"%.501s\"}", big);
	free(big);
	decide(id, "reject", S.admin, body, &g);
	expect_error(422, "invalid_value", &g);
	decide(id, "reject", S.admin, "{\"reason\":", &g);
	expect_error(400, "bad_json", &g);
	decide(id, "reject", S.admin, "{\"why\":\"x\"}", &g);
	expect_error(400, "bad_request", &g);

	decide(id, "reject", S.admin, "{\"reason\":\"shells are not allowed\"}", &g);
	cr_assert_eq(g.status, 200, "%s", g.body);
	cr_assert_str_eq(jstr(g.json, "status"), "rejected");
	json_t *rej = json_object_get(g.json, "rejection");
	cr_assert_str_eq(jstr(rej, "reason"), "shells are not allowed", "%s", g.body);
	cr_assert_str_eq(jstr(rej, "by"), "admin");
	cr_assert(strlen(jstr(rej, "at")) >= 20);
	cr_assert(json_is_null(json_object_get(g.json, "exit_code")));
	cr_assert(strlen(jstr(g.json, "finished_at")) >= 20);
	reply_free(&g);
	get_execution(id, S.user, &g);
	cr_assert_str_eq(jstr(json_object_get(g.json, "rejection"), "by"), "admin");
	reply_free(&g);
	decide(id, "approve", S.admin, NULL, &g);
	expect_error(409, "already_decided", &g);

	decide(other, "approve", S.admin, "{\"reason\":\"reviewed\"}", &g);
	cr_assert_eq(g.status, 200, "%s", g.body);
	reply_free(&g);
	cr_assert(wait_status(&S, S.user, other, "ok"));

	char path[128];
	snprintf(path, sizeof(path), "/v1/executions/%s", gone);
	http(&S, "DELETE", path, S.other, NULL, NULL, &g);
	expect_error(404, "not_found", &g);
	http(&S, "DELETE", path, S.user, NULL, NULL, &g);
	cr_assert_eq(g.status, 200, "%s", g.body);
	cr_assert_str_eq(jstr(g.json, "status"), "cancelled");
	reply_free(&g);
	decide(gone, "approve", S.admin, NULL, &g);
	expect_error(409, "already_decided", &g);

	http(&S, "GET", "/v1/approvals", S.admin, NULL, NULL, &g);
	cr_assert_eq(json_array_size(json_object_get(g.json, "approvals")), 0, "%s", g.body);
	reply_free(&g);
	http(&S, "GET", "/v1/executions?status=rejected", S.user, NULL, NULL, &g);
	cr_assert_eq(json_array_size(json_object_get(g.json, "executions")), 1, "%s", g.body);
	reply_free(&g);

	srv_stop(&S);
	cr_assert_eq(audit_verify_cmd(&S, &out), 0, "the chain holds after decisions: %s", out);
	free(out);
	out = audit_export();
	char want[200];
	snprintf(want, sizeof(want), "\"summary\":\"reject %s by admin: shells are not allowed\"",
		 id);
	cr_assert(strstr(out, want), "%s in %s", want, out);
	snprintf(want, sizeof(want), "\"summary\":\"approve %s by admin: reviewed\"", other);
	char *approval = strstr(out, want);
	cr_assert(approval, "%s in %s", want, out);
	snprintf(want, sizeof(want), "\"summary\":\"id=%s lang=python status=ok", other);
	char *ran = strstr(out, want);
	cr_assert(ran && ran > approval, "the approval comes before the run: %s", out);
	cr_assert(strstr(out, "\"event\":\"approval\",\"key_id\":3,"), "the admin's key id: %s",
		  out);
	free(out);
}

Test(policy, a_long_reason_in_any_script_keeps_the_chain_whole)
{
	struct reply g;
	char id[40], short_id[40], body[600], want[80], *out;

	srv_start(&S, "policy:\n  mode: approve\n", NULL);
	submit_pending(S.user, RISKY("x"), id);
	submit_pending(S.user, RISKY("y"), short_id);
	decide(short_id, "reject", S.admin, "{\"reason\":\"caf\u00e9\"}", &g);
	cr_assert_eq(g.status, 200, "%s", g.body);
	reply_free(&g);
	/* 240 two-byte characters (480 bytes): the audit summary cuts it */
	strcpy(body, "{\"reason\":\"");
	for (int i = 0; i < 240; i++)
		strcat(body, "\u00e9");
	strcat(body, "\"}");
	decide(id, "reject", S.admin, body, &g);
	cr_assert_eq(g.status, 200, "%s", g.body);
	cr_assert_eq(strlen(jstr(json_object_get(g.json, "rejection"), "reason")), 480,
		     "the execution keeps all of it");
	reply_free(&g);
	srv_stop(&S);
	cr_assert_eq(audit_verify_cmd(&S, &out), 0, "%s", out);
	free(out);
	out = audit_export();
	snprintf(want, sizeof(want), "reject %s by admin: ", id);
	char *line = strstr(out, want);
	cr_assert(line != NULL, "%s", out);
	char *end = strchr(line, '\n');
	cr_assert(end != NULL);
	*end = 0;
	while (line > out && line[-1] != '\n')
		line--;
	json_t *link = json_loads(line, 0, NULL);
	cr_assert(link != NULL, "the link exports as valid JSON (UTF-8): %s", line);
	cr_assert(strstr(jstr(link, "summary"), "reject ex_") != NULL);
	json_decref(link);
	*end = '\n';
	snprintf(want, sizeof(want), "reject %s by admin: caf\xc3\xa9\"", short_id);
	cr_assert(strstr(out, want), "a short reason is whole: %s", out);
	free(out);
}

struct racer {
	const char *id, *what;
	long status;
};

static void *race(void *arg)
{
	struct racer *r = arg;
	struct reply g;
	decide(r->id, r->what, S.admin, NULL, &g);
	r->status = g.status;
	reply_free(&g);
	return NULL;
}

Test(policy, of_concurrent_decisions_exactly_one_wins)
{
	struct racer rs[6];
	pthread_t t[6];
	char id[40];
	int won = 0, lost = 0;

	curl_global_init(CURL_GLOBAL_DEFAULT);
	srv_start(&S, "policy:\n  mode: approve\n", NULL);
	submit_pending(S.user, RISKY("once"), id);
	for (int i = 0; i < 6; i++) {
		rs[i] = (struct racer){id, i % 2 ? "reject" : "approve", 0};
		cr_assert_eq(pthread_create(&t[i], NULL, race, &rs[i]), 0);
	}
	for (int i = 0; i < 6; i++) {
		pthread_join(t[i], NULL);
		won += rs[i].status == 200;
		lost += rs[i].status == 409;
	}
	cr_assert_eq(won, 1, "one decision wins (%d won, %d lost)", won, lost);
	cr_assert_eq(lost, 5);
	srv_stop(&S);
	char *out = audit_export(), *p = out;
	int links = 0;
	while ((p = strstr(p, "\"event\":\"approval\"")) != NULL) {
		links++;
		p++;
	}
	cr_assert_eq(links, 1, "one approval link: %s", out);
	free(out);
}

Test(policy, redacted_code_after_a_restart_can_only_be_rejected)
{
	struct reply g;
	char id[40];

	srv_start(&S, "redact_code: true\npolicy:\n  mode: approve\n", NULL);
	submit_pending(S.user, "import os\nos.system('eval echo " SECRET "')\n", id);
	srv_kill9(&S);
	srv_restart(&S);
	decide(id, "approve", S.admin, NULL, &g);
	expect_error(409, "code_unavailable", &g);
	get_execution(id, S.user, &g);
	cr_assert_str_eq(jstr(g.json, "status"), "pending_approval", "%s", g.body);
	reply_free(&g);
	decide(id, "reject", S.admin, NULL, &g);
	cr_assert_eq(g.status, 200, "%s", g.body);
	cr_assert_str_eq(jstr(g.json, "status"), "rejected");
	reply_free(&g);
}

Test(policy, redacted_code_queued_at_a_crash_is_not_run_redacted)
{
	struct reply a, b, g;

	srv_start(&S, "workers: 1\nredact_code: true\n", NULL);
	submit(&S, S.user, "bash", "sleep 30", "{\"wait\":false}", &a);
	cr_assert(wait_status(&S, S.user, jstr(a.json, "id"), "running"));
	submit(&S, S.user, "bash", "echo " SECRET " | wc -c", "{\"wait\":false}", &b);
	cr_assert_eq(b.status, 202, "%s", b.body);
	srv_kill9(&S);
	srv_restart(&S);
	cr_assert(wait_status(&S, S.user, jstr(b.json, "id"), "interrupted"),
		  "the original is gone: it is not run as the redacted copy");
	get_execution(jstr(b.json, "id"), S.user, &g);
	cr_assert_str_eq(jstr(g.json, "stdout"), "", "%s", g.body);
	reply_free(&g);
	cr_assert(srv_log_contains(&S, "redact_code"), "the log says why");
	reply_free(&a);
	reply_free(&b);
}

Test(policy, pending_expires_as_rejected)
{
	struct reply g;
	char id[40], *out;

	srv_start(&S, "policy:\n  mode: approve\n  approval_timeout_s: 1\n", NULL);
	submit_pending(S.user, RISKY("too late"), id);
	cr_assert(wait_status(&S, S.user, id, "rejected"), "expired within 5 s");
	get_execution(id, S.user, &g);
	json_t *rej = json_object_get(g.json, "rejection");
	cr_assert_str_eq(jstr(rej, "reason"), "expired", "%s", g.body);
	cr_assert_str_eq(jstr(rej, "by"), "expiry");
	reply_free(&g);
	decide(id, "approve", S.admin, NULL, &g);
	expect_error(409, "already_decided", &g);
	srv_stop(&S);
	out = audit_export();
	char want[160];
	snprintf(want, sizeof(want), "\"key_id\":0,");
	cr_assert(strstr(out, want), "%s", out);
	snprintf(want, sizeof(want), "expire %s by expiry", id);
	cr_assert(strstr(out, want), "%s in %s", want, out);
	free(out);
	cr_assert_eq(audit_verify_cmd(&S, &out), 0, "%s", out);
	free(out);
}

Test(policy, pending_survives_kill9_and_is_approved_after_restart)
{
	struct reply g;
	char id[40];

	srv_start(&S, "policy:\n  mode: approve\n", NULL);
	submit_pending(S.user, RISKY("after restart"), id);
	srv_kill9(&S);
	srv_restart(&S);
	get_execution(id, S.user, &g);
	cr_assert_str_eq(jstr(g.json, "status"), "pending_approval", "%s", g.body);
	reply_free(&g);
	http(&S, "GET", "/v1/approvals", S.admin, NULL, NULL, &g);
	cr_assert_eq(json_array_size(json_object_get(g.json, "approvals")), 1, "%s", g.body);
	reply_free(&g);
	decide(id, "approve", S.admin, NULL, &g);
	cr_assert_eq(g.status, 200, "%s", g.body);
	reply_free(&g);
	cr_assert(wait_status(&S, S.user, id, "ok"));
	get_execution(id, S.user, &g);
	cr_assert_str_eq(jstr(g.json, "stdout"), "after restart\n", "%s", g.body);
	reply_free(&g);
}

Test(policy, expiry_also_runs_at_start_up)
{
	struct reply g;
	char id[40];

	srv_start(&S, "policy:\n  mode: approve\n  approval_timeout_s: 2\n", NULL);
	submit_pending(S.user, RISKY("x"), id);
	srv_kill9(&S);
	sleep(3);
	srv_restart(&S);
	get_execution(id, S.user, &g);
	cr_assert_str_eq(jstr(g.json, "status"), "rejected", "expired while down: %s", g.body);
	reply_free(&g);
}

Test(policy, approve_respects_queue_room)
{
	struct reply r, g;
	char id[40], path[128];

	srv_start(&S, "workers: 1\nqueue_size: 0\npolicy:\n  mode: approve\n", NULL);
	submit_pending(S.user, RISKY("room"), id);
	submit(&S, S.other, "bash", "sleep 30", "{\"wait\":false}", &r);
	cr_assert_eq(r.status, 202, "%s", r.body);
	cr_assert(wait_status(&S, S.other, jstr(r.json, "id"), "running"));
	decide(id, "approve", S.admin, NULL, &g);
	cr_assert(atoi(g.retry_after) >= 1, "Retry-After");
	expect_error(503, "queue_full", &g);
	get_execution(id, S.user, &g);
	cr_assert_str_eq(jstr(g.json, "status"), "pending_approval", "stays pending: %s", g.body);
	cr_assert(json_object_get(g.json, "approval") == NULL, "%s", g.body);
	reply_free(&g);
	snprintf(path, sizeof(path), "/v1/executions/%s", jstr(r.json, "id"));
	http(&S, "DELETE", path, S.other, NULL, NULL, &g);
	cr_assert_eq(g.status, 200);
	reply_free(&g);
	reply_free(&r);
	decide(id, "approve", S.admin, NULL, &g);
	cr_assert_eq(g.status, 200, "room again: %s", g.body);
	reply_free(&g);
	cr_assert(wait_status(&S, S.user, id, "ok"));
}

Test(policy, per_key_policy_overrides_the_server)
{
	struct reply r;
	char strict[80], careful[80], free_key[80];
	struct proc_out o;

	srv_start(&S, NULL, NULL); /* the server's mode: off */
	srv_make_key(&S, "strict", "--policy", "block", strict);
	srv_make_key(&S, "careful", "--policy", "approve", careful);
	submit(&S, S.user, "python", RISKY("off"), NULL, &r);
	cr_assert_str_eq(jstr(r.json, "status"), "ok", "%s", r.body);
	cr_assert(json_object_get(r.json, "findings") == NULL, "off: no analysis: %s", r.body);
	reply_free(&r);
	submit(&S, strict, "python", RISKY("strict"), NULL, &r);
	cr_assert_eq(r.status, 201);
	cr_assert_str_eq(jstr(r.json, "status"), "policy_blocked", "%s", r.body);
	reply_free(&r);
	submit(&S, careful, "python", RISKY("careful"), NULL, &r);
	cr_assert_eq(r.status, 202, "%s", r.body);
	reply_free(&r);

	const char *list[] = {airlock_bin(), "keys", "list", "--data-dir", S.dir, NULL};
	cr_assert_eq(run_cmd(list, NULL, 20, &o), 0, "%s", o.err);
	cr_assert(strstr(o.out, "POLICY") && strstr(o.out, " block ") && strstr(o.out, " approve "),
		  "%s", o.out);
	proc_out_free(&o);
	srv_stop(&S);

	/* and the other way: a key with policy off on a blocking server */
	FILE *f;
	char cfg[300];
	snprintf(cfg, sizeof(cfg), "%s/airlock.yaml", S.dir);
	cr_assert((f = fopen(cfg, "w")) != NULL);
	fputs("policy:\n  mode: block\n", f);
	fclose(f);
	srv_make_key(&S, "trusted", "--policy", "off", free_key);
	srv_restart(&S);
	submit(&S, free_key, "python", RISKY("trusted"), NULL, &r);
	cr_assert_str_eq(jstr(r.json, "status"), "ok", "%s", r.body);
	reply_free(&r);
	submit(&S, S.user, "python", RISKY("user"), NULL, &r);
	cr_assert_str_eq(jstr(r.json, "status"), "policy_blocked", "%s", r.body);
	reply_free(&r);
}

Test(policy, unanalyzable_languages_allowed_or_blocked)
{
	struct reply r;
	const char *c = "#include <stdio.h>\nint main(void){puts(\"c ran\");return 0;}\n";

	srv_start(&S, "policy:\n  mode: block\n", NULL);
	submit(&S, S.user, "c", c, NULL, &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "status"), "ok", "allowed by default: %s", r.body);
	cr_assert_str_eq(jstr(r.json, "stdout"), "c ran\n");
	cr_assert_str_eq(jstr(r.json, "analysis"), "unavailable");
	cr_assert_eq(json_array_size(json_object_get(r.json, "findings")), 0);
	reply_free(&r);
	srv_cleanup(&S);

	srv_start(&S, "policy:\n  mode: block\n  unanalyzable: block\n", NULL);
	submit(&S, S.user, "c", c, NULL, &r);
	cr_assert_str_eq(jstr(r.json, "status"), "policy_blocked", "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "analysis"), "unavailable");
	reply_free(&r);
	submit(&S, S.user, "python", "print(1)", NULL, &r);
	cr_assert_str_eq(jstr(r.json, "status"), "ok", "python is analyzed: %s", r.body);
	cr_assert_str_eq(jstr(r.json, "analysis"), "done", "%s", r.body);
	reply_free(&r);
}

Test(policy, secret_in_the_output_is_nowhere)
{
	struct reply r, g;
	char id[40];

	srv_start(&S, "policy:\n  mode: warn\n", NULL);
	submit(&S, S.user, "python", PRINTS_SECRET, NULL, &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "status"), "ok", "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "stdout"), "key [REDACTED:aws-access-key-id]\n");
	cr_assert_str_eq(jstr(r.json, "stderr"), "[REDACTED:aws-access-key-id]\n");
	cr_assert(strstr(r.body, SECRET) == NULL, "%s", r.body);
	json_t *red = json_object_get(r.json, "redactions");
	cr_assert_eq(json_array_size(red), 2, "%s", r.body);
	cr_assert_str_eq(jstr(json_array_get(red, 0), "rule"), "aws-access-key-id");
	cr_assert_str_eq(jstr(json_array_get(red, 0), "stream"), "stdout");
	cr_assert_eq(jint(json_array_get(red, 0), "count"), 1);
	cr_assert_str_eq(jstr(json_array_get(red, 1), "stream"), "stderr");
	strcpy(id, jstr(r.json, "id"));
	reply_free(&r);

	get_execution(id, S.user, &g);
	cr_assert(strstr(g.body, SECRET) == NULL && strstr(g.body, "REDACTED"), "%s", g.body);
	reply_free(&g);
	http(&S, "GET", "/v1/executions", S.admin, NULL, NULL, &g);
	cr_assert(strstr(g.body, SECRET) == NULL, "%s", g.body);
	reply_free(&g);
	cr_assert(!srv_db_contains(&S, SECRET), "the database and its WAL hold no secret");
	srv_stop(&S);
	cr_assert(!srv_db_contains(&S, SECRET), "not after the checkpoint either");
	cr_assert(!srv_log_contains(&S, SECRET), "nor the log");
}

Test(policy, redaction_off_keeps_the_output_and_the_check_sees_it)
{
	struct reply r;

	/* the control for the test above: the same program without redaction */
	srv_start(&S, "redact: false\n", NULL);
	submit(&S, S.user, "python", PRINTS_SECRET, NULL, &r);
	cr_assert_str_eq(jstr(r.json, "stdout"), "key " SECRET "\n", "%s", r.body);
	cr_assert(json_object_get(r.json, "redactions") == NULL, "%s", r.body);
	reply_free(&r);
	cr_assert(srv_db_contains(&S, SECRET), "the database check finds an unredacted secret");
}

static void redact_code_case(const char *config)
{
	struct reply r, g;
	char id[40];
	/* the code holds the secret itself; wc -c tells the original (21
	 * bytes with the newline) from the redacted copy */
	const char *code = "import os\nos.system('eval echo " SECRET " | wc -c')\n";

	srv_start(&S, config, NULL);
	submit(&S, S.user, "python", code, NULL, &r);
	cr_assert_eq(r.status, 202, "%s", r.body);
	cr_assert(strstr(r.body, SECRET) == NULL, "finding texts are redacted: %s", r.body);
	strcpy(id, jstr(r.json, "id"));
	reply_free(&r);
	http(&S, "GET", "/v1/approvals", S.admin, NULL, NULL, &g);
	json_t *a = json_array_get(json_object_get(g.json, "approvals"), 0);
	cr_assert(strstr(jstr(a, "code"), "[REDACTED:aws-access-key-id]"), "%s", g.body);
	cr_assert(strstr(g.body, SECRET) == NULL, "%s", g.body);
	reply_free(&g);
	cr_assert(!srv_db_contains(&S, SECRET), "the stored code is redacted");

	decide(id, "approve", S.admin, NULL, &g);
	cr_assert_eq(g.status, 200, "%s", g.body);
	reply_free(&g);
	cr_assert(wait_status(&S, S.user, id, "ok"));
	get_execution(id, S.user, &g);
	cr_assert_str_eq(jstr(g.json, "stdout"), "21\n", "the original code ran: %s", g.body);
	json_t *red = json_object_get(g.json, "redactions");
	cr_assert_str_eq(jstr(json_array_get(red, 0), "stream"), "code", "%s", g.body);
	cr_assert_eq(jint(json_array_get(red, 0), "count"), 1, "%s", g.body);
	reply_free(&g);
	srv_stop(&S);
	cr_assert(!srv_db_contains(&S, SECRET));
	cr_assert(!srv_log_contains(&S, SECRET));
	srv_cleanup(&S);
}

Test(policy, redact_code_stores_no_secret_and_runs_the_original)
{
	redact_code_case("redact_code: true\npolicy:\n  mode: approve\n");
	/* redact_code on its own, without output redaction */
	redact_code_case("redact: false\nredact_code: true\npolicy:\n  mode: approve\n");
}
