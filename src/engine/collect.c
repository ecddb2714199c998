/*
 * Collecting the files a program left in its work directory.
 *
 * The work directory is a tmpfs in the sandbox's own mount namespace, never
 * on the host's disk. Before the program starts, the sandbox's init opens it
 * and hands the fd to the supervisor (engine.c); the supervisor reads it
 * only after the sandbox's init was reaped, when every process of the run
 * is gone (their pid namespace died with init) and nothing can swap a file
 * for a link between a check and an open. The fd keeps the tmpfs alive
 * after its namespace is gone.
 *
 * Even so, the walk trusts nothing it finds: every step is one name
 * relative to an fd it holds (no path is resolved twice), O_NOFOLLOW on
 * every open, a type check before and after, no crossing to another file
 * system, O_NONBLOCK so that a fifo cannot stall it, and bounds on depth,
 * entries, file count and bytes. A file the program made unreadable to its
 * owner (chmod 000) is made readable again when the supervisor is that
 * owner (rootless); as root, it reads anyway.
 */
#include "engine/collect.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/util.h"

struct walk {
	const char *const *globs;
	size_t nglobs;
	uint64_t hash_max;
	dev_t dev;
	size_t entries;
	uint64_t total; /* content bytes returned so far */
	struct collected *out;
};

static bool matches(const struct walk *w, const char *path)
{
	for (size_t i = 0; i < w->nglobs; i++)
		if (fnmatch(w->globs[i], path, FNM_PATHNAME | FNM_LEADING_DIR) == 0)
			return true;
	return false;
}

static struct collected_file *add_entry(struct walk *w, const char *path)
{
	struct collected *c = w->out;

	if (c->n >= COLLECT_MAX_FILES) {
		c->truncated = true;
		return NULL;
	}
	c->v = xrealloc(c->v, (c->n + 1) * sizeof(*c->v));
	struct collected_file *f = &c->v[c->n++];
	memset(f, 0, sizeof(*f));
	f->path = xstrdup(path);
	return f;
}

static const char *kind_name(mode_t m)
{
	if (S_ISLNK(m))
		return "a symbolic link";
	if (S_ISFIFO(m))
		return "a fifo";
	if (S_ISSOCK(m))
		return "a socket";
	if (S_ISCHR(m) || S_ISBLK(m))
		return "a device";
	return "not a regular file";
}

/* openat with O_NOFOLLOW; when the program took the owner's read (and
 * search) permission away and we are that owner, gives it back once. The
 * entry cannot change in between: no process of the run is left. */
static int open_entry(int dfd, const char *name, const struct stat *st, int flags)
{
	int fd = openat(dfd, name, flags | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd >= 0 || errno != EACCES || st->st_uid != geteuid())
		return fd;
	mode_t add = S_ISDIR(st->st_mode) ? 0500 : 0400;
	if (fchmodat(dfd, name, (st->st_mode & 07777) | add, 0) < 0)
		return -1;
	return openat(dfd, name, flags | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
}

static void read_regular(struct walk *w, int dfd, const char *name, const struct stat *st,
			 struct collected_file *f)
{
	struct stat now;
	crypto_hash_sha256_state h;
	char chunk[65536];
	uint64_t got = 0;
	bool keep;
	cleanup_close int fd = open_entry(dfd, name, st, O_RDONLY);

	f->regular = true;
	f->size = (uint64_t)st->st_size;
	if (fd < 0 || fstat(fd, &now) < 0 || !S_ISREG(now.st_mode) || now.st_ino != st->st_ino ||
	    now.st_dev != st->st_dev) {
		snprintf(f->omitted, sizeof(f->omitted), "could not be read (%s)",
			 fd < 0 ? strerror(errno) : "it changed");
		return;
	}
	if (f->size > w->hash_max) {
		snprintf(f->omitted, sizeof(f->omitted),
			 "larger than the disk limit (a sparse file); not read");
		return;
	}
	keep = f->size <= COLLECT_FILE_MAX && w->total + f->size <= COLLECT_TOTAL_MAX;
	if (keep)
		f->data = xmalloc(f->size ? f->size : 1);
	crypto_hash_sha256_init(&h);
	for (;;) {
		ssize_t n = read(fd, chunk, sizeof(chunk));
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 || got + (uint64_t)n > f->size) {
			free(f->data);
			f->data = NULL;
			snprintf(f->omitted, sizeof(f->omitted), "could not be read (%s)",
				 n < 0 ? strerror(errno) : "it grew");
			return;
		}
		if (n == 0)
			break;
		crypto_hash_sha256_update(&h, (const unsigned char *)chunk, (size_t)n);
		if (keep)
			memcpy(f->data + got, chunk, (size_t)n);
		got += (uint64_t)n;
	}
	crypto_hash_sha256_final(&h, f->sha256);
	f->hashed = true;
	f->size = got;
	if (keep) {
		f->len = (size_t)got;
		w->total += got;
	} else if (f->size > COLLECT_FILE_MAX) {
		snprintf(f->omitted, sizeof(f->omitted), "over the cap of %u bytes per file",
			 COLLECT_FILE_MAX);
	} else {
		snprintf(f->omitted, sizeof(f->omitted),
			 "over the cap of %u bytes for all files together", COLLECT_TOTAL_MAX);
	}
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in the directory open at dfd, sorted; NULL-terminated. */
static char **list_dir(struct walk *w, int dfd)
{
	int fd = openat(dfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	char **names = NULL;
	size_t n = 0;
	struct dirent *e;

	if (d == NULL) {
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (++w->entries > COLLECT_MAX_ENTRIES) {
			w->out->truncated = true;
			break;
		}
		names = xrealloc(names, (n + 2) * sizeof(*names));
		names[n++] = xstrdup(e->d_name);
	}
	closedir(d);
	if (names == NULL)
		return NULL;
	names[n] = NULL;
	qsort(names, n, sizeof(*names), by_name);
	return names;
}

static void walk_dir(struct walk *w, int dfd, char *path, size_t plen, int depth)
{
	char **names;

	if (depth > COLLECT_MAX_DEPTH) {
		w->out->truncated = true;
		return;
	}
	names = list_dir(w, dfd);
	for (size_t i = 0; names && names[i]; i++) {
		const char *name = names[i];
		size_t nlen = strlen(name);
		struct stat st;

		if (plen + nlen + 2 > COLLECT_PATH_MAX) {
			w->out->truncated = true;
			continue;
		}
		memcpy(path + plen, name, nlen + 1);
		if (fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) < 0 || st.st_dev != w->dev)
			continue;
		if (S_ISDIR(st.st_mode)) {
			int sub = open_entry(dfd, name, &st, O_RDONLY | O_DIRECTORY);
			if (sub >= 0) {
				path[plen + nlen] = '/';
				path[plen + nlen + 1] = '\0';
				walk_dir(w, sub, path, plen + nlen + 1, depth + 1);
				close(sub);
			}
			continue;
		}
		if (!matches(w, path))
			continue;
		struct collected_file *f = add_entry(w, path);
		if (f == NULL)
			break;
		if (S_ISREG(st.st_mode))
			read_regular(w, dfd, name, &st, f);
		else
			snprintf(f->omitted, sizeof(f->omitted),
				 "%s; only regular files are collected", kind_name(st.st_mode));
	}
	for (size_t i = 0; names && names[i]; i++)
		free(names[i]);
	free(names);
	path[plen] = '\0';
}

void collect_files(int dirfd, const char *const *globs, size_t nglobs, uint64_t hash_max,
		   struct collected *out)
{
	struct walk w = {globs, nglobs, hash_max, 0, 0, 0, out};
	struct stat st;
	char path[COLLECT_PATH_MAX];

	memset(out, 0, sizeof(*out));
	if (dirfd < 0 || nglobs == 0 || fstat(dirfd, &st) < 0 || !S_ISDIR(st.st_mode))
		return;
	w.dev = st.st_dev;
	path[0] = '\0';
	walk_dir(&w, dirfd, path, 0, 0);
}

void collected_free(struct collected *c)
{
	for (size_t i = 0; i < c->n; i++) {
		free(c->v[i].path);
		free(c->v[i].data);
	}
	free(c->v);
	memset(c, 0, sizeof(*c));
}
