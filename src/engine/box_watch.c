/*
 * Watching a directory of a box's work directory from outside
 * (engine/box.h): inotify in the supervisor, on directories reached the
 * way the files API reaches them -- the watched one beneath the work
 * directory (RESOLVE_BENEATH: a link that leads out fails), and, when
 * recursive, each directory below it from the watched one with
 * RESOLVE_NO_SYMLINKS: a link the program planted is reported as a name,
 * never followed, also when a directory is swapped for one between the
 * event and the look. A watch is added through /proc/self/fd/N of the
 * directory opened that way, so that it is on that very inode.
 *
 * Names are relative to the watched directory; a directory renamed while
 * watched keeps its old name in later events (as fsnotify's).
 */
#include "engine/box_internal.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#define WATCH_MASK                                                                                 \
	(IN_CREATE | IN_MODIFY | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB |             \
	 IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_EXCL_UNLINK)

struct wdir {
	int wd;
	char *rel; /* below the watched directory; "" for itself */
};

struct box_watch {
	int ifd;
	int root; /* the watched directory, O_PATH */
	bool recursive;
	struct wdir *dirs;
	size_t n, cap;
};

/* rel below the watched directory, without following any link. */
static int open_sub(struct box_watch *w, const char *rel)
{
	return box_openat2(w->root, rel, O_PATH | O_DIRECTORY | O_NOFOLLOW, 0,
			   RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS |
			       RESOLVE_NO_XDEV);
}

static char *join(const char *rel, const char *name)
{
	return rel[0] ? xasprintf("%s/%s", rel, name) : xstrdup(name);
}

/* Watches the directory rel (and, recursive, those below it, up to
 * BOX_WATCH_DIRS_MAX); one that cannot be watched is left out. */
static void add_dir(struct box_watch *w, const char *rel, int depth)
{
	char proc[64];
	int fd = open_sub(w, rel);

	if (fd < 0 || w->n >= BOX_WATCH_DIRS_MAX) {
		if (fd >= 0)
			close(fd);
		return;
	}
	snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
	int wd = inotify_add_watch(w->ifd, proc, WATCH_MASK);
	if (wd < 0) {
		close(fd);
		return;
	}
	for (size_t i = 0; i < w->n; i++)
		if (w->dirs[i].wd == wd) { /* already watched (a move back) */
			free(w->dirs[i].rel);
			w->dirs[i].rel = xstrdup(rel);
			wd = -1;
		}
	if (wd >= 0) {
		if (w->n == w->cap) {
			w->cap = w->cap ? 2 * w->cap : 16;
			w->dirs = xrealloc(w->dirs, w->cap * sizeof(*w->dirs));
		}
		w->dirs[w->n++] = (struct wdir){wd, xstrdup(rel)};
	}
	if (!w->recursive || depth >= 64) {
		close(fd);
		return;
	}
	int dfd = openat(fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	close(fd);
	DIR *d = dfd >= 0 ? fdopendir(dfd) : NULL;
	if (d == NULL) {
		if (dfd >= 0)
			close(dfd);
		return;
	}
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (e->d_type != DT_DIR && e->d_type != DT_UNKNOWN)
			continue;
		char *sub = join(rel, e->d_name);
		add_dir(w, sub, depth + 1); /* not a directory, or a link: not opened */
		free(sub);
	}
	closedir(d);
}

int box_watch_start(struct box *b, const char *dir, bool recursive, struct box_watch **out,
		    err_t *err)
{
	char *rel = xmalloc(PATH_MAX);
	int root = box_open_dir(b, dir, rel, err);

	free(rel);
	*out = NULL;
	if (root < 0)
		return -1;
	struct box_watch *w = xcalloc(1, sizeof(*w));
	w->root = root;
	w->recursive = recursive;
	w->ifd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	if (w->ifd < 0) {
		err_set(err, errno, "cannot watch '%s'", dir);
		box_watch_free(w);
		return -1;
	}
	add_dir(w, "", 0);
	if (w->n == 0) {
		err_set(err, errno ? errno : EACCES, "cannot watch '%s'", dir);
		box_watch_free(w);
		return -1;
	}
	*out = w;
	return 0;
}

static struct wdir *find(struct box_watch *w, int wd)
{
	for (size_t i = 0; i < w->n; i++)
		if (w->dirs[i].wd == wd)
			return &w->dirs[i];
	return NULL;
}

static enum box_watch_kind kind_of(uint32_t mask)
{
	if (mask & (IN_CREATE | IN_MOVED_TO))
		return BOX_WATCH_CREATE;
	if (mask & IN_MODIFY)
		return BOX_WATCH_WRITE;
	if (mask & IN_DELETE)
		return BOX_WATCH_REMOVE;
	if (mask & IN_MOVED_FROM)
		return BOX_WATCH_RENAME;
	if (mask & IN_ATTRIB)
		return BOX_WATCH_CHMOD;
	return 0;
}

/* One event; false: the watched directory itself is gone. */
static bool one(struct box_watch *w, const struct inotify_event *ev, box_watch_fn fn, void *ctx)
{
	struct wdir *d = find(w, ev->wd);

	if (ev->mask & IN_Q_OVERFLOW) {
		fn(ctx, BOX_WATCH_LOST, "");
		return true;
	}
	if (d == NULL)
		return true;
	bool is_root = d->rel[0] == '\0';
	if (ev->mask & (IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF)) {
		if (is_root)
			return false;
		if (ev->mask & IN_IGNORED) { /* gone: its slot is free */
			free(d->rel);
			*d = w->dirs[--w->n];
		}
		return true;
	}
	if (ev->len == 0)
		return true;
	char *name = join(d->rel, ev->name);
	enum box_watch_kind k = kind_of(ev->mask);
	if (k)
		fn(ctx, k, name);
	if (w->recursive && (ev->mask & IN_ISDIR) && (ev->mask & (IN_CREATE | IN_MOVED_TO)))
		add_dir(w, name, 1);
	free(name);
	return true;
}

int box_watch_wait(struct box_watch *w, int timeout_ms, int cancel_fd, box_watch_fn fn, void *ctx,
		   err_t *err)
{
	struct pollfd p[2] = {{w->ifd, POLLIN, 0}, {cancel_fd, POLLIN, 0}};
	char buf[16384] __attribute__((aligned(__alignof__(struct inotify_event))));

	int r = poll(p, cancel_fd >= 0 ? 2 : 1, timeout_ms);
	if (r < 0 && errno != EINTR)
		return err_set(err, errno, "cannot wait for the directory's events");
	if (r > 0 && cancel_fd >= 0 && p[1].revents)
		return 1;
	for (;;) {
		ssize_t n = r > 0 ? read(w->ifd, buf, sizeof(buf)) : 0;
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		for (char *at = buf; at < buf + n;) {
			const struct inotify_event *ev = (const struct inotify_event *)at;
			at += sizeof(*ev) + ev->len;
			if (!one(w, ev, fn, ctx))
				return err_say(err, ENOENT, "the watched directory is gone");
		}
	}
	/* removed: our descriptor keeps its inode, and so its IN_DELETE_SELF,
	 * until we let go; its link count says it */
	struct stat st;
	if (fstat(w->root, &st) == 0 && st.st_nlink == 0)
		return err_say(err, ENOENT, "the watched directory is gone");
	return 0;
}

void box_watch_free(struct box_watch *w)
{
	if (w == NULL)
		return;
	if (w->ifd >= 0)
		close(w->ifd);
	if (w->root >= 0)
		close(w->root);
	for (size_t i = 0; i < w->n; i++)
		free(w->dirs[i].rel);
	free(w->dirs);
	free(w);
}
