// A small file logger with size-based rotation, used by the app's scripts.
'use strict';

const fs = require('fs');
const path = require('path');

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 };

class Logger {
  constructor({ file, level = process.env.LOG_LEVEL || 'info', maxBytes = 1 << 20, keep = 3 } = {}) {
    this.file = file;
    this.level = LEVELS[level] ?? LEVELS.info;
    this.maxBytes = maxBytes;
    this.keep = keep;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (const name of Object.keys(LEVELS)) {
      this[name] = (msg, extra) => this.log(name, msg, extra);
    }
  }

  rotate() {
    let size = 0;
    try {
      size = fs.statSync(this.file).size;
    } catch {
      return;
    }
    if (size < this.maxBytes) return;
    const oldest = `${this.file}.${this.keep}`;
    if (fs.existsSync(oldest)) fs.unlinkSync(oldest);
    for (let i = this.keep - 1; i >= 1; i--) {
      const from = `${this.file}.${i}`;
      if (fs.existsSync(from)) fs.renameSync(from, `${this.file}.${i + 1}`);
    }
    fs.renameSync(this.file, `${this.file}.1`);
  }

  log(level, msg, extra) {
    if (LEVELS[level] < this.level) return;
    const line = JSON.stringify({ ts: new Date().toISOString(), level, msg, ...extra });
    this.rotate();
    fs.appendFileSync(this.file, line + '\n');
    if (LEVELS[level] >= LEVELS.warn) process.stderr.write(line + '\n');
  }
}

module.exports = { Logger };

if (require.main === module) {
  const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'logger-demo-'));
  const log = new Logger({ file: path.join(dir, 'app.log'), maxBytes: 200, keep: 2 });
  for (let i = 0; i < 10; i++) log.info('tick', { i });
  log.warn('done', { files: fs.readdirSync(dir) });
  fs.rmSync(dir, { recursive: true, force: true });
}
