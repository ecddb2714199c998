/* libFuzzer target: the analyzer on arbitrary programs. The first byte
 * picks the language; the rest is the program. Any crash, hang, leak or
 * undefined behaviour in parsing, binding, resolution, folding, predicates
 * or nested analysis is a bug: hostile code is what it exists to read. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "policy/analyze.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const langs[] = {"python", "javascript", "bash"};
	static struct analyzer *a;
	struct findings f;
	err_t err;

	if (a == NULL && analyzer_new(NULL, &a, &err) < 0)
		abort();
	if (size == 0)
		return 0;
	if (analyze(a, langs[data[0] % 3], (const char *)data + 1, size - 1, &f, &err) < 0)
		abort(); /* only an unknown language or a bad rule may fail */
	findings_free(&f);
	return 0;
}
