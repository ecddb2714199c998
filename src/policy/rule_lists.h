/*
 * Lists several rules share, named in their regular expressions by a
 * subroutine call to a group no expression defines, (?&NAME): the rules'
 * loader (analyze_rules.c) and tools/gen-query-analysis.c spell each out
 * before compiling, so one list serves them all (an expression naming a
 * list not here fails to compile rather than match the wrong thing).
 */
#ifndef AIRLOCK_POLICY_RULE_LISTS_H
#define AIRLOCK_POLICY_RULE_LISTS_H

#include <stdlib.h>
#include <string.h>

static const struct {
	const char *call;
	const char *re;
} rule_lists[] = {
    /* The files Python's rules count as start-up files, as paths with
     * the home as ~: the shells', the X session's, cron's and systemd's,
     * ssh's, IPython's and Jupyter's, the editors', debuggers' and REPLs',
     * the window managers', commands shadowed in ~/.local/bin, the system's
     * Python modules and a conftest.py (py-persistence's patterns, which
     * write one by open(), a logging handler or fileinput, or with a mode
     * held in a name or a table) */
    {"(?&py_startup_paths)",
     "^~/\\.(bashrc|bash_profile|bash_login|bash_logout|profile|zshrc|zprofile|zshenv|zlogin|kshrc|cshrc|tcshrc|xprofile|xsessionrc|xinitrc|config/fish/config\\.fish)$"
     "|^/etc/(profile|bash\\.bashrc|zsh/zshrc|environment|rc\\.local|crontab|anacrontab)$"
     "|^/etc/(profile\\.d|cron\\.(d|hourly|daily|weekly|monthly))/|^/var/spool/cron/"
     "|^~/\\.config/(autostart|systemd/user|environment\\.d)/"
     "|^~/\\.ssh/(config|rc|authorized_keys2?)$"
     "|^~/\\.ipython/profile_[^/]+/(startup/|ipython_config\\.py$)"
     "|^~/\\.jupyter/[^/]+_config\\.py$"
     "|^~/\\.config/(i3/config|sway/config|hypr/hyprland\\.conf|openbox/autostart(\\.sh)?|qtile/(config|autostart)\\.py|ptpython/config\\.py)$"
     "|^~/\\.(ptpython/config\\.py|guile)$"
     "|^~/\\.(kde4?/Autostart|config/plasma-workspace/(env|shutdown))/"
     "|^~/\\.(vimrc|gvimrc|exrc|tmux\\.conf|pam_environment|gitconfig|pdbrc|gdbinit|lldbinit|bash_aliases|Rprofile|irbrc|pryrc|emacs|mailcap|hgrc|psqlrc|sqliterc|screenrc|xonshrc|julia/config/startup\\.jl|ghci|erlang|mongoshrc\\.js|mongorc\\.js|config/nushell/(config|env|login)\\.nu|config/powershell/[^/]*profile\\.ps1|config/elvish/rc\\.elv|config/bspwm/bspwmrc|config/herbstluftwm/autostart|config/awesome/rc\\.lua|xmonad/xmonad\\.hs|config/labwc/autostart|config/river/init|wezterm\\.lua|config/wezterm/wezterm\\.lua|bash_completion|config/emacs/init\\.el|gradle/init\\.gradle(\\.kts)?|lein/profiles\\.clj)$"
     "|^~/\\.(config/gdb/gdbinit|emacs\\.d/init\\.el|config/fish/conf\\.d/[^/]+)$"
     "|^~/\\.(vim|config/nvim)/(init\\.(vim|lua)|plugin/)"
     "|^~/\\.config/(git/config|direnv/direnvrc|hg/hgrc|tmux/tmux\\.conf|screen/screenrc|xonsh/rc\\.xsh)$"
     "|^~/\\.local/bin/(sudo|su|ssh|scp|git|ls|cd|cat|ps|python3?|pip3?|curl|wget|sh|bash|docker|kubectl|npm|node|gpg)$"
     "|^/usr/lib/python3/.+\\.py$|(^|/)conftest\\.py$"},
    /* A program's start-up files, each an alternative that ends the path
     * (the first follows the rule's own "(^|/)"): the shells', the X
     * session's, fish's, KDE's and bash-completion's, and the window
     * managers' (i3, sway, Hyprland, bspwm, openbox, labwc, herbstluftwm,
     * river, qtile), whose exec lines run at every login; direnv's .envrc, run
     * on entering its directory once allowed, and /etc/rc.local at boot;
     * ~/.bash_aliases and ~/.bashrc.d/, which the .bashrc Debian and Fedora
     * install sources */
    {"(?&startup_files)",
     "\\.(bashrc|bash_profile|bash_login|profile|zshrc|zprofile|zshenv|zlogin|kshrc|mkshrc|"
     "cshrc|tcshrc|bash_logout|bash_completion|bash_aliases|xprofile|xsessionrc|xsession|xinitrc|"
     "envrc)$"
     "|/etc/rc\\.local$|/\\.bashrc\\.d/[^/]+$"
     "|/fish/(config|conf\\.d/[^/]+)\\.fish$"
     "|/\\.config/(plasma-workspace/(env|shutdown)|autostart-scripts)/[^/]+$"
     "|/\\.local/share/bash-completion/completions/[^/]+$"
     "|/\\.config/(i3|sway)/config$|/\\.i3/config$|/\\.config/hypr/hyprland\\.conf$"
     "|/\\.config/bspwm/bspwmrc$|/\\.config/(openbox|labwc)/autostart(\\.sh)?$"
     "|/\\.config/(herbstluftwm/autostart|river/init|qtile/autostart\\.sh)$"},
    /* Directories whose scripts the system runs at an event: the network
     * coming up or down (NetworkManager's dispatcher, ifupdown, dhclient,
     * ppp), suspend and resume (systemd, pm-utils, apm), the login banner
     * and the X session's start (a path, or dd's of=PATH) */
    {"(?&event_hooks)",
     "^(of=)?/etc/(NetworkManager/dispatcher\\.d|network/if-(pre-up|up|down|post-down)\\.d|"
     "dhcp/dhclient-(enter|exit)-hooks\\.d|ppp/ip-(pre-up|up|down)\\.d|pm/sleep\\.d|"
     "apm/(resume|suspend)\\.d|update-motd\\.d|X11/Xsession\\.d)/"
     "|^(of=)?/(usr/)?lib/systemd/system-(sleep|shutdown)/"},
    /* Variables naming a command that git, man or systemd run for the
     * program (the names alone, for a rule's ^...$) */
    {"(?&command_vars)", "(GIT_SSH_COMMAND|GIT_SSH|GIT_PAGER|GIT_EDITOR|GIT_SEQUENCE_EDITOR|"
			 "GIT_ASKPASS|PAGER|MANPAGER|SYSTEMD_PAGER|EDITOR|VISUAL)"},
    /* Such a variable's value that runs more than the one program it
     * names: a shell, an interpreter or a downloader, a command line
     * chained or substituted, ssh's ProxyCommand/LocalCommand (the whole
     * expression of the rule: its (?i) holds to the end) */
    {"(?&runs_a_command)",
     "(^|[\\s/\"'=])(sh|bash|dash|zsh|ksh|fish|busybox|python[0-9.]*|perl|ruby|node|curl|wget|nc|"
     "ncat|socat)(\\s|$|['\"])|[|;&`\\n]|\\$\\(|(?i)(ProxyCommand|LocalCommand)"},
    /* PowerShell, JVM and Clojure code that starts a program or evaluates
     * a string (iex, Start-Process, ProcessBuilder, Runtime.exec,
     * .execute(), sys.process, shell): sh-foreign-code's two patterns,
     * the code as an argument and on the interpreter's stdin */
    {"(?&sh_foreign_starts)",
     "(?i:(?<![\\w-])(Invoke-Expression|iex|Start-Process|saps|Invoke-Item|ii|Invoke-Command|icm)(?![\\w-])|\\[(System\\.)?Diagnostics\\.Process\\]\\s*::\\s*Start|\\bScriptBlock\\]\\s*::\\s*Create)|\\bnew\\s+ProcessBuilder\\b|\\bProcessBuilder\\s*\\(|\\bRuntime\\s*\\.\\s*getRuntime\\s*\\(\\s*\\)\\s*\\.\\s*exec\\b|[\\]'\"]\\s*\\.\\s*execute\\s*\\(|\\.\\s*execute\\s*\\(\\s*\\)|\\bsys\\.process\\b|\\bProcess\\s*\\(\\s*(Seq|List)?\\s*\\(?\\s*\"[^\"]*\"[^)]*\\)\\s*\\.\\s*!|\\(\\s*((babashka\\.process|clojure\\.java\\.shell|p|sh|process)/)?(shell|sh|process|exec)\\s+\""},
};

/* re with each list it calls spelled out, as a new string; NULL when it
 * calls none. */
static inline char *rule_lists_expand(const char *re)
{
	char *out = NULL;

	if (strstr(re, "(?&") == NULL)
		return NULL; /* most name no list: one search, not one a list */
	for (size_t k = 0; k < sizeof(rule_lists) / sizeof(rule_lists[0]); k++) {
		const char *src = out ? out : re, *hit;
		size_t cl = strlen(rule_lists[k].call), rl = strlen(rule_lists[k].re);
		while ((hit = strstr(src, rule_lists[k].call)) != NULL) {
			size_t pre = (size_t)(hit - src), len = strlen(src);
			char *n = malloc(len - cl + rl + 1);
			if (n == NULL)
				abort();
			memcpy(n, src, pre);
			memcpy(n + pre, rule_lists[k].re, rl);
			memcpy(n + pre + rl, hit + cl, len - pre - cl + 1);
			free(out);
			src = out = n;
		}
	}
	return out;
}

#endif
