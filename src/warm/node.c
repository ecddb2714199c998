/*
 * airlock-warm-node: the warm template for node (warm/template.h). Node
 * cannot be embedded as CPython is, so the template is node itself: this
 * program sets the sandbox's environment and execs node with a bootstrap
 * that loads node_addon.c (the template's loop, in node's main thread)
 * from a sealed memfd; see node_addon.c for how a run is forked from it.
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
#include "engine/warm.h"
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

/* node --single-threaded -e BOOTSTRAP -- FD ARGS: what the first output of
 * a program needs, the addon from the memfd at FD, then the template's
 * loop (serve(ARGS)), with nothing of the bootstrap left where a program
 * looks (the globals -e defines, process._eval, execArgv). Out of it each
 * run's program comes with the run: process.pid, the working directory
 * and performance.timeOrigin node cached at start-up the run's,
 * process.argv;
 * then the main module as node starts it (Module.runMain: CommonJS, or
 * ESM for .mjs and "type": "module", with the regular expression statics
 * reset) from the event loop's next turn, so that an uncaught exception
 * is reported as a cold node reports it. */
static const char bootstrap[] =
    "'use strict';{"
    "const r=require,m={exports:{}},M=r('module'),path=r('path'),fd=+process.argv[1];"
    "process.dlopen(m,'/proc/self/fd/'+fd);"
    "r('fs').closeSync(fd);"
    /* what a program's first output needs, loaded and compiled now: the
     * stream and net modules, a net.Socket on a pipe (what process.stdout
     * is on the run's pipe: its making and its writes) and console.log's
     * formatting, through a console of our own on a socket of our own on
     * a pipe of the module's, closed at once. The program's
     * process.stdout and process.stderr must not be made here (they would
     * be the template's): without colorMode false, the console would
     * load node's colors module, which looks at process.stderr, and a
     * socket's destroy compares itself with process.stderr (net.js), so
     * that, while it runs, process.stderr is that socket, then node's
     * getter again (the same property, in the same place). */
    "{const so=new(r('net').Socket)({fd:m.exports.pipe(),readable:false,writable:true}),"
    "d=Object.getOwnPropertyDescriptor(process,'stderr');"
    "new console.Console({stdout:so,colorMode:false}).log('%s',1);"
    "Object.defineProperty(process,'stderr',{value:so,configurable:true,enumerable:true});"
    "so.destroy();Object.defineProperty(process,'stderr',d);"
    /* the template serves once the socket is closed: no handle of ours
     * left in the loop a run inherits */
    "so.once('close',()=>{"
    /* -e sets these again once its script has run: gone only now */
    "for(const k of ['module','exports','require','__filename','__dirname'])"
    "delete globalThis[k];"
    /* and its getters of the built-in modules (fs, http, ...) */
    "for(const k of Object.getOwnPropertyNames(globalThis)){"
    "const d=Object.getOwnPropertyDescriptor(globalThis,k);"
    "if(d.get&&String(d.get).includes('dummyModule.require(name)'))delete globalThis[k];}"
    "delete process._eval;"
    "process.execArgv=[];"
    /* performance (loaded now, in the template) and its timeOrigin getter */
    "const P=Object.getPrototypeOf(performance),"
    "d=Object.getOwnPropertyDescriptor(P,'timeOrigin');"
    "const run=m.exports.serve(process.argv.slice(2));"
    /* the template's probe of what a run writes (node_addon.c): ours */
    "if(run.probe)process.on('exit',()=>m.exports.report());"
    "Object.defineProperty(process,'pid',{value:run.pid,writable:false,enumerable:true,"
    "configurable:true});"
    "process.ppid=run.ppid;"
    /* performance.timeOrigin, which node's JS read once: the run's, through
     * node's own getter first (its receiver check) */
    "{const o=run.origin;"
    "Object.defineProperty(P,'timeOrigin',{get:{timeOrigin(){d.get.call(this);return o}}"
    ".timeOrigin,set:d.set,enumerable:d.enumerable,configurable:d.configurable});}"
    "process.chdir(run.cwd);"
    "process.argv=[process.execPath,path.resolve(run.argv[1])].concat(run.argv.slice(2));"
    "/^/.exec('');"
    "setImmediate(M.runMain.bind(M),process.argv[1]);"
    "});}}";

/* The addon in a sealed memfd, inherited by node (not close-on-exec). */
static int addon_memfd(void)
{
	size_t len = (size_t)(node_addon_end - node_addon_start);
	int fd = memfd_create("airlock-node", MFD_ALLOW_SEALING);
	size_t off = 0;

	while (fd >= 0 && off < len) {
		ssize_t n = write(fd, node_addon_start + off, len - off);
		if (n <= 0) {
			close(fd);
			return -1;
		}
		off += (size_t)n;
	}
	if (fd >= 0 &&
	    fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL) < 0) {
		close(fd);
		return -1;
	}
	return fd;
}

int main(int argc, char **argv)
{
	extern char **environ;
	char fdnum[16];
	char *nargv[64 + 6];
	int n = 0, fd;
	err_t err;

	err_clear(&err);
	if (argc > 64) {
		fprintf(stderr, "airlock-warm-node: too many arguments\n");
		return 2;
	}
	if (access(INTERPRETER, X_OK) < 0) {
		fprintf(stderr, "airlock-warm-node: cannot run %s: %s; node runs start cold\n",
			INTERPRETER, strerror(errno));
		return WARM_EXIT_CANNOT_SERVE;
	}
	if ((uintptr_t)node_addon_end <= (uintptr_t)node_addon_start || (fd = addon_memfd()) < 0) {
		fprintf(stderr, "airlock-warm-node: cannot load the node addon: %s\n",
			strerror(errno));
		return 1;
	}
	/* node starts as it would in a sandbox: the sandbox's environment */
	if (template_sandbox_env("node", &err) < 0) {
		fprintf(stderr, "airlock-warm-node: %s\n", err.msg);
		return 1;
	}
	snprintf(fdnum, sizeof(fdnum), "%d", fd);
	nargv[n++] = (char *)INTERPRETER;
	nargv[n++] = (char *)"--single-threaded";
	nargv[n++] = (char *)"-e";
	nargv[n++] = (char *)bootstrap;
	nargv[n++] = (char *)"--";
	nargv[n++] = fdnum;
	for (int i = 1; i < argc; i++)
		nargv[n++] = argv[i];
	nargv[n] = NULL;
	execve(INTERPRETER, nargv, environ);
	fprintf(stderr, "airlock-warm-node: cannot run %s: %s\n", INTERPRETER, strerror(errno));
	return 1;
}
