/*
 * The service's warm templates (config `pool:`, engine/warm.h).
 *
 * For each language of the pool the service starts N template processes
 * (airlock-warm-LANG, next to the service's binary) listening in pool_dir,
 * and hands runs of that language to them in turn. A template is our child:
 * it ends when we do (its --parent-fd pipe reaches EOF), and by itself
 * after pool_idle_s without a run (the pool shrinks); a run that finds its
 * template gone starts cold, says so in its start_note, and has the
 * template restarted for the runs after it (at most once every
 * RESTART_MS, so that a template that cannot start costs nothing).
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lang/lang.h"
#include "service/internal.h"

#define RESTART_MS 2000

extern char **environ;

struct warm_template {
	const struct lang_profile *lang;
	char sock[108];
	pid_t pid;    /* -1: not running */
	int parent_w; /* our end of its --parent-fd pipe */
	uint64_t started_ms;
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

/* Starts t's process (posix_spawn: we are multi-threaded). */
static void template_spawn(struct warm_pool *wp, struct warm_template *t, struct service *s)
{
	static char opt_listen[] = "--listen", opt_parent[] = "--parent-fd", fd3[] = "3",
		    opt_idle[] = "--idle-exit", opt_ready[] = "--ready", opt_rootless[] = "--rootless";
	char bin[PATH_MAX + 64], idle[24], ready[24], msg[PATH_MAX + 160];
	int p[2];
	posix_spawn_file_actions_t fa;

	t->started_ms = monotonic_ms();
	snprintf(bin, sizeof(bin), "%s/%s", wp->bin_dir, t->lang->warm_template);
	snprintf(idle, sizeof(idle), "%d", wp->idle_s);
	snprintf(ready, sizeof(ready), "%d", wp->ready);
	if (pipe2(p, O_CLOEXEC) < 0)
		return;
	char *argv[] = {bin,   opt_listen, t->sock, opt_parent, fd3,
			opt_idle, idle, opt_ready, ready,
			wp->rootless ? opt_rootless : NULL, NULL};
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, p[0], 3);
	int rc = posix_spawn(&t->pid, bin, &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(p[0]);
	if (rc != 0) {
		close(p[1]);
		t->pid = -1;
		if (!wp->told_missing) {
			wp->told_missing = true;
			snprintf(msg, sizeof(msg), "cannot start the warm template %s (%s): runs start cold",
				 bin, strerror(rc));
			log_error(s, NULL, msg);
		}
		return;
	}
	if (t->parent_w >= 0)
		close(t->parent_w);
	t->parent_w = p[1];
}

/* Whether t's process has ended (reaped here). */
static bool template_gone(struct warm_template *t)
{
	if (t->pid <= 0)
		return true;
	if (waitpid(t->pid, NULL, WNOHANG) == 0)
		return false;
	t->pid = -1;
	return true;
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
	if (total > 0 && dir[0] == '\0') {
		pthread_mutex_unlock(&wp->lock);
		return err_set(err, 0, "a warm pool needs pool_dir");
	}
	if (total > 0 && private_dir(dir, err) < 0) {
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
	for (int i = 0; i < wp->n; i++) {
		struct warm_template *t = &wp->t[i];
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
	free(wp->t);
	wp->t = NULL;
	wp->n = 0;
	pthread_mutex_unlock(&wp->lock);
}

bool warm_pool_socket(struct service *s, const struct lang_profile *lang, char *out, size_t size)
{
	struct warm_pool *wp = &s->warm;
	bool found = false;

	pthread_mutex_lock(&wp->lock);
	for (int k = 0; k < wp->n && !found; k++) {
		struct warm_template *t = &wp->t[(wp->next + (unsigned)k) % (unsigned)wp->n];
		if (t->lang != lang)
			continue;
		wp->next = (wp->next + (unsigned)k + 1) % (unsigned)wp->n;
		if (template_gone(t) && monotonic_ms() - t->started_ms >= RESTART_MS)
			template_spawn(wp, t, s);
		snprintf(out, size, "%s", t->sock);
		found = true;
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
		n += !template_gone(&wp->t[i]);
	pthread_mutex_unlock(&wp->lock);
	return n;
}
