/*
 * Bash: the programs that run another program given as their arguments
 * (sudo, env, nohup, timeout...) and how their words are read.
 */
#include <string.h>

#include "policy/bash.h"

static const struct wrapper wrappers[] = {
    {"command", "", "vV", 0, false},
    {"builtin", "", "", 0, false},
    {"exec", "a", "", 0, false},
    {"env", "uCS", "", 0, true},
    {"sudo", "ugpCDrtUTR", "lLvV", 0, true},
    {"doas", "uC", "", 0, false},
    {"nohup", "", "", 0, false},
    {"timeout", "sk", "", 1, false},
    {"xargs", "IdEaLnPs", "", 0, false, NULL, true},
    {"busybox", "", "", 0, false},
    {"nice", "n", "", 0, false},
    {"ionice", "cnp", "", 0, false},
    {"stdbuf", "ioe", "", 0, false},
    {"time", "fo", "", 0, false},
    {"setsid", "", "", 0, false},
    {"chroot", "", "", 1, false},
    {"taskset", "", "", 1, false},
    {"flock", "wE", "", 1, false},
    {"unbuffer", "", "", 0, false},
    {"runuser", "ugG", "", 0, false},
    {"strace", "oeEpsuSP", "", 0, false},
    {"ltrace", "oeEpsuSn", "", 0, false},
    {"watch", "nd", "", 0, false},
    {"proxychains", "f", "", 0, false},
    {"proxychains4", "f", "", 0, false},
    {"torsocks", "", "", 0, false},
    {"tsocks", "", "", 0, false},
    {"fakeroot", "", "", 0, false},
    {"eatmydata", "", "", 0, false},
    {"unshare", "", "", 0, false},
    {"setarch", "", "", 1, false},
    {"linux32", "", "", 0, false},
    {"linux64", "", "", 0, false},
    {"cpulimit", "lpe", "", 0, false},
    {"pkexec", "", "", 0, false},
    {"firejail", "", "", 0, false},
    {"faketime", "", "", 1, false},
    {"chrt", "", "", 1, false},
    {"sg", "", "", 1, false},
    {"find", "", "", 0, false, " -exec -execdir -ok -okdir "},
    /* fd PATTERN DIR -x prog args, -X (all names at once): as find -exec,
     * the paths found given to the program without a {} */
    {"fd", "", "", 0, false, " -x -X --exec --exec-batch ", false, NULL, NULL, true},
    {"fdfind", "", "", 0, false, " -x -X --exec --exec-batch ", false, NULL, NULL, true},
    {"parallel", "j", "", 0, false, NULL, true},
    {"coproc", "", "", 0, false},
    {"systemd-run", "upEMH", "", 0, false},
    {"nsenter", "tSGw", "", 0, false},
    {"setpriv", "", "", 0, false},
    {"gosu", "", "", 1, false},
    {"su-exec", "", "", 1, false},
    {"dumb-init", "", "", 0, false},
    {"tini", "sepgl", "", 0, false},
    {"catchsegv", "", "", 0, false},
    {"valgrind", "", "", 0, false},
    {"xvfb-run", "nsfe", "", 0, false},
    {"dbus-run-session", "", "", 0, false},
    {"ssh-agent", "aEPt", "", 0, false},
    /* screen -dmS name prog args; -r/-R/-x attach, -X sends a command,
     * -ls lists: no program */
    {"screen", "SctThpe", "rRxXl", 0, false},
    {"dtach", "nAacCerz", "", 1, false},
    {"pkexec", "", "", 0, false},
    /* moreutils: ifne runs the program when stdin is not empty (and gives it
     * that stdin), chronic hides its output, lckdo holds a lock file */
    {"ifne", "", "", 0, false},
    {"chronic", "", "", 0, false},
    {"lckdo", "", "", 1, false},
    {"rlwrap", "", "", 0, false},
    {"nocache", "", "", 0, false},
    {"trickle", "dutwl", "", 0, false},
    /* entr runs the program each time a file named on its stdin changes */
    {"entr", "", "", 0, false},
    /* util-linux: prlimit sets resource limits, choom the OOM score */
    {"prlimit", "p", "", 0, false},
    {"choom", "pn", "", 0, false},
    /* systemd-inhibit holds a sleep or idle lock while the program runs,
     * systemd-cat sends its output to the journal, dbus-launch starts a
     * session bus for it; GPU and CPU placement: gamemoderun, prime-run,
     * numactl, cgexec */
    {"systemd-inhibit", "", "", 0, false},
    {"systemd-cat", "tp", "", 0, false},
    {"dbus-launch", "", "", 0, false},
    {"gamemoderun", "", "", 0, false},
    {"prime-run", "", "", 0, false},
    {"numactl", "CNmpi", "", 0, false},
    {"cgexec", "g", "", 0, false},
    /* terminal emulators: xterm -e prog args, gnome-terminal -- prog args,
     * xfce4-terminal -x prog args (their -e of one string is left out);
     * kitty prog args after its options */
    {"xterm", "", "", 0, false, " -e "},
    {"uxterm", "", "", 0, false, " -e "},
    {"urxvt", "", "", 0, false, " -e "},
    {"rxvt", "", "", 0, false, " -e "},
    {"x-terminal-emulator", "", "", 0, false, " -e "},
    {"konsole", "", "", 0, false, " -e "},
    {"alacritty", "", "", 0, false, " -e --command "},
    {"gnome-terminal", "", "", 0, false, " -- -x --execute "},
    {"xfce4-terminal", "", "", 0, false, " -x --execute "},
    {"mate-terminal", "", "", 0, false, " -x --execute "},
    {"terminator", "", "", 0, false, " -x --execute "},
    {"wezterm", "", "", 0, false, " -- "},
    {"kitty", "cdoT", "", 0, false, NULL, false,
     " --title --class --name --session --directory --config --override --listen-on "
     "--start-as --watcher --instance-group --os-window-tag "},
    /* bubblewrap: bwrap --ro-bind / / --dev /dev prog args (its options
     * take one or two words, none starts the program) */
    {"bwrap", "", "", 0, false, NULL, false,
     " --dev --proc --tmpfs --mqueue --dir --remount-ro --chdir --unsetenv --uid --gid "
     "--hostname --lock-file --sync-fd --info-fd --json-status-fd --block-fd "
     "--userns-block-fd --seccomp --add-seccomp-fd --exec-label --file-label --cap-add "
     "--cap-drop --perms --size --args --userns --userns2 --pidns --argv0 --overlay-src "
     "--tmp-overlay --ro-overlay ",
     " --bind --bind-try --dev-bind --dev-bind-try --ro-bind --ro-bind-try --symlink "
     "--setenv --file --bind-data --ro-bind-data --chmod --bind-fd --ro-bind-fd "},
};

const struct wrapper *sh_wrapper_find(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(wrappers); i++)
		if (strcmp(wrappers[i].name, name) == 0)
			return &wrappers[i];
	return NULL;
}

/* Whether " opt " stands in list (an empty opt never does). */
static bool in_list(const char *list, const char *opt, size_t len)
{
	if (len == 0)
		return false;
	for (const char *p = list; p && (p = strstr(p, opt)) != NULL; p += len)
		if (p > list && p[-1] == ' ' && p[len] == ' ')
			return true;
	return false;
}

bool sh_wrapper_runs_after(const struct wrapper *w, const char *opt)
{
	return w->exec_opts != NULL && in_list(w->exec_opts, opt, strlen(opt));
}

int sh_wrapper_long_words(const struct wrapper *w, const char *opt, size_t len)
{
	if (len < 3 || opt[0] != '-' || opt[1] != '-' || len > 40 || w->long1 == NULL)
		return 0;
	char o[48];
	memcpy(o, opt, len);
	o[len] = '\0';
	return in_list(w->long2, o, len) ? 2 : in_list(w->long1, o, len) ? 1 : 0;
}

bool sh_is_assignment_word(const char *s)
{
	if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || *s == '_'))
		return false;
	while ((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
	       *s == '_')
		s++;
	return *s == '=';
}

/* The command line past its first word when that word is a wrapper (its
 * options, assignments and operands skipped): "rm -rf /home" of "sudo -n
 * rm -rf /home"; NULL when it is none or nothing follows. */
const char *sh_past_wrapper(const char *line)
{
	const char *p = line + strspn(line, " "), *base = p;
	size_t len = strcspn(p, " ");
	char name[32];

	for (size_t i = 0; i < len; i++)
		if (p[i] == '/')
			base = p + i + 1;
	size_t blen = len - (size_t)(base - p);
	if (blen == 0 || blen >= sizeof(name))
		return NULL;
	memcpy(name, base, blen);
	name[blen] = '\0';
	const struct wrapper *w = sh_wrapper_find(name);
	if (w == NULL || w->exec_opts || w->takes_stdin)
		return NULL;
	p += len;
	for (int operands = w->operands;;) {
		p += strspn(p, " ");
		size_t wl = strcspn(p, " ");
		char word[128];
		if (wl == 0)
			return NULL;
		if (p[0] == '-' && wl > 1) {
			int value = wl == 2 && strchr(w->arg_opts, p[1])
					? 1
					: sh_wrapper_long_words(w, p, wl);
			p += wl;
			for (; value > 0; value--)
				p += strspn(p, " "), p += strcspn(p, " ");
		} else if (w->assignments && wl < sizeof(word) &&
			   (memcpy(word, p, wl), word[wl] = '\0', sh_is_assignment_word(word))) {
			p += wl;
		} else if (operands > 0) {
			operands--;
			p += wl;
		} else {
			return p;
		}
	}
}
