/*
 * A throwaway PostgreSQL cluster for the tests of the PostgreSQL store.
 *
 * The first test that asks starts one cluster for the whole run of a test
 * binary: initdb and pg_ctl from /usr/lib/postgresql/<N>/bin (Debian's
 * postgresql package), in a temporary directory, on a free port, its unix
 * socket in that directory, trust authentication, fsync off. As root the
 * cluster runs as the unprivileged airlock-test user (created when
 * missing), since PostgreSQL refuses to run as root. The runner stops it
 * (pg_ctl stop -m immediate) and removes the directory when the run ends,
 * whether the tests passed or not; a watchdog of the runner's (a session
 * of its own) does the same when the runner is killed before its end.
 *
 * Each test gets a database of its own (pg_test_database), so tests stay
 * independent as the SQLite tests' files are.
 *
 * AIRLOCK_TEST_PG=URL uses a running server instead (nothing is started or
 * stopped; the URL names a database whose user may CREATE DATABASE).
 */
#ifndef AIRLOCK_TEST_PG_CLUSTER_H
#define AIRLOCK_TEST_PG_CLUSTER_H

#include <stdbool.h>
#include <stddef.h>

/* Why there is no cluster to test against (PostgreSQL's binaries are not
 * installed), or NULL when there is one. */
const char *pg_cluster_missing(void);

/* Starts the run's cluster if needed and creates a new, empty database in
 * it; its URL (postgres://...) goes to url. Fails the test (criterion) when
 * the cluster cannot be started. */
void pg_test_database(char *url, size_t size);

/* The cluster's own URL for a database (for admin statements in a test). */
void pg_cluster_url(const char *db, char *url, size_t size);

/* Stops the cluster (pg_ctl stop -m fast) and starts it again on the same
 * port and directory: a server restart under the store's connections. */
void pg_cluster_restart(void);
/* Stops it (a server that is away) / starts it again. */
void pg_cluster_stop(void);
void pg_cluster_start(void);

/* A cluster of this test's own (this process's) from here on, started
 * when first needed, so that restarting or stopping it disturbs no other
 * test of the run; false with AIRLOCK_TEST_PG (a server the tests do not
 * own). pg_cluster_own_end (in the test's fini) stops it; the runner stops
 * one left running. */
bool pg_cluster_own(void);
void pg_cluster_own_end(void);

#endif
