// Reads options with destructuring defaults and prints them.
const { name = 'world', times = 1 } = JSON.parse(process.argv[2] || '{}');
for (let i = 0; i < times; i++) console.log(`hello ${name}`);
