const greeting = `Hello, ${name}!`;
const url = `${baseUrl}/users/${id}?expand=${fields.join(',')}`;
const label = `${count} items`;
const path = `C:\\temp\\${file}`;
const quoted = `it's "${word}"`;
