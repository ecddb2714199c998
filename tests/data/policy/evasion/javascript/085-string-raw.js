// evasion: the module named by String.raw
// grade: medium; does: shell
require(String.raw`child_process`).spawn('id', {shell: true, stdio: 'inherit'});
