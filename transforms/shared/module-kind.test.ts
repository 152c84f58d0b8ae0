import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyPass } from '../../src/testing/index.js';
import { pass as classPass } from '../class/class.js';
import { pass as noStrict } from '../no-strict/no-strict.js';
import { pass as varToLetConst } from '../var-to-let-const/var-to-let-const.js';

/** Two packages side by side: one "type": "module", one without a type (CommonJS). */
const root = mkdtempSync(join(tmpdir(), 'cm-source-type-'));
mkdirSync(join(root, 'esm', 'lib'), { recursive: true });
mkdirSync(join(root, 'cjs'), { recursive: true });
writeFileSync(join(root, 'esm', 'package.json'), '{ "type": "module" }\n');
writeFileSync(join(root, 'cjs', 'package.json'), '{ "name": "cjs" }\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const inEsm = join(root, 'esm', 'lib', 'config.js');
const inCjs = join(root, 'cjs', 'config.js');
const SCRIPT = "'use strict';\nvar port = 8080;\nconsole.log(port);\n";

describe('sourceType: a .js file under "type": "module" is an ES module without import/export', () => {
  it('var-to-let-const converts its top-level var (no global-object property in a module)', async () => {
    const result = await applyPass(varToLetConst, SCRIPT, { path: inEsm });
    expect(result.status === 'changed' && result.after).toBe("'use strict';\nconst port = 8080;\nconsole.log(port);\n");
  });

  it('no-strict removes its redundant directive', async () => {
    const result = await applyPass(noStrict, SCRIPT, { path: inEsm });
    expect(result.status === 'changed' && result.after).toBe('var port = 8080;\nconsole.log(port);\n');
  });

  it('class treats it as strict and not as a browser script', async () => {
    const text = 'function Box(v) {\n  this.v = v;\n}\nBox.prototype.get = function () {\n  return this.v;\n};\n';
    const result = await applyPass(classPass, text, { path: inEsm });
    expect(result.status).toBe('changed');
  });

  it('the same file in a CommonJS package stays a script', async () => {
    const result = await applyPass(varToLetConst, SCRIPT, { path: inCjs });
    expect(result.status).toBe('unchanged');
    expect(result.warnings[0]?.message).toMatch(/global-object property/);
    expect((await applyPass(noStrict, SCRIPT, { path: inCjs })).status).toBe('unchanged');
  });

  it('sourceType=module and sourceType=script override what auto finds', async () => {
    const asModule = await applyPass(varToLetConst, SCRIPT, { path: inCjs, options: { sourceType: 'module' } });
    expect(asModule.status).toBe('changed');
    const asScript = await applyPass(noStrict, SCRIPT, { path: inEsm, options: { sourceType: 'script' } });
    expect(asScript.status).toBe('unchanged');
    const asCommonjs = await applyPass(varToLetConst, SCRIPT, { path: inEsm, options: { sourceType: 'commonjs' } });
    expect(asCommonjs.status === 'changed' && asCommonjs.after).toContain('const port');
  });
});
