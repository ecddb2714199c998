/*
 * `airlock mcp`: an MCP server on standard input and output.
 *
 * The service runs in this process, private to it: its database and audit
 * key live in a temporary directory that is removed on exit, and its one
 * key is the local user's. That key is an admin's, which lets the person
 * at the client approve a program the policy holds (elicitation) — they
 * own this process and everything it stores, and the question goes to
 * them, not to the model. The limit flags of `airlock run` set both the
 * defaults and the maxima of every run (a call may ask for less); --policy
 * and --fail-on set the policy; --config reads the YAML of `airlock serve`
 * first.
 *
 * Messages are JSON-RPC, one per line (MCP's stdio transport). The main
 * thread reads lines and hands them to the MCP core; tool calls run on
 * threads of their own, so a cancellation or an answer to a question is
 * read while a program runs. Writes to stdout go through one lock, one
 * message per line. Nothing but MCP messages is written to stdout; errors
 * of airlock itself go to stderr, one line each. At end of input the calls
 * in flight finish and are answered; SIGTERM or SIGINT cancels them. Then
 * the service stops and its directory is removed.
 */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/run_args.h"
#include "commands.h"
#include "engine/engine.h"
#include "mcp/mcp.h"
#include "service/keys.h"
#include "service/service.h"

static const char mcp_usage[] =
    "usage: airlock mcp [--config FILE] [--log] [LIMIT AND POLICY FLAGS]\n"
    "An MCP server on standard input and output (JSON-RPC, one message per line).\n"
    "Tools: run_code, check_code, list_languages, and sandboxes that live for as long\n"
    "as it runs: sandbox_create, sandbox_exec, sandbox_run_code, sandbox_write_file,\n"
    "sandbox_read_file, sandbox_list_files, sandbox_set_network, sandbox_destroy.\n"
    "The flags of 'airlock run' set the defaults and the maxima of every run:\n"
    "-t -w -m -p -o -d --net, and the policy:\n"
    "--policy off|warn|block|approve, --fail-on info|warn|high, --rules DIR,\n"
    "--unanalyzable allow|block, --redact, --cgroup-parent; --allow-host HOST[:PORT] and\n"
    "--resolve HOST:ADDR: what a call's net.allow may name (the egress list of\n"
    "'airlock serve'). --config FILE reads the YAML of\n"
    "'airlock serve' first (limits, policy, workers). --log writes the service's\n"
    "log lines to stderr (default: errors only).\n"
    "Example client configuration: {\"command\": \"airlock\", \"args\": [\"mcp\"]}\n";

struct out {
	pthread_mutex_t lock;
	bool broken; /* stdout is gone */
};

static void send_line(void *ctx, json_t *msg)
{
	struct out *o = ctx;
	char *text = json_dumps(msg, JSON_COMPACT | JSON_ENCODE_ANY);

	if (text == NULL)
		return;
	pthread_mutex_lock(&o->lock);
	if (!o->broken &&
	    (fputs(text, stdout) == EOF || fputc('\n', stdout) == EOF || fflush(stdout) == EOF))
		o->broken = true;
	pthread_mutex_unlock(&o->lock);
	free(text);
}

static bool log_all;
static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;

/* The service's log lines: errors and warnings (all with --log), as JSON
 * lines on stderr, which MCP leaves to the server's own use. */
static void log_line(void *ctx, json_t *line)
{
	const char *ev = json_string_value(json_object_get(line, "event"));
	(void)ctx;
	if (!log_all && (ev == NULL || (strcmp(ev, "error") && strcmp(ev, "warning"))))
		return;
	char *s = json_dumps(line, JSON_COMPACT);
	pthread_mutex_lock(&log_lock);
	fprintf(stderr, "%s\n", s ? s : "{\"event\":\"log_error\"}");
	pthread_mutex_unlock(&log_lock);
	free(s);
}

/* ---- arguments ---- */

struct mcp_args {
	const char *config;
	struct run_args run;
	bool help;
};

/* Whether arg names a program (mcp takes none): -l, -c, -i, --json, or a
 * FILE (an argument that is no option's value). */
static bool names_program(char **argv, int i)
{
	static const char *const program[] = {"-l",	"-c",	   "-i",    "--lang",
					      "--code", "--stdin", "--json"};
	const char *a = argv[i];

	for (size_t k = 0; k < ARRAY_SIZE(program); k++) {
		size_t n = strlen(program[k]);
		if (strncmp(a, program[k], n) == 0 &&
		    (a[n] == 0 || a[n] == '=' || (n == 2 && a[1] != '-')))
			return true;
	}
	if (a[0] == '-' && a[1] != 0)
		return false;
	return !run_arg_takes_value(argv[i - 1]);
}

/* An option of `airlock run` that describes one run, not the limits and
 * policy of all (the rest of them, which mcp would drop), or NULL. */
static const char *unused_option(const struct run_args *r)
{
	const struct limits *c = &r->compile;

	if (r->nenv)
		return "--env";
	if (r->nadd)
		return "--add";
	if (r->ncollect)
		return "--collect";
	if (r->nmounts)
		return "--mount";
	if (r->rootfs || r->image)
		return r->rootfs ? "--rootfs" : "--image";
	if (r->warm)
		return r->template_socket ? "--template" : "--start";
	if (r->egress.allow_private)
		return "--allow-private";
	if (c->time_limit_s || c->wall_time_limit_s || c->memory_limit_mb || r->ncompile_args)
		return "--compile-*";
	if (r->nargs)
		return "--";
	return NULL;
}

/* --config and --log are this command's; the rest are `airlock run`'s,
 * less what names a program. */
static int parse_args(int argc, char **argv, struct mcp_args *a, err_t *err)
{
	char **rest = xcalloc((size_t)argc + 3, sizeof(char *));
	int n = 0;

	memset(a, 0, sizeof(*a));
	for (int i = 0; i < argc; i++) {
		if (i > 0 && strcmp(argv[i], "--config") == 0) {
			if (i + 1 >= argc) {
				free(rest);
				return err_set(err, 0, "--config needs a file");
			}
			a->config = argv[++i];
		} else if (i > 0 && strncmp(argv[i], "--config=", 9) == 0) {
			a->config = argv[i] + 9;
		} else if (i > 0 && strcmp(argv[i], "--log") == 0) {
			log_all = true;
		} else if (i > 0 && names_program(argv, i)) {
			free(rest);
			return err_set(err, 0,
				       "mcp takes no program ('%s'): programs come from the "
				       "client's run_code calls; see 'airlock mcp --help'",
				       argv[i]);
		} else {
			rest[n++] = argv[i];
		}
	}
	/* a stand-in program, so that run's parser checks the rest */
	rest[n++] = (char *)"--lang=python";
	rest[n++] = (char *)"--code=";
	int ret = run_args_parse(n, rest, &a->run, err);
	free(rest);
	a->help = a->run.help;
	const char *unused = ret == 0 ? unused_option(&a->run) : NULL;
	if (unused)
		return err_set(err, 0,
			       "%s is an option of one run; 'airlock mcp' takes the limits and "
			       "policy of all its runs only (see 'airlock mcp --help')",
			       unused);
	if (ret == 0 && a->run.limits.net == NET_EGRESS && a->run.egress.nrules == 0)
		return err_set(err, 0,
			       "--net egress: a call asks for egress with net.allow; give the hosts "
			       "it may name with --allow-host");
	return ret;
}

/* A limit given on the command line is both the default and the maximum. */
static void apply_limits(const struct limits *given, struct lang_limits *all)
{
	struct limits d;

	limits_default(&d);
	limits_finish(&d);
#define LIMIT(f)                                                                                   \
	if (given->f != d.f)                                                                       \
		all->defaults.f = all->max.f = given->f;
	LIMIT(time_limit_s)
	LIMIT(wall_time_limit_s)
	LIMIT(memory_limit_mb)
	LIMIT(max_processes)
	LIMIT(max_output_kb)
	LIMIT(disk_limit_mb)
	LIMIT(net)
#undef LIMIT
}

static int build_config(const struct mcp_args *a, struct server_config *cfg, err_t *err)
{
	config_default(cfg);
	if (a->config && config_load(a->config, cfg, err) < 0)
		return -1;
	/* egress is asked for by each call (net.allow), not a default */
	struct limits given = a->run.limits;
	if (given.net == NET_EGRESS)
		given.net = NET_NONE;
	apply_limits(&given, &cfg->all);
	if (a->run.policy != POLICY_OFF)
		cfg->policy.mode = a->run.policy;
	if (a->run.fail_on != SEV_HIGH)
		cfg->policy.fail_on = a->run.fail_on;
	if (a->run.rules)
		snprintf(cfg->policy.rules_dir, sizeof(cfg->policy.rules_dir), "%s", a->run.rules);
	if (a->run.unanalyzable_block)
		cfg->policy.unanalyzable_block = 1;
	if (a->run.redact)
		cfg->redact = 1;
	if (a->run.cgroup_parent)
		snprintf(cfg->cgroup_parent, sizeof(cfg->cgroup_parent), "%s",
			 a->run.cgroup_parent);
	/* --allow-host and --resolve are the configuration's egress list
	 * (what a call's net.allow may name), as limits are its maxima */
	if (a->run.egress.nrules) {
		memcpy(cfg->egress.rules, a->run.egress.rules, sizeof(cfg->egress.rules));
		cfg->egress.nrules = a->run.egress.nrules;
	}
	if (a->run.egress.nresolve) {
		memcpy(cfg->egress.resolve, a->run.egress.resolve, sizeof(cfg->egress.resolve));
		cfg->egress.nresolve = a->run.egress.nresolve;
	}
	return 0;
}

/* ---- the private service ---- */

struct private_service {
	char dir[256];
	struct service_deps deps;
	struct service *svc;
	struct key_row key;
};

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static void private_close(struct private_service *p)
{
	if (p->svc) {
		service_stop(p->svc);
		service_close(p->svc);
	}
	engine_free(p->deps.engine);
	store_close(p->deps.store);
	audit_keys_free(&p->deps.audit);
	if (p->dir[0] && nftw(p->dir, remove_one, 16, FTW_DEPTH | FTW_PHYS) < 0)
		print_error("cannot remove %s: %s", p->dir, strerror(errno));
}

/* The local user's key: an admin of this private service. */
static int make_local_key(struct private_service *p, err_t *err)
{
	char token[KEY_TOKEN_LEN];

	memset(&p->key, 0, sizeof(p->key));
	snprintf(p->key.name, sizeof(p->key.name), "local");
	key_generate(token);
	key_hash(token, p->key.hash);
	p->key.admin = true;
	store_now(p->key.created_at);
	if (p->deps.store->be->key_insert(p->deps.store, &p->key, err) < 0)
		return -1;
	return audit_append(p->deps.store, &p->deps.audit, "key_created", p->key.id, "",
			    "name=local admin=1 (airlock mcp)", err);
}

static int private_open(struct private_service *p, const struct server_config *given,
			err_t *err)
{
	const char *tmp = getenv("TMPDIR");
	char db[300];
	struct server_config *cfg = xmalloc(sizeof(*cfg));
	int recovered = 0, requeued = 0;

	snprintf(p->dir, sizeof(p->dir), "%s/airlock-mcp.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (mkdtemp(p->dir) == NULL) {
		err_set(err, errno, "cannot create a directory in %s (set TMPDIR)",
			tmp && *tmp ? tmp : "/tmp");
		p->dir[0] = 0;
		return -1;
	}
	snprintf(db, sizeof(db), "%s/airlock.db", p->dir);
	/* its warm templates are its own too, removed with the directory */
	*cfg = *given;
	if (cfg->pool_dir[0] == '\0')
		warm_pool_dir_for(p->dir, cfg->pool_dir, sizeof(cfg->pool_dir));
	snprintf(cfg->data_dir, sizeof(cfg->data_dir), "%s", p->dir);
	p->deps.log = log_line;
	int rc = -1;
	if (store_open(db, &p->deps.store, err) < 0 ||
	    audit_keys_load(p->dir, 1, &p->deps.audit, err) < 0 || make_local_key(p, err) < 0 ||
	    engine_new(&(struct engine_config){.cgroup_parent = config_cgroup_parent(cfg)},
		       &p->deps.engine, err) < 0 ||
	    service_open(cfg, &p->deps, &p->svc, &recovered, err) < 0)
		goto out;
	rc = service_start(p->svc, &requeued, err);
out:
	free(cfg);
	return rc;
}

/* ---- the loop ---- */

/* SIGINT and SIGTERM are taken by one thread (sigwait; every other thread
 * blocks them): it cancels what is in flight and interrupts the reader
 * (SIGUSR1 to the main thread, whose read then fails with EINTR). End of
 * input alone lets the calls in flight finish and answer first. */
struct stopper {
	pthread_t thread, main;
	struct mcp_hub *hub;
	sigset_t set;
	volatile sig_atomic_t stop, done;
};

static void on_wake(int sig)
{
	(void)sig;
}

static void *stopper_run(void *arg)
{
	struct stopper *st = arg;
	int sig;

	while (sigwait(&st->set, &sig) == 0) {
		if (st->done)
			return NULL;
		st->stop = 1;
		mcp_hub_cancel_all(st->hub);
		pthread_kill(st->main, SIGUSR1);
	}
	return NULL;
}

/* Reads lines until end of input or a stop; each one is a message. */
static void serve_stdin(struct mcp_conn *c, struct stopper *st)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	for (;;) {
		errno = 0;
		n = getline(&line, &cap, stdin);
		if (n < 0) {
			if (errno == EINTR && !st->stop) {
				clearerr(stdin);
				continue;
			}
			break;
		}
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			n--;
		if (n > 0)
			mcp_handle(c, line, (size_t)n);
	}
	free(line);
}

int cmd_mcp(int argc, char **argv)
{
	struct mcp_args a;
	struct server_config cfg;
	struct private_service p;
	struct out out = {PTHREAD_MUTEX_INITIALIZER, false};
	err_t err;
	int status = EXIT_AIRLOCK;

	memset(&p, 0, sizeof(p));
	err_clear(&err);
	if (parse_args(argc, argv, &a, &err) < 0) {
		print_error("%s", err.msg);
		return EXIT_AIRLOCK;
	}
	if (a.help) {
		fputs(mcp_usage, stdout);
		return 0;
	}
	/* before any thread starts, so that every thread inherits it */
	struct stopper st = {.main = pthread_self()};
	sigemptyset(&st.set);
	sigaddset(&st.set, SIGINT);
	sigaddset(&st.set, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &st.set, NULL);
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_wake; /* no SA_RESTART: the reader's read fails */
	sigaction(SIGUSR1, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	if (build_config(&a, &cfg, &err) < 0 || private_open(&p, &cfg, &err) < 0) {
		print_error("%s", err.msg);
		private_close(&p);
		return EXIT_AIRLOCK;
	}

	const char *interval = getenv("AIRLOCK_MCP_PROGRESS_MS");
	struct mcp_options o = {
	    .svc = p.svc,
	    .threaded = true,
	    .can_elicit = true,
	    .approve_hint = "This server's store is private to its process, so only this client "
			    "can approve it: use a client that supports elicitation, or start "
			    "'airlock mcp' with --policy block or warn.",
	    .progress_interval_ms = interval ? atoi(interval) : 0,
	    .version = AIRLOCK_VERSION,
	};
	struct mcp_hub *hub = mcp_hub_new(&o);
	struct mcp_conn *c = mcp_conn_new(hub, &p.key, send_line, &out);
	st.hub = hub;
	bool stopper = pthread_create(&st.thread, NULL, stopper_run, &st) == 0;
	serve_stdin(c, &st);
	mcp_conn_free(c, st.stop != 0);
	if (stopper) {
		st.done = 1;
		pthread_kill(st.thread, SIGTERM);
		pthread_join(st.thread, NULL);
	}
	mcp_hub_free(hub);
	status = 0;
	private_close(&p);
	return status;
}
