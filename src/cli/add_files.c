/*
 * `airlock run --add SRC[:DEST]`: the host files copied into the work
 * directory, read here into memory (the sandbox's init writes them; the
 * host's tree is never shown to it).
 *
 * A directory is walked one name at a time from fds (openat, O_NOFOLLOW),
 * so a path is never resolved twice. SRC itself may be a link (the caller
 * named it); below it, a symbolic link is copied as the file it points to
 * only when that is a regular file inside SRC, and refused otherwise (out
 * of SRC, to a directory, dangling). Fifos, sockets and devices are refused:
 * reading one could block or read what is not a file. Everything is checked
 * before the run: a bad DEST, two files of one name, the program's own
 * name, more bytes than the disk limit -- one line naming the --add.
 */
#include "cli/add_files.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/util.h"
#include "engine/inputs.h"
#include "lang/lang.h"

struct loader {
	const char *spec;    /* the --add being read, for messages */
	char root[PATH_MAX]; /* SRC's real path, when it is a directory */
	uint64_t left;	     /* bytes the disk limit still allows */
	struct added_files *out;
	int spec_index;
};

static int too_big(struct loader *l, uint64_t size, err_t *err)
{
	return err_set(err, 0,
		       "--add %.200s: %llu more bytes do not fit the disk limit (raise it with "
		       "--disk-limit)",
		       l->spec, (unsigned long long)size);
}

/* Reads the regular file open at fd into a new file named name. */
static int take_file(struct loader *l, int fd, const char *name, const char *shown, err_t *err)
{
	struct stat st;
	struct added_files *o = l->out;
	char *data;
	size_t len;

	if (fstat(fd, &st) < 0)
		return err_set(err, errno, "--add %.200s: cannot stat %.200s", l->spec, shown);
	if (!S_ISREG(st.st_mode))
		return err_set(err, 0,
			       "--add %.200s: %.200s is not a regular file (a fifo, socket or "
			       "device is never copied)",
			       l->spec, shown);
	if ((uint64_t)st.st_size + 4096 > l->left)
		return too_big(l, (uint64_t)st.st_size, err);
	if (o->n >= RUN_MAX_FILES)
		return err_set(err, 0, "--add %.200s: more than %d files in all", l->spec,
			       RUN_MAX_FILES);
	if (read_fd_max(fd, (size_t)l->left, &data, &len, err) < 0)
		return err_wrap(err, "--add %.200s: cannot read %.200s", l->spec, shown);
	l->left -= ((uint64_t)len + 4095) / 4096 * 4096;
	o->v = xrealloc(o->v, (o->n + 1) * sizeof(*o->v));
	o->spec = xrealloc(o->spec, (o->n + 1) * sizeof(*o->spec));
	o->v[o->n] = (struct run_file){xstrdup(name), data, len};
	o->spec[o->n] = l->spec_index;
	o->n++;
	return 0;
}

static int open_checked(struct loader *l, int dfd, const char *name, const char *shown, int flags,
			err_t *err)
{
	int fd = openat(dfd, name, flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	if (fd < 0)
		return err_set(err, errno, "--add %.200s: cannot open %.200s", l->spec, shown);
	return fd;
}

/* A link below SRC: the regular file it leads to, when that is inside
 * SRC. */
static int take_link(struct loader *l, const char *host, const char *name, err_t *err)
{
	char real[PATH_MAX];
	size_t n = strlen(l->root);
	struct stat st;

	if (realpath(host, real) == NULL)
		return err_set(err, errno, "--add %.200s: the link %.200s leads nowhere", l->spec,
			       host);
	if (strncmp(real, l->root, n) != 0 || real[n] != '/')
		return err_set(
		    err, 0,
		    "--add %.200s: the link %.200s leads out of %.200s; airlock does not "
		    "follow it",
		    l->spec, host, l->root);
	if (stat(real, &st) < 0 || !S_ISREG(st.st_mode))
		return err_set(err, 0,
			       "--add %.200s: the link %.200s does not lead to a regular file",
			       l->spec, host);
	cleanup_close int fd = open_checked(l, AT_FDCWD, real, host, O_RDONLY, err);
	return fd < 0 ? -1 : take_file(l, fd, name, host, err);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int walk(struct loader *l, int dfd, const char *host, const char *dest, int depth,
		err_t *err);

static int take_entry(struct loader *l, int dfd, const char *host, const char *dest,
		      const char *name, int depth, err_t *err)
{
	char hpath[PATH_MAX], dpath[RUN_MAX_PATH + 2];
	struct stat st;

	if ((size_t)snprintf(hpath, sizeof(hpath), "%s/%s", host, name) >= sizeof(hpath) ||
	    (size_t)snprintf(dpath, sizeof(dpath), "%s/%s", dest, name) >= sizeof(dpath))
		return err_set(err, 0, "--add %.200s: %.200s: the path is too long", l->spec, host);
	if (fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) < 0)
		return err_set(err, errno, "--add %.200s: cannot stat %.200s", l->spec, hpath);
	if (S_ISLNK(st.st_mode))
		return take_link(l, hpath, dpath, err);
	if (S_ISDIR(st.st_mode)) {
		cleanup_close int sub =
		    open_checked(l, dfd, name, hpath, O_RDONLY | O_DIRECTORY, err);
		return sub < 0 ? -1 : walk(l, sub, hpath, dpath, depth + 1, err);
	}
	cleanup_close int fd = open_checked(l, dfd, name, hpath, O_RDONLY, err);
	return fd < 0 ? -1 : take_file(l, fd, dpath, hpath, err);
}

static int walk(struct loader *l, int dfd, const char *host, const char *dest, int depth,
		err_t *err)
{
	char **names = NULL;
	size_t n = 0;
	int ret = 0;

	if (depth > RUN_MAX_DEPTH)
		return err_set(err, 0, "--add %.200s: more than %d levels deep", l->spec,
			       RUN_MAX_DEPTH);
	int fd = openat(dfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	if (d == NULL) {
		if (fd >= 0)
			close(fd);
		return err_set(err, errno, "--add %.200s: cannot list %.200s", l->spec, host);
	}
	for (struct dirent *e; (e = readdir(d)) != NULL;) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (n >= 4 * RUN_MAX_FILES) {
			ret = err_set(err, 0, "--add %.200s: more than %d files in all", l->spec,
				      RUN_MAX_FILES);
			break;
		}
		names = xrealloc(names, (n + 1) * sizeof(*names));
		names[n++] = xstrdup(e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof(*names), by_name);
	for (size_t i = 0; i < n && ret == 0; i++)
		ret = take_entry(l, dfd, host, dest, names[i], depth, err);
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return ret;
}

/* DEST when none is given: SRC's base name. */
static int default_dest(const char *spec, const char *src, char *dest, size_t size, err_t *err)
{
	char copy[PATH_MAX];
	size_t n = strlen(src);

	if (n >= sizeof(copy))
		return err_set(err, 0, "--add %.200s: too long", spec);
	memcpy(copy, src, n + 1);
	while (n > 1 && copy[n - 1] == '/')
		copy[--n] = '\0';
	const char *base = strrchr(copy, '/');
	base = base ? base + 1 : copy;
	if (strlen(base) >= size || workpath_problem(base, strlen(base)) != NULL)
		return err_set(err, 0, "--add %.200s: SRC has no usable base name; give :DEST",
			       spec);
	memcpy(dest, base, strlen(base) + 1);
	return 0;
}

static int load_one(struct loader *l, err_t *err)
{
	char src[PATH_MAX], dest[RUN_MAX_PATH + 1];
	bool has_dest;
	struct stat st;

	if (run_add_split(l->spec, src, sizeof(src), dest, sizeof(dest), &has_dest, err) < 0 ||
	    (!has_dest && default_dest(l->spec, src, dest, sizeof(dest), err) < 0))
		return -1;
	/* SRC itself may be a link: the caller named it. */
	if (stat(src, &st) < 0)
		return err_set(err, errno, "--add %.200s: cannot stat %.200s", l->spec, src);
	if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
		return err_set(err, 0,
			       "--add %.200s: %.200s is neither a regular file nor a directory",
			       l->spec, src);
	cleanup_close int fd = open(src, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	if (fd < 0 || fstat(fd, &st) < 0)
		return err_set(err, errno, "--add %.200s: cannot open %.200s", l->spec, src);
	if (!S_ISDIR(st.st_mode))
		return take_file(l, fd, dest, src, err);
	if (realpath(src, l->root) == NULL)
		return err_set(err, errno, "--add %.200s: cannot resolve %.200s", l->spec, src);
	return walk(l, fd, src, dest, 1, err);
}

int add_files_load(const char *const *specs, size_t n, const struct lang_profile *lang,
		   uint64_t max_bytes, struct added_files *out, err_t *err)
{
	struct loader l = {.left = max_bytes, .out = out};
	struct file_problem p;

	memset(out, 0, sizeof(*out));
	for (size_t i = 0; i < n; i++) {
		l.spec = specs[i];
		l.spec_index = (int)i;
		if (load_one(&l, err) < 0)
			return -1;
	}
	if (run_files_problem(lang, out->v, out->n, &p) == 0)
		return 0;
	if (p.other != (size_t)-1)
		return err_set(err, 0, "--add %.200s: '%.200s' and --add %.200s '%.200s': %s",
			       specs[out->spec[p.index]], out->v[p.index].name,
			       specs[out->spec[p.other]], out->v[p.other].name, p.why);
	return err_set(err, 0, "--add %.200s: '%.200s': %s", specs[out->spec[p.index]],
		       out->v[p.index].name, p.why);
}

void added_files_free(struct added_files *f)
{
	for (size_t i = 0; i < f->n; i++) {
		free((char *)f->v[i].name);
		free((char *)f->v[i].data);
	}
	free(f->v);
	free(f->spec);
	memset(f, 0, sizeof(*f));
}
