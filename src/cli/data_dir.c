#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/data_dir.h"

static int mkdir_p(const char *dir, err_t *err)
{
	char tmp[4096];

	snprintf(tmp, sizeof(tmp), "%s", dir);
	for (char *p = tmp + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = 0;
		if (mkdir(tmp, 0755) < 0 && errno != EEXIST)
			return err_set(err, errno, "cannot create %s", tmp);
		*p = '/';
	}
	if (mkdir(tmp, 0700) < 0 && errno != EEXIST)
		return err_set(err, errno, "cannot create the data directory %s", tmp);
	return 0;
}

int data_dir_open(const char *dir, const char *store, int create, struct store **st, err_t *err)
{
	char path[4096];
	struct stat sb;

	if (create && mkdir_p(dir, err) < 0)
		return -1;
	if (store && store[0])
		return store_open(store, st, err);
	if (stat(dir, &sb) < 0)
		return err_set(err, errno,
			       "no data directory %s (start 'airlock serve' or use --data-dir)",
			       dir);
	snprintf(path, sizeof(path), "%s/airlock.db", dir);
	if (!create && access(path, F_OK) < 0)
		return err_set(err, errno,
			       "no database in %s (start 'airlock serve' or use --data-dir)", dir);
	return store_open_sqlite(path, st, err);
}
