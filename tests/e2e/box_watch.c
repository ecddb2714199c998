/*
 * Watching a directory of a box's work directory (engine/box.h
 * box_watch_*): what the program does there comes as events, with names
 * relative to the watched directory; recursive watches follow new
 * directories; links the program planted are never followed out. Root
 * and rootless.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/util.h"
#include "lib/box.h"
#include "lib/harness.h"

static struct box *box;

static void setup(void)
{
	box = test_box_start(NULL);
}

static void teardown(void)
{
	test_box_end();
	box = NULL;
}

TestSuite(box_watch, .init = setup, .fini = teardown, .timeout = 60);

static void seen(void *ctx, enum box_watch_kind kind, const char *name)
{
	static const char *const names[] = {"", "create", "write", "remove", "rename", "chmod"};
	struct buf *b = ctx;
	char line[PATH_MAX + 16];
	int n = snprintf(line, sizeof(line), "%s %s\n", names[kind], name);
	buf_append(b, line, (size_t)n);
}

/* Events until want is among them or 5 s passed; NUL-terminated. */
static void collect(struct box_watch *w, struct buf *b, const char *want)
{
	err_t err;
	for (int i = 0; i < 50 * test_slowness(); i++) {
		cr_assert_geq(box_watch_wait(w, 100, -1, seen, b, &err), 0, "%s", err.msg);
		buf_append(b, "", 1);
		b->len--;
		if (want && strstr(b->data ? b->data : "", want))
			return;
	}
}

static void sh_ok(const char *cmd)
{
	struct step_result r = test_box_sh(box, cmd, 10);
	cr_assert_eq(r.status, STATUS_OK, "%s: %s", cmd, r.err.data);
	test_box_done(&r);
}

Test(box_watch, what_the_program_does_comes_as_events)
{
	struct box_watch *w;
	struct buf b = {0};
	err_t err;

	sh_ok("mkdir w");
	cr_assert_eq(box_watch_start(box, "/home/user/w", false, &w, &err), 0, "%s", err.msg);
	sh_ok("echo a > w/f; echo b >> w/f; chmod 600 w/f; mv w/f w/g; rm w/g; mkdir w/d; "
	      "echo x > w/d/inner");
	collect(w, &b, "create d\n");
	const char *order[] = {"create f\n", "write f\n",  "chmod f\n", "rename f\n",
			       "create g\n", "remove g\n", "create d\n"};
	const char *at = b.data;
	for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
		const char *hit = strstr(at, order[i]);
		cr_assert(hit, "'%s' in order in:\n%s", order[i], b.data);
		at = hit;
	}
	collect(w, &b, NULL);
	cr_assert_null(strstr(b.data, "inner"), "not recursive: %s", b.data);
	/* the watched directory removed: the watch ends */
	sh_ok("rm -r w");
	int rc = 0;
	for (int i = 0; i < 50 && rc == 0; i++)
		rc = box_watch_wait(w, 100, -1, seen, &b, &err);
	cr_assert_eq(rc, -1);
	cr_assert_eq(err.errnum, ENOENT, "%s", err.msg);
	box_watch_free(w);
	buf_free(&b);
}

Test(box_watch, recursive_follows_new_directories)
{
	struct box_watch *w;
	struct buf b = {0};
	err_t err;

	sh_ok("mkdir -p w/old");
	cr_assert_eq(box_watch_start(box, "w", true, &w, &err), 0, "%s", err.msg);
	sh_ok("echo x > w/old/a; mkdir w/new");
	collect(w, &b, "create new\n");
	sh_ok("echo y > w/new/b");
	collect(w, &b, "create new/b\n");
	cr_assert(strstr(b.data, "create old/a\n"), "%s", b.data);
	box_watch_free(w);
	buf_free(&b);
}

/* Links the program plants are names, never followed: not at the start
 * (the watched path), not below it (recursive), not when a directory is
 * swapped for a link. */
Test(box_watch, links_the_program_planted_are_not_followed)
{
	struct box_watch *w;
	struct buf b = {0};
	err_t err;

	sh_ok("mkdir w; ln -s /tmp w/tmplink; ln -s /tmp out; ln -s ../../.. up");
	cr_assert_eq(box_watch_start(box, "out", true, &w, &err), -1);
	cr_assert_eq(err.errnum, EXDEV, "%s", err.msg); /* leads out */
	cr_assert_eq(box_watch_start(box, "up", true, &w, &err), -1);
	cr_assert_eq(box_watch_start(box, "/etc", false, &w, &err), -1);
	cr_assert_eq(err.errnum, EXDEV, "%s", err.msg);
	cr_assert_eq(box_watch_start(box, "nothing", false, &w, &err), -1);
	cr_assert_eq(err.errnum, ENOENT, "%s", err.msg);

	cr_assert_eq(box_watch_start(box, "w", true, &w, &err), 0, "%s", err.msg);
	sh_ok("mkdir w/swap && rmdir w/swap && ln -s /tmp w/swap; echo z > /tmp/z; "
	      "echo in > w/mark");
	collect(w, &b, "create mark\n");
	cr_assert(strstr(b.data, "create swap\n"), "%s", b.data);
	cr_assert_null(strstr(b.data, "/z"), "a link was followed: %s", b.data);
	box_watch_free(w);
	buf_free(&b);
}

Test(box_watch, the_sandbox_ending_ends_the_wait)
{
	struct box_watch *w;
	err_t err;
	int p[2];

	cr_assert_eq(pipe(p), 0);
	cr_assert_eq(box_watch_start(box, "/home/user", false, &w, &err), 0, "%s", err.msg);
	cr_assert_eq(box_watch_wait(w, 50, p[0], seen, NULL, &err), 0);
	cr_assert_eq(write(p[1], "x", 1), 1);
	cr_assert_eq(box_watch_wait(w, 5000, p[0], seen, NULL, &err), 1);
	box_watch_free(w);
	close(p[0]);
	close(p[1]);
}
