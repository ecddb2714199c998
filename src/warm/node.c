/*
 * airlock-warm-node: the warm template for node (warm/template.h).
 *
 * V8 runs threads from its start, and a process with threads cannot be
 * forked into a working copy: node cannot be initialised in the template
 * and cloned, as Python is. Instead each sandbox the template builds
 * before its run starts ONE node process ahead of time, inside the
 * sandbox, with every restriction already in place (child.c's
 * ahead_program: the sandbox's namespaces, no capability, no_new_privs,
 * landlock, seccomp, the default limits' rlimits, the sandbox's uid). That
 * node runs a small bootstrap (below) that loads node_addon.c from a
 * memfd and waits in its event loop. When the run comes, init hands it
 * the run's standard streams, command line and directory, and the
 * bootstrap starts the program as `node main.js` does: process.argv, the
 * main module through Module.runMain (CommonJS, or ESM for .mjs and
 * "type": "module"), on an empty stack whose last frame is the one node
 * itself shows. The sandbox and its node serve that one run and die.
 *
 * A run that this node could not start as a new one would -- another
 * command line (node options), another environment -- is exec'd as a cold
 * node in the same sandbox, and says why.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "engine/internal.h"
#include "warm/template.h"

#define INTERPRETER "/usr/bin/node"

/* node_addon.c, built as a shared object and embedded here */
extern const unsigned char node_addon_start[], node_addon_end[];
__asm__(".section .rodata\n"
	".balign 64\n"
	".global node_addon_start\n"
	"node_addon_start:\n"
	".incbin \"" NODE_ADDON_PATH "\"\n"
	".global node_addon_end\n"
	"node_addon_end:\n"
	".previous\n");

/* node -e BOOTSTRAP: what the first output of a program needs, the addon,
 * then nothing of the bootstrap left where the program looks (the globals
 * -e defines, process._eval, execArgv).
 * The function it hands the addon sets process.argv and starts the main
 * module as node does (Module.runMain: CommonJS, or ESM for .mjs and
 * "type": "module", with the regular expression statics reset) from the
 * event loop's next turn: not from inside the addon's call, whose
 * exceptions reach node without the place they were thrown, so that an
 * uncaught exception is reported as a cold node reports it. */
static const char bootstrap[] =
    "'use strict';{"
    "const r=require,m={exports:{}},M=r('module'),path=r('path');"
    "process.dlopen(m,'/proc/self/fd/3');"
    "r('fs').closeSync(3);"
    /* what a program's first output needs, loaded and compiled now: the
     * stream and net modules, a net.Socket on a pipe (what process.stdout
     * is on the run's pipe: its making and its writes) and console.log's
     * formatting, through a console of our own on a socket of our own on
     * a pipe of the module's, closed at once. The program's
     * process.stdout and process.stderr must not be made here (they would
     * be /dev/null's): without colorMode false, the console would load
     * node's colors module, which looks at process.stderr, and a socket's
     * destroy compares itself with process.stderr (net.js), so that,
     * while it runs, process.stderr is that socket, then node's getter
     * again (the same property, in the same place). */
    "{const so=new(r('net').Socket)({fd:m.exports.pipe(),readable:false,writable:true}),"
    "d=Object.getOwnPropertyDescriptor(process,'stderr');"
    "new console.Console({stdout:so,colorMode:false}).log('%s',1);"
    "Object.defineProperty(process,'stderr',{value:so,configurable:true,enumerable:true});"
    "so.destroy();Object.defineProperty(process,'stderr',d);"
    /* the node waits once the socket is closed: no handle of ours left
     * in the loop when the program starts */
    "so.once('close',()=>m.exports.wait((argv)=>{"
    /* -e sets these again once its script has run: gone only now */
    "for(const k of ['module','exports','require','__filename','__dirname'])"
    "delete globalThis[k];"
    /* and its getters of the built-in modules (fs, http, ...) */
    "for(const k of Object.getOwnPropertyNames(globalThis)){"
    "const d=Object.getOwnPropertyDescriptor(globalThis,k);"
    "if(d.get&&String(d.get).includes('dummyModule.require(name)'))delete globalThis[k];}"
    "delete process._eval;"
    "process.execArgv=[];"
    "process.argv=[process.execPath,path.resolve(argv[1])].concat(argv.slice(2));"
    "/^/.exec('');"
    "setImmediate(M.runMain.bind(M),process.argv[1]);"
    "}));}}";

static int node_init(const struct engine *e, err_t *err)
{
	(void)e;
	if (access(INTERPRETER, X_OK) < 0)
		return err_set(err, errno, "cannot run %s", INTERPRETER);
	if ((uintptr_t)node_addon_end <= (uintptr_t)node_addon_start)
		return err_set(err, 0, "the node addon is missing from this binary");
	return 0;
}

static void no_op(void)
{
}

/* In the program's process, before any restriction: the addon in a
 * sealed memfd (the bootstrap loads it from /proc/self/fd/3). */
static int node_ahead_open(void)
{
	size_t len = (size_t)(node_addon_end - node_addon_start);
	int fd = memfd_create("airlock-node", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	size_t off = 0;

	while (fd >= 0 && off < len) {
		ssize_t n = write(fd, node_addon_start + off, len - off);
		if (n <= 0) {
			close(fd);
			return -1;
		}
		off += (size_t)n;
	}
	if (fd >= 0)
		(void)fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL);
	return fd;
}

static void node_ahead_exec(void)
{
	extern char **environ;
	char *argv[] = {(char *)INTERPRETER, (char *)"-e", (char *)bootstrap, NULL};
	execve(INTERPRETER, argv, environ);
}

static bool same_strings(char *const *a, char *const *b)
{
	for (; *a && *b; a++, b++)
		if (strcmp(*a, *b) != 0)
			return false;
	return *a == NULL && *b == NULL;
}

/* In init (pid 1) when the run comes: whether the node waiting for it can
 * start it as a new `node main.js` would. A sandbox cloned on request
 * (limits other than the defaults) has no node waiting: its program
 * (not pid 1) execs one. */
static bool node_ready(const struct child_step *st, const char **why)
{
	extern char **environ;

	if (getpid() != 1) {
		*why = template_no_ready_why ? template_no_ready_why
					     : "no node was started ahead for this run's limits";
		return false;
	}
	if (st->argv[0] == NULL || strcmp(st->argv[0], INTERPRETER) != 0 || st->argv[1] == NULL ||
	    st->argv[1][0] == '-') {
		*why = "the command is not the template's";
		return false;
	}
	if (!same_strings(st->envp, environ)) {
		*why = "the environment is not the template's";
		return false;
	}
	return true;
}

static void node_run(const struct child_step *st)
{
	(void)st; /* never: node_ready is false outside init */
}

static const struct child_exec_hook node_hook = {
    .ready = node_ready,
    .run = node_run,
    .ahead_open = node_ahead_open,
    .ahead_exec = node_ahead_exec,
};

static const struct template_lang node_template = {
    .name = "node",
    .init = node_init,
    .before_clone = no_op,
    .after_clone = no_op,
    .hook = &node_hook,
};

int main(int argc, char **argv)
{
	return template_main(&node_template, argc, argv);
}
