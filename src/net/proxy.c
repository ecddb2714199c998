/*
 * The egress proxy: one thread, one poll loop, every connection of a run.
 *
 * Its listening socket was made by the sandbox's init inside the sandbox's
 * network namespace (127.0.0.1:EGRESS_PROXY_PORT there) and handed over on
 * `channel`; a socket stays in the namespace it was created in, so the
 * proxy accepts the sandbox's connections on it while every socket it
 * dials itself is in the host's namespace. The sandbox has nothing else:
 * no route, no interface but lo, no resolver.
 *
 * A connection starts with a request head (net/http.c). The proxy decides
 * once, with everything known: the canonical host is on the allow-list,
 * the name resolved once (--resolve, an IP literal, or the host's
 * resolver), every address it resolved to acceptable (net/host.c) -- one
 * refused address refuses the request whole, so a name cannot resolve to
 * an allowed address for the check and to a private one for the connect.
 * It then connects to those checked addresses, in order, and nowhere else:
 * a CONNECT tunnel is bytes to that address only, whatever is said inside,
 * and a plain request is relayed in origin form with Content-Length bytes
 * of body and "Connection: close". Refusals answer 403 with a one-line
 * reason, a destination that cannot be reached 502; both are logged.
 *
 * Name resolution (without --resolve) blocks the loop while it runs: the
 * proxy serves one run, whose own requests wait for it.
 */
#include "net/proxy.h"

#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include "common/fdpass.h"
#include "common/util.h"
#include "net/http.h"

#define PROXY_MAX_CONNS 64
#define RELAY_BUF 65536
#define RELAY_CAP (RELAY_BUF + 1024) /* a rewritten head may grow a little */
#define MAX_OWN_ADDRS 64
#define PIPE_BYTES (256 * 1024)
/* connections kept for the next ones (two descriptors each, in the
 * service's process: a few, since a run's requests mostly come one after
 * another) */
#define PROXY_IDLE_MAX 4

enum conn_state {
	C_HEAD,	      /* reading the request head */
	C_CONNECTING, /* non-blocking connect to addr[next] */
	C_RELAY,      /* bytes both ways */
	C_REPLY,      /* writing the proxy's own answer, then close */
};

struct pipebuf {
	char *d;
	size_t off, len;
};

struct conn {
	int cfd, ufd;
	enum conn_state st;
	struct pipebuf up, down; /* client -> destination, destination -> client */
	bool c_done;		 /* nothing more is read from the client */
	bool c_eof, u_eof, up_shut;
	int pipe[2];  /* destination -> client without a copy (splice) */
	size_t piped; /* bytes in the pipe */
	/* the last splice into the pipe found no room while it held bytes
	 * and the destination had some to read: a pipe is full by its slots
	 * (a page each, often part-filled from a socket) long before
	 * PIPE_BYTES, and the destination, still readable, would wake the
	 * loop at once, round after round, until the client took some; it is
	 * not polled until then */
	bool pipe_full;
	bool limited; /* a plain request: body_left more bytes, then nothing */
	uint64_t body_left;
	struct net_addr addr[EGRESS_MAX_ADDRS];
	size_t naddr, next;
	uint16_t port;
	struct net_host host; /* what was allowed: checked again when the list changes */
	int last_errno;
	struct egress_request *rec; /* NULL beyond EGRESS_LOG_MAX */
};

struct proxy {
	struct egress_policy pol;
	int channel, listener, wake;
	pthread_t thread;
	/* proxy_update and proxy_stop to the thread: wake is written, then the
	 * thread takes pending (a new allow-list) or stops; updated counts
	 * the updates it has applied (proxy_update waits for its own) */
	pthread_mutex_t lock;
	pthread_cond_t applied;
	struct egress_policy *pending;
	uint64_t requested, updated;
	bool stopping, ended; /* ended: the thread is gone */
	struct conn *conns[PROXY_MAX_CONNS];
	size_t nconns;
	struct egress_log log;
	uint64_t connections, bytes;
	bool over_bytes;
	struct net_addr own[MAX_OWN_ADDRS];
	size_t nown;
	struct egress_request spare; /* the record of requests beyond the log's cap */
	/* connections that ended, kept with their buffers and (empty) pipe
	 * for the next ones: a new connection costs no allocation, no page
	 * fault and no pipe (on this kind of machine a fault of the freed and
	 * given-back buffers cost more than the rest of a request's work) */
	struct conn *idle[PROXY_IDLE_MAX];
	size_t nidle;
};

static void close_fd(int *fd)
{
	if (*fd >= 0) {
		close(*fd);
		*fd = -1;
	}
}

static struct egress_request *new_record(struct proxy *p, const char *host, uint16_t port)
{
	struct egress_request *r;

	if (p->log.n >= EGRESS_LOG_MAX) {
		p->log.dropped++;
		r = &p->spare;
	} else {
		r = &p->log.v[p->log.n++];
	}
	memset(r, 0, sizeof(*r));
	snprintf(r->host, sizeof(r->host), "%s", host);
	r->port = port;
	return r;
}

static void conn_destroy(struct conn *c)
{
	close_fd(&c->cfd);
	close_fd(&c->ufd);
	close_fd(&c->pipe[0]);
	close_fd(&c->pipe[1]);
	free(c->up.d);
	free(c->down.d);
	free(c);
}

/* Ends the i-th connection; it is kept for the next one. */
static void conn_free(struct proxy *p, size_t i)
{
	struct conn *c = p->conns[i];

	p->conns[i] = p->conns[--p->nconns];
	close_fd(&c->cfd);
	close_fd(&c->ufd);
	if (c->piped > 0) { /* bytes left in it: not for the next one */
		close_fd(&c->pipe[0]);
		close_fd(&c->pipe[1]);
	}
	if (p->nidle < PROXY_IDLE_MAX)
		p->idle[p->nidle++] = c;
	else
		conn_destroy(c);
}

/* A connection for fd: a kept one, or a new one. */
static struct conn *conn_new(struct proxy *p, int fd)
{
	struct conn *c;

	if (p->nidle > 0) {
		c = p->idle[--p->nidle];
		char *up = c->up.d, *down = c->down.d;
		int pipe[2] = {c->pipe[0], c->pipe[1]};
		memset(c, 0, sizeof(*c));
		c->up.d = up;
		c->down.d = down;
		c->pipe[0] = pipe[0];
		c->pipe[1] = pipe[1];
	} else {
		c = xcalloc(1, sizeof(*c));
		c->up.d = xmalloc(RELAY_CAP);
		c->down.d = xmalloc(RELAY_CAP);
		c->pipe[0] = c->pipe[1] = -1;
	}
	c->cfd = fd;
	c->ufd = -1;
	return c;
}

/* The proxy's own answer; the connection closes once it is written. */
static void reply(struct conn *c, int status, const char *reason)
{
	const char *text = status == 403   ? "Forbidden"
			   : status == 502 ? "Bad Gateway"
					   : "Bad Request";
	int n = snprintf(c->down.d, RELAY_CAP,
			 "HTTP/1.1 %d %s\r\nContent-Type: text/plain\r\nContent-Length: %zu\r\n"
			 "Connection: close\r\n\r\nairlock: %s\n",
			 status, text, strlen(reason) + 10, reason);
	c->down.off = 0;
	c->down.len = n > 0 && n < RELAY_CAP ? (size_t)n : 0;
	c->up.len = c->up.off = 0;
	close_fd(&c->ufd);
	c->st = C_REPLY;
	if (c->rec && c->rec->reason[0] == '\0')
		snprintf(c->rec->reason, sizeof(c->rec->reason), "%s", reason);
}

static int resolve(struct proxy *p, struct conn *c, const struct net_host *h, char *why,
		   size_t why_size)
{
	c->naddr = 0;
	if (h->is_ip) {
		c->addr[c->naddr++] = h->ip;
		return 0;
	}
	for (size_t i = 0; i < p->pol.nresolve; i++)
		if (strcmp(p->pol.resolve[i].host, h->name) == 0) {
			memcpy(c->addr, p->pol.resolve[i].addr,
			       p->pol.resolve[i].naddr * sizeof(c->addr[0]));
			c->naddr = p->pol.resolve[i].naddr;
			return 0;
		}
	/* RFC 6761: localhost and its subdomains are the loopback, whatever a
	 * host's resolver or /etc/hosts says (and then refused as such) */
	size_t n = strlen(h->name);
	if (strcmp(h->name, "localhost") == 0 ||
	    (n > 10 && strcmp(h->name + n - 10, ".localhost") == 0)) {
		memset(c->addr, 0, 2 * sizeof(c->addr[0]));
		c->addr[0].family = AF_INET;
		c->addr[0].a[0] = 127;
		c->addr[0].a[3] = 1;
		c->addr[1].family = AF_INET6;
		c->addr[1].a[15] = 1;
		c->naddr = 2;
		return 0;
	}
	struct addrinfo hints = {.ai_socktype = SOCK_STREAM}, *res = NULL;
	int rc = getaddrinfo(h->name, NULL, &hints, &res);
	if (rc != 0) {
		snprintf(why, why_size, "cannot resolve %s: %s", h->name, gai_strerror(rc));
		return -1;
	}
	for (struct addrinfo *ai = res; ai && c->naddr < EGRESS_MAX_ADDRS; ai = ai->ai_next) {
		struct net_addr *a = &c->addr[c->naddr];
		memset(a, 0, sizeof(*a));
		if (ai->ai_family == AF_INET) {
			a->family = AF_INET;
			memcpy(a->a, &((struct sockaddr_in *)(void *)ai->ai_addr)->sin_addr, 4);
		} else if (ai->ai_family == AF_INET6) {
			a->family = AF_INET6;
			memcpy(a->a, &((struct sockaddr_in6 *)(void *)ai->ai_addr)->sin6_addr, 16);
		} else {
			continue;
		}
		net_addr_normalise(a);
		c->naddr++;
	}
	freeaddrinfo(res);
	if (c->naddr == 0) {
		snprintf(why, why_size, "%s has no address", h->name);
		return -1;
	}
	return 0;
}

/* Connects to the next checked address; false when none is left. */
static bool connect_next(struct conn *c)
{
	while (c->next < c->naddr) {
		const struct net_addr *a = &c->addr[c->next++];
		struct sockaddr_storage ss;
		socklen_t len;

		memset(&ss, 0, sizeof(ss));
		if (a->family == AF_INET) {
			struct sockaddr_in *s4 = (struct sockaddr_in *)&ss;
			s4->sin_family = AF_INET;
			s4->sin_port = htons(c->port);
			memcpy(&s4->sin_addr, a->a, 4);
			len = sizeof(*s4);
		} else {
			struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)&ss;
			s6->sin6_family = AF_INET6;
			s6->sin6_port = htons(c->port);
			memcpy(&s6->sin6_addr, a->a, 16);
			len = sizeof(*s6);
		}
		close_fd(&c->ufd);
		c->ufd = socket(a->family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
		if (c->ufd < 0) {
			c->last_errno = errno;
			continue;
		}
		if (connect(c->ufd, (struct sockaddr *)&ss, len) == 0 || errno == EINPROGRESS) {
			c->st = C_CONNECTING;
			return true;
		}
		c->last_errno = errno;
	}
	close_fd(&c->ufd);
	return false;
}

/* The decision, once the head is complete. */
static void decide(struct proxy *p, struct conn *c, const struct proxy_head *h, int rc, int status,
		   const char *why)
{
	char msg[160], ab[64];

	c->rec =
	    new_record(p, rc < 0 && h->host.name[0] == '\0' ? h->raw_host : h->host.name, h->port);
	if (rc < 0) {
		reply(c, status, why);
		return;
	}
	c->port = h->port;
	c->host = h->host;
	if (!egress_allows(&p->pol, &h->host, h->port)) {
		snprintf(msg, sizeof(msg), "%.100s:%u is not on the allow-list", h->host.name,
			 (unsigned)h->port);
		reply(c, 403, msg);
		return;
	}
	if (p->over_bytes) {
		reply(c, 403, "the run's byte limit is reached");
		return;
	}
	if (resolve(p, c, &h->host, msg, sizeof(msg)) < 0) {
		reply(c, 502, msg);
		return;
	}
	for (size_t i = 0; i < c->naddr; i++) {
		const char *bad =
		    egress_refuses_addr(&p->pol, &c->addr[i], h->port, p->own, p->nown);
		if (bad) {
			net_addr_format(&c->addr[i], ab, sizeof(ab));
			snprintf(msg, sizeof(msg), "%.80s resolves to %s, %s", h->host.name, ab,
				 bad);
			reply(c, 403, msg);
			return;
		}
	}
	/* what goes to the destination: the tunnel's first bytes, or the
	 * rewritten request and the part of its body that came with it */
	size_t extra = c->up.len - h->head_len;
	if (h->kind == PROXY_FORWARD) {
		struct buf head = {0};
		proxy_rewrite_head(c->up.d, h, &head);
		if (extra > h->content_length)
			extra = (size_t)h->content_length;
		if (head.len + extra > RELAY_CAP) {
			buf_free(&head);
			reply(c, 400, "request head too large");
			return;
		}
		memmove(c->up.d + head.len, c->up.d + h->head_len, extra);
		memcpy(c->up.d, head.data, head.len);
		c->up.len = head.len + extra;
		buf_free(&head);
		c->limited = true;
		c->body_left = h->content_length - extra;
		c->c_done = c->body_left == 0;
	} else {
		memmove(c->up.d, c->up.d + h->head_len, extra);
		c->up.len = extra;
	}
	c->up.off = 0;
	c->rec->allowed = true;
	if (!connect_next(c)) {
		snprintf(msg, sizeof(msg), "cannot connect to %.100s:%u: %s", h->host.name,
			 (unsigned)h->port, strerror(c->last_errno));
		reply(c, 502, msg);
	}
}

static void read_head(struct proxy *p, struct conn *c)
{
	struct proxy_head h;
	const char *why = NULL;
	int status = 400;
	ssize_t n = read(c->cfd, c->up.d + c->up.len, PROXY_HEAD_MAX - c->up.len);

	if (n < 0 && (errno == EAGAIN || errno == EINTR))
		return;
	if (n <= 0) {
		c->c_eof = true; /* gone before it asked anything */
		return;
	}
	c->up.len += (size_t)n;
	int rc = proxy_parse_head(c->up.d, c->up.len, &h, &status, &why);
	if (rc == 0)
		return;
	decide(p, c, &h, rc, status, why);
}

static void connected(struct proxy *p, struct conn *c)
{
	int e = 0;
	socklen_t el = sizeof(e);
	char msg[160];
	static const char established[] = "HTTP/1.1 200 Connection established\r\n\r\n";

	(void)p;
	if (getsockopt(c->ufd, SOL_SOCKET, SO_ERROR, &e, &el) < 0)
		e = errno;
	if (e == EINPROGRESS)
		return;
	if (e != 0) {
		c->last_errno = e;
		if (!connect_next(c)) {
			snprintf(msg, sizeof(msg), "cannot connect to %.100s:%u: %s",
				 c->rec ? c->rec->host : "", (unsigned)c->port, strerror(e));
			reply(c, 502, msg);
		}
		return;
	}
	if (c->pipe[0] < 0) {
		if (pipe2(c->pipe, O_CLOEXEC | O_NONBLOCK) < 0) {
			reply(c, 502, "cannot relay: out of descriptors");
			return;
		}
		(void)fcntl(c->pipe[1], F_SETPIPE_SZ, PIPE_BYTES);
	}
	c->st = C_RELAY;
	if (!c->limited) {
		memcpy(c->down.d, established, sizeof(established) - 1);
		c->down.len = sizeof(established) - 1;
	}
}

/* Ends a connection that is connecting or relaying, its bytes dropped,
 * with why as its record's reason; the loop frees it (apply frees it at
 * once: the connections change there). */
static void cut(struct conn *c, const char *why)
{
	if (c->rec)
		snprintf(c->rec->reason, sizeof(c->rec->reason), "%s", why);
	c->c_eof = c->u_eof = true;
	c->up.len = c->down.len = 0;
	c->piped = 0; /* and its bytes are dropped with the pipe */
	close_fd(&c->pipe[0]);
	close_fd(&c->pipe[1]);
}

static void over_limit(struct proxy *p)
{
	p->over_bytes = true;
	for (size_t i = 0; i < p->nconns; i++) {
		struct conn *c = p->conns[i];
		if (c->st == C_RELAY || c->st == C_CONNECTING)
			cut(c, "the run's byte limit is reached");
	}
}

/* A new allow-list (proxy_update): the next requests are checked against
 * it, and a tunnel or request under way to a host it no longer allows
 * ends. */
static void apply(struct proxy *p, const struct egress_policy *pol)
{
	memcpy(p->pol.rules, pol->rules, pol->nrules * sizeof(pol->rules[0]));
	p->pol.nrules = pol->nrules;
	for (size_t i = p->nconns; i-- > 0;) { /* conns move when one is freed */
		struct conn *c = p->conns[i];
		if ((c->st == C_RELAY || c->st == C_CONNECTING) &&
		    !egress_allows(&p->pol, &c->host, c->port)) {
			cut(c, "the allow-list changed: no longer allowed");
			conn_free(p, i);
		}
	}
}

static void count(struct proxy *p, struct conn *c, size_t n, bool sent)
{
	if (c->rec) {
		if (sent)
			c->rec->bytes_sent += n;
		else
			c->rec->bytes_received += n;
	}
	p->bytes += n;
	if (p->bytes > p->pol.max_bytes && !p->over_bytes)
		over_limit(p);
}

/* Reads what fits into b (at most max); the bytes read, 0 when none were
 * there or at EOF (*eof set), -1 when the connection is broken. */
static ssize_t pump_read(int fd, struct pipebuf *b, bool *eof, size_t max)
{
	size_t room = RELAY_BUF - b->len;
	if (room > max)
		room = max;
	if (room == 0)
		return 0;
	ssize_t n = read(fd, b->d + b->len, room);
	if (n < 0)
		return (errno == EAGAIN || errno == EINTR) ? 0 : -1;
	if (n == 0)
		*eof = true;
	b->len += (size_t)n;
	return n;
}

static ssize_t pump_write(int fd, struct pipebuf *b)
{
	ssize_t n = send(fd, b->d + b->off, b->len - b->off, MSG_NOSIGNAL);
	if (n < 0)
		return (errno == EAGAIN || errno == EINTR) ? 0 : -1;
	b->off += (size_t)n;
	if (b->off == b->len)
		b->off = b->len = 0;
	return n;
}

/* Moves what can move without waiting, both ways, a few rounds: the
 * sockets are non-blocking, so a try that would block costs one syscall
 * where a round of poll costs many. false when the connection is done or
 * broken. */
static bool relay(struct proxy *p, struct conn *c)
{
	ssize_t n;

	for (int round = 0; round < 8; round++) {
		bool moved = false;
		if (c->up.len > c->up.off) {
			if ((n = pump_write(c->ufd, &c->up)) < 0)
				return false;
			if (n > 0) {
				count(p, c, (size_t)n, true);
				moved = true;
			}
		}
		if (!c->c_done && !c->c_eof) {
			size_t max = c->limited && c->body_left < RELAY_BUF ? (size_t)c->body_left
									    : RELAY_BUF;
			if ((n = pump_read(c->cfd, &c->up, &c->c_eof, max)) < 0)
				return false;
			if (c->limited) {
				c->body_left -= (uint64_t)n;
				c->c_done = c->body_left == 0;
			}
			moved |= n > 0 || c->c_eof;
		}
		/* the proxy's own "200" first, then the destination's bytes,
		 * socket to pipe to socket, never copied into the proxy */
		if (c->down.len > c->down.off) {
			if ((n = pump_write(c->cfd, &c->down)) < 0)
				return false;
			moved |= n > 0;
		} else if (c->piped > 0) {
			n = splice(c->pipe[0], NULL, c->cfd, NULL, c->piped,
				   SPLICE_F_MOVE | SPLICE_F_NONBLOCK);
			if (n < 0 && errno != EAGAIN && errno != EINTR)
				return false;
			if (n > 0) {
				c->piped -= (size_t)n;
				c->pipe_full = false;
				moved = true;
			}
		}
		if (!c->u_eof && c->piped < PIPE_BYTES && !c->pipe_full) {
			n = splice(c->ufd, NULL, c->pipe[1], NULL, PIPE_BYTES - c->piped,
				   SPLICE_F_MOVE | SPLICE_F_NONBLOCK);
			if (n < 0 && errno != EAGAIN && errno != EINTR)
				return false;
			if (n < 0 && c->piped > 0) {
				/* no room, or nothing to read? */
				int avail = 0;
				if (ioctl(c->ufd, FIONREAD, &avail) == 0 && avail > 0)
					c->pipe_full = true;
			}
			if (n == 0)
				c->u_eof = true;
			if (n > 0) {
				c->piped += (size_t)n;
				count(p, c, (size_t)n, false);
			}
			moved |= n >= 0;
		}
		if (!moved)
			break;
	}
	if (c->c_eof && !c->limited && c->up.len == 0 && !c->up_shut) {
		shutdown(c->ufd, SHUT_WR);
		c->up_shut = true;
	}
	if (c->u_eof && c->down.len == 0 && c->piped == 0)
		return false; /* the destination is done: so is the client */
	return true;
}

static void accept_one(struct proxy *p)
{
	int fd = accept4(p->listener, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
	if (fd < 0)
		return;
	struct conn *c = conn_new(p, fd);
	p->conns[p->nconns++] = c;
	if (++p->connections > p->pol.max_connections) {
		c->rec = new_record(p, "", 0);
		reply(c, 403, "the run's connection limit is reached");
		return;
	}
	read_head(p, c); /* the request is often there already */
}

static void take_listener(struct proxy *p)
{
	char byte;
	int fd = -1, n = 0;
	ssize_t r = recv_fds(p->channel, &byte, 1, &fd, 1, &n, MSG_DONTWAIT, NULL);

	if (r < 0 && (errno == EAGAIN || errno == EINTR))
		return;
	close_fd(&p->channel); /* one message, or the sandbox is gone */
	if (r == 1 && n == 1)
		p->listener = fd;
	else if (n == 1)
		close(fd);
}

/* The events a connection waits for, on its client and destination. */
static void wants(const struct conn *c, short *cev, short *uev)
{
	*cev = *uev = 0;
	switch (c->st) {
	case C_HEAD:
		*cev = POLLIN;
		break;
	case C_CONNECTING:
		*uev = POLLOUT;
		break;
	case C_REPLY:
		*cev = POLLOUT;
		break;
	case C_RELAY:
		if (!c->c_eof && !c->c_done && c->up.len < RELAY_BUF)
			*cev |= POLLIN;
		if (c->down.len > c->down.off || c->piped > 0)
			*cev |= POLLOUT;
		if (!c->u_eof && c->piped < PIPE_BYTES && !c->pipe_full)
			*uev |= POLLIN;
		if (c->up.len > c->up.off)
			*uev |= POLLOUT;
		break;
	}
}

/* Handles a connection's events; false when it is to be freed. */
static bool step(struct proxy *p, struct conn *c, short cev, short uev)
{
	switch (c->st) {
	case C_HEAD:
		if (cev)
			read_head(p, c);
		return !c->c_eof;
	case C_CONNECTING:
		if (uev)
			connected(p, c);
		/* connected: the request's first bytes go now, not a poll later */
		return c->st == C_RELAY ? relay(p, c) : true;
	case C_REPLY:
		if (cev & (POLLERR | POLLHUP))
			return false;
		if ((cev & POLLOUT) && pump_write(c->cfd, &c->down) < 0)
			return false;
		if (c->down.len == 0) {
			shutdown(c->cfd, SHUT_WR);
			return false;
		}
		return true;
	case C_RELAY:
		return relay(p, c);
	}
	return false;
}

static void *proxy_main(void *arg)
{
	struct proxy *p = arg;
	struct pollfd pfd[3 + 2 * PROXY_MAX_CONNS];
	int ci[PROXY_MAX_CONNS], ui[PROXY_MAX_CONNS];

	for (;;) {
		nfds_t n = 0;
		int iw = -1, ich = -1, il = -1;
		pfd[iw = (int)n++] = (struct pollfd){p->wake, POLLIN, 0};
		if (p->channel >= 0)
			pfd[ich = (int)n++] = (struct pollfd){p->channel, POLLIN, 0};
		if (p->listener >= 0 && p->nconns < PROXY_MAX_CONNS)
			pfd[il = (int)n++] = (struct pollfd){p->listener, POLLIN, 0};
		for (size_t i = 0; i < p->nconns; i++) {
			short cev, uev;
			wants(p->conns[i], &cev, &uev);
			ci[i] = ui[i] = -1;
			if (cev || p->conns[i]->st != C_RELAY)
				pfd[ci[i] = (int)n++] = (struct pollfd){p->conns[i]->cfd, cev, 0};
			if (uev && p->conns[i]->ufd >= 0)
				pfd[ui[i] = (int)n++] = (struct pollfd){p->conns[i]->ufd, uev, 0};
		}
		if (poll(pfd, n, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (pfd[iw].revents) {
			uint64_t v;
			if (read(p->wake, &v, sizeof(v)) < 0 && errno != EAGAIN)
				break;
			pthread_mutex_lock(&p->lock);
			bool stop = p->stopping;
			struct egress_policy *pol = p->pending;
			uint64_t gen = p->requested;
			p->pending = NULL;
			pthread_mutex_unlock(&p->lock);
			if (stop)
				break;
			if (pol) {
				apply(p, pol);
				free(pol);
			}
			pthread_mutex_lock(&p->lock);
			p->updated = gen;
			pthread_cond_broadcast(&p->applied);
			pthread_mutex_unlock(&p->lock);
			continue; /* the connections changed: poll them again */
		}
		if (ich >= 0 && pfd[ich].revents)
			take_listener(p);
		/* conns move when one is freed: walk backwards */
		size_t live = p->nconns;
		for (size_t i = live; i-- > 0;) {
			short cev = ci[i] >= 0 ? pfd[ci[i]].revents : 0;
			short uev = ui[i] >= 0 ? pfd[ui[i]].revents : 0;
			if ((cev || uev || p->conns[i]->c_eof || p->conns[i]->u_eof) &&
			    !step(p, p->conns[i], cev, uev))
				conn_free(p, i);
		}
		if (il >= 0 && pfd[il].revents)
			accept_one(p);
	}
	while (p->nconns > 0)
		conn_destroy(p->conns[--p->nconns]);
	while (p->nidle > 0)
		conn_destroy(p->idle[--p->nidle]);
	pthread_mutex_lock(&p->lock);
	p->ended = true; /* no update waits for a thread that is gone */
	pthread_cond_broadcast(&p->applied);
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

int proxy_start(const struct egress_policy *policy, int channel, struct proxy **out, err_t *err)
{
	struct proxy *p = xcalloc(1, sizeof(*p));

	p->pol = *policy;
	p->channel = channel;
	p->listener = -1;
	p->log.v = xcalloc(EGRESS_LOG_MAX, sizeof(p->log.v[0]));
	p->nown = net_own_addrs(p->own, MAX_OWN_ADDRS);
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->applied, NULL);
	p->wake = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	if (p->wake < 0) {
		err_set(err, errno, "cannot start the egress proxy: eventfd");
		goto fail;
	}
	int rc = pthread_create(&p->thread, NULL, proxy_main, p);
	if (rc != 0) {
		err_set(err, rc, "cannot start the egress proxy's thread");
		goto fail;
	}
	*out = p;
	return 0;
fail:
	close_fd(&p->wake);
	close_fd(&p->channel);
	pthread_cond_destroy(&p->applied);
	pthread_mutex_destroy(&p->lock);
	free(p->log.v);
	free(p);
	return -1;
}

static void wake(struct proxy *p)
{
	uint64_t one = 1;

	if (write(p->wake, &one, sizeof(one)) != sizeof(one))
		abort(); /* an eventfd write cannot fail; the thread would never see it */
}

void proxy_update(struct proxy *p, const struct egress_policy *policy)
{
	struct egress_policy *pol = xmalloc(sizeof(*pol));

	*pol = *policy;
	pthread_mutex_lock(&p->lock);
	free(p->pending); /* one not yet taken is replaced whole */
	p->pending = pol;
	uint64_t gen = ++p->requested;
	wake(p);
	while (p->updated < gen && !p->ended)
		pthread_cond_wait(&p->applied, &p->lock);
	pthread_mutex_unlock(&p->lock);
}

void proxy_stop(struct proxy *p, struct egress_log *log)
{
	memset(log, 0, sizeof(*log));
	if (p == NULL)
		return;
	pthread_mutex_lock(&p->lock);
	p->stopping = true;
	wake(p);
	pthread_mutex_unlock(&p->lock);
	pthread_join(p->thread, NULL);
	free(p->pending);
	pthread_cond_destroy(&p->applied);
	pthread_mutex_destroy(&p->lock);
	close_fd(&p->wake);
	close_fd(&p->channel);
	close_fd(&p->listener);
	*log = p->log;
	free(p);
}
