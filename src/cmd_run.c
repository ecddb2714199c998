/* `airlock run`: a thin command over engine_run(). */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/run_args.h"
#include "commands.h"
#include "engine/engine.h"
#include "engine/result.h"
#include "lang/lang.h"
#include "policy/apply.h"

#define MAX_CODE_BYTES (16u << 20)
#define MAX_STDIN_BYTES (256u << 20)

/* Ctrl-C and SIGTERM end the sandbox (through the cancel pipe) and then
 * airlock, with 128 + the signal, as a shell would report it. */
static int cancel_pipe[2] = {-1, -1};
static volatile sig_atomic_t got_signal;

static void on_signal(int sig)
{
	int saved = errno;
	got_signal = sig;
	(void)!write(cancel_pipe[1], "x", 1);
	errno = saved;
}

static void install_signals(void)
{
	struct sigaction sa;

	if (pipe(cancel_pipe) < 0)
		return;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
}

static void stream_output(void *ctx, int stream, const char *data, size_t len)
{
	(void)ctx;
	(void)write_all(stream == 1 ? 1 : 2, data, len);
}

static int load_program(const struct run_args *a, char **code, size_t *len, err_t *err)
{
	if (a->code) {
		*code = xstrdup(a->code);
		*len = strlen(a->code);
		return 0;
	}
	if (strcmp(a->file, "-") == 0) {
		if (read_fd_max(0, MAX_CODE_BYTES, code, len, err) < 0)
			return err_wrap(err, "cannot read the program from standard input");
		return 0;
	}
	return read_file_max(a->file, MAX_CODE_BYTES, code, len, err);
}

static const struct lang_profile *pick_language(const struct run_args *a, err_t *err)
{
	const struct lang_profile *p;

	if (a->lang) {
		p = lang_find(a->lang);
		if (p == NULL)
			err_set(err, 0, "unknown language '%s'; known: %s", a->lang, lang_names());
		return p;
	}
	p = lang_from_filename(a->file);
	if (p == NULL)
		err_set(err, 0, "cannot tell the language of '%s' from its name; use --lang (%s)",
			a->file, lang_names());
	return p;
}

static int redact_output(struct run_result *res, json_t **redactions)
{
	struct redactor *r;
	err_t err;
	int ret;

	if (redactor_new(&r, &err) < 0) {
		print_error("%s", err.msg);
		return -1;
	}
	ret = redact_result(r, res, redactions, &err);
	if (ret < 0)
		print_error("%s", err.msg);
	redactor_free(r);
	return ret;
}

/* A short note on stderr when airlock, not the program, ended the run. */
static void explain(const struct run_result *res)
{
	const struct limits *l = &res->limits;

	switch (res->run.status) {
	case STATUS_TIME_LIMIT:
		print_error("stopped: CPU time limit of %g s reached", l->time_limit_s);
		break;
	case STATUS_WALL_TIME_LIMIT:
		print_error("stopped: wall time limit of %g s reached", l->wall_time_limit_s);
		break;
	case STATUS_MEMORY_LIMIT:
		print_error("stopped: memory limit of %llu MB reached",
			    (unsigned long long)l->memory_limit_mb);
		break;
	case STATUS_OUTPUT_LIMIT:
		print_error("stopped: output limit of %llu KB reached",
			    (unsigned long long)l->max_output_kb);
		break;
	case STATUS_SYSCALL_DENIED:
		print_error("stopped: the program made a system call the sandbox forbids");
		break;
	case STATUS_COMPILE_ERROR:
		(void)write_all(2, res->compile.err.data ? res->compile.err.data : "",
				res->compile.err.len);
		(void)write_all(1, res->compile.out.data ? res->compile.out.data : "",
				res->compile.out.len);
		print_error("compilation failed (%s)", run_status_name(res->compile.status));
		break;
	case STATUS_INTERNAL_ERROR:
		print_error("%s", res->error);
		break;
	default:
		break;
	}
}

int cmd_run(int argc, char **argv)
{
	struct run_args a;
	struct run_request req;
	struct run_result res;
	struct engine *eng = NULL;
	const struct lang_profile *lang;
	cleanup_free char *code = NULL;
	cleanup_free char *input = NULL;
	size_t code_len = 0, input_len = 0;
	err_t err;
	int status;

	err_clear(&err);
	if (run_args_parse(argc, argv, &a, &err) < 0) {
		print_error("%s", err.msg);
		return EXIT_AIRLOCK;
	}
	if (a.help) {
		fputs(run_usage, stdout);
		return 0;
	}
	if (a.policy && strcmp(a.policy, "off") != 0) {
		print_error("--policy %s is not available in this build; use --policy off",
			    a.policy);
		return EXIT_AIRLOCK;
	}
	if ((lang = pick_language(&a, &err)) == NULL || !lang_available(lang, &err) ||
	    load_program(&a, &code, &code_len, &err) < 0 ||
	    (a.stdin_file && read_file_max(a.stdin_file, MAX_STDIN_BYTES, &input, &input_len,
					   &err) < 0)) {
		print_error("%s", err.msg);
		return EXIT_AIRLOCK;
	}
	struct engine_config cfg = {
		.cgroup_parent = a.cgroup_parent ? a.cgroup_parent : getenv("AIRLOCK_CGROUP_PARENT"),
	};
	if (engine_new(&cfg, &eng, &err) < 0) {
		print_error("%s", err.msg);
		return EXIT_AIRLOCK;
	}
	install_signals();
	memset(&req, 0, sizeof(req));
	req.lang = lang;
	req.code = code;
	req.code_len = code_len;
	req.stdin_data = input;
	req.stdin_len = input_len;
	req.limits = a.limits;
	req.cancel_fd = cancel_pipe[0];
	/* Redacted output cannot be streamed: a secret is only known once
	 * it is complete. */
	if (!a.json && !a.redact)
		req.on_output = stream_output;
	if (engine_run(eng, &req, &res, &err) < 0) {
		engine_free(eng);
		print_error("%s", err.msg);
		return EXIT_AIRLOCK;
	}
	engine_free(eng);
	json_t *redactions = NULL;
	if (a.redact && redact_output(&res, &redactions) < 0) {
		run_result_free(&res);
		return EXIT_AIRLOCK;
	}
	if (a.json) {
		json_t *o = result_to_json(&res);
		if (redactions)
			json_object_set_new(o, "redactions", redactions);
		char *s = json_dumps(o, JSON_COMPACT);
		status = s && puts(s) >= 0 && fflush(stdout) == 0 ? 0 : EXIT_AIRLOCK;
		free(s);
		json_decref(o);
	} else {
		if (a.redact) {
			json_decref(redactions);
			stream_output(NULL, 1, res.run.out.data ? res.run.out.data : "", res.run.out.len);
			stream_output(NULL, 2, res.run.err.data ? res.run.err.data : "", res.run.err.len);
		}
		explain(&res);
		status = result_exit_code(&res);
	}
	if (got_signal)
		status = 128 + got_signal;
	run_result_free(&res);
	return status;
}
