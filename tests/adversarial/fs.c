/* Hostile programs that try to read or write the host's files. Each runs in
 * airlock and the host checks that it failed. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/harness.h"

Test(fs, host_etc_shadow_is_not_there)
{
	json_t *r = run_json("python", "open('/etc/shadow').read()", NULL);
	cr_assert_str_eq(jstr(r, "status"), "runtime_error");
	cr_assert(strstr(jstr(r, "stderr"), "FileNotFoundError") != NULL);
	json_decref(r);
}

Test(fs, write_outside_scratch_fails)
{
	json_t *r = run_json("bash",
			     "for p in /usr/x /etc/x /x /proc/x /dev/x; do "
			     "  if echo pwned > $p 2>/dev/null; then echo WROTE $p; fi; done; echo done",
			     NULL);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	cr_assert_str_eq(jstr(r, "stdout"), "done\n", "wrote somewhere: %s", jstr(r, "stdout"));
	json_decref(r);
}
