/*
 * The files of a box's work directory, from outside (engine/box.h).
 *
 * Everything is resolved from the work directory's descriptor, never from
 * a path the host would resolve: a path is first normalised by its text
 * (`..` may not climb above the work directory, an absolute path must lie
 * below BOX_WORKDIR), then its parent is opened with openat2 and
 * RESOLVE_BENEATH, which the kernel enforces at every step -- a link the
 * program planted that leads out (absolute, or `..` past the top) fails,
 * also when it appears between a check and a use -- and the last component
 * is handled with the *at() calls relative to that parent, not following
 * a link where the operation is on the name itself (stat, remove, move).
 *
 * Files are written to a temporary name and renamed into place: a write
 * the box's disk cannot hold (ENOSPC) leaves the old file or none, never
 * half of the new one. In root mode they are given to the sandbox user.
 */
#include "engine/box_internal.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#define LIST_MAX 10000
#define REMOVE_DEPTH_MAX 256

/* The path relative to the work directory ("" for itself), or -1. */
static int normalise(const char *path, char *out, size_t size, err_t *err)
{
	static const char home[] = BOX_WORKDIR;
	size_t n = 0;

	if (path == NULL || path[0] == '\0')
		return err_say(err, EINVAL, "no path given");
	if (strlen(path) >= PATH_MAX)
		return err_say(err, EINVAL, "the path is longer than %d bytes", PATH_MAX - 1);
	const char *p = path;
	if (p[0] == '/') {
		size_t h = sizeof(home) - 1;
		if (strncmp(p, home, h) != 0 || (p[h] != '\0' && p[h] != '/'))
			return err_say(err, EXDEV,
				       "'%s' is outside the work directory: only paths below %s "
				       "are reachable",
				       path, BOX_WORKDIR);
		p += h;
	}
	while (*p) {
		while (*p == '/')
			p++;
		if (*p == '\0')
			break;
		const char *end = strchr(p, '/');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		if (len == 1 && p[0] == '.') {
			/* nothing */
		} else if (len == 2 && p[0] == '.' && p[1] == '.') {
			if (n == 0)
				return err_say(err, EXDEV,
					       "'%s' climbs out of the work directory %s", path,
					       BOX_WORKDIR);
			while (n > 0 && out[n - 1] != '/')
				n--;
			if (n > 0)
				n--; /* the slash */
		} else {
			if (n + len + 2 > size)
				return err_say(err, EINVAL, "the path is too long");
			if (n > 0)
				out[n++] = '/';
			memcpy(out + n, p, len);
			n += len;
		}
		p += len;
	}
	out[n] = '\0';
	return 0;
}

/* openat2 below dirfd. With RESOLVE_BENEATH the kernel answers EAGAIN to
 * a ".." it cannot prove stays below, when a rename or a mount anywhere on
 * the machine raced the walk; openat2(2) says to try again. */
#define OPENAT2_TRIES 64

int box_openat2(int dirfd, const char *rel, uint64_t flags, uint64_t mode, uint64_t resolve)
{
	struct open_how how = {.flags = flags | O_CLOEXEC, .mode = mode, .resolve = resolve};
	int fd = -1;

	for (int i = 0; i < OPENAT2_TRIES; i++) {
		fd = (int)syscall(SYS_openat2, dirfd, rel[0] ? rel : ".", &how, sizeof(how));
		if (fd >= 0 || errno != EAGAIN)
			break;
	}
	return fd;
}

static int open_beneath(int dirfd, const char *rel, uint64_t flags, uint64_t mode)
{
	return box_openat2(dirfd, rel, flags, mode,
			   RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS | RESOLVE_NO_XDEV);
}

/* errno of a resolution, as the API reports it. */
static int resolve_error(int errnum, const char *path, err_t *err)
{
	if (errnum == EXDEV || errnum == ELOOP)
		return err_say(err, EXDEV, "'%s' leads out of the work directory through a link",
			       path);
	if (errnum == ENOENT)
		return err_say(err, ENOENT, "no such file or directory: '%s'", path);
	if (errnum == ENOTDIR)
		return err_say(err, ENOTDIR, "a component of '%s' is not a directory", path);
	return err_set(err, errnum, "cannot reach '%s'", path);
}

/* The parent directory of path (O_PATH) and its last name; rel "" (the
 * work directory itself) has no parent: EINVAL unless allow_root. */
static int open_parent(struct box *b, const char *path, char *rel, const char **name, err_t *err)
{
	if (normalise(path, rel, PATH_MAX, err) < 0)
		return -1;
	if (rel[0] == '\0') {
		err_say(err, EINVAL, "'%s' is the work directory itself", path);
		return -1;
	}
	char *slash = strrchr(rel, '/');
	int fd;
	if (slash) {
		*slash = '\0';
		fd = open_beneath(b->workdir, rel, O_PATH | O_DIRECTORY, 0);
		*name = slash + 1;
	} else {
		fd = open_beneath(b->workdir, "", O_PATH | O_DIRECTORY, 0);
		*name = rel;
	}
	if (fd < 0) {
		resolve_error(errno, path, err);
		return -1;
	}
	return fd;
}

int box_open_dir(struct box *b, const char *path, char *rel, err_t *err)
{
	if (normalise(path, rel, PATH_MAX, err) < 0)
		return -1;
	int fd = open_beneath(b->workdir, rel, O_PATH | O_DIRECTORY, 0);
	if (fd < 0)
		return resolve_error(errno, path, err);
	return fd;
}

/* Root mode: this thread acts on the box's files as the sandbox user
 * (its filesystem ids, which are per thread): the tmpfs belongs to the
 * box's user namespace, where host root has no id (creating a file as root
 * fails with EOVERFLOW), and the kernel then checks permissions as for the
 * program itself -- no root override of what the program made private.
 * Rootless, the caller already is the sandbox user. */
struct as_user {
	bool switched;
};

static struct as_user become_sandbox_user(struct box *b)
{
	struct as_user a = {false};

	if (b->eng->caller_uid == 0) {
		syscall(SYS_setfsgid, b->host_gid);
		syscall(SYS_setfsuid, b->host_uid);
		a.switched = true;
	}
	return a;
}

static void become_self(struct as_user *a)
{
	if (a->switched) {
		syscall(SYS_setfsuid, 0);
		syscall(SYS_setfsgid, 0);
	}
}

#define AS_SANDBOX_USER(b)                                                                         \
	__attribute__((cleanup(become_self))) struct as_user as_user_ = become_sandbox_user(b);    \
	(void)as_user_

int box_file_read(struct box *b, const char *path, uint64_t max, struct buf *out, err_t *err)
{
	AS_SANDBOX_USER(b);
	char rel[PATH_MAX];
	struct stat st;

	if (normalise(path, rel, sizeof(rel), err) < 0)
		return -1;
	cleanup_close int fd = open_beneath(b->workdir, rel, O_RDONLY | O_NONBLOCK | O_NOCTTY, 0);
	if (fd < 0)
		return resolve_error(errno, path, err);
	if (fstat(fd, &st) < 0)
		return err_set(err, errno, "cannot stat '%s'", path);
	if (S_ISDIR(st.st_mode))
		return err_say(err, EISDIR, "'%s' is a directory; list it with ?dir=", path);
	if (!S_ISREG(st.st_mode))
		return err_say(err, EINVAL, "'%s' is not a regular file", path);
	if ((uint64_t)st.st_size > max)
		return err_say(err, EFBIG, "'%s' is %llu bytes; at most %llu can be read", path,
			       (unsigned long long)st.st_size, (unsigned long long)max);
	char chunk[65536];
	for (;;) {
		ssize_t n = read(fd, chunk, sizeof(chunk));
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return err_set(err, errno, "cannot read '%s'", path);
		if (n == 0)
			break;
		if (out->len + (size_t)n > max)
			return err_say(err, EFBIG, "'%s' grew past %llu bytes while read", path,
				       (unsigned long long)max);
		buf_append(out, chunk, (size_t)n);
	}
	return 0;
}

/* mkdir -p of rel's directories, each one given to the sandbox user. */
static int make_dirs(struct box *b, const char *rel, const char *path, bool last_too, err_t *err)
{
	char part[PATH_MAX];
	size_t n = strlen(rel);

	for (size_t i = 0; i <= n; i++) {
		if (rel[i] != '/' && rel[i] != '\0')
			continue;
		if (rel[i] == '\0' && !last_too)
			break;
		memcpy(part, rel, i);
		part[i] = '\0';
		char *slash = strrchr(part, '/');
		const char *name = slash ? slash + 1 : part;
		if (slash)
			*slash = '\0';
		cleanup_close int parent =
		    open_beneath(b->workdir, slash ? part : "", O_PATH | O_DIRECTORY, 0);
		if (parent < 0)
			return resolve_error(errno, path, err);
		if (mkdirat(parent, name, 0755) == 0) {
			/* made */
		} else if (errno == ENOSPC || errno == EDQUOT) {
			return err_say(err, ENOSPC, "the box's disk is full");
		} else if (errno != EEXIST) {
			return err_set(err, errno, "cannot make a directory of '%s'", path);
		}
	}
	return 0;
}

int box_file_write(struct box *b, const char *path, const void *data, size_t len, err_t *err)
{
	AS_SANDBOX_USER(b);
	char rel[PATH_MAX], tmp[64];
	const char *name;

	if (normalise(path, rel, sizeof(rel), err) < 0)
		return -1;
	if (rel[0] == '\0')
		return err_say(err, EISDIR, "'%s' is the work directory itself", path);
	if (make_dirs(b, rel, path, false, err) < 0)
		return -1;
	cleanup_close int parent = open_parent(b, path, rel, &name, err);
	if (parent < 0)
		return -1;
	static unsigned counter;
	snprintf(tmp, sizeof(tmp), ".airlock-upload-%d-%u", (int)getpid(),
		 __atomic_fetch_add(&counter, 1, __ATOMIC_RELAXED));
	/* O_PATH parents cannot be written through: the directory again */
	cleanup_close int dir = openat(parent, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dir < 0)
		return resolve_error(errno, path, err);
	cleanup_close int fd =
	    openat(dir, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (fd < 0) {
		if (errno == ENOSPC || errno == EDQUOT)
			return err_say(err, ENOSPC, "the box's disk is full");
		return err_set(err, errno, "cannot create '%s'", path);
	}
	if (write_all(fd, data, len) < 0 || fsync(fd) < 0) {
		int saved = errno;
		unlinkat(dir, tmp, 0);
		if (saved == ENOSPC || saved == EDQUOT || saved == EFBIG)
			return err_say(err, ENOSPC,
				       "the box's disk is full: '%s' (%zu bytes) does not fit",
				       path, len);
		return err_set(err, saved, "cannot write '%s'", path);
	}
	(void)!fchmod(fd, 0644);
	if (renameat(dir, tmp, dir, name) < 0) {
		int saved = errno;
		unlinkat(dir, tmp, 0);
		if (saved == EISDIR)
			return err_say(err, EISDIR, "'%s' is a directory", path);
		return err_set(err, saved, "cannot write '%s'", path);
	}
	return 0;
}

static char entry_type(mode_t m)
{
	return S_ISREG(m) ? 'f' : S_ISDIR(m) ? 'd' : S_ISLNK(m) ? 'l' : 'o';
}

static void fill_entry(struct box_entry *e, const char *name, const struct stat *st, int dirfd)
{
	memset(e, 0, sizeof(*e));
	e->name = xstrdup(name);
	e->type = entry_type(st->st_mode);
	e->size = (uint64_t)st->st_size;
	e->mode = st->st_mode & 07777;
	e->mtime = st->st_mtim.tv_sec;
	if (S_ISLNK(st->st_mode) && dirfd >= 0) {
		char target[PATH_MAX];
		ssize_t n = readlinkat(dirfd, name, target, sizeof(target) - 1);
		if (n >= 0) {
			target[n] = '\0';
			e->link = xstrdup(target);
		}
	}
}

void box_entry_free(struct box_entry *e)
{
	if (e == NULL)
		return;
	free(e->name);
	free(e->link);
	e->name = e->link = NULL;
}

void box_entries_free(struct box_entry *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		box_entry_free(&v[i]);
	free(v);
}

int box_file_stat(struct box *b, const char *path, struct box_entry *out, err_t *err)
{
	AS_SANDBOX_USER(b);
	char rel[PATH_MAX];
	const char *name;
	struct stat st;

	memset(out, 0, sizeof(*out));
	if (normalise(path, rel, sizeof(rel), err) < 0)
		return -1;
	if (rel[0] == '\0') {
		if (fstat(b->workdir, &st) < 0)
			return err_set(err, errno, "cannot stat the work directory");
		fill_entry(out, BOX_WORKDIR, &st, -1);
		return 0;
	}
	cleanup_close int parent = open_parent(b, path, rel, &name, err);
	if (parent < 0)
		return -1;
	if (fstatat(parent, name, &st, AT_SYMLINK_NOFOLLOW) < 0)
		return resolve_error(errno, path, err);
	fill_entry(out, name, &st, parent);
	return 0;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct box_entry *)a)->name, ((const struct box_entry *)b)->name);
}

int box_file_list(struct box *b, const char *dir, struct box_entry **v, size_t *n, err_t *err)
{
	AS_SANDBOX_USER(b);
	char rel[PATH_MAX];

	*v = NULL;
	*n = 0;
	if (normalise(dir, rel, sizeof(rel), err) < 0)
		return -1;
	int fd = open_beneath(b->workdir, rel, O_RDONLY | O_DIRECTORY, 0);
	if (fd < 0)
		return resolve_error(errno, dir, err);
	DIR *d = fdopendir(fd);
	if (d == NULL) {
		close(fd);
		return err_set(err, errno, "cannot list '%s'", dir);
	}
	size_t cap = 0, count = 0;
	struct box_entry *out = NULL;
	struct dirent *de;
	int rc = 0;
	while ((de = readdir(d)) != NULL) {
		struct stat st;
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		if (fstatat(dirfd(d), de->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0)
			continue; /* removed meanwhile */
		if (count == LIST_MAX) {
			rc = err_say(err, E2BIG,
				     "'%s' has more than %d entries: list a directory below it, or "
				     "run ls or find in the sandbox",
				     dir, LIST_MAX);
			break;
		}
		if (count == cap) {
			cap = cap ? cap * 2 : 32;
			out = xrealloc(out, cap * sizeof(*out));
		}
		fill_entry(&out[count++], de->d_name, &st, dirfd(d));
	}
	closedir(d);
	if (rc < 0) {
		box_entries_free(out, count);
		return -1;
	}
	if (count > 1)
		qsort(out, count, sizeof(*out), by_name);
	*v = out;
	*n = count;
	return 0;
}

int box_file_mkdir(struct box *b, const char *path, err_t *err)
{
	AS_SANDBOX_USER(b);
	char rel[PATH_MAX];

	if (normalise(path, rel, sizeof(rel), err) < 0)
		return -1;
	if (rel[0] == '\0')
		return 0;
	return make_dirs(b, rel, path, true, err);
}

/* Everything below the directory open at fd, never following a link. */
static int empty_dir(int fd, int depth, const char *path, err_t *err)
{
	if (depth > REMOVE_DEPTH_MAX)
		return err_say(err, ELOOP, "'%s' is nested more than %d levels deep", path,
			       REMOVE_DEPTH_MAX);
	int dup_fd = dup(fd);
	if (dup_fd < 0)
		return err_set(err, errno, "dup");
	DIR *d = fdopendir(dup_fd);
	if (d == NULL) {
		close(dup_fd);
		return err_set(err, errno, "cannot list '%s'", path);
	}
	struct dirent *de;
	int rc = 0;
	while (rc == 0 && (de = readdir(d)) != NULL) {
		struct stat st;
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		if (fstatat(fd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0)
			continue;
		if (S_ISDIR(st.st_mode)) {
			int sub =
			    openat(fd, de->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
			if (sub >= 0) {
				rc = empty_dir(sub, depth + 1, path, err);
				close(sub);
			}
			if (rc == 0 && unlinkat(fd, de->d_name, AT_REMOVEDIR) < 0 &&
			    errno != ENOENT)
				rc = err_set(err, errno, "cannot remove '%s'", path);
		} else if (unlinkat(fd, de->d_name, 0) < 0 && errno != ENOENT) {
			rc = err_set(err, errno, "cannot remove '%s'", path);
		}
	}
	closedir(d);
	return rc;
}

int box_file_remove(struct box *b, const char *path, err_t *err)
{
	AS_SANDBOX_USER(b);
	char rel[PATH_MAX];
	const char *name;
	struct stat st;

	cleanup_close int parent = open_parent(b, path, rel, &name, err);
	if (parent < 0)
		return -1;
	if (fstatat(parent, name, &st, AT_SYMLINK_NOFOLLOW) < 0)
		return resolve_error(errno, path, err);
	if (!S_ISDIR(st.st_mode)) {
		if (unlinkat(parent, name, 0) < 0)
			return resolve_error(errno, path, err);
		return 0;
	}
	cleanup_close int dir =
	    openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (dir < 0)
		return resolve_error(errno, path, err);
	if (empty_dir(dir, 0, path, err) < 0)
		return -1;
	if (unlinkat(parent, name, AT_REMOVEDIR) < 0)
		return err_set(err, errno, "cannot remove '%s'", path);
	return 0;
}

int box_file_move(struct box *b, const char *from, const char *to, err_t *err)
{
	AS_SANDBOX_USER(b);
	char rel_from[PATH_MAX], rel_to[PATH_MAX];
	const char *name_from, *name_to;

	cleanup_close int pf = open_parent(b, from, rel_from, &name_from, err);
	if (pf < 0)
		return -1;
	cleanup_close int pt = open_parent(b, to, rel_to, &name_to, err);
	if (pt < 0)
		return -1;
	if (renameat(pf, name_from, pt, name_to) < 0) {
		int e = errno;
		if (e == ENOENT)
			return err_say(err, ENOENT, "no such file or directory: '%s'", from);
		if (e == ENOTEMPTY || e == EEXIST)
			return err_say(err, ENOTEMPTY, "'%s' is a directory that is not empty", to);
		if (e == EISDIR || e == ENOTDIR)
			return err_set(err, e, "cannot move '%s' onto '%s': one is a directory",
				       from, to);
		if (e == EINVAL)
			return err_say(err, EINVAL, "cannot move '%s' into itself", from);
		return err_set(err, e, "cannot move '%s' to '%s'", from, to);
	}
	return 0;
}
