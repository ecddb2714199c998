/* libFuzzer target: the POST /v1/executions body parser. */
#include <stddef.h>
#include <stdint.h>

#include "service/request.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct server_config c;
	static int ready;
	struct exec_request r;
	struct svc_error e;

	if (!ready) {
		config_default(&c);
		ready = 1;
	}
	(void)exec_request_parse((const char *)data, size, &c, &r, &e);
	exec_request_free(&r);
	return 0;
}
