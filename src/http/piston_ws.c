/*
 * Piston's WebSocket, /piston/api/v2/connect: an interactive run, with
 * stdin sent as the program reads it and its output streamed back.
 *
 * The handshake is libmicrohttpd's upgrade (daemon.c); the framing is
 * wslay's (masking, fragmentation, ping and pong, the close handshake, a
 * bound on a message's size); the messages are Piston's (piston_wsmsg.c).
 * The run is the service's like any other (service_submit, with the
 * protocol-free live ends of struct exec_stream): the program's stdin is a
 * pipe this session writes, its output and its steps come back through
 * callbacks.
 *
 * Two threads per session. The I/O thread owns the socket and the wslay
 * context (which is not thread-safe): it reads frames, writes stdin and
 * sends whatever is queued. The runner thread waits in service_submit;
 * its callbacks only queue messages and wake the I/O thread (an eventfd).
 * A session ends when the run ended and the close handshake is done (or
 * one second passed), when no init came within a second (4001), or when
 * the client left; then a run still going is cancelled, so a session
 * never outlives its program by more than the close handshake.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>
#include <wslay/wslay.h>

#include "common/utf8.h"
#include "http/http.h"
#include "http/piston.h"

#define WS_INIT_MS 1000	       /* Piston: no init within a second is 4001 */
#define WS_CLOSE_MS 1000       /* the client's answer to our close */
#define WS_STDIN_MAX (1 << 20) /* stdin sent and not yet read by the program */

struct ws_out {
	struct ws_out *next;
	char *text;	/* a message, or NULL: */
	int close_code; /* a close frame with this code */
};

struct session {
	struct service *svc;
	struct key_row key;
	json_t *langs;
	struct http_upgraded *u;
	wslay_event_context_ptr ws;
	int evfd;

	pthread_mutex_t lock; /* the queue, the id, abandoned, run_exited */
	struct ws_out *first, *last;
	char id[64];
	bool abandoned, run_exited;

	/* the I/O thread's */
	size_t extra_off;
	bool initialized, close_queued, io_failed;
	int close_after; /* a close to send once every message before it is sent */
	uint64_t started_ms, close_ms;
	int stdin_r, stdin_w;
	struct buf stdin_pending;
	size_t stdin_off;
	struct piston_job job;
	pthread_t runner;
	bool runner_started;
};

/* ---- what the runner thread queues ---- */

static void post(struct session *ss, char *text, int close_code)
{
	struct ws_out *o = xcalloc(1, sizeof(*o));
	uint64_t one = 1;

	o->text = text;
	o->close_code = close_code;
	pthread_mutex_lock(&ss->lock);
	if (ss->last)
		ss->last->next = o;
	else
		ss->first = o;
	ss->last = o;
	pthread_mutex_unlock(&ss->lock);
	(void)!write(ss->evfd, &one, sizeof(one));
}

static void post_error(struct session *ss, const char *message)
{
	post(ss, piston_ws_error_msg(message), 0);
	post(ss, NULL, PISTON_WS_NOTIFIED_ERROR);
}

static void on_queued(void *ctx, const char *id)
{
	struct session *ss = ctx;

	pthread_mutex_lock(&ss->lock);
	snprintf(ss->id, sizeof(ss->id), "%s", id);
	bool gone = ss->abandoned;
	pthread_mutex_unlock(&ss->lock);
	if (gone) { /* the client left before the run was queued */
		json_t *ex = NULL;
		struct svc_error e;
		service_cancel(ss->svc, &ss->key, id, &ex, &e);
		json_decref(ex);
	}
}

static void on_step(void *ctx, const struct exec_step_event *ev)
{
	struct session *ss = ctx;
	const char *stage = ev->compile ? "compile" : "run";

	if (!ev->ended) {
		post(ss, piston_ws_stage_msg(stage), 0);
		return;
	}
	if (ev->compile) { /* the engine streams the run step only */
		if (ev->out_len)
			post(ss, piston_ws_data_msg("stdout", ev->out, ev->out_len), 0);
		if (ev->err_len)
			post(ss, piston_ws_data_msg("stderr", ev->err, ev->err_len), 0);
	} else {
		pthread_mutex_lock(&ss->lock);
		ss->run_exited = true;
		pthread_mutex_unlock(&ss->lock);
	}
	post(ss, piston_ws_exit_msg(stage, ev->status, ev->exit_code, ev->signal), 0);
}

static void on_output(void *ctx, int stream, const char *data, size_t len)
{
	post(ctx, piston_ws_data_msg(stream == 1 ? "stdout" : "stderr", data, len), 0);
}

/* The run, on its own thread: it ends with a close (4999, or 4002 after an
 * error message). */
static void *runner_main(void *arg)
{
	struct session *ss = arg;
	struct exec_stream st = {ss->stdin_r, on_queued, on_step, on_output, ss};
	struct exec_request req;
	struct submission sub;
	struct svc_error e;

	if (exec_request_from_json(json_incref(ss->job.canonical), service_config(ss->svc), &req,
				   &e) < 0) {
		exec_request_free(&req);
		post_error(ss, e.message);
		return NULL;
	}
	req.stream = &st;
	if (service_submit(ss->svc, &ss->key, &req, &sub, &e) < 0) {
		post_error(ss, e.message);
		return NULL;
	}
	json_t *answer = piston_response(&ss->job, sub.execution, sub.id);
	json_t *run = json_object_get(answer, "run");
	pthread_mutex_lock(&ss->lock);
	bool exited = ss->run_exited;
	pthread_mutex_unlock(&ss->lock);
	if (json_is_string(json_object_get(run, "status")) &&
	    strcmp(json_string_value(json_object_get(run, "status")), "XX") == 0 && !exited) {
		/* it never ran (held, blocked, the sandbox failed) */
		post_error(ss, json_string_value(json_object_get(run, "message")));
	} else {
		post(ss, NULL, PISTON_WS_JOB_COMPLETED);
	}
	json_decref(answer);
	submission_free(&sub);
	return NULL;
}

/* ---- the I/O thread ---- */

static ssize_t ws_recv(wslay_event_context_ptr ctx, uint8_t *buf, size_t len, int flags, void *user)
{
	struct session *ss = user;
	(void)flags;

	if (ss->extra_off < ss->u->extra_len) { /* what came with the head */
		size_t n = ss->u->extra_len - ss->extra_off;
		n = n < len ? n : len;
		memcpy(buf, ss->u->extra + ss->extra_off, n);
		ss->extra_off += n;
		return (ssize_t)n;
	}
	ssize_t n = recv(ss->u->fd, buf, len, MSG_DONTWAIT);
	if (n > 0)
		return n;
	if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
		wslay_event_set_error(ctx, WSLAY_ERR_WOULDBLOCK);
		return -1;
	}
	ss->io_failed = true;
	wslay_event_set_error(ctx, WSLAY_ERR_CALLBACK_FAILURE);
	return -1;
}

static ssize_t ws_send(wslay_event_context_ptr ctx, const uint8_t *data, size_t len, int flags,
		       void *user)
{
	struct session *ss = user;
	(void)flags;

	ssize_t n = send(ss->u->fd, data, len, MSG_DONTWAIT | MSG_NOSIGNAL);
	if (n >= 0)
		return n;
	if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
		wslay_event_set_error(ctx, WSLAY_ERR_WOULDBLOCK);
	else {
		ss->io_failed = true;
		wslay_event_set_error(ctx, WSLAY_ERR_CALLBACK_FAILURE);
	}
	return -1;
}

/* wslay sends control frames before queued messages: a close waits until
 * the messages queued before it (an error, the last exit) are out. From
 * here on nothing more is queued. */
static void queue_close(struct session *ss, int code)
{
	if (ss->close_queued || ss->close_after)
		return;
	ss->close_after = code;
	ss->close_ms = monotonic_ms();
}

static void send_close_when_due(struct session *ss)
{
	if (ss->close_after == 0 || ss->close_queued ||
	    wslay_event_get_queued_msg_count(ss->ws) > 0)
		return;
	const char *reason = piston_ws_reason(ss->close_after);
	wslay_event_queue_close(ss->ws, (uint16_t)ss->close_after, (const uint8_t *)reason,
				strlen(reason));
	ss->close_queued = true;
	ss->close_ms = monotonic_ms();
}

static void queue_text(struct session *ss, const char *text)
{
	struct wslay_event_msg m = {WSLAY_TEXT_FRAME, (const uint8_t *)text, strlen(text)};
	if (!ss->close_queued && !ss->close_after)
		wslay_event_queue_msg(ss->ws, &m);
}

static void start_run(struct session *ss, struct piston_ws_action *a)
{
	int fds[2];

	ss->job = a->job;
	memset(&a->job, 0, sizeof(a->job));
	ss->initialized = true;
	if (pipe2(fds, O_CLOEXEC) < 0) {
		char *m = piston_ws_error_msg("cannot make a pipe for stdin");
		queue_text(ss, m);
		free(m);
		return queue_close(ss, PISTON_WS_NOTIFIED_ERROR);
	}
	ss->stdin_r = fds[0];
	ss->stdin_w = fds[1];
	fcntl(ss->stdin_w, F_SETFL, O_NONBLOCK);
	char *m = piston_ws_runtime_msg(&ss->job.rt);
	queue_text(ss, m);
	free(m);
	if (pthread_create(&ss->runner, NULL, runner_main, ss) == 0) {
		ss->runner_started = true;
		return;
	}
	m = piston_ws_error_msg("cannot start the run");
	queue_text(ss, m);
	free(m);
	queue_close(ss, PISTON_WS_NOTIFIED_ERROR);
}

/* A signal: airlock ends the run (the whole sandbox), whichever signal. */
static void cancel_run(struct session *ss)
{
	char id[64];
	json_t *ex = NULL;
	struct svc_error e;

	pthread_mutex_lock(&ss->lock);
	ss->abandoned = true;
	snprintf(id, sizeof(id), "%s", ss->id);
	pthread_mutex_unlock(&ss->lock);
	if (id[0])
		service_cancel(ss->svc, &ss->key, id, &ex, &e);
	json_decref(ex);
}

static void on_message(wslay_event_context_ptr ctx, const struct wslay_event_on_msg_recv_arg *arg,
		       void *user)
{
	struct session *ss = user;
	struct piston_ws_action a;
	(void)ctx;

	if (arg->opcode != WSLAY_TEXT_FRAME && arg->opcode != WSLAY_BINARY_FRAME)
		return; /* ping, pong and close are wslay's */
	if (ss->close_queued || ss->close_after)
		return;
	if (arg->opcode == WSLAY_TEXT_FRAME &&
	    !utf8_valid((const char *)arg->msg, arg->msg_length)) {
		wslay_event_queue_close(ss->ws, WSLAY_CODE_INVALID_FRAME_PAYLOAD_DATA, NULL, 0);
		ss->close_queued = true;
		ss->close_after = WSLAY_CODE_INVALID_FRAME_PAYLOAD_DATA;
		ss->close_ms = monotonic_ms();
		return;
	}
	piston_ws_message((const char *)arg->msg, arg->msg_length, ss->initialized, ss->langs, &a);
	switch (a.kind) {
	case PISTON_WS_IGNORE:
		break;
	case PISTON_WS_INIT:
		start_run(ss, &a);
		break;
	case PISTON_WS_DATA:
		if (ss->stdin_pending.len - ss->stdin_off + a.len > WS_STDIN_MAX) {
			char *m = piston_ws_error_msg("more than 1 MB of stdin is waiting for the "
						      "program to read it");
			queue_text(ss, m);
			free(m);
			queue_close(ss, PISTON_WS_NOTIFIED_ERROR);
		} else if (ss->stdin_w >= 0) {
			buf_append(&ss->stdin_pending, a.data, a.len);
		}
		break;
	case PISTON_WS_SIGNAL:
		cancel_run(ss);
		break;
	case PISTON_WS_ERROR: {
		char *m = piston_ws_error_msg(a.message);
		queue_text(ss, m);
		free(m);
		queue_close(ss, PISTON_WS_NOTIFIED_ERROR);
		break;
	}
	case PISTON_WS_CLOSE:
		queue_close(ss, a.close_code);
		break;
	}
	piston_ws_action_free(&a);
}

/* Writes what the program can take of the stdin sent so far. */
static void flush_stdin(struct session *ss)
{
	while (ss->stdin_w >= 0 && ss->stdin_off < ss->stdin_pending.len) {
		ssize_t n = write(ss->stdin_w, ss->stdin_pending.data + ss->stdin_off,
				  ss->stdin_pending.len - ss->stdin_off);
		if (n > 0) {
			ss->stdin_off += (size_t)n;
			continue;
		}
		if (n < 0 && (errno == EAGAIN || errno == EINTR))
			return;
		/* the program is gone (EPIPE): what is left is dropped */
		close(ss->stdin_w);
		ss->stdin_w = -1;
	}
	if (ss->stdin_off == ss->stdin_pending.len) {
		ss->stdin_pending.len = 0;
		ss->stdin_off = 0;
	}
}

/* Moves what the runner queued into wslay's queue. */
static void take_posts(struct session *ss)
{
	uint64_t count;
	(void)!read(ss->evfd, &count, sizeof(count));
	pthread_mutex_lock(&ss->lock);
	struct ws_out *o = ss->first;
	ss->first = ss->last = NULL;
	pthread_mutex_unlock(&ss->lock);
	while (o) {
		struct ws_out *next = o->next;
		if (o->text)
			queue_text(ss, o->text);
		else
			queue_close(ss, o->close_code);
		free(o->text);
		free(o);
		o = next;
	}
}

static void io_loop(struct session *ss)
{
	for (;;) {
		take_posts(ss);
		if (wslay_event_send(ss->ws) != 0 || ss->io_failed)
			return;
		send_close_when_due(ss);
		if (wslay_event_send(ss->ws) != 0 || ss->io_failed)
			return;
		flush_stdin(ss);
		uint64_t now = monotonic_ms();
		if (!ss->initialized && !ss->close_after && now >= ss->started_ms + WS_INIT_MS)
			queue_close(ss, PISTON_WS_INIT_TIMEOUT);
		if (wslay_event_get_close_received(ss->ws) && !wslay_event_want_write(ss->ws))
			return;
		/* a client that reads nothing gets as long for the messages
		 * before the close as for the close handshake */
		if (ss->close_after && now >= ss->close_ms + 2 * WS_CLOSE_MS)
			return;
		if (!wslay_event_want_read(ss->ws) && !wslay_event_want_write(ss->ws))
			return;
		int timeout = 200;
		if (!ss->initialized && !ss->close_after)
			timeout = (int)(ss->started_ms + WS_INIT_MS - now);
		if (ss->close_after)
			timeout = (int)(ss->close_ms + 2 * WS_CLOSE_MS > now
					    ? ss->close_ms + 2 * WS_CLOSE_MS - now
					    : 0);
		struct pollfd p[3] = {
		    {ss->u->fd,
		     (short)((wslay_event_want_read(ss->ws) ? POLLIN : 0) |
			     (wslay_event_want_write(ss->ws) ? POLLOUT : 0)),
		     0},
		    {ss->evfd, POLLIN, 0},
		    {ss->stdin_off < ss->stdin_pending.len ? ss->stdin_w : -1, POLLOUT, 0},
		};
		bool extra = ss->extra_off < ss->u->extra_len;
		if (poll(p, 3, extra ? 0 : timeout < 0 ? 0 : timeout) < 0 && errno != EINTR)
			return;
		if (extra || (p[0].revents & (POLLIN | POLLHUP | POLLERR)))
			if (wslay_event_recv(ss->ws) != 0 || ss->io_failed)
				return;
	}
}

/* After the close, the client may still be sending (the rest of a frame
 * over the size limit): closing now would reset the connection and throw
 * away the close frame it has not read yet. So stop writing, and read and
 * drop what comes for a short while, until the client closes too. */
static void linger(int fd)
{
	char sink[16384];
	uint64_t until = monotonic_ms() + WS_CLOSE_MS;

	shutdown(fd, SHUT_WR);
	for (uint64_t now = monotonic_ms(); now < until; now = monotonic_ms()) {
		struct pollfd p = {fd, POLLIN, 0};
		if (poll(&p, 1, (int)(until - now)) <= 0)
			return;
		ssize_t n = recv(fd, sink, sizeof(sink), MSG_DONTWAIT);
		if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR))
			return;
	}
}

static void session_free(struct session *ss)
{
	while (ss->first) {
		struct ws_out *o = ss->first;
		ss->first = o->next;
		free(o->text);
		free(o);
	}
	if (ss->ws)
		wslay_event_context_free(ss->ws);
	if (ss->evfd >= 0)
		close(ss->evfd);
	if (ss->stdin_w >= 0)
		close(ss->stdin_w);
	if (ss->stdin_r >= 0)
		close(ss->stdin_r);
	buf_free(&ss->stdin_pending);
	piston_job_free(&ss->job);
	json_decref(ss->langs);
	pthread_mutex_destroy(&ss->lock);
	free(ss);
}

static void session_free_ctx(void *ctx)
{
	session_free(ctx);
}

static void session_run(void *ctx, struct http_upgraded *u)
{
	struct session *ss = ctx;
	struct wslay_event_callbacks cb = {ws_recv, ws_send, NULL, NULL, NULL, NULL, on_message};

	ss->u = u;
	ss->started_ms = monotonic_ms();
	ss->evfd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	if (ss->evfd >= 0 && wslay_event_context_server_init(&ss->ws, &cb, ss) == 0) {
		wslay_event_config_set_max_recv_msg_length(ss->ws,
							   service_config(ss->svc)->max_body_bytes);
		io_loop(ss);
		if (!ss->io_failed)
			linger(u->fd);
	}
	if (ss->runner_started) {
		/* the client left, or the run ended: a run still going is
		 * cancelled, its stdin closed, its thread joined */
		if (ss->stdin_w >= 0) {
			close(ss->stdin_w);
			ss->stdin_w = -1;
		}
		cancel_run(ss);
		pthread_join(ss->runner, NULL);
	}
	session_free(ss);
	u->close(u);
}

void piston_connect(struct service *s, struct http_request *r, struct http_reply *rep)
{
	json_decref(rep->json);
	rep->json = NULL;
	if (r->upgrade == NULL || !http_has_token(r->upgrade, "websocket") ||
	    !http_has_token(r->connection, "upgrade")) {
		rep->status = 426;
		rep->json = json_pack("{s:s}", "message",
				      "this route is a WebSocket: send 'Upgrade: websocket'");
		rep->headers[0].name = "Upgrade";
		rep->headers[0].value = "websocket";
		return;
	}
	if (r->ws_version == NULL || strcmp(r->ws_version, "13") != 0) {
		rep->status = 426;
		rep->json = json_pack("{s:s}", "message", "Sec-WebSocket-Version must be 13");
		rep->headers[0].name = "Sec-WebSocket-Version";
		rep->headers[0].value = "13";
		return;
	}
	if (piston_ws_accept(r->ws_key, rep->accept) < 0) {
		rep->status = 400;
		rep->json =
		    json_pack("{s:s}", "message", "Sec-WebSocket-Key must be 16 bytes in base64");
		return;
	}
	rep->status = 101;
	struct session *ss = xcalloc(1, sizeof(*ss));
	ss->svc = s;
	ss->key = r->key;
	ss->langs = service_languages(s);
	ss->evfd = ss->stdin_r = ss->stdin_w = -1;
	pthread_mutex_init(&ss->lock, NULL);
	rep->upgrade = session_run;
	rep->upgrade_ctx = ss;
	rep->upgrade_free = session_free_ctx;
}
