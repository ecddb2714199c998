// evasion: module name produced by a Symbol.toPrimitive hook, coerced by a template literal
// grade: hard; does: shell
class Name {
  constructor(...p) {
    this.p = p;
  }
  [Symbol.toPrimitive]() {
    return this.p.join('_');
  }
}
const id = new Name('child', 'process');
const { execFileSync: run } = require(`${id}`);
console.log(run('sh', ['-c', 'cat /etc/passwd; id'], { encoding: 'utf8' }));
