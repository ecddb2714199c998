/* libFuzzer target: secret redaction (src/policy/redact.c and the rules'
 * scanners in secrets.c) over any bytes, with the input cut in two at a
 * place the first byte picks, the second part as the lookahead past an
 * output limit. Every replacement is counted, so the markers in the output
 * must add up to the counts when the input held none of its own. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "policy/redact.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct redactor *r;
	struct redact_counts counts = {{0}};
	struct buf out = {0};
	err_t err;

	if (r == NULL && redactor_new(&r, &err) < 0)
		__builtin_trap();
	if (size == 0)
		return 0;
	const char *text = (const char *)data + 1;
	size_t len = size - 1, cut = data[0] % (len + 1);
	if (redact(r, text, cut, text + cut, len - cut, &out, &counts, &err) < 0)
		__builtin_trap();
	if (memmem(text, len, "[REDACTED:", 10) == NULL) {
		unsigned total = 0, markers = 0;
		for (size_t i = 0; i < redactor_rule_count(r); i++)
			total += counts.n[i];
		for (const char *p = out.data, *end = out.data + out.len;
		     p != NULL && (p = memmem(p, (size_t)(end - p), "[REDACTED:", 10)) != NULL; p++)
			markers++;
		if (markers != total)
			__builtin_trap();
	}
	buf_free(&out);
	return 0;
}
