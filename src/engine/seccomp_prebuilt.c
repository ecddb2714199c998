/* The syscall policy as compiled at build time (see tools/gen-seccomp.c). */
#include "engine/internal.h"

#include "seccomp_bpf.h"

void seccomp_prebuilt(struct seccomp_progs *out)
{
	out->main = (struct sock_filter *)seccomp_main_prog;
	out->main_len = (unsigned short)ARRAY_SIZE(seccomp_main_prog);
	out->args = (struct sock_filter *)seccomp_args_prog;
	out->args_len = (unsigned short)ARRAY_SIZE(seccomp_args_prog);
}
