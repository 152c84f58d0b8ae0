const path = require('path');

const templates = path.join(__dirname, 'templates');
console.log(__filename, templates);
