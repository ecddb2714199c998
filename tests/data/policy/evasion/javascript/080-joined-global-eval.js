// evasion: globalThis[["ev","al"].join("")] of stdin
// grade: hard; does: shell
globalThis[['ev', 'al'].join('')](require('fs').readFileSync(0, 'utf8'));
