/*
 * The table of open connections (conns.h): a list in order of opening,
 * under one lock, scanned whole when a limit is reached and by the reaper
 * at each deadline. A scan is a few microseconds for thousands of
 * connections, and happens only at an opening that meets a limit or at a
 * head's deadline.
 */
#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common/util.h"
#include "http/conns.h"

enum conn_state {
	WAIT_HEAD, /* until its head arrives: bound by deadline */
	BODY,	   /* its head arrived, its body may be coming */
	BUSY,	   /* its request is being answered */
};

struct conn {
	struct conn *prev, *next;
	int fd;
	unsigned char addr[16]; /* IPv4 as IPv4-mapped IPv6 */
	enum conn_state state;
	uint64_t since;	   /* when it entered its state (ms) */
	uint64_t deadline; /* WAIT_HEAD: when it is closed */
	bool closing;	   /* shut down by the table, not yet closed */
};

struct conns {
	struct conns_limits lim;
	void (*count)(void *ctx, enum conns_reason why);
	void *ctx;
	pthread_mutex_t lock;
	pthread_cond_t wake; /* the reaper's */
	pthread_t reaper;
	bool stop;
	struct conn *head, *tail;
	int open; /* entries not closing */
};

static void addr_key(const struct sockaddr *sa, unsigned char out[16])
{
	memset(out, 0, 16);
	if (sa && sa->sa_family == AF_INET6) {
		memcpy(out, &((const struct sockaddr_in6 *)sa)->sin6_addr, 16);
	} else if (sa && sa->sa_family == AF_INET) {
		out[10] = out[11] = 0xff;
		memcpy(out + 12, &((const struct sockaddr_in *)sa)->sin_addr, 4);
	}
}

/* Shuts c down (the library then closes it); under the lock. */
static void close_conn(struct conns *t, struct conn *c)
{
	if (c->closing)
		return;
	c->closing = true;
	t->open--;
	shutdown(c->fd, SHUT_RDWR);
}

/* The oldest connection not busy, among those from addr (NULL: any):
 * one waiting for its head before one sending its body. */
static struct conn *victim(struct conns *t, const struct conn *except, const unsigned char *addr)
{
	struct conn *best = NULL;

	for (struct conn *c = t->head; c; c = c->next) {
		if (c == except || c->closing || c->state == BUSY)
			continue;
		if (addr && memcmp(c->addr, addr, 16) != 0)
			continue;
		if (best == NULL || (c->state == WAIT_HEAD && best->state == BODY) ||
		    (c->state == best->state && c->since < best->since))
			best = c;
	}
	return best;
}

static int count_from(struct conns *t, const unsigned char *addr)
{
	int n = 0;
	for (struct conn *c = t->head; c; c = c->next)
		n += !c->closing && memcmp(c->addr, addr, 16) == 0;
	return n;
}

/* The reaper wakes at least every second and a head is given at least a
 * second, so a new deadline never comes before its next wake. */
static void set_state(struct conns *t, struct conn *c, enum conn_state st)
{
	c->state = st;
	c->since = monotonic_ms();
	if (st == WAIT_HEAD)
		c->deadline = c->since + (uint64_t)t->lim.head_timeout_ms;
}

struct conn *conns_opened(struct conns *t, int fd, const struct sockaddr *addr)
{
	struct conn *c = xcalloc(1, sizeof(*c));
	enum conns_reason why[2];
	int n = 0;

	c->fd = fd;
	addr_key(addr, c->addr);
	pthread_mutex_lock(&t->lock);
	c->prev = t->tail;
	if (t->tail)
		t->tail->next = c;
	else
		t->head = c;
	t->tail = c;
	t->open++;
	set_state(t, c, WAIT_HEAD);
	if (t->lim.max_per_ip > 0 && t->open > t->lim.max_per_ip &&
	    count_from(t, c->addr) > t->lim.max_per_ip) {
		struct conn *v = victim(t, c, c->addr);
		close_conn(t, v ? v : c);
		why[n++] = v ? CONNS_MADE_ROOM : CONNS_REFUSED;
	}
	if (!c->closing && t->open > t->lim.max) {
		struct conn *v = victim(t, c, NULL);
		close_conn(t, v ? v : c);
		why[n++] = v ? CONNS_MADE_ROOM : CONNS_REFUSED;
	}
	pthread_mutex_unlock(&t->lock);
	for (int i = 0; i < n; i++)
		t->count(t->ctx, why[i]);
	return c;
}

void conns_closed(struct conns *t, struct conn *c)
{
	if (c == NULL)
		return;
	pthread_mutex_lock(&t->lock);
	if (!c->closing)
		t->open--;
	if (c->prev)
		c->prev->next = c->next;
	else
		t->head = c->next;
	if (c->next)
		c->next->prev = c->prev;
	else
		t->tail = c->prev;
	pthread_mutex_unlock(&t->lock);
	free(c);
}

static void change(struct conns *t, struct conn *c, enum conn_state st)
{
	if (c == NULL)
		return;
	pthread_mutex_lock(&t->lock);
	set_state(t, c, st);
	pthread_mutex_unlock(&t->lock);
}

void conns_head_done(struct conns *t, struct conn *c)
{
	change(t, c, BODY);
}

void conns_busy(struct conns *t, struct conn *c)
{
	change(t, c, BUSY);
}

void conns_request_done(struct conns *t, struct conn *c)
{
	change(t, c, WAIT_HEAD);
}

/* Closes every connection past its head's deadline; sleeps until the next
 * deadline (at most a second). */
static void *reaper(void *arg)
{
	struct conns *t = arg;

	pthread_mutex_lock(&t->lock);
	while (!t->stop) {
		uint64_t now = monotonic_ms(), next = now + 1000;
		int closed = 0;
		for (struct conn *c = t->head; c; c = c->next) {
			if (c->closing || c->state != WAIT_HEAD)
				continue;
			if (c->deadline <= now) {
				close_conn(t, c);
				closed++;
			} else if (c->deadline < next) {
				next = c->deadline;
			}
		}
		if (closed) {
			pthread_mutex_unlock(&t->lock);
			for (int i = 0; i < closed; i++)
				t->count(t->ctx, CONNS_HEAD_TIMEOUT);
			pthread_mutex_lock(&t->lock);
			continue;
		}
		struct timespec ts;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		uint64_t wait = next - now;
		ts.tv_sec += (time_t)(wait / 1000);
		ts.tv_nsec += (long)(wait % 1000) * 1000000L;
		if (ts.tv_nsec >= 1000000000L) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000L;
		}
		pthread_cond_timedwait(&t->wake, &t->lock, &ts);
	}
	pthread_mutex_unlock(&t->lock);
	return NULL;
}

struct conns *conns_new(const struct conns_limits *lim,
			void (*count)(void *ctx, enum conns_reason why), void *ctx)
{
	struct conns *t = xcalloc(1, sizeof(*t));
	pthread_condattr_t ca;

	t->lim = *lim;
	t->count = count;
	t->ctx = ctx;
	pthread_mutex_init(&t->lock, NULL);
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&t->wake, &ca);
	pthread_condattr_destroy(&ca);
	if (pthread_create(&t->reaper, NULL, reaper, t) != 0) {
		pthread_cond_destroy(&t->wake);
		pthread_mutex_destroy(&t->lock);
		free(t);
		return NULL;
	}
	return t;
}

void conns_free(struct conns *t)
{
	if (t == NULL)
		return;
	pthread_mutex_lock(&t->lock);
	t->stop = true;
	pthread_cond_signal(&t->wake);
	pthread_mutex_unlock(&t->lock);
	pthread_join(t->reaper, NULL);
	while (t->head) {
		struct conn *c = t->head;
		t->head = c->next;
		free(c);
	}
	pthread_cond_destroy(&t->wake);
	pthread_mutex_destroy(&t->lock);
	free(t);
}
