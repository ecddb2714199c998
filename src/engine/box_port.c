/*
 * A connection to a port of a box (box.h's box_connect): a server that a
 * command started on the box's loopback, reached from outside. The box
 * has no interface but its own loopback and the supervisor is in another
 * network namespace, so the box's init, which is in the box's, starts the
 * connection and hands the socket out (box_proto.h, BOX_MSG_CONNECT).
 * Nothing of the box's network is opened to anything else: the socket is
 * the caller's alone.
 */
#include <errno.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "common/fdpass.h"
#include "engine/box_internal.h"
#include "engine/box_proto.h"

/* Milliseconds left until deadline (CLOCK_MONOTONIC ms), at least 0. */
static int left_ms(uint64_t deadline)
{
	uint64_t now = monotonic_ms();
	return now >= deadline ? 0 : (int)(deadline - now);
}

/* The first of the started connections that is established: its socket
 * (the others closed), or -1 with err. Loopback answers within
 * microseconds; timeout_ms bounds a server too busy to accept. */
static int pick(int *fds, int n, uint16_t port, uint64_t deadline, err_t *err)
{
	int refused = 0, last = 0;

	while (refused < n) {
		struct pollfd p[2];
		for (int i = 0; i < n; i++)
			p[i] = (struct pollfd){fds[i], fds[i] >= 0 ? POLLOUT : 0, 0};
		int rc = poll(p, (nfds_t)n, left_ms(deadline));
		if (rc < 0 && errno == EINTR)
			continue;
		if (rc <= 0)
			break;
		for (int i = 0; i < n; i++) {
			if (fds[i] < 0 || p[i].revents == 0)
				continue;
			int e = 0;
			socklen_t len = sizeof(e);
			if (getsockopt(fds[i], SOL_SOCKET, SO_ERROR, &e, &len) < 0)
				e = errno;
			if (e == 0) {
				int fd = fds[i];
				fds[i] = -1;
				return fd;
			}
			last = e;
			close(fds[i]);
			fds[i] = -1;
			refused++;
		}
	}
	if (refused == n)
		return err_say(err, last == ECONNREFUSED ? ECONNREFUSED : last,
			       "nothing listens on port %u in the sandbox", (unsigned)port);
	return err_say(err, ETIMEDOUT, "port %u in the sandbox did not accept within %d ms",
		       (unsigned)port, left_ms(deadline));
}

int box_connect(struct box *b, unsigned port, int timeout_ms, int *out, err_t *err)
{
	int sv[2], fds[2] = {-1, -1}, nfds = 0;

	*out = -1;
	if (port == 0 || port > 65535)
		return err_say(err, EINVAL, "port %u: a port is 1 to 65535", port);
	if (b->plan.net == NET_NONE)
		return err_say(err, ENETUNREACH,
			       "the sandbox has no network, not even loopback: make it with "
			       "net loopback to reach its ports");
	pthread_mutex_lock(&b->lock);
	bool ended = b->ended || b->why[0] != '\0', paused = b->paused;
	pthread_mutex_unlock(&b->lock);
	if (ended)
		return err_say(err, ESRCH, "the box has ended");
	if (paused)
		return err_say(err, EAGAIN, "the box is paused; resume it first");
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0)
		return err_set(err, errno, "socketpair");

	uint64_t deadline = monotonic_ms() + (uint64_t)(timeout_ms > 0 ? timeout_ms : 1);
	struct box_msg m = {.magic = BOX_MSG_MAGIC, .kind = BOX_MSG_CONNECT, .flags = port};
	pthread_mutex_lock(&b->ctl_lock);
	ssize_t n = send_fds(b->ctl, &m, sizeof(m), &sv[1], 1);
	pthread_mutex_unlock(&b->ctl_lock);
	close(sv[1]);
	if (n != (ssize_t)sizeof(m)) {
		close(sv[0]);
		return err_say(err, ESRCH, "the box has ended");
	}

	/* init's answer: the sockets, or why there are none */
	struct box_connect_reply r = {0};
	struct pollfd p = {sv[0], POLLIN, 0};
	int rc;
	while ((rc = poll(&p, 1, left_ms(deadline))) < 0 && errno == EINTR)
		;
	bool cut = false;
	n = rc > 0 ? recv_fds(sv[0], &r, sizeof(r), fds, 2, &nfds, MSG_DONTWAIT, &cut) : -1;
	close(sv[0]);
	if (rc == 0)
		return err_say(err, ETIMEDOUT, "the box did not answer within %d ms", timeout_ms);
	if (n <= 0)
		return err_say(err, ESRCH, "the box has ended");
	if (nfds == 0) {
		int e = r.errnum > 0 ? r.errnum : EIO;
		return err_set(err, e, "cannot connect to port %u in the sandbox", port);
	}
	int fd = pick(fds, nfds, (uint16_t)port, deadline, err);
	for (int i = 0; i < nfds; i++)
		if (fds[i] >= 0)
			close(fds[i]);
	if (fd < 0)
		return -1;
	*out = fd;
	return 0;
}
