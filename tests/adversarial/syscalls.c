/* Every denied syscall family: the program tries it, and the host sees the
 * run end as syscall_denied (SIGSYS) -- or, for the families runtimes probe,
 * sees the call fail while the program carries on. */
#include <criterion/criterion.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "lib/harness.h"

/* The result names what the policy refused: {"syscall", "pid"}. */
static const char *denied_syscall(json_t *r)
{
	return jstr(json_object_get(r, "denied"), "syscall");
}

static long long denied_pid(json_t *r)
{
	return jint(json_object_get(r, "denied"), "pid");
}

/* family: the syscall's name, as the result's denied.syscall says it */
static void expect_killed(const char *family, const char *call)
{
	char code[2048];
	snprintf(code, sizeof(code),
		 "#define _GNU_SOURCE\n#include <stdio.h>\n#include <unistd.h>\n#include <sched.h>\n"
		 "#include <signal.h>\n#include <sys/syscall.h>\n#include <sys/mount.h>\n"
		 "#include <linux/sched.h>\n"
		 "int main(void){ printf(\"trying %%d\\n\", (int)getpid()); fflush(stdout);\n"
		 "  long r = %s;\n  printf(\"SURVIVED %%ld\\n\", r); return 0; }\n",
		 call);
	json_t *r = run_json("c", code, NULL);
	if (strcmp(jstr(r, "status"), "syscall_denied") != 0)
		dump_result(r);
	cr_expect_str_eq(jstr(r, "status"), "syscall_denied", "%s: %s", family, call);
	cr_expect_eq(jint(r, "signal"), SIGSYS, "%s", family);
	int pid = -1;
	cr_expect_eq(sscanf(jstr(r, "stdout"), "trying %d\n", &pid), 1, "%s", family);
	cr_expect(strstr(jstr(r, "stdout"), "SURVIVED") == NULL, "%s ran on", family);
	cr_expect_str_eq(denied_syscall(r), family, "%s: %s", family, call);
	cr_expect_eq(denied_pid(r), pid, "%s: denied pid %lld, the program is %d", family,
		     denied_pid(r), pid);
	json_decref(r);
}

Test(syscalls, mount_family)
{
	expect_killed("mount", "mount(\"none\", \"/tmp\", \"tmpfs\", 0, 0)");
	expect_killed("umount2", "umount2(\"/proc\", MNT_DETACH)");
	expect_killed("pivot_root", "syscall(SYS_pivot_root, \"/tmp\", \"/tmp\")");
	expect_killed("fsopen", "syscall(SYS_fsopen, \"tmpfs\", 0)");
	expect_killed("open_tree", "syscall(SYS_open_tree, -100, \"/\", 1)");
	expect_killed("move_mount", "syscall(SYS_move_mount, -1, \"\", -100, \"/tmp\", 0)");
	expect_killed("chroot", "chroot(\"/tmp\")");
	/* the new mount API: each call on its own */
	expect_killed("fspick", "syscall(SYS_fspick, -100, \"/\", 0)");
	expect_killed("fsconfig", "syscall(SYS_fsconfig, -1, 0, 0, 0, 0)");
	expect_killed("fsmount", "syscall(SYS_fsmount, -1, 0, 0)");
	expect_killed("mount_setattr", "syscall(SYS_mount_setattr, -100, \"/\", 0, 0, 0)");
}

Test(syscalls, namespaces)
{
	expect_killed("unshare", "unshare(CLONE_NEWUSER)");
	expect_killed("unshare", "unshare(CLONE_NEWNET)");
	expect_killed("unshare", "unshare(CLONE_NEWNS)");
	expect_killed("clone", "syscall(SYS_clone, CLONE_NEWPID | SIGCHLD, 0, 0, 0, 0)");
	expect_killed("setns", "setns(0, 0)");
}

Test(syscalls, keyrings)
{
	expect_killed("keyctl", "syscall(SYS_keyctl, 0, 0, 0, 0, 0)");
	expect_killed("add_key", "syscall(SYS_add_key, \"user\", \"k\", \"v\", 1, -2)");
	expect_killed("request_key", "syscall(SYS_request_key, \"user\", \"k\", 0, 0)");
}

Test(syscalls, kernel_code_and_power)
{
	expect_killed("bpf", "syscall(SYS_bpf, 0, 0, 0)");
	expect_killed("init_module", "syscall(SYS_init_module, 0, 0, \"\")");
	expect_killed("finit_module", "syscall(SYS_finit_module, 0, \"\", 0)");
	expect_killed("delete_module", "syscall(SYS_delete_module, \"x\", 0)");
	expect_killed("kexec_load", "syscall(SYS_kexec_load, 0, 0, 0, 0)");
	expect_killed("reboot", "syscall(SYS_reboot, 0xfee1dead, 672274793, 0x1234567, 0)");
}

Test(syscalls, swap_clock_and_io_ports)
{
	expect_killed("swapon", "syscall(SYS_swapon, \"/tmp/x\", 0)");
	expect_killed("settimeofday", "syscall(SYS_settimeofday, 0, 0)");
	expect_killed("clock_settime", "syscall(SYS_clock_settime, 0, 0)");
	expect_killed("iopl", "syscall(SYS_iopl, 3)");
	expect_killed("ioperm", "syscall(SYS_ioperm, 0, 1024, 1)");
	expect_killed("acct", "syscall(SYS_acct, \"/tmp/acct\")");
}

/* Old or rarely needed doors into the kernel: quotas, the dcookie and
 * library loaders, the terminal hang-up, LDT entries (16-bit segments). */
Test(syscalls, legacy_kernel_doors)
{
	expect_killed("quotactl", "syscall(SYS_quotactl, 0, 0, 0, 0)");
	expect_killed("quotactl_fd", "syscall(SYS_quotactl_fd, 0, 0, 0, 0)");
	expect_killed("lookup_dcookie", "syscall(SYS_lookup_dcookie, 0, 0, 0)");
	expect_killed("uselib", "syscall(SYS_uselib, \"/tmp/x\")");
	expect_killed("vhangup", "syscall(SYS_vhangup)");
	expect_killed("modify_ldt", "syscall(SYS_modify_ldt, 0, 0, 0)");
	expect_killed("sysfs", "syscall(SYS_sysfs, 3)");
	expect_killed("ustat", "syscall(SYS_ustat, 0, 0)");
}

/* A syscall the policy does not know -- one newer than its list, or a
 * number no kernel has yet -- fails with ENOSYS and runs nothing; and the
 * kernel's log is not readable (/proc/kmsg is masked: it reads nothing). */
Test(syscalls, unknown_syscalls_fail_and_the_kernel_log_is_closed)
{
	json_t *r = run_json("c",
			     "#include <stdio.h>\n#include <errno.h>\n#include <fcntl.h>\n"
			     "#include <unistd.h>\n#include <sys/syscall.h>\n"
			     "int main(void){ int bad = 0; char b[256];\n"
			     "  if (syscall(1000, 0, 0, 0) != -1 || errno != ENOSYS) bad |= 1;\n"
			     "  if (syscall(457, 0, 0, 0, 0) != -1 || errno != ENOSYS) bad |= 2;\n"
			     "  if (syscall(458, 0, 0, 0, 0) != -1 || errno != ENOSYS) bad |= 4;\n"
			     "  if (syscall(SYS_syslog, 3, b, sizeof(b)) >= 0) bad |= 8;\n"
			     "  if (syscall(SYS_syslog, 10, 0, 0) >= 0) bad |= 16;\n"
			     "  if (open(\"/dev/kmsg\", O_RDONLY) >= 0) bad |= 32;\n"
			     "  int fd = open(\"/proc/kmsg\", O_RDONLY | O_NONBLOCK);\n"
			     "  if (fd >= 0 && read(fd, b, sizeof(b)) > 0) bad |= 64;\n"
			     "  printf(\"bad=%d\\n\", bad); return 0; }",
			     NULL);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	cr_assert_str_eq(jstr(r, "stdout"), "bad=0\n");
	json_decref(r);
}

Test(syscalls, handle_based_open)
{
	/* the shocker escape: open_by_handle_at walks from a host fd */
	expect_killed("open_by_handle_at", "syscall(SYS_open_by_handle_at, 0, 0, 0)");
	expect_killed("name_to_handle_at", "syscall(SYS_name_to_handle_at, -100, \"/\", 0, 0, 0)");
}

/* Runtimes probe these: they must fail, not kill. */
Test(syscalls, probed_families_fail_quietly)
{
	json_t *r = run_json("c",
			     "#include <stdio.h>\n#include <unistd.h>\n#include <errno.h>\n"
			     "#include <sys/syscall.h>\n"
			     "int main(void){ int bad = 0;\n"
			     "  if (syscall(SYS_io_uring_setup, 1, 0) != -1) bad++;\n"
			     "  if (syscall(SYS_userfaultfd, 0) != -1) bad++;\n"
			     "  if (syscall(SYS_perf_event_open, 0, 0, -1, -1, 0) != -1) bad++;\n"
			     "  if (syscall(SYS_clone3, 0, 0) != -1 || errno != ENOSYS) bad++;\n"
			     "  if (syscall(SYS_personality, 0x0040000) != -1) bad++;\n"
			     "  printf(\"bad=%d\\n\", bad); return 0; }",
			     NULL);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	cr_assert_str_eq(jstr(r, "stdout"), "bad=0\n");
	json_decref(r);
}

Test(syscalls, socket_families_outside_the_list_fail)
{
	json_t *r = run_json("c",
			     "#include <stdio.h>\n#include <sys/socket.h>\n#include <linux/netlink.h>\n"
			     "int main(void){ int fams[] = {17 /*PACKET*/, 38 /*ALG*/, 40 /*VSOCK*/,\n"
			     "  4 /*IPX*/, 9 /*X25*/, 29 /*CAN*/, 31 /*BLUETOOTH*/}; int open = 0;\n"
			     "  for (int i = 0; i < 7; i++) if (socket(fams[i], SOCK_RAW, 0) >= 0) open++;\n"
			     "  if (socket(AF_NETLINK, SOCK_RAW, NETLINK_AUDIT) >= 0) open++;\n"
			     "  if (socket(AF_INET, SOCK_RAW, 1) >= 0) open++;\n"
			     "  if (socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE) < 0) open += 100;\n"
			     "  printf(\"open=%d\\n\", open); return 0; }",
			     NULL);
	cr_assert_str_eq(jstr(r, "stdout"), "open=0\n", "%s", jstr(r, "stdout"));
	json_decref(r);
}

/* The policy sees every process of the run, not only the main one: a child
 * or a thread that tries an escape ends the run as syscall_denied, and the
 * result names the syscall and the process (its pid inside the sandbox),
 * even when the main process would have exited 0. */
static json_t *run_in_child(const char *call)
{
	char code[2048];
	snprintf(code, sizeof(code),
		 "#define _GNU_SOURCE\n#include <stdio.h>\n#include <unistd.h>\n#include <sched.h>\n"
		 "#include <sys/syscall.h>\n#include <sys/mount.h>\n#include <sys/wait.h>\n"
		 "int main(void){ pid_t p = fork();\n"
		 "  if (p == 0) { printf(\"child %%d\\n\", (int)getpid()); fflush(stdout);\n"
		 "    long r = %s; printf(\"SURVIVED %%ld\\n\", r); _exit(0); }\n"
		 "  waitpid(p, 0, 0); printf(\"parent done\\n\"); return 0; }\n",
		 call);
	return run_json("c", code, NULL);
}

static void expect_child_denied(const char *name, const char *call)
{
	json_t *r = run_in_child(call);
	int child = -1;
	sscanf(jstr(r, "stdout"), "child %d", &child);
	if (strcmp(jstr(r, "status"), "syscall_denied") != 0)
		dump_result(r);
	cr_expect_str_eq(jstr(r, "status"), "syscall_denied", "%s", call);
	cr_expect_str_eq(denied_syscall(r), name, "%s", call);
	cr_expect_eq(denied_pid(r), child, "%s: denied pid %lld, child %d", call, denied_pid(r),
		     child);
	cr_expect(strstr(jstr(r, "stdout"), "SURVIVED") == NULL, "%s ran on", call);
	cr_expect(strstr(jstr(r, "stdout"), "parent done") == NULL, "the run went on after %s",
		  call);
	json_decref(r);
}

Test(syscalls, a_child_killed_by_the_policy_ends_the_run)
{
	expect_child_denied("mount", "mount(\"none\", \"/tmp\", \"tmpfs\", 0, 0)");
	expect_child_denied("unshare", "unshare(CLONE_NEWUSER)");
	expect_child_denied("keyctl", "syscall(SYS_keyctl, 0, 0, 0, 0, 0)");
	expect_child_denied("bpf", "syscall(SYS_bpf, 0, 0, 0)");
	expect_child_denied("ioctl", "syscall(SYS_ioctl, 1, 0x5412UL, \"x\")");
	expect_child_denied("x32:getpid", "syscall(0x40000000 | 39)");
}

Test(syscalls, unshare_in_a_shell_child_is_reported)
{
	json_t *r = run_json("bash", "unshare -r id; exit 0", NULL);
	if (strcmp(jstr(r, "status"), "syscall_denied") != 0)
		dump_result(r);
	cr_assert_str_eq(jstr(r, "status"), "syscall_denied");
	cr_assert_str_eq(denied_syscall(r), "unshare");
	cr_assert_gt(denied_pid(r), 2, "unshare runs as a child of bash (pid 2)");
	json_decref(r);
}

/* The main process exits 0 the moment its child is stopped in a refused
 * syscall (it watches /proc/CHILD/syscall without pause): the run still
 * ends syscall_denied, because init lets the supervisor read what is
 * queued before it kills the rest. */
Test(syscalls, a_denied_child_is_seen_when_the_parent_exits_at_once)
{
	for (int i = 0; i < 10; i++) {
		json_t *r = run_json(
		    "c",
		    "#include <fcntl.h>\n#include <stdio.h>\n#include <string.h>\n"
		    "#include <unistd.h>\n#include <sys/mount.h>\n#include <sys/syscall.h>\n"
		    "int main(void){ pid_t p = fork();\n"
		    "  if (p == 0) { mount(\"a\", \"/tmp\", \"tmpfs\", 0, 0); _exit(0); }\n"
		    "  char path[64], want[16], buf[64]; snprintf(path, sizeof(path), "
		    "\"/proc/%d/syscall\", (int)p);\n"
		    "  snprintf(want, sizeof(want), \"%d \", SYS_mount);\n"
		    "  for (int i = 0; i < 1000000; i++) { int fd = open(path, O_RDONLY);\n"
		    "    if (fd >= 0) { ssize_t n = read(fd, buf, sizeof(buf) - 1); close(fd);\n"
		    "      buf[n > 0 ? n : 0] = 0;\n"
		    "      if (strncmp(buf, want, strlen(want)) == 0) _exit(0); } }\n"
		    "  puts(\"the child never stopped in mount\"); return 0; }",
		    NULL);
		if (strcmp(jstr(r, "status"), "syscall_denied") != 0)
			dump_result(r);
		cr_expect_str_eq(jstr(r, "status"), "syscall_denied", "run %d", i);
		cr_expect_str_eq(denied_syscall(r), "mount", "run %d", i);
		json_decref(r);
	}
}

Test(syscalls, a_thread_killed_by_the_policy_names_its_process)
{
	json_t *r = run_json(
	    "c",
	    "#include <stdio.h>\n#include <unistd.h>\n#include <pthread.h>\n#include <sys/mount.h>\n"
	    "static void *t(void *a){ mount(\"none\", \"/tmp\", \"tmpfs\", 0, 0); return a; }\n"
	    "int main(void){ printf(\"pid %d\\n\", (int)getpid()); fflush(stdout);\n"
	    "  pthread_t th; pthread_create(&th, 0, t, 0); pthread_join(th, 0);\n"
	    "  printf(\"joined\\n\"); return 0; }",
	    NULL);
	int pid = -1;
	sscanf(jstr(r, "stdout"), "pid %d", &pid);
	cr_assert_str_eq(jstr(r, "status"), "syscall_denied");
	cr_assert_str_eq(denied_syscall(r), "mount");
	cr_assert_eq(denied_pid(r), pid);
	cr_assert(strstr(jstr(r, "stdout"), "joined") == NULL);
	json_decref(r);
}
