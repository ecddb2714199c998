; Running other programs: a shell, a binary, a forked copy of itself.

; A shell command is high unless every value it may take is known and is
; a line of the ordinary tools the argument-list rules below let through
; (git status, ls -la, make -j2 2>/dev/null, git log | head -5): words of
; plain characters or single quotes, joined by |, && or ;, no expansion,
; no redirection but of stderr, no address. Such a line runs nothing a
; list of the same words would not, and is warn, as the list is; the Bash
; analysis of the line still runs (git -c core.pager=sh is high there).

((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @cmd)) @finding
 (#resolves-to? @fn "child_process\\.(exec|execSync)|execa\\.(execaCommand|execaCommandSync|command|commandSync)|shelljs\\.exec")
 (#not-each-value-match? @cmd "^(?![^\n]*://) *(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch|python3 -m (pip|unittest|venv|py_compile|compileall|json\\.tool|http\\.server|pytest|build|black|mypy|ruff))( +([-A-Za-z0-9_.,:=@%+/]+|'[^'\n]*'|2>/dev/null|2>&1))*( *(\\||&&|;) *(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch|python3 -m (pip|unittest|venv|py_compile|compileall|json\\.tool|http\\.server|pytest|build|black|mypy|ruff))( +([-A-Za-z0-9_.,:=@%+/]+|'[^'\n]*'|2>/dev/null|2>&1))*)* *$")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "runs a shell command")
 (#set! analyze "cmd")
 (#set! analyze-as "bash"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @cmd)) @finding
 (#resolves-to? @fn "child_process\\.(exec|execSync)|execa\\.(execaCommand|execaCommandSync|command|commandSync)|shelljs\\.exec")
 (#each-value-match? @cmd "^(?![^\n]*://) *(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch|python3 -m (pip|unittest|venv|py_compile|compileall|json\\.tool|http\\.server|pytest|build|black|mypy|ruff))( +([-A-Za-z0-9_.,:=@%+/]+|'[^'\n]*'|2>/dev/null|2>&1))*( *(\\||&&|;) *(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch|python3 -m (pip|unittest|venv|py_compile|compileall|json\\.tool|http\\.server|pytest|build|black|mypy|ruff))( +([-A-Za-z0-9_.,:=@%+/]+|'[^'\n]*'|2>/dev/null|2>&1))*)* *$")
 (#set! id "js-shell")
 (#set! severity "warn")
 (#set! message "runs a shell command of ordinary tools, each word visible")
 (#set! analyze "cmd")
 (#set! analyze-as "bash"))

; exec`id`: a tagged template passes its text as the command
((call_expression
   function: (_) @fn
   arguments: (template_string) @cmd) @finding
 (#resolves-to? @fn "child_process\\.(exec|execSync)|execa\\.(execaCommand|execaCommandSync|command|commandSync)|shelljs\\.exec")
 (#not-each-value-match? @cmd "^(?![^\n]*://) *(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch|python3 -m (pip|unittest|venv|py_compile|compileall|json\\.tool|http\\.server|pytest|build|black|mypy|ruff))( +([-A-Za-z0-9_.,:=@%+/]+|'[^'\n]*'|2>/dev/null|2>&1))*( *(\\||&&|;) *(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch|python3 -m (pip|unittest|venv|py_compile|compileall|json\\.tool|http\\.server|pytest|build|black|mypy|ruff))( +([-A-Za-z0-9_.,:=@%+/]+|'[^'\n]*'|2>/dev/null|2>&1))*)* *$")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "runs a shell command")
 (#set! analyze "cmd")
 (#set! analyze-as "bash"))

((call_expression
   function: (_) @fn
   arguments: (template_string) @cmd) @finding
 (#resolves-to? @fn "child_process\\.(exec|execSync)|execa\\.(execaCommand|execaCommandSync|command|commandSync)|shelljs\\.exec")
 (#each-value-match? @cmd "^(?![^\n]*://) *(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch|python3 -m (pip|unittest|venv|py_compile|compileall|json\\.tool|http\\.server|pytest|build|black|mypy|ruff))( +([-A-Za-z0-9_.,:=@%+/]+|'[^'\n]*'|2>/dev/null|2>&1))*( *(\\||&&|;) *(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch|python3 -m (pip|unittest|venv|py_compile|compileall|json\\.tool|http\\.server|pytest|build|black|mypy|ruff))( +([-A-Za-z0-9_.,:=@%+/]+|'[^'\n]*'|2>/dev/null|2>&1))*)* *$")
 (#set! id "js-shell")
 (#set! severity "warn")
 (#set! message "runs a shell command of ordinary tools, each word visible")
 (#set! analyze "cmd")
 (#set! analyze-as "bash"))

; zx's $`...` (and execa's $): the template's text runs in bash, each
; ${value} given as one quoted word; high unless its words are ordinary
; tools' (a substitution is one word, as in an argument list)
((call_expression
   function: (_) @fn
   arguments: (template_string) @cmd) @finding
 (#resolves-to? @fn "zx\\.\\$|zx\\.\\$\\.sync|execa\\.\\$|execa\\.\\$\\.sync|global\\.Bun\\.\\$")
 (#not-match? @cmd "^`(?![^`]*://) *(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch)( +([-A-Za-z0-9_.,:=@%+/]|'[^'\n]*'|\\$\\{[^}`\n]*\\})+| +2>/dev/null| +2>&1)*( *(\\||&&|;) *(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch)( +([-A-Za-z0-9_.,:=@%+/]|'[^'\n]*'|\\$\\{[^}`\n]*\\})+| +2>/dev/null| +2>&1)*)* *`$")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "runs a shell command"))

; process.execve (Node 23.11): the process becomes another program;
; node-pty's spawn(file, args): a program on a pseudo-terminal, typed into
; by the program (term.write), so what runs is not known whatever it names
((call_expression function: (_) @fn) @finding
 (#resolves-to? @fn "child_process\\.ChildProcess|process\\.execve|(node-pty|@lydell/node-pty|node-pty-prebuilt-multiarch|@homebridge/node-pty-prebuilt-multiarch|@cdktf/node-pty-prebuilt-multiarch)\\.(spawn|fork|createTerminal|open)")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts another program or process"))

; Bun.spawn(['sh', '-c', cmd]), Bun.spawnSync({ cmd: [...] }),
; new Deno.Command('bash', { args }), Deno.run({ cmd }): the Bun and Deno
; runtimes' own ways to start a program (Bun.$`...` is zx's, above). High
; unless the program is one of a few ordinary developer tools named in a
; literal list (Bun) or by a constant (Deno), and in either case when a
; word of the call is one of those tools' doors to code (git -c, node -e,
; npm exec, ext::); Deno.run (gone in Deno 2) is high whatever it runs
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @cmd)) @finding
 (#resolves-to? @fn "global\\.Bun\\.(spawn|spawnSync)")
 (#not-match? @cmd "^\\[\\s*[\"'](git|npm|pnpm|yarn|tsc|df|uname|nproc|hostname)[\"']\\s*(,\\s*[\"'][-A-Za-z0-9_.,:=@%+/ ]*[\"']\\s*)*,?\\s*\\]$")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts another program or process"))

((new_expression
   constructor: (_) @fn
   arguments: (arguments . (_) @prog)) @finding
 (#resolves-to? @fn "global\\.Deno\\.Command")
 (#not-each-value-match? @prog "^(git|npm|pnpm|yarn|tsc|df|uname|nproc|hostname)$")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts another program or process"))

([(call_expression function: (_) @fn) (new_expression constructor: (_) @fn)] @finding
 (#resolves-to? @fn "global\\.Bun\\.(spawn|spawnSync)|global\\.Deno\\.Command")
 (#match? @finding "[\"'`](-c|-e|--eval|-p|--print|-r|--require|--import|--loader|--upload-pack.*|--receive-pack|-u|--exec.*|exec|x|dlx|create|init|config|submodule|bisect|rebase|difftool|credential|-x)[\"'`]|ext::|\\.\\.\\.")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts a program with code in its arguments (git -c, node -e, npm exec, ext::)"))

((call_expression function: (_) @fn) @finding
 (#resolves-to? @fn "global\\.Deno\\.run")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts another program or process"))

; process.env.GCONV_PATH = dir, process.env['LD_PRELOAD'] = so, env.PATH = p
; where env is process.env,
; Object.assign(process.env, { NODE_OPTIONS }): the program changes the
; environment every program it starts inherits, with a variable that loads
; code or names a program (as an env option that sets one is, above), in a
; program that starts programs; a git or npm switch set to an inert word
; (GIT_TERMINAL_PROMPT = '0', GIT_PAGER = 'cat') is not
((assignment_expression
   left: [(member_expression object: (_) @env property: (property_identifier) @key)
          (subscript_expression object: (_) @env index: (string) @key)]
   right: (_) @val) @finding
 (#match? @key "^['\"`]?(PATH|Path|LD_[A-Z_]+|GCONV_PATH|NODE_OPTIONS|TAR_OPTIONS|BASH_ENV|ENV|PAGER|EDITOR|VISUAL|SSH_ASKPASS|LESSOPEN|LESSCLOSE|PERL5OPT|PERL5LIB|RUBYOPT|OPENSSL_[A-Z_]+|JAVA_TOOL_OPTIONS|GIT_[A-Z_]+|npm_config_[a-z_]+|NPM_CONFIG_[A-Z_]+)['\"`]?$")
 (#resolves-to? @env "process\\.env")
 (#not-value-match? @val "^(|0|1|true|false|yes|no|cat|never|always|auto|off|on|silent|error|warn)$")
 (#program-calls? @finding "child_process\\..*|execa(\\..*)?|shelljs\\..*|zx\\..*|cross-spawn(\\..*)?")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "sets a variable that loads code or names a program (PATH, LD_PRELOAD, GCONV_PATH, NODE_OPTIONS, GIT_*) in its own environment, which the programs it starts inherit"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @env . (_) @vars)) @finding
 (#resolves-to? @fn "global\\.Object\\.assign")
 (#resolves-to? @env "process\\.env")
 (#match? @vars "(^|[{,\\s'\"`])(PATH|Path|LD_[A-Z_]+|GCONV_PATH|NODE_OPTIONS|TAR_OPTIONS|BASH_ENV|ENV|PAGER|EDITOR|VISUAL|SSH_ASKPASS|LESSOPEN|LESSCLOSE|PERL5OPT|PERL5LIB|RUBYOPT|OPENSSL_[A-Z_]+|JAVA_TOOL_OPTIONS|GIT_[A-Z_]+|npm_config_[a-z_]+|NPM_CONFIG_[A-Z_]+)['\"`]?\\s*[:,}]")
 (#program-calls? @finding "child_process\\..*|execa(\\..*)?|shelljs\\..*|zx\\..*|cross-spawn(\\..*)?")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "sets a variable that loads code or names a program (PATH, LD_PRELOAD, GCONV_PATH, NODE_OPTIONS, GIT_*) in its own environment, which the programs it starts inherit"))

; fork(file): node on a module the analysis has not read, high.
; fork(__filename, ['child'], {stdio: 'inherit'}) starts this same program
; again (a worker of its own: what was analysed), warn. An option that
; changes what runs (execPath, execArgv: /bin/sh -c, node -e), a spread,
; options or arguments held in a name, or a __filename the program binds
; itself keep it high
((call_expression function: (_) @fn) @finding
 (#resolves-to? @fn "child_process\\.fork")
 (#not-match? @finding "\\(\\s*__filename\\s*(,\\s*\\[[^\\]]*\\]\\s*)?(,\\s*\\{[^}]*\\}\\s*)?,?\\s*\\)$")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts another program or process"))

((call_expression function: (_) @fn) @finding
 (#resolves-to? @fn "child_process\\.fork")
 (#match? @finding "execPath|execArgv|\\.\\.\\.")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts another program or process with options that change what runs (execPath, execArgv)"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog)) @finding
 (#resolves-to? @fn "child_process\\.fork")
 (#match? @finding "\\(\\s*__filename\\s*(,\\s*\\[[^\\]]*\\]\\s*)?(,\\s*\\{[^}]*\\}\\s*)?,?\\s*\\)$")
 (#not-resolves-to? @prog "global\\.__filename")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts another program or process"))

((call_expression function: (_) @fn) @finding
 (#resolves-to? @fn "child_process\\.fork")
 (#match? @finding "\\(\\s*__filename\\s*(,\\s*\\[[^\\]]*\\]\\s*)?(,\\s*\\{[^}]*\\}\\s*)?,?\\s*\\)$")
 (#not-match? @finding "execPath|execArgv|\\.\\.\\.")
 (#set! id "js-shell")
 (#set! severity "warn")
 (#set! message "starts a copy of this program (child_process.fork of its own file)"))

; spawn('git', [...]), execFileSync('npm', ['test']): a program is started;
; high below unless it is one of a few ordinary developer tools (or a
; file tool with no option that runs a command: unzip, gzip, sha256sum), named by
; a constant (every value the name may take: a ternary, each call's
; argument), started without a shell and without code in its arguments
; (ImageMagick's convert: its doors are the rule after tar's)
((call_expression function: (_) @fn) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#set! id "js-exec")
 (#set! severity "warn")
 (#set! message "starts another program"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog)) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#not-each-value-match? @prog "^((/usr)?(/local)?/bin/)?(git|npm|npx|pnpm|yarn|node|tsc|tar|df|uname|nproc|hostname|docker|sqlite3|unzip|gzip|gunzip|xz|sha256sum|md5sum|convert|magick)(\\.cmd|\\.exe)?$")
 (#not-resolves-to? @prog "process\\.execPath")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts another program or process"))

((call_expression
   function: (_) @fn
   arguments: [(template_string) (arguments . (spread_element))]) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts another program or process"))

; the tools' own doors to code, by tool: git -c alias.x=!sh, git
; --upload-pack, ext:: URLs; node -e/-r/--import; npm exec/x/dlx. The
; arguments as a literal list, held in a name, a wrapper's parameter or
; spread into the list: some element of every list they may be
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (_) @args)) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#some-value-match? @prog "^((/usr)?(/local)?/bin/)?git(\\.exe)?$")
 (#some-value-match? @args "^(-c|--config-env|--exec-path|--upload-pack|--receive-pack|--exec|--extcmd|--sendmail-cmd|--to-cmd|--cc-cmd|--header-cmd|foreach|filter-branch)$|^--(config-env|exec-path|upload-pack|receive-pack|exec|extcmd|open-files-in-pager|sendmail-cmd|to-cmd|cc-cmd|header-cmd|tree-filter|index-filter|msg-filter|env-filter|commit-filter|parent-filter|tag-name-filter)(=|$)|^ext::|^(core|alias|protocol|credential|url|include|includeIf|diff|filter|merge|gpg|sequence|uploadpack|receivepack)\\.|=!")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts git with code in its arguments (-c alias.x=!sh, --upload-pack, ext::)"))

; rebase -x, difftool -x, grep -O<pager> (not cherry-pick -x, clean -x)
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (_) @args)) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#some-value-match? @prog "^((/usr)?(/local)?/bin/)?git(\\.exe)?$")
 (#some-value-match? @args "^(rebase|difftool|grep)$")
 (#some-value-match? @args "^-[a-wyzA-Z]*x|^-O.")
 (#not-some-value-match? @args "^(cherry-pick|clean|ls-files)$")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts git with a command in its arguments (rebase -x, difftool -x, grep -O)"))

; git bisect run <cmd>: the command runs at each step of the bisect
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (_) @args)) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#some-value-match? @prog "^((/usr)?(/local)?/bin/)?git(\\.exe)?$")
 (#some-value-match? @args "^bisect$")
 (#some-value-match? @args "^run$")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts git bisect run, which runs the command it is given"))

; git credential fill (git credential-<helper> get): prints the user name
; and password or token stored for a host
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (_) @args)) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#some-value-match? @prog "^((/usr)?(/local)?/bin/)?git(\\.exe)?$")
 (#some-value-match? @args "^credential(-[a-z-]+)?$")
 (#some-value-match? @args "^(fill|get)$")
 (#set! id "js-credentials")
 (#set! severity "high")
 (#set! message "asks git's credential helper for the password or token it stores"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (_) @args)) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#some-value-match? @prog "^((/usr)?(/local)?/bin/)?node(\\.exe)?$")
 (#some-value-match? @args "^(-e|--eval|-p|--print|-r|--require|--import|--loader|--experimental-loader|-)$|^--(eval|print|require|import|loader|experimental-loader)=|^--inspect(-brk|-wait)?=(0\\.0\\.0\\.0|\\[?::\\]?)(:|$)")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts node with code in its arguments (-e, -r, --import) or its inspector open to the network"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (_) @args)) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#some-value-match? @prog "^((/usr)?(/local)?/bin/)?(npm|pnpm|yarn)(\\.cmd|\\.exe)?$")
 (#some-value-match? @args "^(exec|x|dlx|explore|-c|--call|--node-options|set-script)$|^--(call|node-options|script-shell)=|^(https?|git(\\+[a-z]+)?|github|gitlab|bitbucket|gist|file):|\\.(tgz|tar\\.gz)$|^scripts\\.")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts npm with code in its arguments (npm exec, npx-style dlx, --call, a package from a URL or a tarball, whose install scripts run)"))

; npm create <name> and npm init <name> are npm exec create-<name>: a
; package from the registry run (npm init alone, or -y, writes a
; package.json; npm run create is a script of the project's)
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (_) @args)) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#some-value-match? @prog "^((/usr)?(/local)?/bin/)?(npm|pnpm|yarn)(\\.cmd|\\.exe)?$")
 (#some-value-match? @args "^(create|init|innit)$")
 (#some-value-match? @args "^(?!(create|init|innit)$)(@[\\w.-]+/)?\\w[\\w.-]*(@\\S*)?$")
 (#not-some-value-match? @args "^(run|run-script|rum|urn|test|start|help)$")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts npm create (or npm init) with a package name: npm exec create-<name>, a package from the registry run"))

; docker run with the host's root, home or docker socket mounted, or
; privileged / in the host's namespaces: the container's command runs as
; root on the host (a project directory mounted is ordinary)
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (_) @args)) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#some-value-match? @prog "^((/usr)?(/local)?/bin/)?docker(\\.exe)?$")
 (#some-value-match? @args "^--privileged$|^--(pid|ipc|userns|uts)=host$|^--cap-add=(ALL|SYS_ADMIN)$|^(--(volume|mount)=([^,]*,)*(source|src)?=?)?(/|/etc|/root|/home|/var|/proc|/sys|/dev|/boot|/usr|/var/run/docker\\.sock|/run/docker\\.sock)/?(:|,|$)")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts docker with the host's root, home or docker socket mounted (or privileged): its command runs as root on the host"))

; npx runs whatever package it is given, fetched from the registry when it
; is not installed: ordinary only when its first argument is one of a few
; developer tools (linters, test runners, bundlers) (a flag such as --package or -c first is high), in a
; literal list or one a name holds (const args = ['eslint', ...files])
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (array . (_) @first))) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#each-value-match? @prog "^((/usr)?(/local)?/bin/)?npx(\\.cmd|\\.exe)?$")
 (#not-each-value-match? @first "^(eslint|prettier|tsc|jest|vitest|mocha|c8|nyc|stylelint|markdownlint|esbuild|vite|webpack|rollup|tsup|parcel|babel)$")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts npx on a package that may be fetched and run"))

([(call_expression
    function: (_) @fn
    arguments: (arguments . (_) @prog .))
  (call_expression
    function: (_) @fn
    arguments: (arguments . (_) @prog . (_) @args))] @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#each-value-match? @prog "^((/usr)?(/local)?/bin/)?npx(\\.cmd|\\.exe)?$")
 (#not-type? @args "array")
 (#not-first-value-match? @args "^(eslint|prettier|tsc|jest|vitest|mocha|c8|nyc|stylelint|markdownlint|esbuild|vite|webpack|rollup|tsup|parcel|babel)$")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts npx on a package that may be fetched and run"))

; npx eslint/prettier/jest/mocha with a flag that loads a file as code
; (--plugin, --require/-r, --rulesdir, --setupFiles, --globalSetup,
; --import, --loader, ...) given an absolute path, a home path or a data:,
; http(s): or file: URL, in a literal list: the tool runs what was put
; there (a package name or a path in the project, --plugin
; prettier-plugin-tailwindcss, -r ./test/setup.js, is not)
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (array (string) @flag . (_) @val))) @finding
 (#match? @flag "^['\"](--(plugin|plugins|require|rulesdir|setupFiles|setupFilesAfterEnv|globalSetup|globalTeardown|testEnvironment|import|loader|experimental-loader|reporter|transform|resolver|parser)|-r)['\"]$")
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#each-value-match? @prog "^((/usr)?(/local)?/bin/)?npx(\\.cmd|\\.exe)?$")
 (#some-value-match? @val "^(/|~|[A-Za-z]:[\\\\/]|data:|https?:|file:)")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts a developer tool through npx with a flag that loads a file from outside the project as code"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (array [(string) (template_string)] @flag))) @finding
 (#match? @flag "^['\"`]--(plugin|plugins|require|rulesdir|setupFiles|setupFilesAfterEnv|globalSetup|globalTeardown|testEnvironment|import|loader|experimental-loader|reporter|transform|resolver|parser)=(/|~|[A-Za-z]:[\\\\/]|data:|https?:|file:)")
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#each-value-match? @prog "^((/usr)?(/local)?/bin/)?npx(\\.cmd|\\.exe)?$")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts a developer tool through npx with a flag that loads a file from outside the project as code"))

; docker can mount the host and run anything as root: ordinary only when
; its first argument is a subcommand that reads (ps, images, logs, ...);
; a list held in a name is checked as git's and npm's are (not at all)
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (array . (_) @first))) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#each-value-match? @prog "^((/usr)?(/local)?/bin/)?docker(\\.exe)?$")
 (#not-each-value-match? @first "^(ps|images|version|info|stats|inspect|logs|top|port|diff|history|events)$")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts docker with a subcommand that can run programs or mount the host"))

; sqlite3's doors to programs and native code: dot-commands (.shell,
; .system, .load, .once |cmd) and -cmd/-init in its arguments, the SQL
; functions load_extension() and edit(), in its arguments or its input
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (array (_) @arg))) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#each-value-match? @prog "^((/usr)?(/local)?/bin/)?sqlite3$")
 (#value-match? @arg "^--?(cmd|init)|(^|[\\n;])[ \\t]*\\.(sh|shell|system|load|once|output|excel)|load_extension|edit[ \\t]*\\(")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts sqlite3 with a command that runs a program or loads native code"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog (object (pair key: [(property_identifier) (string)] @key value: (_) @input)))) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#each-value-match? @prog "^((/usr)?(/local)?/bin/)?sqlite3$")
 (#match? @key "^['\"]?input['\"]?$")
 (#value-match? @input "(^|[\\n;])[ \\t]*\\.(sh|shell|system|load|once|output|excel)|load_extension|edit[ \\t]*\\(")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "feeds sqlite3 a command that runs a program or loads native code"))

; tar's doors to code and deletion: --checkpoint-action=exec=, --to-command,
; -I/--use-compress-program, --rsh-command, --rmt-command, -F/--info-script,
; --new-volume-script, --remove-files, --recursive-unlink, and -T/--files-from
; (a file list may hold options); GNU tar takes any unambiguous prefix of a
; long option, and the first argument without a dash is a cluster of letters;
; a known compressor written after -I is not a door (-I 'zstd -d')
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (array (_) @arg))) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#each-value-match? @prog "^((/usr)?(/local)?/bin/)?tar$")
 (#value-match? @arg "^--(checkpoint-a|to-c|use|rs|rm|inf|new-|rem|recursiv|files)|^-[A-Za-z0-9]*[IFT]")
 (#not-next-text-match? @arg "^\\s*,\\s*['\"](zstd|unzstd|zstdmt|xz|gzip|pigz|bzip2|pbzip2|lbzip2|lz4|lzip|lzop|brotli)( +-[-A-Za-z0-9=]+)*['\"]\\s*[,\\]]")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts tar with an option that runs a program or deletes files"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (array . (_) @arg))) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#each-value-match? @prog "^((/usr)?(/local)?/bin/)?tar$")
 (#value-match? @arg "^[A-Za-z0-9]*[IFT]")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts tar with an option that runs a program or deletes files"))

; tar or unzip unpacking into the home or root directory: the archive's
; .bashrc, .profile or .ssh/authorized_keys replace the user's
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (array (_) @arg))) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#each-value-match? @prog "^((/usr)?(/local)?/bin/)?(tar|unzip|bsdtar)$")
 (#some-value-match? @arg "^((-C|-d|--directory=?)?(/|~|/root|/home/[^/]+)/?|os\\.homedir(\\(\\))?|process\\.env\\.(HOME|USERPROFILE)|os\\.userInfo\\(\\)\\.homedir)$|^-:$")
 (#set! id "js-persistence")
 (#set! severity "high")
 (#set! message "unpacks an archive into the home or root directory, where its files replace shell start-up files and ~/.ssh/authorized_keys"))

; tar -P keeps absolute member names (unzip -: their ../, above)
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (_) @args)) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#some-value-match? @prog "^((/usr)?(/local)?/bin/)?(tar|bsdtar)$")
 (#some-value-match? @args "^-[A-Za-z0-9]*P|^--abs|^[xt][a-z]*P[a-z]*$")
 (#set! id "js-persistence")
 (#set! severity "high")
 (#set! message "unpacks an archive at its members' absolute paths (tar -P), where its files replace shell start-up files and ~/.ssh/authorized_keys"))

; gzip -r of the home or a system directory
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (_) @args)) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#some-value-match? @prog "^((/usr)?(/local)?/bin/)?(gzip|pigz)$")
 (#some-value-match? @args "^-[A-Za-z0-9]*r|^--recursive$")
 (#some-value-match? @args "^((/|~|/(bin|boot|etc|home|lib|opt|root|usr|var))/?|os\\.homedir(\\(\\))?|process\\.env\\.(HOME|USERPROFILE)|os\\.userInfo\\(\\)\\.homedir)$")
 (#set! id "js-destructive")
 (#set! severity "high")
 (#set! message "compresses the home or a system directory recursively: each file there is replaced (gzip -r)"))

; npm config get //host/:_authToken, yarn's npmAuthToken
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (_) @args)) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#some-value-match? @prog "^((/usr)?(/local)?/bin/)?(npm|pnpm|yarn)(\\.cmd|\\.exe)?$")
 (#some-value-match? @args "^(config|c|get)$")
 (#some-value-match? @args "(^|:)_(authToken|auth|password)$|^npmAuth(Token|Ident)$")
 (#set! id "js-credentials")
 (#set! severity "high")
 (#set! message "asks npm (or yarn, pnpm) for the registry token it stores"))

; ImageMagick's doors to programs: a file name that starts with | is run
; by the shell (popen), the msl:/mvg: script coders and ephemeral:,
; -script, and a delegate defined in the arguments
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (array (_) @arg))) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#each-value-match? @prog "^((/usr)?(/local)?/bin/)?(convert|magick)$")
 (#value-match? @arg "^\\||^(msl|mvg|ephemeral|vid|show|win|x):|^-script$|delegate")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts ImageMagick with a file name or script that runs a program (|cmd, msl:, -script)"))

; node runs a script the analysis did not read, unless it only tests
; (--test), checks or prints its version
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (_) @args)) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#not-type? @args "array")
 (#each-value-match? @prog "^((/usr)?(/local)?/bin/)?node(\\.exe)?$")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts node on a script the analysis did not read"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (_) @args)) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#not-type? @args "array")
 (#resolves-to? @prog "process\\.execPath")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts node on a script the analysis did not read"))

([(call_expression
    function: (_) @fn
    arguments: (arguments . (_) @prog .))
  (call_expression
    function: (_) @fn
    arguments: (arguments . (_) @prog . (array) @args))] @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#each-value-match? @prog "^((/usr)?(/local)?/bin/)?node(\\.exe)?$")
 (#not-match? @args "^\\[\\s*['\"`](--test|--check|-c|--version|-v)['\"`]")
 (#not-match? @args "^\\[\\s*((path|require\\(['\"](node:)?path['\"]\\))\\.)?(join|resolve)\\(")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts node on a script the analysis did not read"))

([(call_expression
    function: (_) @fn
    arguments: (arguments . (_) @prog .))
  (call_expression
    function: (_) @fn
    arguments: (arguments . (_) @prog . (array) @args))] @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#resolves-to? @prog "process\\.execPath")
 (#not-match? @args "^\\[\\s*['\"`](--test|--check|-c|--version|-v)['\"`]")
 (#not-match? @args "^\\[\\s*((path|require\\(['\"](node:)?path['\"]\\))\\.)?(join|resolve)\\(")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts node on a script the analysis did not read"))

; node on path.join(dir, name) of a listed test file is what
; require(path.join(dir, name)) is, warn (above); high when dir is a
; scratch directory (os.tmpdir(), a mkdtemp, /tmp), where a program puts
; what it downloaded. The capture names are the argument-list rules' (one
; step shape, merged)
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (_) @args)) @finding
 (#type? @args "array")
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#match? @args "^\\[\\s*((path|require\\(['\"](node:)?path['\"]\\))\\.)?(join|resolve)\\(")
 (#some-value-match? @prog "^((/usr)?(/local)?/bin/)?node(\\.exe)?$|^process\\.execPath$")
 (#contains-call? @args "os\\.tmpdir|fs\\.(mkdtempSync|mkdtemp|promises\\.mkdtemp)")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts node on a script in a scratch directory, which the analysis did not read"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (_) @args)) @finding
 (#type? @args "array")
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#match? @args "^\\[\\s*((path|require\\(['\"](node:)?path['\"]\\))\\.)?(join|resolve)\\(\\s*['\"`]/(tmp|dev/shm|var/tmp|run/user)\\b")
 (#some-value-match? @prog "^((/usr)?(/local)?/bin/)?node(\\.exe)?$|^process\\.execPath$")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts node on a script in a scratch directory, which the analysis did not read"))

; spawn('git', args, {shell: true}): the arguments are shell code
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) (object (pair key: [(property_identifier) (string)] @key value: (_) @v)))) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#match? @key "^['\"]?shell['\"]?$")
 (#not-type? @v "false")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts a program through a shell"))

((new_expression constructor: (_) @fn) @finding
 (#resolves-to? @fn "child_process\\.ChildProcess")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts another program or process"))

; class T extends ChildProcess: super.spawn, this.spawn
((class_heritage (_) @base) @finding
 (#resolves-to? @base "child_process\\.ChildProcess")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "extends the class that starts programs (ChildProcess): its spawn runs any program"))

; spawn('sh', ['-c', 'cmd']): the command is shell code
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (array . (_) @flag . (_) @cmd))) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#value-match? @prog "^(/usr)?(/bin/)?(ba|da|z|k|a)?sh$")
 (#value-match? @flag "^-[a-z]*c$")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "runs a shell command")
 (#set! analyze "cmd")
 (#set! analyze-as "bash"))

; spawn('cmd | sh', {shell: true})
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @cmd
     (object (pair key: (property_identifier) @key value: [(true) (string)])))) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#eq? @key "shell")
 (#not-each-value-match? @cmd "^(?![^\n]*://) *(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch|python3 -m (pip|unittest|venv|py_compile|compileall|json\\.tool|http\\.server|pytest|build|black|mypy|ruff))( +([-A-Za-z0-9_.,:=@%+/]+|'[^'\n]*'|2>/dev/null|2>&1))*( *(\\||&&|;) *(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch|python3 -m (pip|unittest|venv|py_compile|compileall|json\\.tool|http\\.server|pytest|build|black|mypy|ruff))( +([-A-Za-z0-9_.,:=@%+/]+|'[^'\n]*'|2>/dev/null|2>&1))*)* *$")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "runs a shell command")
 (#set! analyze "cmd")
 (#set! analyze-as "bash"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @cmd
     (object (pair key: (property_identifier) @key value: [(true) (string)])))) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#eq? @key "shell")
 (#each-value-match? @cmd "^(?![^\n]*://) *(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch|python3 -m (pip|unittest|venv|py_compile|compileall|json\\.tool|http\\.server|pytest|build|black|mypy|ruff))( +([-A-Za-z0-9_.,:=@%+/]+|'[^'\n]*'|2>/dev/null|2>&1))*( *(\\||&&|;) *(git|date|ls|echo|printf|pwd|uname|whoami|hostname|nproc|true|false|sleep|wc|head|tail|cut|sort|uniq|which|du|df|ps|uptime|free|lscpu|make|cmake|ctest|ninja|meson|pytest|black|ruff|mypy|flake8|pylint|isort|go|cargo|rustc|gcc|cc|clang|g\\+\\+|javac|java|mvn|gradle|npm|yarn|pnpm|tsc|eslint|prettier|pandoc|ffmpeg|convert|zip|unzip|gzip|gunzip|xz|sha256sum|md5sum|diff|patch|mkdir|touch|python3 -m (pip|unittest|venv|py_compile|compileall|json\\.tool|http\\.server|pytest|build|black|mypy|ruff))( +([-A-Za-z0-9_.,:=@%+/]+|'[^'\n]*'|2>/dev/null|2>&1))*)* *$")
 (#set! id "js-shell")
 (#set! severity "warn")
 (#set! message "runs a shell command of ordinary tools, each word visible")
 (#set! analyze "cmd")
 (#set! analyze-as "bash"))

; execFile('git', ['log', '; curl ... | sh'], {shell: true}), the
; options in a name, made by a function or a spread ({...base, shell:
; true}): with a shell, the arguments are joined to the program into one
; command line; one with shell syntax in it is code (a command string
; with options in a name is the rules above: not a plain tool, high)
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog . (array) @args . (_) @opts)) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#bound-text-match? @opts "\\bshell\\s*:\\s*(true|['\"`])")
 (#some-value-match? @args "[;&|`$<>()\\n]")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "runs a shell command: with the shell option its arguments are shell code"))

; The bindings under child_process: process.binding('spawn_sync').spawn(...)
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @name)) @finding
 (#resolves-to? @fn "process\\.(binding|_linkedBinding)")
 (#value-match? @name "^(spawn_sync|process_wrap)$")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "reaches the runtime's internal process spawner, bypassing child_process"))

; exec handed to other code: [exec][0], cb(cp.exec); util.promisify(exec)
; is exec itself (resolution), so its calls are checked as exec's are
([(call_expression function: (_) @outer arguments: (arguments (_) @finding))
  (new_expression constructor: (_) @outer arguments: (arguments (_) @finding))]
 (#type? @finding "identifier" "member_expression" "subscript_expression")
 (#resolves-to? @finding "child_process\\.(exec|execSync|spawn|spawnSync|execFile|execFileSync|fork)")
 (#not-resolves-to? @outer "util\\.(promisify|callbackify)")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "hands a function that runs programs to other code"))

; The module itself handed on: Object.assign(globalThis, require('child_process')),
; {...cp}, Object.values(cp), with (cp) {...}, a getter or a default
; parameter that yields it, a generator's yield, one arm of a conditional (a Proxy's get trap
; `(t, p) => (p === 'go' ? cp.spawnSync : t[p])`): what is called from it
; is out of sight
([(call_expression function: (_) @outer arguments: (arguments (_) @mod))
  (new_expression constructor: (_) @outer arguments: (arguments (_) @mod))
  (spread_element (_) @mod)
  (with_statement object: (parenthesized_expression (_) @mod))
  (return_statement (_) @mod)
  (yield_expression (_) @mod)
  (arrow_function body: (_) @mod)
  (assignment_pattern right: (_) @mod)
  (pair value: (_) @mod)
  (array (_) @mod)
  (field_definition value: (_) @mod)] @finding
 (#type? @mod "identifier" "member_expression" "call_expression" "ternary_expression" "parenthesized_expression")
 (#resolves-to? @mod "child_process|worker_threads|vm|child_process\\.(exec|execSync|spawn|spawnSync|execFile|execFileSync|fork)")
 (#not-resolves-to? @outer "util\\.(promisify|callbackify)")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "hands the module that runs programs (child_process), or one of its functions, to other code, out of sight of the analysis"))

; spawn('git', [], {env: {PATH: '/tmp'}}): with another PATH, the program
; started by name is whatever that directory holds; an env the analysis
; cannot read may set PATH as well. The variables by which the tools
; allowed run a command are as much: TAR_OPTIONS (--checkpoint-action),
; BASH_ENV and ENV (read by every shell a hook or script starts), PAGER,
; EDITOR and VISUAL (git log, git commit), NPM_CONFIG_* (script-shell)
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) (object (pair key: [(property_identifier) (string)] @key value: (object) @env)))) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#match? @key "^['\"]?env['\"]?$")
 (#not-child-env? @env)
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts a program with a PATH (or loader settings) of its own, so the program it names may be any"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (_) (object (pair key: [(property_identifier) (string)] @key value: (_) @env)))) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#match? @key "^['\"]?env['\"]?$")
 (#not-type? @env "object" "call_expression")
 (#not-resolves-to? @env "process\\.env")
 (#not-child-env? @env)
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts a program with an environment the analysis cannot read (it may set PATH)"))

; { env }: the shorthand, followed through the name's value as { env: env }
; is (#child-env? on an env option: a copy of process.env that keeps PATH)
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) (object (shorthand_property_identifier) @env))) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#eq? @env "env")
 (#not-resolves-to? @env "process\\.env")
 (#not-child-env? @env)
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts a program with an environment that may set PATH (or the loader's variables), so the program it names may be any"))

; Object.assign({}, process.env, {X: '1'}) reads as {...process.env, X: '1'}:
; its literal parts are checked as the spread form's, any other part (or
; another call) may set PATH
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) (object (pair key: [(property_identifier) (string)] @key value: (call_expression function: (_) @callee) @env)))) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#match? @key "^['\"]?env['\"]?$")
 (#not-resolves-to? @callee "global\\.Object\\.assign")
 (#not-resolves-to? @env "process\\.env")
 (#not-child-env? @env)
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts a program with an environment the analysis cannot read (it may set PATH)"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (_) (object (pair key: [(property_identifier) (string)] @key value: (call_expression function: (_) @callee arguments: (arguments (_) @part)))))) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#match? @key "^['\"]?env['\"]?$")
 (#resolves-to? @callee "global\\.Object\\.assign")
 (#not-type? @part "object" "comment")
 (#not-resolves-to? @part "process\\.env")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts a program with an environment the analysis cannot read (it may set PATH)"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (_) (object (pair key: [(property_identifier) (string)] @key value: (call_expression function: (_) @callee arguments: (arguments (object (pair key: [(property_identifier) (string)] @var)))))))) @finding
 (#resolves-to? @fn "child_process\\.(spawn|spawnSync|execFile|execFileSync)")
 (#match? @key "^['\"]?env['\"]?$")
 (#resolves-to? @callee "global\\.Object\\.assign")
 (#match? @var "^['\"]?(PATH|Path|LD_PRELOAD|LD_LIBRARY_PATH|LD_AUDIT|NODE_OPTIONS|GIT_[A-Z_]*|npm_config_[a-z_]*|NPM_CONFIG_[A-Z_]*|TAR_OPTIONS|BASH_ENV|ENV|PAGER|EDITOR|VISUAL|SSH_ASKPASS|LESSOPEN|LESSCLOSE|OPENSSL_[A-Z_]+|JAVA_TOOL_OPTIONS)['\"]?$")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "starts a program with a PATH (or loader settings) of its own, so the program it names may be any"))

; http.request({ socketPath: '/var/run/docker.sock' }), net.connect({ path:
; '/run/docker.sock' }): the Docker (or Podman) Engine API runs any program
; in a container, as root and with the host's files mounted when asked: a
; shell by another door (not a program of http.get listings only)
((pair key: (property_identifier) @key value: (_) @sock) @finding
 (#any-of? @key "socketPath" "path")
 (#some-value-match? @sock "(docker|podman)\\.sock$")
 (#program-calls? @sock "https?\\.request|http2\\.connect|net\\..*|global\\.fetch|undici\\..*|node-fetch|axios(\\..*)?|got(\\..*)?|needle(\\..*)?|superagent(\\..*)?|request(\\..*)?|dockerode(\\..*)?|docker-modem(\\..*)?")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "connects to the Docker Engine API's socket, which runs any program (as root, with the host mounted)"))

;; http.get({ socketPath, method: 'POST' }): get sends the method it is
; given (a start of a container made before, no body needed)
((object (pair key: (property_identifier) @key value: (_) @sock) @finding
         (pair key: (property_identifier) @mk value: (_) @method))
 (#eq? @key "socketPath")
 (#eq? @mk "method")
 (#some-value-match? @method "^(POST|PUT|DELETE|PATCH)$")
 (#some-value-match? @sock "(docker|podman)\\.sock$")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "connects to the Docker Engine API's socket, which runs any program (as root, with the host mounted)"))

((object (pair key: (property_identifier) @mk value: (_) @method)
         (pair key: (property_identifier) @key value: (_) @sock) @finding)
 (#eq? @key "socketPath")
 (#eq? @mk "method")
 (#some-value-match? @method "^(POST|PUT|DELETE|PATCH)$")
 (#some-value-match? @sock "(docker|podman)\\.sock$")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "connects to the Docker Engine API's socket, which runs any program (as root, with the host mounted)"))

; o.socketPath = '/var/run/docker.sock' after the options object is made
; ({} then its fields, as Object.assign or a helper fills it)
((assignment_expression
   left: [(member_expression property: (property_identifier) @key)
          (subscript_expression index: (string) @key)]
   right: (_) @sock) @finding
 (#match? @key "^['\"`]?socketPath['\"`]?$")
 (#some-value-match? @sock "(docker|podman)\\.sock$")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "connects to the Docker Engine API's socket, which runs any program (as root, with the host mounted)"))

; net.connect(sock) with the socket's path as its argument, a name or a
; field holding it (the argument-list rules' step shape, merged)
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @prog)) @finding
 (#resolves-to? @fn "net\\.(connect|createConnection)|net\\.Socket\\.connect")
 (#some-value-match? @prog "(docker|podman)\\.sock$")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "connects to the Docker Engine API's socket, which runs any program (as root, with the host mounted)"))

; s.connect('/var/run/docker.sock') on a socket made by new net.Socket()
; (an instance's method is not resolved)
((call_expression
   function: (member_expression property: (property_identifier) @m)
   arguments: (arguments . (_) @prog)) @finding
 (#eq? @m "connect")
 (#some-value-match? @prog "(docker|podman)\\.sock$")
 (#set! id "js-shell")
 (#set! severity "high")
 (#set! message "connects to the Docker Engine API's socket, which runs any program (as root, with the host mounted)"))

