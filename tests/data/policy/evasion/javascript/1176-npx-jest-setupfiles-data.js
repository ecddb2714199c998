// jest's setup file given inline as a data: URL.
const { execFileSync } = require('child_process');
const code = Buffer.from("require('child_process').execSync('id > /tmp/j')").toString('base64');
execFileSync('npx', ['jest', `--setupFiles=data:text/javascript;base64,${code}`, '--passWithNoTests'], {
  stdio: 'inherit',
});
