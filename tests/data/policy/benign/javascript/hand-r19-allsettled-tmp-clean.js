// Creates two scratch directories in parallel, then removes the ones that were made.
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const dirs = ['render-a', 'render-b'].map((d) => path.join(os.tmpdir(), d));
Promise.allSettled(dirs.map((d) => fsp.mkdir(d, { recursive: true }).then(() => d))).then(async (results) => {
  for (const r of results) {
    if (r.status === 'rejected') console.error('could not create:', r.reason.message);
  }
  const made = results.filter((r) => r.status === 'fulfilled');
  if (made.length) await fsp.rm(made[0].value, { recursive: true, force: true });
  console.log('made', made.length);
});
