/*
 * The service's egress: a request's "net": {"allow": [...]} within the
 * configuration's `egress` list, the result's network, the audit chain.
 * Each test moves its own process (and so the server it starts) into a
 * network namespace of its own, with the egress tests' servers
 * (tests/egress/ns.sh): nothing leaves it. As root only.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lib/harness.h"
#include "server/sandbox_client.h"
#include "server/client.h"

static struct srv S;
static char dir[64];
static pid_t ns_pid;

static void teardown(void)
{
	char path[96];
	srv_cleanup(&S);
	if (ns_pid > 0) {
		snprintf(path, sizeof(path), "%s/up", dir);
		unlink(path);
		waitpid(ns_pid, NULL, 0);
		ns_pid = 0;
	}
	if (dir[0]) { /* the servers' files (their CA, hits) go with them */
		char cmd[96];
		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
		if (system(cmd) != 0)
			fprintf(stderr, "cannot remove %s\n", dir);
		dir[0] = '\0';
	}
}

TestSuite(egress_service, .fini = teardown, .timeout = 120);

/* This process in a new network namespace with the test servers. */
static void private_network(void)
{
	char up[96];
	if (geteuid() != 0)
		cr_skip_test("the service's egress tests run as root");
	cr_assert_eq(unshare(CLONE_NEWNET), 0, "%s", strerror(errno));
	snprintf(dir, sizeof(dir), "/tmp/airlock-egress-srv.XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	chmod(dir, 0755);
	snprintf(up, sizeof(up), "%s/up", dir);
	ns_pid = fork();
	if (ns_pid == 0) {
		setenv("AIRLOCK_EGRESS_NS", "root", 1);
		execl("tests/egress/ns.sh", "ns.sh", dir, "sh", "-c",
		      "touch \"$0/up\"; while [ -e \"$0/up\" ]; do sleep 0.1; done", dir,
		      (char *)NULL);
		_exit(127);
	}
	for (int i = 0; i < 600 && access(up, F_OK) != 0; i++)
		usleep(20000);
	cr_assert_eq(access(up, F_OK), 0, "the test servers did not start");
}

static const char config[] =
    "workers: 2\n"
    "egress: [api.test, \"*.files.test\"]\n"
    "egress_resolve: [\"api.test:203.0.113.10\", \"a.files.test:192.168.5.5\"]\n";

Test(egress_service, an_allowed_host_is_reached_and_audited)
{
	struct reply r;
	private_network();
	srv_start(&S, config, NULL);
	submit(&S, S.user, "bash", "curl -sS http://api.test/svc",
	       "{\"net\": {\"allow\": [\"api.test\"]}}", &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_expect(
	    strstr(jstr(r.json, "stdout"), "hello from 203.0.113.10:80 host=api.test path=/svc"),
	    "%s", r.body);
	cr_expect_str_eq(jstr(json_object_get(r.json, "limits"), "net"), "egress");
	json_t *q =
	    json_array_get(json_object_get(json_object_get(r.json, "network"), "requests"), 0);
	cr_assert_not_null(q, "%s", r.body);
	cr_expect(jbool(q, "allowed"));
	cr_expect_str_eq(jstr(q, "host"), "api.test");
	reply_free(&r);
	cr_expect(srv_db_contains(&S, "net=api.test:80+"), "the audit chain lists the request");
	char *out = NULL;
	cr_expect_eq(audit_verify_cmd(&S, &out), 0, "%s", out);
	free(out);
}

/* A sandbox that lives takes the same "net": its commands reach the listed
 * hosts through the proxy for its whole life, and nothing else. */
Test(egress_service, a_sandbox_reaches_its_listed_hosts_only)
{
	struct reply r;
	char id[64];
	private_network();
	srv_start(&S, config, NULL);
	json_t *sb = sb_create(&S, S.user, "{\"net\": {\"allow\": [\"api.test\"]}}", id);
	cr_expect_str_eq(jstr(json_object_get(sb, "limits"), "net"), "egress");
	cr_expect_str_eq(json_string_value(json_array_get(
			     json_object_get(json_object_get(sb, "net"), "allow"), 0)),
			 "api.test");
	json_decref(sb);
	for (int i = 0; i < 2; i++) { /* the proxy lives as long as the sandbox */
		json_t *x = sb_exec(&S, S.user, id, "curl -sS http://api.test/box", NULL);
		cr_expect(strstr(jstr(x, "stdout"),
				 "hello from 203.0.113.10:80 host=api.test path=/box"),
			  "%s %s", jstr(x, "stdout"), jstr(x, "stderr"));
		json_decref(x);
	}
	json_t *x = sb_exec(&S, S.user, id,
			    "curl -s -o /dev/null -w '%{http_code}' http://a.files.test/; echo; "
			    "curl -s --noproxy '*' -m 3 http://203.0.113.10/ >/dev/null 2>&1 || "
			    "echo direct-refused",
			    NULL);
	cr_expect_str_eq(jstr(x, "stdout"), "403\ndirect-refused\n", "%s", jstr(x, "stderr"));
	json_decref(x);
	/* a code context of the sandbox goes the same way */
	char path[200];
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/contexts", id);
	http(&S, "POST", path, S.user, NULL, "{\"language\":\"python\"}", &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/contexts/%s/run", id, jstr(r.json, "id"));
	reply_free(&r);
	http(&S, "POST", path, S.user, NULL,
	     "{\"code\": \"import urllib.request\\nurllib.request.urlopen('http://api.test/ctx')"
	     ".read().decode()\"}",
	     &r);
	cr_expect_eq(r.status, 200, "%s", r.body);
	cr_expect(strstr(r.body, "path=/ctx"), "%s", r.body);
	reply_free(&r);
	/* outside the server's list: 422 naming it, no sandbox made */
	http(&S, "POST", "/v1/sandboxes", S.user, NULL, "{\"net\": {\"allow\": [\"other.test\"]}}",
	     &r);
	cr_expect_eq(r.status, 422, "%s", r.body);
	cr_expect(strstr(r.body, "other.test"), "%s", r.body);
	reply_free(&r);
}

/* What sandbox id's commands get from api.test and other.test (through
 * the proxy): "api.test CODE\nother.test CODE\n". */
static void expect_codes(const char *id, const char *want, const char *why)
{
	json_t *x = sb_exec(&S, S.user, id,
			    "for h in api.test other.test; do curl -s -o /dev/null -w "
			    "\"$h %{http_code}\\n\" http://$h/; done",
			    NULL);
	cr_expect_str_eq(jstr(x, "stdout"), want, "%s: %s", why, jstr(x, "stderr"));
	json_decref(x);
}

/* PUT /v1/sandboxes/ID/net answers with the status want. */
static void set_net(const char *id, const char *body, long want, const char *says)
{
	struct reply r;
	char path[128];
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/net", id);
	http(&S, "PUT", path, S.user, NULL, body, &r);
	cr_assert_eq(r.status, want, "%s", r.body);
	if (says)
		cr_expect(strstr(r.body, says), "%s", r.body);
	reply_free(&r);
}

/* PUT /v1/sandboxes/ID/net changes a live sandbox's list: its next
 * commands reach the new hosts and no longer the old, an update outside
 * the server's list is 422 and changes nothing, and the audit chain
 * records each change. */
Test(egress_service, a_sandboxs_allow_list_changes_while_it_lives)
{
	char id[64];
	private_network();
	srv_start(&S,
		  "egress: [api.test, other.test]\n"
		  "egress_resolve: [\"api.test:203.0.113.10\", \"other.test:198.51.100.7\"]\n",
		  NULL);
	json_decref(sb_create(&S, S.user, "{\"net\": {\"allow\": [\"api.test\"]}}", id));
	expect_codes(id, "api.test 200\nother.test 403\n", "as made");
	set_net(id, "{\"allow\": [\"other.test\"]}", 200, NULL);
	expect_codes(id, "api.test 403\nother.test 200\n", "changed");
	set_net(id, "{\"allow\": [\"elsewhere.test\"]}", 422, "elsewhere.test");
	expect_codes(id, "api.test 403\nother.test 200\n", "a refused change changes nothing");
	set_net(id, "{\"allow\": []}", 200, NULL);
	expect_codes(id, "api.test 403\nother.test 403\n", "emptied");
	char link[128];
	snprintf(link, sizeof(link), "id=%s allow=other.test", id);
	cr_expect(srv_db_contains(&S, link), "the audit chain has the change");
	char *out = NULL;
	cr_expect_eq(audit_verify_cmd(&S, &out), 0, "%s", out);
	free(out);
}

Test(egress_service, a_host_outside_the_servers_list_is_422_and_named)
{
	struct reply r;
	private_network();
	srv_start(&S, config, NULL);
	static const char *const bad[] = {"other.test", "api.test:8080", "files.test", "x.api.test",
					  "203.0.113.10"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char extra[128];
		snprintf(extra, sizeof(extra), "{\"net\": {\"allow\": [\"%s\"]}}", bad[i]);
		submit(&S, S.user, "bash", "true", extra, &r);
		cr_expect_eq(r.status, 422, "%s: %s", bad[i], r.body);
		cr_expect_str_eq(jstr(json_object_get(r.json, "error"), "code"),
				 "egress_not_allowed");
		cr_expect(strstr(jstr(json_object_get(r.json, "error"), "message"), bad[i]), "%s",
			  r.body);
		reply_free(&r);
	}
	submit(&S, S.user, "bash", "true", "{\"net\": {\"allow\": \"api.test\"}}", &r);
	cr_expect_eq(r.status, 400, "%s", r.body);
	reply_free(&r);
	submit(&S, S.user, "bash", "true", "{\"net\": {\"allow\": [], \"deny\": []}}", &r);
	cr_expect_eq(r.status, 400, "%s", r.body);
	reply_free(&r);
}

Test(egress_service, a_server_without_an_egress_list_allows_none)
{
	struct reply r;
	private_network();
	srv_start(&S, NULL, NULL);
	submit(&S, S.user, "bash", "true", "{\"net\": {\"allow\": [\"api.test\"]}}", &r);
	cr_expect_eq(r.status, 422, "%s", r.body);
	cr_expect(strstr(r.body, "allows no egress"), "%s", r.body);
	reply_free(&r);
}

Test(egress_service, private_resolutions_and_the_api_port_are_refused)
{
	struct reply r;
	char cfg[512];
	private_network();
	srv_start(&S, config, NULL);
	srv_stop(&S);
	/* now that its port is known: list the API itself */
	snprintf(cfg, sizeof(cfg),
		 "%segress_resolve: [\"api.test:203.0.113.10\", "
		 "\"a.files.test:192.168.5.5\", \"self.files.test:127.0.0.1\"]\n"
		 "egress: [api.test, \"*.files.test\", \"127.0.0.1:%d\"]\n",
		 "workers: 2\n", S.port);
	char path[300];
	snprintf(path, sizeof(path), "%s/airlock.yaml", S.dir);
	FILE *f = fopen(path, "w");
	fputs(cfg, f);
	fclose(f);
	srv_restart(&S);
	char code[256], extra[160];
	snprintf(code, sizeof(code),
		 "curl -s -o /dev/null -w '%%{http_code} ' http://a.files.test/\n"
		 "curl -s -o /dev/null -w '%%{http_code} ' http://127.0.0.1:%d/healthz\n",
		 S.port);
	snprintf(extra, sizeof(extra),
		 "{\"net\": {\"allow\": [\"a.files.test\", \"127.0.0.1:%d\"]}}", S.port);
	submit(&S, S.user, "bash", code, extra, &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_expect_str_eq(jstr(r.json, "stdout"), "403 403 ", "%s", r.body);
	reply_free(&r);
}

Test(egress_service, a_keys_egress_list_narrows_the_servers)
{
	struct reply r;
	char narrow[80];
	private_network();
	srv_start(&S, config, NULL);
	srv_make_key(&S, "narrow", "--egress", "api.test,b.files.test:8080", narrow);
	submit(&S, narrow, "bash", "curl -sS http://api.test/k",
	       "{\"net\": {\"allow\": [\"api.test\"]}}", &r);
	cr_expect_eq(r.status, 201, "%s", r.body);
	cr_expect(strstr(jstr(r.json, "stdout"), "path=/k"), "%s", r.body);
	reply_free(&r);
	submit(&S, narrow, "bash", "true", "{\"net\": {\"allow\": [\"a.files.test\"]}}", &r);
	cr_expect_eq(r.status, 422, "in the server's list, not the key's: %s", r.body);
	cr_expect(strstr(r.body, "a.files.test") && strstr(r.body, "key's egress"), "%s", r.body);
	reply_free(&r);
	/* the key's list does not widen the server's */
	submit(&S, narrow, "bash", "true", "{\"net\": {\"allow\": [\"b.files.test:8080\"]}}", &r);
	cr_expect_eq(r.status, 422, "%s", r.body);
	cr_expect(strstr(r.body, "server's egress"), "%s", r.body);
	reply_free(&r);
	/* a key without a list: the server's */
	submit(&S, S.user, "bash", "true", "{\"net\": {\"allow\": [\"a.files.test\"]}}", &r);
	cr_expect_eq(r.status, 201, "%s", r.body);
	reply_free(&r);
}

/* With the policy mode approve, a host in the server's list but not the
 * key's waits for a person, who sees it named; approved, the run reaches it. */
Test(egress_service, approve_mode_holds_hosts_outside_the_keys_list)
{
	struct reply r, g;
	char narrow[80], cfg[600], path[160], id[48];
	private_network();
	snprintf(cfg, sizeof(cfg),
		 "workers: 2\negress: [api.test, \"*.files.test\"]\n"
		 "egress_resolve: [\"api.test:203.0.113.10\", \"b.files.test:198.51.100.7\"]\n"
		 "policy:\n  mode: approve\n");
	srv_start(&S, cfg, NULL);
	srv_make_key(&S, "narrow", "--egress", "api.test", narrow);
	/* within the key's list: runs (its code has no finding) */
	submit(&S, narrow, "python", "print(1)", "{\"net\": {\"allow\": [\"api.test\"]}}", &r);
	cr_expect_eq(r.status, 201, "%s", r.body);
	reply_free(&r);
	submit(&S, narrow, "python",
	       "import urllib.request\nprint(urllib.request.urlopen('http://b.files.test/ok')"
	       ".read().decode())",
	       "{\"net\": {\"allow\": [\"api.test\", \"b.files.test\"]}}", &r);
	cr_assert_eq(r.status, 202, "held for a person: %s", r.body);
	cr_expect_str_eq(jstr(r.json, "status"), "pending_approval");
	cr_expect(strstr(r.body, "egress-host-outside-key") && strstr(r.body, "b.files.test"),
		  "the finding names the host: %s", r.body);
	cr_expect(!strstr(r.body, "reach api.test"), "only the hosts outside: %s", r.body);
	snprintf(id, sizeof(id), "%s", jstr(r.json, "id"));
	reply_free(&r);
	http(&S, "GET", "/v1/approvals", S.admin, NULL, NULL, &g);
	cr_expect(strstr(g.body, "b.files.test"), "the approver sees the host: %s", g.body);
	reply_free(&g);
	snprintf(path, sizeof(path), "/v1/approvals/%s/approve", id);
	http(&S, "POST", path, S.admin, NULL, NULL, &g);
	cr_assert_eq(g.status, 200, "%s", g.body);
	reply_free(&g);
	bool ok = wait_status(&S, narrow, id, "ok");
	snprintf(path, sizeof(path), "/v1/executions/%s", id);
	http(&S, "GET", path, narrow, NULL, NULL, &g);
	cr_assert(ok, "the approved run reaches the host: %s", g.body);
	cr_expect(strstr(jstr(g.json, "stdout"), "path=/ok"), "%s", g.body);
	reply_free(&g);
	/* outside the server's list stays a 422, approve or not */
	submit(&S, narrow, "python", "print(1)", "{\"net\": {\"allow\": [\"other.test\"]}}", &r);
	cr_expect_eq(r.status, 422, "%s", r.body);
	reply_free(&r);
}

/* Per key, over its runs: connections an hour (and MB a day); a run gets
 * what is left, then 429 with when to try again. */
Test(egress_service, a_keys_egress_allowance_spans_its_runs)
{
	struct reply r;
	char cfg[600];
	private_network();
	snprintf(cfg, sizeof(cfg), "%segress_key_connections_per_hour: 3\n", config);
	srv_start(&S, cfg, NULL);
	static const char two[] = "for p in a b; do curl -s -o /dev/null -w '%{http_code} ' "
				  "http://api.test/$p; done";
	submit(&S, S.user, "bash", two, "{\"net\": {\"allow\": [\"api.test\"]}}", &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_expect_str_eq(jstr(r.json, "stdout"), "200 200 ", "%s", r.body);
	reply_free(&r);
	/* one left: the second connection of this run is refused */
	submit(&S, S.user, "bash", two, "{\"net\": {\"allow\": [\"api.test\"]}}", &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_expect(strncmp(jstr(r.json, "stdout"), "200 ", 4) == 0 &&
		      strcmp(jstr(r.json, "stdout"), "200 200 ") != 0,
		  "the allowance ends inside the run: %s", r.body);
	reply_free(&r);
	submit(&S, S.user, "bash", "true", "{\"net\": {\"allow\": [\"api.test\"]}}", &r);
	cr_expect_eq(r.status, 429, "%s", r.body);
	cr_expect_str_eq(jstr(json_object_get(r.json, "error"), "code"), "egress_quota_exceeded");
	cr_expect(r.retry_after[0] && atoi(r.retry_after) > 0, "Retry-After: '%s'", r.retry_after);
	reply_free(&r);
	/* another key has its own; a run without egress is not counted */
	submit(&S, S.other, "bash", two, "{\"net\": {\"allow\": [\"api.test\"]}}", &r);
	cr_expect_eq(r.status, 201, "%s", r.body);
	reply_free(&r);
	submit(&S, S.user, "bash", "true", NULL, &r);
	cr_expect_eq(r.status, 201, "%s", r.body);
	reply_free(&r);
}

Test(egress_service, keys_create_refuses_a_bad_egress_list)
{
	const char *argv[] = {airlock_bin(), "keys",	      "create",	    "--name",	      "x",
			      "--egress",    "user@api.test", "--data-dir", "/nonexistent-x", NULL};
	struct proc_out o;
	if (geteuid() != 0)
		cr_skip_test("as root with the others");
	run_cmd(argv, NULL, 20, &o);
	cr_expect_neq(o.status, 0);
	cr_expect(strstr(o.err, "--egress") && strstr(o.err, "user@host"), "%s", o.err);
	proc_out_free(&o);
}
