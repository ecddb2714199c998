/*
 * The diagnostics corpus (tests/data/diagnostics, see capture.sh there):
 * each case is a program, the stderr airlock's run of it produced on this
 * machine, and the result it must give.
 */
#ifndef AIRLOCK_TEST_CORPUS_H
#define AIRLOCK_TEST_CORPUS_H

#include <jansson.h>
#include <stddef.h>

struct diag_case {
	char lang[16];	    /* the directory: python, node, bash, c, cpp */
	char name[64];	    /* "zero_division" */
	char program[256];  /* path of the program */
	char base_name[96]; /* its file name: what diagnostics call it */
	char *code;	    /* its text */
	char *err;	    /* the run's stderr as captured */
	char *compile_err;  /* the compile step's, or NULL */
	json_t *expected;   /* {"status", "diagnostics"?} */
};

/* Where the corpus is: AIRLOCK_DIAG_DATA, else tests/data/diagnostics. */
const char *corpus_dir(void);
/* Every case of lang (NULL: all), sorted; returns how many. */
size_t corpus_load(const char *lang, struct diag_case **out);
void corpus_free(struct diag_case *cases, size_t n);

#endif
