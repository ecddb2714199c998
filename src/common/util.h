/*
 * Small helpers shared by every module: cleanup attributes (as in crun and
 * systemd) so that early returns cannot leak, and file helpers that never
 * follow symlinks where that matters.
 */
#ifndef AIRLOCK_UTIL_H
#define AIRLOCK_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "common/err.h"

void freep(void *p);
void closep(const int *fd);
void fclosep(FILE **f);

#define cleanup_free __attribute__((cleanup(freep)))
#define cleanup_close __attribute__((cleanup(closep)))
#define cleanup_fclose __attribute__((cleanup(fclosep)))

/* Hands ownership of *pp to the caller and leaves NULL behind. */
#define steal_pointer(pp)                                                                          \
	({                                                                                         \
		__typeof__(*(pp)) steal_tmp_ = *(pp);                                              \
		*(pp) = NULL;                                                                      \
		steal_tmp_;                                                                        \
	})

static inline int steal_fd(int *fd)
{
	int r = *fd;
	*fd = -1;
	return r;
}

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t m);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Writes all of buf, retrying on EINTR and short writes. */
int write_all(int fd, const void *buf, size_t len);
/* Sends all of buf on a socket (blocking or not; no SIGPIPE), waiting up
 * to idle_ms each time it cannot move: -1 with errno (ETIMEDOUT). */
int send_all(int fd, const void *buf, size_t len, int idle_ms);
/* Some bytes from a socket (blocking or not), waiting up to idle_ms for
 * them: how many, 0 at its end, -1 with errno (ETIMEDOUT). */
ssize_t recv_some(int fd, void *buf, size_t len, int idle_ms);
/* Bytes both ways between a client's socket and a server's until the
 * server's side ends (the client's end is passed on as a shutdown), one
 * fails, or neither moves for idle_ms. */
void sock_relay(int client, int server, int idle_ms);

/* Reads a whole small file (a cgroup or /proc file) into buf, NUL-terminated.
 * Returns bytes read or -1 with errno set. */
ssize_t read_file_at(int dirfd, const char *path, char *buf, size_t size);

/* Writes a whole small file (a cgroup control file) opened without O_CREAT. */
int write_file_at(int dirfd, const char *path, const char *data, err_t *err);

/* Reads a whole file of at most max bytes into a new buffer. */
int read_file_max(const char *path, size_t max, char **out, size_t *len, err_t *err);

/* Reads all of fd (a pipe or stdin) of at most max bytes into a new buffer. */
int read_fd_max(int fd, size_t max, char **out, size_t *len, err_t *err);

/* For a short-lived process that will use about that much: faults in, in
 * one system call each, bytes of heap (what is freed then stays in the
 * heap: a block of that size later touches no new page) and bytes of
 * stack below the caller's frame. 0, or -1 when nothing was faulted in
 * (e.g. a kernel before 5.14): best effort, the pages then fault in as
 * they are used. */
int heap_prefault(size_t bytes);
int stack_prefault(size_t bytes);

uint64_t monotonic_ms(void);
uint64_t monotonic_ns(void);

/* Growable byte buffer. */
struct buf {
	char *data;
	size_t len;
	size_t cap;
};
/* Room for n more bytes; large buffers get huge pages where the kernel
 * gives them. */
void buf_reserve(struct buf *b, size_t n);
void buf_append(struct buf *b, const void *data, size_t len);
/* Appends the formatted text, whole however long. */
void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_free(struct buf *b);
/* The value of a hexadecimal digit, or -1. */
int hex_digit(char c);

/* A relative path without its leading "./" (./x and x name one file);
 * "./" alone stays. */
const char *path_no_dot_slash(const char *p, size_t *len);

/* Memory for a secret (a signing key): pages of their own that no fork or
 * clone copies -- a child sees zeros there (MADV_WIPEONFORK), so a
 * sandbox's init cloned from a server holds none of it -- left out of core
 * dumps, and locked in memory where the limits allow. NULL with errno when
 * the kernel refuses any of the first two. */
void *secret_alloc(size_t n);
/* Zeroes and unmaps; NULL is nothing to do. */
void secret_free(void *p, size_t n);

#endif
