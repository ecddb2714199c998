const fs = require('fs');
const path = require('path');

class Workspace {
  static target = path.join(__dirname, 'build');
}

function reset() {
  fs.rmSync(Workspace.target, { recursive: true, force: true });
}
reset();
