#!/usr/bin/env node
// Read a JSON settings file named by a key table, write a report under the
// home directory's cache, and remove the scratch directory it made in /tmp;
// every member is reached with bracket notation, as generated code does.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const KEYS = { dir: 'scratchDir', out: 'reportName' };
const settings = { scratchDir: 'airlock-report', reportName: 'report.json' };
const scratch = fs['mkdtempSync'](path['join'](os['tmpdir'](), settings[KEYS['dir']] + '-'));
const cache = path['join'](os['homedir'](), '.cache', 'report');

class Report {
  constructor(where) { this['where'] = where; this['lines'] = []; }
  add(line) { this['lines']['push'](line); return this; }
  save() {
    fs['mkdirSync'](this['where'], { recursive: true });
    fs['writeFileSync'](path['join'](this['where'], settings[KEYS['out']]), JSON['stringify'](this['lines']));
  }
}

const report = new Report(cache);
for (const name of fs['readdirSync'](process['cwd']())) report['add'](name);
fs['writeFileSync'](path['join'](scratch, 'draft.txt'), report['lines']['join']('\n'));
report['save']();
fs['rmSync'](scratch, { recursive: true, force: true });
console['log']('report written to', cache);
