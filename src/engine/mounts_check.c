/*
 * What a run or a box may show of the host besides airlock's own tree
 * (engine.h, engine_check_mounts): --mount binds and a --rootfs, checked
 * before anything is made -- plain absolute paths, destinations that are
 * not the sandbox's own places, sources the sandbox's user can read.
 */
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>

#include "common/util.h"
#include "engine/internal.h"

static bool plain_absolute(const char *p)
{
	if (p == NULL || p[0] != '/' || strlen(p) >= PATH_MAX / 2)
		return false;
	for (const char *c = p; *c; c++) {
		if (c[0] == '/' && (c[1] == '/' || c[1] == '\0') && c != p)
			return false;
		if (c[0] == '/' && c[1] == '.' &&
		    (c[2] == '/' || c[2] == '\0' || (c[2] == '.' && (c[3] == '/' || c[3] == '\0'))))
			return false;
	}
	return true;
}

/* Whether dst is (below) one of the sandbox's own places. */
static bool reserved_dst(const char *dst, const char *workdir)
{
	static const char *const own[] = {"/proc",  "/dev",    "/sys",	"/tmp", "/etc",
					  "/usr",   "/bin",    "/sbin", "/lib", "/lib32",
					  "/lib64", "/libx32", "/run",	"/work"};
	for (size_t i = 0; i < ARRAY_SIZE(own) + 1; i++) {
		const char *p = i < ARRAY_SIZE(own) ? own[i] : workdir;
		size_t n = strlen(p);
		if (strncmp(dst, p, n) == 0 && (dst[n] == '\0' || dst[n] == '/'))
			return true;
	}
	return strcmp(dst, "/") == 0;
}

/* The sandbox's user reads what is mounted: the source itself must let it
 * (others' bits, or the owner's when rootless and the caller owns it; its
 * parents need not: init takes the sources before it becomes that user). */
static int sandbox_can_read(const struct engine *e, const char *what, const char *path, err_t *err)
{
	struct stat st;

	if (stat(path, &st) < 0)
		return err_set(err, errno, "%s '%s' does not exist", what, path);
	bool owner = e->rootless && st.st_uid == e->caller_uid;
	mode_t r = owner ? S_IRUSR : S_IROTH, x = owner ? S_IXUSR : S_IXOTH;
	if (!(st.st_mode & r) || (S_ISDIR(st.st_mode) && !(st.st_mode & x)))
		return err_say(err, EACCES,
			       "%s '%s' is not readable by the sandbox's user (%s); allow it "
			       "with 'chmod %s %s'",
			       what, path, owner ? "its owner" : "not its owner",
			       owner ? "u+rX" : "o+rX", path);
	return 0;
}

int engine_check_mounts(const struct engine *e, const struct run_mount *m, size_t n,
			const char *rootfs, const char *workdir, err_t *err)
{
	struct stat st;

	if (n > ENGINE_MAX_MOUNTS)
		return err_say(err, EINVAL, "at most %d mounts", ENGINE_MAX_MOUNTS);
	if (rootfs) {
		if (!plain_absolute(rootfs))
			return err_say(err, EINVAL,
				       "--rootfs '%s': give an absolute path without '.', '..' "
				       "or a trailing '/'",
				       rootfs);
		if (stat(rootfs, &st) < 0 || !S_ISDIR(st.st_mode))
			return err_say(err, ENOTDIR, "--rootfs '%s' is not a directory", rootfs);
		if (sandbox_can_read(e, "--rootfs", rootfs, err) < 0)
			return -1;
	}
	for (size_t i = 0; i < n; i++) {
		if (!plain_absolute(m[i].src) || !plain_absolute(m[i].dst))
			return err_say(err, EINVAL,
				       "--mount '%s:%s': both paths must be absolute, without '.', "
				       "'..' or a trailing '/'",
				       m[i].src ? m[i].src : "", m[i].dst ? m[i].dst : "");
		if (reserved_dst(m[i].dst, workdir))
			return err_say(err, EINVAL,
				       "--mount '%s:%s': %s is the sandbox's own; mount it "
				       "elsewhere, e.g. /data or /opt/NAME",
				       m[i].src, m[i].dst, m[i].dst);
		if (stat(m[i].src, &st) < 0)
			return err_set(err, errno, "--mount '%s': the source does not exist",
				       m[i].src);
		if (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode))
			return err_say(err, EINVAL,
				       "--mount '%s': only a directory or a regular file can be "
				       "mounted",
				       m[i].src);
		if (sandbox_can_read(e, "--mount", m[i].src, err) < 0)
			return -1;
		for (size_t j = 0; j < i; j++)
			if (strcmp(m[i].dst, m[j].dst) == 0)
				return err_say(err, EINVAL, "--mount: %s is given twice", m[i].dst);
	}
	return 0;
}
