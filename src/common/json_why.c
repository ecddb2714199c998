/*
 * jansson's reasons for refusing a document, as the reader of an error
 * sees them: most are plain ("'[' or '{' expected near 'x'"); the ones
 * that name jansson's own flags are said in the protocol's terms.
 */
#include "common/json_why.h"

#include <string.h>

const char *json_why(const json_error_t *je)
{
	if (strstr(je->text, "JSON_ALLOW_NUL") != NULL)
		return "a string holds \\u0000 (NUL), which airlock does not take";
	if (strstr(je->text, "JSON_DECODE_ANY") != NULL)
		return "the document is not an object or an array";
	return je->text;
}
