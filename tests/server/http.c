/* The HTTP front end against hostile clients: slow clients that never
 * finish a request, many connections from one address. */
#include <criterion/criterion.h>
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "common/util.h"
#include "lib/harness.h"
#include "server/client.h"

static struct srv S;

static void teardown(void)
{
	srv_cleanup(&S);
}

TestSuite(http, .fini = teardown, .timeout = 120);

static double now_s(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Seconds a GET /healthz takes; *status gets its status (0: no answer). */
static double healthz_time(struct srv *s, long *status)
{
	struct reply r;
	double t0 = now_s();
	http(s, "GET", "/healthz", NULL, NULL, NULL, &r);
	double dt = now_s() - t0;
	*status = r.status;
	reply_free(&r);
	return dt;
}

/* ---- slowloris: N connections, each sending one header line every
 * DRIBBLE_S seconds and never the end of its head; a connection the server
 * closes is opened again at its next turn, as an attacker would. ---- */

#define SLOW_CLIENTS 300
#define DRIBBLE_S 5.0

struct slowloris {
	int port;
	int fd[SLOW_CLIENTS];
	double next[SLOW_CLIENTS];
	atomic_int stop;
	atomic_int closed_by_server; /* connections the server closed */
	atomic_int open;	     /* connections open right now */
};

/* A connection that has sent its request line; -1 when refused (this runs
 * off the test's thread: no assertions). */
static int slow_open(struct slowloris *sl)
{
	static const char line[] = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)sl->port)};
	a.sin_addr.s_addr = htonl(0x7f000001);
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -1;
	if (connect(fd, (struct sockaddr *)&a, sizeof(a)) < 0 ||
	    send(fd, line, sizeof(line) - 1, MSG_NOSIGNAL) < 0) {
		close(fd);
		return -1;
	}
	return fd;
}

/* Whether the server has closed fd (EOF or reset waiting to be read); fd
 * polled readable. */
static bool slow_closed(int fd)
{
	char c[256];
	ssize_t n = recv(fd, c, sizeof(c), MSG_DONTWAIT);
	return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK);
}

static void *slowloris_run(void *arg)
{
	struct slowloris *sl = arg;
	struct pollfd p[SLOW_CLIENTS];
	int who[SLOW_CLIENTS];
	double t0 = now_s();

	for (int i = 0; i < SLOW_CLIENTS; i++) {
		sl->fd[i] = slow_open(sl);
		/* spread the turns over the dribble interval */
		sl->next[i] = t0 + DRIBBLE_S * (double)i / SLOW_CLIENTS;
	}
	while (!atomic_load(&sl->stop)) {
		int n = 0, open = 0;
		for (int i = 0; i < SLOW_CLIENTS; i++)
			if (sl->fd[i] >= 0) {
				p[n] = (struct pollfd){sl->fd[i], POLLIN, 0};
				who[n++] = i;
			}
		if (poll(p, (nfds_t)n, 20) > 0)
			for (int k = 0; k < n; k++)
				if (p[k].revents && slow_closed(p[k].fd)) {
					close(p[k].fd);
					sl->fd[who[k]] = -1;
					atomic_fetch_add(&sl->closed_by_server, 1);
				}
		double t = now_s();
		for (int i = 0; i < SLOW_CLIENTS; i++) {
			if (t >= sl->next[i]) {
				sl->next[i] = t + DRIBBLE_S;
				if (sl->fd[i] < 0)
					sl->fd[i] = slow_open(sl);
				else if (send(sl->fd[i], "X-a: b\r\n", 8, MSG_NOSIGNAL) < 0) {
					close(sl->fd[i]);
					sl->fd[i] = -1;
				}
			}
			open += sl->fd[i] >= 0;
		}
		atomic_store(&sl->open, open);
	}
	for (int i = 0; i < SLOW_CLIENTS; i++)
		if (sl->fd[i] >= 0)
			close(sl->fd[i]);
	return NULL;
}

Test(http, slow_clients_from_one_address_do_not_starve_health_checks, .timeout = 90)
{
	static struct slowloris sl;
	pthread_t th;
	long status;
	double worst = 0;
	int probes = 0;

	srv_start(&S, NULL, NULL); /* the defaults */
	memset(&sl, 0, sizeof(sl));
	sl.port = S.port;
	cr_assert_eq(pthread_create(&th, NULL, slowloris_run, &sl), 0);
	double t0 = now_s();
	while (atomic_load(&sl.open) < SLOW_CLIENTS / 2 && now_s() - t0 < 5)
		usleep(10000);
	/* 13 s: past the default 10 s bound on a request's head */
	for (double end = now_s() + 13; now_s() < end; probes++) {
		double dt = healthz_time(&S, &status);
		if (status != 200 || dt >= 1.0) {
			atomic_store(&sl.stop, 1);
			pthread_join(th, NULL);
			cr_assert_fail("probe %d: /healthz answered %ld after %.2f s with %d slow "
				       "clients connected",
				       probes, status, dt, atomic_load(&sl.open));
		}
		if (dt > worst)
			worst = dt;
		usleep(900000);
	}
	int open = atomic_load(&sl.open), closed = atomic_load(&sl.closed_by_server);
	atomic_store(&sl.stop, 1);
	pthread_join(th, NULL);
	cr_log_info("%d probes, slowest %.3f s; %d slow connections closed by the server, %d "
		    "open at the end",
		    probes, worst, closed, open);
	cr_assert(probes >= 10);
	/* the first 300 were closed for taking more than 10 s over their head */
	cr_assert(closed >= SLOW_CLIENTS, "the server closed only %d slow connections", closed);
}

/* Reads from fd until it is closed (true) or nothing comes for timeout_s. */
static bool closed_within(int fd, double timeout_s)
{
	char buf[4096];
	double end = now_s() + timeout_s;
	while (now_s() < end) {
		struct pollfd p = {fd, POLLIN, 0};
		if (poll(&p, 1, 50) <= 0)
			continue;
		ssize_t n = recv(fd, buf, sizeof(buf), MSG_DONTWAIT);
		if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK))
			return true;
	}
	return false;
}

Test(http, a_head_that_takes_too_long_is_cut_off_however_it_dribbles)
{
	static const char get[] = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
	char buf[4096];

	srv_start(&S, "request_head_timeout_s: 2\n", NULL);
	/* one byte every 200 ms: the idle timeout (30 s) never fires */
	int fd = raw_connect(S.port, 10);
	double t0 = now_s();
	bool closed = false;
	for (int i = 0; i < 40 && !closed; i++) {
		if (send(fd, i == 0 ? "G" : "X", 1, MSG_NOSIGNAL) < 0 || closed_within(fd, 0.2))
			closed = true;
	}
	double dt = now_s() - t0;
	cr_assert(closed, "a dribbling head is still open after %.1f s", dt);
	cr_assert(dt >= 1.8 && dt < 3.5, "closed after %.1f s, not about 2", dt);
	close(fd);

	/* a kept-alive connection has the bound anew for each request */
	fd = raw_connect(S.port, 10);
	for (int i = 0; i < 2; i++) {
		cr_assert_eq(send(fd, get, sizeof(get) - 1, MSG_NOSIGNAL),
			     (ssize_t)sizeof(get) - 1);
		ssize_t n = recv(fd, buf, sizeof(buf) - 1, 0);
		cr_assert(n > 12 && strncmp(buf, "HTTP/1.1 200", 12) == 0, "request %d answered",
			  i);
		usleep(1500000);
	}
	cr_assert(closed_within(fd, 1.5), "idle past the bound, the connection is closed");
	close(fd);
}

Test(http, a_post_may_wait_longer_than_every_timeout)
{
	struct reply r;

	srv_start(&S, "request_head_timeout_s: 1\nconnection_timeout_s: 1\n", NULL);
	submit(&S, S.user, "bash", "sleep 3; echo done", NULL, &r);
	cr_assert_eq(r.status, 201, "%ld %s", r.status, r.body);
	cr_assert_str_eq(jstr(r.json, "stdout"), "done\n");
	reply_free(&r);
}

Test(http, one_address_at_its_limit_closes_its_oldest_idle_connection)
{
	int fd[4];
	long status;
	struct reply r;

	srv_start(&S, "max_connections_per_ip: 4\n", NULL);
	for (int i = 0; i < 4; i++) {
		fd[i] = raw_connect(S.port, 10);
		cr_assert_eq(send(fd[i], "GET / HTTP/1.1\r\n", 16, MSG_NOSIGNAL), 16);
		usleep(20000);
	}
	/* a fifth connection from the address gets in: the oldest makes room */
	double dt = healthz_time(&S, &status);
	cr_assert_eq(status, 200);
	cr_assert(dt < 1.0);
	cr_assert(closed_within(fd[0], 2), "the oldest unfinished connection was closed");
	for (int i = 1; i < 4; i++)
		cr_assert(!closed_within(fd[i], 0.05), "connection %d is left alone", i);
	for (int i = 0; i < 4; i++)
		close(fd[i]);

	/* four requests busy (waiting for their executions): a fifth
	 * connection finds nothing to close and is refused */
	static const char body[] = "{\"language\":\"bash\",\"code\":\"sleep 2\"}";
	char req[512], buf[8192];
	int len = snprintf(req, sizeof(req),
			   "POST /v1/executions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\n"
			   "Content-Type: application/json\r\nContent-Length: %zu\r\n\r\n%s",
			   S.user, sizeof(body) - 1, body);
	for (int i = 0; i < 4; i++) {
		fd[i] = raw_connect(S.port, 20);
		cr_assert_eq(send(fd[i], req, (size_t)len, MSG_NOSIGNAL), len);
	}
	usleep(300000);
	bool closed;
	char *got =
	    raw_exchange(S.port, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", 35, 5, &closed);
	cr_assert(closed && got[0] == 0, "refused without an answer: '%.40s'", got);
	free(got);
	for (int i = 0; i < 4; i++) {
		ssize_t n = recv(fd[i], buf, sizeof(buf) - 1, 0);
		cr_assert(n > 12 && strncmp(buf, "HTTP/1.1 201", 12) == 0,
			  "busy request %d answered", i);
		close(fd[i]);
	}
	cr_assert_eq(healthz_time(&S, &status) < 1.0 && status == 200, true);
	http(&S, "GET", "/metrics", NULL, NULL, NULL, &r);
	/* (connections this test closed itself may have been made room from
	 * before the server saw them end) */
	const char *m = strstr(r.body, "reason=\"connection_made_room\"} ");
	cr_assert(m && atoi(m + 31) >= 1, "%s", r.body);
	cr_assert(strstr(r.body, "reason=\"connection_refused\"} 1\n"), "%s", r.body);
	reply_free(&r);
}

/* ---- framing (RFC 9112 §6): bytes a proxy and the server could read as
 * different requests are refused with 400, the connection closed. ---- */

static const char exec_head[] = "POST /v1/executions HTTP/1.1\r\nHost: x\r\n"
				"Authorization: Bearer %s\r\nContent-Type: application/json\r\n";

/* A whole request that creates an execution printing `marker`. */
static char *exec_request(const char *marker)
{
	char body[128], *req;
	snprintf(body, sizeof(body), "{\"language\":\"bash\",\"code\":\"echo %s\"}", marker);
	cr_assert(asprintf(&req,
			   "POST /v1/executions HTTP/1.1\r\nHost: x\r\n"
			   "Authorization: Bearer %s\r\nContent-Type: application/json\r\n"
			   "Content-Length: %zu\r\n\r\n%s",
			   S.user, strlen(body), body) > 0);
	return req;
}

static int count_of(const char *hay, const char *needle)
{
	int n = 0;
	for (const char *p = hay; (p = strstr(p, needle)) != NULL; p++)
		n++;
	return n;
}

/* Sends req; asserts one answer with that status and Connection: close,
 * and that the server closed the connection. */
static void refused_and_closed(const char *req, size_t len, const char *status, const char *what)
{
	bool closed;
	char *got = raw_exchange(S.port, req, len, 5, &closed);
	cr_assert(strncmp(got, status, strlen(status)) == 0, "%s: answered '%.60s'", what, got);
	cr_assert(strcasestr(got, "\r\nConnection: close\r\n"), "%s: no Connection: close in %s",
		  what, got);
	cr_assert(closed, "%s: the connection stays open", what);
	cr_assert_eq(count_of(got, "HTTP/1.1 "), 1, "%s: one answer only, got %s", what, got);
	cr_assert(strstr(got, "{\"error\":"), "%s: a JSON error: %s", what, got);
	free(got);
}

/* No execution was created by the user key. */
static void no_execution(const char *what)
{
	struct reply r;
	http(&S, "GET", "/v1/executions", S.user, NULL, NULL, &r);
	cr_assert_eq(r.status, 200);
	cr_assert_eq(json_array_size(json_object_get(r.json, "executions")), 0,
		     "%s: an execution was created: %s", what, r.body);
	reply_free(&r);
}

Test(http, two_content_lengths_are_refused_and_nothing_is_smuggled)
{
	srv_start(&S, NULL, NULL);
	char *first = exec_request("first"), *smuggled = exec_request("smuggled");
	const char *body = strstr(first, "\r\n\r\n") + 4;
	char *req;
	/* a proxy that takes the second length forwards both requests as one */
	int len = asprintf(&req, exec_head, S.user);
	cr_assert(len > 0);
	char *full;
	len = asprintf(&full, "%sContent-Length: %zu\r\nContent-Length: %zu\r\n\r\n%s%s", req,
		       strlen(body), strlen(body) + strlen(smuggled), body, smuggled);
	refused_and_closed(full, (size_t)len, "HTTP/1.1 400", "two different lengths");
	free(full);
	/* the same length twice is refused too (RFC 9110 §8.6 allows either) */
	len = asprintf(&full, "%sContent-Length: %zu\r\nContent-Length: %zu\r\n\r\n%s", req,
		       strlen(body), strlen(body), body);
	refused_and_closed(full, (size_t)len, "HTTP/1.1 400", "the same length twice");
	free(full);
	no_execution("two Content-Length headers");
	free(req);
	free(first);
	free(smuggled);
}

Test(http, content_length_with_chunked_is_refused_and_nothing_is_smuggled)
{
	srv_start(&S, NULL, NULL);
	char *first = exec_request("first"), *smuggled = exec_request("smuggled");
	const char *body = strstr(first, "\r\n\r\n") + 4;
	char *head, *chunked, *full;
	cr_assert(asprintf(&head, exec_head, S.user) > 0);
	cr_assert(asprintf(&chunked, "%zx\r\n%s\r\n0\r\n\r\n%s", strlen(body), body, smuggled) > 0);
	/* a proxy that goes by Content-Length sees one request */
	int len = asprintf(&full, "%sContent-Length: %zu\r\nTransfer-Encoding: chunked\r\n\r\n%s",
			   head, strlen(chunked), chunked);
	refused_and_closed(full, (size_t)len, "HTTP/1.1 400", "Content-Length and chunked");
	free(full);
	len = asprintf(&full, "%sTransfer-Encoding: chunked\r\nContent-Length: %zu\r\n\r\n%s", head,
		       strlen(chunked), chunked);
	refused_and_closed(full, (size_t)len, "HTTP/1.1 400", "chunked and Content-Length");
	free(full);
	no_execution("Content-Length with chunked");

	/* chunked alone is fine, and so is the request after it */
	len = asprintf(
	    &full,
	    "%sTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n%zx\r\n%s\r\n0\r\n\r\n", head,
	    strlen(body), body);
	bool closed;
	char *got = raw_exchange(S.port, full, (size_t)len, 20, &closed);
	cr_assert(strncmp(got, "HTTP/1.1 201", 12) == 0, "%.80s", got);
	free(got);
	free(full);
	free(chunked);
	free(head);
	free(first);
	free(smuggled);
}

Test(http, other_transfer_codings_and_malformed_heads_are_refused)
{
	static const struct {
		const char *head, *status, *what;
	} cases[] = {
	    {"Transfer-Encoding: gzip, chunked\r\n", "HTTP/1.1 501", "a coding besides chunked"},
	    {"Transfer-Encoding: gzip\r\n", "HTTP/1.1 400", "chunked not last"},
	    {"Transfer-Encoding: chunked\r\nTransfer-Encoding: gzip\r\n", "HTTP/1.1 400",
	     "chunked then gzip"},
	    {"Transfer-Encoding: chunked, chunked\r\n", "HTTP/1.1 400", "chunked twice"},
	    {"Transfer-Encoding: \r\n", "HTTP/1.1 400", "an empty Transfer-Encoding"},
	    {"Transfer-Encoding: chunked \r\n", "HTTP/1.1 400", "chunked and a space"},
	    {"Content-Length: 5\r\n 6\r\n", "HTTP/1.1 400", "a folded Content-Length"},
	    {"Content-Length : 5\r\n", "HTTP/1.1 400", "a space before the colon"},
	    {"Host: y\r\n", "HTTP/1.1 400", "two Host headers"},
	};
	char *head;
	srv_start(&S, NULL, NULL);
	cr_assert(asprintf(&head, exec_head, S.user) > 0);
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		char *req;
		int len = asprintf(&req, "%s%s\r\n5\r\n{\"a\":\r\n0\r\n\r\n", head, cases[i].head);
		refused_and_closed(req, (size_t)len, cases[i].status, cases[i].what);
		free(req);
	}
	static const struct {
		const char *req, *status, *what;
	} raw[] = {
	    {"POST /v1/executions HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
	     "HTTP/1.1 400", "chunked in HTTP/1.0"},
	    {"GET /healthz HTTP/1.1\r\n\r\n", "HTTP/1.1 400", "HTTP/1.1 without Host"},
	    {"G\xff"
	     "T /healthz HTTP/1.1\r\nHost: x\r\n\r\n",
	     "HTTP/1.1 400", "a method that is not a token"},
	    {"GET /healthz%00.html HTTP/1.1\r\nHost: x\r\n\r\n", "HTTP/1.1 400",
	     "a NUL in the path"},
	    {"GET /v1/executions?status=ok%00x HTTP/1.1\r\nHost: x\r\n\r\n", "HTTP/1.1 400",
	     "a NUL in the query"},
	    {"GET /heal\x01thz HTTP/1.1\r\nHost: x\r\n\r\n", "HTTP/1.1 400",
	     "a control byte in the target"},
	    {"GET /heal\rthz HTTP/1.1\r\nHost: x\r\n\r\n", "HTTP/1.1 400", "a CR in the target"},
	    {"GET /heal thz HTTP/1.1\r\nHost: x\r\n\r\n", "HTTP/1.1 400", "a space in the target"},
	};
	for (size_t i = 0; i < ARRAY_SIZE(raw); i++)
		refused_and_closed(raw[i].req, strlen(raw[i].req), raw[i].status, raw[i].what);
	no_execution("malformed heads");

	/* a body larger than max_body_kb by its Content-Length: 413 at once,
	 * without reading it */
	char *req;
	int len = asprintf(&req, "%sContent-Length: 99999999\r\n\r\n{", head);
	refused_and_closed(req, (size_t)len, "HTTP/1.1 413", "a declared body over the limit");
	free(req);
	free(head);
}
