// An ordinary progress reporter built on EventTarget and CustomEvent.
'use strict';
const bus = new EventTarget();
bus.addEventListener('progress', (ev) => {
  console.log(`${ev.detail.done}/${ev.detail.total}`);
});
for (let i = 1; i <= 3; i++) bus.dispatchEvent(new CustomEvent('progress', { detail: { done: i, total: 3 } }));
