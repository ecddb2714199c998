/* libFuzzer target: a warm template's decoding of a plan (engine/warm.c,
 * wire_decode). The bytes are the memfd's content; the descriptors are
 * stand-ins (never used by the decoder). Whatever it accepts must be
 * within the map, and every string NUL-terminated within it. */
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "engine/warm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int fds[WIRE_MAX_FDS] = {0, 100, 101, 102, 103, 104, 105, 106, 107, 108};
	struct child_plan p;
	void *map = NULL;
	size_t len = 0;
	err_t err;
	int fd = memfd_create("fuzz", MFD_CLOEXEC);

	if (fd < 0 || (size > 0 && write(fd, data, size) != (ssize_t)size)) {
		if (fd >= 0)
			close(fd);
		return 0;
	}
	for (int n = 3; n <= WIRE_MAX_FDS; n++) {
		if (wire_decode(fd, fds, n, &p, &map, &len, &err) < 0)
			continue;
		const char *lo = map, *hi = (const char *)map + len;
		for (int s = 0; s < p.nsteps; s++)
			for (char *const *a = p.steps[s].argv; *a; a++)
				if (*a < lo || *a + strlen(*a) >= hi)
					__builtin_trap();
		for (size_t i = 0; i < p.nfiles; i++)
			if (p.files[i].data < lo || p.files[i].data + p.files[i].len > hi)
				__builtin_trap();
		if (p.code < lo || p.code + p.code_len > hi)
			__builtin_trap();
		/* a box's and a run's own root, work directory and binds */
		const char *strs[] = {p.source_name, p.workdir, p.rootfs};
		for (size_t i = 0; i < sizeof(strs) / sizeof(strs[0]); i++)
			if (strs[i] && (strs[i] < lo || strs[i] + strlen(strs[i]) >= hi))
				__builtin_trap();
		for (size_t i = 0; i < p.nmounts; i++)
			if (p.mounts[i].src < lo || p.mounts[i].dst < lo ||
			    p.mounts[i].src + strlen(p.mounts[i].src) >= hi ||
			    p.mounts[i].dst + strlen(p.mounts[i].dst) >= hi)
				__builtin_trap();
		if (p.box != (p.nsteps == 0))
			__builtin_trap();
		wire_plan_free(&p);
		munmap(map, len);
	}
	close(fd);
	return 0;
}
