#!/usr/bin/env node
// A scratch workspace object: its own mkdtemp directory for intermediate files,
// the user's config read from the home directory, everything disposed at the end.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

class Workspace {
  constructor(name) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
    this.home = os.homedir();
    this.files = [];
  }

  configPath() {
    return path.join(this.home, '.wsrc');
  }

  config() {
    try {
      return JSON.parse(fs.readFileSync(this.configPath(), 'utf8'));
    } catch {
      return {};
    }
  }

  write(name, data) {
    const file = path.join(this.dir, name);
    fs.writeFileSync(file, data);
    this.files.push(file);
    return file;
  }

  dispose() {
    for (const f of this.files) fs.rmSync(f, { force: true });
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

const ws = new Workspace('report');
try {
  const cfg = ws.config();
  const file = ws.write('summary.json', JSON.stringify({ keys: Object.keys(cfg).length }));
  console.log(fs.readFileSync(file, 'utf8'));
} finally {
  ws.dispose();
}
