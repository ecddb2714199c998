/* airlock's version: what `airlock version` prints and what the front ends
 * report of themselves (MCP's serverInfo). */
#ifndef AIRLOCK_VERSION_H
#define AIRLOCK_VERSION_H

#define AIRLOCK_VERSION "0.1.0"

#endif
