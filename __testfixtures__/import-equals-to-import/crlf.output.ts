import * as os from 'os'
export const eol = os.EOL
