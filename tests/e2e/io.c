/* `airlock run -- ARG`, `-e`, `--add` and `--collect` end to end with the
 * real binary: what the program sees, what comes back in `files`, and the
 * one-line refusals (exit 125) that create nothing. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/harness.h"

static char tmp[64];

static void make_tmp(void)
{
	strcpy(tmp, "/tmp/airlock-io.XXXXXX");
	cr_assert_not_null(mkdtemp(tmp));
}

static void remove_tmp(void)
{
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmp);
	cr_expect_eq(system(cmd), 0);
}

static void put(const char *rel, const char *content)
{
	char p[512];
	snprintf(p, sizeof(p), "%s/%s", tmp, rel);
	for (char *s = strchr(p + strlen(tmp) + 1, '/'); s; s = strchr(s + 1, '/')) {
		*s = '\0';
		mkdir(p, 0755);
		*s = '/';
	}
	FILE *f = fopen(p, "w");
	cr_assert_not_null(f, "%s", p);
	fputs(content, f);
	fclose(f);
}

static const char *at(const char *rel)
{
	static char p[4][512];
	static int n;
	char *s = p[n++ % 4];
	snprintf(s, 512, "%s/%s", tmp, rel);
	return s;
}

TestSuite(io, .init = make_tmp, .fini = remove_tmp, .timeout = 120);

Test(io, arguments_and_environment_reach_the_program)
{
	const char *extra[] = {
	    "-e", "GREETING=hello world", "-e", "EMPTY=", "--", "a", "b c", "", "--json", NULL};
	json_t *r = run_json("python",
			     "import sys, os\nprint(sys.argv[1:])\n"
			     "print(os.environ['GREETING'], repr(os.environ['EMPTY']), "
			     "os.environ['HOME'])",
			     extra);
	cr_assert_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	cr_expect_str_eq(jstr(r, "stdout"), "['a', 'b c', '', '--json']\nhello world '' /work\n");
	json_decref(r);
}

Test(io, arguments_reach_a_compiled_program_and_bash)
{
	const char *extra[] = {"--", "x", "y", NULL};
	json_t *r = run_json("c",
			     "#include <stdio.h>\nint main(int c, char **v){for(int i=1;i<c;i++)"
			     "printf(\"%s;\", v[i]);return 0;}",
			     extra);
	cr_assert_str_eq(jstr(r, "status"), "ok", "%s", json_dumps(r, 0));
	cr_expect_str_eq(jstr(r, "stdout"), "x;y;");
	json_decref(r);
	r = run_json("bash", "echo \"$#:$1:$2\"", extra);
	cr_expect_str_eq(jstr(r, "stdout"), "2:x:y\n");
	json_decref(r);
}

Test(io, add_copies_a_tree_into_subdirectories)
{
	put("d/a.txt", "A");
	put("d/sub/in.csv", "x,y\n1,2\n");
	char spec[300], one[300];
	snprintf(spec, sizeof(spec), "%s:data", at("d"));
	snprintf(one, sizeof(one), "%s", at("d/a.txt"));
	const char *extra[] = {"--add", spec, "--add", one, NULL};
	json_t *r = run_json("bash",
			     "cat data/a.txt; cat data/sub/in.csv; cat a.txt; "
			     "find . -type f | sort | tr '\\n' ' '",
			     extra);
	cr_assert_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	cr_expect_str_eq(jstr(r, "stdout"),
			 "Ax,y\n1,2\nA./a.txt ./data/a.txt ./data/sub/in.csv ./main.sh ");
	json_decref(r);
}

/* --compile-arg: after the compiler's own flags, in order; refused for a
 * language without a compile step. */
Test(io, compile_args_reach_the_compiler)
{
	const char *extra[] = {"--compile-arg=-DANSWER=41", "--compile-arg", "-UANSWER",
			       "--compile-arg=-DANSWER=42", NULL};
	json_t *r =
	    run_json("c", "#include <stdio.h>\nint main(void){printf(\"%d\\n\", ANSWER);}", extra);
	cr_assert_str_eq(jstr(r, "status"), "ok", "%s", json_dumps(r, 0));
	cr_expect_str_eq(jstr(r, "stdout"), "42\n");
	json_decref(r);
	const char *bad[] = {"--compile-arg=-Wall", NULL};
	r = run_json("c", "int main(void){return missing;}", bad);
	cr_expect_str_eq(jstr(r, "status"), "compile_error");
	json_decref(r);
}

Test(io, several_sources_are_compiled_the_first_is_main)
{
	put("lib/util.c", "int twice(int x) { return 2 * x; }\n");
	put("lib/util.h", "int twice(int x);\n");
	put("more.c", "int thrice(int x) { return 3 * x; }\n");
	char lib[300], more[300];
	snprintf(lib, sizeof(lib), "%s", at("lib"));
	snprintf(more, sizeof(more), "%s", at("more.c"));
	const char *extra[] = {"--add", lib, "--add", more, NULL};
	json_t *r = run_json("c",
			     "#include <stdio.h>\n#include \"lib/util.h\"\nint thrice(int);\n"
			     "int main(void){printf(\"%d\\n\", twice(21) + thrice(1));}",
			     extra);
	cr_assert_str_eq(jstr(r, "status"), "ok", "%s", json_dumps(r, 0));
	cr_expect_str_eq(jstr(r, "stdout"), "45\n");
	json_decref(r);
	/* C++ too */
	put("cpp/add.cpp", "int add(int a, int b) { return a + b; }\n");
	char cpp[300];
	snprintf(cpp, sizeof(cpp), "%s", at("cpp"));
	const char *extra2[] = {"--add", cpp, NULL};
	r = run_json("cpp",
		     "#include <iostream>\nint add(int, int);\n"
		     "int main(){std::cout << add(40, 2) << std::endl;}",
		     extra2);
	cr_assert_str_eq(jstr(r, "status"), "ok", "%s", json_dumps(r, 0));
	cr_expect_str_eq(jstr(r, "stdout"), "42\n");
	json_decref(r);
}

Test(io, collected_files_come_back_with_size_and_sha256)
{
	const char *extra[] = {"--collect", "out", "--collect", "*.txt", NULL};
	json_t *r = run_json("python",
			     "import os\nos.makedirs('out/deep')\n"
			     "open('out/deep/b.bin','wb').write(bytes([0,1,2,255]))\n"
			     "open('r.txt','w').write('hello\\n')\nopen('skip.log','w').write('x')",
			     extra);
	cr_assert_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	json_t *files = json_object_get(r, "files");
	cr_assert_eq(json_array_size(files), 2, "%s", json_dumps(files, 0));
	json_t *b = json_array_get(files, 0), *t = json_array_get(files, 1);
	cr_expect_str_eq(jstr(b, "path"), "out/deep/b.bin");
	cr_expect_eq(jint(b, "size"), 4);
	cr_expect_str_eq(jstr(b, "content_base64"), "AAEC/w==");
	cr_expect_str_eq(jstr(t, "path"), "r.txt");
	cr_expect_str_eq(jstr(t, "sha256"),
			 "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03");
	cr_expect_str_eq(jstr(t, "content_base64"), "aGVsbG8K");
	cr_expect_null(json_object_get(t, "omitted"));
	cr_expect(json_is_false(json_object_get(r, "files_truncated")));
	json_decref(r);
}

Test(io, without_collect_there_is_no_files_field)
{
	json_t *r = run_json("bash", "echo hi > x.txt", NULL);
	cr_expect_null(json_object_get(r, "files"));
	json_decref(r);
}

Test(io, a_file_over_the_cap_is_listed_without_content)
{
	const char *extra[] = {"--collect", "big", NULL};
	json_t *r = run_json("bash", "head -c 1200000 /dev/zero > big", extra);
	json_t *f = json_array_get(json_object_get(r, "files"), 0);
	cr_assert_not_null(f, "%s", json_dumps(r, 0));
	cr_expect_eq(jint(f, "size"), 1200000);
	cr_expect_eq(strlen(jstr(f, "sha256")), 64);
	cr_expect(json_is_null(json_object_get(f, "content_base64")));
	cr_expect(strstr(jstr(f, "omitted"), "1048576") != NULL, "%s", jstr(f, "omitted"));
	json_decref(r);
}

/* ---- bad input: one line, exit 125, nothing created ---- */

static int count_entries(const char *d)
{
	DIR *dir = opendir(d);
	int n = 0;
	for (struct dirent *e; dir && (e = readdir(dir));)
		n += e->d_name[0] != '.';
	if (dir)
		closedir(dir);
	return n;
}

Test(io, bad_inputs_are_one_line_exit_125)
{
	put("f.txt", "x");
	put("d/a", "a");
	cr_assert_eq(symlink("/etc/passwd", at("d/out")), 0);
	cr_assert_eq(mkfifo(at("fifo"), 0644), 0);
	char f[300], abs[300], dots[300], d[300], fifo[300], main_py[300], dup2[300];
	snprintf(f, sizeof(f), "%s", at("f.txt"));
	snprintf(abs, sizeof(abs), "%s:/etc/x", at("f.txt"));
	snprintf(dots, sizeof(dots), "%s:a/../../x", at("f.txt"));
	snprintf(d, sizeof(d), "%s", at("d"));
	snprintf(fifo, sizeof(fifo), "%s", at("fifo"));
	snprintf(main_py, sizeof(main_py), "%s:main.py", at("f.txt"));
	snprintf(dup2, sizeof(dup2), "%s:f.txt", at("d/a"));
	const char *cases[][5] = {
	    {"--add", abs, NULL, NULL, "absolute"},
	    {"--add", dots, NULL, NULL, ".."},
	    {"--add", d, NULL, NULL, "leads out of"},
	    {"--add", fifo, NULL, NULL, "neither a regular file"},
	    {"--add", main_py, NULL, NULL, "program's own file"},
	    {"--add", f, "--add", dup2, "the same name twice"},
	    {"-e", "LD_PRELOAD=/work/x.so", NULL, NULL, "changes which code runs"},
	    {"-e", "PATH=/x", NULL, NULL, "airlock sets"},
	    {"-e", "NOEQUALS", NULL, NULL, "NAME=VALUE"},
	    {"-e", "1X=y", NULL, NULL, "not a variable name"},
	    {"--collect", "/etc/shadow", NULL, NULL, "absolute"},
	    {"--collect", "../x", NULL, NULL, ".."},
	    {"--add", f, "-d", "0", "disk"},
	};
	int before = count_entries(tmp);
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		const char *argv[16] = {airlock_bin(), "run",	   "-l",	"python",
					"-c",	       "print(1)", cases[i][0], cases[i][1]};
		int n = 8;
		if (cases[i][2]) {
			argv[n++] = cases[i][2];
			argv[n++] = cases[i][3];
		}
		argv[n] = NULL;
		struct proc_out o;
		run_cmd(argv, NULL, 60, &o);
		cr_expect_eq(o.status, 125, "case %zu: exit %d: %s", i, o.status, o.err);
		cr_expect(strstr(o.err, cases[i][4]) != NULL, "case %zu: '%s' lacks '%s'", i, o.err,
			  cases[i][4]);
		char *nl = strchr(o.err, '\n');
		cr_expect(nl && nl[1] == '\0', "case %zu: one line: %s", i, o.err);
		cr_expect_eq(o.out_len, 0, "case %zu: the program did not run", i);
		proc_out_free(&o);
	}
	cr_expect_eq(count_entries(tmp), before, "nothing created on the host");
}
