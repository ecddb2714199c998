/* Where the data directory is (cli/data_dir.h): apart from opening it, so
 * that `airlock run` (static, without the store) can name it. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "cli/data_dir.h"

void data_dir_default(const char *flag, char *out, size_t size)
{
	const char *xdg = getenv("XDG_STATE_HOME"), *home = getenv("HOME");

	if (flag)
		snprintf(out, size, "%s", flag);
	else if (geteuid() == 0)
		snprintf(out, size, "/var/lib/airlock");
	else if (xdg && *xdg)
		snprintf(out, size, "%s/airlock", xdg);
	else
		snprintf(out, size, "%s/.local/state/airlock", home ? home : ".");
}
