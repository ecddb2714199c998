// Sets the JVM options Gradle uses for this project.
const fs = require('fs');
const path = require('path');

const file = path.resolve('gradle.properties');
const lines = ['org.gradle.jvmargs=-Xmx2g', 'org.gradle.parallel=true', 'org.gradle.caching=true', ''];
fs.writeFileSync(file, lines.join('\n'));
console.log('wrote', file);
