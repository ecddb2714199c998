/*
 * The proxy in this process (src/net/proxy.c), in a network namespace the
 * test makes for itself (criterion runs each test in a process of its own):
 * loopback only, a tiny server on it. Here: what the end-to-end tests
 * cannot reach cheaply -- the connection and byte limits, the log's cap,
 * 502, and the service's own ports.
 */
#include <arpa/inet.h>
#include <criterion/criterion.h>
#include <errno.h>
#include <net/if.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include "common/fdpass.h"
#include "net/proxy.h"

/* A network namespace of our own with lo up: nothing here reaches anything
 * else. As root a new one; otherwise in a new user namespace. */
static void private_network(void)
{
	if (unshare(geteuid() == 0 ? CLONE_NEWNET : CLONE_NEWUSER | CLONE_NEWNET) < 0)
		cr_skip_test("cannot make a network namespace: %s", strerror(errno));
	int fd = socket(AF_INET, SOCK_DGRAM, 0);
	struct ifreq ifr = {0};
	strcpy(ifr.ifr_name, "lo");
	cr_assert_eq(ioctl(fd, SIOCGIFFLAGS, &ifr), 0);
	ifr.ifr_flags |= IFF_UP;
	cr_assert_eq(ioctl(fd, SIOCSIFFLAGS, &ifr), 0);
	close(fd);
}

static int listen_on(uint16_t port)
{
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(port)};
	int s = socket(AF_INET, SOCK_STREAM, 0), one = 1;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	cr_assert_eq(bind(s, (struct sockaddr *)&a, sizeof(a)), 0, "%s", strerror(errno));
	cr_assert_eq(listen(s, 64), 0);
	return s;
}

/* The destination: answers every connection with `size` bytes and closes. */
struct server {
	int fd;
	size_t size;
};

static void *serve(void *arg)
{
	struct server *s = arg;
	static char chunk[65536];
	memset(chunk, 'x', sizeof(chunk));
	for (;;) {
		int c = accept(s->fd, NULL, NULL);
		if (c < 0)
			return NULL;
		char head[4096];
		ssize_t n = read(c, head, sizeof(head));
		(void)n;
		char line[128];
		int l = snprintf(line, sizeof(line),
				 "HTTP/1.1 200 OK\r\nContent-Length: %zu\r\n\r\n", s->size);
		/* MSG_NOSIGNAL: the proxy may cut the connection while this
		 * writes (the byte limit), which must not SIGPIPE the tests */
		(void)!send(c, line, (size_t)l, MSG_NOSIGNAL);
		for (size_t left = s->size; left > 0;) {
			ssize_t w = send(c, chunk, left < sizeof(chunk) ? left : sizeof(chunk),
					 MSG_NOSIGNAL);
			if (w <= 0)
				break;
			left -= (size_t)w;
		}
		close(c);
	}
}

/* Starts the proxy on 127.0.0.1:3128 with p; returns it. */
static struct proxy *start(const struct egress_policy *p)
{
	int sv[2], lst = listen_on(3128);
	struct proxy *px;
	err_t err;
	signal(SIGPIPE, SIG_IGN); /* as every airlock command that runs the proxy */
	cr_assert_eq(socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv), 0);
	cr_assert_eq(send_fds(sv[1], "p", 1, &lst, 1), 1);
	close(lst);
	close(sv[1]);
	cr_assert_eq(proxy_start(p, sv[0], &px, &err), 0, "%s", err.msg);
	return px;
}

/* One request through the proxy; the status code, and the body's length. */
static int ask(const char *head, size_t *body)
{
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(3128)};
	int s = socket(AF_INET, SOCK_STREAM, 0);
	static char buf[1 << 20];
	size_t len = 0;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	cr_assert_eq(connect(s, (struct sockaddr *)&a, sizeof(a)), 0);
	cr_assert_eq(write(s, head, strlen(head)), (ssize_t)strlen(head));
	for (ssize_t n;
	     (n = read(s, buf + (len < sizeof(buf) - 1 ? len : 0),
		       len < sizeof(buf) - 1 ? sizeof(buf) - 1 - len : sizeof(buf) - 1)) > 0;)
		len += (size_t)n;
	close(s);
	buf[len < sizeof(buf) - 1 ? len : sizeof(buf) - 1] = '\0';
	const char *end = strstr(buf, "\r\n\r\n");
	if (body)
		*body = end ? len - (size_t)(end + 4 - buf) : 0;
	int code = 0;
	sscanf(buf, "HTTP/1.1 %d", &code);
	return code;
}

static struct egress_policy policy(void)
{
	struct egress_policy p;
	err_t err;
	egress_policy_init(&p);
	p.allow_private = true; /* the destination is on loopback */
	cr_assert_eq(egress_add_rule(&p, "dest.test:8000", &err), 0, "%s", err.msg);
	cr_assert_eq(egress_add_resolve(&p, "dest.test:127.0.0.1", &err), 0, "%s", err.msg);
	return p;
}

static const char get[] = "GET http://dest.test:8000/ HTTP/1.1\r\nHost: dest.test:8000\r\n\r\n";

Test(net_proxy, relays_and_logs_bytes)
{
	private_network();
	struct server srv = {listen_on(8000), 100000};
	pthread_t t;
	pthread_create(&t, NULL, serve, &srv);
	struct egress_policy p = policy();
	struct proxy *px = start(&p);
	size_t body;
	cr_assert_eq(ask(get, &body), 200);
	cr_assert_eq(body, 100000);
	struct egress_log log;
	proxy_stop(px, &log);
	cr_assert_eq(log.n, 1);
	cr_assert(log.v[0].allowed);
	cr_assert_str_eq(log.v[0].host, "dest.test");
	cr_assert_eq(log.v[0].port, 8000);
	cr_assert_gt(log.v[0].bytes_received, 100000);
	cr_assert_gt(log.v[0].bytes_sent, 0);
	egress_log_free(&log);
}

Test(net_proxy, the_connection_limit_refuses_the_rest)
{
	private_network();
	struct server srv = {listen_on(8000), 10};
	pthread_t t;
	pthread_create(&t, NULL, serve, &srv);
	struct egress_policy p = policy();
	p.max_connections = 2;
	struct proxy *px = start(&p);
	cr_assert_eq(ask(get, NULL), 200);
	cr_assert_eq(ask(get, NULL), 200);
	cr_assert_eq(ask(get, NULL), 403);
	struct egress_log log;
	proxy_stop(px, &log);
	cr_assert_eq(log.n, 3);
	cr_assert(strstr(log.v[2].reason, "connection limit"), "%s", log.v[2].reason);
	egress_log_free(&log);
}

Test(net_proxy, the_byte_limit_cuts_and_refuses)
{
	private_network();
	struct server srv = {listen_on(8000), 4 << 20};
	pthread_t t;
	pthread_create(&t, NULL, serve, &srv);
	struct egress_policy p = policy();
	p.max_bytes = 1 << 20;
	struct proxy *px = start(&p);
	size_t body;
	cr_assert_eq(ask(get, &body), 200);
	cr_assert_lt(body, 4 << 20, "the download was cut");
	cr_assert_eq(ask(get, NULL), 403);
	struct egress_log log;
	proxy_stop(px, &log);
	cr_assert(strstr(log.v[0].reason, "byte limit"), "%s", log.v[0].reason);
	cr_assert(strstr(log.v[1].reason, "byte limit"), "%s", log.v[1].reason);
	egress_log_free(&log);
}

Test(net_proxy, the_log_keeps_256_and_counts_the_rest)
{
	private_network();
	struct egress_policy p = policy();
	struct proxy *px = start(&p);
	for (int i = 0; i < EGRESS_LOG_MAX + 5; i++)
		cr_assert_eq(ask("CONNECT other.test:443 HTTP/1.1\r\n\r\n", NULL), 403);
	struct egress_log log;
	proxy_stop(px, &log);
	cr_assert_eq(log.n, EGRESS_LOG_MAX);
	cr_assert_eq(log.dropped, 5);
	egress_log_free(&log);
}

Test(net_proxy, an_unreachable_destination_is_502)
{
	private_network();
	struct egress_policy p = policy(); /* nothing listens on 8000 */
	struct proxy *px = start(&p);
	cr_assert_eq(ask(get, NULL), 502);
	struct egress_log log;
	proxy_stop(px, &log);
	cr_assert(log.v[0].allowed, "allowed, and failed");
	cr_assert(strstr(log.v[0].reason, "cannot connect"), "%s", log.v[0].reason);
	egress_log_free(&log);
}

Test(net_proxy, the_services_own_ports_are_refused_even_with_allow_private)
{
	private_network();
	struct server srv = {listen_on(8000), 10};
	pthread_t t;
	pthread_create(&t, NULL, serve, &srv);
	struct egress_policy p = policy();
	p.own_ports[p.nown_ports++] = 8000;
	struct proxy *px = start(&p);
	cr_assert_eq(ask(get, NULL), 403);
	struct egress_log log;
	proxy_stop(px, &log);
	cr_assert(strstr(log.v[0].reason, "own service port"), "%s", log.v[0].reason);
	egress_log_free(&log);
}

/* A new allow-list (a sandbox's, changed while it lives): requests from
 * then on are checked against it, names it does not hold are refused, and
 * a tunnel already open to a host it drops is cut (a CONNECT could not
 * otherwise outlive its permission). The other settings stay: other.test
 * still resolves as the first policy said. */
Test(net_proxy, a_new_allow_list_applies_to_the_next_requests_and_cuts_dropped_tunnels)
{
	private_network();
	struct server srv = {listen_on(8000), 100};
	pthread_t t;
	pthread_create(&t, NULL, serve, &srv);
	struct egress_policy p = policy(), next;
	err_t err;
	cr_assert_eq(egress_add_resolve(&p, "other.test:127.0.0.1", &err), 0, "%s", err.msg);
	struct proxy *px = start(&p);
	static const char other[] =
	    "GET http://other.test:8000/ HTTP/1.1\r\nHost: other.test:8000\r\n\r\n";
	cr_assert_eq(ask(get, NULL), 200);
	cr_assert_eq(ask(other, NULL), 403);

	/* a tunnel to dest.test, open while the list changes */
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(3128)};
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	int tun = socket(AF_INET, SOCK_STREAM, 0);
	static const char connect_head[] =
	    "CONNECT dest.test:8000 HTTP/1.1\r\nHost: dest.test:8000\r\n\r\n";
	cr_assert_eq(connect(tun, (struct sockaddr *)&a, sizeof(a)), 0);
	cr_assert_eq(write(tun, connect_head, strlen(connect_head)), (ssize_t)strlen(connect_head));
	char buf[256];
	ssize_t n = read(tun, buf, sizeof(buf) - 1);
	cr_assert_gt(n, 0);
	buf[n] = '\0';
	cr_assert(strstr(buf, " 200 "), "%s", buf);

	egress_policy_init(&next);
	cr_assert_eq(egress_add_rule(&next, "other.test:8000", &err), 0, "%s", err.msg);
	proxy_update(px, &next);
	struct timeval tv = {.tv_sec = 10};
	setsockopt(tun, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	cr_assert_eq(read(tun, buf, sizeof(buf)), 0, "the tunnel to dest.test is cut");
	close(tun);
	cr_assert_eq(ask(get, NULL), 403, "dest.test is off the list now");
	cr_assert_eq(ask(other, NULL), 200, "other.test is on it, resolved as before");

	/* an empty list: nothing */
	egress_policy_init(&next);
	proxy_update(px, &next);
	cr_assert_eq(ask(other, NULL), 403);

	struct egress_log log;
	proxy_stop(px, &log);
	bool cut = false;
	for (size_t i = 0; i < log.n; i++)
		cut |= strstr(log.v[i].reason, "allow-list changed") != NULL;
	cr_assert(cut, "the cut tunnel's record says why");
	egress_log_free(&log);
}

/* Updates from another thread while requests flow: every request is
 * answered by the list in force when it was decided (200 or 403) or cut
 * when a later list dropped its host (closed without an answer), no
 * update waits forever, and the proxy stops cleanly after them. */
struct flipper {
	struct proxy *px;
	volatile int stop;
	int updates;
};

static void *flip(void *arg)
{
	struct flipper *f = arg;
	struct egress_policy on = policy(), off;
	egress_policy_init(&off);
	while (!f->stop) {
		proxy_update(f->px, f->updates % 2 ? &on : &off);
		f->updates++;
		usleep(500); /* time for some requests to complete under each */
	}
	return NULL;
}

Test(net_proxy, updates_race_requests_safely)
{
	private_network();
	struct server srv = {listen_on(8000), 1000};
	pthread_t t, u;
	pthread_create(&t, NULL, serve, &srv);
	struct egress_policy p = policy();
	struct flipper f = {start(&p), 0, 0};
	pthread_create(&u, NULL, flip, &f);
	int ok = 0, refused = 0, cut = 0, n = 0;
	/* until the list changed often and both answered (not a time: a
	 * slow machine only takes more requests) */
	while (n < 50000 && !(f.updates >= 20 && ok > 0 && refused > 0)) {
		int code = ask(get, NULL);
		cr_assert(code == 200 || code == 403 || code == 0, "request %d: %d", n, code);
		code == 200 ? ok++ : code == 403 ? refused++ : cut++;
		n++;
	}
	f.stop = 1;
	pthread_join(u, NULL);
	cr_assert(f.updates >= 20 && ok > 0 && refused > 0,
		  "both lists answered while the list changed (%d allowed, %d refused, %d "
		  "updates)",
		  ok, refused, f.updates);
	struct egress_log log;
	proxy_stop(f.px, &log);
	cr_assert_eq(log.n + log.dropped, (size_t)n);
	egress_log_free(&log);
	cr_log_info("%d allowed, %d refused, %d cut, %d updates", ok, refused, cut, f.updates);
}
