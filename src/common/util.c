#include "common/util.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <fcntl.h>
#include <malloc.h>
#include <string.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

void freep(void *p)
{
	free(*(void **)p);
}

void closep(const int *fd)
{
	if (*fd >= 0)
		close(*fd);
}

void fclosep(FILE **f)
{
	if (*f != NULL)
		fclose(*f);
}

static void oom(void)
{
	static const char msg[] = "airlock: out of memory\n";
	(void)!write(2, msg, sizeof(msg) - 1);
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (p == NULL)
		oom();
	return p;
}

void *xcalloc(size_t n, size_t m)
{
	void *p = calloc(n ? n : 1, m ? m : 1);
	if (p == NULL)
		oom();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (q == NULL)
		oom();
	return q;
}

char *xstrdup(const char *s)
{
	char *p = strdup(s);
	if (p == NULL)
		oom();
	return p;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	int n = vasprintf(&p, fmt, ap);
	va_end(ap);
	if (n < 0)
		oom();
	return p;
}

int write_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;

	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Waits until fd is ready for events, at most idle_ms: 0, or -1 with
 * errno (ETIMEDOUT when nothing came). */
static int wait_ready(int fd, short events, int idle_ms)
{
	struct pollfd pf = {fd, events, 0};
	int rc;

	while ((rc = poll(&pf, 1, idle_ms)) < 0 && errno == EINTR)
		;
	if (rc == 0)
		errno = ETIMEDOUT;
	return rc > 0 ? 0 : -1;
}

int send_all(int fd, const void *buf, size_t len, int idle_ms)
{
	const char *p = buf;

	while (len > 0) {
		ssize_t n = send(fd, p, len, MSG_NOSIGNAL);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
			if (wait_ready(fd, POLLOUT, idle_ms) < 0)
				return -1;
			continue;
		}
		if (n <= 0)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

ssize_t recv_some(int fd, void *buf, size_t len, int idle_ms)
{
	for (;;) {
		ssize_t n = recv(fd, buf, len, MSG_DONTWAIT);
		if (n >= 0)
			return n;
		if (errno == EINTR)
			continue;
		if (errno != EAGAIN && errno != EWOULDBLOCK)
			return -1;
		if (wait_ready(fd, POLLIN, idle_ms) < 0)
			return -1;
	}
}

void sock_relay(int client, int server, int idle_ms)
{
	char buf[64 * 1024];
	bool client_open = true;

	for (;;) {
		struct pollfd p[2] = {{client, client_open ? POLLIN : 0, 0}, {server, POLLIN, 0}};
		int rc = poll(p, 2, idle_ms);
		if (rc < 0 && errno == EINTR)
			continue;
		if (rc <= 0)
			return;
		for (int i = 0; i < 2; i++) {
			int from = i == 0 ? client : server, to = i == 0 ? server : client;
			if (!(p[i].revents & (POLLIN | POLLHUP | POLLERR)))
				continue;
			ssize_t n = recv(from, buf, sizeof(buf), MSG_DONTWAIT);
			if (n < 0 && (errno == EINTR || errno == EAGAIN))
				continue;
			if (n <= 0 && i == 1)
				return; /* the server is done: so is the exchange */
			if (n <= 0) {
				client_open = false;
				shutdown(server, SHUT_WR);
				continue;
			}
			if (send_all(to, buf, (size_t)n, idle_ms) < 0)
				return;
		}
	}
}

ssize_t read_file_at(int dirfd, const char *path, char *buf, size_t size)
{
	int fd = openat(dirfd, path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	size_t off = 0;

	if (fd < 0)
		return -1;
	while (off + 1 < size) {
		ssize_t n = read(fd, buf + off, size - 1 - off);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			int saved = errno;
			close(fd);
			errno = saved;
			return -1;
		}
		if (n == 0)
			break;
		off += (size_t)n;
	}
	buf[off] = '\0';
	close(fd);
	return (ssize_t)off;
}

int write_file_at(int dirfd, const char *path, const char *data, err_t *err)
{
	int fd = openat(dirfd, path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
	size_t len = strlen(data);

	if (fd < 0)
		return err_set(err, errno, "open %s", path);
	if (write_all(fd, data, len) < 0) {
		int saved = errno;
		close(fd);
		return err_set(err, saved, "write '%s' to %s", data, path);
	}
	if (close(fd) < 0)
		return err_set(err, errno, "close %s", path);
	return 0;
}

int read_fd_max(int fd, size_t max, char **out, size_t *len, err_t *err)
{
	struct buf b = {0};
	char chunk[65536];

	for (;;) {
		ssize_t n = read(fd, chunk, sizeof(chunk));
		if (n < 0) {
			if (errno == EINTR)
				continue;
			buf_free(&b);
			return err_set(err, errno, "read");
		}
		if (n == 0)
			break;
		if (b.len + (size_t)n > max) {
			buf_free(&b);
			return err_set(err, 0, "larger than %zu bytes", max);
		}
		buf_append(&b, chunk, (size_t)n);
	}
	buf_append(&b, "", 1); /* NUL for callers that want a string */
	*len = b.len - 1;
	*out = b.data;
	return 0;
}

/*
 * Asks for transparent huge pages over the whole 2 MiB pages of a large
 * buffer that is about to be written. Each first write to a 4 KiB page
 * costs a page fault, and in a virtual machine a fault is dear: filling a
 * 100 MB buffer took longer than redacting it. Only advice: where the
 * kernel has no huge page to give, nothing changes.
 */
static void advise_huge(void *p, size_t n)
{
	const uintptr_t huge = (uintptr_t)2 << 20;
	uintptr_t start = ((uintptr_t)p + huge - 1) & ~(huge - 1);
	uintptr_t end = ((uintptr_t)p + n) & ~(huge - 1);

	if (n >= 4 * huge && end > start)
		(void)madvise((void *)start, end - start, MADV_HUGEPAGE);
}

int read_file_max(const char *path, size_t max, char **out, size_t *len, err_t *err)
{
	cleanup_close int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;

	if (fd < 0)
		return err_set(err, errno, "cannot open %s", path);
	if (fstat(fd, &st) < 0)
		return err_set(err, errno, "cannot stat %s", path);
	if (S_ISDIR(st.st_mode))
		return err_set(err, EISDIR, "cannot read %s", path);
	if (S_ISREG(st.st_mode) && (size_t)st.st_size <= max) {
		/* one allocation of the right size instead of doubling */
		char *buf = xmalloc((size_t)st.st_size + 1);
		size_t off = 0;
		advise_huge(buf, (size_t)st.st_size + 1);
		for (;;) {
			ssize_t n = read(fd, buf + off, (size_t)st.st_size - off);
			if (n < 0 && errno == EINTR)
				continue;
			if (n < 0) {
				free(buf);
				return err_set(err, errno, "cannot read %s", path);
			}
			if (n == 0 || (off += (size_t)n) == (size_t)st.st_size)
				break;
		}
		if (off == (size_t)st.st_size) {
			char extra;
			if (read(fd, &extra, 1) == 0) { /* the file did not grow meanwhile */
				buf[off] = '\0';
				*out = buf;
				*len = off;
				return 0;
			}
		}
		free(buf);
		if (lseek(fd, 0, SEEK_SET) < 0)
			return err_set(err, errno, "cannot read %s", path);
	}
	if (read_fd_max(fd, max, out, len, err) < 0)
		return err_wrap(err, "cannot read %s", path);
	return 0;
}

uint64_t monotonic_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

uint64_t monotonic_ms(void)
{
	return monotonic_ns() / 1000000ull;
}

void buf_reserve(struct buf *b, size_t n)
{
	if (b->len + n <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 4096;
	while (cap < b->len + n)
		cap *= 2;
	b->data = xrealloc(b->data, cap);
	b->cap = cap;
	advise_huge(b->data + b->len, cap - b->len);
}

void buf_append(struct buf *b, const void *data, size_t len)
{
	if (len == 0)
		return;
	buf_reserve(b, len);
	memcpy(b->data + b->len, data, len);
	b->len += len;
}

void buf_printf(struct buf *b, const char *fmt, ...)
{
	char line[512];
	va_list ap;

	va_start(ap, fmt);
	int n = vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	if (n <= 0)
		return;
	if ((size_t)n < sizeof(line)) {
		buf_append(b, line, (size_t)n);
		return;
	}
	buf_reserve(b, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

void buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

/* The kernel faults a page in on its first touch, one fault each, and a
 * fault is dear where airlock runs in a virtual machine: ~9 us on the
 * development machine, against ~1 us a page when MADV_POPULATE_WRITE
 * faults many in one call. */
int heap_prefault(size_t bytes)
{
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
	char *p;
	int ret = -1;

	if (bytes < page || bytes > (64u << 20))
		return -1;
	/* What is freed stays in the heap, and a block this size comes
	 * from the heap rather than from a mapping of its own. */
	mallopt(M_TRIM_THRESHOLD, (int)(2 * bytes));
	mallopt(M_MMAP_THRESHOLD, (int)(bytes + page));
	if ((p = malloc(bytes)) == NULL)
		return -1;
	uintptr_t lo = ((uintptr_t)p + page - 1) & ~(page - 1);
	uintptr_t hi = ((uintptr_t)p + bytes) & ~(page - 1);
	if (hi > lo)
		ret = madvise((void *)lo, hi - lo, MADV_POPULATE_WRITE);
	free(p);
	return ret;
}

int stack_prefault(size_t bytes)
{
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
	volatile char here = 0;
	uintptr_t top = (uintptr_t)&here & ~(page - 1);

	bytes &= ~(page - 1);
	if (bytes == 0 || top < bytes)
		return -1;
	/* the pages below this frame: the stack's mapping already covers
	 * them (the kernel maps 128 KiB below the arguments at exec) */
	return madvise((void *)(top - bytes), bytes, MADV_POPULATE_WRITE);
}

static size_t page_round(size_t n)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	return (n + page - 1) / page * page;
}

void *secret_alloc(size_t n)
{
	size_t len = page_round(n ? n : 1);
	void *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		return NULL;
	if (madvise(p, len, MADV_WIPEONFORK) < 0 || madvise(p, len, MADV_DONTDUMP) < 0) {
		int e = errno;
		munmap(p, len);
		errno = e;
		return NULL;
	}
	(void)mlock(p, len); /* RLIMIT_MEMLOCK may say no: the rest still holds */
	return p;
}

void secret_free(void *p, size_t n)
{
	if (p == NULL)
		return;
	size_t len = page_round(n ? n : 1);
	explicit_bzero(p, len);
	(void)munlock(p, len);
	munmap(p, len);
}

const char *path_no_dot_slash(const char *p, size_t *len)
{
	while (*len > 2 && p[0] == '.' && p[1] == '/') {
		p += 2;
		*len -= 2;
	}
	return p;
}
