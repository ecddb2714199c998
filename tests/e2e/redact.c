/* `airlock redact` and `airlock run --redact`, end to end. */
#include <criterion/criterion.h>
#include <string.h>

#include "lib/harness.h"

Test(redact_cmd, filter_replaces_secrets_and_keeps_the_rest)
{
	const char *argv[] = {airlock_bin(), "redact", NULL};
	struct proc_out o;
	run_cmd(argv, "user=admin AKIAIOSFODNN7EXAMPLE\nuuid 123e4567-e89b-12d3-a456-426614174000\n",
		30, &o);
	cr_assert_eq(o.status, 0, "%s", o.err);
	cr_assert_str_eq(o.out, "user=admin [REDACTED:aws-access-key-id]\n"
				"uuid 123e4567-e89b-12d3-a456-426614174000\n");
	proc_out_free(&o);
}

Test(redact_cmd, missing_file_is_one_line_and_125)
{
	const char *argv[] = {airlock_bin(), "redact", "/nonexistent/file", NULL};
	struct proc_out o;
	run_cmd(argv, NULL, 30, &o);
	cr_assert_eq(o.status, 125);
	cr_assert(strncmp(o.err, "airlock: ", 9) == 0 && strchr(o.err, '\n')[1] == '\0', "%s",
		  o.err);
	proc_out_free(&o);
}

Test(redact_run, secrets_split_across_writes_and_streams_are_redacted)
{
	const char *extra[] = {"--redact", NULL};
	json_t *r = run_json("python",
			     "import sys, time\n"
			     "sys.stdout.write('key: ghp_1234567890abcdef'); sys.stdout.flush(); time.sleep(0.2)\n"
			     "sys.stdout.write('ghijABCDEFGHIJ123456\\n')\n"
			     "print('db postgres://u:pa55word-xyz@h/db', file=sys.stderr)\n",
			     extra);
	cr_assert_str_eq(jstr(r, "stdout"), "key: [REDACTED:github-token]\n");
	cr_assert_str_eq(jstr(r, "stderr"), "db postgres://u:[REDACTED:url-password]@h/db\n");
	json_t *red = json_object_get(r, "redactions");
	cr_assert_eq(json_array_size(red), 2);
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(red, 0), "rule")),
			 "github-token");
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(red, 0), "stream")),
			 "stdout");
	cr_assert_eq(json_integer_value(json_object_get(json_array_get(red, 0), "count")), 1);
	char *dump = json_dumps(r, 0);
	cr_assert(strstr(dump, "pa55word") == NULL && strstr(dump, "ghijABCD") == NULL);
	free(dump);
	json_decref(r);
}

Test(redact_run, secret_cut_by_the_output_limit_is_redacted)
{
	const char *extra[] = {"--redact", "-o", "1", NULL};
	json_t *r = run_json("python", "print('x' * 1019 + ' AKIAIOSFODNN7EXAMPLE')", extra);
	cr_assert_str_eq(jstr(r, "status"), "output_limit");
	const char *out = jstr(r, "stdout");
	cr_assert(strstr(out, "AKIA") == NULL, "a cut secret leaked: ...%s", out + strlen(out) - 30);
	cr_assert(strstr(out, "[REDACTED:aws-access-key-id]") != NULL);
	json_decref(r);
}

Test(redact_run, plain_mode_prints_redacted_output)
{
	const char *argv[] = {airlock_bin(), "run", "--redact", "-l", "bash", "-c",
			      "echo sk_live_4eC39HqLyjWDarjtT1zdp7dc; exit 3", NULL};
	struct proc_out o;
	run_cmd(argv, NULL, 30, &o);
	cr_assert_eq(o.status, 3);
	cr_assert_str_eq(o.out, "[REDACTED:stripe-key]\n");
	proc_out_free(&o);
}

Test(redact_run, without_redact_output_is_untouched)
{
	json_t *r = run_json("bash", "echo AKIAIOSFODNN7EXAMPLE", NULL);
	cr_assert_str_eq(jstr(r, "stdout"), "AKIAIOSFODNN7EXAMPLE\n");
	cr_assert_null(json_object_get(r, "redactions"));
	json_decref(r);
}

/* A collected file is output too: a secret written to it is replaced, and
 * the size and sha256 are those of what comes back. */
Test(redact_run, secrets_in_collected_files_are_redacted)
{
	const char *extra[] = {"--redact", "--collect", "*.txt", NULL};
	json_t *r = run_json("python",
			     "open('k.txt','w').write('id AKIAIOSFODNN7EXAMPLE\\n')\n"
			     "open('plain.txt','w').write('nothing here\\n')\n",
			     extra);
	cr_assert_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	json_t *files = json_object_get(r, "files");
	cr_assert_eq(json_array_size(files), 2);
	json_t *k = json_array_get(files, 0), *p = json_array_get(files, 1);
	cr_assert_str_eq(jstr(k, "path"), "k.txt");
	/* "id [REDACTED:aws-access-key-id]\n" */
	cr_expect_str_eq(jstr(k, "content_base64"),
			 "aWQgW1JFREFDVEVEOmF3cy1hY2Nlc3Mta2V5LWlkXQo=");
	cr_expect_eq(jint(k, "size"), 32);
	cr_expect_str_eq(jstr(k, "sha256"),
			 "7b6332f0a33f445b3c1d465a3af9e9807b950e21582271f0deee6e3a97704412");
	cr_expect(json_is_true(json_object_get(k, "redacted")));
	cr_expect_null(json_object_get(p, "redacted"));
	json_t *red = json_object_get(r, "redactions");
	cr_assert_eq(json_array_size(red), 1, "%s", json_dumps(red, 0));
	cr_expect_str_eq(jstr(json_array_get(red, 0), "stream"), "file:k.txt");
	json_decref(r);
}
