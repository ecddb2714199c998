/* Diagnostics (src/diag): the corpus of real stderr captured on this
 * machine, parsed and compared with what it must give; the result object's
 * `diagnostics` field; and input no runtime would print, which must stay
 * within the bounds and never leak the sandbox's paths. */
#include <criterion/criterion.h>
#include <string.h>

#include "common/utf8.h"
#include "diag/diag.h"
#include "engine/result.h"
#include "lang/lang.h"
#include "lib/corpus.h"

static json_t *parse_case(const struct diag_case *c)
{
	struct diag_names names = {
	    .program = c->base_name, .code = c->code, .code_len = c->code ? strlen(c->code) : 0};
	const char *err = c->err ? c->err : "";
	return diagnostics_parse(lang_find(c->lang), err, strlen(err), c->compile_err,
				 c->compile_err ? strlen(c->compile_err) : 0, &names);
}

static void check_corpus(const char *lang, size_t at_least)
{
	struct diag_case *cases;
	size_t n = corpus_load(lang, &cases);

	cr_assert_geq(n, at_least, "%s: %zu cases in %s", lang, n, corpus_dir());
	for (size_t i = 0; i < n; i++) {
		const struct diag_case *c = &cases[i];
		cr_assert_not_null(c->expected, "%s/%s: unreadable expected.json", lang, c->name);
		cr_assert_not_null(c->err, "%s/%s: no .stderr (run capture.sh)", lang, c->name);
		const char *status = json_string_value(json_object_get(c->expected, "status"));
		json_t *want = json_object_get(c->expected, "diagnostics");
		json_t *got = parse_case(c);
		if (strcmp(status, "ok") == 0) {
			cr_expect_null(want, "%s/%s: an ok run has no diagnostics", lang, c->name);
		} else if (!json_equal(got, want)) {
			char *g = json_dumps(got, JSON_INDENT(1)),
			     *w = json_dumps(want, JSON_INDENT(1));
			cr_expect_fail("%s/%s: diagnostics differ\ngot:  %s\nwant: %s", lang,
				       c->name, g, w);
			free(g);
			free(w);
		}
		json_decref(got);
	}
	corpus_free(cases, n);
}

Test(diag_corpus, python)
{
	check_corpus("python", 10);
}
Test(diag_corpus, node)
{
	check_corpus("node", 10);
}
Test(diag_corpus, bash)
{
	check_corpus("bash", 10);
}
Test(diag_corpus, c)
{
	check_corpus("c", 8);
}
Test(diag_corpus, cpp)
{
	check_corpus("cpp", 8);
}

/* ---- the result object ---- */

static struct run_result failed_run(const char *lang, enum run_status st, const char *err)
{
	struct run_result r;
	memset(&r, 0, sizeof(r));
	r.language = lang;
	limits_default(&r.limits);
	limits_finish(&r.limits);
	r.run.status = st;
	r.run.exit_code = st == STATUS_OK ? 0 : 1;
	buf_append(&r.run.err, err, strlen(err));
	return r;
}

static const char traceback[] = "Traceback (most recent call last):\n"
				"  File \"/work/main.py\", line 1, in <module>\n"
				"    1/0\n"
				"ZeroDivisionError: division by zero\n";

Test(diag_result, absent_when_ok_present_when_failed)
{
	struct run_result r = failed_run("python", STATUS_OK, traceback);
	json_t *o = result_to_json(&r);
	cr_expect_null(json_object_get(o, "diagnostics"), "ok: no diagnostics");
	json_decref(o);
	run_result_free(&r);

	r = failed_run("python", STATUS_RUNTIME_ERROR, traceback);
	o = result_to_json(&r);
	json_t *d = json_object_get(o, "diagnostics");
	cr_assert(json_is_array(d) && json_array_size(d) == 1);
	json_t *e = json_array_get(d, 0);
	cr_expect_str_eq(json_string_value(json_object_get(e, "type")), "ZeroDivisionError");
	cr_expect_str_eq(json_string_value(json_object_get(e, "file")), "main.py");
	cr_expect_eq(json_integer_value(json_object_get(e, "line")), 1);
	json_decref(o);
	run_result_free(&r);
}

Test(diag_result, the_users_name_for_the_program)
{
	struct run_result r = failed_run("python", STATUS_RUNTIME_ERROR, traceback);
	r.program.name = "script.py";
	json_t *o = result_to_json(&r);
	json_t *e = json_array_get(json_object_get(o, "diagnostics"), 0);
	cr_expect_str_eq(json_string_value(json_object_get(e, "file")), "script.py");
	json_decref(o);
	run_result_free(&r);
}

Test(diag_result, empty_when_nothing_is_recognised_absent_when_nothing_ran)
{
	static const enum run_status ran[] = {
	    STATUS_RUNTIME_ERROR, STATUS_SIGNALED,	 STATUS_TIME_LIMIT, STATUS_MEMORY_LIMIT,
	    STATUS_OUTPUT_LIMIT,  STATUS_SYSCALL_DENIED, STATUS_CANCELLED};
	static const enum run_status not_ran[] = {STATUS_INTERNAL_ERROR, STATUS_POLICY_BLOCKED,
						  STATUS_REJECTED};
	for (size_t i = 0; i < sizeof(ran) / sizeof(ran[0]); i++) {
		struct run_result r = failed_run("bash", ran[i], "some text\n");
		json_t *o = result_to_json(&r);
		json_t *d = json_object_get(o, "diagnostics");
		cr_expect(json_is_array(d) && json_array_size(d) == 0, "%s: []",
			  run_status_name(ran[i]));
		json_decref(o);
		run_result_free(&r);
	}
	for (size_t i = 0; i < sizeof(not_ran) / sizeof(not_ran[0]); i++) {
		struct run_result r = failed_run("bash", not_ran[i], "");
		json_t *o = result_to_json(&r);
		cr_expect_null(json_object_get(o, "diagnostics"), "%s: none",
			       run_status_name(not_ran[i]));
		json_decref(o);
		run_result_free(&r);
	}
}

Test(diag_result, compile_errors_come_from_the_compile_step)
{
	static const char cerr[] =
	    "main.c: In function 'main':\n"
	    "main.c:1:25: error: 'x' undeclared (first use in this function)\n"
	    "    1 | int main(void){ return x; }\n"
	    "      |                        ^\n";
	struct run_result r = failed_run("c", STATUS_COMPILE_ERROR, "");
	r.has_compile = true;
	r.compile.status = STATUS_COMPILE_ERROR;
	buf_append(&r.compile.err, cerr, strlen(cerr));
	json_t *o = result_to_json(&r);
	json_t *e = json_array_get(json_object_get(o, "diagnostics"), 0);
	cr_assert_not_null(e);
	cr_expect_str_eq(json_string_value(json_object_get(e, "kind")), "compile");
	cr_expect_eq(json_integer_value(json_object_get(e, "line")), 1);
	cr_expect_eq(json_integer_value(json_object_get(e, "column")), 25);
	json_decref(o);
	run_result_free(&r);
}

/* ---- hostile input ---- */

static json_t *parse(const char *lang, const char *s, size_t n)
{
	return diagnostics_parse(lang_find(lang), s, n, NULL, 0, NULL);
}

static void check_bounds(json_t *d)
{
	cr_assert(json_is_array(d));
	cr_expect_leq(json_array_size(d), DIAG_MAX_ENTRIES);
	for (size_t i = 0; i < json_array_size(d); i++) {
		json_t *e = json_array_get(d, i);
		cr_expect_leq(strlen(json_string_value(json_object_get(e, "message"))),
			      DIAG_MAX_MESSAGE);
		cr_expect_leq(json_array_size(json_object_get(e, "frames")), DIAG_MAX_FRAMES);
		char *s = json_dumps(e, 0);
		cr_expect_null(strstr(s, "/work/main"), "an internal path leaked: %s", s);
		free(s);
	}
}

Test(diag_hostile, many_errors_many_frames_long_messages)
{
	struct buf b = {0};
	for (int i = 0; i < 5000; i++) {
		char line[100];
		int n = snprintf(line, sizeof(line), "main.sh: line %d: cmd%d: command not found\n",
				 i + 1, i);
		buf_append(&b, line, (size_t)n);
	}
	json_t *d = parse("bash", b.data, b.len);
	check_bounds(d);
	cr_expect_eq(json_array_size(d), DIAG_MAX_ENTRIES);
	/* the most recent first */
	cr_expect_eq(json_integer_value(json_object_get(json_array_get(d, 0), "line")), 5000);
	json_decref(d);
	buf_free(&b);

	b = (struct buf){0};
	buf_append(&b, "Traceback (most recent call last):\n", 35);
	for (int i = 0; i < 3000; i++) {
		char line[100];
		int n = snprintf(line, sizeof(line), "  File \"/work/main.py\", line %d, in f\n",
				 i + 1);
		buf_append(&b, line, (size_t)n);
	}
	buf_append(&b, "ValueError: ", 12);
	for (int i = 0; i < 100000; i++)
		buf_append(&b, "\xc3\xa9", 2);
	buf_append(&b, "\n", 1);
	d = parse("python", b.data, b.len);
	check_bounds(d);
	json_t *e = json_array_get(d, 0);
	cr_assert_not_null(e);
	cr_expect_eq(json_integer_value(json_object_get(e, "line")), 3000, "the innermost frame");
	const char *m = json_string_value(json_object_get(e, "message"));
	cr_expect(utf8_valid(m, strlen(m)));
	json_decref(d);
	buf_free(&b);
}

Test(diag_hostile, invalid_utf8_nul_and_cut_reports)
{
	static const char bad[] = "Traceback (most recent call last):\n"
				  "  File \"/work/main.py\", line 1, in \xff\xfe\n"
				  "Va\xc3lueError: a\0b \xed\xa0\x80\n";
	static const char *const cut[] = {
	    "/work/main.js:1\n",
	    "/work/main.js:1\nx\n",
	    "x\n\nNode.js v1",
	    "    at \nNode.js v20",
	    "    at f (\nNode.js v20",
	    "  File \"",
	    "  File \"\", line ",
	    "main.sh: line : x",
	    "main.sh: line 0: x",
	    "a.c:1:1: error: ",
	    ": error: ",
	    "ld: in function `':",
	    "x:(: ",
	    "m: f:1: g: Assertion `' failed.",
	    "terminate called after throwing an instance of '",
	    "\n\n\n",
	    "",
	};
	static const char *const all[] = {"python", "node", "bash", "c", "cpp"};
	for (size_t l = 0; l < sizeof(all) / sizeof(all[0]); l++) {
		json_t *d = parse(all[l], bad, sizeof(bad) - 1);
		check_bounds(d);
		json_decref(d);
		d = diagnostics_parse(lang_find(all[l]), NULL, 0, bad, sizeof(bad) - 1, NULL);
		check_bounds(d);
		json_decref(d);
		for (size_t i = 0; i < sizeof(cut) / sizeof(cut[0]); i++) {
			d = parse(all[l], cut[i], strlen(cut[i]));
			check_bounds(d);
			json_decref(d);
		}
	}
	json_t *d = diagnostics_parse(NULL, bad, sizeof(bad) - 1, NULL, 0, NULL);
	cr_expect(json_is_array(d) && json_array_size(d) == 0);
	json_decref(d);
}

/* Every cut of every real report: a report cut by the output limit is
 * still parsed within bounds. */
Test(diag_hostile, every_prefix_of_the_corpus, .timeout = 120)
{
	struct diag_case *cases;
	size_t n = corpus_load(NULL, &cases);

	for (size_t i = 0; i < n; i++) {
		const char *text = cases[i].compile_err ? cases[i].compile_err : cases[i].err;
		size_t len = text ? strlen(text) : 0;
		for (size_t k = 0; k <= len; k += 3) {
			json_t *d =
			    cases[i].compile_err
				? diagnostics_parse(lang_find(cases[i].lang), "", 0, text, k, NULL)
				: parse(cases[i].lang, text, k);
			check_bounds(d);
			json_decref(d);
		}
	}
	corpus_free(cases, n);
}

/* A code context's cell is the file "<cell>": the program by its own name,
 * not a path below the work directory. */
Test(diag_result, a_program_named_by_a_name_not_a_path)
{
	static const char tb[] = "Traceback (most recent call last):\n"
				 "  File \"<cell>\", line 3, in <module>\n"
				 "  File \"<other>\", line 9, in g\n"
				 "ValueError: bad\n";
	struct diag_names names = {.workdir = "/home/user", .source_name = "<cell>",
				   .program = "<cell>"};
	json_t *d = diagnostics_parse(lang_find("python"), tb, strlen(tb), NULL, 0, &names);
	json_t *e = json_array_get(d, 0);
	cr_assert_str_eq(json_string_value(json_object_get(e, "file")), "<cell>");
	cr_assert_eq(json_integer_value(json_object_get(e, "line")), 3);
	json_t *inner = json_array_get(json_object_get(e, "frames"), 0);
	cr_assert_str_eq(json_string_value(json_object_get(inner, "file")), "<other>",
			 "another <name> is not the program");
	json_decref(d);
}
