/* Privilege: no way back to root, no reach into init or the host. */
#include <criterion/criterion.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lib/harness.h"

Test(privs, status_shows_no_privilege_at_all)
{
	json_t *r = run_json("bash", "grep -E '^(Cap|NoNewPrivs|Seccomp)' /proc/self/status", NULL);
	const char *o = jstr(r, "stdout");
	cr_assert(strstr(o, "CapEff:\t0000000000000000"), "%s", o);
	cr_assert(strstr(o, "CapPrm:\t0000000000000000"), "%s", o);
	cr_assert(strstr(o, "CapBnd:\t0000000000000000"), "%s", o);
	cr_assert(strstr(o, "CapAmb:\t0000000000000000"), "%s", o);
	cr_assert(strstr(o, "NoNewPrivs:\t1"), "%s", o);
	cr_assert(strstr(o, "Seccomp:\t2"), "%s", o);
	json_decref(r);
}

Test(privs, setuid_root_and_capset_fail)
{
	json_t *r = run_json("c",
			     "#include <stdio.h>\n#include <unistd.h>\n#include <sys/syscall.h>\n"
			     "#include <linux/capability.h>\n"
			     "int main(void){ int got = 0;\n"
			     "  if (setuid(0) == 0) got++;\n  if (setgid(0) == 0) got++;\n"
			     "  struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 0};\n"
			     "  struct __user_cap_data_struct d[2] = {{~0u, ~0u, ~0u}, {~0u, ~0u, ~0u}};\n"
			     "  if (syscall(SYS_capset, &h, d) == 0) got++;\n"
			     "  printf(\"uid=%d got=%d\\n\", getuid(), got); return 0; }",
			     NULL);
	cr_assert_str_eq(jstr(r, "stdout"), "uid=1000 got=0\n");
	json_decref(r);
}

Test(privs, setuid_binaries_grant_nothing)
{
	json_t *r = run_json("bash",
			     "for b in /usr/bin/su /usr/bin/sudo /usr/bin/passwd /usr/bin/newgrp "
			     "/usr/bin/mount /usr/bin/chsh; do [ -x $b ] && $b --help </dev/null >/dev/null "
			     "2>&1; done; id -u; (/usr/bin/su -c 'id -u' root </dev/null 2>/dev/null || true)",
			     NULL);
	cr_assert_str_eq(jstr(r, "stdout"), "1000\n", "%s", jstr(r, "stdout"));
	json_decref(r);
}

Test(privs, init_cannot_be_traced_read_or_killed)
{
	json_t *r = run_json("c",
			     "#include <stdio.h>\n#include <signal.h>\n#include <fcntl.h>\n"
			     "#include <errno.h>\n#include <sys/ptrace.h>\n#include <sys/uio.h>\n"
			     "int main(void){ int got = 0; char b[16];\n"
			     "  if (ptrace(PTRACE_ATTACH, 1, 0, 0) == 0) got++;\n"
			     "  if (ptrace(PTRACE_SEIZE, 1, 0, 0) == 0) got++;\n"
			     "  if (open(\"/proc/1/mem\", O_RDONLY) >= 0) got++;\n"
			     "  if (open(\"/proc/1/environ\", O_RDONLY) >= 0) got++;\n"
			     "  struct iovec l = {b, 8}, rm = {(void *)0x400000, 8};\n"
			     "  if (process_vm_readv(1, &l, 1, &rm, 1, 0) > 0 || errno == EFAULT) got++;\n"
			     "  kill(1, SIGKILL); kill(1, SIGSTOP); kill(1, SIGTERM);\n"
			     "  printf(\"got=%d\\n\", got); return 0; }",
			     NULL);
	cr_assert_str_eq(jstr(r, "status"), "ok", "init must survive and report the exit");
	cr_assert_str_eq(jstr(r, "stdout"), "got=0\n");
	json_decref(r);
}

Test(privs, host_processes_are_invisible_and_unsignalable)
{
	pid_t victim = fork();
	if (victim == 0) {
		pause();
		_exit(0);
	}
	char code[512];
	snprintf(code, sizeof(code),
		 "kill -9 %d 2>/dev/null && echo KILLED; kill -9 -1 2>/dev/null;"
		 "ls /proc | grep -c '^[0-9]'",
		 (int)victim);
	json_t *r = run_json("bash", code, NULL);
	int status;
	cr_assert_eq(waitpid(victim, &status, WNOHANG), 0, "the host process died");
	kill(victim, SIGKILL);
	waitpid(victim, &status, 0);
	cr_assert(strstr(jstr(r, "stdout"), "KILLED") == NULL);
	json_decref(r);
}

Test(privs, ptrace_inside_reaches_only_own_children)
{
	json_t *r = run_json("python",
			     "import ctypes, os\nlibc = ctypes.CDLL(None, use_errno=True)\n"
			     "ok = libc.ptrace(16, os.getppid(), 0, 0)\n"
			     "print('parent', ok)",
			     NULL);
	cr_assert_str_eq(jstr(r, "stdout"), "parent -1\n", "%s", jstr(r, "stdout"));
	json_decref(r);
}

Test(privs, no_supervisor_fd_reaches_the_program)
{
	json_t *r = run_json("bash", "ls /proc/self/fd | sort -n | tr '\\n' ' '", NULL);
	/* 0 1 2, and 3 is ls's own directory fd */
	cr_assert_str_eq(jstr(r, "stdout"), "0 1 2 3 ", "%s", jstr(r, "stdout"));
	json_decref(r);
}

Test(privs, no_controlling_terminal)
{
	json_t *r = run_json("bash", "exec 3<>/dev/tty 2>/dev/null && echo HAS-TTY; "
				     "tty; ps -o sid= -p $$ >/dev/null 2>&1; echo checked",
			     NULL);
	cr_assert(strstr(jstr(r, "stdout"), "HAS-TTY") == NULL);
	cr_assert(strstr(jstr(r, "stdout"), "not a tty") != NULL, "%s", jstr(r, "stdout"));
	json_decref(r);
}

/* The sandbox's pid 1 is a copy-on-write clone of the supervisor (under
 * `airlock serve`, of the server): what /proc shows of it must hold nothing
 * of the host's command line, paths or environment, and no mount may carry
 * the host uid the sandbox user is mapped to. airlock runs here with a
 * marker in its arguments (a long comment in -c) and in its environment. */
#define HOST_MARKER "AIRLOCK-HOST-MARKER-5b1e"

/* Every uid= or gid= mount option in mountinfo text; fails on a value that
 * is neither the caller's own (rootless: the only id it can map) nor below
 * the range root mode maps the sandbox user to. */
static void expect_no_host_ids(const char *mountinfo)
{
	for (const char *p = mountinfo; (p = strstr(p, "id=")) != NULL; p += 3) {
		if (p - mountinfo < 2 || (p[-1] != 'u' && p[-1] != 'g') ||
		    (p[-2] != ',' && p[-2] != ' '))
			continue;
		long id = strtol(p + 3, NULL, 10);
		cr_expect(id < 100000, "a host id in mountinfo: %.40s", p - 1);
		if (running_as_root())
			cr_expect(false, "a uid/gid option as root: %.40s", p - 1);
		else
			cr_expect(id == (long)getuid() || id == (long)getgid(),
				  "a uid/gid other than the caller's: %.40s", p - 1);
	}
}

Test(privs, init_shows_nothing_of_the_host)
{
	char code[8192];
	int n = snprintf(code, sizeof(code), "# " HOST_MARKER " ");
	for (int i = 0; i < 100; i++)
		n += snprintf(code + n, sizeof(code) - (size_t)n, "%s-%d ", HOST_MARKER, i);
	snprintf(code + n, sizeof(code) - (size_t)n,
		 "\nimport sys\n"
		 "def rd(p):\n"
		 "    try:\n"
		 "        with open(p, 'rb') as f: return f.read()\n"
		 "    except OSError as e: return ('unreadable %%d' %% e.errno).encode()\n"
		 "for p in ['/proc/1/cmdline', '/proc/1/environ', '/proc/1/comm', '/proc/1/status',\n"
		 "          '/proc/1/stat', '/proc/1/sched', '/proc/1/task/1/cmdline',\n"
		 "          '/proc/1/task/1/comm', '/proc/1/task/1/environ', '/proc/1/mountinfo',\n"
		 "          '/proc/self/mountinfo', '/proc/self/uid_map', '/proc/self/gid_map']:\n"
		 "    sys.stdout.write('== %%s\\n%%s\\n' %% (p, rd(p).replace(b'\\0', b'\\\\0')"
		 ".decode('latin-1')))\n");
	setenv("AIRLOCK_TEST_HOST_ENV", HOST_MARKER "-env", 1);
	json_t *r = run_json("python", code, NULL);
	unsetenv("AIRLOCK_TEST_HOST_ENV");
	const char *out = jstr(r, "stdout");
	if (strcmp(jstr(r, "status"), "ok") != 0 || strstr(out, HOST_MARKER) ||
	    strstr(out, "--json") || strstr(out, "AIRLOCK_TEST_HOST_ENV"))
		dump_result(r);
	cr_assert_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	cr_expect(strstr(out, HOST_MARKER) == NULL, "the host's marker shows inside");
	cr_expect(strstr(out, "--json") == NULL, "airlock's command line shows inside");
	cr_expect(strstr(out, "AIRLOCK_TEST_HOST_ENV") == NULL, "airlock's environment shows");
	cr_expect(strstr(out, airlock_bin()) == NULL, "airlock's path shows inside");
	cr_expect(strstr(out, "== /proc/1/comm\nairlock-init\n") != NULL, "init's name");
	cr_expect(strstr(out, "Name:\tairlock-init\n") != NULL, "init's name in status");
	const char *mi = strstr(out, "== /proc/1/mountinfo");
	cr_assert_not_null(mi);
	expect_no_host_ids(mi);
	/* the id maps read in the sandbox's own terms, not the host's */
	cr_expect(strstr(out, "== /proc/self/uid_map\n      1000       1000          1\n") != NULL,
		  "uid_map: %s", strstr(out, "== /proc/self/uid_map"));
	cr_expect(strstr(out, "== /proc/self/gid_map\n      1000       1000          1\n") != NULL,
		  "gid_map: %s", strstr(out, "== /proc/self/gid_map"));
	json_decref(r);
}
