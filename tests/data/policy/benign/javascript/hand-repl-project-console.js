// Ordinary developer tool: an interactive project console (node:repl) with
// the package manifest, a small JSON store and helpers preloaded into the
// REPL context; history is kept in the project's own .console_history.
'use strict';

const repl = require('repl');
const fs = require('fs');
const path = require('path');

const root = process.cwd();
const storeFile = path.join(root, 'data', 'store.json');

function loadStore() {
  try {
    return JSON.parse(fs.readFileSync(storeFile, 'utf8'));
  } catch {
    return {};
  }
}

function saveStore(store) {
  fs.mkdirSync(path.dirname(storeFile), { recursive: true });
  fs.writeFileSync(storeFile, JSON.stringify(store, null, 2));
}

const server = repl.start({ prompt: 'project> ' });
server.context.pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
server.context.store = loadStore();
server.context.save = () => saveStore(server.context.store);
server.defineCommand('keys', {
  help: 'List store keys',
  action() {
    console.log(Object.keys(server.context.store).join('\n'));
    this.displayPrompt();
  },
});
server.setupHistory(path.join(root, '.console_history'), () => {});
