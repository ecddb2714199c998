#include <criterion/criterion.h>
#include <math.h>

#include "cli/run_args.h"
#include "common/limits.h"

Test(limits, defaults_are_the_contracts)
{
	struct limits l;
	limits_default(&l);
	limits_finish(&l);
	cr_assert_eq(l.time_limit_s, 10);
	cr_assert_eq(l.wall_time_limit_s, 21);
	cr_assert_eq(l.memory_limit_mb, 512);
	cr_assert_eq(l.max_processes, 64);
	cr_assert_eq(l.max_output_kb, 1024);
	cr_assert_eq(l.disk_limit_mb, 64);
	cr_assert_eq(l.net, NET_NONE);
}

Test(limits, zero_and_absurd_values_are_refused)
{
	struct limits l;
	err_t err;
	limits_default(&l);
	limits_finish(&l);
	l.memory_limit_mb = 0;
	cr_assert_eq(limits_validate(&l, &err), -1);
	cr_assert(strstr(err.msg, "memory limit") != NULL, "%s", err.msg);
	limits_default(&l);
	l.time_limit_s = 1e9;
	limits_finish(&l);
	cr_assert_eq(limits_validate(&l, &err), -1);
	limits_default(&l);
	l.time_limit_s = NAN;
	limits_finish(&l);
	cr_assert_eq(limits_validate(&l, &err), -1);
}
