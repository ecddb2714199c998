/* Diagnostics end to end: every program of the corpus
 * (tests/data/diagnostics) runs again through the real binary, and the live
 * result's status and diagnostics must be what the corpus says. A new
 * interpreter or compiler that prints its errors differently fails here;
 * tests/data/diagnostics/capture.sh records the new output. Frames in the
 * runtime's own files (node:internal/..., /usr/lib/python3.11/...) are left
 * out of the comparison: they change with every release without changing
 * what the user is told (another machine's node 18 has other internal
 * frames than this one's node 20); the unit test compares them exactly,
 * from the recorded output. */
#include <criterion/criterion.h>
#include <string.h>

#include "lib/corpus.h"
#include "lib/harness.h"

/* A copy of diagnostics with only the frames in the user's own files. */
static json_t *user_frames_only(const json_t *d)
{
	json_t *copy = d ? json_deep_copy(d) : NULL, *e;
	size_t i;

	json_array_foreach(copy, i, e)
	{
		json_t *frames = json_object_get(e, "frames"), *kept = json_array(), *f;
		size_t k;
		json_array_foreach(frames, k, f)
		{
			const char *file = json_string_value(json_object_get(f, "file"));
			if (file && strncmp(file, "node:", 5) != 0 && file[0] != '/')
				json_array_append(kept, f);
		}
		json_object_set_new(e, "frames", kept);
	}
	return copy;
}

static void check_live(const char *lang, size_t at_least)
{
	struct diag_case *cases;
	size_t n = corpus_load(lang, &cases);

	cr_assert_geq(n, at_least, "%s: %zu cases in %s", lang, n, corpus_dir());
	for (size_t i = 0; i < n; i++) {
		const struct diag_case *c = &cases[i];
		const char *argv[] = {airlock_bin(), "run", "--json", c->program, NULL};
		struct proc_out o;
		run_cmd(argv, NULL, 120, &o);
		cr_assert_eq(o.status, 0, "%s/%s: airlock exited %d: %s", lang, c->name, o.status,
			     o.err);
		json_t *r = json_loads(o.out, 0, NULL);
		cr_assert_not_null(r, "%s/%s: not JSON: %s", lang, c->name, o.out);
		const char *want = json_string_value(json_object_get(c->expected, "status"));
		json_t *wd = user_frames_only(json_object_get(c->expected, "diagnostics"));
		json_t *gd = user_frames_only(json_object_get(r, "diagnostics"));
		cr_expect_str_eq(jstr(r, "status"), want, "%s/%s: status", lang, c->name);
		if (!json_equal(gd, wd) && !(gd == NULL && wd == NULL)) {
			char *g = gd ? json_dumps(gd, JSON_INDENT(1)) : strdup("(none)");
			char *w = wd ? json_dumps(wd, JSON_INDENT(1)) : strdup("(none)");
			cr_expect_fail("%s/%s: diagnostics differ (stderr: %s)\ngot:  %s\nwant: %s",
				       lang, c->name, jstr(r, "stderr"), g, w);
			free(g);
			free(w);
		}
		json_decref(wd);
		json_decref(gd);
		json_decref(r);
		proc_out_free(&o);
	}
	corpus_free(cases, n);
}

Test(diagnostics, python, .timeout = 600)
{
	check_live("python", 10);
}
Test(diagnostics, node, .timeout = 600)
{
	check_live("node", 10);
}
Test(diagnostics, bash, .timeout = 600)
{
	check_live("bash", 10);
}
Test(diagnostics, c, .timeout = 600)
{
	check_live("c", 8);
}
Test(diagnostics, cpp, .timeout = 600)
{
	check_live("cpp", 8);
}

/* Without a file name (-c, stdin) the program is the language's own name
 * for it, and the sandbox's path never shows. */
Test(diagnostics, code_on_the_command_line_is_main, .timeout = 120)
{
	json_t *r = run_json("node", "function f() { throw new Error('x'); }\nf();", NULL);
	json_t *e = json_array_get(json_object_get(r, "diagnostics"), 0);
	cr_assert_not_null(e);
	cr_expect_str_eq(jstr(e, "file"), "main.js");
	cr_expect_eq(jint(e, "line"), 1);
	char *s = json_dumps(json_object_get(r, "diagnostics"), 0);
	cr_expect_null(strstr(s, "/work/"), "%s", s);
	free(s);
	json_decref(r);
}
