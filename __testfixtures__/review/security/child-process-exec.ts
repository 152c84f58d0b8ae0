import { exec, execFile } from 'node:child_process';
import * as cp from 'child_process';
const { execSync: run } = require('child_process');

export function archive(dir: string, name: string): void {
  // ruleid: security/child-process-exec
  exec(`tar czf ${name}.tgz ${dir}`);
  // ruleid: security/child-process-exec
  cp.execSync('rm -rf ' + dir);
  // ruleid: security/child-process-exec
  run(`git log ${name}`);
  // ok: argument arrays never reach a shell
  execFile('tar', ['czf', `${name}.tgz`, dir]);
  // ok: a fixed command
  exec('git status');
  // ok: not child_process's exec
  const db = { exec: (sql: string) => sql };
  db.exec(`vacuum ${name}`);
  /regex/.exec(`${name}`);
}
