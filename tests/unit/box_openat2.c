/*
 * The box's file calls resolve every path with openat2 RESOLVE_BENEATH.
 * The kernel answers EAGAIN to a walk through ".." that a rename anywhere
 * on the machine raced (openat2(2): the caller may try again): a busy
 * machine made a read of "d/../f" fail now and then. box_openat2 tries
 * again; under a storm of renames not one of many opens fails.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "engine/box_internal.h"

static char dir[64];
static atomic_bool stop;

static void *renames(void *arg)
{
	char a[96], b[96];
	(void)arg;
	snprintf(a, sizeof(a), "%s/x", dir);
	snprintf(b, sizeof(b), "%s/y", dir);
	while (!atomic_load(&stop)) {
		(void)!rename(a, b);
		(void)!rename(b, a);
	}
	return NULL;
}

static void touch(const char *name)
{
	char p[96];
	snprintf(p, sizeof(p), "%s/%s", dir, name);
	int fd = open(p, O_CREAT | O_WRONLY | O_CLOEXEC, 0600);
	cr_assert_geq(fd, 0, "%s: %s", p, strerror(errno));
	close(fd);
}

Test(box_openat2, a_walk_through_dotdot_raced_by_renames_is_tried_again)
{
	char p[96];
	snprintf(dir, sizeof(dir), "/tmp/airlock-openat2.XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	snprintf(p, sizeof(p), "%s/w", dir);
	cr_assert_eq(mkdir(p, 0700), 0);
	snprintf(p, sizeof(p), "%s/w/d", dir);
	cr_assert_eq(mkdir(p, 0700), 0);
	touch("w/f");
	touch("x");
	snprintf(p, sizeof(p), "%s/w", dir);
	int root = open(p, O_PATH | O_DIRECTORY | O_CLOEXEC);
	cr_assert_geq(root, 0);

	pthread_t t;
	atomic_store(&stop, false);
	cr_assert_eq(pthread_create(&t, NULL, renames, NULL), 0);
	int failed = 0, first = 0;
	for (int i = 0; i < 50000; i++) {
		int fd = box_openat2(root, "d/../f", O_RDONLY, 0, RESOLVE_BENEATH);
		if (fd >= 0) {
			close(fd);
		} else if (failed++ == 0) {
			first = errno;
		}
	}
	atomic_store(&stop, true);
	pthread_join(t, NULL);
	/* and what is out of reach stays so */
	int out = box_openat2(root, "../x", O_RDONLY, 0, RESOLVE_BENEATH);
	int out_errno = errno;
	close(root);
	snprintf(p, sizeof(p), "rm -rf '%s'", dir);
	(void)!system(p);
	cr_expect_eq(failed, 0, "%d of 50000 opens failed, the first with %s", failed,
		     strerror(first));
	cr_expect_eq(out, -1);
	cr_expect_eq(out_errno, EXDEV, "%s", strerror(out_errno));
}
