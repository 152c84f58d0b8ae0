import fs = require('fs');
export const exists = fs.existsSync;
