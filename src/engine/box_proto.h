/*
 * Between a box's supervisor (box.c) and its init (box_init.c): one
 * SOCK_SEQPACKET message per request on the box's control socket.
 *
 * BOX_MSG_EXEC comes with its descriptors in this order: the command's
 * strings (a sealed memfd: argv, then envp, then the working directory,
 * each string NUL-terminated, nargv + nenv + 1 of them), the write ends of
 * its stdout and stderr pipes, its report socket, and its stdin when
 * BOX_EXEC_STDIN is set. Init forks the command's process, which reports
 * on the report socket as a one-shot program does (REPORT_STARTED,
 * REPORT_EXEC_FAILED), and init reports REPORT_EXITED there when the
 * command's main process ended. BOX_MSG_KILL kills the process group of
 * a slot's command, BOX_MSG_SIGNAL sends a signal to its main process.
 *
 * BOX_MSG_CONNECT (flags: a TCP port) comes with one descriptor, a reply
 * socket: init starts a connection to that port on the box's loopback,
 * to 127.0.0.1 and to ::1, without waiting for either (init never
 * blocks), and sends the sockets back on it ("c", one or two of them), or
 * a struct box_connect_reply with the errno when it could start neither.
 */
#ifndef AIRLOCK_BOX_PROTO_H
#define AIRLOCK_BOX_PROTO_H

#include <stdint.h>

#define BOX_MSG_MAGIC 0x786f6241u /* "Abox" */
#define BOX_MSG_EXEC 1
#define BOX_MSG_KILL 2
#define BOX_MSG_SIGNAL 3 /* flags: the signal, to the slot's main process */
#define BOX_MSG_CONNECT 4 /* flags: the port */

#define BOX_EXEC_STDIN 1u
#define BOX_EXEC_MERGE 2u
#define BOX_EXEC_PTY 4u /* stdin is the box's own pty: the controlling terminal */

#define BOX_STRINGS_MAX (1u << 20) /* bytes of a command's strings */
#define BOX_ARGV_MAX 1024
#define BOX_ENV_MAX 512
#define BOX_EXEC_FDS 5

struct box_msg {
	uint32_t magic;
	uint32_t kind;
	uint32_t slot; /* < BOX_MAX_EXECS */
	uint32_t flags;
	uint32_t nargv, nenv;
	uint64_t strings_len;
	/* the command's rlimits (0: none) */
	uint64_t cpu_s, stack_bytes, nproc, data_bytes;
};

struct box_connect_reply {
	int32_t errnum;
};

#endif
