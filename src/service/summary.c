/*
 * An execution said in one line, for protocols that carry one line of text
 * about a failure (MCP's error text, Judge0's message). Pure: JSON in,
 * text out.
 */
#include <stdio.h>
#include <string.h>

#include "service/service.h"

/* "ZeroDivisionError: division by zero (main.py, line 2)": the first of an
 * execution's diagnostics in one line, for protocols that carry one line
 * of text about a failure (MCP's error text, Judge0's message). */
bool execution_diagnostic_line(const json_t *execution, char *out, size_t size)
{
	const json_t *d = json_array_get(json_object_get(execution, "diagnostics"), 0);
	const char *type = json_string_value(json_object_get(d, "type"));
	const char *msg = json_string_value(json_object_get(d, "message"));
	const char *file = json_string_value(json_object_get(d, "file"));
	const json_t *line = json_object_get(d, "line");
	char where[160] = "";
	int n;

	out[0] = 0;
	if (d == NULL || (type == NULL && msg == NULL))
		return false;
	if (file && json_is_integer(line))
		snprintf(where, sizeof(where), " (%s, line %lld)", file,
			 (long long)json_integer_value(line));
	else if (file)
		snprintf(where, sizeof(where), " (%s)", file);
	/* the first line of the message only: one line in all */
	n = msg ? (int)strcspn(msg, "\n") : 0;
	snprintf(out, size, "%s%s%.*s%s", type ? type : "", type && n ? ": " : "", n,
		 msg ? msg : "", where);
	return true;
}
