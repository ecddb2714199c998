/*
 * Code contexts (engine/box.h): an interpreter that lives in a box.
 *
 * The interpreter is a command of the box (box_exec, on a thread of the
 * context's own) running the embedded kernel of its language
 * (kernels/python.py, kernels/javascript.js) with a random token in its environment. Cells go to its
 * stdin as JSON lines; its stdout is the cell's output with the kernel's
 * messages framed in it ("\x1e" TOKEN " " JSON "\n"), which this file
 * separates as the bytes arrive. The token is read and removed from the
 * environment by the kernel before any cell runs; a cell that wrote a
 * frame anyway could only misreport its own results.
 */
#include "diag/diag.h"
#include "lang/lang.h"
#include "engine/box_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

#include "common/embed.h"

#define READY_TIMEOUT_MS 30000
#define INTERRUPT_GRACE_MS 2000
#define FRAME_MAX (64u << 20) /* one message (a large image) */

struct box_context {
	struct box *b;
	const char *lang;   /* "python" or "javascript" */
	const char *kernel; /* its embedded source */
	char *cwd;	    /* where the interpreter starts; NULL: BOX_WORKDIR */
	pthread_t thread;
	bool have_thread;
	int stdin_w;
	int handle; /* of the kernel's command */
	char marker[40]; /* "\x1e" TOKEN " " */
	size_t marker_len;

	pthread_mutex_t lock; /* everything below */
	pthread_cond_t cond;
	bool ready, ended;
	struct buf pending; /* stdout not yet classified */
	struct buf pending_err; /* stderr likewise (its only frame: "sync") */
	bool frame_cut;	    /* an oversized frame is being skipped */
	uint64_t next_id;
	struct box_cell *cell; /* the cell running, if any */
	bool cell_done;
	bool out_done, err_synced; /* "done" on stdout, "sync" on stderr: both end it */
	const struct limits *cell_limits;
	bool cell_over; /* over its output limit: interrupted */
	output_fn cell_output;
	void *cell_output_ctx;
};

static const char *kernel_source(const char *lang)
{
	char name[32];

	snprintf(name, sizeof(name), "%s.%s", lang, strcmp(lang, "python") == 0 ? "py" : "js");
	for (const struct embedded_file *f = embedded_kernels; f->name; f++)
		if (strcmp(f->name, name) == 0)
			return (const char *)f->data;
	return NULL;
}

static const char *canonical_lang(const char *lang)
{
	if (lang == NULL)
		return NULL;
	if (strcmp(lang, "python") == 0 || strcmp(lang, "python3") == 0)
		return "python";
	if (strcmp(lang, "javascript") == 0 || strcmp(lang, "js") == 0 || strcmp(lang, "node") == 0)
		return "javascript";
	return NULL;
}

/* ---- the kernel's output ---- */

static void cell_text(struct box_context *c, int stream, const char *data, size_t n)
{
	struct box_cell *cell = c->cell;

	if (cell == NULL || c->cell_done || n == 0)
		return; /* printed between cells (a timer, a thread): no cell's */
	struct buf *b = stream == 1 ? &cell->out : &cell->err;
	bool *trunc = stream == 1 ? &cell->out_truncated : &cell->err_truncated;
	uint64_t cap = c->cell_limits->max_output_kb * 1024;
	size_t keep = b->len + n > cap ? (cap > b->len ? (size_t)(cap - b->len) : 0) : n;
	if (keep < n && !*trunc) {
		*trunc = true;
		c->cell_over = true;
		err_t ignore;
		box_signal(c->b, c->handle, SIGINT, &ignore);
	}
	if (keep == 0)
		return;
	buf_append(b, data, keep);
	if (c->cell_output)
		c->cell_output(c->cell_output_ctx, stream, data, keep);
}

static void on_message(struct box_context *c, const char *text, size_t len)
{
	json_error_t jerr;
	json_t *m = json_loadb(text, len, 0, &jerr);
	const char *type = json_string_value(json_object_get(m, "type"));

	if (type == NULL) {
		json_decref(m);
		return;
	}
	if (strcmp(type, "ready") == 0) {
		c->ready = true;
		pthread_cond_broadcast(&c->cond);
	} else if (c->cell && !c->cell_done) {
		if (strcmp(type, "done") == 0 || strcmp(type, "sync") == 0) {
			if (type[0] == 'd')
				c->out_done = true;
			else
				c->err_synced = true;
			c->cell_done = c->out_done && c->err_synced;
			if (c->cell_done)
				pthread_cond_broadcast(&c->cond);
		} else if (strcmp(type, "error") == 0 && c->cell->error == NULL) {
			json_object_del(m, "type");
			c->cell->error = json_incref(m);
		} else if (strcmp(type, "result") == 0 || strcmp(type, "display") == 0) {
			json_t *data = json_object_get(m, "data");
			if (json_is_object(data))
				json_array_append_new(c->cell->outputs,
						      json_pack("{s:s, s:O}", "type", type, "data", data));
		}
	}
	json_decref(m);
}

/* Splits what arrived on stream 1 or 2 into the cell's text and the
 * kernel's frames. A partial frame, or what may be the start of one, waits
 * for more. */
static void parse_stream(struct box_context *c, int stream)
{
	struct buf *p = stream == 1 ? &c->pending : &c->pending_err;
	size_t start = 0;

	while (start < p->len) {
		char *at = memmem(p->data + start, p->len - start, c->marker, c->marker_len);
		if (at == NULL) {
			/* keep a tail that could be a marker's beginning */
			size_t keep = 0;
			for (size_t k = 1; k < c->marker_len && k <= p->len - start; k++)
				if (memcmp(p->data + p->len - k, c->marker, k) == 0)
					keep = k;
			cell_text(c, stream, p->data + start, p->len - start - keep);
			start = p->len - keep;
			break;
		}
		size_t off = (size_t)(at - p->data);
		cell_text(c, stream, p->data + start, off - start);
		char *nl = memchr(at + c->marker_len, '\n', p->len - off - c->marker_len);
		if (nl == NULL) {
			start = off;
			break;
		}
		on_message(c, at + c->marker_len, (size_t)(nl - at - c->marker_len));
		start = (size_t)(nl - p->data) + 1;
	}
	memmove(p->data, p->data + start, p->len - start);
	p->len -= start;
	if (p->len > FRAME_MAX) /* a frame that never ends: the kernel is broken */
		p->len = 0;
}

static void kernel_output(void *ctx, int stream, const char *data, size_t len)
{
	struct box_context *c = ctx;

	pthread_mutex_lock(&c->lock);
	buf_append(stream == 1 ? &c->pending : &c->pending_err, data, len);
	parse_stream(c, stream);
	pthread_mutex_unlock(&c->lock);
}

/* ---- the kernel's command ---- */

static void *kernel_main(void *arg)
{
	struct box_context *c = arg;
	const bool py = strcmp(c->lang, "python") == 0;
	const char *argv[] = {py ? "/usr/bin/python3" : "/usr/bin/node", py ? "-u" : "-e",
			      py ? "-c" : c->kernel, py ? c->kernel : NULL};
	struct run_env env[] = {{"AIRLOCK_KERNEL_TOKEN", NULL}, {"MPLBACKEND", "Agg"}};
	char token[40];
	struct box_exec x;
	struct step_result r;
	err_t err;
	int pipefd[2] = {-1, -1};

	/* the marker without its frame bytes */
	snprintf(token, sizeof(token), "%.*s", (int)c->marker_len - 2, c->marker + 1);
	env[0].value = token;
	memset(&x, 0, sizeof(x));
	x.argv = argv;
	x.nargv = py ? 4 : 3;
	x.env = env;
	x.nenv = 2;
	x.cwd = c->cwd;
	x.cancel_fd = -1;
	limits_default(&x.limits);
	x.limits.time_limit_s = 86400;
	x.limits.wall_time_limit_s = 86400;
	x.stream_only = true;
	x.on_output = kernel_output;
	x.output_ctx = c;
	x.handle = &c->handle;
	if (pipe2(pipefd, O_CLOEXEC) == 0) {
		x.stdin_fd = pipefd[0];
		pthread_mutex_lock(&c->lock);
		c->stdin_w = pipefd[1];
		pthread_mutex_unlock(&c->lock);
		box_exec(c->b, &x, &r, &err);
		close(pipefd[0]);
		buf_free(&r.out);
		buf_free(&r.err);
		buf_free(&r.out_beyond);
		buf_free(&r.err_beyond);
	}
	pthread_mutex_lock(&c->lock);
	c->ended = true;
	pthread_cond_broadcast(&c->cond);
	pthread_mutex_unlock(&c->lock);
	return NULL;
}

/* Waits on the context's condition until ms from now; false at the end. */
static bool wait_until(struct box_context *c, uint64_t deadline_ms)
{
	uint64_t now = monotonic_ms();
	if (now >= deadline_ms)
		return false;
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	uint64_t left = deadline_ms - now;
	ts.tv_sec += (time_t)(left / 1000);
	ts.tv_nsec += (long)(left % 1000) * 1000000L;
	if (ts.tv_nsec >= 1000000000L) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000L;
	}
	pthread_cond_timedwait(&c->cond, &c->lock, &ts);
	return true;
}

static void stop_kernel(struct box_context *c)
{
	err_t ignore;

	if (!c->have_thread)
		return;
	pthread_mutex_lock(&c->lock);
	if (c->stdin_w >= 0) {
		close(c->stdin_w); /* the kernel reads EOF and ends */
		c->stdin_w = -1;
	}
	uint64_t deadline = monotonic_ms() + 1000;
	while (!c->ended && wait_until(c, deadline))
		;
	bool ended = c->ended;
	pthread_mutex_unlock(&c->lock);
	if (!ended)
		box_signal(c->b, c->handle, SIGKILL, &ignore);
	pthread_join(c->thread, NULL);
	c->have_thread = false;
}

static int start_kernel(struct box_context *c, err_t *err)
{
	unsigned char raw[16];

	if (getrandom(raw, sizeof(raw), 0) != (ssize_t)sizeof(raw))
		return err_set(err, errno, "getrandom");
	c->marker[0] = '\x1e';
	for (size_t i = 0; i < sizeof(raw); i++)
		snprintf(c->marker + 1 + 2 * i, 3, "%02x", raw[i]);
	c->marker[1 + 2 * sizeof(raw)] = ' ';
	c->marker[2 + 2 * sizeof(raw)] = '\0';
	c->marker_len = 2 + 2 * sizeof(raw);
	c->ready = c->ended = false;
	c->pending.len = 0;
	c->pending_err.len = 0;
	c->handle = -1;
	c->stdin_w = -1;
	if (pthread_create(&c->thread, NULL, kernel_main, c) != 0)
		return err_set(err, errno, "cannot start the context's thread");
	c->have_thread = true;
	pthread_mutex_lock(&c->lock);
	uint64_t deadline = monotonic_ms() + READY_TIMEOUT_MS;
	while (!c->ready && !c->ended && wait_until(c, deadline))
		;
	bool ready = c->ready && !c->ended;
	pthread_mutex_unlock(&c->lock);
	if (!ready) {
		stop_kernel(c);
		return err_say(err, box_ended(c->b) ? ESRCH : EIO,
			       "the %s interpreter of the context did not start", c->lang);
	}
	return 0;
}

int box_context_start(struct box *b, const char *lang, const char *cwd, struct box_context **out,
		      err_t *err)
{
	const char *l = canonical_lang(lang);

	*out = NULL;
	if (l == NULL)
		return err_say(err, EINVAL,
			       "no code context for language '%s': use python or javascript",
			       lang ? lang : "");
	struct box_context *c = xcalloc(1, sizeof(*c));
	c->b = b;
	c->lang = l;
	c->kernel = kernel_source(l);
	c->cwd = cwd && cwd[0] ? xstrdup(cwd) : NULL;
	pthread_mutex_init(&c->lock, NULL);
	pthread_condattr_t ca;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&c->cond, &ca);
	pthread_condattr_destroy(&ca);
	if (c->kernel == NULL) {
		err_say(err, ENOENT, "the %s kernel is not built in", l);
		box_context_free(c);
		return -1;
	}
	if (start_kernel(c, err) < 0) {
		box_context_free(c);
		return -1;
	}
	*out = c;
	return 0;
}

int box_context_restart(struct box_context *c, err_t *err)
{
	stop_kernel(c);
	return start_kernel(c, err);
}

const char *box_context_lang(const struct box_context *c)
{
	return c->lang;
}

bool box_context_alive(struct box_context *c)
{
	pthread_mutex_lock(&c->lock);
	bool alive = c->ready && !c->ended;
	pthread_mutex_unlock(&c->lock);
	return alive;
}

int box_context_interrupt(struct box_context *c, err_t *err)
{
	pthread_mutex_lock(&c->lock);
	bool running = c->cell && !c->cell_done;
	pthread_mutex_unlock(&c->lock);
	if (!running)
		return 0;
	return box_signal(c->b, c->handle, SIGINT, err);
}

void box_cell_free(struct box_cell *cell)
{
	buf_free(&cell->out);
	buf_free(&cell->err);
	json_decref(cell->outputs);
	json_decref(cell->error);
	json_decref(cell->diagnostics);
	cell->outputs = cell->error = cell->diagnostics = NULL;
}

static int send_cell(struct box_context *c, uint64_t id, const char *code, const json_t *env,
		     err_t *err)
{
	json_t *req = json_pack("{s:I, s:s}", "id", (json_int_t)id, "code", code);
	if (req == NULL)
		return err_say(err, EINVAL, "the code is not valid UTF-8");
	if (env && json_object_size(env) > 0)
		json_object_set_new(req, "env", json_deep_copy(env));
	char *line = json_dumps(req, JSON_COMPACT);
	json_decref(req);
	size_t n = strlen(line);
	line = xrealloc(line, n + 2);
	line[n++] = '\n';
	int rc = write_all(c->stdin_w, line, n);
	free(line);
	if (rc < 0)
		return err_say(err, ESRCH, "the context's interpreter has ended");
	return 0;
}

/* airlock's diagnostics of a cell's error, read from its traceback as a
 * program's are from its stderr (the cell is the file "<cell>"). */
static json_t *cell_diagnostics(const struct box_context *c, const char *code, const json_t *error)
{
	const struct lang_profile *lp = lang_find(strcmp(c->lang, "python") == 0 ? "python" : "node");
	struct buf text = {0};
	json_t *line;
	size_t i;

	if (error == NULL || lp == NULL)
		return json_array();
	json_array_foreach(json_object_get(error, "traceback"), i, line)
	{
		const char *l = json_string_value(line);
		if (l) {
			buf_append(&text, l, strlen(l));
			buf_append(&text, "\n", 1);
		}
	}
	/* node's report of an uncaught exception ends with its version line,
	 * which is what its parser looks for; a cell's error is one */
	if (strcmp(lp->name, "node") == 0)
		buf_append(&text, "\nNode.js v0\n", 12);
	struct diag_names names = {.workdir = BOX_WORKDIR,
				   .source_name = "<cell>",
				   .program = "<cell>",
				   .code = code,
				   .code_len = strlen(code)};
	json_t *d = diagnostics_parse(lp, text.data ? text.data : "", text.len, NULL, 0, &names);
	buf_free(&text);
	return d;
}

int box_context_run(struct box_context *c, const char *code, const json_t *env,
		    const struct limits *limits, output_fn on_output, void *output_ctx,
		    struct box_cell *cell, err_t *err)
{
	memset(cell, 0, sizeof(*cell));
	cell->outputs = json_array();
	pthread_mutex_lock(&c->lock);
	if (c->ended || !c->ready) {
		pthread_mutex_unlock(&c->lock);
		return err_say(err, ESRCH, "the context's interpreter has ended; restart it");
	}
	if (c->cell) {
		pthread_mutex_unlock(&c->lock);
		return err_say(err, EBUSY, "the context runs another cell; wait for it or interrupt it");
	}
	c->cell = cell;
	c->cell_done = false;
	c->out_done = c->err_synced = false;
	c->cell_over = false;
	c->cell_limits = limits;
	c->cell_output = on_output;
	c->cell_output_ctx = output_ctx;
	uint64_t id = ++c->next_id;
	pthread_mutex_unlock(&c->lock);

	uint64_t t0 = monotonic_ms();
	int rc = send_cell(c, id, code, env, err);
	bool timed_out = false, stuck = false;
	pthread_mutex_lock(&c->lock);
	if (rc == 0) {
		uint64_t deadline = t0 + (uint64_t)(limits->wall_time_limit_s * 1000);
		while (!c->cell_done && !c->ended && wait_until(c, deadline))
			;
		if (!c->cell_done && !c->ended) {
			timed_out = true;
			pthread_mutex_unlock(&c->lock);
			err_t ignore;
			box_signal(c->b, c->handle, SIGINT, &ignore);
			pthread_mutex_lock(&c->lock);
			deadline = monotonic_ms() + INTERRUPT_GRACE_MS;
			while (!c->cell_done && !c->ended && wait_until(c, deadline))
				;
			stuck = !c->cell_done && !c->ended;
		}
	}
	bool ended = !c->cell_done;
	bool over = c->cell_over;
	c->cell = NULL;
	pthread_mutex_unlock(&c->lock);
	cell->wall_ms = monotonic_ms() - t0;
	if (rc < 0)
		return -1;
	if (stuck) {
		/* it ignored the interrupt: a new interpreter */
		err_t why;
		cell->restarted = box_context_restart(c, &why) == 0;
	}
	if (timed_out)
		cell->status = STATUS_WALL_TIME_LIMIT;
	else if (over)
		cell->status = STATUS_OUTPUT_LIMIT;
	else if (ended)
		cell->status = box_ended(c->b) ? STATUS_CANCELLED : STATUS_INTERNAL_ERROR;
	else
		cell->status = cell->error ? STATUS_RUNTIME_ERROR : STATUS_OK;
	cell->diagnostics = cell_diagnostics(c, code, cell->error);
	return 0;
}

void box_context_free(struct box_context *c)
{
	if (c == NULL)
		return;
	stop_kernel(c);
	buf_free(&c->pending);
	buf_free(&c->pending_err);
	free(c->cwd);
	pthread_mutex_destroy(&c->lock);
	pthread_cond_destroy(&c->cond);
	free(c);
}
