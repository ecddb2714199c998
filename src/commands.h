/* One function per subcommand; each parses its own arguments and returns
 * the process exit status. Only main() exits. */
#ifndef AIRLOCK_COMMANDS_H
#define AIRLOCK_COMMANDS_H

#include "cli/print.h" /* print_error */

#include "common/version.h" /* AIRLOCK_VERSION */

/* Exit status for misuse or failure of airlock itself (as docker run). */
#define EXIT_AIRLOCK 125

int cmd_run(int argc, char **argv);
int cmd_serve(int argc, char **argv);
int cmd_keys(int argc, char **argv);
int cmd_audit(int argc, char **argv);
int cmd_approvals(int argc, char **argv);
int cmd_sandbox(int argc, char **argv);
int cmd_info(int argc, char **argv);
int cmd_redact(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_mcp(int argc, char **argv);
int cmd_image(int argc, char **argv);

#endif
