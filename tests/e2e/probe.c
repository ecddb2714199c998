/* What the sandbox looks like from inside, as reported by tests/probe/probe.c. */
#include <criterion/criterion.h>
#include <string.h>

#include "lib/harness.h"

static json_t *probe(const char *net)
{
	const char *argv[] = {airlock_bin(), "run", "--net", net, "tests/probe/probe.c", NULL};
	struct proc_out o;
	run_cmd(argv, NULL, 60, &o);
	cr_assert_eq(o.status, 0, "probe failed: %s", o.err);
	json_t *j = json_loads(o.out, 0, NULL);
	cr_assert_not_null(j, "probe output is not JSON: %s", o.out);
	proc_out_free(&o);
	return j;
}

static bool sub(json_t *o, const char *obj, const char *key)
{
	return json_is_true(json_object_get(json_object_get(o, obj), key));
}

Test(probe, identity_and_privileges)
{
	json_t *p = probe("none");
	cr_assert_eq(jint(p, "uid"), 1000);
	cr_assert_eq(jint(p, "gid"), 1000);
	cr_assert_str_eq(jstr(p, "hostname"), "airlock");
	cr_assert_str_eq(jstr(p, "cwd"), "/work");
	cr_assert_str_eq(jstr(p, "CapEff"), "0000000000000000");
	cr_assert_str_eq(jstr(p, "CapPrm"), "0000000000000000");
	cr_assert_str_eq(jstr(p, "CapBnd"), "0000000000000000");
	cr_assert_str_eq(jstr(p, "CapAmb"), "0000000000000000");
	cr_assert_str_eq(jstr(p, "NoNewPrivs"), "1");
	cr_assert_str_eq(jstr(p, "Seccomp"), "2");
	cr_assert(jbool(p, "sid_is_self"), "the program must lead its own session");
	cr_assert(!jbool(p, "ctty"), "the program has a controlling terminal");
	cr_assert_eq(jint(p, "processes"), 2, "only init and the program are visible");
	json_decref(p);
}

Test(probe, filesystem)
{
	json_t *p = probe("none");
	cr_assert(!sub(p, "writable", "/"));
	cr_assert(!sub(p, "writable", "/usr"));
	cr_assert(!sub(p, "writable", "/etc"));
	cr_assert(!sub(p, "writable", "/proc/sys"));
	cr_assert(sub(p, "writable", "/work"));
	cr_assert(sub(p, "writable", "/tmp"));
	cr_assert(sub(p, "writable", "/dev/shm"));
	static const char *const absent[] = {"/sys",
					     "/home",
					     "/root",
					     "/var",
					     "/srv",
					     "/etc/shadow",
					     "/etc/resolv.conf",
					     "/dev/tty",
					     "/dev/ptmx",
					     "/dev/kmsg",
					     "/dev/mem"};
	for (size_t i = 0; i < sizeof(absent) / sizeof(absent[0]); i++)
		cr_expect(!sub(p, "exists", absent[i]), "%s is visible", absent[i]);
	cr_assert_eq(jint(p, "work_size_mb"), 64);
	cr_assert_leq(jint(p, "environ_count"), 12);
	json_decref(p);
}

Test(probe, network_modes)
{
	json_t *p = probe("none");
	cr_assert_eq(jint(p, "interfaces_up"), 0);
	json_decref(p);
	p = probe("loopback");
	cr_assert_eq(jint(p, "interfaces_up"), 1);
	json_decref(p);
}
