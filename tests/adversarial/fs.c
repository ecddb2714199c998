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

Test(fs, host_private_trees_are_not_visible)
{
	char marker[] = "/tmp/airlock-host-marker.XXXXXX";
	int fd = mkstemp(marker);
	cr_assert(fd >= 0);
	close(fd);
	char code[512];
	snprintf(code, sizeof(code),
		 "for p in /root /home /var /srv /opt /mnt /media /boot /run %s /work/main /etc/shadow "
		 "/etc/ssh /etc/sudoers /etc/machine-id; do [ -e $p ] && echo SEES $p; done; echo done",
		 marker);
	json_t *r = run_json("bash", code, NULL);
	unlink(marker);
	cr_assert_str_eq(jstr(r, "stdout"), "done\n", "%s", jstr(r, "stdout"));
	json_decref(r);
}

Test(fs, callers_working_directory_is_not_visible)
{
	char cwd[4096], marker[4200];
	cr_assert_not_null(getcwd(cwd, sizeof(cwd)));
	json_t *r = run_json("bash", "ls -A /work | tr '\\n' ' '", NULL);
	cr_assert_str_eq(jstr(r, "stdout"), "main.sh ", "%s", jstr(r, "stdout"));
	json_decref(r);
	snprintf(marker, sizeof(marker), "cat %s/Makefile 2>/dev/null | head -1; echo done", cwd);
	r = run_json("bash", marker, NULL);
	cr_assert_str_eq(jstr(r, "stdout"), "done\n");
	json_decref(r);
}

Test(fs, passwd_names_only_the_sandbox)
{
	json_t *r = run_json("bash", "getent passwd | cut -d: -f1 | tr '\\n' ' '; id -un", NULL);
	cr_assert_str_eq(jstr(r, "stdout"), "root sandbox nobody sandbox\n");
	json_decref(r);
}

Test(fs, proc_writes_fail)
{
	json_t *r = run_json("bash",
			     "for f in /proc/sysrq-trigger /proc/sys/kernel/core_pattern "
			     "/proc/sys/vm/drop_caches /proc/sys/kernel/hostname /proc/sys/fs/file-max; do "
			     "  (echo 1 > $f) 2>/dev/null && [ \"$(stat -c %t:%T $f)\" != 1:3 ] && "
			     "echo WROTE $f; done;" /* 1:3: masked by /dev/null */
			     "(echo -1000 > /proc/self/oom_score_adj) 2>/dev/null && echo LOWERED; echo done",
			     NULL);
	cr_assert_str_eq(jstr(r, "stdout"), "done\n", "%s", jstr(r, "stdout"));
	json_decref(r);
	char *core = slurp("/proc/sys/kernel/core_pattern");
	cr_assert(core && strcmp(core, "1\n") != 0);
	free(core);
}

Test(fs, kernel_files_are_masked)
{
	json_t *r = run_json("bash",
			     "for f in /proc/kcore /proc/timer_list /proc/sched_debug /proc/kallsyms "
			     "/proc/keys /proc/kmsg; do [ -s $f ] && head -c 64 $f >/dev/null 2>&1 && "
			     "[ \"$(head -c 16 $f 2>/dev/null | tr -d '\\0 0')\" != '' ] && echo READ $f; "
			     "done; find /proc/acpi /proc/scsi /proc/bus /proc/irq /proc/driver -mindepth 1 2>/dev/null | wc -l; ls /sys 2>&1 | "
			     "grep -c 'No such'",
			     NULL);
	cr_assert_str_eq(jstr(r, "stdout"), "0\n1\n", "%s", jstr(r, "stdout"));
	json_decref(r);
}

Test(fs, no_dangerous_devices)
{
	json_t *r = run_json("bash",
			     "ls /dev | tr '\\n' ' '; for d in /dev/sda /dev/vda /dev/mem /dev/kmsg /dev/tty "
			     "/dev/ptmx /dev/console /dev/fuse /dev/net/tun /dev/kvm; do [ -e $d ] && echo HAS $d; "
			     "done; mknod /tmp/null c 1 3 2>/dev/null && echo MKNOD; mkfifo /tmp/fifo && echo fifo-ok",
			     NULL);
	cr_assert_str_eq(jstr(r, "stdout"),
			 "fd full null random shm stderr stdin stdout urandom zero fifo-ok\n", "%s",
			 jstr(r, "stdout"));
	json_decref(r);
}

Test(fs, disk_fill_stops_at_the_disk_limit)
{
	const char *extra[] = {"-d", "8", "-m", "256", NULL};
	json_t *r = run_json("bash",
			     "dd if=/dev/zero of=/tmp/fill bs=1M count=100 2>&1 | grep -o 'No space left' | "
			     "head -1; du -sm /tmp/fill | cut -f1",
			     extra);
	const char *o = jstr(r, "stdout");
	cr_assert(strncmp(o, "No space left\n", 14) == 0, "%s", o);
	cr_assert_leq(atoi(o + 14), 8, "%s", o);
	json_decref(r);
}

Test(fs, memory_bomb_through_tmpfs_is_bounded)
{
	/* tmpfs pages are memory: with room on disk but not in memory, the
	 * memory limit must stop it (root: the cgroup counts tmpfs pages;
	 * rootless: the disk limit bounds it) */
	const char *extra[] = {"-m", "64", "-d", "1024", "-w", test_seconds(10), NULL};
	json_t *r = run_json("bash",
			     "dd if=/dev/zero of=/dev/shm/bomb bs=1M count=400 2>/dev/null; "
			     "du -sm /dev/shm/bomb | cut -f1",
			     extra);
	if (running_as_root()) {
		cr_assert_str_eq(jstr(r, "status"), "memory_limit");
		cr_assert_leq(jint(r, "memory_peak_kb"), 64 * 1024 + 1024);
	} else {
		cr_assert_str_eq(jstr(r, "status"), "ok");
		cr_assert_leq(atoi(jstr(r, "stdout")), 400);
	}
	json_decref(r);
}
