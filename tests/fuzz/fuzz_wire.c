/* libFuzzer target: a warm template's decoding of a plan (engine/warm.c,
 * wire_decode). The bytes are the memfd's content; the descriptors are
 * stand-ins (never used by the decoder). Whatever it accepts must be
 * within the map, and every string NUL-terminated within it.
 *
 * It seeds its own corpus (the directory it is given) with plans that
 * wire_encode writes: a run with a compile step, files and stdin, and a
 * box with egress, a root of its own and binds, so that the fuzzer starts
 * from what the format is today and not from nothing. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "engine/warm.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Writes p as wire_encode makes it to dir/name. */
static void seed(const char *dir, const char *name, const struct child_plan *p)
{
	int fds[WIRE_MAX_FDS], n = 0;
	char path[4096], buf[8192];
	err_t err;

	if (wire_encode(p, fds, &n, &err) < 0) {
		fprintf(stderr, "fuzz_wire: cannot encode the seed %s: %s\n", name, err.msg);
		return;
	}
	ssize_t len = pread(fds[0], buf, sizeof(buf), 0);
	close(fds[0]);
	snprintf(path, sizeof(path), "%s/seed-%s", dir, name);
	FILE *f = fopen(path, "wb");
	if (f == NULL || len <= 0 || fwrite(buf, 1, (size_t)len, f) != (size_t)len)
		fprintf(stderr, "fuzz_wire: cannot write %s\n", path);
	if (f)
		fclose(f);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static char g0[] = "/usr/bin/gcc", g1[] = "-o", g2[] = "main", g3[] = "main.c";
	static char m0[] = "./main", m1[] = "a b", e0[] = "PATH=/usr/bin", e1[] = "X=1";
	static char *gcc[] = {g0, g1, g2, g3, NULL}, *run[] = {m0, m1, NULL},
		    *envp[] = {e0, e1, NULL};
	static const struct run_file files[] = {{"data/in.bin", "\0\1\2", 3}, {"empty", "", 0}};
	static const struct run_mount mounts[] = {{"/srv/data", "/data"},
						  {"/opt/venv", "/opt/venv"}};
	const char *dir = NULL;

	for (int i = 1; i < *argc; i++)
		if ((*argv)[i][0] != '-')
			dir = (*argv)[i];
	if (dir == NULL)
		return 0;
	struct child_plan p;
	memset(&p, 0, sizeof(p));
	p.notify = true;
	p.net = NET_NONE;
	p.cgroup_fd = -1;
	snprintf(p.scratch_bytes, sizeof(p.scratch_bytes), "%d", 64 << 20);
	p.source_name = "main.c";
	p.code = "int main(void){return 0;}";
	p.code_len = strlen(p.code);
	p.files = files;
	p.nfiles = 2;
	p.nsteps = 2;
	p.steps[0] = (struct child_step){gcc, envp, 110, 111, false, 10, 64, 512 << 20, 8 << 20};
	p.steps[1] = (struct child_step){run, envp, 112, 113, true, 3, 64, 1 << 30, 8 << 20};
	p.sync_fd = 100;
	p.report_fd = 101;
	p.stdin_fd = 102;
	p.collect_fd = 103;
	p.proxy_fd = p.ctl_fd = -1;
	seed(dir, "run", &p);

	p.nsteps = 1;
	p.steps[0] = p.steps[1];
	p.nfiles = 0;
	p.stdin_fd = p.collect_fd = -1;
	seed(dir, "one-step", &p);

	memset(&p, 0, sizeof(p));
	p.box = true;
	p.net = NET_EGRESS;
	p.workdir = "/home/user";
	p.rootfs = "/var/lib/airlock/images/x/rootfs";
	p.mounts = mounts;
	p.nmounts = 2;
	snprintf(p.scratch_bytes, sizeof(p.scratch_bytes), "%d", 256 << 20);
	p.sync_fd = 100;
	p.report_fd = 101;
	p.stdin_fd = -1;
	p.collect_fd = 103;
	p.proxy_fd = 104;
	p.ctl_fd = 105;
	p.steps[0].envp = envp;
	seed(dir, "box", &p);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int fds[WIRE_MAX_FDS] = {0, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109};
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
