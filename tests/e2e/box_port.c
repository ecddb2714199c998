/*
 * A box's ports through the engine (box_connect): a server a command
 * started on the box's loopback is reached from outside, on 127.0.0.1 or
 * ::1; a port nobody listens on, a box without loopback and a paused one
 * say so. Root and rootless.
 */
#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <poll.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "engine/box.h"
#include "lib/box.h"

static struct box *box;

static void teardown(void)
{
	test_box_end();
	box = NULL;
}

static struct box *loopback_box(enum net_mode net)
{
	struct box_spec spec;

	memset(&spec, 0, sizeof(spec));
	limits_default(&spec.limits);
	spec.limits.memory_limit_mb = 256;
	spec.limits.disk_limit_mb = 16;
	spec.limits.net = net;
	return test_box_start(&spec);
}

/* A server that answers each connection's first line with "pong LINE",
 * started in the background on addr:port; waits until it listens. */
static void serve(const char *addr, unsigned port)
{
	char cmd[1024];
	snprintf(cmd, sizeof(cmd),
		 "cat > srv.py <<'EOF'\n"
		 "import socket, sys\n"
		 "fam = socket.AF_INET6 if ':' in sys.argv[1] else socket.AF_INET\n"
		 "s = socket.socket(fam)\n"
		 "s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
		 "s.bind((sys.argv[1], int(sys.argv[2]))); s.listen(8)\n"
		 "open('ready', 'w').close()\n"
		 "while True:\n"
		 "    c, _ = s.accept(); line = c.makefile('rb').readline()\n"
		 "    c.sendall(b'pong ' + line); c.close()\n"
		 "EOF\n"
		 "python3 srv.py %s %u >/dev/null 2>&1 &\n"
		 "for i in $(seq 100); do [ -e ready ] && exit 0; sleep 0.05; done; exit 1",
		 addr, port);
	struct step_result r = test_box_sh(box, cmd, 20);
	cr_assert_eq(r.status, STATUS_OK, "the server did not start: %s", r.err.data);
	test_box_done(&r);
}

static void ping(unsigned port, const char *what)
{
	err_t err;
	int fd;
	char buf[64] = "";

	cr_assert_eq(box_connect(box, port, 2000, &fd, &err), 0, "%s", err.msg);
	cr_assert_eq(write(fd, what, strlen(what)), (ssize_t)strlen(what));
	struct pollfd p = {fd, POLLIN, 0};
	size_t got = 0;
	while (got + 1 < sizeof(buf) && poll(&p, 1, 5000) == 1) {
		ssize_t n = read(fd, buf + got, sizeof(buf) - 1 - got);
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	buf[got] = 0;
	close(fd);
	char want[64];
	snprintf(want, sizeof(want), "pong %s", what);
	cr_assert_str_eq(buf, want);
}

TestSuite(box_port, .fini = teardown, .timeout = 60);

Test(box_port, a_server_on_loopback_is_reached)
{
	box = loopback_box(NET_LOOPBACK);
	serve("127.0.0.1", 8000);
	ping(8000, "one\n");
	ping(8000, "two\n"); /* a connection each time */
}

Test(box_port, a_server_on_ipv6_loopback_is_reached)
{
	box = loopback_box(NET_LOOPBACK);
	serve("::1", 3000);
	ping(3000, "six\n");
}

Test(box_port, nothing_listening_is_refused_at_once)
{
	err_t err;
	int fd = 7;

	box = loopback_box(NET_LOOPBACK);
	cr_assert_eq(box_connect(box, 8001, 2000, &fd, &err), -1);
	cr_assert_eq(err.errnum, ECONNREFUSED, "%d %s", err.errnum, err.msg);
	cr_assert(strstr(err.msg, "nothing listens on port 8001"), "%s", err.msg);
	cr_assert_eq(fd, -1);
	cr_assert_eq(box_connect(box, 0, 2000, &fd, &err), -1);
	cr_assert_eq(err.errnum, EINVAL);
	cr_assert_eq(box_connect(box, 65536, 2000, &fd, &err), -1);
	cr_assert_eq(err.errnum, EINVAL);
	/* and the box goes on serving its commands */
	struct step_result r = test_box_sh(box, "echo fine", 10);
	cr_assert_str_eq(r.out.data, "fine\n");
	test_box_done(&r);
}

Test(box_port, a_box_without_loopback_has_no_ports)
{
	err_t err;
	int fd;

	box = loopback_box(NET_NONE);
	cr_assert_eq(box_connect(box, 8000, 2000, &fd, &err), -1);
	cr_assert_eq(err.errnum, ENETUNREACH, "%s", err.msg);
}

Test(box_port, an_ended_box_says_so)
{
	err_t err;
	int fd;

	box = loopback_box(NET_LOOPBACK);
	box_kill(box, "test");
	cr_assert_eq(box_connect(box, 8000, 2000, &fd, &err), -1);
	cr_assert_eq(err.errnum, ESRCH, "%s", err.msg);
}

/* The connection is to the box's own loopback, not the host's: a port the
 * host listens on is not reached through a box that listens on nothing. */
Test(box_port, the_hosts_loopback_is_not_the_boxs)
{
	err_t err;
	int fd, one = 1;
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
	socklen_t len = sizeof(a);
	int l = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);

	cr_assert_geq(l, 0);
	setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	cr_assert_eq(bind(l, (struct sockaddr *)&a, sizeof(a)), 0);
	cr_assert_eq(listen(l, 4), 0);
	cr_assert_eq(getsockname(l, (struct sockaddr *)&a, &len), 0);
	box = loopback_box(NET_LOOPBACK);
	cr_assert_eq(box_connect(box, ntohs(a.sin_port), 2000, &fd, &err), -1);
	cr_assert_eq(err.errnum, ECONNREFUSED, "%s", err.msg);
	close(l);
}

static int open_fds(void)
{
	int n = 0;
	DIR *d = opendir("/proc/self/fd");
	cr_assert(d != NULL);
	while (readdir(d))
		n++;
	closedir(d);
	return n;
}

/* Connections made, refused, and answered leave no descriptor behind. */
Test(box_port, nothing_is_left_open)
{
	err_t err;
	int fd;

	box = loopback_box(NET_LOOPBACK);
	serve("127.0.0.1", 8000);
	ping(8000, "warm\n");
	int before = open_fds();
	for (int i = 0; i < 50; i++) {
		ping(8000, "again\n");
		cr_assert_eq(box_connect(box, 8002, 2000, &fd, &err), -1);
	}
	cr_assert_eq(open_fds(), before);
}
