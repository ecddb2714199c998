#include "cli/print.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "common/term.h"

void print_error(const char *fmt, ...)
{
	va_list ap;

	fputs("airlock: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void print_refusal(long status, json_t *answer)
{
	json_t *e = json_object_get(answer, "error");
	const char *msg = json_string_value(json_object_get(e, "message"));
	char *code = term_str(json_string_value(json_object_get(e, "code")));
	char *safe = term_str(msg ? msg : "no error message");
	print_error("the server refused (HTTP %ld%s%s): %s", status, code[0] ? " " : "", code,
		    safe);
	free(code);
	free(safe);
}
