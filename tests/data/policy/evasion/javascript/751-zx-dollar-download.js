// Downloads and runs code: zx's $ tagged template runs its text through
// bash; the installer is fetched with curl and piped to sh.
'use strict';
const { $ } = require('zx');

(async () => {
  const url = 'https://get.example-tools.dev/install';
  await $`curl -fsSL ${url} | sh`;
})();
