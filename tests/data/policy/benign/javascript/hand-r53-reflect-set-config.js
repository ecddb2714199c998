// Apply overrides to a config object.
class Config {
  set level(v) {
    this._level = Number(v);
  }
  get level() {
    return this._level;
  }
}
const c = new Config();
Reflect.set(c, 'level', '3');
console.log(c.level);
