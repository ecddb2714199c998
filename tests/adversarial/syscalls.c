/* Every denied syscall family: the program tries it, and the host sees the
 * run end as syscall_denied (SIGSYS) -- or, for the families runtimes probe,
 * sees the call fail while the program carries on. */
#include <criterion/criterion.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "lib/harness.h"

static void expect_killed(const char *family, const char *call)
{
	char code[2048];
	snprintf(code, sizeof(code),
		 "#define _GNU_SOURCE\n#include <stdio.h>\n#include <unistd.h>\n#include <sched.h>\n"
		 "#include <signal.h>\n#include <sys/syscall.h>\n#include <sys/mount.h>\n"
		 "#include <linux/sched.h>\n"
		 "int main(void){ printf(\"trying\\n\"); fflush(stdout);\n"
		 "  long r = %s;\n  printf(\"SURVIVED %%ld\\n\", r); return 0; }\n",
		 call);
	json_t *r = run_json("c", code, NULL);
	if (strcmp(jstr(r, "status"), "syscall_denied") != 0)
		dump_result(r);
	cr_expect_str_eq(jstr(r, "status"), "syscall_denied", "%s: %s", family, call);
	cr_expect_eq(jint(r, "signal"), SIGSYS, "%s", family);
	cr_expect_str_eq(jstr(r, "stdout"), "trying\n", "%s ran on", family);
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
}

Test(syscalls, namespaces)
{
	expect_killed("unshare user", "unshare(CLONE_NEWUSER)");
	expect_killed("unshare net", "unshare(CLONE_NEWNET)");
	expect_killed("unshare mount", "unshare(CLONE_NEWNS)");
	expect_killed("clone newpid", "syscall(SYS_clone, CLONE_NEWPID | SIGCHLD, 0, 0, 0, 0)");
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
