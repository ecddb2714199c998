/*
 * Images (image/image.h): DATA_DIR/images/HASH/{rootfs/, image.json}, HASH
 * the first 32 hex digits of the name's SHA-256; imports are assembled in
 * DATA_DIR/images/.import-PID-XXXXXX and renamed into place.
 */
#include "image/image.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sodium.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "common/util.h"

#define TOOL_OUTPUT_MAX (1u << 20)

extern char **environ;

void image_info_free(struct image_info *i)
{
	if (i == NULL)
		return;
	free(i->name);
	free(i->source);
	free(i->rootfs);
	free(i->cwd);
	json_decref(i->env);
	json_decref(i->cmd);
	memset(i, 0, sizeof(*i));
}

void image_list_free(struct image_info *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		image_info_free(&v[i]);
	free(v);
}

int image_name_check(const char *name, err_t *err)
{
	size_t n = name ? strlen(name) : 0;

	if (n == 0 || n > IMAGE_NAME_MAX)
		return err_say(err, EINVAL, "an image name has 1 to %d characters", IMAGE_NAME_MAX);
	for (size_t i = 0; i < n; i++) {
		char c = name[i];
		bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
		if (!alnum && (i == 0 || !strchr("._-/:@", c)))
			return err_say(err, EINVAL,
				       "bad image name '%s': letters, digits and . _ - / : @, starting "
				       "with a letter or a digit",
				       name);
	}
	return 0;
}

static void images_root(const char *data_dir, char *out, size_t size)
{
	snprintf(out, size, "%s/images", data_dir);
}

static void image_path(const char *data_dir, const char *name, char *out, size_t size)
{
	unsigned char h[crypto_hash_sha256_BYTES];
	char hex[2 * sizeof(h) + 1];

	crypto_hash_sha256(h, (const unsigned char *)name, strlen(name));
	sodium_bin2hex(hex, sizeof(hex), h, sizeof(h));
	hex[32] = '\0';
	snprintf(out, size, "%s/images/%s", data_dir, hex);
}

/* ---- external tools ---- */

/* Runs argv (searched in PATH), its stdout into out (may be NULL: dropped),
 * its stderr's last line into the error when it fails. */
static int run_tool(const char *const argv[], struct buf *out, err_t *err)
{
	int o[2] = {-1, -1}, e[2] = {-1, -1};
	posix_spawn_file_actions_t fa;
	pid_t pid;
	struct buf errbuf = {0};
	int rc = -1, status = 0;

	if (pipe2(o, O_CLOEXEC) < 0 || pipe2(e, O_CLOEXEC) < 0) {
		err_set(err, errno, "pipe");
		goto out;
	}
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, o[1], 1);
	posix_spawn_file_actions_adddup2(&fa, e[1], 2);
	int serr = posix_spawnp(&pid, argv[0], &fa, NULL, (char *const *)argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(o[1]);
	close(e[1]);
	o[1] = e[1] = -1;
	if (serr != 0) {
		err_set(err, serr, "cannot run %s (install it: apt-get install skopeo umoci)",
			argv[0]);
		goto out;
	}
	struct pollfd p[2] = {{o[0], POLLIN, 0}, {e[0], POLLIN, 0}};
	int open_fds = 2;
	while (open_fds > 0) {
		if (poll(p, 2, -1) < 0 && errno != EINTR)
			break;
		for (int i = 0; i < 2; i++) {
			if (p[i].fd < 0 || !p[i].revents)
				continue;
			char chunk[8192];
			ssize_t n = read(p[i].fd, chunk, sizeof(chunk));
			if (n <= 0) {
				if (n < 0 && errno == EINTR)
					continue;
				close(p[i].fd);
				p[i].fd = -1;
				open_fds--;
				continue;
			}
			struct buf *b = i == 0 ? out : &errbuf;
			if (b && b->len + (size_t)n <= TOOL_OUTPUT_MAX)
				buf_append(b, chunk, (size_t)n);
		}
	}
	o[0] = p[0].fd;
	e[0] = p[1].fd;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
		rc = 0;
		goto out;
	}
	/* the last non-empty line of its stderr */
	buf_append(&errbuf, "", 1);
	char *msg = errbuf.data;
	size_t len = strlen(msg);
	while (len > 0 && (msg[len - 1] == '\n' || msg[len - 1] == ' '))
		msg[--len] = '\0';
	char *last = strrchr(msg, '\n');
	err_say(err, EIO, "%s failed: %.300s", argv[0], last ? last + 1 : msg);
out:
	for (int i = 0; i < 2; i++) {
		if (o[i] >= 0)
			close(o[i]);
		if (e[i] >= 0)
			close(e[i]);
	}
	buf_free(&errbuf);
	return rc;
}

static void remove_tree(const char *path)
{
	const char *argv[] = {"rm", "-rf", "--one-file-system", "--", path, NULL};
	err_t ignore;
	run_tool(argv, NULL, &ignore);
}

/* Imports that a killed airlock left (their pid is gone). */
static void remove_stale_imports(const char *root)
{
	DIR *d = opendir(root);
	struct dirent *de;

	if (d == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		int pid;
		if (sscanf(de->d_name, ".import-%d-", &pid) != 1 || pid <= 0)
			continue;
		if (kill(pid, 0) == 0 || errno == EPERM)
			continue;
		char path[PATH_MAX];
		snprintf(path, sizeof(path), "%s/%s", root, de->d_name);
		remove_tree(path);
	}
	closedir(d);
}

/* ---- reading ---- */

static int read_info(const char *dir, struct image_info *out, err_t *err)
{
	char path[PATH_MAX];
	json_error_t jerr;

	memset(out, 0, sizeof(*out));
	snprintf(path, sizeof(path), "%s/image.json", dir);
	json_t *j = json_load_file(path, 0, &jerr);
	if (j == NULL)
		return err_set(err, errno ? errno : EIO, "cannot read %s: %s", path, jerr.text);
	const char *name = json_string_value(json_object_get(j, "name"));
	if (name == NULL) {
		json_decref(j);
		return err_say(err, EIO, "%s has no name", path);
	}
	out->name = xstrdup(name);
	const char *source = json_string_value(json_object_get(j, "source"));
	out->source = xstrdup(source ? source : "");
	const char *cwd = json_string_value(json_object_get(j, "cwd"));
	out->cwd = cwd ? xstrdup(cwd) : NULL;
	out->env = json_incref(json_object_get(j, "env"));
	out->cmd = json_incref(json_object_get(j, "cmd"));
	out->imported_at = json_integer_value(json_object_get(j, "imported_at"));
	out->rootfs = xasprintf("%s/rootfs", dir);
	json_decref(j);
	return 0;
}

int image_lookup(const char *data_dir, const char *name, struct image_info *out, err_t *err)
{
	char dir[PATH_MAX];

	memset(out, 0, sizeof(*out));
	if (image_name_check(name, err) < 0)
		return -1;
	image_path(data_dir, name, dir, sizeof(dir));
	if (access(dir, F_OK) < 0)
		return err_say(err, ENOENT,
			       "no image '%s'; import it with 'airlock image import' (see "
			       "'airlock image list')",
			       name);
	if (read_info(dir, out, err) < 0)
		return -1;
	if (strcmp(out->name, name) != 0) {
		image_info_free(out);
		return err_say(err, EIO, "the image directory %s names another image", dir);
	}
	return 0;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct image_info *)a)->name, ((const struct image_info *)b)->name);
}

int image_list(const char *data_dir, struct image_info **v, size_t *n, err_t *err)
{
	char root[PATH_MAX], dir[PATH_MAX];
	size_t cap = 0;

	*v = NULL;
	*n = 0;
	images_root(data_dir, root, sizeof(root));
	DIR *d = opendir(root);
	if (d == NULL)
		return errno == ENOENT ? 0 : err_set(err, errno, "cannot list %s", root);
	struct dirent *de;
	while ((de = readdir(d)) != NULL) {
		struct image_info info;
		err_t ignore;
		if (de->d_name[0] == '.')
			continue;
		snprintf(dir, sizeof(dir), "%s/%s", root, de->d_name);
		if (read_info(dir, &info, &ignore) < 0)
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 8;
			*v = xrealloc(*v, cap * sizeof(**v));
		}
		(*v)[(*n)++] = info;
	}
	closedir(d);
	if (*n > 1)
		qsort(*v, *n, sizeof(**v), by_name);
	return 0;
}

/* ---- import ---- */

/* A file of a tar archive, read with tar(1). */
static json_t *json_in_tar(const char *tar, const char *member)
{
	const char *argv[] = {"tar", "-xOf", tar, member, NULL};
	struct buf out = {0};
	err_t ignore;
	json_t *j = NULL;

	if (run_tool(argv, &out, &ignore) == 0)
		j = json_loadb(out.data ? out.data : "", out.len, 0, NULL);
	buf_free(&out);
	return j;
}

static char *ref_name_of_index(json_t *index)
{
	json_t *m = json_array_get(json_object_get(index, "manifests"), 0);
	const char *ref =
	    json_string_value(json_object_get(json_object_get(m, "annotations"),
					      "org.opencontainers.image.ref.name"));
	return ref ? xstrdup(ref) : NULL;
}

/* skopeo's source reference for src, and the name the source gives. */
static int source_of(const char *src, char **ref, char **named, err_t *err)
{
	struct stat st;
	char dir[PATH_MAX], index[PATH_MAX + 16];

	*ref = *named = NULL;
	snprintf(dir, sizeof(dir), "%s", src);
	const char *tag = NULL;
	char *colon = strrchr(dir, ':');
	if (stat(dir, &st) < 0 && colon) {
		*colon = '\0';
		tag = colon + 1;
	}
	if (stat(dir, &st) < 0)
		return err_set(err, errno, "image source '%s' does not exist", src);
	if (S_ISDIR(st.st_mode)) {
		snprintf(index, sizeof(index), "%s/index.json", dir);
		json_t *j = json_load_file(index, 0, NULL);
		if (j == NULL)
			return err_say(err, EINVAL,
				       "'%s' is not an OCI image layout (no index.json); give a "
				       "layout, a 'docker save' archive or an OCI archive",
				       dir);
		*named = tag ? xstrdup(tag) : ref_name_of_index(j);
		json_decref(j);
		*ref = tag ? xasprintf("oci:%s:%s", dir, tag) : xasprintf("oci:%s", dir);
		return 0;
	}
	json_t *manifest = json_in_tar(dir, "manifest.json");
	if (manifest) {
		const char *t = json_string_value(
		    json_array_get(json_object_get(json_array_get(manifest, 0), "RepoTags"), 0));
		/* as Docker shows it: "python:3.12-slim", not
		 * "docker.io/library/python:3.12-slim" */
		if (t && strncmp(t, "docker.io/library/", 18) == 0)
			t += 18;
		else if (t && strncmp(t, "docker.io/", 10) == 0)
			t += 10;
		*named = t ? xstrdup(t) : NULL;
		json_decref(manifest);
		*ref = xasprintf("docker-archive:%s", dir);
		return 0;
	}
	json_t *j = json_in_tar(dir, "index.json");
	if (j) {
		*named = ref_name_of_index(j);
		json_decref(j);
		*ref = xasprintf("oci-archive:%s", dir);
		return 0;
	}
	return err_say(err, EINVAL,
		       "'%s' is neither a 'docker save' archive nor an OCI archive (no "
		       "manifest.json or index.json)",
		       src);
}

/* image.json from umoci's runtime config of the unpacked bundle. */
static int write_info(const char *tmp, const char *name, const char *src, err_t *err)
{
	char path[PATH_MAX];
	snprintf(path, sizeof(path), "%s/bundle/config.json", tmp);
	json_t *cfg = json_load_file(path, 0, NULL);
	json_t *proc = json_object_get(cfg, "process");
	json_t *info = json_pack("{s:s, s:s, s:I, s:O?, s:O?, s:O?}", "name", name, "source", src,
				 "imported_at", (json_int_t)time(NULL), "env",
				 json_object_get(proc, "env"), "cwd", json_object_get(proc, "cwd"),
				 "cmd", json_object_get(proc, "args"));
	json_decref(cfg);
	snprintf(path, sizeof(path), "%s/image/image.json", tmp);
	int rc = json_dump_file(info, path, JSON_INDENT(2));
	json_decref(info);
	if (rc < 0)
		return err_set(err, errno, "cannot write %s", path);
	return 0;
}

int image_import(const char *data_dir, const char *src, const char *name, bool replace,
		 struct image_info *out, err_t *err)
{
	char root[PATH_MAX], tmp[PATH_MAX], final[PATH_MAX], p1[PATH_MAX + 32], p2[PATH_MAX + 32];
	char *ref = NULL, *named = NULL;
	int rc = -1;

	memset(out, 0, sizeof(*out));
	if (src == NULL || src[0] == '\0')
		return err_say(err, EINVAL, "no image source given");
	if (name && image_name_check(name, err) < 0)
		return -1;
	if (source_of(src, &ref, &named, err) < 0)
		goto done;
	if (name == NULL)
		name = named;
	if (name == NULL) {
		err_say(err, EINVAL, "'%s' names no image; give it one with --name NAME", src);
		goto done;
	}
	if (image_name_check(name, err) < 0)
		goto done;
	image_path(data_dir, name, final, sizeof(final));
	if (!replace && access(final, F_OK) == 0) {
		err_say(err, EEXIST, "an image '%s' exists; remove it first or use --replace", name);
		goto done;
	}
	images_root(data_dir, root, sizeof(root));
	if (mkdir(data_dir, 0700) < 0 && errno != EEXIST) {
		err_set(err, errno, "cannot create %s", data_dir);
		goto done;
	}
	if (mkdir(root, 0755) < 0 && errno != EEXIST) {
		err_set(err, errno, "cannot create %s", root);
		goto done;
	}
	remove_stale_imports(root);
	snprintf(tmp, sizeof(tmp), "%s/.import-%d-XXXXXX", root, (int)getpid());
	if (mkdtemp(tmp) == NULL) {
		err_set(err, errno, "cannot create a directory in %s", root);
		goto done;
	}
	snprintf(p1, sizeof(p1), "oci:%s/layout:image", tmp);
	const char *copy[] = {"skopeo", "copy", "--quiet", ref, p1, NULL};
	if (run_tool(copy, NULL, err) < 0)
		goto clean;
	snprintf(p1, sizeof(p1), "%s/layout:image", tmp);
	snprintf(p2, sizeof(p2), "%s/bundle", tmp);
	const char *unpack_root[] = {"umoci", "unpack", "--image", p1, p2, NULL};
	const char *unpack_rootless[] = {"umoci", "unpack", "--rootless", "--image", p1, p2, NULL};
	if (run_tool(geteuid() == 0 ? unpack_root : unpack_rootless, NULL, err) < 0)
		goto clean;
	snprintf(p1, sizeof(p1), "%s/image", tmp);
	if (mkdir(p1, 0755) < 0) {
		err_set(err, errno, "cannot create %s", p1);
		goto clean;
	}
	snprintf(p1, sizeof(p1), "%s/bundle/rootfs", tmp);
	snprintf(p2, sizeof(p2), "%s/image/rootfs", tmp);
	if (rename(p1, p2) < 0) {
		err_set(err, errno, "cannot move the unpacked image into place");
		goto clean;
	}
	/* the sandbox's user reads it: its top at least (the image's own
	 * modes hold below) */
	chmod(p2, 0755);
	if (write_info(tmp, name, src, err) < 0)
		goto clean;
	snprintf(p1, sizeof(p1), "%s/image", tmp);
	if (replace && access(final, F_OK) == 0) {
		snprintf(p2, sizeof(p2), "%s/old", tmp);
		if (rename(final, p2) < 0) {
			err_set(err, errno, "cannot replace %s", final);
			goto clean;
		}
	}
	if (rename(p1, final) < 0) {
		err_set(err, errno, "cannot move the image into %s", final);
		goto clean;
	}
	rc = read_info(final, out, err);
clean:
	remove_tree(tmp);
done:
	free(ref);
	free(named);
	return rc;
}

int image_remove(const char *data_dir, const char *name, err_t *err)
{
	char dir[PATH_MAX], root[PATH_MAX], tmp[PATH_MAX];
	struct image_info info;

	if (image_lookup(data_dir, name, &info, err) < 0)
		return -1;
	image_info_free(&info);
	image_path(data_dir, name, dir, sizeof(dir));
	images_root(data_dir, root, sizeof(root));
	/* out of sight first (a rename), then removed */
	snprintf(tmp, sizeof(tmp), "%s/.import-%d-rm", root, (int)getpid());
	if (rename(dir, tmp) < 0)
		return err_set(err, errno, "cannot remove %s", dir);
	remove_tree(tmp);
	return 0;
}
