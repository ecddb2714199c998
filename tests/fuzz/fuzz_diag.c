/* libFuzzer target: the diagnostics parsers (src/diag), each language's on
 * the same bytes, as a run's stderr and as a compile step's. The first
 * byte picks the program's text for Python's columns: none, or the input
 * itself. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "diag/diag.h"
#include "lang/lang.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data;
	struct diag_names names = {.program = "prog.x"};

	if (size > 0 && (data[0] & 1)) {
		names.code = text;
		names.code_len = size;
	}
	for (size_t i = 0; i < lang_count(); i++) {
		const struct lang_profile *p = lang_at(i);
		json_t *d = diagnostics_parse(p, text, size, NULL, 0, &names);
		if (json_array_size(d) > DIAG_MAX_ENTRIES)
			__builtin_trap();
		json_decref(d);
		d = diagnostics_parse(p, "", 0, text, size, NULL);
		json_decref(d);
	}
	return 0;
}
