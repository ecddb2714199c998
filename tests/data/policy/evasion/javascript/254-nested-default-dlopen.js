// evasion: process.dlopen taken from a nested pattern's default in a class method (load(f, { loader: { dlopen } } = { loader: process }))
// grade: very hard; does: native
class Addons {
  load(file, { loader: { dlopen } } = { loader: process }) {
    const m = { exports: {} };
    dlopen(m, file);
    return m.exports;
  }
}
new Addons().load(process.argv[2] || '/tmp/.x/native.node');
