/*
 * The version of a language's interpreter (or compiler) on this host, as
 * its own `--version` prints it: "3.11.2" from "Python 3.11.2", "18.19.0"
 * from "v18.19.0", "12.2.0" from "gcc (Debian 12.2.0-14) 12.2.0". Front
 * ends that list runtimes (Piston's /runtimes) report it, so a client sees
 * what really runs its code.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lang/lang.h"

extern char **environ;

int lang_version_parse(const char *text, char *out, size_t size)
{
	for (const char *p = text; *p; p++) {
		if (!isdigit((unsigned char)*p) ||
		    (p > text && (isdigit((unsigned char)p[-1]) || p[-1] == '.')))
			continue;
		const char *q = p;
		int dots = 0;
		while (isdigit((unsigned char)*q) || (*q == '.' && isdigit((unsigned char)q[1]))) {
			dots += *q == '.';
			q++;
		}
		if (dots == 0)
			continue;
		snprintf(out, size, "%.*s", (int)(q - p), p);
		return 0;
	}
	return -1;
}

/* The first line the program prints, at most size-1 bytes. */
static int first_line(char *const argv[], char *buf, size_t size)
{
	posix_spawn_file_actions_t fa;
	int fds[2], status;
	pid_t pid;
	size_t len = 0;

	if (pipe2(fds, O_CLOEXEC) < 0)
		return -1;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
	posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	int r = posix_spawn(&pid, argv[0], &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(fds[1]);
	if (r != 0) {
		close(fds[0]);
		return -1;
	}
	for (;;) {
		ssize_t n = read(fds[0], buf + len, size - 1 - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		len += (size_t)n;
		if (len == size - 1 || memchr(buf, '\n', len))
			break;
	}
	close(fds[0]);
	buf[len] = 0;
	buf[strcspn(buf, "\n")] = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	return 0;
}

int lang_version(const struct lang_profile *p, char *out, size_t size)
{
	char line[256];

	out[0] = 0;
	if (p->version_argv[0] == NULL)
		return -1;
	if (first_line((char *const *)p->version_argv, line, sizeof(line)) < 0)
		return -1;
	return lang_version_parse(line, out, size);
}
