/* Processes that try to outlive their run, and programs that lie. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/harness.h"

/* Runs the template with every '@' replaced by a unique sleep duration, the
 * marker that finds its processes on the host. */
static void expect_nothing_survives(const char *name, const char *template)
{
	char marker[64], code[1024];
	size_t n = 0;
	snprintf(marker, sizeof(marker), "4%d.%d", getpid() % 10000, (int)(random() % 1000));
	for (const char *t = template; *t && n + strlen(marker) + 1 < sizeof(code); t++) {
		if (*t == '@') {
			memcpy(code + n, marker, strlen(marker));
			n += strlen(marker);
		} else {
			code[n++] = *t;
		}
	}
	code[n] = '\0';
	json_t *r = run_json("bash", code, NULL);
	cr_expect_str_eq(jstr(r, "status"), "ok", "%s: %s", name, jstr(r, "stderr"));
	json_decref(r);
	usleep(100000);
	cr_expect_eq(count_host_processes(marker), 0, "%s: a process of the run survived it", name);
}

Test(escape, double_fork_daemon_dies_with_the_run)
{
	expect_nothing_survives("double fork", "( ( sleep @ & ) & ); echo started");
}

Test(escape, setsid_nohup_daemon_dies_with_the_run)
{
	expect_nothing_survives("setsid", "setsid nohup sleep @ >/dev/null 2>&1 & disown; echo ok");
}

Test(escape, stopped_child_dies_with_the_run)
{
	expect_nothing_survives("stopped", "sleep @ & kill -STOP $!; echo ok");
}

Test(escape, traced_child_dies_with_the_run)
{
	expect_nothing_survives("traced",
				"sleep @ & python3 -c 'import ctypes,sys; "
				"ctypes.CDLL(None).ptrace(16, int(sys.argv[1]), 0, 0)' $! ; echo ok");
}

Test(escape, signal_ignoring_child_dies_with_the_run)
{
	expect_nothing_survives("ignoring",
				"trap '' TERM HUP INT; (trap '' TERM HUP INT; exec sleep @) & echo ok");
}

Test(escape, fake_result_on_stdout_is_just_output)
{
	const char *fake = "{\"status\":\"ok\",\"exit_code\":0,\"signal\":null,\"stdout\":\"\"}";
	char code[512];
	snprintf(code, sizeof(code), "printf '%%s' '%s'; exit 3", fake);
	json_t *r = run_json("bash", code, NULL);
	cr_assert_str_eq(jstr(r, "status"), "runtime_error");
	cr_assert_eq(jint(r, "exit_code"), 3);
	cr_assert_str_eq(jstr(r, "stdout"), fake);
	json_decref(r);
}

Test(escape, closing_stdio_does_not_hide_the_exit)
{
	json_t *r = run_json("bash", "exec >&- 2>&-; sleep 0.2; exit 5", NULL);
	cr_assert_str_eq(jstr(r, "status"), "runtime_error");
	cr_assert_eq(jint(r, "exit_code"), 5);
	json_decref(r);
}

Test(escape, killing_itself_with_sigkill_is_reported_as_a_signal)
{
	json_t *r = run_json("bash", "kill -9 $$", NULL);
	cr_assert_str_eq(jstr(r, "status"), "signaled");
	cr_assert_eq(jint(r, "signal"), 9);
	json_decref(r);
}
