/* When the service starts a warm template again after it ended
 * (service/warm.c): at once after one that served or ended idle, after a
 * delay that doubles with each failure in a row up to a cap, and never
 * after one that said it cannot serve on this machine. */
#include <criterion/criterion.h>
#include <signal.h>
#include <stdint.h>

#include "engine/warm.h"
#include "service/internal.h"

/* waitpid statuses, as the kernel encodes them */
#define EXITED(code) (((code)&0xff) << 8)
#define KILLED(sig) ((sig)&0x7f)

Test(service_warm_restart, a_template_that_served_or_ended_idle_starts_again_at_once)
{
	int failures = 3;
	cr_expect_eq(warm_restart_delay(EXITED(0), 500, &failures), 0, "an idle exit");
	cr_expect_eq(failures, 0);
	failures = 3;
	cr_expect_eq(warm_restart_delay(KILLED(SIGKILL), 60000, &failures), 0,
		     "killed after a minute of service");
	cr_expect_eq(failures, 0);
}

Test(service_warm_restart, failures_in_a_row_wait_twice_as_long_each_time_up_to_a_cap)
{
	int failures = 0;
	int64_t want = 2000, last = 0;
	for (int i = 0; i < 20; i++) {
		int64_t d = warm_restart_delay(i % 2 ? KILLED(SIGSEGV) : EXITED(1), 100, &failures);
		cr_expect_eq(failures, i + 1);
		cr_expect_eq(d, want < 300000 ? want : 300000, "failure %d waits %lld ms", i + 1,
			     (long long)d);
		cr_expect_geq(d, last);
		last = d;
		want *= 2;
	}
	/* once it serves, the count starts over */
	cr_expect_eq(warm_restart_delay(EXITED(0), 100, &failures), 0);
	cr_expect_eq(warm_restart_delay(EXITED(1), 100, &failures), 2000);
}

Test(service_warm_restart, a_template_that_cannot_serve_here_is_never_started_again)
{
	int failures = 0;
	cr_expect_eq(warm_restart_delay(EXITED(WARM_EXIT_CANNOT_SERVE), 50, &failures), -1);
	cr_expect_eq(warm_restart_delay(EXITED(WARM_EXIT_CANNOT_SERVE), 60000, &failures), -1);
	/* 78 is its own: another code is a failure like any */
	cr_expect_eq(warm_restart_delay(EXITED(77), 50, &failures), 2000);
}
