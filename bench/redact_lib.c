/* Redaction throughput of the library alone (what `airlock run --redact`
 * and the service use): one redact() over the file given as argv[1]. */
#include <stdio.h>

#include "policy/redact.h"

int main(int argc, char **argv)
{
	struct redactor *r;
	struct buf out = {0};
	char *data;
	size_t len;
	err_t err;

	if (argc != 2 || read_file_max(argv[1], (size_t)4 << 30, &data, &len, &err) < 0 ||
	    redactor_new(&r, &err) < 0) {
		fprintf(stderr, "usage: redact_lib FILE\n");
		return 2;
	}
	uint64_t t0 = monotonic_ns();
	if (redact(r, data, len, NULL, 0, &out, NULL, &err) < 0) {
		fprintf(stderr, "%s\n", err.msg);
		return 1;
	}
	double s = (double)(monotonic_ns() - t0) / 1e9;
	printf("%.0f\n", (double)len / 1e6 / s);
	buf_free(&out);
	redactor_free(r);
	free(data);
	return 0;
}
