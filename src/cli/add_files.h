/* `airlock run --add SRC[:DEST]`: host files and directories read into the
 * files a run writes into its work directory (see add_files.c). */
#ifndef AIRLOCK_ADD_FILES_H
#define AIRLOCK_ADD_FILES_H

#include <stddef.h>
#include <stdint.h>

#include "cli/run_args.h"
#include "engine/engine.h"

struct added_files {
	struct run_file *v; /* names and contents are owned */
	size_t n;
	int *spec; /* which --add each came from */
};

/* Reads every --add spec; at most max_bytes (the disk limit, less the
 * program) in all. One line naming the --add on any problem. */
int add_files_load(const char *const *specs, size_t n, const struct lang_profile *lang,
		   uint64_t max_bytes, struct added_files *out, err_t *err);
void added_files_free(struct added_files *f);

#endif
