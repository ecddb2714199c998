/*
 * `airlock sandbox create|exec|run|cp|ls|rm|list|pause|resume|metrics|net|forward`:
 * sandboxes that live on
 * a running `airlock serve`, over its HTTP API (/v1/sandboxes, libcurl),
 * as `airlock approvals` talks to it.
 *
 * The server is --server URL, else $AIRLOCK_SERVER, else $AIRLOCK_URL,
 * else http://127.0.0.1:8080; the key --key KEY, else $AIRLOCK_KEY, else
 * $AIRLOCK_API_KEY. exec and run pass the command's output on as it
 * comes (server-sent events), unless --json. Exit status: exec and run
 * exit as `airlock run` does
 * (the command's exit code, 128+N for signal N, 124 for a time limit, 126
 * when the policy blocked it); the others 0 when done, 1 when the server
 * refused (its message in one line, with what to do where the refusal has
 * a known remedy: resume a paused sandbox, no pause on a rootless server),
 * 125 on misuse or when no server answers.
 */
#include <curl/curl.h>
#include <errno.h>
#include <getopt.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/client.h"
#include "cli/forward.h"
#include "commands.h"
#include "common/term.h"
#include "common/util.h"

#define DEFAULT_URL "http://127.0.0.1:8080"
#define MAX_UPLOAD (1u << 30)

static const char sandbox_usage[] =
    "usage: airlock sandbox create [LIMITS] [WHAT IS INSIDE] [-e NAME=VALUE]... [--json]\n"
    "       airlock sandbox exec ID [-e NAME=VALUE]... [--cwd DIR] [-i FILE] [-t SEC] [-w SEC]\n"
    "                            [--json] -- COMMAND...\n"
    "       airlock sandbox run [LIMITS] [WHAT IS INSIDE] [exec options] -- COMMAND...\n"
    "                                          (create, exec, rm)\n"
    "       airlock sandbox cp SRC DEST        one of them ID:PATH (PATH below /home/user);\n"
    "                                          '-' is standard input or output\n"
    "       airlock sandbox ls ID [DIR] [--json]\n"
    "       airlock sandbox rm ID [--json]\n"
    "       airlock sandbox list [--json]\n"
    "       airlock sandbox pause ID [--json]   freeze its processes (it keeps its memory)\n"
    "       airlock sandbox resume ID [--json]\n"
    "       airlock sandbox metrics ID [--json] CPU %, memory and disk used of its limits\n"
    "       airlock sandbox net ID [--allow-host HOST[:PORT]]... [--json]\n"
    "                                          its egress allow-list is now these hosts\n"
    "                                          (none: nothing); only for a sandbox made\n"
    "                                          with egress (--allow-host, --net egress)\n"
    "       airlock sandbox forward ID PORT [--listen [ADDR:]LPORT]\n"
    "                                          HTTP to ADDR:LPORT (default 127.0.0.1:PORT)\n"
    "                                          goes to the server a command started on the\n"
    "                                          sandbox's port PORT, until interrupted\n"
    "LIMITS: --timeout SEC (lifetime), --idle-timeout SEC, -m/--memory-limit MB,\n"
    "  -p/--max-processes N, -d/--disk-limit MB, --cpu-total SEC,\n"
    "  --on-timeout end|pause (pause: paused, not ended, when its lifetime runs out),\n"
    "  --auto-resume (paused, it resumes when a command or a file call uses it).\n"
    "WHAT IS INSIDE: --net none|loopback|egress, --allow-host HOST[:PORT] (repeatable;\n"
    "  egress to it through airlock's proxy, within the server's egress list),\n"
    "  --image NAME (an image the server imported), --mount NAME[:/TARGET] (repeatable;\n"
    "  a directory the server's configuration offers by NAME, read-only).\n"
    "Pausing needs a server with the cgroup freezer (airlock serve as root): rootless,\n"
    "pause, --on-timeout pause and --auto-resume are refused (HTTP 501\n"
    "pause_unsupported, exit 1).\n"
    "Every command takes --server URL (default $AIRLOCK_SERVER, else " DEFAULT_URL ")\n"
    "and --key KEY (default $AIRLOCK_KEY). A command runs as `bash -lc COMMAND` in the\n"
    "sandbox's /home/user; exec and run exit with its status as `airlock run` does;\n"
    "the others 0 when done, 1 when the server refused, 125 on misuse.\n";

struct sb_args {
	const char *sub, *server, *key;
	const char *pos[3];
	int npos;
	char **cmd;
	int ncmd;
	int json;
	json_t *create; /* the create request */
	json_t *exec;	/* exec options: env, cwd, stdin, limits */
	const char *stdin_file;
	const char *net; /* --net, composed with allow into create's "net" */
	json_t *allow;	 /* --allow-host, in the order given */
	const char *listen; /* forward's --listen */
};

/* ---- the HTTP client ---- */

/* A command's server-sent events as they come: stdout and stderr are
 * written through at once, the result (or error) kept for the end. */
struct events {
	struct buf pending; /* bytes of an event not complete yet */
	struct buf raw;	    /* everything, for an answer that is not a stream */
	json_t *result, *error;
};

static void one_event(struct events *ev, const char *block, size_t len)
{
	char name[16] = "";
	const char *data = NULL;

	if (len > 7 && strncmp(block, "event: ", 7) == 0)
		snprintf(name, sizeof(name), "%.*s", (int)strcspn(block + 7, "\n"), block + 7);
	const char *d = memmem(block, len, "\ndata: ", 7);
	if (d == NULL)
		return;
	data = d + 7;
	json_t *o = json_loadb(data, len - (size_t)(data - block), JSON_ALLOW_NUL, NULL);
	json_t *text = json_object_get(o, "data");
	if (strcmp(name, "stdout") == 0 || strcmp(name, "stderr") == 0) {
		FILE *f = name[3] == 'o' ? stdout : stderr;
		/* the program's own output, as `airlock run` passes it on */
		fwrite(json_string_value(text) ?: "", 1, json_string_length(text), f);
		fflush(f);
		json_decref(o);
	} else if (strcmp(name, "result") == 0 && ev->result == NULL) {
		ev->result = o;
	} else if (strcmp(name, "error") == 0 && ev->error == NULL) {
		ev->error = o;
	} else {
		json_decref(o);
	}
}

static size_t on_events(char *p, size_t size, size_t n, void *ud)
{
	struct events *ev = ud;
	char *end;

	buf_append(&ev->raw, p, size * n);
	buf_append(&ev->pending, p, size * n);
	while (ev->pending.len > 0 &&
	       (end = memmem(ev->pending.data, ev->pending.len, "\n\n", 2)) != NULL) {
		size_t used = (size_t)(end - ev->pending.data) + 2;
		one_event(ev, ev->pending.data, used - 2);
		memmove(ev->pending.data, ev->pending.data + used, ev->pending.len - used);
		ev->pending.len -= used;
	}
	return size * n;
}

/* One request. body: len bytes (NULL: none) of type ctype. Returns the
 * HTTP status with the answer's bytes in *answer (or, with ev, its events
 * handled as they come), or -1 when the server could not be reached
 * (printed). */
static long request_ev(const struct sb_args *a, const char *method, const char *path,
		       const char *ctype, const void *body, size_t len, struct buf *answer,
		       struct events *ev)
{
	const struct cli_server srv = {a->server, a->key, "--server", "$AIRLOCK_SERVER"};
	return ev ? cli_request(&srv, method, path, ctype, body, len, "text/event-stream", 0,
				on_events, ev)
		  : cli_request(&srv, method, path, ctype, body, len, NULL, 0, cli_to_buf, answer);
}

static long request(const struct sb_args *a, const char *method, const char *path,
		    const char *ctype, const void *body, size_t len, struct buf *answer)
{
	return request_ev(a, method, path, ctype, body, len, answer, NULL);
}

/* A JSON request with a JSON answer (*out NULL when it was not JSON). */
static long call(const struct sb_args *a, const char *method, const char *path, json_t *body,
		 json_t **out)
{
	struct buf b = {0};
	char *text = body ? json_dumps(body, JSON_COMPACT) : NULL;
	long st = request(a, method, path, "application/json", text, text ? strlen(text) : 0, &b);
	free(text);
	*out = b.data ? json_loadb(b.data, b.len, JSON_ALLOW_NUL, NULL) : NULL;
	buf_free(&b);
	return st;
}

static void print_json(json_t *o)
{
	char *text = json_dumps(o, JSON_COMPACT);
	printf("%s\n", text ? text : "");
	free(text);
}

/* "/v1/sandboxes/ID/files?NAME=VALUE" with VALUE escaped. */
static void files_path(const char *id, const char *suffix, const char *name, const char *value,
		       char *out, size_t size)
{
	char *esc = curl_easy_escape(NULL, value, 0);
	snprintf(out, size, "/v1/sandboxes/%s/files%s?%s=%s", id, suffix, name, esc ? esc : "");
	curl_free(esc);
}

/* A local file's bytes, or standard input's for "-"; NULL (printed) when
 * it cannot be read. */
static char *read_input(const char *path, size_t *len)
{
	char *data = NULL;
	err_t err;

	err_clear(&err);
	int rc = strcmp(path, "-") == 0 ? read_fd_max(0, MAX_UPLOAD, &data, len, &err)
					: read_file_max(path, MAX_UPLOAD, &data, len, &err);
	if (rc < 0) {
		print_error("%s", err.msg);
		return NULL;
	}
	return data;
}

/* A refusal in one line, as cli_refused's, with what to do where the
 * refusal has a known remedy. */
static int refused(const struct sb_args *a, long status, json_t *answer)
{
	json_t *e = json_object_get(answer, "error");
	const char *code = json_string_value(json_object_get(e, "code")) ?: "";
	const char *id = a->npos > 0 && strncmp(a->pos[0], "sb_", 3) == 0 ? a->pos[0] : "ID";
	char hint[160] = "";

	if (strcmp(code, "sandbox_paused") == 0)
		snprintf(hint, sizeof(hint), "'airlock sandbox resume %.*s' resumes it",
			 (int)strcspn(id, ":"), id);
	else if (strcmp(code, "not_paused") == 0)
		snprintf(hint, sizeof(hint), "it runs: nothing to resume");
	else if (strcmp(code, "pause_unsupported") == 0)
		snprintf(hint, sizeof(hint),
			 "this server cannot pause (rootless: no cgroup freezer); run airlock "
			 "serve as root, or leave --on-timeout at end and --auto-resume out");
	if (hint[0] == 0)
		return cli_refused(status, answer);
	char *safe_code = term_str(code);
	char *msg = term_str(json_string_value(json_object_get(e, "message")) ?: "");
	print_error("the server refused (HTTP %ld %s): %s; %s", status, safe_code, msg, hint);
	free(safe_code);
	free(msg);
	return CLI_EXIT_REFUSED;
}

/* ---- the subcommands ---- */

static int do_create(const struct sb_args *a, char *id_out, size_t size)
{
	json_t *out;
	long st = call(a, "POST", "/v1/sandboxes", a->create, &out);
	int ret = 0;

	if (st < 0)
		return EXIT_AIRLOCK;
	if (st != 201 || !json_is_string(json_object_get(out, "id")))
		ret = refused(a, st, out);
	else if (id_out)
		snprintf(id_out, size, "%s", json_string_value(json_object_get(out, "id")));
	else if (a->json)
		print_json(out);
	else
		printf("%s\n", json_string_value(json_object_get(out, "id")));
	json_decref(out);
	return ret;
}

static int delete_sandbox(const struct sb_args *a, const char *id, bool quiet)
{
	char path[128];
	json_t *out;

	snprintf(path, sizeof(path), "/v1/sandboxes/%s", id);
	long st = call(a, "DELETE", path, NULL, &out);
	int ret = 0;
	if (st < 0)
		ret = EXIT_AIRLOCK;
	else if (st != 200)
		ret = refused(a, st, out);
	else if (!quiet && a->json)
		print_json(out);
	json_decref(out);
	return ret;
}

/* The exit status of a command's result, as `airlock run`'s. */
static int exit_status_of(json_t *res)
{
	const char *st = json_string_value(json_object_get(res, "status"));
	json_int_t code = json_integer_value(json_object_get(res, "exit_code"));
	json_int_t sig = json_integer_value(json_object_get(res, "signal"));

	if (st == NULL)
		return EXIT_AIRLOCK;
	if (strcmp(st, "ok") == 0)
		return 0;
	if (strcmp(st, "runtime_error") == 0)
		return code > 0 && code < 256 ? (int)code : 1;
	if (strcmp(st, "time_limit") == 0 || strcmp(st, "wall_time_limit") == 0)
		return 124;
	if (strcmp(st, "policy_blocked") == 0)
		return 126;
	if (strcmp(st, "memory_limit") == 0 || strcmp(st, "output_limit") == 0)
		return 128 + 9;
	if (strcmp(st, "syscall_denied") == 0)
		return 128 + 31;
	if (strcmp(st, "signaled") == 0)
		return 128 + (sig > 0 ? (int)sig : 9);
	return EXIT_AIRLOCK;
}

static int exec_streamed(const struct sb_args *a, const char *path, json_t *req);

static int do_exec(const struct sb_args *a, const char *id)
{
	struct buf cmd = {0};
	char path[128];
	json_t *out;

	for (int i = 0; i < a->ncmd; i++) {
		if (i)
			buf_append(&cmd, " ", 1);
		buf_append(&cmd, a->cmd[i], strlen(a->cmd[i]));
	}
	json_t *req = json_deep_copy(a->exec);
	json_t *c = json_stringn(cmd.data, cmd.len);
	buf_free(&cmd);
	if (c == NULL) {
		json_decref(req);
		print_error("the command must be UTF-8 text");
		return EXIT_AIRLOCK;
	}
	json_object_set_new(req, "command", c);
	if (a->stdin_file) {
		size_t len;
		char *data = read_input(a->stdin_file, &len);
		json_t *in = data ? json_stringn(data, len) : NULL;
		if (data && in == NULL)
			print_error("%s is not UTF-8 text; copy it in with 'sandbox cp' instead",
				    a->stdin_file);
		free(data);
		if (in == NULL) {
			json_decref(req);
			return EXIT_AIRLOCK;
		}
		json_object_set_new(req, "stdin", in);
	}
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/exec", id);
	if (!a->json)
		return exec_streamed(a, path, req);
	long st = call(a, "POST", path, req, &out);
	json_decref(req);
	int ret;
	if (st < 0)
		ret = EXIT_AIRLOCK;
	else if (st != 200 || out == NULL)
		ret = refused(a, st, out);
	else {
		print_json(out);
		ret = 0;
	}
	json_decref(out);
	return ret;
}

/* Without --json: the output is passed on as the command writes it. */
static int exec_streamed(const struct sb_args *a, const char *path, json_t *req)
{
	struct events ev = {0};
	char *text = json_dumps(req, JSON_COMPACT);
	json_decref(req);
	long st = request_ev(a, "POST", path, "application/json", text, text ? strlen(text) : 0,
			     NULL, &ev);
	free(text);
	json_t *out = ev.result;
	int ret;
	if (st < 0) {
		ret = EXIT_AIRLOCK;
	} else if (st != 200) {
		json_t *e = ev.raw.data ? json_loadb(ev.raw.data, ev.raw.len, 0, NULL) : NULL;
		ret = refused(a, st, e);
		json_decref(e);
	} else if (out == NULL) {
		json_t *e = ev.error;
		ret = refused(a, json_integer_value(json_object_get(e, "status")) ?: 500, e);
	} else {
		ret = exit_status_of(out);
		const char *s = json_string_value(json_object_get(out, "status"));
		if (s && strcmp(s, "ok") && strcmp(s, "runtime_error")) {
			char *safe = term_str(s);
			print_error("the command ended: %s", safe);
			free(safe);
		}
	}
	json_decref(ev.result);
	json_decref(ev.error);
	buf_free(&ev.pending);
	buf_free(&ev.raw);
	return ret;
}

static int do_run(const struct sb_args *a)
{
	char id[64];
	int ret = do_create(a, id, sizeof(id));

	if (ret != 0)
		return ret;
	ret = do_exec(a, id);
	int r2 = delete_sandbox(a, id, true);
	return ret != 0 ? ret : r2;
}

/* "ID:PATH" into id and *path; false when s is a local path. */
static bool remote(const char *s, char *id, size_t size, const char **path)
{
	const char *colon = strchr(s, ':');
	if (colon == NULL || colon == s || strncmp(s, "sb_", 3) != 0 || (size_t)(colon - s) >= size)
		return false;
	snprintf(id, size, "%.*s", (int)(colon - s), s);
	*path = colon + 1;
	return true;
}

static int do_cp(const struct sb_args *a)
{
	char sid[64], did[64], path[8192];
	const char *sp, *dp;
	bool from = remote(a->pos[0], sid, sizeof(sid), &sp),
	     to = remote(a->pos[1], did, sizeof(did), &dp);
	struct buf b = {0};
	int ret = 0;

	if (from == to) {
		print_error("cp copies between a sandbox and here: exactly one of SRC and DEST "
			    "must be ID:PATH");
		return EXIT_AIRLOCK;
	}
	if (from) {
		files_path(sid, "", "path", sp, path, sizeof(path));
		long st = request(a, "GET", path, NULL, NULL, 0, &b);
		if (st < 0) {
			ret = EXIT_AIRLOCK;
		} else if (st != 200) {
			json_t *j = b.data ? json_loadb(b.data, b.len, 0, NULL) : NULL;
			ret = refused(a, st, j);
			json_decref(j);
		} else {
			const char *dst = a->pos[1];
			FILE *f = strcmp(dst, "-") == 0 ? stdout : fopen(dst, "wb");
			if (f == NULL || fwrite(b.data ? b.data : "", 1, b.len, f) != b.len ||
			    (f != stdout && fclose(f) != 0) || (f == stdout && fflush(f) != 0)) {
				print_error("cannot write %s: %s", dst, strerror(errno));
				ret = EXIT_AIRLOCK;
			}
		}
	} else {
		size_t len;
		char *data = read_input(a->pos[0], &len);
		if (data == NULL)
			return EXIT_AIRLOCK;
		files_path(did, "", "path", dp, path, sizeof(path));
		long st = request(a, "PUT", path, "application/octet-stream", data, len, &b);
		free(data);
		json_t *j = b.data ? json_loadb(b.data, b.len, 0, NULL) : NULL;
		if (st < 0)
			ret = EXIT_AIRLOCK;
		else if (st != 201)
			ret = refused(a, st, j);
		json_decref(j);
	}
	buf_free(&b);
	return ret;
}

static int do_ls(const struct sb_args *a)
{
	char path[8192];
	json_t *out, *x;
	size_t i;

	files_path(a->pos[0], "", "dir", a->npos > 1 ? a->pos[1] : ".", path, sizeof(path));
	long st = call(a, "GET", path, NULL, &out);
	int ret = 0;
	if (st < 0) {
		ret = EXIT_AIRLOCK;
	} else if (st != 200) {
		ret = refused(a, st, out);
	} else if (a->json) {
		print_json(out);
	} else {
		json_array_foreach(json_object_get(out, "entries"), i, x)
		{
			/* names are the sandbox's program's: shown, never obeyed */
			char *name = term_str(json_string_value(json_object_get(x, "name")));
			const char *type = json_string_value(json_object_get(x, "type")) ?: "?";
			printf("%-5s %10lld  %s%s\n", type,
			       (long long)json_integer_value(json_object_get(x, "size")), name,
			       strcmp(type, "dir") == 0 ? "/" : "");
			free(name);
		}
	}
	json_decref(out);
	return ret;
}

static int do_list(const struct sb_args *a)
{
	json_t *out, *x;
	size_t i;
	long st = call(a, "GET", "/v1/sandboxes", NULL, &out);
	int ret = 0;

	if (st < 0)
		ret = EXIT_AIRLOCK;
	else if (st != 200)
		ret = refused(a, st, out);
	else if (a->json)
		print_json(out);
	else {
		printf("%-28s %-11s %-14s %s\n", "ID", "STATE", "REASON", "EXPIRES");
		json_array_foreach(json_object_get(out, "sandboxes"), i, x)
		{
			char *id = term_str(json_string_value(json_object_get(x, "id")));
			char *state = term_str(json_string_value(json_object_get(x, "state")));
			char *reason = term_str(json_string_value(json_object_get(x, "reason")));
			char *exp = term_str(json_string_value(json_object_get(x, "expires_at")));
			printf("%-28s %-11s %-14s %s\n", id, state, reason[0] ? reason : "-", exp);
			free(id);
			free(state);
			free(reason);
			free(exp);
		}
	}
	json_decref(out);
	return ret;
}

/* pause, resume (POST /v1/sandboxes/ID/WHAT) and net (PUT .../net with
 * the allow-list): the sandbox object, with --json. */
static int sandbox_call(const struct sb_args *a, const char *what)
{
	char path[128];
	json_t *out;
	bool net = strcmp(what, "net") == 0;

	snprintf(path, sizeof(path), "/v1/sandboxes/%s/%s", a->pos[0], what);
	json_t *body =
	    net ? json_pack("{s:o}", "allow", a->allow ? json_incref(a->allow) : json_array())
		: NULL;
	long st = call(a, net ? "PUT" : "POST", path, body, &out);
	json_decref(body);
	int ret = 0;
	if (st < 0)
		ret = EXIT_AIRLOCK;
	else if (st != 200)
		ret = refused(a, st, out);
	else if (a->json)
		print_json(out);
	json_decref(out);
	return ret;
}

/* forward ID PORT: the sandbox must answer first (its refusal otherwise),
 * then the local address serves until the process is interrupted. */
static int do_forward(const struct sb_args *a)
{
	char path[128], addr[300];
	json_t *out;
	err_t err;
	int fd;
	char *end;
	unsigned long port = strtoul(a->pos[1], &end, 10);

	if (*end || a->pos[1][0] < '1' || a->pos[1][0] > '9' || port > 65535) {
		print_error("sandbox forward: '%s' is not a port (1 to 65535)", a->pos[1]);
		return EXIT_AIRLOCK;
	}
	snprintf(path, sizeof(path), "/v1/sandboxes/%s", a->pos[0]);
	long st = call(a, "GET", path, NULL, &out);
	if (st < 0)
		return EXIT_AIRLOCK;
	if (st != 200) {
		int ret = refused(a, st, out);
		json_decref(out);
		return ret;
	}
	json_decref(out);
	if (a->listen == NULL)
		snprintf(addr, sizeof(addr), "127.0.0.1:%lu", port);
	else if (strchr(a->listen, ':') == NULL)
		snprintf(addr, sizeof(addr), "127.0.0.1:%s", a->listen);
	else
		snprintf(addr, sizeof(addr), "%s", a->listen);
	err_clear(&err);
	if (forward_listen(addr, &fd, &err) < 0) {
		print_error("sandbox forward: %s", err.msg);
		return EXIT_AIRLOCK;
	}
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	char host[64] = "?", serv[8] = "?";
	if (getsockname(fd, (struct sockaddr *)&ss, &len) == 0)
		getnameinfo((struct sockaddr *)&ss, len, host, sizeof(host), serv, sizeof(serv),
			    NI_NUMERICHOST | NI_NUMERICSERV);
	printf("forwarding http://%s%s%s:%s/ to port %lu of sandbox %s (Ctrl-C ends it)\n",
	       strchr(host, ':') ? "[" : "", host, strchr(host, ':') ? "]" : "", serv, port,
	       a->pos[0]);
	fflush(stdout);
	struct forward_spec spec = {a->server, a->key, a->pos[0], (unsigned)port};
	forward_serve(&spec, fd, &err);
	close(fd);
	print_error("sandbox forward: %s", err.msg);
	return EXIT_AIRLOCK;
}

/* bytes as MiB, "-" when the server had no number */
static void mib(const json_t *o, const char *name, char *out, size_t size)
{
	json_t *v = json_object_get(o, name);
	if (json_is_number(v))
		snprintf(out, size, "%.1f MiB", json_number_value(v) / (1024.0 * 1024.0));
	else
		snprintf(out, size, "-");
}

static int do_metrics(const struct sb_args *a)
{
	char path[128], used[32], total[32], cache[32], dused[32], dtotal[32];
	json_t *out;

	snprintf(path, sizeof(path), "/v1/sandboxes/%s/metrics", a->pos[0]);
	long st = call(a, "GET", path, NULL, &out);
	int ret = 0;
	if (st < 0) {
		ret = EXIT_AIRLOCK;
	} else if (st != 200 || !json_is_object(out)) {
		ret = refused(a, st, out);
	} else if (a->json) {
		print_json(out);
	} else {
		mib(out, "memory_used_bytes", used, sizeof(used));
		mib(out, "memory_total_bytes", total, sizeof(total));
		mib(out, "memory_cache_bytes", cache, sizeof(cache));
		mib(out, "disk_used_bytes", dused, sizeof(dused));
		mib(out, "disk_total_bytes", dtotal, sizeof(dtotal));
		printf("%-7s %.1f%% of %lld CPU(s) since the last look, %lld ms in all\n", "CPU",
		       json_number_value(json_object_get(out, "cpu_used_pct")),
		       (long long)json_integer_value(json_object_get(out, "cpu_count")),
		       (long long)json_integer_value(json_object_get(out, "cpu_ms")));
		printf("%-7s %s used of %s (file cache %s)\n", "MEMORY", used, total, cache);
		printf("%-7s %s used of %s\n", "DISK", dused, dtotal);
	}
	json_decref(out);
	return ret;
}

/* ---- arguments ---- */

static int number(const char *opt, const char *v, double *out)
{
	char *end;
	errno = 0;
	*out = strtod(v, &end);
	if (errno || end == v || *end || !(*out > 0)) {
		print_error("%s takes a positive number, not '%s'", opt, v);
		return -1;
	}
	return 0;
}

static void set_num(json_t *o, const char *name, double v, bool whole)
{
	json_object_set_new(o, name, whole ? json_integer((json_int_t)v) : json_real(v));
}

static int add_env(json_t *req, const char *nv)
{
	const char *eq = strchr(nv, '=');
	if (eq == NULL || eq == nv) {
		print_error("-e takes NAME=VALUE, not '%s'", nv);
		return -1;
	}
	json_t *env = json_object_get(req, "env");
	if (env == NULL) {
		env = json_object();
		json_object_set_new(req, "env", env);
	}
	char *name = strndup(nv, (size_t)(eq - nv));
	json_t *v = json_string(eq + 1);
	int ret = v ? json_object_set_new(env, name, v) : -1;
	free(name);
	if (ret < 0)
		print_error("-e %s: the value must be UTF-8 text", nv);
	return ret;
}

/* v, an option's value, at the end of list. */
static int append_text(json_t *list, const char *opt, const char *v)
{
	json_t *s = json_string(v);
	if (s == NULL) {
		print_error("%s takes UTF-8 text", opt);
		return -1;
	}
	return json_array_append_new(list, s);
}

static json_t *sub_object(json_t *o, const char *name)
{
	json_t *x = json_object_get(o, name);
	if (x == NULL) {
		x = json_object();
		json_object_set_new(o, name, x);
	}
	return x;
}

enum {
	OPT_TIMEOUT = 256,
	OPT_IDLE,
	OPT_CPU_TOTAL,
	OPT_NET,
	OPT_CWD,
	OPT_SERVER,
	OPT_KEY,
	OPT_JSON,
	OPT_ON_TIMEOUT,
	OPT_AUTO_RESUME,
	OPT_IMAGE,
	OPT_MOUNT,
	OPT_ALLOW_HOST,
	OPT_LISTEN,
};

static int option(struct sb_args *a, int c, const char *v)
{
	double d;
	bool for_create = strcmp(a->sub, "create") == 0 || strcmp(a->sub, "run") == 0;
	bool for_exec = strcmp(a->sub, "exec") == 0 || strcmp(a->sub, "run") == 0;

	switch (c) {
	case OPT_SERVER:
		a->server = v;
		return 0;
	case OPT_KEY:
		a->key = v;
		return 0;
	case OPT_JSON:
		a->json = 1;
		return 0;
	case OPT_LISTEN:
		if (strcmp(a->sub, "forward") != 0)
			break;
		a->listen = v;
		return 0;
	case OPT_ON_TIMEOUT:
		if (!for_create)
			break;
		if (strcmp(v, "end") != 0 && strcmp(v, "pause") != 0) {
			print_error("--on-timeout takes end or pause, not '%s'", v);
			return -1;
		}
		json_object_set_new(a->create, "on_timeout", json_string(v));
		return 0;
	case OPT_AUTO_RESUME:
		if (!for_create)
			break;
		json_object_set_new(a->create, "auto_resume", json_true());
		return 0;
	case OPT_IMAGE:
		if (!for_create)
			break;
		json_object_set_new(a->create, "image", json_string(v));
		return 0;
	case OPT_MOUNT:
		if (!for_create)
			break;
		if (json_object_get(a->create, "mounts") == NULL)
			json_object_set_new(a->create, "mounts", json_array());
		return append_text(json_object_get(a->create, "mounts"), "--mount", v);
	case OPT_ALLOW_HOST:
		if (!for_create && strcmp(a->sub, "net") != 0)
			break;
		if (a->allow == NULL)
			a->allow = json_array();
		return append_text(a->allow, "--allow-host", v);
	case OPT_TIMEOUT:
	case OPT_IDLE:
	case 'm':
	case 'p':
	case 'd':
	case OPT_CPU_TOTAL:
	case OPT_NET:
		if (!for_create)
			break;
		if (c == OPT_NET) {
			a->net = v;
			return 0;
		}
		if (number(c == 'm' ? "--memory-limit" : "this option", v, &d) < 0)
			return -1;
		if (c == OPT_TIMEOUT)
			set_num(a->create, "timeout_s", d, true);
		else if (c == OPT_IDLE)
			set_num(a->create, "idle_timeout_s", d, true);
		else
			set_num(sub_object(a->create, "limits"),
				c == 'm'   ? "memory_mb"
				: c == 'p' ? "processes"
				: c == 'd' ? "disk_mb"
					   : "cpu_total_s",
				d, c != OPT_CPU_TOTAL);
		return 0;
	case 'e':
		if (strcmp(a->sub, "create") == 0)
			return add_env(a->create, v);
		if (!for_exec)
			break;
		return add_env(a->exec, v);
	case 't':
	case 'w':
		if (!for_exec)
			break;
		if (number(c == 't' ? "--time-limit" : "--wall-time-limit", v, &d) < 0)
			return -1;
		set_num(sub_object(a->exec, "limits"), c == 't' ? "time" : "wall_time", d, false);
		return 0;
	case OPT_CWD:
		if (!for_exec)
			break;
		json_object_set_new(a->exec, "cwd", json_string(v));
		return 0;
	case 'i':
		if (!for_exec)
			break;
		a->stdin_file = v;
		return 0;
	}
	print_error("sandbox %s does not take this option; try 'airlock sandbox --help'", a->sub);
	return -1;
}

/* create's "net": --net's mode, or with --allow-host (or --net egress)
 * {"allow": [HOST...]}, egress through airlock's proxy to those only. */
static int compose_net(struct sb_args *a)
{
	bool egress = a->net && strcmp(a->net, "egress") == 0;
	if (json_array_size(a->allow) == 0 && !egress) {
		if (a->net)
			json_object_set_new(a->create, "net", json_string(a->net));
		return 0;
	}
	if (a->net && !egress) {
		print_error("--allow-host needs --net egress, not --net %s", a->net);
		return -1;
	}
	json_object_set_new(a->create, "net",
			    json_pack("{s:O}", "allow", a->allow ? a->allow : json_array()));
	return 0;
}

static int parse(int argc, char **argv, struct sb_args *a)
{
	static const struct option opts[] = {
	    {"timeout", required_argument, NULL, OPT_TIMEOUT},
	    {"idle-timeout", required_argument, NULL, OPT_IDLE},
	    {"on-timeout", required_argument, NULL, OPT_ON_TIMEOUT},
	    {"auto-resume", no_argument, NULL, OPT_AUTO_RESUME},
	    {"memory-limit", required_argument, NULL, 'm'},
	    {"max-processes", required_argument, NULL, 'p'},
	    {"disk-limit", required_argument, NULL, 'd'},
	    {"cpu-total", required_argument, NULL, OPT_CPU_TOTAL},
	    {"net", required_argument, NULL, OPT_NET},
	    {"image", required_argument, NULL, OPT_IMAGE},
	    {"mount", required_argument, NULL, OPT_MOUNT},
	    {"allow-host", required_argument, NULL, OPT_ALLOW_HOST},
	    {"env", required_argument, NULL, 'e'},
	    {"time-limit", required_argument, NULL, 't'},
	    {"wall-time-limit", required_argument, NULL, 'w'},
	    {"cwd", required_argument, NULL, OPT_CWD},
	    {"stdin", required_argument, NULL, 'i'},
	    {"server", required_argument, NULL, OPT_SERVER},
	    {"url", required_argument, NULL, OPT_SERVER},
	    {"key", required_argument, NULL, OPT_KEY},
	    {"json", no_argument, NULL, OPT_JSON},
	    {"listen", required_argument, NULL, OPT_LISTEN},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0},
	};
	int c;

	if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return argc < 2 ? (print_error("sandbox needs a command: create, exec, run, cp, "
					       "ls, rm, list, pause, resume, metrics, net or forward"),
				   -1)
				: 1;
	a->sub = argv[1];
	static const char *const subs[] = {"create", "exec",   "run",	  "cp",	 "ls",	    "rm",
					   "list",   "pause",  "resume", "metrics", "net", "forward"};
	bool ok = false;
	for (size_t i = 0; i < ARRAY_SIZE(subs); i++)
		ok |= strcmp(a->sub, subs[i]) == 0;
	if (!ok) {
		print_error("unknown sandbox command '%s' (create, exec, run, cp, ls, rm, list, "
			    "pause, resume, metrics, net, forward)",
			    a->sub);
		return -1;
	}
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc - 1, argv + 1, "m:p:d:e:t:w:i:h", opts, NULL)) != -1) {
		if (c == 'h')
			return 1;
		if (c == '?' || c == ':') {
			print_error(
			    "sandbox %s: unknown option or missing value '%s'; try 'airlock "
			    "sandbox --help'",
			    a->sub, argv[optind]);
			return -1;
		}
		if (option(a, c, optarg) < 0)
			return -1;
	}
	char **rest = argv + 1 + optind;
	int nrest = argc - 1 - optind;
	bool takes_cmd = strcmp(a->sub, "exec") == 0 || strcmp(a->sub, "run") == 0;
	int want = strcmp(a->sub, "cp") == 0 || strcmp(a->sub, "forward") == 0 ? 2
		   : strcmp(a->sub, "create") == 0 || strcmp(a->sub, "run") == 0 ||
			   strcmp(a->sub, "list") == 0
		       ? 0
		       : 1;
	while (a->npos < want && nrest > 0) {
		a->pos[a->npos++] = *rest++;
		nrest--;
	}
	if (strcmp(a->sub, "ls") == 0 && nrest > 0) {
		a->pos[a->npos++] = *rest++;
		nrest--;
	}
	if (a->npos < want) {
		print_error("sandbox %s needs %s", a->sub,
			    strcmp(a->sub, "cp") == 0	     ? "SRC and DEST"
			    : strcmp(a->sub, "forward") == 0 ? "the sandbox's ID and a PORT"
							     : "the sandbox's ID");
		return -1;
	}
	if (takes_cmd) {
		if (nrest == 0) {
			print_error("sandbox %s needs a command: -- COMMAND...", a->sub);
			return -1;
		}
		a->cmd = rest;
		a->ncmd = nrest;
	} else if (nrest > 0) {
		print_error("sandbox %s: unexpected argument '%s'", a->sub, *rest);
		return -1;
	}
	return compose_net(a);
}

/* --server and --key, from the environment when not given. */
static int finish_args(struct sb_args *a, char *url, size_t size)
{
	const char *env_url = getenv("AIRLOCK_SERVER");
	if (env_url == NULL || *env_url == 0)
		env_url = getenv("AIRLOCK_URL");
	if (a->server == NULL)
		a->server = env_url && *env_url ? env_url : DEFAULT_URL;
	if (a->key == NULL)
		a->key = getenv("AIRLOCK_KEY");
	if (a->key == NULL || *a->key == 0)
		a->key = getenv("AIRLOCK_API_KEY");
	if (strncmp(a->server, "http://", 7) != 0 && strncmp(a->server, "https://", 8) != 0) {
		print_error("--server '%s' is not an http:// or https:// URL", a->server);
		return -1;
	}
	if (strlen(a->server) > 1024) {
		print_error("--server is longer than 1024 bytes");
		return -1;
	}
	snprintf(url, size, "%s", a->server);
	while (strlen(url) > 8 && url[strlen(url) - 1] == '/')
		url[strlen(url) - 1] = 0;
	a->server = url;
	if (a->key == NULL || *a->key == 0) {
		print_error("sandbox needs an API key: --key KEY or $AIRLOCK_KEY");
		return -1;
	}
	if (strlen(a->key) > 256 || strpbrk(a->key, "\r\n ")) {
		print_error(
		    "--key is not an API key (one word, as 'airlock keys create' printed it)");
		return -1;
	}
	for (int i = 0; i < a->npos; i++) {
		const char *id = a->pos[i];
		bool is_id = strcmp(a->sub, "cp") != 0 && !(strcmp(a->sub, "ls") == 0 && i == 1) &&
			     !(strcmp(a->sub, "forward") == 0 && i == 1);
		if (is_id && (strncmp(id, "sb_", 3) != 0 || strlen(id) > 39 ||
			      id[3 + strspn(id + 3, "0123456789abcdef")] != 0)) {
			print_error("'%s' is not a sandbox id (sb_ and hex digits; see 'airlock "
				    "sandbox list')",
				    id);
			return -1;
		}
	}
	return 0;
}

int cmd_sandbox(int argc, char **argv)
{
	struct sb_args a;
	char url[1100];
	int r, ret;

	memset(&a, 0, sizeof(a));
	a.create = json_object();
	a.exec = json_object();
	r = parse(argc, argv, &a);
	if (r == 0 && finish_args(&a, url, sizeof(url)) < 0)
		r = -1;
	if (r != 0) {
		if (r > 0)
			fputs(sandbox_usage, stdout);
		json_decref(a.create);
		json_decref(a.exec);
		json_decref(a.allow);
		return r > 0 ? 0 : EXIT_AIRLOCK;
	}
	curl_global_init(CURL_GLOBAL_DEFAULT);
	if (strcmp(a.sub, "create") == 0)
		ret = do_create(&a, NULL, 0);
	else if (strcmp(a.sub, "exec") == 0)
		ret = do_exec(&a, a.pos[0]);
	else if (strcmp(a.sub, "run") == 0)
		ret = do_run(&a);
	else if (strcmp(a.sub, "cp") == 0)
		ret = do_cp(&a);
	else if (strcmp(a.sub, "ls") == 0)
		ret = do_ls(&a);
	else if (strcmp(a.sub, "rm") == 0)
		ret = delete_sandbox(&a, a.pos[0], false);
	else if (strcmp(a.sub, "pause") == 0 || strcmp(a.sub, "resume") == 0 ||
		 strcmp(a.sub, "net") == 0)
		ret = sandbox_call(&a, a.sub);
	else if (strcmp(a.sub, "metrics") == 0)
		ret = do_metrics(&a);
	else if (strcmp(a.sub, "forward") == 0)
		ret = do_forward(&a);
	else
		ret = do_list(&a);
	curl_global_cleanup();
	json_decref(a.create);
	json_decref(a.exec);
	json_decref(a.allow);
	return ret;
}
