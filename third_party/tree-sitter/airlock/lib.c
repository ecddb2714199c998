/* tree-sitter's library (../src/lib.c, one translation unit) and airlock's
 * extension of it (query_analysis.c, which reads query.c's types). */
#include "../src/lib.c"
#include "query_analysis.c"
