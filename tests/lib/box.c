#include "lib/box.h"

#include <criterion/criterion.h>
#include <string.h>
#include <unistd.h>

#include "lib/harness.h"

static struct engine *eng;
static struct box *box;
static int seq;

struct box *test_box_start(const struct box_spec *extra)
{
	err_t err;
	struct box_spec spec;
	char id[64];

	test_box_end();
	cr_assert_eq(engine_new(NULL, &eng, &err), 0, "%s", err.msg);
	memset(&spec, 0, sizeof(spec));
	if (extra)
		spec = *extra;
	else {
		limits_default(&spec.limits);
		spec.limits.memory_limit_mb = 256;
		spec.limits.disk_limit_mb = 16;
	}
	snprintf(id, sizeof(id), "test-%d-%d", (int)getpid(), seq++);
	spec.id = id;
	cr_assert_eq(box_create(eng, &spec, &box, &err), 0, "%s", err.msg);
	return box;
}

void test_box_end(void)
{
	box_destroy(box);
	box = NULL;
	engine_free(eng);
	eng = NULL;
}

struct step_result test_box_sh(struct box *b, const char *cmd, double wall_s)
{
	struct box_exec x;
	struct step_result r;
	err_t err;

	memset(&x, 0, sizeof(x));
	x.command = cmd;
	x.cancel_fd = -1;
	limits_default(&x.limits);
	x.limits.time_limit_s = wall_s;
	x.limits.wall_time_limit_s = wall_s * test_slowness();
	x.limits.max_output_kb = 256;
	cr_assert_eq(box_exec(b, &x, &r, &err), 0, "%s: %s", cmd, err.msg);
	buf_append(&r.out, "", 1);
	buf_append(&r.err, "", 1);
	r.out.len--;
	r.err.len--;
	return r;
}

void test_box_done(struct step_result *r)
{
	buf_free(&r->out);
	buf_free(&r->err);
	buf_free(&r->out_beyond);
	buf_free(&r->err_beyond);
}
