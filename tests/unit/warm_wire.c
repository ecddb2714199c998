/* The plan a supervisor hands a warm template (engine/warm.c): what goes in
 * comes out, and anything else is refused without reading past the map. */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "engine/warm.h"

static char a0[] = "/usr/bin/gcc", a1[] = "-o", a2[] = "main", a3[] = "main.c";
static char b0[] = "./main", b1[] = "a b", b2[] = "";
static char e0[] = "PATH=/usr/bin", e1[] = "X=1";
static char *argv0[] = {a0, a1, a2, a3, NULL};
static char *argv1[] = {b0, b1, b2, NULL};
static char *envp[] = {e0, e1, NULL};
static const struct run_file files[] = {
    {"data/in.bin", "\0\1\2", 3},
    {"empty", "", 0},
};

/* A plan with every field set; its descriptors are pipes (closed by the
 * caller with close_plan_fds). */
static void make_plan(struct child_plan *p)
{
	int fds[2];
	memset(p, 0, sizeof(*p));
	p->notify = true;
	p->set_ids = false;
	p->net = NET_LOOPBACK;
	p->cgroup_fd = -1;
	snprintf(p->scratch_bytes, sizeof(p->scratch_bytes), "%d", 64 << 20);
	p->source_name = "main.c";
	p->code = "int main(void){return 0;}\0tail";
	p->code_len = 30;
	p->files = files;
	p->nfiles = 2;
	p->nsteps = 2;
	p->steps[0] = (struct child_step){argv0, envp, -1, -1, false, 12, 0, 0, 8 << 20};
	p->steps[1] = (struct child_step){argv1, envp, -1, -1, true, 3, 65, 1 << 30, 8 << 20};
	cr_assert_eq(pipe(fds), 0);
	p->sync_fd = fds[0];
	p->report_fd = fds[1];
	cr_assert_eq(pipe(fds), 0);
	p->stdin_fd = fds[0];
	p->collect_fd = fds[1];
	for (int s = 0; s < 2; s++) {
		cr_assert_eq(pipe(fds), 0);
		p->steps[s].out_fd = fds[0];
		p->steps[s].err_fd = fds[1];
	}
}

static void close_plan_fds(struct child_plan *p)
{
	close(p->sync_fd);
	close(p->report_fd);
	close(p->stdin_fd);
	close(p->collect_fd);
	for (int s = 0; s < p->nsteps; s++) {
		close(p->steps[s].out_fd);
		close(p->steps[s].err_fd);
	}
}

Test(warm_wire, a_plan_comes_back_as_it_went)
{
	struct child_plan in, out;
	int fds[WIRE_MAX_FDS], n = 0;
	void *map;
	size_t len;
	err_t err;

	make_plan(&in);
	err_clear(&err);
	cr_assert_eq(wire_encode(&in, fds, &n, &err), 0, "%s", err.msg);
	cr_assert_eq(n, 9);
	cr_assert_eq(fcntl(fds[0], F_GET_SEALS) & F_SEAL_WRITE, F_SEAL_WRITE, "the plan is sealed");
	cr_assert_eq(wire_decode(fds[0], fds, n, &out, &map, &len, &err), 0, "%s", err.msg);
	cr_assert(out.notify && !out.set_ids);
	cr_assert_eq(out.net, NET_LOOPBACK);
	cr_assert_str_eq(out.scratch_bytes, in.scratch_bytes);
	cr_assert_str_eq(out.source_name, "main.c");
	cr_assert_eq(out.code_len, 30);
	cr_assert_eq(memcmp(out.code, in.code, 30), 0);
	cr_assert_eq(out.nfiles, 2);
	cr_assert_str_eq(out.files[0].name, "data/in.bin");
	cr_assert_eq(out.files[0].len, 3);
	cr_assert_eq(memcmp(out.files[0].data, "\0\1\2", 3), 0);
	cr_assert_eq(out.files[1].len, 0);
	cr_assert_eq(out.nsteps, 2);
	for (int s = 0; s < 2; s++) {
		char *const *a = s ? argv1 : argv0;
		int k = 0;
		for (; a[k]; k++)
			cr_assert_str_eq(out.steps[s].argv[k], a[k]);
		cr_assert_null(out.steps[s].argv[k]);
		cr_assert_str_eq(out.steps[s].envp[1], "X=1");
		cr_assert_null(out.steps[s].envp[2]);
		cr_assert_eq(out.steps[s].cpu_s, in.steps[s].cpu_s);
		cr_assert_eq(out.steps[s].nproc, in.steps[s].nproc);
		cr_assert_eq(out.steps[s].data_bytes, in.steps[s].data_bytes);
		cr_assert_eq(out.steps[s].merge_stderr, in.steps[s].merge_stderr);
		cr_assert_eq(out.steps[s].out_fd, in.steps[s].out_fd);
		cr_assert_eq(out.steps[s].err_fd, in.steps[s].err_fd);
	}
	cr_assert_eq(out.sync_fd, in.sync_fd);
	cr_assert_eq(out.report_fd, in.report_fd);
	cr_assert_eq(out.stdin_fd, in.stdin_fd);
	cr_assert_eq(out.collect_fd, in.collect_fd);
	cr_assert_eq(out.cgroup_fd, -1, "no cgroup to clone into");
	cr_assert_null(out.hook, "the template sets its own hook");
	wire_plan_free(&out);
	munmap(map, len);
	close(fds[0]);
	close_plan_fds(&in);
}

Test(warm_wire, no_stdin_and_no_collect_send_fewer_descriptors)
{
	struct child_plan in, out;
	int fds[WIRE_MAX_FDS], n = 0, in_fd, collect_fd;
	void *map;
	size_t len;
	err_t err;

	make_plan(&in);
	in_fd = in.stdin_fd;
	collect_fd = in.collect_fd;
	in.stdin_fd = in.collect_fd = -1;
	cr_assert_eq(wire_encode(&in, fds, &n, &err), 0, "%s", err.msg);
	cr_assert_eq(n, 7);
	cr_assert_eq(wire_decode(fds[0], fds, n, &out, &map, &len, &err), 0, "%s", err.msg);
	cr_assert_eq(out.stdin_fd, -1);
	cr_assert_eq(out.collect_fd, -1);
	cr_assert_eq(out.steps[1].err_fd, in.steps[1].err_fd);
	wire_plan_free(&out);
	munmap(map, len);
	/* the descriptors must be the ones the plan says; nothing is kept */
	cr_assert_eq(wire_decode(fds[0], fds, n - 1, &out, &map, &len, &err), -1);
	cr_assert(strstr(err.msg, "descriptors"), "%s", err.msg);
	cr_assert_null(map);
	cr_assert_null(out.files);
	close(fds[0]);
	in.stdin_fd = in_fd;
	in.collect_fd = collect_fd;
	close_plan_fds(&in);
}

/* The encoded bytes, changed by edit, in a new memfd. */
static int edited(const struct child_plan *p, void (*edit)(char *buf, size_t *len))
{
	int fds[WIRE_MAX_FDS], n;
	char buf[4096];
	size_t len;
	err_t err;

	cr_assert_eq(wire_encode(p, fds, &n, &err), 0);
	len = (size_t)pread(fds[0], buf, sizeof(buf), 0);
	close(fds[0]);
	edit(buf, &len);
	int fd = memfd_create("edited", MFD_CLOEXEC);
	cr_assert_eq(write(fd, buf, len), (ssize_t)len);
	return fd;
}

static void bad_magic(char *b, size_t *len)
{
	(void)len;
	b[0] ^= 1;
}
static void truncated(char *b, size_t *len)
{
	(void)b;
	*len -= 5;
}
static void longer(char *b, size_t *len)
{
	(void)b;
	*len += 1;
}
static void too_many_steps(char *b, size_t *len)
{
	(void)len;
	uint32_t v = 3;
	memcpy(b + 12, &v, 4); /* nsteps */
}
static void huge_code(char *b, size_t *len)
{
	(void)len;
	uint64_t v = ~0ull;
	memcpy(b + 32, &v, 8); /* code_len */
}
static void header_only(char *b, size_t *len)
{
	(void)b;
	*len = 10;
}

Test(warm_wire, malformed_plans_are_refused)
{
	static void (*const edits[])(char *, size_t *) = {
	    bad_magic, truncated, longer, too_many_steps, huge_code, header_only,
	};
	struct child_plan in, out;
	void *map = NULL;
	size_t len;
	err_t err;

	make_plan(&in);
	int fds[9] = {-1, in.sync_fd, in.report_fd, in.stdin_fd, in.collect_fd, in.steps[0].out_fd,
		      in.steps[0].err_fd, in.steps[1].out_fd, in.steps[1].err_fd};
	for (size_t i = 0; i < sizeof(edits) / sizeof(edits[0]); i++) {
		int fd = edited(&in, edits[i]);
		fds[0] = fd;
		err_clear(&err);
		cr_expect_eq(wire_decode(fd, fds, 9, &out, &map, &len, &err), -1, "edit %zu", i);
		cr_expect(strstr(err.msg, "warm plan"), "edit %zu: %s", i, err.msg);
		cr_expect_null(map, "edit %zu: nothing stays mapped", i);
		close(fd);
	}
	close_plan_fds(&in);
}

/* --net egress, and a box's init (a spawner's: no step, a control
 * socket, its own work directory, read-only binds, another root, the
 * cgroup v2 directory to clone it into): each comes back with its
 * descriptor in its place. */
Test(warm_wire, a_box_with_egress_mounts_and_a_root_comes_back_as_it_went)
{
	static const struct run_mount mounts[] = {{"/srv/data", "/mnt/data"}, {"/opt/v", "/opt/v"}};
	struct child_plan in, out;
	int fds[WIRE_MAX_FDS], n = 0, extra[2];
	void *map;
	size_t len;
	err_t err;

	memset(&in, 0, sizeof(in));
	in.net = NET_EGRESS;
	snprintf(in.scratch_bytes, sizeof(in.scratch_bytes), "%d", 1 << 20);
	in.box = true;
	in.workdir = "/home/user";
	in.rootfs = "/var/lib/airlock/images/x/rootfs";
	in.mounts = mounts;
	in.nmounts = 2;
	in.stdin_fd = -1;
	cr_assert_eq(pipe(extra), 0);
	in.sync_fd = extra[0];
	in.report_fd = extra[1];
	cr_assert_eq(pipe(extra), 0);
	in.collect_fd = extra[0];
	in.proxy_fd = extra[1];
	in.ctl_fd = dup(extra[1]);
	in.cgroup_fd = open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	err_clear(&err);
	cr_assert_eq(wire_encode(&in, fds, &n, &err), 0, "%s", err.msg);
	cr_assert_eq(n, 7, "memfd, sync, report, collect, proxy, ctl, cgroup");
	cr_assert_eq(wire_decode(fds[0], fds, n, &out, &map, &len, &err), 0, "%s", err.msg);
	cr_assert(out.box);
	cr_assert_eq(out.nsteps, 0);
	cr_assert_eq(out.net, NET_EGRESS);
	cr_assert_eq(out.proxy_fd, in.proxy_fd);
	cr_assert_eq(out.ctl_fd, in.ctl_fd);
	cr_assert_eq(out.cgroup_fd, in.cgroup_fd);
	cr_assert_eq(out.collect_fd, in.collect_fd);
	cr_assert_eq(out.stdin_fd, -1);
	cr_assert_null(out.source_name, "a box has no program");
	cr_assert_str_eq(out.workdir, "/home/user");
	cr_assert_str_eq(out.rootfs, in.rootfs);
	cr_assert_eq(out.nmounts, 2);
	for (int i = 0; i < 2; i++) {
		cr_assert_str_eq(out.mounts[i].src, mounts[i].src);
		cr_assert_str_eq(out.mounts[i].dst, mounts[i].dst);
	}
	wire_plan_free(&out);
	munmap(map, len);

	/* the header must agree with itself: egress without the proxy's
	 * descriptor, a box with a step */
	static const struct {
		size_t off;
		uint32_t value;
	} lies[] = {{4, 32 | 64}, {12, 1}};
	char buf[4096];
	ssize_t got = pread(fds[0], buf, sizeof(buf), 0);
	cr_assert_gt(got, 16);
	for (size_t k = 0; k < sizeof(lies) / sizeof(lies[0]); k++) {
		char copy[4096];
		memcpy(copy, buf, (size_t)got);
		memcpy(copy + lies[k].off, &lies[k].value, sizeof(uint32_t));
		int fd = memfd_create("edited", MFD_CLOEXEC);
		cr_assert_eq(write(fd, copy, (size_t)got), got);
		cr_assert_eq(wire_decode(fd, fds, n, &out, &map, &len, &err), -1, "lie %zu", k);
		cr_assert(strstr(err.msg, "malformed"), "lie %zu: %s", k, err.msg);
		cr_assert_null(map);
		close(fd);
	}

	/* a run's plan: no work directory or root of its own */
	struct child_plan run;
	int rfds[WIRE_MAX_FDS];
	make_plan(&run);
	cr_assert_eq(wire_encode(&run, rfds, &n, &err), 0, "%s", err.msg);
	cr_assert_eq(wire_decode(rfds[0], rfds, n, &out, &map, &len, &err), 0, "%s", err.msg);
	cr_assert_null(out.workdir);
	cr_assert_null(out.rootfs);
	cr_assert_eq(out.nmounts, 0);
	cr_assert_eq(out.proxy_fd, -1);
	cr_assert_eq(out.ctl_fd, -1);
	cr_assert(!out.box);
	wire_plan_free(&out);
	munmap(map, len);
	close(rfds[0]);
	close_plan_fds(&run);
	close(fds[0]);
	close(in.sync_fd);
	close(in.report_fd);
	close(in.collect_fd);
	close(in.proxy_fd);
	close(in.ctl_fd);
	close(in.cgroup_fd);
}
