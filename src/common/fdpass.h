/*
 * Descriptors passed over a Unix socket (SCM_RIGHTS) with one message: the
 * sandbox hands its supervisor the seccomp listener and the work directory,
 * a supervisor hands a warm template a run's plan, a template answers with
 * a pidfd. Neither function allocates: both are safe right after clone().
 */
#ifndef AIRLOCK_FDPASS_H
#define AIRLOCK_FDPASS_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#define FDPASS_MAX 16

/* Sends len bytes of data with nfds (0..FDPASS_MAX) descriptors;
 * sendmsg's result (MSG_NOSIGNAL). */
ssize_t send_fds(int sock, const void *data, size_t len, const int *fds, int nfds);

/* Receives one message into data (len bytes at most) with up to max
 * descriptors (close-on-exec) into fds, *nfds of them; descriptors beyond
 * max are closed. flags are recvmsg's (MSG_DONTWAIT). Returns recvmsg's
 * result; *cut (may be NULL) says whether bytes or descriptors were lost. */
ssize_t recv_fds(int sock, void *data, size_t len, int *fds, int max, int *nfds, int flags,
		 bool *cut);

#endif
