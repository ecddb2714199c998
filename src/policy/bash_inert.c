/*
 * eval "$(ssh-agent -s)", eval "$(pyenv init -)", eval "$(brew shellenv)":
 * the output of a tool whose job is to print shell settings for eval
 * (lang_ops.inert, for #unknown-code?). The text is not known, but what
 * writes it is: the tool, given constant words, as every setup script and
 * CI job runs it. Such an eval is not code built at run time by the
 * program.
 *
 * Unless the program could have made the tool something else: the tool's
 * name may appear elsewhere only as the name of a command it runs (pyenv
 * install 3.12, ssh-agent -k). A function or an alias of that name, a file
 * written, copied, linked or downloaded to it (~/bin/pyenv), or any other
 * word or string that holds the name, and the eval is what it was: code
 * the analysis cannot know. A directory of the name (~/.pyenv/bin,
 * /opt/conda/bin) is not the tool, nor is a question of where it is
 * (command -v direnv, type pyenv, which brew).
 */
#include "policy/bash.h"

#include <string.h>

static const char *const setup_tools[] = {
    "brew",	"conda",  "dbus-launch", "dircolors", "direnv", "fnm",	   "goenv",
    "gpg-agent", "jenv",   "keychain",	 "lesspipe",  "luarocks", "mamba", "micromamba",
    "mise",	"nodenv", "opam",	 "plenv",     "pyenv",  "rbenv",	   "ssh-agent",
    "starship",	"zoxide",
};

/* The tool's name when arg is "$(tool word...)" or $(tool word...): one
 * command, its name one of setup_tools, every argument a plain word; else
 * NULL. */
static const char *setup_output(struct actx *c, TSNode arg)
{
	if (node_is(arg, "string") && ts_node_named_child_count(arg) == 1)
		arg = ts_node_named_child(arg, 0);
	if (!node_is(arg, "command_substitution") || ts_node_named_child_count(arg) != 1)
		return NULL;
	TSNode cmd = ts_node_named_child(arg, 0), name = node_field(cmd, "name");
	if (!node_is(cmd, "command") || !node_is(name, "command_name") ||
	    ts_node_named_child_count(name) != 1 || !node_is(ts_node_named_child(name, 0), "word"))
		return NULL;
	uint32_t k = ts_node_named_child_count(cmd);
	for (uint32_t i = 0; i < k; i++) {
		TSNode a = ts_node_named_child(cmd, i);
		if (!ts_node_eq(a, name) && !node_is(a, "word"))
			return NULL;
	}
	for (size_t i = 0; i < ARRAY_SIZE(setup_tools); i++)
		if (node_text_is(c, name, setup_tools[i]))
			return setup_tools[i];
	return NULL;
}

static bool name_char(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
	       ch == '_' || ch == '-' || ch == '.';
}

/* Whether text holds tool as a name of its own: not part of a longer name
 * (pyenv-virtualenv, .pyenv, miniconda) nor a directory (conda/bin). */
static bool holds_name(const char *text, size_t len, const char *tool)
{
	size_t n = strlen(tool);
	for (size_t i = 0; i + n <= len; i++)
		if (memcmp(text + i, tool, n) == 0 && (i == 0 || !name_char(text[i - 1])) &&
		    (i + n == len || (!name_char(text[i + n]) && text[i + n] != '/')))
			return true;
	return false;
}

/* Whether tool appears in the program other than as a command's name. */
static bool named_elsewhere(struct actx *c, TSNode root, const char *tool)
{
	TSTreeCursor cur = ts_tree_cursor_new(root);
	bool found = false;
	do {
		TSNode n = ts_tree_cursor_current_node(&cur);
		if (ts_node_child_count(n) > 0 || node_is(n, "comment") ||
		    !holds_name(node_src(c, n), node_len(n), tool))
			continue;
		TSNode p = ts_node_parent(n), name = node_field(p, "name");
		/* pyenv install 3.12; command -v direnv, type pyenv, which brew */
		found = !node_is(n, "word") ||
			!(node_is(p, "command_name") ||
			  (node_is(p, "command") && (node_text_is(c, name, "command") ||
						     node_text_is(c, name, "type") ||
						     node_text_is(c, name, "which"))));
	} while (!found && tree_next(&cur, true));
	ts_tree_cursor_delete(&cur);
	return found;
}

bool sh_inert(struct actx *c, TSNode n)
{
	if (!node_is(n, "command") || !node_text_is(c, node_field(n, "name"), "eval"))
		return false;
	TSNode arg = {0};
	uint32_t k = ts_node_named_child_count(n), args = 0;
	for (uint32_t i = 0; i < k; i++) {
		TSNode a = ts_node_named_child(n, i);
		if (node_is(a, "command_name"))
			continue;
		arg = a;
		args++;
	}
	const char *tool = args == 1 ? setup_output(c, arg) : NULL;
	return tool != NULL && !named_elsewhere(c, ts_tree_root_node(n.tree), tool);
}
