/* libFuzzer target: the YAML configuration parser. */
#include <stddef.h>
#include <stdint.h>

#include "service/config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct server_config c;
	err_t err;

	config_default(&c);
	err_clear(&err);
	(void)config_parse((const char *)data, size, "fuzz.yaml", &c, &err);
	return 0;
}
