import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineFixtureTests } from '../../src/testing/index.js';
import { applyTypedPass } from '../../src/testing/fixtures.js';
import { pass } from './node-types.js';

defineFixtureTests(pass, { dir: fileURLToPath(new URL('../../__testfixtures__', import.meta.url)) });

// The repository's own @types/node: the checker then knows Buffer, http, fs and zlib as a real project does.
const withNodeTypes = { typeRoots: [fileURLToPath(new URL('../../node_modules/@types', import.meta.url))], types: ['node'] };

describe('node-types with @types/node', () => {
  it('decides by type, and only for the core module types', async () => {
    const input = [
      "import * as http from 'node:http';",
      "import * as fs from 'node:fs';",
      "import * as zlib from 'node:zlib';",
    "import * as http2 from 'node:http2';",
      '',
      'class Dirent { path = "mine"; }',
      'export function handle(res: http.ServerResponse, req: http.ClientRequest, size: number, text: string, bytes: number[], input: string | number) {',
      '  const mine = new Dirent();',
      '  const headers = res._headers;',
      '  res._headers.x = 1;',
      '  const names = req._headerNames;',
      '  const fake = { _headers: {} }._headers;',
      '  const dirs = fs.readdirSync(".", { withFileTypes: true }).map((entry) => entry.path);',
      '  const read = zlib.createGzip().bytesRead;',
      '  fs.truncateSync(size, 0);',
      "  fs.truncateSync('file', 0);",
      '  return [new Buffer(size), Buffer(text), new Buffer(bytes), new Buffer(input), headers, names, fake, mine.path, dirs, read];',
      '}',
      'http.createServer((req, res) => res.end(String(res._headers)));',
      'export const prioritise = (stream: http2.ClientHttp2Stream, mine: { priority(): void }) => { stream.priority({ weight: 1 }); mine.priority(); };',
      '',
    ].join('\n');
    const result = await applyTypedPass(pass, input, { path: 'handle.ts', compilerOptions: withNodeTypes });
    expect(result.status).toBe('changed');
    const after = result.status === 'changed' ? result.after.split('\n') : [];
    expect(after[18]).toBe('http.createServer((req, res) => res.end(String(res.getHeaders())));');
    expect(after.slice(8, 17)).toEqual([
      '  const headers = res.getHeaders();',
      '  res._headers.x = 1;',
      '  const names = req._headerNames;',
      '  const fake = { _headers: {} }._headers;',
      '  const dirs = fs.readdirSync(".", { withFileTypes: true }).map((entry) => entry.parentPath);',
      '  const read = zlib.createGzip().bytesWritten;',
      '  fs.ftruncateSync(size, 0);',
      "  fs.truncateSync('file', 0);",
      '  return [Buffer.alloc(size), Buffer.from(text), Buffer.from(bytes), new Buffer(input), headers, names, fake, mine.path, dirs, read];',
    ]);
    expect(result.warnings.map((warning) => `${warning.line} ${warning.message.slice(0, 40)}`)).toEqual([
      '10 OutgoingMessage.prototype._headers is de',
      '11 OutgoingMessage.prototype._headerNames i',
      '12 OutgoingMessage.prototype._headers is de',
      '17 Buffer() is deprecated (DEP0005); the ar',
      '20 HTTP/2 priority signalling is deprecated',
    ]);
  });
});
