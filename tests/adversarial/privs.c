/* Privilege: no way back to root, no reach into init or the host. */
#include <criterion/criterion.h>
#include <signal.h>
#include <stdio.h>
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
			     "#include <sys/ptrace.h>\n#include <sys/uio.h>\n"
			     "int main(void){ int got = 0; char b[16];\n"
			     "  if (ptrace(PTRACE_ATTACH, 1, 0, 0) == 0) got++;\n"
			     "  if (ptrace(PTRACE_SEIZE, 1, 0, 0) == 0) got++;\n"
			     "  if (open(\"/proc/1/mem\", O_RDONLY) >= 0) got++;\n"
			     "  if (open(\"/proc/1/environ\", O_RDONLY) >= 0) got++;\n"
			     "  struct iovec l = {b, 8}, rm = {(void *)0x400000, 8};\n"
			     "  if (process_vm_readv(1, &l, 1, &rm, 1, 0) > 0) got++;\n"
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
