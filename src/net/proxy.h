/*
 * airlock's egress proxy: a thread of the process that supervises a run.
 */
#ifndef AIRLOCK_NET_PROXY_H
#define AIRLOCK_NET_PROXY_H

#include "common/err.h"
#include "net/egress.h"

struct proxy;

/*
 * Starts the proxy for one run. channel: a socket on which the sandbox
 * sends, once, its listening socket (SCM_RIGHTS; see child.c); the proxy
 * owns channel from here. policy is copied. -1 with err when the thread
 * could not start (channel is closed then too).
 */
int proxy_start(const struct egress_policy *policy, int channel, struct proxy **out, err_t *err);

/* Replaces the proxy's allow-list by policy's rules (the rest of its
 * policy -- names it resolves, private addresses, limits and what was
 * counted against them -- stays): requests decided from now on are
 * checked against it, and a connection under way to a host it does not
 * allow ends. Returns once the proxy's thread has applied it. */
void proxy_update(struct proxy *p, const struct egress_policy *policy);

/* Stops the proxy (every connection is closed) and hands its log over;
 * frees p. NULL: nothing (log emptied). */
void proxy_stop(struct proxy *p, struct egress_log *log);

#endif
