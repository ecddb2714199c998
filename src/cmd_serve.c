/*
 * `airlock serve`: the HTTP execution service, in the foreground.
 *
 * The command only assembles the parts and owns the process: it reads the
 * configuration (defaults, then --config, then flags), opens the data
 * directory (database and audit signing key), makes the one engine every
 * worker shares, and starts the server. The main thread then just waits on
 * a self-pipe written by the SIGTERM/SIGINT handler (and wakes every ten
 * minutes to prune executions past their retention). Stopping is in the
 * reverse order of starting: the front end stops accepting, the service
 * gives running executions the grace period and records the rest as
 * interrupted, then the front end closes its connections and the database
 * is closed. Log lines are built by the service as JSON objects and
 * written here, as text or JSON lines.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "cli/data_dir.h"
#include "common/utf8.h"
#include "commands.h"
#include "engine/engine.h"
#include "http/http.h"
#include "service/service.h"

static const char serve_usage[] =
    "usage: airlock serve [--config FILE] [--listen ADDR:PORT] [--data-dir DIR]\n"
    "                     [--log-format text|json] [--workers N] [--queue-size N]\n"
    "                     [--store URL] [--node NAME]\n"
    "--store: sqlite:PATH (default: DIR/airlock.db) or postgres://... shared by\n"
    "many nodes; --node names this node in the audit chain and executions.\n"
    "Runs the HTTP execution service in the foreground until SIGTERM or SIGINT.\n";

static int stop_pipe[2] = {-1, -1};

static void on_stop(int sig)
{
	int saved = errno;
	unsigned char c = (unsigned char)sig;
	(void)!write(stop_pipe[1], &c, 1);
	errno = saved;
}

struct log_target {
	int json;
	pthread_mutex_t lock;
};

/* ---- log lines ----
 * A line is a JSON object made by the service or the front end. Its
 * strings may hold what a client sent, bytes that need not be UTF-8 (made
 * with json_stringn_nocheck); whatever they hold, it is written here as
 * exactly one line, in the format chosen. */

#define LOG_VALUE_MAX 1024 /* bytes of a value in a text line */

/* A copy of v whose strings are valid UTF-8 (other bytes become U+FFFD). */
static json_t *log_utf8(json_t *v)
{
	const char *k;
	json_t *x, *o;
	size_t i, len;

	switch (json_typeof(v)) {
	case JSON_STRING:
		if (utf8_valid(json_string_value(v), json_string_length(v)))
			return json_incref(v);
		char *t = utf8_sanitize(json_string_value(v), json_string_length(v), &len);
		o = json_stringn(t, len);
		free(t);
		return o;
	case JSON_OBJECT:
		o = json_object();
		json_object_foreach(v, k, x) json_object_set_new(o, k, log_utf8(x));
		return o;
	case JSON_ARRAY:
		o = json_array();
		json_array_foreach(v, i, x) json_array_append_new(o, log_utf8(x));
		return o;
	default:
		return json_incref(v);
	}
}

/* Characters a text line never shows as they are: C0 controls and DEL, C1
 * controls, line and paragraph separators, the bidirectional controls and
 * the byte-order mark. */
static bool log_hidden(unsigned int cp)
{
	return cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || cp == 0x2028 ||
	       cp == 0x2029 || cp == 0x200e || cp == 0x200f || (cp >= 0x202a && cp <= 0x202e) ||
	       (cp >= 0x2066 && cp <= 0x2069) || cp == 0xfeff;
}

/* One value of a text line: bare when plain (no space, '"', '=', '\' or
 * hidden character), else quoted with \" \\ \n \r \t, \xNN for another
 * control byte or a byte that is not UTF-8, and \uXXXX for other hidden
 * characters. A value over LOG_VALUE_MAX bytes is cut and quoted, ending
 * in "...". */
static void log_value(struct buf *b, const char *s, size_t n)
{
	bool cut = n > LOG_VALUE_MAX, bare = n > 0 && !cut;
	unsigned int cp;
	char e[8];
	size_t l;

	if (cut) /* at a character's start */
		for (n = LOG_VALUE_MAX; n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80; n--)
			;
	for (size_t i = 0; i < n && bare; i += l ? l : 1) {
		l = utf8_next(s + i, n - i, &cp);
		bare = l > 0 && cp > ' ' && cp != '"' && cp != '=' && cp != '\\' && !log_hidden(cp);
	}
	if (bare) {
		buf_append(b, s, n);
		return;
	}
	buf_append(b, "\"", 1);
	for (size_t i = 0; i < n; i += l) {
		l = utf8_next(s + i, n - i, &cp);
		if (l == 0) {
			l = 1;
			snprintf(e, sizeof(e), "\\x%02x", (unsigned char)s[i]);
		} else if (cp == '"' || cp == '\\') {
			snprintf(e, sizeof(e), "\\%c", (char)cp);
		} else if (cp == '\n' || cp == '\r' || cp == '\t') {
			snprintf(e, sizeof(e), "\\%c", cp == '\n' ? 'n' : cp == '\r' ? 'r' : 't');
		} else if (cp < 0x20 || cp == 0x7f) {
			snprintf(e, sizeof(e), "\\x%02x", cp);
		} else if (log_hidden(cp)) {
			snprintf(e, sizeof(e), "\\u%04x", cp);
		} else {
			buf_append(b, s + i, l);
			continue;
		}
		buf_append(b, e, strlen(e));
	}
	if (cut)
		buf_append(b, "...", 3);
	buf_append(b, "\"", 1);
}

/* A value of any JSON type; strings as their bytes, the rest as JSON. */
static void log_json_value(struct buf *b, json_t *v)
{
	if (json_is_string(v)) {
		log_value(b, json_string_value(v), json_string_length(v));
		return;
	}
	json_t *u = log_utf8(v);
	char *text = json_dumps(u, JSON_ENCODE_ANY | JSON_COMPACT);
	log_value(b, text ? text : "", text ? strlen(text) : 0);
	free(text);
	json_decref(u);
}

/* "TIME EVENT KEY=VALUE...": keys are the service's own names (any other
 * byte than a letter, digit, '_', '.' or '-' would become '_'). */
static char *log_text(json_t *line)
{
	struct buf b = {0};
	const char *k;
	json_t *v, *time = json_object_get(line, "time"), *ev = json_object_get(line, "event");

	if (time)
		log_json_value(&b, time);
	else
		log_value(&b, "", 0);
	buf_append(&b, " ", 1);
	if (ev)
		log_json_value(&b, ev);
	else
		log_value(&b, "", 0);
	json_object_foreach(line, k, v)
	{
		if (!strcmp(k, "time") || !strcmp(k, "event") || json_is_null(v))
			continue;
		buf_append(&b, " ", 1);
		for (const char *p = k; *p; p++) {
			char c = *p;
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			      (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-'))
				c = '_';
			buf_append(&b, &c, 1);
		}
		buf_append(&b, "=", 1);
		log_json_value(&b, v);
	}
	buf_append(&b, "", 1);
	return b.data;
}

/* One line per event on stderr: JSON lines, or text. */
static void log_line(void *ctx, json_t *line)
{
	struct log_target *t = ctx;
	char *s;

	if (t->json) {
		json_t *u = log_utf8(line);
		s = json_dumps(u, JSON_COMPACT);
		json_decref(u);
	} else {
		s = log_text(line);
	}
	pthread_mutex_lock(&t->lock);
	fprintf(stderr, "%s\n", s ? s : "{\"event\":\"log_error\"}");
	pthread_mutex_unlock(&t->lock);
	free(s);
}

struct serve_args {
	const char *config, *listen, *data_dir, *log_format, *store, *node;
	int workers, queue_size;
};

static int parse_args(int argc, char **argv, struct serve_args *a, int *help)
{
	static const struct option opts[] = {
	    {"config", required_argument, NULL, 'c'},
	    {"listen", required_argument, NULL, 'l'},
	    {"data-dir", required_argument, NULL, 'd'},
	    {"log-format", required_argument, NULL, 'f'},
	    {"workers", required_argument, NULL, 'w'},
	    {"queue-size", required_argument, NULL, 'q'},
	    {"store", required_argument, NULL, 's'},
	    {"node", required_argument, NULL, 'n'},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0},
	};
	int c;
	char *end;

	memset(a, 0, sizeof(*a));
	a->workers = a->queue_size = -1;
	*help = 0;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "+c:l:d:f:w:q:s:n:h", opts, NULL)) != -1) {
		switch (c) {
		case 'c':
			a->config = optarg;
			break;
		case 'l':
			a->listen = optarg;
			break;
		case 'd':
			a->data_dir = optarg;
			break;
		case 'f':
			a->log_format = optarg;
			break;
		case 's':
			a->store = optarg;
			break;
		case 'n':
			a->node = optarg;
			break;
		case 'w':
		case 'q': {
			long v = strtol(optarg, &end, 10);
			if (*end || end == optarg || v < (c == 'w' ? 1 : 0) || v > 100000) {
				print_error("--%s must be a number (%s)",
					    c == 'w' ? "workers" : "queue-size", optarg);
				return -1;
			}
			*(c == 'w' ? &a->workers : &a->queue_size) = (int)v;
			break;
		}
		case 'h':
			*help = 1;
			return 0;
		default:
			print_error("serve: unknown option '%s'; try 'airlock serve --help'",
				    argv[optind - 1]);
			return -1;
		}
	}
	if (optind < argc) {
		print_error("serve: unexpected argument '%s'", argv[optind]);
		return -1;
	}
	if (a->log_format && strcmp(a->log_format, "json") && strcmp(a->log_format, "text")) {
		print_error("--log-format must be text or json");
		return -1;
	}
	return 0;
}

static int build_config(const struct serve_args *a, struct server_config *cfg, err_t *err)
{
	config_default(cfg);
	if (a->config && config_load(a->config, cfg, err) < 0)
		return -1;
	if (a->listen && config_set_listen(cfg, a->listen, err) < 0)
		return -1;
	if (a->log_format)
		cfg->log_json = strcmp(a->log_format, "json") == 0;
	if (a->workers > 0)
		cfg->workers = a->workers;
	if (a->queue_size >= 0)
		cfg->queue_size = a->queue_size;
	if (a->store)
		snprintf(cfg->store, sizeof(cfg->store), "%s", a->store);
	if (a->node)
		snprintf(cfg->node, sizeof(cfg->node), "%s", a->node);
	return config_check_node(cfg->node, err);
}

/* The service's store (--store, or SQLite in the data directory), naming
 * this node in what it writes from the start (recovery included). */
static int open_store(const char *dir, const struct server_config *cfg, struct store **st,
		      err_t *err)
{
	if (data_dir_open(dir, cfg->store, 1, st, err) < 0)
		return -1;
	store_set_node(*st, cfg->node);
	return 0;
}

/* Waits for a stop signal; prunes old executions every ten minutes. */
static int wait_for_signal(struct service *s)
{
	struct pollfd p = {stop_pipe[0], POLLIN, 0};
	unsigned char sig = 0;
	err_t err;

	for (;;) {
		int n = poll(&p, 1, 600 * 1000);
		if (n > 0 && read(stop_pipe[0], &sig, 1) == 1)
			return sig;
		if (n == 0) {
			err_clear(&err);
			int pruned = service_prune(s, &err);
			if (pruned != 0)
				service_log(s, pruned < 0
						   ? json_pack("{s:s, s:s}", "event", "error",
							       "message", err.msg)
						   : json_pack("{s:s, s:i}", "event", "pruned",
							       "executions", pruned));
		}
	}
}

static void install_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_stop;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
}

/* Every connection is a descriptor: the soft limit on open files is raised
 * to what max_connections needs besides the database and the runs (as far
 * as the hard limit allows; a warning says when it does not). */
static void fit_open_files(struct service *s, const struct server_config *cfg)
{
	rlim_t need = (rlim_t)cfg->max_connections + (rlim_t)cfg->max_connections / 4 + 256 +
		      16 * (rlim_t)cfg->workers;
	struct rlimit rl;

	if (getrlimit(RLIMIT_NOFILE, &rl) < 0 || rl.rlim_cur >= need)
		return;
	rl.rlim_cur = rl.rlim_max != RLIM_INFINITY && rl.rlim_max < need ? rl.rlim_max : need;
	if (setrlimit(RLIMIT_NOFILE, &rl) < 0 || rl.rlim_cur < need)
		service_log(s, json_pack("{s:s, s:s, s:I, s:I}", "event", "warning", "message",
					 "the open-file limit is below what max_connections needs; "
					 "raise it (ulimit -n, LimitNOFILE=)",
					 "limit", (json_int_t)rl.rlim_cur, "needed",
					 (json_int_t)need));
}

static void log_started(struct service *s, const struct server_config *cfg, int port,
			const char *dir, struct engine *eng, int recovered, int requeued)
{
	if (requeued > 0)
		service_log(s,
			    json_pack("{s:s, s:i}", "event", "requeued", "executions", requeued));
	if (recovered > 0)
		service_log(
		    s, json_pack("{s:s, s:i}", "event", "recovered", "interrupted", recovered));
	service_log(s, json_pack("{s:s, s:s, s:i, s:s, s:s, s:i, s:i, s:s, s:s, s:b, s:b}", "event",
				 "listening", "address", cfg->listen_addr, "port", port, "data_dir",
				 dir, "engine", engine_describe(eng), "workers", cfg->workers,
				 "queue_size", cfg->queue_size, "policy",
				 policy_mode_name(cfg->policy.mode), "fail_on",
				 severity_name(cfg->policy.fail_on), "redact", cfg->redact != 0,
				 "redact_code", cfg->redact_code != 0));
}

int cmd_serve(int argc, char **argv)
{
	struct serve_args a;
	struct server_config cfg;
	struct log_target log = {0, PTHREAD_MUTEX_INITIALIZER};
	struct service_deps deps = {.log = log_line, .log_ctx = &log};
	struct service *svc = NULL;
	struct http_front *http = NULL;
	char dir[4096];
	err_t err;
	int help, recovered = 0, requeued = 0, sig, status = EXIT_AIRLOCK;

	err_clear(&err);
	if (parse_args(argc, argv, &a, &help) < 0)
		return EXIT_AIRLOCK;
	if (help) {
		fputs(serve_usage, stdout);
		return 0;
	}
	if (build_config(&a, &cfg, &err) < 0) {
		print_error("%s", err.msg);
		return EXIT_AIRLOCK;
	}
	log.json = cfg.log_json;
	data_dir_default(a.data_dir, dir, sizeof(dir));
	/* the warm templates of this service, and of no other one: a template
	 * shared by two services would end the runs of one when the other
	 * stops */
	if (cfg.pool_dir[0] == '\0')
		warm_pool_dir_for(dir, cfg.pool_dir, sizeof(cfg.pool_dir));
	snprintf(cfg.data_dir, sizeof(cfg.data_dir), "%s", dir);
	if (pipe2(stop_pipe, O_CLOEXEC) < 0 || open_store(dir, &cfg, &deps.store, &err) < 0 ||
	    audit_keys_load(dir, 1, &deps.audit, &err) < 0 ||
	    engine_new(&(struct engine_config){.cgroup_parent = config_cgroup_parent(&cfg)},
		       &deps.engine, &err) < 0 ||
	    service_open(&cfg, &deps, &svc, &recovered, &err) < 0) {
		print_error("%s", err.msg[0] ? err.msg : strerror(errno));
		goto out;
	}
	fit_open_files(svc, &cfg);
	/* Before the port answers: a client that saw /healthz may stop us at
	 * once, and SIGTERM must then end the service cleanly. */
	install_signals();
	if (http_background_start(svc, &err) < 0 || service_start(svc, &requeued, &err) < 0 ||
	    http_start(svc, &http, &err) < 0) {
		print_error("%s", err.msg);
		service_stop(svc);
		goto out;
	}
	err_clear(&err);
	if (service_prune(svc, &err) < 0)
		service_log(svc, json_pack("{s:s, s:s}", "event", "error", "message", err.msg));
	log_started(svc, &cfg, http_port(http), dir, deps.engine, recovered, requeued);
	sig = wait_for_signal(svc);
	service_log(svc, json_pack("{s:s, s:i, s:i}", "event", "stopping", "signal", sig,
				   "grace_period_s", cfg.grace_period_s));
	http_quiesce(http);
	service_stop(svc);
	http_stop(http);
	http = NULL;
	service_log(svc, json_pack("{s:s}", "event", "stopped"));
	status = 0;
out:
	http_stop(http);
	if (svc)
		service_stop(svc); /* its workers end before the callbacks' thread */
	http_background_stop();
	service_close(svc);
	engine_free(deps.engine);
	store_close(deps.store);
	audit_keys_free(&deps.audit);
	return status;
}
