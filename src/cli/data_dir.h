/* Where airlock serve, keys and audit keep their state. */
#ifndef AIRLOCK_DATA_DIR_H
#define AIRLOCK_DATA_DIR_H

#include <stddef.h>

#include "common/err.h"
#include "store/store.h"

/* --data-dir if given; /var/lib/airlock as root; $XDG_STATE_HOME/airlock
 * (or ~/.local/state/airlock) otherwise. */
void data_dir_default(const char *flag, char *out, size_t size);
/* Creates the directory (0700) when asked, and opens its database: the
 * store a URL names (--store: postgres://... or sqlite:PATH, store.h), or
 * with store NULL or "" the SQLite file in the directory. The directory
 * keeps the audit signing key either way. */
int data_dir_open(const char *dir, const char *store, int create, struct store **st, err_t *err);

#endif
