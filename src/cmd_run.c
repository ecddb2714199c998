/* `airlock run`: a thin command over engine_run(). */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/add_files.h"
#include "cli/data_dir.h"
#include "image/image.h"
#include "cli/run_args.h"
#include "commands.h"
#include "common/term.h"
#include "engine/engine.h"
#include "engine/result.h"
#include "lang/lang.h"
#include "policy/analyze.h"
#include "policy/apply.h"
#include "policy/decide.h"

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
		if (res->run.denied.present && res->run.denied.pid > 0)
			print_error("stopped: process %d of the program called %s, which the "
				    "sandbox forbids",
				    res->run.denied.pid, res->run.denied.syscall);
		else if (res->run.denied.present)
			print_error("stopped: the program called %s, which the sandbox forbids",
				    res->run.denied.syscall);
		else
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

/* What the policy decided before the run. */
struct policy_outcome {
	enum run_status refused; /* STATUS_OK: run it; else policy_blocked or rejected */
	json_t *fields;		 /* added to the result: findings, analysis, rejection */
};

/* The findings quote the program: shown, never obeyed (common/term.h). */
static void print_findings(FILE *to, const struct findings *f)
{
	for (size_t i = 0; i < f->n; i++) {
		char *rule = term_str(f->v[i].rule), *message = term_str(f->v[i].message);
		char *text = term_str(f->v[i].text), *file = term_str(f->v[i].file);
		fprintf(to, "airlock: %s %s%s%s at line %u, column %u: %s\n    %s\n",
			severity_name(f->v[i].severity), rule, f->v[i].file ? " in " : "", file,
			f->v[i].line, f->v[i].column, message, text);
		free(file);
		free(rule);
		free(message);
		free(text);
	}
}

/* --policy approve without a service: the person at the terminal decides.
 * Without a terminal nobody can, and the program does not run. */
static bool approved_at_terminal(const struct findings *f, enum severity fail_on, const char **why)
{
	char answer[16] = "";
	FILE *tty = fopen("/dev/tty", "r+e");

	if (tty == NULL) {
		*why = "no terminal to ask for approval (use --policy block or warn, or "
		       "airlock serve's approval queue)";
		return false;
	}
	fprintf(tty, "airlock: the program has findings at or above %s:\n", severity_name(fail_on));
	print_findings(tty, f);
	fprintf(tty, "airlock: run it anyway? [y/N] ");
	fflush(tty);
	if (fgets(answer, sizeof(answer), tty) == NULL)
		answer[0] = '\0';
	fclose(tty);
	*why = "rejected at the terminal";
	return answer[0] == 'y' || answer[0] == 'Y';
}

static json_t *rejection_json(const char *why)
{
	char now[40];
	time_t t = time(NULL);
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(now, sizeof(now), "%Y-%m-%dT%H:%M:%SZ", &tm);
	return json_pack("{s:s, s:s, s:s}", "reason", why, "by", "terminal", "at", now);
}

/* Analyses the program and decides, per --policy, whether it runs; with
 * approve, the person at the terminal has the last word. */
static int check_program(const struct run_args *a, const struct lang_profile *lang,
			 const char *code, size_t len, const struct added_files *added,
			 struct policy_outcome *po)
{
	cleanup_free struct policy_file *files = xcalloc(added->n + 1, sizeof(*files));
	for (size_t i = 0; i < added->n; i++)
		files[i] =
		    (struct policy_file){added->v[i].name, added->v[i].data, added->v[i].len};
	const struct policy_settings ps = {a->policy, a->fail_on, a->unanalyzable_block};
	struct analyzer *an = NULL;
	struct redactor *r = NULL;
	struct policy_decision d;
	const char *why = NULL;
	err_t err;

	err_clear(&err);
	/* with --redact, a finding may not quote a secret of the code */
	if (analyzer_new(a->rules, &an, &err) < 0 || (a->redact && redactor_new(&r, &err) < 0) ||
	    policy_decide(an, &ps, lang->name, code, len, files, added->n, r, &d, &err) < 0) {
		print_error("%s", err.msg);
		analyzer_free(an);
		redactor_free(r);
		return -1;
	}
	analyzer_free(an);
	redactor_free(r);
	po->fields = policy_decision_json(&d);
	if (d.verdict == VERDICT_BLOCK) {
		po->refused = STATUS_POLICY_BLOCKED;
	} else if (d.verdict == VERDICT_ASK &&
		   !approved_at_terminal(&d.findings, a->fail_on, &why)) {
		po->refused = STATUS_REJECTED;
		json_object_set_new(po->fields, "rejection", rejection_json(why));
	}
	if (!a->json && d.verdict != VERDICT_ASK)
		print_findings(stderr, &d.findings);
	if (!a->json && po->refused == STATUS_POLICY_BLOCKED)
		print_error("not run: the policy blocks %s at or above %s",
			    d.available ? "findings" : "languages without analysis",
			    severity_name(a->fail_on));
	else if (!a->json && po->refused == STATUS_REJECTED)
		print_error("not run: %s", why);
	policy_decision_free(&d);
	return 0;
}

/* The result of a program the policy did not let run: nothing ran, so
 * nothing was measured. */
static int refuse(const struct run_args *a, const struct lang_profile *lang,
		  const struct policy_outcome *po)
{
	struct run_result res;
	int status = 0;

	memset(&res, 0, sizeof(res));
	res.run.status = po->refused;
	res.run.exit_code = -1;
	res.language = lang->name;
	res.limits = a->limits;
	if (!a->json)
		return result_exit_code(&res);
	json_t *o = result_to_json(&res);
	json_object_del(o, "enforcement");
	json_object_update(o, po->fields);
	char *s = json_dumps(o, JSON_COMPACT);
	status = s && puts(s) >= 0 && fflush(stdout) == 0 ? 0 : EXIT_AIRLOCK;
	free(s);
	json_decref(o);
	return status;
}

/* Without --json, the collected files are listed on stderr (their
 * contents are in the result object only). */
static void list_collected(const struct run_result *res)
{
	for (size_t i = 0; i < res->files.n; i++) {
		const struct collected_file *f = &res->files.v[i];
		char *path = term_str(f->path);
		if (f->regular)
			print_error("collected %s (%llu bytes)%s%s", path,
				    (unsigned long long)f->size, f->omitted[0] ? ": " : "",
				    f->omitted);
		else
			print_error("not collected %s: %s", path, f->omitted);
		free(path);
	}
	if (res->files.truncated)
		print_error("more files may match: the collection stopped at its limits");
}

/* The program's inputs besides its text: --add, -e, --collect, -- ARG. */
static int load_inputs(const struct run_args *a, const struct lang_profile *lang, size_t code_len,
		       struct added_files *added, err_t *err)
{
	uint64_t disk = a->limits.disk_limit_mb << 20,
		 code = ((uint64_t)code_len + 4095) & ~4095ull;
	return add_files_load(a->add, a->nadd, lang, disk > code ? disk - code : 0, added, err);
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
	if (a.policy == POLICY_OFF && (a.rules || a.fail_on != SEV_HIGH || a.unanalyzable_block)) {
		print_error("--fail-on, --rules and --unanalyzable need --policy warn, block or "
			    "approve");
		return EXIT_AIRLOCK;
	}
	struct added_files added __attribute__((cleanup(added_files_free))) = {0};
	struct limits compile;
	int has_compile = 0;
	if ((lang = pick_language(&a, &err)) == NULL || !lang_available(lang, &err) ||
	    (has_compile = run_compile_limits(&a, lang, &compile, &err)) < 0 ||
	    load_program(&a, &code, &code_len, &err) < 0 ||
	    load_inputs(&a, lang, code_len, &added, &err) < 0 ||
	    (a.stdin_file &&
	     read_file_max(a.stdin_file, MAX_STDIN_BYTES, &input, &input_len, &err) < 0)) {
		print_error("%s", err.msg);
		return EXIT_AIRLOCK;
	}
	struct policy_outcome po = {0};
	if (a.policy != POLICY_OFF && check_program(&a, lang, code, code_len, &added, &po) < 0)
		return EXIT_AIRLOCK;
	if (po.refused != STATUS_OK) {
		status = refuse(&a, lang, &po);
		json_decref(po.fields);
		return status;
	}
	struct engine_config cfg = {
	    .cgroup_parent = a.cgroup_parent,
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
	req.compile_limits = has_compile ? &compile : NULL;
	req.compile_args = a.compile_args;
	req.ncompile_args = a.ncompile_args;
	req.egress = &a.egress;
	req.files = added.v;
	req.nfiles = added.n;
	req.args = (const char *const *)a.args;
	req.nargs = a.nargs;
	req.env = a.env;
	req.nenv = a.nenv;
	req.collect = a.collect;
	req.ncollect = a.ncollect;
	req.mounts = a.mounts;
	req.nmounts = a.nmounts;
	req.rootfs = a.rootfs;
	struct image_info image = {0};
	if (a.image) {
		char images[PATH_MAX];
		data_dir_default(a.data_dir, images, sizeof(images));
		if (image_lookup(images, a.image, &image, &err) < 0) {
			engine_free(eng);
			print_error("--image: %s", err.msg);
			return EXIT_AIRLOCK;
		}
		req.rootfs = image.rootfs;
	}
	req.cancel_fd = cancel_pipe[0];
	char sock[108], dir[PATH_MAX], pool[PATH_MAX];
	if (a.warm && a.template_socket) {
		req.template_socket = a.template_socket;
	} else if (a.warm) {
		/* the templates of `airlock serve` with the default data directory */
		data_dir_default(a.data_dir, pool, sizeof(pool));
		warm_pool_dir_for(pool, dir, sizeof(dir));
		if (warm_socket_path(dir, lang->name, sock, sizeof(sock), &err) < 0) {
			image_info_free(&image);
			engine_free(eng);
			print_error("%s", err.msg);
			return EXIT_AIRLOCK;
		}
		req.template_socket = sock;
	}
	/* Redacted output cannot be streamed: a secret is only known once
	 * it is complete. */
	if (!a.json && !a.redact)
		req.on_output = stream_output;
	int ran = engine_run(eng, &req, &res, &err);
	image_info_free(&image);
	if (ran < 0) {
		engine_free(eng);
		print_error("%s", err.msg);
		return EXIT_AIRLOCK;
	}
	engine_free(eng);
	/* Diagnostics name the program as the user did, without the host's
	 * directories. */
	if (a.file && strcmp(a.file, "-") != 0 && !a.code)
		res.program.name = strrchr(a.file, '/') ? strrchr(a.file, '/') + 1 : a.file;
	json_t *redactions = NULL;
	if (a.redact && redact_output(&res, &redactions) < 0) {
		run_result_free(&res);
		json_decref(po.fields);
		return EXIT_AIRLOCK;
	}
	if (a.json) {
		json_t *o = result_to_json(&res);
		if (redactions)
			json_object_set_new(o, "redactions", redactions);
		if (po.fields)
			json_object_update(o, po.fields);
		char *s = json_dumps(o, JSON_COMPACT);
		status = s && puts(s) >= 0 && fflush(stdout) == 0 ? 0 : EXIT_AIRLOCK;
		free(s);
		json_decref(o);
	} else {
		if (a.redact) {
			json_decref(redactions);
			stream_output(NULL, 1, res.run.out.data ? res.run.out.data : "",
				      res.run.out.len);
			stream_output(NULL, 2, res.run.err.data ? res.run.err.data : "",
				      res.run.err.len);
		}
		explain(&res);
		list_collected(&res);
		status = result_exit_code(&res);
	}
	if (got_signal)
		status = 128 + got_signal;
	json_decref(po.fields);
	run_result_free(&res);
	return status;
}
