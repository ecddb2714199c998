/* What the commands say on their own behalf. */
#ifndef AIRLOCK_CLI_PRINT_H
#define AIRLOCK_CLI_PRINT_H

/* Prints "airlock: <msg>" on stderr as one line. */
void print_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
