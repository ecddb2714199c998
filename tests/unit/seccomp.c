#include <criterion/criterion.h>
#include <string.h>

#include "engine/internal.h"

Test(seccomp, prebuilt_filter_is_the_current_policy)
{
	struct seccomp_progs now, built;
	err_t err;
	cr_assert_eq(seccomp_compile(&now, &err), 0, "%s", err.msg);
	seccomp_prebuilt(&built);
	cr_assert_eq(now.main_len, built.main_len, "stale generated filter: rebuild");
	cr_assert_eq(now.args_len, built.args_len);
	cr_assert_eq(memcmp(now.main, built.main, now.main_len * sizeof(struct sock_filter)), 0);
	cr_assert_eq(memcmp(now.args, built.args, now.args_len * sizeof(struct sock_filter)), 0);
	free(now.main);
	free(now.args);
}
