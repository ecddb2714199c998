/*
 * `airlock sandbox forward ID PORT`: a local address whose HTTP goes to a
 * server a command started in a sandbox, through airlock serve's
 * /v1/sandboxes/ID/ports/PORT/... (docs/sandboxes.md "Ports"), as kubectl's
 * port-forward does for a pod: open http://127.0.0.1:PORT/ in a browser to
 * see what an agent built, without giving the sandbox a route or the
 * browser the key.
 *
 * Each connection carries one request: its head is rewritten (the target
 * under the sandbox's port, the key added, Connection: close) and the
 * rest of its bytes, the body, go on unchanged; the server's answer comes
 * back byte for byte until it closes. A browser opens another connection
 * for the next request. One thread per connection.
 */
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#include "cli/forward.h"
#include "common/err.h"
#include "common/util.h"

#define HEAD_MAX (64 * 1024)
#define IDLE_MS (300 * 1000)

struct fwd {
	const struct forward_spec *spec;
	char host[256], port[8]; /* airlock serve's */
};

struct conn_job {
	const struct fwd *f;
	int fd;
};

/* host and port of an http:// URL (no https: the key and the bytes
 * would go in the clear to a TLS port). */
static int split_url(const char *url, struct fwd *f, err_t *err)
{
	if (strncmp(url, "http://", 7) != 0)
		return err_set(
		    err, 0,
		    "forward speaks plain HTTP to the server: --server must be an "
		    "http:// URL (put a TLS proxy in front of the local address instead)");
	const char *h = url + 7;
	size_t n = strcspn(h, "/");
	char hostport[300];
	if (n == 0 || n >= sizeof(hostport))
		return err_set(err, 0, "--server '%s' has no host", url);
	memcpy(hostport, h, n);
	hostport[n] = 0;
	char *colon = strrchr(hostport, ':');
	if (hostport[0] == '[') { /* [v6]:port */
		char *close = strchr(hostport, ']');
		if (close == NULL)
			return err_set(err, 0, "--server '%s': an IPv6 address needs ']'", url);
		*close = 0;
		snprintf(f->host, sizeof(f->host), "%s", hostport + 1);
		colon = close[1] == ':' ? close + 1 : NULL;
	} else {
		if (colon)
			*colon = 0;
		snprintf(f->host, sizeof(f->host), "%s", hostport);
	}
	snprintf(f->port, sizeof(f->port), "%s", colon && colon[1] ? colon + 1 : "80");
	return 0;
}

static int dial(const struct fwd *f)
{
	struct addrinfo hints = {.ai_socktype = SOCK_STREAM}, *res, *ai;
	int fd = -1;

	if (getaddrinfo(f->host, f->port, &hints, &res) != 0)
		return -1;
	for (ai = res; ai && fd < 0; ai = ai->ai_next) {
		fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
		if (fd >= 0 && connect(fd, ai->ai_addr, ai->ai_addrlen) < 0) {
			close(fd);
			fd = -1;
		}
	}
	freeaddrinfo(res);
	return fd;
}

static void answer(int fd, int status, const char *reason, const char *msg)
{
	char out[512];
	int n = snprintf(out, sizeof(out),
			 "HTTP/1.1 %d %s\r\nContent-Type: text/plain\r\nContent-Length: %zu\r\n"
			 "Connection: close\r\n\r\n%s\n",
			 status, reason, strlen(msg) + 1, msg);
	(void)send_all(fd, out, (size_t)n, IDLE_MS);
}

/* The request's head, rewritten for the server, into out; the bytes
 * after the head stay in head from *body_at. -1: not a request we pass. */
static int rewrite(const struct fwd *f, char *head, size_t len, size_t *body_at, struct buf *out)
{
	char *end = strstr(head, "\r\n\r\n");
	if (end == NULL)
		return -1;
	*body_at = (size_t)(end - head) + 4;
	end[2] = 0; /* the last header line keeps its CRLF */
	(void)len;
	char *line = head, *eol = strstr(line, "\r\n");
	*eol = 0;
	char *sp1 = strchr(line, ' '), *sp2 = sp1 ? strchr(sp1 + 1, ' ') : NULL;
	if (sp1 == NULL || sp2 == NULL || sp1[1] != '/')
		return -1;
	*sp1 = *sp2 = 0;
	char first[HEAD_MAX];
	int n = snprintf(first, sizeof(first), "%s /v1/sandboxes/%s/ports/%u%s %s\r\n", line,
			 f->spec->id, f->spec->port, sp1 + 1, sp2 + 1);
	if (n < 0 || (size_t)n >= sizeof(first))
		return -1;
	buf_append(out, first, (size_t)n);
	/* a WebSocket's upgrade keeps its Connection: Upgrade; else one
	 * request a connection */
	bool upgrade =
	    strcasestr(eol + 2, "\r\nUpgrade:") != NULL || strncasecmp(eol + 2, "Upgrade:", 8) == 0;
	for (line = eol + 2; *line; line = eol + 2) {
		eol = strstr(line, "\r\n");
		if (eol == NULL)
			break;
		*eol = 0;
		size_t nl = strcspn(line, ":");
		static const char *const drop[] = {"Connection", "Keep-Alive", "Proxy-Connection",
						   "Authorization", NULL};
		bool skip = false;
		for (const char *const *d = drop; *d; d++)
			skip |= nl == strlen(*d) && strncasecmp(line, *d, nl) == 0 &&
				!(upgrade && strcmp(*d, "Connection") == 0);
		if (!skip) {
			buf_append(out, line, strlen(line));
			buf_append(out, "\r\n", 2);
		}
	}
	char auth[300];
	n = snprintf(auth, sizeof(auth), "Authorization: Bearer %s\r\n%s\r\n", f->spec->key,
		     upgrade ? "" : "Connection: close\r\n");
	buf_append(out, auth, (size_t)n);
	return 0;
}

static void *serve_one(void *arg)
{
	struct conn_job *j = arg;
	char *head = xmalloc(HEAD_MAX + 1);
	size_t got = 0, body_at = 0;
	struct buf out = {0};
	int up = -1;

	for (;;) {
		ssize_t n =
		    got == HEAD_MAX ? -1 : recv_some(j->fd, head + got, HEAD_MAX - got, 30000);
		if (n <= 0)
			goto done;
		got += (size_t)n;
		head[got] = 0;
		if (strstr(head, "\r\n\r\n"))
			break;
	}
	if (rewrite(j->f, head, got, &body_at, &out) < 0) {
		answer(j->fd, 400, "Bad Request", "airlock forward: not an HTTP request");
		goto done;
	}
	up = dial(j->f);
	if (up < 0) {
		answer(j->fd, 502, "Bad Gateway",
		       "airlock forward: the airlock server does not answer");
		goto done;
	}
	if (send_all(up, out.data, out.len, IDLE_MS) < 0 ||
	    (got > body_at && send_all(up, head + body_at, got - body_at, IDLE_MS) < 0))
		goto done;
	sock_relay(j->fd, up, IDLE_MS);
done:
	if (up >= 0)
		close(up);
	close(j->fd);
	buf_free(&out);
	free(head);
	free(j);
	return NULL;
}

int forward_listen(const char *addr, int *fd, err_t *err)
{
	char host[256];
	const char *colon = strrchr(addr, ':');
	struct addrinfo hints = {.ai_socktype = SOCK_STREAM, .ai_flags = AI_PASSIVE}, *res;

	if (colon == NULL || (size_t)(colon - addr) >= sizeof(host))
		return err_set(err, 0, "--listen '%s' is not ADDR:PORT", addr);
	memcpy(host, addr, (size_t)(colon - addr));
	host[colon - addr] = 0;
	if (host[0] == '[' && host[strlen(host) - 1] == ']') {
		memmove(host, host + 1, strlen(host));
		host[strlen(host) - 1] = 0;
	}
	int rc = getaddrinfo(host[0] ? host : NULL, colon + 1, &hints, &res);
	if (rc != 0)
		return err_set(err, 0, "--listen '%s': %s", addr, gai_strerror(rc));
	*fd = socket(res->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
	int one = 1;
	if (*fd >= 0)
		setsockopt(*fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (*fd < 0 || bind(*fd, res->ai_addr, res->ai_addrlen) < 0 || listen(*fd, 64) < 0) {
		int e = errno;
		if (*fd >= 0)
			close(*fd);
		*fd = -1;
		freeaddrinfo(res);
		if (e == EADDRINUSE)
			return err_say(err, e, "%s is taken here: choose another with --listen",
				       addr);
		return err_set(err, e, "cannot listen on %s", addr);
	}
	freeaddrinfo(res);
	return 0;
}

int forward_serve(const struct forward_spec *spec, int listener, err_t *err)
{
	struct fwd f = {.spec = spec};
	pthread_attr_t attr;

	if (split_url(spec->server, &f, err) < 0)
		return -1;
	signal(SIGPIPE, SIG_IGN);
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	for (;;) {
		int c = accept4(listener, NULL, NULL, SOCK_CLOEXEC);
		if (c < 0) {
			if (errno == EINTR || errno == ECONNABORTED || errno == EMFILE)
				continue;
			pthread_attr_destroy(&attr);
			return err_set(err, errno, "accept");
		}
		struct conn_job *j = xmalloc(sizeof(*j));
		j->f = &f;
		j->fd = c;
		pthread_t t;
		if (pthread_create(&t, &attr, serve_one, j) != 0) {
			close(c);
			free(j);
		}
	}
}
