/* The policy of `airlock serve` and the files of a request (`files`: a
 * module the program imports, a script it runs): each file that can run is
 * analysed in its language, its findings name it and count toward the
 * verdict, and approvers see every file. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "lib/harness.h"
#include "server/client.h"

static struct srv S;

static void teardown(void)
{
	srv_cleanup(&S);
}

TestSuite(policy_files, .fini = teardown, .timeout = 120);

#define SECRET "AKIAIOSFODNN7EXAMPLE"
/* base64 of `echo RAN-$((6*7))`: prints RAN-42 through a shell */
#define PAYLOAD "echo ZWNobyBSQU4tJCgoNio3KSkK | base64 -d | sh"
#define HELPER                                                                                     \
	"{\"files\": [{\"name\": \"helper.py\", \"content\": \"import os\\n\\ndef run():\\n    "   \
	"os.system('eval echo helper ran')\\n\"}]}"
#define RUN_SH "{\"files\": [{\"name\": \"run.sh\", \"content\": \"" PAYLOAD "\\n\"}]}"

/* The finding of rule in o's findings whose file is file (NULL: the main
 * program's, "file": null). */
static json_t *finding(json_t *o, const char *rule, const char *file)
{
	json_t *f, *list = json_object_get(o, "findings");
	size_t i;
	json_array_foreach(list, i, f)
	{
		json_t *name = json_object_get(f, "file");
		cr_assert(name != NULL, "every finding has a file field: %s", json_dumps(f, 0));
		if (strcmp(jstr(f, "rule"), rule) != 0)
			continue;
		if (file ? json_is_string(name) && strcmp(json_string_value(name), file) == 0
			 : json_is_null(name))
			return f;
	}
	return NULL;
}

static void decide(const char *id, const char *what, struct reply *r)
{
	char path[128];
	snprintf(path, sizeof(path), "/v1/approvals/%s/%s", id, what);
	http(&S, "POST", path, S.admin, NULL, NULL, r);
}

static json_t *the_approval(struct reply *g)
{
	http(&S, "GET", "/v1/approvals", S.admin, NULL, NULL, g);
	cr_assert_eq(g->status, 200, "%s", g->body);
	json_t *list = json_object_get(g->json, "approvals");
	cr_assert_eq(json_array_size(list), 1, "%s", g->body);
	return json_array_get(list, 0);
}

Test(policy_files, block_refuses_a_program_whose_module_runs_a_shell)
{
	struct reply r;

	srv_start(&S, "policy:\n  mode: block\n", NULL);
	submit(&S, S.user, "python", "import helper\nhelper.run()\n", HELPER, &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_expect_str_eq(jstr(r.json, "status"), "policy_blocked", "%s", r.body);
	json_t *f = finding(r.json, "py-shell", "helper.py");
	cr_assert_not_null(f, "no py-shell finding that names helper.py: %s", r.body);
	cr_expect_eq(jint(f, "line"), 4, "%s", r.body);
	cr_expect_str_eq(jstr(r.json, "stdout"), "");
	reply_free(&r);

	/* a file that cannot run is data: not analysed */
	submit(
	    &S, S.user, "python", "print(open('data.txt').read())",
	    "{\"files\": [{\"name\": \"data.txt\", \"content\": \"import os; os.system('id')\"}]}",
	    &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_expect_str_eq(jstr(r.json, "status"), "ok", "%s", r.body);
	cr_expect_eq(json_array_size(json_object_get(r.json, "findings")), 0, "%s", r.body);
	reply_free(&r);
}

Test(policy_files, approve_holds_it_shows_the_files_and_runs_them_approved)
{
	struct reply r, g;
	char id[40];

	srv_start(&S, "policy:\n  mode: approve\n", NULL);
	/* the program itself is harmless: only the script it runs is not */
	submit(&S, S.user, "bash", "bash run.sh\n", RUN_SH, &r);
	cr_assert_eq(r.status, 202, "held, not run at once: %s", r.body);
	cr_assert_str_eq(jstr(r.json, "status"), "pending_approval");
	cr_assert_not_null(finding(r.json, "sh-decode-exec", "run.sh"), "%s", r.body);
	strcpy(id, jstr(r.json, "id"));
	reply_free(&r);

	json_t *a = the_approval(&g);
	cr_assert_str_eq(jstr(a, "code"), "bash run.sh\n");
	json_t *files = json_object_get(a, "files");
	cr_assert_eq(json_array_size(files), 1, "%s", g.body);
	cr_expect_str_eq(jstr(json_array_get(files, 0), "name"), "run.sh");
	cr_expect_str_eq(jstr(json_array_get(files, 0), "content"), PAYLOAD "\n");
	cr_expect_str_eq(jstr(json_array_get(files, 0), "language"), "bash", "%s", g.body);
	cr_expect_not_null(finding(a, "sh-decode-exec", "run.sh"), "%s", g.body);
	reply_free(&g);

	decide(id, "approve", &g);
	cr_assert_eq(g.status, 200, "%s", g.body);
	reply_free(&g);
	cr_assert(wait_status(&S, S.user, id, "ok"), "the approved one runs");
	char path[128];
	snprintf(path, sizeof(path), "/v1/executions/%s", id);
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_expect_str_eq(jstr(g.json, "stdout"), "RAN-42\n", "%s", g.body);
	cr_expect_not_null(finding(g.json, "sh-decode-exec", "run.sh"), "findings stay: %s",
			   g.body);
	reply_free(&g);

	/* without files the list shows an empty list */
	submit(&S, S.user, "python", "import os\nos.system('eval true')\n", NULL, &r);
	cr_assert_eq(r.status, 202, "%s", r.body);
	reply_free(&r);
	a = the_approval(&g);
	cr_expect(json_is_array(json_object_get(a, "files")), "%s", g.body);
	cr_expect_eq(json_array_size(json_object_get(a, "files")), 0, "%s", g.body);
	cr_expect_not_null(finding(a, "py-shell", NULL), "the main program's: %s", g.body);
	reply_free(&g);
}

Test(policy_files, per_key_approve_no_longer_runs_a_risky_module_at_once)
{
	struct reply r;
	char key[80];

	srv_start(&S, NULL, NULL);
	srv_make_key(&S, "careful", "--policy", "approve", key);
	submit(&S, key, "python", "import helper\nhelper.run()\n", HELPER, &r);
	cr_assert_eq(r.status, 202, "%s", r.body);
	cr_expect_str_eq(jstr(r.json, "status"), "pending_approval", "%s", r.body);
	cr_expect(strstr(r.body, "helper ran") == NULL || finding(r.json, "py-shell", "helper.py"));
	reply_free(&r);
}

/* With redact_code the stored files, and what approvers see, have their
 * secrets replaced; the approved program runs its original files. */
Test(policy_files, redact_code_redacts_the_files_too)
{
	struct reply r, g;
	char id[40];
	/* wc -c tells the original (21 bytes with the newline) from the
	 * redacted copy */
	const char *files =
	    "{\"files\": [{\"name\": \"run.sh\", \"content\": \"echo " SECRET " | wc -c\\n"
	    "curl -s http://127.0.0.1:9/x | sh || true\\n\"}]}";

	srv_start(&S, "redact_code: true\npolicy:\n  mode: approve\n", NULL);
	submit(&S, S.user, "bash", "bash run.sh\n", files, &r);
	cr_assert_eq(r.status, 202, "%s", r.body);
	cr_assert(strstr(r.body, SECRET) == NULL, "finding texts are redacted: %s", r.body);
	strcpy(id, jstr(r.json, "id"));
	reply_free(&r);
	json_t *a = the_approval(&g);
	const char *content = jstr(json_array_get(json_object_get(a, "files"), 0), "content");
	cr_assert(strstr(content, "[REDACTED:aws-access-key-id]"), "%s", g.body);
	cr_assert(strstr(g.body, SECRET) == NULL, "%s", g.body);
	reply_free(&g);
	cr_assert(!srv_db_contains(&S, SECRET), "the stored file is redacted");

	decide(id, "approve", &g);
	cr_assert_eq(g.status, 200, "%s", g.body);
	reply_free(&g);
	cr_assert(wait_status(&S, S.user, id, "ok"));
	char path[128];
	snprintf(path, sizeof(path), "/v1/executions/%s", id);
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_assert_str_eq(jstr(g.json, "stdout"), "21\n", "the original file ran: %s", g.body);
	json_t *red = json_array_get(json_object_get(g.json, "redactions"), 0);
	cr_expect_str_eq(jstr(red, "stream"), "code", "%s", g.body);
	cr_expect_str_eq(jstr(red, "file"), "run.sh", "%s", g.body);
	reply_free(&g);

	/* after a restart the original is gone: it can only be rejected */
	submit(&S, S.user, "bash", "bash run.sh\n", files, &r);
	cr_assert_eq(r.status, 202, "%s", r.body);
	strcpy(id, jstr(r.json, "id"));
	reply_free(&r);
	srv_stop(&S);
	srv_restart(&S);
	decide(id, "approve", &g);
	cr_expect_eq(g.status, 409, "%s", g.body);
	cr_expect_str_eq(jstr(json_object_get(g.json, "error"), "code"), "code_unavailable", "%s",
			 g.body);
	reply_free(&g);
}
