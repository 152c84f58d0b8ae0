import os = require('os')
export const eol = os.EOL
