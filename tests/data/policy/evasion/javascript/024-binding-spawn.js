// evasion: process.binding spawn_sync
// grade: medium; does: shell
const b = process.binding("spawn_sync");
console.log(typeof b.spawn);
