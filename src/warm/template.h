/*
 * A warm template: a long-lived process with a language's interpreter
 * initialised (its runtime, the modules programs import most), which never
 * runs a program itself. Each run's sandbox is cloned from it by the same
 * child_main a cold run uses (engine/warm.h has the protocol), and the
 * program, once every restriction is in place, starts in the interpreter
 * it inherited instead of exec'ing a new one: its start-up is paid once.
 *
 * template.c is the language-independent part (socket, clone, reaping,
 * ending the sandboxes of a supervisor that went away); a language
 * provides the rest.
 */
#ifndef AIRLOCK_WARM_TEMPLATE_H
#define AIRLOCK_WARM_TEMPLATE_H

#include <stdbool.h>

#include "common/err.h"
#include "engine/internal.h"

struct template_lang {
	const char *name; /* the language profile it serves */
	/* Initialises the interpreter in this process; the environment is
	 * already the sandbox's (airlock's and the language's). */
	int (*init)(const struct engine *e, err_t *err);
	/* Around each clone of a sandbox from the template. */
	void (*before_clone)(void);
	void (*after_clone)(void);
	const struct child_exec_hook *hook;
	/* The runtime runs threads of its own in the template (node: V8's
	 * and libuv's), which neither block our signals nor may be told to:
	 * the template takes them with a handler of its own instead of a
	 * signalfd, keeps the runtime's dispositions, and runs from the
	 * runtime's own executable (not a memfd copy of itself). */
	bool threaded;
};

/* The sandbox's environment (airlock's and the language's) as this
 * process's: a runtime that is not embedded (node) is exec'd with it, so
 * that it starts as it would in a sandbox. */
int template_sandbox_env(const char *lang, err_t *err);

/* The process shows what a cold start shows: name (PR_SET_NAME), command
 * line and environment in /proc/self/cmdline and environ, as much as fits
 * where the template's own were (the sandbox's init blanked them; the
 * rest of that space is NULs). */
void template_show_as(const struct engine *e, const char *name, const struct child_step *st);

/* The template's main: parses the command line (see usage in template.c),
 * initialises the language and serves until told to stop. */
int template_main(const struct template_lang *lang, int argc, char **argv);

#endif
