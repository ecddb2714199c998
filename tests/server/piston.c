/* Piston v2 at /piston against a real `airlock serve`: its routes, its
 * 400 messages, every status, encodings, keys and the 415 rule. */
#include <criterion/criterion.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "lib/harness.h"
#include "server/client.h"

static struct srv S;

static void teardown(void)
{
	srv_cleanup(&S);
}

TestSuite(piston, .fini = teardown, .timeout = 180);

#define CONFIG                                                                                     \
	"workers: 2\nanonymous_key: user\n"                                                        \
	"limits:\n  defaults:\n    max_output_kb: 64\n"

/* POST /piston/api/v2/execute without a key (the anonymous one runs it). */
static void execute(const char *body, struct reply *r)
{
	http(&S, "POST", "/piston/api/v2/execute", NULL, NULL, body, r);
}

static json_t *run_of(struct reply *r)
{
	cr_assert_eq(r->status, 200, "%ld %s", r->status, r->body);
	json_t *run = json_object_get(r->json, "run");
	cr_assert(json_is_object(run), "%s", r->body);
	return run;
}

static void expect_message(const char *body, long status, const char *message)
{
	struct reply r;
	execute(body, &r);
	cr_assert_eq(r.status, status, "%s -> %ld %s", body, r.status, r.body);
	cr_assert_str_eq(jstr(r.json, "message"), message, "%s -> %s", body, r.body);
	cr_assert_eq(json_object_size(r.json), 1, "only message: %s", r.body);
	reply_free(&r);
}

/* The first version number a program prints with --version. */
static void host_version(const char *prog, char *out, size_t size)
{
	const char *argv[] = {prog, "--version", NULL};
	struct proc_out o;
	cr_assert_eq(run_cmd(argv, NULL, 20, &o), 0);
	const char *p = o.out;
	while (*p && !(*p >= '0' && *p <= '9'))
		p++;
	size_t n = strspn(p, "0123456789.");
	snprintf(out, size, "%.*s", (int)n, p);
	proc_out_free(&o);
}

Test(piston, root_runtimes_packages_and_not_found)
{
	struct reply r;
	char py[32], node[32], gcc[32];

	srv_start(&S, CONFIG, NULL);
	http(&S, "GET", "/piston/", NULL, NULL, NULL, &r);
	cr_assert_eq(r.status, 200);
	cr_assert_str_eq(jstr(r.json, "message"), "Piston v3.1.1");
	reply_free(&r);

	host_version("/usr/bin/python3", py, sizeof(py));
	host_version("/usr/bin/node", node, sizeof(node));
	host_version("/usr/bin/gcc", gcc, sizeof(gcc));
	static const char *const paths[] = {"/piston/api/v2/runtimes",
					    "/piston/api/v2/piston/runtimes"};
	for (size_t p = 0; p < 2; p++) {
		http(&S, "GET", paths[p], NULL, NULL, NULL, &r);
		cr_assert_eq(r.status, 200, "%s", r.body);
		cr_assert(json_is_array(r.json), "%s", r.body);
		int seen = 0;
		size_t i;
		json_t *rt;
		json_array_foreach(r.json, i, rt)
		{
			const char *l = jstr(rt, "language"), *v = jstr(rt, "version");
			json_t *runtime = json_object_get(rt, "runtime");
			cr_assert(json_is_array(json_object_get(rt, "aliases")), "%s", r.body);
			if (!strcmp(l, "python")) {
				cr_assert_str_eq(v, py);
				cr_assert_null(runtime);
				seen |= 1;
			} else if (!strcmp(l, "javascript")) {
				cr_assert_str_eq(v, node);
				cr_assert_str_eq(json_string_value(runtime), "node");
				seen |= 2;
			} else if (!strcmp(l, "c") || !strcmp(l, "c++")) {
				cr_assert_str_eq(v, gcc);
				cr_assert_str_eq(json_string_value(runtime), "gcc");
				seen |= l[1] ? 8 : 4;
			} else if (!strcmp(l, "bash")) {
				seen |= 16;
			}
		}
		cr_assert_eq(seen, 31, "python, javascript, c, c++, bash: %s", r.body);
		reply_free(&r);
	}

	http(&S, "GET", "/piston/api/v2/packages", NULL, NULL, NULL, &r);
	cr_assert_eq(r.status, 200, "%s", r.body);
	cr_assert_str_eq(jstr(json_array_get(r.json, 0), "language"), "python", "%s", r.body);
	cr_assert(jbool(json_array_get(r.json, 0), "installed"));
	reply_free(&r);
	http(&S, "POST", "/piston/api/v2/packages", NULL, NULL, "{\"language\":\"rust\"}", &r);
	cr_assert_eq(r.status, 501, "%s", r.body);
	cr_assert(strstr(jstr(r.json, "message"), "does not install packages"), "%s", r.body);
	reply_free(&r);

	static const char *const missing[] = {"/piston/nope", "/piston/api/v2/nope",
					      "/piston/api/v1/execute", "/pistonx"};
	for (size_t i = 0; i < 4; i++) {
		http(&S, "GET", missing[i], NULL, NULL, NULL, &r);
		cr_assert_eq(r.status, 404, "%s: %ld %s", missing[i], r.status, r.body);
		if (i < 3)
			cr_assert_str_eq(jstr(r.json, "message"), "Not Found", "%s", r.body);
		reply_free(&r);
	}
	/* a known path with another method: Express's 404 too */
	http(&S, "GET", "/piston/api/v2/execute", NULL, NULL, NULL, &r);
	cr_assert_eq(r.status, 404, "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "message"), "Not Found");
	reply_free(&r);
}

static const char *const languages[][3] = {
    /* 4 MB of its own: its memory, in bytes, is above 1 MiB whether it
     * started cold or warm (a warm hello allocates less than that) */
    {"python", "import sys\nx = bytearray(4 << 20)\nprint('py', sys.stdin.readline().strip())",
     "py hi\n"},
    {"py", "print(6*7)", "42\n"},
    {"javascript", "console.log('js', 1+1)", "js 2\n"},
    {"js", "console.log('js')", "js\n"},
    {"node", "console.log('node')", "node\n"},
    {"bash", "read x; echo \"sh $x\"", "sh hi\n"},
    {"c", "#include <stdio.h>\nint main(void){puts(\"c\");return 0;}", "c\n"},
    {"c++", "#include <iostream>\nint main(){std::cout<<\"cpp\"<<std::endl;}", "cpp\n"},
    {"cpp", "#include <cstdio>\nint main(){puts(\"cpp\");}", "cpp\n"},
};

Test(piston, execute_each_language)
{
	struct reply r;

	srv_start(&S, CONFIG, NULL);
	for (size_t i = 0; i < sizeof(languages) / sizeof(languages[0]); i++) {
		json_t *body =
		    json_pack("{s:s, s:s, s:[{s:s}], s:s}", "language", languages[i][0], "version",
			      "*", "files", "content", languages[i][1], "stdin", "hi");
		char *text = json_dumps(body, 0);
		execute(text, &r);
		json_t *run = run_of(&r);
		cr_assert_str_eq(jstr(run, "stdout"), languages[i][2], "%s: %s", languages[i][0],
				 r.body);
		cr_assert_str_eq(jstr(run, "output"), languages[i][2]);
		cr_assert_eq(jint(run, "code"), 0);
		cr_assert(json_is_null(json_object_get(run, "status")), "%s", r.body);
		cr_assert(json_is_null(json_object_get(run, "signal")));
		cr_assert(json_is_null(json_object_get(run, "message")));
		cr_assert(jint(run, "wall_time") >= 0 && jint(run, "cpu_time") >= 0);
		bool compiled = languages[i][0][0] == 'c';
		cr_assert_eq(json_is_object(json_object_get(r.json, "compile")), compiled, "%s",
			     r.body);
		if (compiled)
			cr_assert_eq(jint(json_object_get(r.json, "compile"), "code"), 0);
		if (strcmp(languages[i][0], "python") == 0)
			cr_assert(jint(run, "memory") > 1024 * 1024, "memory in bytes: %s", r.body);
		free(text);
		json_decref(body);
		reply_free(&r);
	}
}

Test(piston, response_names_language_and_real_version)
{
	struct reply r, rt;
	srv_start(&S, CONFIG, NULL);
	http(&S, "GET", "/piston/api/v2/runtimes", NULL, NULL, NULL, &rt);
	/* emkc's hard-coded versions, ranges and "*" all run on this host's */
	static const char *const versions[] = {"3.10.0", "3.x", "*", ">=3.0.0 <4", "9.9.9"};
	for (size_t i = 0; i < 5; i++) {
		char body[256];
		snprintf(body, sizeof(body),
			 "{\"language\":\"py\",\"version\":\"%s\",\"files\":[{\"content\":"
			 "\"print(1)\"}]}",
			 versions[i]);
		execute(body, &r);
		run_of(&r);
		cr_assert_str_eq(jstr(r.json, "language"), "python");
		cr_assert_str_eq(jstr(r.json, "version"),
				 jstr(json_array_get(rt.json, 0), "version"));
		reply_free(&r);
	}
	reply_free(&rt);
}

Test(piston, compile_error_is_copied_into_run)
{
	struct reply r;
	srv_start(&S, CONFIG, NULL);
	execute("{\"language\":\"c\",\"version\":\"10.2.0\",\"files\":[{\"name\":\"main.c\","
		"\"content\":\"int main(void){ return undefined_name; }\"}]}",
		&r);
	json_t *run = run_of(&r), *compile = json_object_get(r.json, "compile");
	cr_assert(json_equal(run, compile), "run is compile: %s", r.body);
	cr_assert_str_eq(jstr(compile, "status"), "RE");
	cr_assert_eq(jint(compile, "code"), 1);
	cr_assert(strstr(jstr(compile, "stderr"), "undefined_name"), "%s", r.body);
	cr_assert(strstr(jstr(compile, "output"), "undefined_name"));
	cr_assert_str_eq(jstr(compile, "message"), "Exited with error status 1");
	reply_free(&r);
}

/* compile_cpu_time and compile_timeout limit the compile step: a
 * millisecond of CPU is not enough for gcc, the default is */
/* A C program that compiles, with Piston's fields extra. */
static void execute_c(const char *extra, struct reply *r)
{
	char body[256];
	snprintf(body, sizeof(body),
		 "{\"language\":\"c\",\"version\":\"*\",\"files\":[{\"content\":"
		 "\"int main(void){ return 0; }\"}],%s}",
		 extra);
	execute(body, r);
}

Test(piston, compile_limits_apply_to_the_compile_step)
{
	struct reply r;

	srv_start(&S, CONFIG, NULL);
	execute_c("\"compile_cpu_time\":1", &r);
	json_t *compile = json_object_get(r.json, "compile");
	cr_assert_eq(r.status, 200, "%s", r.body);
	cr_assert_str_eq(jstr(compile, "status"), "TO", "%s", r.body);
	cr_assert(json_equal(run_of(&r), compile), "run is compile: %s", r.body);
	reply_free(&r);

	execute_c("\"compile_cpu_time\":10000,\"compile_timeout\":10000", &r);
	cr_assert_eq(jint(json_object_get(r.json, "compile"), "code"), 0, "%s", r.body);
	cr_assert_eq(jint(run_of(&r), "code"), 0, "%s", r.body);
	reply_free(&r);

	/* above what the service allows a compile: Piston's 400 */
	execute_c("\"compile_cpu_time\":100000000", &r);
	cr_assert_eq(r.status, 400, "%s", r.body);
	cr_assert(strstr(jstr(r.json, "message"), "compile limit time_limit_s"), "%s", r.body);
	reply_free(&r);
}

struct status_case {
	const char *lang, *code, *extra;
	const char *status, *signal, *message;
	long long exit_code; /* -1: null */
};

static const struct status_case statuses[] = {
    {"python", "import sys; sys.exit(3)", "", "RE", NULL, "Exited with error status 3", 3},
    {"bash", "kill -SEGV $$", "", "SG", "SIGSEGV", "Caught fatal signal 11", -1},
    /* the wall time far above the CPU time: on a busy machine a spinning
     * program gets less than a CPU */
    {"python", "while True: pass", ",\"run_cpu_time\":500,\"run_timeout\":20000", "TO", "SIGKILL",
     "Time limit exceeded", -1},
    {"bash", "sleep 10", ",\"run_timeout\":500", "TO", "SIGKILL",
     "Time limit exceeded (wall clock)", -1},
    {"python", "import sys; sys.stdout.write('x' * 200000)", "", "OL", "SIGKILL",
     "stdout length exceeded", -1},
    {"python", "import sys; sys.stderr.write('x' * 200000)", "", "EL", "SIGKILL",
     "stderr length exceeded", -1},
    {"python", "x = bytearray(300 << 20)", ",\"run_memory_limit\":67108864", "SG", "SIGKILL",
     "Memory limit exceeded", -1},
    {"c", "#include <sys/mount.h>\nint main(void){ return mount(\"a\",\"/tmp\",\"tmpfs\",0,0); }",
     "", "SG", "SIGSYS", "Caught fatal signal 31 (the syscall policy denied mount)", -1},
};

Test(piston, every_status)
{
	struct reply r;
	srv_start(&S, CONFIG, NULL);
	for (size_t i = 0; i < sizeof(statuses) / sizeof(statuses[0]); i++) {
		const struct status_case *c = &statuses[i];
		json_t *code = json_string(c->code);
		char *enc = json_dumps(code, JSON_ENCODE_ANY);
		char body[1024];
		snprintf(body, sizeof(body),
			 "{\"language\":\"%s\",\"version\":\"*\",\"files\":[{\"content\":%s}]%s}",
			 c->lang, enc, c->extra);
		execute(body, &r);
		json_t *run = run_of(&r);
		cr_assert_str_eq(jstr(run, "status"), c->status, "%s: %s", c->code, r.body);
		if (c->signal)
			cr_assert_str_eq(jstr(run, "signal"), c->signal, "%s: %s", c->code, r.body);
		else
			cr_assert(json_is_null(json_object_get(run, "signal")), "%s", r.body);
		cr_assert_str_eq(jstr(run, "message"), c->message, "%s: %s", c->code, r.body);
		cr_assert_eq(jint(run, "code"), c->exit_code, "%s: %s", c->code, r.body);
		free(enc);
		json_decref(code);
		reply_free(&r);
	}
}

Test(piston, bad_requests_get_pistons_messages)
{
	srv_start(&S, CONFIG, NULL);
	static const char *const cases[][2] = {
	    {"{}", "language is required as a string"},
	    {"[]", "language is required as a string"},
	    {"", "language is required as a string"},
	    {"{\"language\":5}", "language is required as a string"},
	    {"{\"language\":\"python\"}", "version is required as a string"},
	    {"{\"language\":\"python\",\"version\":\"\"}", "version is required as a string"},
	    {"{\"language\":\"python\",\"version\":\"*\"}", "files is required as an array"},
	    {"{\"language\":\"python\",\"version\":\"*\",\"files\":{}}",
	     "files is required as an array"},
	    {"{\"language\":\"python\",\"version\":\"*\",\"files\":[{\"content\":\"\"},{}]}",
	     "files[1].content is required as a string"},
	    {"{\"language\":\"python\",\"version\":\"*\",\"files\":[\"print(1)\"]}",
	     "files[0].content is required as a string"},
	    {"{\"language\":\"cobol\",\"version\":\"*\",\"files\":[]}",
	     "cobol-* runtime is unknown"},
	    {"{\"language\":\"python\",\"version\":\"9.9\",\"files\":[{\"content\":\"\","
	     "\"encoding\":\"base64\"}]}",
	     "files must include at least one utf8 encoded file"},
	    {"{\"language\":\"python\",\"version\":\"*\",\"files\":[]}",
	     "files must include at least one utf8 encoded file"},
	    {"{\"language\":\"python\",\"version\":\"*\",\"files\":[{\"content\":\"1\"}],"
	     "\"run_timeout\":\"3000\"}",
	     "If specified, run_timeout must be a number"},
	    {"{\"language\":\"python\",\"version\":\"*\",\"files\":[{\"content\":\"1\"}],"
	     "\"compile_memory_limit\":true}",
	     "If specified, compile_memory_limit must be a number"},
	    {"{\"language\":\"python\",\"version\":\"*\",\"files\":[{\"content\":\"1\"}],"
	     "\"run_timeout\":-5}",
	     "run_timeout must be non-negative"},
	    {"{\"language\":\"python\",\"version\":\"*\",\"files\":[{\"content\":\"1\"}],"
	     "\"compile_cpu_time\":-2}",
	     "compile_cpu_time must be non-negative"},
	    {"{\"language\":\"python\",\"version\":\"*\",\"files\":[{\"content\":\"1\"}],"
	     "\"run_cpu_time\":99999999}",
	     "run_cpu_time cannot exceed the configured limit of 60000"},
	    {"{\"language\":\"python\",\"version\":\"*\",\"files\":[{\"content\":\"1\"}],"
	     "\"run_memory_limit\":1099511627776}",
	     "run_memory_limit cannot exceed the configured limit of 2147483648"},
	    {"{\"language\":\"python\",\"version\":\"*\",\"files\":[{\"content\":\"1\"}],"
	     "\"stdin\":5}",
	     "stdin must be a string"},
	    {"{\"language\":\"python\",\"version\":\"*\",\"files\":[{\"content\":\"1\"}],"
	     "\"args\":\"x\"}",
	     "args must be an array of strings"},
	    {"{\"language\":\"python\",\"version\":\"*\",\"files\":[{\"content\":\"1\","
	     "\"name\":\"../x.py\"}]}",
	     "File path \"../x.py\" tries to escape parent directory: ../x.py"},
	    {"{\"language\":\"python\",\"version\":\"*\",\"files\":[{\"content\":\"1\"},"
	     "{\"content\":\"2\",\"name\":\"a/../../../etc/x\"}]}",
	     "File path \"a/../../../etc/x\" tries to escape parent directory: ../../etc/x"},
	    {"{\"language\":\"python\",\"version\":\"*\",\"files\":[{\"content\":\"1\",\"name\":7}]"
	     "}",
	     "files[0].name must be a string"},
	    {"{\"language\":\"python\",\"version\":\"*\",\"files\":[{\"content\":\"!!\","
	     "\"encoding\":\"base64\"},{\"content\":\"x\"}]}",
	     "files[0].content is not valid base64"},
	    {"{\"language\":\"python\",\"version\":\"*\",\"files\":[{\"content\":\"/w==\","
	     "\"encoding\":\"base64\"},{\"content\":\"x\"}]}",
	     "files[0] is the program's source and must decode to UTF-8 text"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_message(cases[i][0], 400, cases[i][1]);

	struct reply r;
	execute("{\"language\":", &r);
	cr_assert_eq(r.status, 400, "%s", r.body);
	cr_assert(strstr(jstr(r.json, "message"), "not valid JSON"), "%s", r.body);
	reply_free(&r);
	/* the server keeps serving */
	execute("{\"language\":\"bash\",\"version\":\"*\",\"files\":[{\"content\":\"echo ok\"}]}",
		&r);
	cr_assert_str_eq(jstr(run_of(&r), "stdout"), "ok\n");
	reply_free(&r);
}

Test(piston, limits_minus_one_and_zero_are_the_default)
{
	struct reply r;
	srv_start(&S, CONFIG, NULL);
	execute("{\"language\":\"python\",\"version\":\"*\",\"files\":[{\"content\":\"print(1)\"}],"
		"\"compile_memory_limit\":-1,\"run_memory_limit\":-1,\"run_timeout\":0,"
		"\"compile_timeout\":10000,\"run_cpu_time\":0,\"compile_cpu_time\":null}",
		&r);
	cr_assert_str_eq(jstr(run_of(&r), "stdout"), "1\n", "%s", r.body);
	reply_free(&r);
	/* below the 4 MB an interpreter needs: the service's own check */
	execute("{\"language\":\"python\",\"version\":\"*\",\"files\":[{\"content\":\"print(1)\"}],"
		"\"run_memory_limit\":1000}",
		&r);
	cr_assert_eq(r.status, 400, "%s", r.body);
	cr_assert(strstr(jstr(r.json, "message"), "memory limit"), "%s", r.body);
	reply_free(&r);
}

Test(piston, stdin_gets_a_trailing_newline)
{
	struct reply r;
	static const char *const cases[][2] = {
	    {"", "'\\n'\n"}, {"a", "'a\\n'\n"}, {"a\n", "'a\\n'\n"}, {"a\nb", "'a\\nb\\n'\n"}};
	srv_start(&S, CONFIG, NULL);
	for (size_t i = 0; i < 4; i++) {
		json_t *b = json_pack(
		    "{s:s, s:s, s:[{s:s}], s:s}", "language", "python", "version", "3", "files",
		    "content", "import sys; print(repr(sys.stdin.read()))", "stdin", cases[i][0]);
		char *text = json_dumps(b, 0);
		execute(text, &r);
		cr_assert_str_eq(jstr(run_of(&r), "stdout"), cases[i][1], "%s", r.body);
		free(text);
		json_decref(b);
		reply_free(&r);
	}
	/* absent stdin is "" */
	execute("{\"language\":\"python\",\"version\":\"*\",\"files\":[{\"content\":"
		"\"import sys; print(repr(sys.stdin.read()))\"}]}",
		&r);
	cr_assert_str_eq(jstr(run_of(&r), "stdout"), "'\\n'\n", "%s", r.body);
	reply_free(&r);
}

Test(piston, encodings_of_the_main_file)
{
	struct reply r;
	srv_start(&S, CONFIG, NULL);
	/* print('b64') */
	execute("{\"language\":\"python\",\"version\":\"*\",\"files\":[{\"content\":"
		"\"cHJpbnQoJ2I2NCcp\",\"encoding\":\"base64\"},{\"content\":\"\"}]}",
		&r);
	cr_assert_str_eq(jstr(run_of(&r), "stdout"), "b64\n", "%s", r.body);
	reply_free(&r);
	/* print('hex') */
	execute("{\"language\":\"python\",\"version\":\"*\",\"files\":[{\"content\":"
		"\"7072696e742827686578272\",\"encoding\":\"hex\"},{\"content\":\"\"}]}",
		&r);
	cr_assert_eq(r.status, 400, "odd hex: %s", r.body);
	reply_free(&r);
	execute("{\"language\":\"python\",\"version\":\"*\",\"files\":[{\"content\":"
		"\"7072696e74282768657827 29\",\"encoding\":\"hex\"},{\"content\":\"\"}]}",
		&r);
	cr_assert_eq(r.status, 400, "not hex: %s", r.body);
	reply_free(&r);
	execute("{\"language\":\"python\",\"version\":\"*\",\"files\":[{\"content\":"
		"\"7072696e742827686578272\x39\",\"encoding\":\"hex\"},{\"content\":\"\"}]}",
		&r);
	cr_assert_str_eq(jstr(run_of(&r), "stdout"), "hex\n", "%s", r.body);
	reply_free(&r);
	/* an unknown encoding is utf8, as in Piston */
	execute("{\"language\":\"python\",\"version\":\"*\",\"files\":[{\"content\":"
		"\"print('u')\",\"encoding\":\"latin1\"}]}",
		&r);
	cr_assert_str_eq(jstr(run_of(&r), "stdout"), "u\n", "%s", r.body);
	reply_free(&r);
}

Test(piston, args_reach_the_program)
{
	struct reply r;
	srv_start(&S, CONFIG, NULL);
	execute("{\"language\":\"python\",\"version\":\"*\",\"files\":[{\"content\":"
		"\"import sys; print(sys.argv[1:])\"}],\"args\":[\"1\",\"2\",\"3\"]}",
		&r);
	cr_assert_str_eq(jstr(run_of(&r), "stdout"), "['1', '2', '3']\n", "%s", r.body);
	reply_free(&r);
}

Test(piston, more_files_with_paths_and_encodings)
{
	struct reply r;
	srv_start(&S, CONFIG, NULL);
	execute("{\"language\":\"python\",\"version\":\"*\",\"files\":["
		"{\"name\":\"prog.py\",\"content\":\"import lib.m; print(open('data/d.bin','rb')"
		".read(), open('h.txt').read())\"},"
		"{\"name\":\"lib/m.py\",\"content\":\"print('m')\"},"
		"{\"name\":\"./data/../data/d.bin\",\"content\":\"AAE=\",\"encoding\":\"base64\"},"
		"{\"name\":\"/h.txt\",\"content\":\"6869\",\"encoding\":\"hex\"}]}",
		&r);
	cr_assert_str_eq(jstr(run_of(&r), "stdout"), "m\nb'\\x00\\x01' hi\n", "%s", r.body);
	reply_free(&r);
	/* c: every utf8 source is compiled with the main file */
	execute("{\"language\":\"c\",\"version\":\"*\",\"files\":["
		"{\"name\":\"main.c\",\"content\":\"int f(void);\\n#include <stdio.h>\\n"
		"int main(void){printf(\\\"%d\\\\n\\\", f());}\"},"
		"{\"name\":\"f.c\",\"content\":\"int f(void){return 42;}\"}]}",
		&r);
	cr_assert_str_eq(jstr(run_of(&r), "stdout"), "42\n", "%s", r.body);
	reply_free(&r);
}

Test(piston, keys_anonymous_and_bearer)
{
	struct reply r;
	const char *ok = "{\"language\":\"bash\",\"version\":\"*\",\"files\":[{\"content\":"
			 "\"echo hi\"}]}";

	srv_start(&S, "workers: 2\n", NULL);
	/* no anonymous_key: a key is required */
	execute(ok, &r);
	cr_assert_eq(r.status, 401, "%s", r.body);
	cr_assert(strstr(jstr(r.json, "message"), "Authorization: Bearer"), "%s", r.body);
	reply_free(&r);
	http(&S, "POST", "/piston/api/v2/execute", "ak_wrong", NULL, ok, &r);
	cr_assert_eq(r.status, 401, "%s", r.body);
	cr_assert(json_is_string(json_object_get(r.json, "message")), "%s", r.body);
	reply_free(&r);
	http(&S, "POST", "/piston/api/v2/execute", S.user, NULL, ok, &r);
	cr_assert_str_eq(jstr(run_of(&r), "stdout"), "hi\n");
	reply_free(&r);
	/* it is recorded as the key's execution, like any other */
	http(&S, "GET", "/v1/executions", S.user, NULL, NULL, &r);
	cr_assert_eq(json_array_size(json_object_get(r.json, "executions")), 1, "%s", r.body);
	reply_free(&r);
	srv_cleanup(&S);

	/* an anonymous_key that names no key: 401, never a run */
	srv_start(&S, "workers: 2\nanonymous_key: nobody\n", NULL);
	execute(ok, &r);
	cr_assert_eq(r.status, 401, "%s", r.body);
	reply_free(&r);
}

Test(piston, content_types_415_and_the_piston_client_exception)
{
	struct reply r;
	const char *ok = "{\"language\":\"bash\",\"version\":\"*\",\"files\":[{\"content\":"
			 "\"echo hi\"}]}";
	srv_start(&S, CONFIG, NULL);
	static const char *const refused[] = {"application/x-www-form-urlencoded",
					      "multipart/form-data; boundary=x", "text/html",
					      "application/jsonx"};
	for (size_t i = 0; i < 4; i++) {
		http(&S, "POST", "/piston/api/v2/execute", NULL, refused[i], ok, &r);
		cr_assert_eq(r.status, 415, "%s: %s", refused[i], r.body);
		cr_assert_str_eq(jstr(r.json, "message"),
				 "requests must be of type application/json");
		reply_free(&r);
	}
	static const char *const accepted[] = {"application/json",
					       "application/json; charset=utf-8",
					       "text/plain;charset=UTF-8", "TEXT/PLAIN"};
	for (size_t i = 0; i < 4; i++) {
		http(&S, "POST", "/piston/api/v2/execute", NULL, accepted[i], ok, &r);
		cr_assert_str_eq(jstr(run_of(&r), "stdout"), "hi\n", "%s", accepted[i]);
		reply_free(&r);
	}
	/* no Content-Type at all (curl always sends one: a raw request) */
	char req[512];
	int n = snprintf(req, sizeof(req),
			 "POST /piston/api/v2/execute HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
			 "Content-Length: %zu\r\n\r\n%s",
			 strlen(ok), ok);
	bool closed;
	char *got = raw_exchange(S.port, req, (size_t)n, 30, &closed);
	cr_assert(strncmp(got, "HTTP/1.1 200", 12) == 0, "%s", got);
	cr_assert(strstr(got, "\"stdout\":\"hi\\n\""), "%s", got);
	free(got);
}
