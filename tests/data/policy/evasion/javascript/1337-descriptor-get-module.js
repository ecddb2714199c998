// A getter defined through a property descriptor returns the module.
const box = {};
Object.defineProperty(box, 'tool', {
  get() {
    return require('child' + '_process');
  },
});
box.tool.execSync('sh -c id', { stdio: 'inherit' });
