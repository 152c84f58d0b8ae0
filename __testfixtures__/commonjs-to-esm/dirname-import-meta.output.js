import path from 'path';

const templates = path.join(import.meta.dirname, 'templates');
console.log(import.meta.filename, templates);
