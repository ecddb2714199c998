// A custom process event that logs a message.
process.on('progress', (pct) => console.log(`progress ${pct}%`));
for (const p of [10, 50, 100]) process.emit('progress', p);
