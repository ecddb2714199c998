/*
 * Images: root file systems made from container images, kept by name under
 * DATA_DIR/images, for `--image NAME` (runs, sandboxes; an E2B template).
 *
 * An import takes an OCI image layout (DIR or DIR:TAG), a `docker save`
 * archive or an OCI archive, copies it with skopeo into an OCI layout and
 * unpacks it with umoci (the tools of the field: no tar is read here), and
 * keeps the root file system and what the image says of its process (env,
 * working directory, command) in image.json. Each image lives in its own
 * directory, named by the hash of its name, and appears only when complete
 * (a rename): an import that fails or is killed leaves no image behind.
 */
#ifndef AIRLOCK_IMAGE_H
#define AIRLOCK_IMAGE_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "common/err.h"

#define IMAGE_NAME_MAX 128

struct image_info {
	char *name;   /* "python:3.12-slim" */
	char *source; /* what it was imported from */
	char *rootfs; /* its root file system (absolute) */
	json_t *env;  /* ["NAME=value", ...] of the image's config */
	char *cwd;    /* its working directory, or NULL */
	json_t *cmd;  /* its command, or NULL */
	int64_t imported_at; /* seconds since the epoch */
};

void image_info_free(struct image_info *i);

/* Names: letters, digits and . _ - / : @, starting with a letter or digit,
 * at most IMAGE_NAME_MAX bytes. */
int image_name_check(const char *name, err_t *err);

/* The image called name; ENOENT when there is none. */
int image_lookup(const char *data_dir, const char *name, struct image_info *out, err_t *err);
/* Every image, sorted by name. */
int image_list(const char *data_dir, struct image_info **v, size_t *n, err_t *err);
void image_list_free(struct image_info *v, size_t n);
/* name NULL: the source's own (a docker archive's first tag, the layout's
 * reference). EEXIST when an image has that name (replace: it is replaced). */
int image_import(const char *data_dir, const char *src, const char *name, bool replace,
		 struct image_info *out, err_t *err);
int image_remove(const char *data_dir, const char *name, err_t *err);

#endif
