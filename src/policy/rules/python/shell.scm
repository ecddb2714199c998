; Running other programs: a shell, a binary, a forked copy of itself.

; A shell command is high unless every value it may take is known and is
; a line of the ordinary tools the argument-list rules below let through
; (git status, ls -la, make -j2 2>/dev/null, git log | head -5): words of
; plain characters or single quotes, joined by |, && or ;, no expansion,
; no redirection but of stderr, no address. Such a line runs nothing a
; list of the same words would not, and is warn, as the list is; the Bash
; analysis of the line still runs (git -c core.pager=sh is high there).

((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd)) @finding
 (#resolves-to? @fn "os\\.(system|popen[234]?)|subprocess\\.(getoutput|getstatusoutput)|commands\\.(getoutput|getstatusoutput)|platform\\.popen|_osx_support\\.(_read_output|_find_build_tool)|asyncio\\.create_subprocess_shell|invoke\\.(run|sudo)|invoke\\.Context(\\(\\))?\\.(run|sudo)|fabric\\.(Connection|connection\\.Connection)(\\(\\))?\\.(run|sudo|local)|sarge\\.(run|capture_stdout|capture_stderr|capture_both|get_stdout|get_stderr|get_both)|delegator\\.run|envoy\\.run")
 (#not-each-value-match? @cmd "^(?![^\n]*://) *(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch|python3 -m (pip|unittest|venv|py_compile|compileall|json\\.tool|http\\.server|pytest|build|black|mypy|ruff))( +([-A-Za-z0-9_.,:=@%+/]+|'[^'\n]*'|2>/dev/null|2>&1))*( *(\\||&&|;) *(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch|python3 -m (pip|unittest|venv|py_compile|compileall|json\\.tool|http\\.server|pytest|build|black|mypy|ruff))( +([-A-Za-z0-9_.,:=@%+/]+|'[^'\n]*'|2>/dev/null|2>&1))*)* *$")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "runs a shell command")
 (#set! analyze "cmd")
 (#set! analyze-as "bash"))

((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd)) @finding
 (#resolves-to? @fn "os\\.(system|popen[234]?)|subprocess\\.(getoutput|getstatusoutput)|commands\\.(getoutput|getstatusoutput)|platform\\.popen|_osx_support\\.(_read_output|_find_build_tool)|asyncio\\.create_subprocess_shell|invoke\\.(run|sudo)|invoke\\.Context(\\(\\))?\\.(run|sudo)|fabric\\.(Connection|connection\\.Connection)(\\(\\))?\\.(run|sudo|local)|sarge\\.(run|capture_stdout|capture_stderr|capture_both|get_stdout|get_stderr|get_both)|delegator\\.run|envoy\\.run")
 (#each-value-match? @cmd "^(?![^\n]*://) *(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch|python3 -m (pip|unittest|venv|py_compile|compileall|json\\.tool|http\\.server|pytest|build|black|mypy|ruff))( +([-A-Za-z0-9_.,:=@%+/]+|'[^'\n]*'|2>/dev/null|2>&1))*( *(\\||&&|;) *(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch|python3 -m (pip|unittest|venv|py_compile|compileall|json\\.tool|http\\.server|pytest|build|black|mypy|ruff))( +([-A-Za-z0-9_.,:=@%+/]+|'[^'\n]*'|2>/dev/null|2>&1))*)* *$")
 (#set! id "py-shell")
 (#set! severity "warn")
 (#set! message "runs a shell command of ordinary tools, each word visible")
 (#set! analyze "cmd")
 (#set! analyze-as "bash"))

((call function: (_) @fn) @finding
 (#resolves-to? @fn "os\\.(fork|forkpty)|pty\\.(spawn|fork)|multiprocessing\\.Process|multiprocessing\\.(spawn\\.)?set_executable|multiprocessing\\.get_context\\(\\)\\.set_executable|_posixsubprocess\\.fork_exec|pydoc\\.(pipepager|tempfilepager|pipe_pager|tempfile_pager)|test\\.support\\.script_helper\\.(assert_python_ok|assert_python_failure|_assert_python|run_python_until_end|spawn_python|run_test_script)")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "starts another program or process"))

; subprocess.run(["git", "log", *args]): the argument list is the command
; line a shell would read, and it is analysed as Bash (what curl | sh,
; sh -c '...', rm -rf ~ are there). The positional arguments fold as one
; command line (create_subprocess_exec("git", "status") too), and so do
; os.exec*, os.spawn* and os.posix_spawn*: the program they name (not
; argv[0]) and the words after argv[0] (python_exec.c), so that
; os.execvp("git", ["git", "status"]) is read as subprocess.run's list
; and os.execv("/bin/sh", ["ls", "-c", "id"]) as /bin/sh -c id. A program
; the analysis cannot know (subprocess.run(cmd) with cmd read at run time)
; is high.
((call
   function: (_) @fn
   arguments: (argument_list) @cmd) @finding
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen)|asyncio\\.create_subprocess_exec|os\\.(exec[lv]p?e?|spawn[lv]p?e?|posix_spawnp?)")
 (#not-value-match? @cmd "")
 (#not-each-value-match? @cmd "^(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch|python3 -m (pip|unittest|venv|py_compile|compileall|json\\.tool|http\\.server|pytest|build|black|mypy|ruff))( [-A-Za-z0-9_.,:=@%+/]+| '[^'\n]*'| \"\\$[1@]\")*$")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "starts a program the analysis cannot know: what it runs was not checked"))

((call
   function: (_) @fn
   arguments: (argument_list) @cmd) @finding
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen)|asyncio\\.create_subprocess_exec|os\\.(exec[lv]p?e?|spawn[lv]p?e?|posix_spawnp?)")
 (#value-match? @cmd "")
 (#not-value-match? @cmd "^(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch|python3 -m (pip|unittest|venv|py_compile|compileall|json\\.tool|http\\.server|pytest|build|black|mypy|ruff))( [-A-Za-z0-9_.,:=@%+/]+| '[^'\n]*'| \"\\$[1@]\")*$")
 (#set! id "py-shell")
 (#set! severity "warn")
 (#set! message "starts another program")
 (#set! analyze "cmd")
 (#set! analyze-as "bash"))

; ... a plain command of a program whose arguments do not run a command
; (git's that do are above and below), one line with no shell words: the
; Bash analysis would find nothing in it, and is not run
((call
   function: (_) @fn
   arguments: (argument_list) @cmd) @finding
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen)|asyncio\\.create_subprocess_exec|os\\.(exec[lv]p?e?|spawn[lv]p?e?|posix_spawnp?)")
 (#value-match? @cmd "^(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch|python3 -m (pip|unittest|venv|py_compile|compileall|json\\.tool|http\\.server|pytest|build|black|mypy|ruff))( [-A-Za-z0-9_.,:=@%+/]+| '[^'\n]*'| \"\\$[1@]\")*$")
 (#set! id "py-shell")
 (#set! severity "warn")
 (#set! message "starts another program"))

; distutils' spawn (distutils.spawn.spawn(argv), new_compiler().spawn(argv),
; the same under setuptools._distutils): a build helper's way to start any
; program; a setup script builds through the compiler's compile() and
; link_*(), so a program started this way is not one the analysis checks
((call
   function: (_) @fn) @finding
 (#resolves-to? @fn "(setuptools\\._)?distutils\\.(spawn\\.spawn|ccompiler\\.new_compiler\\(\\)\\.spawn|ccompiler\\.CCompiler\\.spawn)")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "starts a program through distutils' spawn, a build helper's door: what it runs was not checked"))

; What a command line runs that it does not show: a shell with -c, a
; shell or an interpreter with no script (it reads its program from its
; input), git's -c core.pager=/sshCommand/alias. and --upload-pack, ssh -o
; ProxyCommand=, tar --checkpoint-action=, rsync -e and other GTFOBins
; options, python -m timeit/runpy/pdb/trace/profile, pip install of an
; address (its setup code runs)
((call
   function: (_) @fn
   arguments: (argument_list) @cmd) @finding
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen)|asyncio\\.create_subprocess_exec|os\\.(exec[lv]p?e?|spawn[lv]p?e?|posix_spawnp?)")
 (#value-match? @cmd "(^|\n)'?(\\S*/)?(ba|da|z|k|mk|a|y|fi|tc|c)?sh'?( +-[A-Za-z]+)* +-[A-Za-z]*c|(^|\n)'?(\\S*/)?((ba|da|z|k|mk|a|y|fi|tc|c)?sh|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*|Rscript|tclsh|irb|osascript|deno|bun)'?( +'?-[A-Za-z]*'?)*( *\n| *$)|(^|\n)'?(\\S*/)?git'? [^\n]*(-c|--config-env)[ =]'?[A-Za-z.]*([Pp]ager|[Ee]ditor|[Ss]sh[Cc]ommand|fsmonitor|[Hh]ooks[Pp]ath|[Aa]skpass|textconv|helper|[Cc]ommand|[Pp]rogram|alias\\.)|(^|\n)'?(\\S*/)?git'? [^\n]*--(upload-pack|receive-pack|exec)|ProxyCommand|LocalCommand|KnownHostsCommand|--checkpoint-action[= ]'?exec|--use-compress-program|--to-command|--info-script|--new-volume-script|--rsh[= ]|--rsync-path|--unzip-command|'?-TT'? |'?-ex'? |--eval-command|--script[= ]|--exec[= ]|--command[= ]|--ssh-command|--pager[= ]|--editor[= ]|(^|\n)'?(\\S*/)?rsync'? [^\n]*'?-e'? |python[0-9.]*'?( +-[A-Za-z]+)* +-m +'?(timeit|runpy|code|pdb|trace|cProfile|profile)( |'|\n|$)|pip[0-9.]*'? ([^\n]* )?install [^\n]*'?(https?|ftp|git\\+[a-z]+)://")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "starts a program that runs code its command line does not show (a shell with -c or reading its input, a command-running option, pip install of an address, python -m timeit)"))

; ["bash", "p.sh"], [sys.executable, "stage2.py"]: an interpreter given a
; script file runs code the analysis never read (often just downloaded;
; -c code is analysed above and -m names a module); ["./x"], ["/tmp/x"],
; ["build/tool"]: a program given by a path outside the system's
; directories is a file the analysis never read (a dropper's download);
; programs found on PATH by name are the system's
((call
   function: (_) @fn
   arguments: (argument_list) @cmd) @finding
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen)|asyncio\\.create_subprocess_exec|os\\.(exec[lv]p?e?|spawn[lv]p?e?|posix_spawnp?)")
 (#value-match? @cmd "(?!(^|\n)'?(\\S*/)?(python[0-9.]*|pypy[0-9.]*)'?( +'?-[A-Za-z]+'?)* +'?-m( |$))(^|\n)'?(\\S*/)?((ba|da|z|k|mk|a|y|fi|tc|c)?sh|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*|Rscript|tclsh|irb|osascript|deno|bun)'?( +'?-[A-DF-Zabdf-z]+'?)* +'?[^- \n]|^(?!'?/(usr/|bin/|sbin/|opt/|snap/bin/|nix/)[^\n]*(\n'?/(usr/|bin/|sbin/|opt/|snap/bin/|nix/)[^\n]*)*$)[\\s\\S]*(^|\n)'?[^ /\n']*/")
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "runs a script or a program file the analysis does not read, not one of the system's: what it does was not checked"))

; ["env"], ["printenv"], ["ps", "eww", "-p", pid] (ps's BSD e shows each
; process's environment): the whole environment printed (what it is then
; sent to makes it py-env-exfil)
((call
   function: (_) @fn
   arguments: (argument_list) @cmd) @finding
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen)|asyncio\\.create_subprocess_exec|os\\.(exec[lv]p?e?|spawn[lv]p?e?|posix_spawnp?)|subprocess\\.(getoutput|getstatusoutput)|asyncio\\.create_subprocess_shell|os\\.(popen|system)")
 (#value-match? @cmd "(^|\n|[;|&] *)'?(\\S*/)?(env|printenv|export +-p|declare +-[a-z]*x|set)'?( +-[0-9A-Za-z]+)* *($|\n|[;|&>])|(^|\n|[;|&] *)'?(\\S*/)?ps'?( +\\S+)*? +(?<!-[oOpquUCgGtk] )(?<!--format )(?<!--sort )'?[acfhjlmrsuvwxSTXLn]*e[acfhjlmrsuvwxSTXLn]*'?( |$|\n)")
 (#set! id "py-env-dump")
 (#set! severity "warn")
 (#set! message "prints the whole environment, where secrets usually are"))

; loop.subprocess_shell(Proto, "curl ... | sh"), loop.subprocess_exec(Proto,
; "sh", "-c", s): the event loop's own way to start a program, under
; asyncio's create_subprocess_*; no ordinary program needs it, whatever
; the loop object is called (one pattern: each costs every method call)
((call function: (_) @m) @finding
 (#method? @m "subprocess_shell" "subprocess_exec")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "starts a shell command or another program through the event loop (subprocess_shell, subprocess_exec)"))

; subprocess.run("curl ... | sh", shell=True): a shell command, as os.system
((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd
     (keyword_argument name: (identifier) @k value: (_) @v))) @finding
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen|getoutput|getstatusoutput)")
 (#eq? @k "shell")
 (#not-match? @v "^(False|None|0)$")
 (#not-each-value-match? @cmd "^(?![^\n]*://) *(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch|python3 -m (pip|unittest|venv|py_compile|compileall|json\\.tool|http\\.server|pytest|build|black|mypy|ruff))( +([-A-Za-z0-9_.,:=@%+/]+|'[^'\n]*'|2>/dev/null|2>&1))*( *(\\||&&|;) *(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch|python3 -m (pip|unittest|venv|py_compile|compileall|json\\.tool|http\\.server|pytest|build|black|mypy|ruff))( +([-A-Za-z0-9_.,:=@%+/]+|'[^'\n]*'|2>/dev/null|2>&1))*)* *$")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "runs a shell command")
 (#set! analyze "cmd")
 (#set! analyze-as "bash"))

((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd
     (keyword_argument name: (identifier) @k value: (_) @v))) @finding
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen|getoutput|getstatusoutput)")
 (#eq? @k "shell")
 (#not-match? @v "^(False|None|0)$")
 (#each-value-match? @cmd "^(?![^\n]*://) *(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch|python3 -m (pip|unittest|venv|py_compile|compileall|json\\.tool|http\\.server|pytest|build|black|mypy|ruff))( +([-A-Za-z0-9_.,:=@%+/]+|'[^'\n]*'|2>/dev/null|2>&1))*( *(\\||&&|;) *(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch|python3 -m (pip|unittest|venv|py_compile|compileall|json\\.tool|http\\.server|pytest|build|black|mypy|ruff))( +([-A-Za-z0-9_.,:=@%+/]+|'[^'\n]*'|2>/dev/null|2>&1))*)* *$")
 (#set! id "py-shell")
 (#set! severity "warn")
 (#set! message "runs a shell command of ordinary tools, each word visible")
 (#set! analyze "cmd")
 (#set! analyze-as "bash"))

; ed and ex (vim -e, -es) fed their commands on stdin (subprocess.run(["ed",
; "-s", f], input=script)): a ! line, w !cmd and r !cmd run shell commands,
; vim's system() and :py3 code; an edit script without them is the editor's
((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd
     (keyword_argument name: (identifier) @k value: (_) @v))) @finding
 (#eq? @k "input")
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen)")
 (#value-match? @cmd "^'?(\\S*/)?(ed|ex|(vim?|nvim|gvim|view)'?( +'?-[^ ']*'?)*? +'?-[A-Za-z]*[eE][A-Za-z]*)'?( |$)")
 (#some-value-match? @v "!|system\\(|(^|\n|\\|) *:?(py3?|python3?|pyx|lua|perl|ruby|tcl|call|exe(cute)?) ")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "feeds ed or ex a script on its input whose ! lines (or system(), :py3) run shell commands"))

; make fed its makefile on stdin (subprocess.run(["make", "-f", "-"],
; input=text), -f /dev/stdin, --file=-, --makefile=-): each recipe line is a
; command make runs with a shell, analysed as one (make's $$ a $, its
; variables the shell's); a makefile of compiler lines is the build's
((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd
     (keyword_argument name: (identifier) @k value: (_) @v))) @finding
 (#eq? @k "input")
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen)")
 (#value-match? @cmd "^'?(\\S*/)?g?make'?( [^\n]*)? '?(-f *|--file[= ]|--makefile[= ])'?(-|/dev/stdin|/dev/fd/0|/proc/self/fd/0)'?( |$)")
 (#set! id "py-shell")
 (#set! severity "info")
 (#set! message "feeds make a makefile on its input, whose recipes make runs with a shell; airlock analysed them too")
 (#set! analyze "v")
 (#set! analyze-as "bash")
 (#set! analyze-lines "make recipes"))

; subprocess.run(["ls", "-c", "id"], executable="/bin/sh"): the program
; run is the executable, not the list's first word
((call
   function: (_) @fn
   arguments: (argument_list (keyword_argument name: (identifier) @k))) @finding
 (#eq? @k "executable")
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen)")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "starts the program its executable= names in place of the one the list shows"))

; A shell and its -c handed to any other function, as words or in a list
; (uuid._get_command_stdout("sh", "-c", s), multiprocessing.util.
; spawnv_passfds("/bin/sh", ["sh", "-c", s], ()), pexpect.spawn("bash",
; ["-c", s])): the standard library's internals and other modules start
; programs too, and a shell given -c runs the command line that follows
; (the shell first, or the path of one and then its argv[0]: "docker run
; img sh -c ..." runs a container, as subprocess's rules read it).
; The list or tuple may be anywhere, not only in the call: argv = ["sh",
; "-c", s] then spawnv_passfds(argv[0], argv, ()), a table of argv lists
; handed to pexpect.spawn(a[0], a[1:]), return ("sh", "-c", s) spread
; into a helper: a shell and its -c held as words is there to be run.
; Anchored on a literal -c among the words (no call pattern: one more of
; those costs every call of the program).
([(argument_list (string) @c) (argument_list (list (string) @c))] @finding
 (#match? @c "^[\"']-[A-Za-z]*c[\"']$")
 (#value-match? @finding "^'?(\\S*/)?(ba|da|z|k|mk|a|y|fi|tc|c)?sh'?( +'?(\\S*/)?(ba|da|z|k|mk|a|y|fi|tc|c)?sh'?)?( +'?-[A-Za-z]+'?)* +'?-[A-Za-z]*c'?( |$)")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "hands a shell and its -c command line to a function that starts it"))
([(list (string) @c) (tuple (string) @c)] @finding
 (#match? @c "^[\"']-[A-Za-z]*c[\"']$")
 (#value-match? @finding "^'?(\\S*/)?(ba|da|z|k|mk|a|y|fi|tc|c)?sh'?( +'?(\\S*/)?(ba|da|z|k|mk|a|y|fi|tc|c)?sh'?)?( +'?-[A-Za-z]+'?)* +'?-[A-Za-z]*c'?( |$)")
 (#not-parent-type? @finding "argument_list")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "holds a shell and its -c command line, to hand to a function that starts it"))

; The same functions passed around rather than called here:
; map(os.system, cmds), functools.partial(os.system, 'id')(),
; threading.Thread(target=subprocess.run, ...).
([(attribute) (identifier) (call)] @finding
 (#resolves-to? @finding "os\\.(system|popen[234]?|exec[lv]p?e?|spawn[lv]p?e?|posix_spawnp?|forkpty)|subprocess\\.(run|call|check_call|check_output|Popen|getoutput|getstatusoutput)|pty\\.spawn|commands\\.(getoutput|getstatusoutput)|platform\\.popen|_osx_support\\.(_read_output|_find_build_tool)|asyncio\\.create_subprocess_(exec|shell)")
 (#not-parent-type? @finding "dotted_name" "aliased_import" "import_from_statement" "attribute" "call")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "hands on a function that runs a shell command or another program"))

; webbrowser.get("sh -c '...' %s"): a browser given as a command line is a
; program webbrowser starts (GenericBrowser), with the URL for %s
((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd)) @finding
 (#resolves-to? @fn "webbrowser\\.(get|register|GenericBrowser|BackgroundBrowser)")
 (#value-match? @cmd "%s| ")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "starts a command line given as a web browser")
 (#set! analyze "cmd")
 (#set! analyze-as "bash"))


; Command libraries whose attribute or item names the program run: the sh
; package (sh.bash("-c", s), from sh import curl, sh.Command(path)) and
; plumbum (local["bash"]["-c", s](), from plumbum.cmd import sh,
; local["prog"]). A shell, a downloader, rm or an interpreter so named
; is high, and so is a program named by a value the analysis cannot know
; or one outside the ordinary tools (git, make, pytest, ...)
((call function: [(attribute attribute: (identifier) @a) (identifier) @a] @fn) @finding
 (#any-of? @a "sh" "bash" "zsh" "dash" "ksh" "mksh" "tcsh" "csh" "fish" "curl" "wget" "rm" "nc" "ncat" "socat" "python" "python3" "perl" "ruby" "node" "php" "sudo" "su" "env" "xargs" "busybox" "ssh" "shred" "crontab" "nohup" "setsid")
 (#resolves-to? @fn "(sh|plumbum\\.cmd)\\.((ba|da|z|k|mk|tc|c|fi)?sh|curl|wget|rm|nc|ncat|socat|python[0-9.]*|perl|ruby|node|php|sudo|su|env|xargs|busybox|ssh|shred|crontab|nohup|setsid)")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "runs a shell, a downloader, rm or an interpreter through a command library (sh, plumbum)"))
([(call function: (attribute attribute: (identifier) @a) @fn
        arguments: (argument_list . (_) @prog))
  (subscript value: (identifier) @a @fn subscript: (_) @prog)] @finding
 (#any-of? @a "Command" "local")
 (#resolves-to? @fn "sh\\.Command|plumbum\\.(machines\\.)?local")
 (#not-each-value-match? @prog "^(git|ls|cat|echo|date|make|cmake|ninja|meson|pytest|grep|sort|wc|head|tail|tar|gzip|gunzip|zip|unzip|du|df|uname|whoami|hostname|which|diff|mkdir|touch|npm|yarn|cargo|go|gcc|cc|clang|pandoc|ffmpeg|convert|black|ruff|mypy|flake8)$")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "runs a program through a command library (sh.Command, plumbum's local) that is a shell or not known"))

; pip run inside the program (pip.main([...]), pip._internal's main,
; ensurepip's private _run_pip, which runs pip with any arguments): the
; packages it installs run their setup code, from wherever it is told
((call function: (_) @fn) @finding
 (#resolves-to? @fn "pip\\.main|pip\\._internal\\..*main|pip\\._internal\\..*\\.main|ensurepip\\._run_pip")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "runs pip inside the program: what it installs runs its setup code, which the analysis never read"))

; the standard library's other doors to a shell: pipes.Template's steps
; (t.append("curl ... | sh", "--"); t.open(f, "w") runs them with
; /bin/sh), imaplib.IMAP4_stream(command) (a shell command as the
; connection), distutils.spawn.spawn([...])
((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd)) @finding
 (#resolves-to? @fn "pipes\\.Template\\(\\)\\.(append|prepend)|imaplib\\.IMAP4_stream|distutils\\.spawn\\.spawn")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "runs a shell command (pipes.Template, imaplib.IMAP4_stream, distutils.spawn)")
 (#set! analyze "cmd")
 (#set! analyze-as "bash"))


; ("core.fsmonitor", "sh -c '...'"), {"core.sshCommand": cmd}: a git
; setting whose value git runs as a command, held with that value in a
; tuple or a dictionary (settings a helper applies with git config KEY
; VALUE, the line then never folding whole): the value is analysed as
; the command it is (as git config's is in a line, sh-inline-code)
([(tuple . (string) @k . (_) @code) (pair key: (string) @k value: (_) @code)] @finding
 (#match? @k "^[\"'](?i:core\\.(sshcommand|pager|editor|fsmonitor|askpass)|sequence\\.editor|diff\\.external|pager\\.[a-z.-]+|gpg\\.program|credential\\.helper|alias\\.[^\"']+)[\"']$")
 (#value-match? @code "")
 (#set! id "py-shell")
 (#set! severity "info")
 (#set! message "holds a git setting that git runs as a command (core.fsmonitor, core.sshCommand, an alias...); airlock analysed that code too")
 (#set! analyze "code")
 (#set! analyze-as "bash"))

; a shell script the program writes (fh.write("#!/bin/sh\n..."),
; Path.write_text): whatever runs it later (its directory put first on
; PATH for a helper that starts a program by name, a hook, a shim), its
; text is a shell's program; the script is analysed as the code it is
((call
   function: (attribute attribute: (identifier) @m)
   arguments: (argument_list . (_) @code)) @finding
 (#any-of? @m "write" "write_text")
 (#value-match? @code "^#![ \t]*(/usr)?/bin/(env +)?(ba|da|z|k|mk|a|y)?sh([ \t]|\n)")
 (#set! id "py-shell")
 (#set! severity "info")
 (#set! message "writes a shell script; airlock analysed that code too")
 (#set! analyze "code")
 (#set! analyze-as "bash"))

; a git remote of the ext:: transport ("ext::sh -c ...", git clone, fetch,
; remote add, a submodule's url): its address is a command line git runs
; (once protocol.ext.allow lets it), whatever the program runs git with
([(string) (concatenated_string) (binary_operator) (call)] @finding
 (#value-match? @finding "^ext::[ \t]*[^ \t]")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "names a git remote of the ext:: transport, whose address is a command git runs"))
