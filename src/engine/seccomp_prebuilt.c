/* The syscall policy as compiled at build time (see tools/gen-seccomp.c). */
#include "engine/internal.h"

#include "seccomp_bpf.h"

void seccomp_prebuilt(struct seccomp_progs *out)
{
	out->main = (struct sock_filter *)seccomp_main_prog;
	out->main_len = (unsigned short)ARRAY_SIZE(seccomp_main_prog);
	out->guard_notify = (struct sock_filter *)seccomp_guard_notify_prog;
	out->guard_notify_len = (unsigned short)ARRAY_SIZE(seccomp_guard_notify_prog);
	out->guard_kill = (struct sock_filter *)seccomp_guard_kill_prog;
	out->guard_kill_len = (unsigned short)ARRAY_SIZE(seccomp_guard_kill_prog);
}
