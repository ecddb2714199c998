/*
 * Where airlock runs: `airlock info` names what the host lacks with its
 * fix, and a run that fails for that reason fails with the same sentence.
 * The hosts are made here: user namespaces switched off in a user
 * namespace of the test's own (user.max_user_namespaces = 0), a
 * container's seccomp profile (unshare refused) around airlock, and a
 * /proc partly covered as a container runtime covers it.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <sched.h>
#include <seccomp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lib/harness.h"

TestSuite(host, .timeout = 120);

Test(host, info_says_what_this_host_gives)
{
	const char *argv[] = {airlock_bin(), "info", "--json", NULL};
	struct proc_out o;
	run_cmd(argv, NULL, 60, &o);
	cr_assert_eq(o.status, 0, "%s", o.err);
	json_t *j = json_loads(o.out, 0, NULL);
	cr_assert_not_null(j, "%s", o.out);
	cr_assert(json_is_true(json_object_get(j, "usable")), "%s", o.out);
	json_t *host = json_object_get(j, "host"), *c;
	size_t i;
	cr_assert_eq(json_array_size(host), 5, "%s", o.out);
	json_array_foreach(host, i, c)
	{
		if (json_is_true(json_object_get(c, "required")))
			cr_assert(json_is_true(json_object_get(c, "ok")), "%s", o.out);
		cr_assert_eq(json_object_get(c, "fix") != NULL,
			     !json_is_true(json_object_get(c, "ok")), "a fix for what is missing");
	}
	json_decref(j);
	proc_out_free(&o);
}

/* `sh -c SCRIPT` with AIRLOCK set to the binary. */
static void sh(const char *const pre[], const char *script, struct proc_out *o)
{
	char env[4200];
	const char *argv[16];
	int n = 0;

	snprintf(env, sizeof(env), "AIRLOCK=%s", airlock_bin());
	for (; pre && pre[n]; n++)
		argv[n] = pre[n];
	argv[n] = n == 0 ? "/usr/bin/env" : "env";
	n++;
	argv[n++] = env;
	argv[n++] = "sh";
	argv[n++] = "-c";
	argv[n++] = script;
	argv[n] = NULL;
	run_cmd(argv, NULL, 60, o);
}

/* info fails and names want; a run fails with a sentence holding want too. */
static void both_say(const struct proc_out *o, const char *want)
{
	const char *info = strstr(o->out, "INFO ");
	const char *run = strstr(o->out, "RUN ");
	cr_assert(info && run, "%s\n%s", o->out, o->err);
	cr_assert_eq(atoi(info + 5), 125, "info fails: %s\n%s", o->out, o->err);
	cr_assert_neq(atoi(run + 4), 0, "the run fails: %s\n%s", o->out, o->err);
	const char *first = strstr(o->err, want);
	cr_assert(first, "info names it: %s", o->err);
	cr_assert(strstr(first + 1, want), "the run says the same: %s", o->err);
}

#define BOTH                                                                                       \
	"\"$AIRLOCK\" info >/dev/null; echo INFO $?; echo 'print(1)' | \"$AIRLOCK\" run -l "       \
	"python - >/dev/null; echo RUN $?"

Test(host, user_namespaces_switched_off)
{
	struct proc_out o;
	if (!running_as_root())
		cr_skip_test("needs root (a user namespace whose limit the test sets)");
	static const char *const pre[] = {"/usr/bin/unshare", "-U", "--map-current-user", NULL};
	sh(pre, "echo 0 > /proc/sys/user/max_user_namespaces || exit 9; " BOTH, &o);
	cr_assert_neq(o.status, 9, "%s", o.err);
	both_say(&o, "sysctl -w user.max_user_namespaces=15000");
	proc_out_free(&o);
}

Test(host, proc_covered_as_in_a_container)
{
	struct proc_out o;
	if (!running_as_root())
		cr_skip_test("needs root (a mount namespace with /proc/keys covered)");
	static const char *const pre[] = {"/usr/bin/unshare", "-m", NULL};
	/* A container has one /proc. Any other proc mount of the host (a
	 * chroot's, which debootstrap makes while tests/vm builds its image)
	 * would be one the kernel finds whole, and it would then let the
	 * sandbox mount its own: each is taken away in this namespace. */
	sh(pre,
	   "mount --make-rprivate / && mount --bind /dev/null /proc/keys || exit 9; "
	   "awk '$3 == \"proc\" && $2 != \"/proc\" { print $2 }' /proc/self/mounts | "
	   "sort -r | while read -r m; do umount -l \"$m\" || exit 9; done || exit 9; " BOTH,
	   &o);
	cr_assert_neq(o.status, 9, "%s", o.err);
	both_say(&o, "--security-opt unmask=ALL");
	proc_out_free(&o);
}

/* A container runtime's profile: unshare and namespace flags on clone are
 * refused, clone3 does not exist. Installed in a child before it runs
 * the shell. */
static void container_profile(void)
{
	scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
	cr_assert_not_null(ctx);
	cr_assert_eq(seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(unshare), 0), 0);
	cr_assert_eq(seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(clone), 1,
				      SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_NEWUSER, CLONE_NEWUSER)),
		     0);
	cr_assert_eq(seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0), 0);
	cr_assert_eq(seccomp_load(ctx), 0);
	seccomp_release(ctx);
}

Test(host, a_containers_seccomp_profile)
{
	int p[2], q[2];
	cr_assert_eq(pipe(p), 0);
	cr_assert_eq(pipe(q), 0);
	pid_t pid = fork();
	cr_assert_geq(pid, 0);
	if (pid == 0) {
		dup2(p[1], 1);
		dup2(q[1], 2);
		close(p[0]);
		close(q[0]);
		container_profile();
		char env[4200];
		snprintf(env, sizeof(env), "AIRLOCK=%s", airlock_bin());
		execl("/usr/bin/env", "env", env, "sh", "-c", BOTH, (char *)NULL);
		_exit(127);
	}
	close(p[1]);
	close(q[1]);
	struct proc_out o = {0};
	char buf[4096];
	ssize_t n;
	size_t cap = 1 << 16;
	o.out = calloc(1, cap);
	o.err = calloc(1, cap);
	while ((n = read(p[0], buf, sizeof(buf))) > 0 && o.out_len + (size_t)n < cap - 1) {
		memcpy(o.out + o.out_len, buf, (size_t)n);
		o.out_len += (size_t)n;
	}
	while ((n = read(q[0], buf, sizeof(buf))) > 0 && o.err_len + (size_t)n < cap - 1) {
		memcpy(o.err + o.err_len, buf, (size_t)n);
		o.err_len += (size_t)n;
	}
	int status;
	waitpid(pid, &status, 0);
	close(p[0]);
	close(q[0]);
	both_say(&o, "--security-opt seccomp=unconfined");
	proc_out_free(&o);
}
