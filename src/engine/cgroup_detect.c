/* Which backend serves this host: the unified hierarchy (v2) when it is
 * mounted and usable, else the v1 controllers, else none. It sits above
 * both backends, which use the shared helpers of cgroup.c. */
#include "engine/cgroup.h"

const struct cgroup_backend *cgroup_detect(const char *root)
{
	if (cgroup_v2_backend.detect(root))
		return &cgroup_v2_backend;
	if (cgroup_v1_backend.detect(root))
		return &cgroup_v1_backend;
	return NULL;
}
