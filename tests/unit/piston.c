/* Piston's pure translation: runtimes, the request into the canonical one,
 * the answer, the WebSocket's messages and handshake. */
#include <criterion/criterion.h>
#include <string.h>

#include "http/piston.h"
#include "lang/lang.h"
#include "service/request.h"

static const char langs_json[] =
    "[{\"name\":\"python\",\"aliases\":[\"py\",\"python3\"],\"compiled\":false,\"available\":true,"
    "\"version\":\"3.11.2\",\"max\":{\"time_limit_s\":60,\"wall_time_limit_s\":121,"
    "\"memory_limit_mb\":2048}},"
    "{\"name\":\"node\",\"aliases\":[\"javascript\",\"nodejs\"],\"compiled\":false,"
    "\"available\":true,\"version\":\"20.20.2\"},"
    "{\"name\":\"c\",\"aliases\":[\"gcc\"],\"compiled\":true,\"available\":true,"
    "\"version\":\"12.2.0\"},"
    "{\"name\":\"cpp\",\"aliases\":[\"c++\"],\"compiled\":true,\"available\":false,"
    "\"version\":\"12.2.0\"},"
    "{\"name\":\"ruby\",\"aliases\":[\"rb\"],\"compiled\":false,\"available\":true}]";

static json_t *langs(void)
{
	json_t *l = json_loads(langs_json, 0, NULL);
	cr_assert(l);
	return l;
}

Test(piston, runtimes_use_pistons_names_and_skip_what_is_missing)
{
	json_t *l = langs(), *rt = piston_runtimes(l);
	char *s = json_dumps(rt, JSON_COMPACT);
	cr_assert_str_eq(
	    s,
	    "[{\"language\":\"python\",\"version\":\"3.11.2\",\"aliases\":[\"py\",\"py3\","
	    "\"python3\"]},"
	    "{\"language\":\"javascript\",\"version\":\"20.20.2\",\"aliases\":[\"node-javascript\","
	    "\"node-js\",\"javascript\",\"js\"],\"runtime\":\"node\"},"
	    "{\"language\":\"c\",\"version\":\"12.2.0\",\"aliases\":[\"gcc\"],\"runtime\":\"gcc\"},"
	    "{\"language\":\"ruby\",\"version\":\"0.0.0\",\"aliases\":[\"rb\"]}]");
	free(s);
	json_decref(rt);
	json_decref(l);
}

Test(piston, runtime_lookup_by_piston_or_airlock_name)
{
	json_t *l = langs();
	struct piston_runtime rt;
	static const char *const js[] = {"javascript", "JS", "node", "nodejs", "node-js"};
	for (size_t i = 0; i < 5; i++) {
		cr_assert(piston_runtime_find(l, js[i], &rt), "%s", js[i]);
		cr_assert_str_eq(rt.airlock, "node");
		cr_assert_str_eq(rt.language, "javascript");
	}
	cr_assert(piston_runtime_find(l, "gcc", &rt));
	cr_assert(rt.compiled);
	cr_assert_not(piston_runtime_find(l, "c++", &rt), "not available here");
	cr_assert_not(piston_runtime_find(l, "cobol", &rt));
	cr_assert(piston_version_accepted("*") && piston_version_accepted("3.10.0") &&
		  piston_version_accepted("^3"));
	cr_assert_not(piston_version_accepted("") || piston_version_accepted(NULL));
	json_decref(l);
}

static json_t *parse_ok(const char *body, bool ws)
{
	json_t *l = langs();
	struct piston_job job;
	char msg[PISTON_MSG_MAX];
	cr_assert_eq(piston_job_parse(body, strlen(body), l, ws, &job, msg), 0, "%s", msg);
	json_t *c = json_incref(job.canonical);
	piston_job_free(&job);
	json_decref(l);
	return c;
}

Test(piston, request_becomes_the_canonical_request)
{
	json_t *c = parse_ok(
	    "{\"language\":\"py\",\"version\":\"3.10.0\",\"files\":[{\"name\":\"m.py\",\"content\":"
	    "\"print(1)\"},{\"name\":\"./d/../x.bin\",\"content\":\"6869\",\"encoding\":\"hex\"},"
	    "{\"content\":\"aGk=\",\"encoding\":\"base64\"}],\"stdin\":\"in\",\"args\":[\"a\",2],"
	    "\"run_timeout\":1500,\"run_cpu_time\":500,\"run_memory_limit\":3145729,"
	    "\"compile_memory_limit\":-1,\"compile_timeout\":0}",
	    false);
	char *s = json_dumps(c, JSON_COMPACT | JSON_SORT_KEYS);
	cr_assert_str_eq(
	    s, "{\"args\":[\"a\",\"2\"],\"code\":\"print(1)\",\"combined_output\":true,"
	       "\"files\":[{\"content\":\"aGk=\",\"encoding\":\"base64\",\"name\":\"x.bin\"},"
	       "{\"content\":\"aGk=\",\"encoding\":\"base64\",\"name\":\"file2.code\"}],"
	       "\"language\":\"python\",\"limits\":{\"memory_limit_mb\":4,\"time_limit_s\":0.5,"
	       "\"wall_time_limit_s\":1.5},\"stdin\":\"in\\n\",\"wait\":true}");
	free(s);
	json_decref(c);
	/* a WebSocket init: stdin comes later, as data */
	c = parse_ok("{\"language\":\"py\",\"version\":\"*\",\"files\":[{\"content\":\"\"}],"
		     "\"stdin\":\"x\"}",
		     true);
	cr_assert_null(json_object_get(c, "stdin"));
	json_decref(c);
}

Test(piston, the_canonical_request_is_one_the_service_takes)
{
	struct server_config cfg;
	struct exec_request r;
	struct svc_error e;
	config_default(&cfg);
	json_t *c = parse_ok("{\"language\":\"python\",\"version\":\"*\",\"files\":[{\"content\":"
			     "\"print(1)\"}],\"run_timeout\":2000}",
			     false);
	cr_assert_eq(exec_request_from_json(c, &cfg, &r, &e), 0, "%s", e.message);
	cr_assert(r.combined_output);
	cr_assert_eq(r.limits.wall_time_limit_s, 2.0);
	cr_assert_eq(r.stdin_len, 1);
	exec_request_free(&r);
}

/* The compile constraints become the compile step's limits of a compiled
 * language (and nothing for an interpreted one, which has no such step);
 * the service takes them. */
Test(piston, compile_constraints_limit_the_compile_step)
{
	struct server_config cfg;
	struct exec_request r;
	struct svc_error e;
	config_default(&cfg);
	json_t *c =
	    parse_ok("{\"language\":\"c\",\"version\":\"*\",\"files\":[{\"content\":"
		     "\"int main(){}\"}],\"compile_timeout\":5000,\"compile_cpu_time\":2500,"
		     "\"compile_memory_limit\":268435456,\"run_timeout\":1000}",
		     false);
	char *s = json_dumps(json_object_get(c, "compile_limits"), JSON_COMPACT | JSON_SORT_KEYS);
	cr_assert_str_eq(s, "{\"memory_limit_mb\":256,\"time_limit_s\":2.5,"
			    "\"wall_time_limit_s\":5.0}");
	free(s);
	cr_assert_eq(exec_request_from_json(c, &cfg, &r, &e), 0, "%s", e.message);
	cr_assert(r.has_compile_limits);
	cr_assert_eq(r.compile_limits.time_limit_s, 2.5);
	cr_assert_eq(r.compile_limits.wall_time_limit_s, 5.0);
	cr_assert_eq(r.compile_limits.memory_limit_mb, 256);
	cr_assert_eq(r.limits.wall_time_limit_s, 1.0, "the run's own limits stay apart");
	exec_request_free(&r);

	/* piston-client's defaults on an interpreted language: nothing */
	c = parse_ok("{\"language\":\"py\",\"version\":\"*\",\"files\":[{\"content\":\"1\"}],"
		     "\"compile_timeout\":10000,\"compile_memory_limit\":-1}",
		     false);
	cr_assert_null(json_object_get(c, "compile_limits"));
	json_decref(c);
}

static json_t *stage(const char *exec_json)
{
	json_t *ex = json_loads(exec_json, 0, NULL);
	cr_assert(ex, "%s", exec_json);
	json_t *st = piston_stage(ex, ex, false);
	json_decref(ex);
	return st;
}

Test(piston, statuses_fold_into_pistons)
{
	static const char *const cases[][5] = {
	    {"{\"status\":\"ok\",\"exit_code\":0}", "null", "null", "null", "0"},
	    {"{\"status\":\"runtime_error\",\"exit_code\":2}", "\"RE\"", "null",
	     "\"Exited with error status 2\"", "2"},
	    {"{\"status\":\"signaled\",\"signal\":6}", "\"SG\"", "\"SIGABRT\"",
	     "\"Caught fatal signal 6\"", "null"},
	    {"{\"status\":\"syscall_denied\",\"signal\":31,\"denied\":{\"syscall\":\"mount\"}}",
	     "\"SG\"", "\"SIGSYS\"", "\"Caught fatal signal 31 (the syscall policy denied mount)\"",
	     "null"},
	    {"{\"status\":\"memory_limit\",\"signal\":9}", "\"SG\"", "\"SIGKILL\"",
	     "\"Memory limit exceeded\"", "null"},
	    {"{\"status\":\"time_limit\"}", "\"TO\"", "\"SIGKILL\"", "\"Time limit exceeded\"",
	     "null"},
	    {"{\"status\":\"wall_time_limit\"}", "\"TO\"", "\"SIGKILL\"",
	     "\"Time limit exceeded (wall clock)\"", "null"},
	    {"{\"status\":\"output_limit\",\"stdout_truncated\":true}", "\"OL\"", "\"SIGKILL\"",
	     "\"stdout length exceeded\"", "null"},
	    {"{\"status\":\"output_limit\",\"stderr_truncated\":true}", "\"EL\"", "\"SIGKILL\"",
	     "\"stderr length exceeded\"", "null"},
	    {"{\"status\":\"internal_error\",\"error\":\"no cgroup\"}", "\"XX\"", "null",
	     "\"no cgroup\"", "null"},
	    {"{\"status\":\"cancelled\"}", "\"XX\"", "null", "\"the execution ended as cancelled\"",
	     "null"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		json_t *st = stage(cases[i][0]);
		const char *keys[] = {"status", "signal", "message", "code"};
		for (int k = 0; k < 4; k++) {
			char *v = json_dumps(json_object_get(st, keys[k]), JSON_ENCODE_ANY);
			cr_assert_str_eq(v, cases[i][k + 1], "%s: %s", cases[i][0], keys[k]);
			free(v);
		}
		json_decref(st);
	}
}

Test(piston, output_falls_back_to_stdout_then_stderr)
{
	json_t *st =
	    stage("{\"status\":\"ok\",\"stdout\":\"a\",\"stderr\":\"b\",\"memory_peak_kb\":2,"
		  "\"time\":{\"cpu_ms\":3,\"wall_ms\":4}}");
	cr_assert_str_eq(json_string_value(json_object_get(st, "output")), "ab");
	cr_assert_eq(json_integer_value(json_object_get(st, "memory")), 2048);
	cr_assert_eq(json_integer_value(json_object_get(st, "cpu_time")), 3);
	cr_assert_eq(json_integer_value(json_object_get(st, "wall_time")), 4);
	json_decref(st);
	st = stage("{\"status\":\"ok\",\"stdout\":\"a\",\"stderr\":\"b\",\"output\":\"ba\"}");
	cr_assert_str_eq(json_string_value(json_object_get(st, "output")), "ba");
	json_decref(st);
}

Test(piston, signal_names)
{
	cr_assert_str_eq(piston_signal_name(9), "SIGKILL");
	cr_assert_str_eq(piston_signal_name(31), "SIGSYS");
	cr_assert_null(piston_signal_name(0));
	cr_assert_null(piston_signal_name(99));
	cr_assert_eq(piston_signal_number("SIGTERM"), 15);
	cr_assert_eq(piston_signal_number("TERM"), 15);
	cr_assert_eq(piston_signal_number("SIGNOPE"), 0);
}

Test(piston, websocket_accept_is_rfc_6455s)
{
	char out[32];
	cr_assert_eq(piston_ws_accept("dGhlIHNhbXBsZSBub25jZQ==", out), 0);
	cr_assert_str_eq(out, "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
	cr_assert_eq(piston_ws_accept("short", out), -1);
	cr_assert_eq(piston_ws_accept(NULL, out), -1);
	cr_assert_eq(piston_ws_accept("!!!!!!!!!!!!!!!!!!!!!!==", out), -1);
}

static enum piston_ws_kind ws(const char *text, bool init, int *code)
{
	json_t *l = langs();
	struct piston_ws_action a;
	piston_ws_message(text, strlen(text), init, l, &a);
	*code = a.close_code;
	enum piston_ws_kind k = a.kind;
	piston_ws_action_free(&a);
	json_decref(l);
	return k;
}

Test(piston, websocket_messages_in_pistons_order)
{
	int code;
	const char *init = "{\"type\":\"init\",\"language\":\"py\",\"version\":\"*\",\"files\":[{"
			   "\"content\":\"\"}]}";
	cr_assert_eq(ws(init, false, &code), PISTON_WS_INIT);
	cr_assert_eq(ws(init, true, &code), PISTON_WS_CLOSE);
	cr_assert_eq(code, PISTON_WS_ALREADY_INITIALIZED);
	cr_assert_eq(ws("{\"type\":\"init\"}", false, &code), PISTON_WS_ERROR);
	cr_assert_eq(ws("nope", false, &code), PISTON_WS_ERROR);
	cr_assert_eq(ws("{\"type\":\"data\",\"stream\":\"stdin\",\"data\":\"x\"}", false, &code),
		     PISTON_WS_CLOSE);
	cr_assert_eq(code, PISTON_WS_NOT_INITIALIZED);
	cr_assert_eq(ws("{\"type\":\"data\",\"stream\":\"stdin\",\"data\":\"x\"}", true, &code),
		     PISTON_WS_DATA);
	cr_assert_eq(ws("{\"type\":\"data\",\"stream\":\"stderr\"}", true, &code), PISTON_WS_CLOSE);
	cr_assert_eq(code, PISTON_WS_STDIN_ONLY);
	cr_assert_eq(ws("{\"type\":\"signal\",\"signal\":\"SIGINT\"}", true, &code),
		     PISTON_WS_SIGNAL);
	cr_assert_eq(ws("{\"type\":\"signal\",\"signal\":\"INT\"}", true, &code), PISTON_WS_CLOSE);
	cr_assert_eq(code, PISTON_WS_INVALID_SIGNAL);
	cr_assert_eq(ws("{\"type\":\"other\"}", true, &code), PISTON_WS_IGNORE);
	cr_assert_eq(ws("[1]", true, &code), PISTON_WS_IGNORE);
	cr_assert_str_eq(piston_ws_reason(PISTON_WS_JOB_COMPLETED), "Job Completed");
}

Test(piston, websocket_messages_out)
{
	char *m = piston_ws_exit_msg("run", "time_limit", -1, 9);
	cr_assert_str_eq(
	    m, "{\"type\":\"exit\",\"stage\":\"run\",\"code\":null,\"signal\":\"SIGKILL\"}");
	free(m);
	m = piston_ws_exit_msg("compile", "runtime_error", 1, 0);
	cr_assert_str_eq(m, "{\"type\":\"exit\",\"stage\":\"compile\",\"code\":1,\"signal\":null}");
	free(m);
	m = piston_ws_data_msg("stdout", "a\xff", 2); /* not UTF-8: as Latin-1 */
	cr_assert_str_eq(m, "{\"type\":\"data\",\"stream\":\"stdout\",\"data\":\"a\xc3\xbf\"}");
	free(m);
}

Test(piston, interpreter_versions_are_parsed)
{
	static const char *const cases[][2] = {
	    {"Python 3.11.2", "3.11.2"},
	    {"v20.20.2", "20.20.2"},
	    {"gcc (Debian 12.2.0-14) 12.2.0", "12.2.0"},
	    {"GNU bash, version 5.2.15(1)-release (x86_64-pc-linux-gnu)", "5.2.15"},
	    {"x86_64 2 things 1.5", "1.5"},
	};
	char out[32];
	for (size_t i = 0; i < 5; i++) {
		cr_assert_eq(lang_version_parse(cases[i][0], out, sizeof(out)), 0);
		cr_assert_str_eq(out, cases[i][1], "%s", cases[i][0]);
	}
	cr_assert_eq(lang_version_parse("no version", out, sizeof(out)), -1);
	cr_assert_eq(lang_version_parse("10", out, sizeof(out)), -1);
}
