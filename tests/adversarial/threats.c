/*
 * One test per incident of ../shared/THREATS.md: the technique that worked
 * against another sandbox, tried against airlock, with a host-side check
 * that it failed here.
 */
#include <arpa/inet.h>
#include <criterion/criterion.h>
#include <dirent.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lib/harness.h"

/* Judge0 CVE-2024-28185/-28189: the box replaced its files by symlinks to
 * host paths, and the worker later wrote through them. airlock touches
 * nothing of the box after a run; the host file stays as it was. */
Test(threats, judge0_symlink_swap_reaches_nothing_on_the_host)
{
	char victim[] = "/tmp/airlock-victim.XXXXXX", code[1024];
	int fd = mkstemp(victim);
	cr_assert(fd >= 0);
	cr_assert_eq(write(fd, "original\n", 9), 9);
	close(fd);
	chmod(victim, 0644);
	snprintf(code, sizeof(code),
		 "cd /work; rm -f main.sh; ln -s %s main.sh; ln -s %s stdout; ln -s /etc/passwd x;"
		 "ln -s %s /tmp/out 2>/dev/null; echo pwned > /tmp/out 2>/dev/null; echo done",
		 victim, victim, victim);
	json_t *r = run_json("bash", code, NULL);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	json_decref(r);
	char *after = slurp(victim);
	cr_assert_str_eq(after, "original\n", "the host file changed");
	struct stat st;
	cr_assert_eq(lstat(victim, &st), 0);
	cr_assert_eq(st.st_uid, geteuid(), "ownership changed");
	cr_assert_eq(st.st_mode & 07777, 0644, "mode changed");
	free(after);
	unlink(victim);
}

static int listen_tcp(int *port)
{
	struct sockaddr_in a = {.sin_family = AF_INET};
	socklen_t len = sizeof(a);
	int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	cr_assert_eq(bind(s, (struct sockaddr *)&a, sizeof(a)), 0);
	cr_assert_eq(listen(s, 8), 0);
	getsockname(s, (struct sockaddr *)&a, &len);
	*port = ntohs(a.sin_port);
	return s;
}

static int pending_connections(int s)
{
	int n = 0;
	fcntl(s, F_SETFL, O_NONBLOCK);
	for (;;) {
		int c = accept(s, NULL, NULL);
		if (c < 0)
			break;
		close(c);
		n++;
	}
	return n;
}

/* Judge0 CVE-2024-29021: a run with network reached the service's own
 * database on the host. Neither network mode reaches the host's ports or
 * the metadata address. */
Test(threats, judge0_network_cannot_reach_host_services)
{
	int port, s = listen_tcp(&port);
	static const char *const modes[] = {"none", "loopback"};
	char code[1024];
	snprintf(code, sizeof(code),
		 "import socket\n"
		 "for host in ('127.0.0.1', '169.254.169.254', '10.0.2.2', '172.17.0.1'):\n"
		 "    for p in (%d, 80, 5432):\n"
		 "        s = socket.socket(); s.settimeout(0.3)\n"
		 "        try:\n"
		 "            s.connect((host, p)); print('CONNECTED', host, p)\n"
		 "        except OSError:\n"
		 "            pass\n"
		 "print('done')\n",
		 port);
	for (int m = 0; m < 2; m++) {
		const char *extra[] = {"--net", modes[m], "-w", "20", NULL};
		json_t *r = run_json("python", code, extra);
		cr_expect_str_eq(jstr(r, "stdout"), "done\n", "--net %s: %s", modes[m],
				 jstr(r, "stdout"));
		json_decref(r);
	}
	cr_expect_eq(pending_connections(s), 0, "a connection reached the host listener");
	close(s);
}

/* Judge0 #564: printenv showed the worker's secrets. The program's
 * environment is built from nothing, and neither init's nor the parent's
 * environment can be read. */
Test(threats, judge0_environment_holds_no_caller_secret)
{
	setenv("AIRLOCK_TEST_SECRET", "s3cr3t-token-4711", 1);
	json_t *r = run_json("bash",
			     "env; cat /proc/1/environ /proc/$PPID/environ 2>&1;"
			     "cat /proc/*/environ 2>/dev/null | tr '\\0' '\\n'; tr '\\0' '\\n' < /proc/1/cmdline",
			     NULL);
	cr_assert(strstr(jstr(r, "stdout"), "s3cr3t") == NULL, "secret leaked: %s",
		  jstr(r, "stdout"));
	cr_assert(strstr(jstr(r, "stderr"), "s3cr3t") == NULL);
	cr_assert(strstr(jstr(r, "stdout"), "HOME=/work") != NULL);
	json_decref(r);
	unsetenv("AIRLOCK_TEST_SECRET");
}

/* Each ioctl request (a C constant), with a pointer to `decl`'s variable v
 * as its argument, ends the program as syscall_denied. */
static void ioctls_are_killed(const char *const *reqs, size_t n, const char *decl)
{
	for (size_t i = 0; i < n; i++) {
		char code[512];
		snprintf(code, sizeof(code),
			 "#include <unistd.h>\n#include <sys/syscall.h>\n#include <stdio.h>\n"
			 "int main(void){ %s long r = syscall(SYS_ioctl, 1, %s, &v);\n"
			 "printf(\"returned %%ld\\n\", r); return 0; }",
			 decl, reqs[i]);
		json_t *r = run_json("c", code, NULL);
		cr_expect_str_eq(jstr(r, "status"), "syscall_denied", "request %s", reqs[i]);
		cr_expect_eq(jint(r, "signal"), SIGSYS);
		json_decref(r);
	}
}

/* bubblewrap CVE-2017-5226 (TIOCSTI) and its TIOCLINUX variant, also with
 * high bits set in the request number. */
Test(threats, bubblewrap_tiocsti_is_killed_with_any_high_bits)
{
	static const char *const reqs[] = {"0x5412UL", "0x100005412UL", "0xffffffff00005412UL",
					   "0x541CUL", "0x80000000541CUL"};
	ioctls_are_killed(reqs, sizeof(reqs) / sizeof(reqs[0]), "char v = 'x';");
}

/* A terminal's line discipline (n_hdlc CVE-2017-2636, n_gsm CVE-2023-6546
 * began with TIOCSETD): refused whatever the descriptor, with high bits too. */
Test(threats, tiocsetd_is_killed)
{
	static const char *const reqs[] = {"0x5423UL", "0xffffffff00005423UL"};
	ioctls_are_killed(reqs, sizeof(reqs) / sizeof(reqs[0]), "int v = 21;");
}

/* nsjail/Kafel: an x86-64 filter let i386 and x32 syscalls through. */
/* Whether this kernel takes i386 system calls (int 0x80) at all: some
 * boot with ia32 emulation off, and then int 0x80 is a SIGSEGV before any
 * filter sees it. Asked of a child of the test, outside any sandbox. */
static bool host_has_int80(void)
{
	int st;
	pid_t p = fork();
	if (p == 0) {
		long r;
		signal(SIGSEGV, SIG_DFL); /* not a sanitizer's handler: the kernel's verdict */
		__asm__ volatile("int $0x80" : "=a"(r) : "a"(20L)); /* i386 getpid */
		_exit(r > 0 ? 0 : 1);
	}
	if (p < 0 || waitpid(p, &st, 0) < 0)
		return true;
	return !(WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV);
}

Test(threats, kafel_foreign_abis_are_killed)
{
	json_t *r = run_json("c",
			     "#include <stdio.h>\nint main(void){ long r;\n"
			     "__asm__ volatile(\"int $0x80\" : \"=a\"(r) : \"a\"(39));\n"
			     "printf(\"i386 getpid %ld\\n\", r); return 0; }",
			     NULL);
	if (host_has_int80())
		cr_expect_str_eq(jstr(r, "status"), "syscall_denied", "int 0x80: %s",
				 jstr(r, "stdout"));
	else /* the kernel has no i386 entry at all: the fault comes first */
		cr_expect(strcmp(jstr(r, "status"), "syscall_denied") == 0 ||
			      (strcmp(jstr(r, "status"), "signaled") == 0 &&
			       jint(r, "signal") == SIGSEGV),
			  "int 0x80 on a kernel without it: %s", jstr(r, "status"));
	json_decref(r);
	r = run_json("c",
		     "#include <stdio.h>\n#include <unistd.h>\n#include <sys/syscall.h>\n"
		     "int main(void){ long r = syscall(0x40000000 | 39);\n"
		     "printf(\"x32 getpid %ld\\n\", r); return 0; }",
		     NULL);
	cr_expect_str_eq(jstr(r, "status"), "syscall_denied", "x32: %s", jstr(r, "stdout"));
	json_decref(r);
}

/* Piston #196: `kill -STOP 0` froze the run past its limit. */
Test(threats, piston_stopped_run_still_ends_on_time)
{
	/* A stopped run uses no CPU: the wall limit ends it, on time. */
	const char *extra[] = {"-t", test_seconds(1), "-w", test_seconds(2), NULL};
	json_t *r = run_json("bash", "sleep 30 & kill -STOP 0; echo never", extra);
	cr_assert_str_eq(jstr(r, "status"), "wall_time_limit");
	cr_assert_lt(jtime(r, "wall_ms"), 2600 * test_slowness(), "took %lld ms",
		     jtime(r, "wall_ms"));
	json_decref(r);
}

/* Piston #301, #180: output over the cap was an unexplained SIGKILL, and
 * output before a timeout was lost. */
Test(threats, piston_output_cap_is_named_and_earlier_output_kept)
{
	const char *extra[] = {"-o", "16", NULL};
	json_t *r = run_json("python", "print('first line', flush=True)\nwhile True: print('x' * 1000)",
			     extra);
	cr_assert_str_eq(jstr(r, "status"), "output_limit");
	cr_assert(jbool(r, "stdout_truncated"));
	cr_assert(strncmp(jstr(r, "stdout"), "first line\n", 11) == 0);
	json_decref(r);
	/* the CPU limit ends it, however long a loaded machine takes to give
	 * it half a second of CPU */
	const char *t[] = {"-t", test_seconds(0.5), "-w", test_seconds(60), NULL};
	r = run_json("python", "print('progress', flush=True)\nwhile True: pass", t);
	cr_assert_str_eq(jstr(r, "status"), "time_limit");
	cr_assert_str_eq(jstr(r, "stdout"), "progress\n");
	json_decref(r);
}

/* Judge0 #298, SandboxFusion #45: memory exhaustion gets its own status,
 * and there is a memory limit even when none was asked for. */
Test(threats, judge0_memory_exhaustion_has_a_status_and_a_default_limit)
{
	/* the default CPU limit, unless emulation makes filling 512 MB slower */
	const char *t[] = {"-t", test_seconds(10), NULL};
	json_t *r = run_json("python", "x = []\nwhile True: x.append(bytearray(16 << 20))", t);
	cr_assert_str_eq(jstr(r, "status"), "memory_limit");
	json_t *l = json_object_get(r, "limits");
	cr_assert_eq(json_integer_value(json_object_get(l, "memory_limit_mb")), 512);
	cr_assert_leq(jint(r, "memory_peak_kb"), 600 * 1024, "peak %lld KB", jint(r, "memory_peak_kb"));
	json_decref(r);
}

/* runc CVE-2019-5736: the box wrote to the runtime's binary through
 * /proc/self/exe. Nothing of airlock's binary is reachable. */
Test(threats, runc_supervisor_binary_is_not_reachable)
{
	struct stat before, after;
	cr_assert_eq(stat(airlock_bin(), &before), 0);
	json_t *r = run_json("bash",
			     "for p in /proc/1/exe /proc/1/root /proc/1/cwd /proc/1/fd/0 /proc/1/mem; do "
			     "  if exec 3<>$p 2>/dev/null; then echo OPENED $p; exec 3>&-; fi; "
			     "  if ls -l $p 2>/dev/null | grep -q airlock; then echo SEES $p; fi; done;"
			     "echo x >> /proc/self/exe 2>/dev/null && echo WROTE-EXE; echo done",
			     NULL);
	cr_assert_str_eq(jstr(r, "stdout"), "done\n", "%s", jstr(r, "stdout"));
	json_decref(r);
	cr_assert_eq(stat(airlock_bin(), &after), 0);
	cr_assert_eq(before.st_mtime, after.st_mtime);
	cr_assert_eq(before.st_size, after.st_size);
}

/* codex CVE-2025-59532: a path in a request widened what is writable.
 * Extra files must be plain names in the scratch. Here: the program itself
 * tries every writable-looking place, and the scratch stays the only one. */
Test(threats, codex_nothing_outside_the_scratch_is_writable)
{
	json_t *r = run_json("bash",
			     "for d in / /usr /usr/local /etc /bin /lib /proc /proc/sys /dev /work/.. "
			     "/tmp/..; do touch $d/.airlock-w 2>/dev/null && echo WRITABLE $d; done;"
			     "touch /work/ok /tmp/ok /dev/shm/ok && echo scratch-ok",
			     NULL);
	cr_assert_str_eq(jstr(r, "stdout"), "scratch-ok\n", "%s", jstr(r, "stdout"));
	json_decref(r);
}

/* State from one run must not reach the next (files, shared memory, SysV
 * IPC), even with the same uid inside. */
Test(threats, no_state_leaks_between_runs)
{
	json_t *r = run_json("bash",
		     "echo left > /work/marker; echo left > /tmp/marker; echo left > /dev/shm/marker;"
		     "ipcmk -M 4096 >/dev/null 2>&1; ipcmk -Q >/dev/null 2>&1; echo planted",
		     NULL);
	cr_assert_str_eq(jstr(r, "stdout"), "planted\n");
	json_decref(r);
	r = run_json("bash",
		     "ls /work/marker /tmp/marker /dev/shm/marker 2>/dev/null;"
		     "ipcs -m -q 2>/dev/null | grep -c '^0x' ; echo checked",
		     NULL);
	cr_assert_str_eq(jstr(r, "stdout"), "0\nchecked\n", "%s", jstr(r, "stdout"));
	json_decref(r);
}

/* A secret hunt through everything /proc shows, run from a file: only the
 * sandbox's own two processes are there, and no environment holds the
 * caller's secret. */
Test(threats, proc_walk_finds_no_host_process_or_secret)
{
	setenv("AIRLOCK_HOST_SECRET", "s3cr3t-from-the-host", 1);
	json_t *r = run_prog_json("proc_walk.py", NULL);
	unsetenv("AIRLOCK_HOST_SECRET");
	cr_assert_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	cr_assert_str_eq(jstr(r, "stdout"), "pids 2\nfound []\n", "%s", jstr(r, "stdout"));
	json_decref(r);
}
