/*
 * Files collected from the work directory after a run (the result's
 * `files`), read by the supervisor through a directory fd that the
 * sandbox's init handed over before the program started.
 */
#ifndef AIRLOCK_COLLECT_H
#define AIRLOCK_COLLECT_H

#include <stddef.h>
#include <stdint.h>

#include "engine/engine.h"

/* A file's content is returned up to this size; a larger one is listed
 * with its size and SHA-256 and no content. */
#define COLLECT_FILE_MAX (1u << 20)
/* The contents of all collected files together; the files past it (in
 * path order) are listed without content. */
#define COLLECT_TOTAL_MAX (8u << 20)
/* At most this many files are listed; the walk goes at most this deep
 * and looks at this many entries. Past any of them, `files_truncated`. */
#define COLLECT_MAX_FILES 256
#define COLLECT_MAX_DEPTH 32
#define COLLECT_MAX_ENTRIES 70000
#define COLLECT_PATH_MAX 4096 /* bytes of a listed path */

/*
 * Walks the directory open at dirfd and lists every entry whose path
 * relative to it matches one of the globs (fnmatch(3) with FNM_PATHNAME and
 * FNM_LEADING_DIR: `*` stays within a directory, and a glob that matches a
 * directory collects everything below it), in path order. Never follows a
 * symbolic link and never leaves dirfd's file system; links, fifos,
 * sockets and devices are listed and not read. Regular files no larger
 * than hash_max are hashed (a sparse file may claim any size; none larger
 * than the disk limit was really written). Must only be called when no
 * process can change the directory any more.
 */
void collect_files(int dirfd, const char *const *globs, size_t nglobs, uint64_t hash_max,
		   struct collected *out);

void collected_free(struct collected *c);

#endif
