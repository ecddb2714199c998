/*
 * The service's warm templates (config `pool:`, engine/warm.h).
 *
 * For each language of the pool the service starts N template processes
 * (airlock-warm-LANG, next to the service's binary) listening in pool_dir,
 * and hands runs of that language to them in turn. A template is our child:
 * it ends when we do (its --parent-fd pipe reaches EOF), and by itself
 * after pool_idle_s without a run (the pool shrinks); a run that finds its
 * template gone starts cold, says so in its start_note, and has the
 * template restarted for the runs after it. A template that ends soon
 * after its start (it crashed, or could not start) is started again after
 * RESTART_MS, then twice as long each time it fails again, up to
 * RESTART_MAX_MS; one that says it cannot serve on this machine at all
 * (WARM_EXIT_CANNOT_SERVE: its interpreter is missing or of another
 * version, engine/warm.h) is not started again, and its language's runs
 * start cold and say why. Either way a template that cannot work costs
 * the service next to nothing.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "engine/warm.h"
#include "lang/lang.h"
#include "service/internal.h"

#define RESTART_MS 2000
#define RESTART_MAX_MS (5 * 60 * 1000)
/* A template that ends sooner than this after its start failed: the next
 * start waits longer. One that served longer starts again at once. */
#define FAILED_WITHIN_MS 10000

extern char **environ;

struct warm_template {
	const struct lang_profile *lang;
	char sock[108];
	pid_t pid;    /* -1: not running */
	int parent_w; /* our end of its --parent-fd pipe */
	uint64_t started_ms;
	uint64_t retry_ms; /* not started again before (monotonic) */
	int failures;	   /* ends soon after a start, in a row */
	bool cannot_serve; /* it said so: never started again */
};

/* The directory must be ours and private: a socket another user could
 * place there would receive the programs of our runs. */
static int private_dir(const char *dir, err_t *err)
{
	struct stat st;
	char parent[sizeof(((struct server_config *)0)->pool_dir)];

	/* its parent too, when it is airlock's own runtime directory */
	snprintf(parent, sizeof(parent), "%s", dir);
	char *slash = strrchr(parent, '/');
	if (slash && slash != parent) {
		*slash = '\0';
		if (mkdir(parent, 0700) < 0 && errno != EEXIST)
			return err_set(err, errno, "cannot create %s", parent);
	}
	if (mkdir(dir, 0700) < 0 && errno != EEXIST)
		return err_set(err, errno, "cannot create the pool directory %s", dir);
	if (lstat(dir, &st) < 0)
		return err_set(err, errno, "cannot stat the pool directory %s", dir);
	if (!S_ISDIR(st.st_mode) || st.st_uid != geteuid() || (st.st_mode & 077) != 0)
		return err_set(err, 0,
			       "the pool directory %s is not a private directory of airlock's user "
			       "(mode 0700, owner uid %u); set pool_dir",
			       dir, (unsigned)geteuid());
	return 0;
}

static void binary_dir(char *out, size_t size)
{
	char self[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);

	out[0] = '\0';
	if (n <= 0)
		return;
	self[n] = '\0';
	char *slash = strrchr(self, '/');
	if (slash)
		*slash = '\0';
	snprintf(out, size, "%s", self);
}

/* t's binary: its language's template, or the spawner (t->lang NULL). */
static const char *template_binary(const struct warm_template *t)
{
	return t->lang ? t->lang->warm_template : "airlock-spawner";
}

/* Starts t's process (posix_spawn: we are multi-threaded). The spawner
 * starts with an empty environment (ours may hold a database's password)
 * and never ends idle: a run it is not there for is cloned from us. */
static void template_spawn(struct warm_pool *wp, struct warm_template *t, struct service *s)
{
	static char opt_listen[] = "--listen", opt_parent[] = "--parent-fd", fd3[] = "3",
		    opt_idle[] = "--idle-exit", opt_ready[] = "--ready",
		    opt_rootless[] = "--rootless", opt_cgroup[] = "--cgroup-parent";
	char bin[PATH_MAX + 64], idle[24], ready[24], msg[PATH_MAX + 160];
	int p[2];
	posix_spawn_file_actions_t fa;

	t->started_ms = monotonic_ms();
	if (t->lang)
		metrics_template_started(&s->metrics);
	snprintf(bin, sizeof(bin), "%s/%s", wp->bin_dir, template_binary(t));
	snprintf(idle, sizeof(idle), "%d", t->lang ? wp->idle_s : 0);
	snprintf(ready, sizeof(ready), "%d", wp->ready);
	if (pipe2(p, O_CLOEXEC) < 0)
		return;
	/* its ready sandboxes' cgroups go under ours (cgroup v2) */
	char *argv[] = {bin,	  opt_listen, t->sock, opt_parent, fd3,
			opt_idle, idle,	      opt_ready, ready,	     opt_cgroup,
			s->eng->cgroup_parent, wp->rootless ? opt_rootless : NULL, NULL};
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, p[0], 3);
	char *no_env[] = {NULL};
	int rc = posix_spawn(&t->pid, bin, &fa, NULL, argv, t->lang ? environ : no_env);
	posix_spawn_file_actions_destroy(&fa);
	close(p[0]);
	if (rc != 0) {
		close(p[1]);
		t->pid = -1;
		/* as a template that failed at once (exit 127, "not found") */
		t->retry_ms = t->started_ms + (uint64_t)warm_restart_delay(127 << 8, 0, &t->failures);
		if (!wp->told_missing) {
			wp->told_missing = true;
			snprintf(msg, sizeof(msg),
				 t->lang ? "cannot start the warm template %s (%s): runs start cold"
					 : "cannot start the spawner %s (%s): cold runs are cloned "
					   "from the service",
				 bin, strerror(rc));
			log_error(s, NULL, msg);
		}
		return;
	}
	if (t->parent_w >= 0)
		close(t->parent_w);
	t->parent_w = p[1];
}

int64_t warm_restart_delay(int status, uint64_t lived_ms, int *failures)
{
	if (WIFEXITED(status) && WEXITSTATUS(status) == WARM_EXIT_CANNOT_SERVE)
		return -1;
	if (lived_ms >= FAILED_WITHIN_MS || (WIFEXITED(status) && WEXITSTATUS(status) == 0)) {
		*failures = 0; /* it served, or ended idle */
		return 0;
	}
	int64_t ms = RESTART_MS;
	for (int i = 0; i < *failures && ms < RESTART_MAX_MS; i++)
		ms *= 2;
	(*failures)++;
	return ms < RESTART_MAX_MS ? ms : RESTART_MAX_MS;
}

/* Whether t's process has ended (reaped here, and judged: see the top). */
static bool template_gone(struct service *s, struct warm_template *t)
{
	int status = 0;
	char msg[160];

	if (t->pid <= 0)
		return true;
	if (waitpid(t->pid, &status, WNOHANG) == 0)
		return false;
	t->pid = -1;
	uint64_t now = monotonic_ms();
	int64_t delay = warm_restart_delay(status, now - t->started_ms, &t->failures);
	if (delay < 0) {
		t->cannot_serve = true;
		if (t->lang)
			snprintf(msg, sizeof(msg),
				 "the warm template %s cannot serve on this machine (its line "
				 "above says why): %s runs start cold",
				 t->lang->warm_template, t->lang->name);
		else
			snprintf(msg, sizeof(msg),
				 "the spawner cannot serve on this machine (its line above says "
				 "why): cold runs are cloned from the service");
		log_error(s, NULL, msg);
	}
	t->retry_ms = now + (uint64_t)(delay > 0 ? delay : 0);
	return true;
}

/* t, started again when it is gone and may be (see the top). */
static void template_keep(struct warm_pool *wp, struct warm_template *t, struct service *s)
{
	if (template_gone(s, t) && !t->cannot_serve && monotonic_ms() >= t->retry_ms)
		template_spawn(wp, t, s);
}

/* How long the service's start waits for the spawner to listen: runs
 * before it would be cloned from the service. */
#define SPAWNER_START_MS 5000

/* Whether a process listens at path (a socket file left by a killed one
 * does not count). */
static bool listening(const char *path)
{
	struct sockaddr_un a = {.sun_family = AF_UNIX};
	int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
	snprintf(a.sun_path, sizeof(a.sun_path), "%s", path);
	bool up = fd >= 0 && connect(fd, (struct sockaddr *)&a, sizeof(a)) == 0;
	if (fd >= 0)
		close(fd);
	return up;
}

static int start_spawner(struct warm_pool *wp, const char *dir, struct service *s, err_t *err)
{
	struct warm_template *t = xcalloc(1, sizeof(*t));

	if (warm_socket_path(dir, "spawner", t->sock, sizeof(t->sock), err) < 0) {
		free(t);
		return -1;
	}
	t->pid = -1;
	t->parent_w = -1;
	wp->spawner = t;
	template_spawn(wp, t, s);
	for (uint64_t until = monotonic_ms() + SPAWNER_START_MS;
	     t->pid > 0 && !listening(t->sock) && monotonic_ms() < until;)
		if (template_gone(s, t))
			break;
		else
			usleep(2000);
	if (!listening(t->sock))
		log_error(s, NULL,
			  "the spawner did not start (the log says why): cold runs are cloned "
			  "from the service until it does");
	return 0;
}

static void stop_template(struct warm_template *t)
{
	if (t->pid > 0) {
		kill(t->pid, SIGTERM);
		while (waitpid(t->pid, NULL, 0) < 0 && errno == EINTR)
			;
		t->pid = -1;
	}
	if (t->parent_w >= 0)
		close(t->parent_w);
	t->parent_w = -1;
}

int warm_pool_start(struct service *s, err_t *err)
{
	struct warm_pool *wp = &s->warm;
	char dir[sizeof(s->cfg.pool_dir)];

	pthread_mutex_lock(&wp->lock);
	wp->idle_s = s->cfg.pool_idle_s;
	/* each template keeps as many sandboxes built as runs can start at
	 * once (the workers; at most 8) */
	wp->ready = s->cfg.workers < 8 ? s->cfg.workers : 8;
	wp->rootless = engine_is_rootless(s->eng) && geteuid() == 0;
	binary_dir(wp->bin_dir, sizeof(wp->bin_dir));
	snprintf(dir, sizeof(dir), "%s", s->cfg.pool_dir);
	int total = 0;
	for (int i = 0; i < s->cfg.npool; i++)
		total += s->cfg.pool[i].n;
	if ((total > 0 || s->cfg.spawner) && dir[0] == '\0') {
		pthread_mutex_unlock(&wp->lock);
		return err_set(err, 0, "a warm pool and the spawner need pool_dir");
	}
	if ((total > 0 || s->cfg.spawner) && private_dir(dir, err) < 0) {
		pthread_mutex_unlock(&wp->lock);
		return -1;
	}
	if (s->cfg.spawner && start_spawner(wp, dir, s, err) < 0) {
		pthread_mutex_unlock(&wp->lock);
		return -1;
	}
	wp->t = xcalloc((size_t)total + 1, sizeof(*wp->t));
	for (int i = 0; i < s->cfg.npool; i++) {
		const struct lang_profile *lp = lang_find(s->cfg.pool[i].name);
		for (int k = 0; lp && k < s->cfg.pool[i].n; k++) {
			struct warm_template *t = &wp->t[wp->n];
			char name[64];
			snprintf(name, sizeof(name), k ? "%s-%d" : "%s", lp->name, k);
			if (warm_socket_path(dir, name, t->sock, sizeof(t->sock), err) < 0) {
				pthread_mutex_unlock(&wp->lock);
				return -1;
			}
			t->lang = lp;
			t->pid = -1;
			t->parent_w = -1;
			wp->n++;
			template_spawn(wp, t, s);
		}
	}
	pthread_mutex_unlock(&wp->lock);
	return 0;
}

void warm_pool_stop(struct service *s)
{
	struct warm_pool *wp = &s->warm;

	pthread_mutex_lock(&wp->lock);
	for (int i = 0; i < wp->n; i++)
		stop_template(&wp->t[i]);
	if (wp->spawner) {
		stop_template(wp->spawner);
		free(wp->spawner);
		wp->spawner = NULL;
	}
	free(wp->t);
	wp->t = NULL;
	wp->n = 0;
	pthread_mutex_unlock(&wp->lock);
}

int warm_pool_socket(struct service *s, const struct lang_profile *lang, char *out, size_t size)
{
	struct warm_pool *wp = &s->warm;
	int found = 0;

	pthread_mutex_lock(&wp->lock);
	for (int k = 0; k < wp->n && !found; k++) {
		struct warm_template *t = &wp->t[(wp->next + (unsigned)k) % (unsigned)wp->n];
		if (t->lang != lang)
			continue;
		wp->next = (wp->next + (unsigned)k + 1) % (unsigned)wp->n;
		template_keep(wp, t, s);
		if (t->cannot_serve) {
			snprintf(
			    out, size,
			    "the warm template %s cannot serve on this machine (airlock serve's "
			    "log says why)",
			    t->lang->warm_template);
			found = -1;
		} else {
			snprintf(out, size, "%s", t->sock);
			found = 1;
		}
	}
	pthread_mutex_unlock(&wp->lock);
	return found;
}

const char *warm_pool_spawner(struct service *s, char *out, size_t size, bool *required)
{
	struct warm_pool *wp = &s->warm;
	const char *found = NULL;

	*required = s->cfg.spawner == SPAWNER_REQUIRED;
	pthread_mutex_lock(&wp->lock);
	if (wp->spawner) {
		template_keep(wp, wp->spawner, s);
		snprintf(out, size, "%s", wp->spawner->sock);
		found = out;
	}
	pthread_mutex_unlock(&wp->lock);
	return found;
}

int warm_pool_live(struct service *s)
{
	struct warm_pool *wp = &s->warm;
	int n = 0;

	pthread_mutex_lock(&wp->lock);
	for (int i = 0; i < wp->n; i++)
		n += !template_gone(s, &wp->t[i]);
	pthread_mutex_unlock(&wp->lock);
	return n;
}
