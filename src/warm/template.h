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
#include <signal.h>
#include <stdint.h>
#include <sys/types.h>

#include "common/err.h"
#include "engine/internal.h"

struct template_lang {
	const char *name; /* the language profile it serves */
	/* Serves runs of every language, each exec'ing its interpreter
	 * (the spawner, spawner.c): no profile, no environment of its own. */
	bool any_language;
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

/* The signals the template takes (children, termination): blocked in a
 * sandbox's init until it has set up its own. */
void template_signals(sigset_t *set);

/* The sandbox's environment (airlock's and the language's) as this
 * process's: a runtime that is not embedded (node) is exec'd with it, so
 * that it starts as it would in a sandbox. */
int template_sandbox_env(const char *lang, err_t *err);

/* The process shows what a cold start shows: name (PR_SET_NAME), command
 * line and environment in /proc/self/cmdline and environ, as much as fits
 * where the template's own were (the sandbox's init blanked them; the
 * rest of that space is NULs). */
void template_show_as(const struct engine *e, const char *name, const struct child_step *st);

/*
 * Which pages a ready program makes its own before its run. On this kind
 * of machine (a VM whose hypervisor sees every page-table change) a page
 * fault costs 20-50 us, and a copy made by one madvise a fourth of that.
 * Copying every writable page of CPython (about 6.7 MB, 1,700 pages) took
 * a quarter of a warm hello's CPU; a run writes a fifth of them (about
 * 1.3 MB). And a fork copies no page-table entry of the interpreter's code
 * (file pages are mapped again when used): a hello faulted its code in
 * page by page. So a template learns, once, which pages a run writes and
 * which code and read-only data it maps: a forked copy of itself (not a
 * sandbox; it runs only a fixed program of airlock's, before any run)
 * runs as a warm run does and reports them (template_probe_report); a
 * ready program copies the first and maps the second, in one madvise per
 * span (template_populate). A run that touches more faults it in as it
 * goes.
 */
#define TEMPLATE_HOT_MAX 4096
struct template_span {
	uintptr_t lo, hi;
	bool write; /* copied (MADV_POPULATE_WRITE); else mapped (_READ) */
};
struct template_hot {
	struct template_span spans[TEMPLATE_HOT_MAX];
	int n; /* -1: not learnt */
};

/* The template's mappings, at most max of them: private writable ones
 * (what a fork copies on write) and, with code, read-only file mappings
 * (code, constants: what a fork leaves to fault in again); -1 when
 * /proc/self/maps cannot be read. */
int template_map_spans(struct template_span *out, int max, bool code);
/* In the probe, after its run: the spans of pages it wrote (present and
 * exclusively mapped) in the template's writable mappings maps, and of
 * those it mapped (present) in its read-only ones, written to out; then
 * _exit (0: all written). */
_Noreturn void template_probe_report(const struct template_span *maps, int nmaps, int out);
/* In the probe, first: it dies with the template (which may be killed
 * while it waits for the probe); parent is the template's pid. */
void template_probe_start(pid_t parent);
/* In the template: the probe's spans from fd (closed), and the probe
 * reaped; hot->n stays -1 unless it reported them all and exited 0. A
 * probe that has not reported within TEMPLATE_PROBE_MS is killed (one line
 * on standard error says so): the template then serves without them. */
#define TEMPLATE_PROBE_MS 30000
void template_learn_spans(struct template_hot *hot, pid_t probe, int fd);
/* In a ready program: the spans copied or mapped now. */
void template_populate(const struct template_span *spans, int n);

/* The template's main: parses the command line (see usage in template.c),
 * initialises the language and serves until told to stop. */
int template_main(const struct template_lang *lang, int argc, char **argv);

#endif
