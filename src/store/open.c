/* Which backend a store's URL names; above every backend. */
#include <string.h>

#include "store/store.h"

int store_open(const char *spec, struct store **out, err_t *err)
{
	const char *sep = strstr(spec, "://");

	if (strncmp(spec, "sqlite:", 7) == 0) {
		if (spec[7] == 0 || strncmp(spec + 7, "//", 2) == 0)
			return err_set(err, 0, "sqlite: takes a path: sqlite:PATH");
		return store_open_sqlite(spec + 7, out, err);
	}
	if (strncmp(spec, "postgres://", 11) == 0 || strncmp(spec, "postgresql://", 13) == 0)
		return store_open_pg(spec, out, err);
	/* a scheme is letters, digits, '+', '-' and '.' before "://" */
	if (sep && sep > spec &&
	    strspn(spec, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
			 "0123456789+-.") == (size_t)(sep - spec))
		return err_set(
		    err, 0,
		    "%.*s:// stores are not supported (a path or sqlite:PATH for SQLite, "
		    "postgres://... for PostgreSQL)",
		    (int)(sep - spec), spec);
	return store_open_sqlite(spec, out, err);
}
