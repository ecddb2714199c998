/* The execution statuses' names (src/store/status.c). */
#include <criterion/criterion.h>
#include <string.h>

#include "engine/engine.h"
#include "store/status.h"

Test(store_status, every_status_has_a_name_that_parses_back)
{
	for (int s = 0; s < EXEC_STATUS_COUNT; s++) {
		const char *name = exec_status_name((enum exec_status)s);
		enum exec_status back = EXEC_STATUS_COUNT;
		cr_assert(name != NULL && name[0], "status %d has no name", s);
		cr_assert_eq(exec_status_parse(name, &back), 0, "%s", name);
		cr_assert_eq(back, (enum exec_status)s, "%s", name);
		for (int t = 0; t < s; t++)
			cr_assert_str_neq(name, exec_status_name((enum exec_status)t));
	}
}

Test(store_status, the_names_are_the_stored_ones)
{
	static const char *const want[EXEC_STATUS_COUNT] = {
	    "queued",	       "running",	"pending_approval",
	    "cancelled",       "interrupted",	"ok",
	    "runtime_error",   "signaled",	"time_limit",
	    "wall_time_limit", "memory_limit",	"output_limit",
	    "syscall_denied",  "compile_error", "internal_error",
	    "policy_blocked",  "rejected",
	};
	for (int s = 0; s < EXEC_STATUS_COUNT; s++)
		cr_assert_str_eq(exec_status_name((enum exec_status)s), want[s]);
}

Test(store_status, unknown_names_and_values)
{
	enum exec_status out = EXEC_OK;
	cr_assert_eq(exec_status_parse("exploded", &out), -1);
	cr_assert_eq(exec_status_parse("", &out), -1);
	cr_assert_eq(exec_status_parse("OK", &out), -1, "names are lower case");
	cr_assert_eq(exec_status_parse("queued ", &out), -1);
	cr_assert_eq(exec_status_parse(NULL, &out), -1);
	cr_assert_eq(out, EXEC_OK, "left alone on failure");
	cr_assert_null(exec_status_name(EXEC_STATUS_COUNT));
	cr_assert_null(exec_status_name((enum exec_status) - 1));
	cr_assert(!exec_status_final(EXEC_STATUS_COUNT));
}

Test(store_status, final_is_all_but_queued_running_and_pending)
{
	for (int s = 0; s < EXEC_STATUS_COUNT; s++) {
		bool live = s == EXEC_QUEUED || s == EXEC_RUNNING || s == EXEC_PENDING_APPROVAL;
		cr_assert_eq(exec_status_final((enum exec_status)s), !live, "%s",
			     exec_status_name((enum exec_status)s));
	}
}

/* The service stores the engine's result by its name. */
Test(store_status, every_run_status_is_an_execution_status)
{
	enum exec_status out;
	for (int s = STATUS_OK; s <= STATUS_REJECTED; s++)
		cr_assert_eq(exec_status_parse(run_status_name((enum run_status)s), &out), 0, "%s",
			     run_status_name((enum run_status)s));
}
