#include <criterion/criterion.h>
#include <string.h>

#include "lang/lang.h"

Test(lang, names_and_aliases)
{
	cr_assert_str_eq(lang_find("python")->name, "python");
	cr_assert_str_eq(lang_find("PY")->name, "python");
	cr_assert_str_eq(lang_find("python3")->name, "python");
	cr_assert_str_eq(lang_find("js")->name, "node");
	cr_assert_str_eq(lang_find("javascript")->name, "node");
	cr_assert_str_eq(lang_find("sh")->name, "bash");
	cr_assert_str_eq(lang_find("c")->name, "c");
	cr_assert_str_eq(lang_find("c++")->name, "cpp");
	cr_assert_null(lang_find("cobol"));
	cr_assert_null(lang_find(""));
	cr_assert_null(lang_find(NULL));
}

Test(lang, from_file_names)
{
	cr_assert_str_eq(lang_from_filename("a/b/x.py")->name, "python");
	cr_assert_str_eq(lang_from_filename("x.MJS")->name, "node");
	cr_assert_str_eq(lang_from_filename("run.sh")->name, "bash");
	cr_assert_str_eq(lang_from_filename("m.c")->name, "c");
	cr_assert_str_eq(lang_from_filename("m.cc")->name, "cpp");
	cr_assert_null(lang_from_filename("Makefile"));
	cr_assert_null(lang_from_filename(".py"));
	cr_assert_null(lang_from_filename("dir.py/file"));
}

Test(lang, every_profile_is_complete)
{
	for (size_t i = 0; i < lang_count(); i++) {
		const struct lang_profile *p = lang_at(i);
		cr_assert_not_null(p->source_name, "%s", p->name);
		cr_assert_null(strchr(p->source_name, '/'), "%s", p->name);
		cr_assert_not_null(p->run_argv[0], "%s", p->name);
		/* an interpreter is an absolute path; a compiled program is
		 * built by the compile step */
		if (p->run_argv[0][0] != '/')
			cr_assert(lang_has_compile(p), "%s runs a relative path without compiling",
				  p->name);
		if (lang_has_compile(p)) {
			cr_assert_eq(p->compile_argv[0][0], '/', "%s", p->name);
			cr_assert_gt(p->compile_limits.time_limit_s, 0, "%s", p->name);
			cr_assert_gt(p->compile_limits.memory_limit_mb, 0, "%s", p->name);
		}
		cr_assert_not_null(lang_find(p->name));
	}
	cr_assert_null(lang_at(lang_count()));
	cr_assert(strstr(lang_names(), "python") && strstr(lang_names(), "node"));
}

Test(lang, missing_interpreter_is_named)
{
	struct lang_profile p = {
	    .name = "ghost",
	    .source_name = "main.gh",
	    .run_argv = {"/nonexistent/bin/ghost", "main.gh"},
	};
	err_t err;
	cr_assert(!lang_available(&p, &err));
	cr_assert(strstr(err.msg, "ghost") && strstr(err.msg, "/nonexistent/bin/ghost"), "%s",
		  err.msg);
	cr_assert(strstr(err.msg, "not installed") != NULL, "%s", err.msg);
}
