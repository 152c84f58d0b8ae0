import fs from 'fs';

function read(file: string) {
  return fs.readFileSync(file, 'utf8');
}

export { read };
export default { read };
