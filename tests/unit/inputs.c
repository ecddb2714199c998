/* The rules for a run's arguments, environment, files and collect globs
 * (engine/inputs.c), and the walk that collects files (engine/collect.c)
 * on a directory of the host's. */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "engine/collect.h"
#include "engine/engine.h"
#include "engine/inputs.h"
#include "lang/lang.h"

static const char *path_why(const char *p)
{
	return workpath_problem(p, strlen(p));
}

Test(inputs, relative_paths_are_accepted)
{
	cr_expect_null(path_why("a.txt"));
	cr_expect_null(path_why("data/in.csv"));
	cr_expect_null(path_why("a/b/c/d.bin"));
	cr_expect_null(path_why(".hidden"));
	cr_expect_null(path_why("a..b"));
}

Test(inputs, bad_paths_are_refused_with_a_reason)
{
	const char *bad[] = {"",      "/etc/passwd", "../x", "a/../b", "a/..", "./a",
			     "a/./b", "a//b",	     "a/",   "..",     ".",    "/"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++)
		cr_expect_not_null(path_why(bad[i]), "'%s' must be refused", bad[i]);
	cr_expect_not_null(workpath_problem("a\0b", 3), "a NUL inside");
	char deep[200] = "";
	for (int i = 0; i < 17; i++)
		strcat(deep, i ? "/d" : "d");
	cr_expect_not_null(path_why(deep), "17 levels");
	char longname[300];
	memset(longname, 'x', 299);
	longname[299] = '\0';
	cr_expect_not_null(path_why(longname), "a 299-byte component");
	cr_expect(strstr(path_why("/x"), "absolute") != NULL);
}

Test(inputs, reserved_names_depend_on_the_language)
{
	const struct lang_profile *py = lang_find("python"), *c = lang_find("c");
	cr_expect_not_null(workpath_reserved(py, "main.py"));
	cr_expect_not_null(workpath_reserved(py, "main.py/x"));
	cr_expect_null(workpath_reserved(py, "main"));
	cr_expect_not_null(workpath_reserved(c, "main"));
	cr_expect_not_null(workpath_reserved(c, "main/x.c"));
	cr_expect_not_null(workpath_reserved(c, "main.c"));
	cr_expect_null(workpath_reserved(c, "mainly.c"));
}

Test(inputs, sources_of_compiled_languages)
{
	const struct lang_profile *py = lang_find("python"), *c = lang_find("c");
	const struct lang_profile *cpp = lang_find("cpp");
	cr_expect(workpath_is_source(c, "util.c"));
	cr_expect(workpath_is_source(c, "lib/util.c"));
	cr_expect_not(workpath_is_source(c, "util.h"));
	cr_expect_not(workpath_is_source(c, ".c"));
	cr_expect_not(workpath_is_source(c, "x.cpp"));
	cr_expect(workpath_is_source(cpp, "x.cc"));
	cr_expect_not(workpath_is_source(py, "lib.py"), "python compiles nothing");
}

static const char *env_why(const char *name)
{
	return env_name_problem(name, strlen(name), lang_find("python"));
}

Test(inputs, env_names_of_the_program_are_accepted)
{
	cr_expect_null(env_why("FOO"));
	cr_expect_null(env_why("_x1"));
	cr_expect_null(env_why("API_URL"));
	cr_expect_null(env_why("LC_NUMERIC"));
	cr_expect_null(env_why("DEBUG"));
}

Test(inputs, env_names_airlock_controls_are_refused)
{
	const char *own[] = {
	    "PATH", "HOME",	  "PWD",	 "TMPDIR",	    "LANG", "LC_ALL", "USER",
	    "TERM", "HTTP_PROXY", "https_proxy", "PYTHONIOENCODING"};
	for (size_t i = 0; i < sizeof(own) / sizeof(*own); i++) {
		const char *why = env_why(own[i]);
		cr_expect_not_null(why, "%s", own[i]);
		cr_expect(why && strstr(why, "airlock sets"), "%s: %s", own[i], why);
	}
}

Test(inputs, env_names_that_change_what_runs_are_refused)
{
	const char *hijack[] = {"LD_PRELOAD", "LD_LIBRARY_PATH", "LD_AUDIT",	  "GLIBC_TUNABLES",
				"GCONV_PATH", "PYTHONPATH",	 "PYTHONSTARTUP", "NODE_OPTIONS",
				"NODE_PATH",  "BASH_ENV",	 "ENV",		  "SHELLOPTS",
				"PS4",	      "GCC_EXEC_PREFIX", "CPATH",	  "PERL5OPT"};
	for (size_t i = 0; i < sizeof(hijack) / sizeof(*hijack); i++) {
		const char *why = env_why(hijack[i]);
		cr_expect(why && strstr(why, "changes which code runs"), "%s: %s", hijack[i], why);
	}
}

Test(inputs, env_name_syntax)
{
	const char *bad[] = {"", "1A", "A-B", "A=B", "A B", "é", "BASH_FUNC_f%%"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++)
		cr_expect_not_null(env_why(bad[i]), "'%s'", bad[i]);
	cr_expect_not_null(env_name_problem("A\0B", 3, NULL));
	char longname[200];
	memset(longname, 'A', 129);
	longname[129] = '\0';
	cr_expect_not_null(env_why(longname));
}

Test(inputs, globs)
{
	cr_expect_null(glob_problem("*.png", 5));
	cr_expect_null(glob_problem("out/**", 6));
	cr_expect_null(glob_problem("a..b", 4));
	cr_expect_not_null(glob_problem("", 0));
	cr_expect_not_null(glob_problem("/etc/*", 6));
	cr_expect_not_null(glob_problem("../*", 4));
	cr_expect_not_null(glob_problem("a/../*", 6));
	cr_expect_not_null(glob_problem("..", 2));
	cr_expect_not_null(glob_problem("a\0", 2));
}

static struct run_request request(const struct run_file *f, size_t n)
{
	struct run_request r;
	memset(&r, 0, sizeof(r));
	r.lang = lang_find("python");
	r.code = "x";
	r.code_len = 1;
	r.files = f;
	r.nfiles = n;
	limits_default(&r.limits);
	limits_finish(&r.limits);
	return r;
}

Test(inputs, whole_request_messages_name_the_field)
{
	struct run_file dup[] = {{"a", "1", 1}, {"b", "", 0}, {"a", "2", 1}};
	struct run_file clash[] = {{"data", "1", 1}, {"data/in.csv", "2", 1}};
	struct run_file own[] = {{"x", "", 0}, {"main.py", "2", 1}};
	err_t err;
	struct run_request r = request(dup, 3);
	cr_expect_eq(run_inputs_check(&r, &err), -1);
	cr_expect(strstr(err.msg, "files[2].name") == err.msg, "%s", err.msg);
	r = request(clash, 2);
	cr_expect_eq(run_inputs_check(&r, &err), -1);
	cr_expect(strstr(err.msg, "files[1].name") == err.msg, "%s", err.msg);
	r = request(own, 2);
	cr_expect_eq(run_inputs_check(&r, &err), -1);
	cr_expect(strstr(err.msg, "files[1].name") == err.msg, "%s", err.msg);

	struct run_env env[] = {{"OK", "1"}, {"LD_PRELOAD", "/x.so"}};
	r = request(NULL, 0);
	r.env = env;
	r.nenv = 2;
	cr_expect_eq(run_inputs_check(&r, &err), -1);
	cr_expect(strstr(err.msg, "env.LD_PRELOAD:") == err.msg, "%s", err.msg);

	const char *globs[] = {"*.txt", "/etc/shadow"};
	r = request(NULL, 0);
	r.collect = globs;
	r.ncollect = 2;
	cr_expect_eq(run_inputs_check(&r, &err), -1);
	cr_expect(strstr(err.msg, "collect[1]:") == err.msg, "%s", err.msg);

	const char *args[] = {"a", "b"};
	struct run_file good[] = {{"data/in.csv", "1", 1}, {"data/more/x", "2", 1}};
	r = request(good, 2);
	r.args = args;
	r.nargs = 2;
	r.env = env;
	r.nenv = 1;
	cr_expect_eq(run_inputs_check(&r, &err), 0, "%s", err.msg);
}

Test(inputs, files_over_the_disk_limit)
{
	static char big[2 << 20];
	struct run_file f[] = {{"big", big, sizeof(big)}};
	struct run_request r = request(f, 1);
	err_t err;
	r.limits.disk_limit_mb = 2;
	cr_expect_eq(run_inputs_check(&r, &err), -1);
	cr_expect(strstr(err.msg, "disk_limit_mb") != NULL, "%s", err.msg);
	r.limits.disk_limit_mb = 3;
	cr_expect_eq(run_inputs_check(&r, &err), 0, "%s", err.msg);
}

/* ---- collect_files on a host directory ---- */

static char dir[64];

static void make_tree(void)
{
	char p[256];
	strcpy(dir, "/tmp/airlock-collect.XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	snprintf(p, sizeof(p), "%s/out", dir);
	mkdir(p, 0755);
	snprintf(p, sizeof(p), "%s/out/deeper", dir);
	mkdir(p, 0755);
	const char *files[] = {"a.txt", "b.bin", "out/r.csv", "out/deeper/z.txt", ".hidden"};
	for (size_t i = 0; i < 5; i++) {
		snprintf(p, sizeof(p), "%s/%s", dir, files[i]);
		FILE *f = fopen(p, "w");
		cr_assert_not_null(f);
		fputs(files[i], f);
		fclose(f);
	}
	snprintf(p, sizeof(p), "%s/shadow", dir);
	cr_assert_eq(symlink("/etc/shadow", p), 0);
	snprintf(p, sizeof(p), "%s/outlink", dir);
	cr_assert_eq(symlink("/etc", p), 0);
	snprintf(p, sizeof(p), "%s/fifo", dir);
	cr_assert_eq(mkfifo(p, 0644), 0);
}

static void remove_tree(void)
{
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	cr_expect_eq(system(cmd), 0);
}

static struct collected collect(const char *const *globs, size_t n, uint64_t hash_max)
{
	struct collected c;
	int fd = open(dir, O_RDONLY | O_DIRECTORY);
	cr_assert(fd >= 0);
	collect_files(fd, globs, n, hash_max, &c);
	close(fd);
	return c;
}

static const struct collected_file *find(const struct collected *c, const char *path)
{
	for (size_t i = 0; i < c->n; i++)
		if (strcmp(c->v[i].path, path) == 0)
			return &c->v[i];
	return NULL;
}

TestSuite(collect, .init = make_tree, .fini = remove_tree);

Test(collect, globs_match_paths_in_order)
{
	const char *globs[] = {"*.txt", "out"};
	struct collected c = collect(globs, 2, 1 << 20);
	cr_assert_eq(c.n, 3, "a.txt, out/deeper/z.txt, out/r.csv; got %zu", c.n);
	cr_expect_str_eq(c.v[0].path, "a.txt");
	cr_expect_str_eq(c.v[1].path, "out/deeper/z.txt");
	cr_expect_str_eq(c.v[2].path, "out/r.csv");
	cr_expect_eq(c.v[0].len, 5);
	cr_expect_eq(memcmp(c.v[0].data, "a.txt", 5), 0);
	cr_expect(c.v[0].hashed);
	cr_expect_eq(c.v[0].omitted[0], '\0');
	cr_expect_not(c.truncated);
	collected_free(&c);
}

Test(collect, star_stays_in_its_directory)
{
	const char *globs[] = {"out/*.csv"};
	struct collected c = collect(globs, 1, 1 << 20);
	cr_assert_eq(c.n, 1);
	cr_expect_str_eq(c.v[0].path, "out/r.csv");
	collected_free(&c);
}

Test(collect, links_and_fifos_are_listed_never_read_or_followed)
{
	const char *globs[] = {"*"};
	struct collected c = collect(globs, 1, 1 << 20);
	const struct collected_file *s = find(&c, "shadow"), *f = find(&c, "fifo");
	cr_assert_not_null(s);
	cr_expect_not(s->regular);
	cr_expect_null(s->data);
	cr_expect(strstr(s->omitted, "symbolic link") != NULL, "%s", s->omitted);
	cr_assert_not_null(f);
	cr_expect(strstr(f->omitted, "fifo") != NULL, "%s", f->omitted);
	for (size_t i = 0; i < c.n; i++)
		cr_expect(strncmp(c.v[i].path, "outlink/", 8) != 0, "followed a link: %s",
			  c.v[i].path);
	cr_expect_not_null(find(&c, ".hidden"), "* matches dot files (no FNM_PERIOD)");
	collected_free(&c);
}

Test(collect, over_the_cap_is_listed_with_size_and_hash)
{
	char p[256];
	snprintf(p, sizeof(p), "%s/huge", dir);
	int fd = open(p, O_WRONLY | O_CREAT, 0644);
	static char chunk[1 << 16];
	memset(chunk, 'h', sizeof(chunk));
	for (int i = 0; i < 17; i++) /* 1 MB + 64 KB */
		cr_assert_eq(write(fd, chunk, sizeof(chunk)), (ssize_t)sizeof(chunk));
	close(fd);
	const char *globs[] = {"huge"};
	struct collected c = collect(globs, 1, 64 << 20);
	cr_assert_eq(c.n, 1);
	cr_expect_eq(c.v[0].size, 17u << 16);
	cr_expect(c.v[0].hashed);
	cr_expect_null(c.v[0].data);
	cr_expect(strstr(c.v[0].omitted, "per file") != NULL, "%s", c.v[0].omitted);
	collected_free(&c);
}

Test(collect, sparse_file_larger_than_the_disk_is_not_read)
{
	char p[256];
	snprintf(p, sizeof(p), "%s/sparse", dir);
	int fd = open(p, O_WRONLY | O_CREAT, 0644);
	cr_assert_eq(ftruncate(fd, (off_t)1 << 40), 0);
	close(fd);
	const char *globs[] = {"sparse"};
	struct collected c = collect(globs, 1, 64 << 20);
	cr_assert_eq(c.n, 1);
	cr_expect_eq(c.v[0].size, (uint64_t)1 << 40);
	cr_expect_not(c.v[0].hashed);
	cr_expect(strstr(c.v[0].omitted, "sparse") != NULL, "%s", c.v[0].omitted);
	collected_free(&c);
}

Test(collect, a_file_the_program_made_unreadable)
{
	char p[256];
	snprintf(p, sizeof(p), "%s/a.txt", dir);
	cr_assert_eq(chmod(p, 0), 0);
	const char *globs[] = {"a.txt"};
	struct collected c = collect(globs, 1, 1 << 20);
	cr_assert_eq(c.n, 1);
	cr_expect_eq(c.v[0].len, 5, "read as its owner: %s", c.v[0].omitted);
	collected_free(&c);
}

Test(collect, total_cap_and_file_count)
{
	char p[256];
	for (int i = 0; i < COLLECT_MAX_FILES + 10; i++) {
		snprintf(p, sizeof(p), "%s/many-%03d", dir, i);
		FILE *f = fopen(p, "w");
		cr_assert_not_null(f);
		fclose(f);
	}
	const char *globs[] = {"many-*"};
	struct collected c = collect(globs, 1, 1 << 20);
	cr_expect_eq(c.n, COLLECT_MAX_FILES);
	cr_expect(c.truncated);
	collected_free(&c);
}
