/* `airlock redact [FILE | -]`: copies its input to stdout with each secret
 * replaced by [REDACTED:<rule-id>]. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "policy/redact.h"

#define MAX_INPUT (2ull << 30)

int cmd_redact(int argc, char **argv)
{
	const char *file = "-";
	cleanup_free char *data = NULL;
	struct redactor *r;
	struct buf out = {0};
	size_t len = 0;
	err_t err;
	int status = 0;

	if (argc > 2 || (argc == 2 && (strcmp(argv[1], "--help") == 0 || argv[1][0] == '-') &&
			 strcmp(argv[1], "-") != 0)) {
		if (argc == 2 && strcmp(argv[1], "--help") == 0) {
			puts("usage: airlock redact [FILE | -]\n"
			     "Copies FILE (or standard input) to standard output with each secret\n"
			     "replaced by [REDACTED:<rule-id>].");
			return 0;
		}
		print_error("usage: airlock redact [FILE | -]");
		return EXIT_AIRLOCK;
	}
	if (argc == 2)
		file = argv[1];
	if ((strcmp(file, "-") == 0 ? read_fd_max(0, MAX_INPUT, &data, &len, &err)
				    : read_file_max(file, MAX_INPUT, &data, &len, &err)) < 0) {
		print_error("%s", err.msg);
		return EXIT_AIRLOCK;
	}
	if (redactor_new(&r, &err) < 0) {
		print_error("%s", err.msg);
		return EXIT_AIRLOCK;
	}
	if (redact(r, data, len, NULL, 0, &out, NULL, &err) < 0) {
		print_error("%s", err.msg);
		status = EXIT_AIRLOCK;
	} else if (write_all(1, out.data ? out.data : "", out.len) < 0) {
		print_error("cannot write the output: %s", strerror(errno));
		status = EXIT_AIRLOCK;
	}
	buf_free(&out);
	redactor_free(r);
	return status;
}
