import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject as project } from '../../test/cli-helpers.js';
import { CodemorphError } from '../core/errors.js';
import { loadConfig } from './config.js';

// The config search (lilconfig's synchronous one, with modules and YAML loaded after it), for
// every kind of file it finds.

const CONFIGS: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'p', codemorph: { extensions: ['.pkg'] } }),
  'codemorph.config.ts': "const extensions: string[] = ['.ts-config'];\nexport default { extensions };\n",
  'codemorph.config.mjs': "export default { extensions: ['.mjs-config'] };\n",
  'codemorph.config.js': "module.exports = { extensions: ['.js-config'] };\n",
  'codemorph.config.json': '{ "extensions": [".json-config"] }\n',
  'codemorph.config.yaml': 'extensions:\n  - .yaml-config\n',
  'codemorph.config.yml': 'extensions: [.yml-config]\n',
};

describe('loadConfig', () => {
  it.each(Object.entries(CONFIGS))('finds and loads %s, from a folder below it', async (name, text) => {
    const dir = project({ [name]: text, 'src/deep/a.js': '' });
    const loaded = await loadConfig(join(dir, 'src', 'deep'));
    expect(loaded.path).toBe(join(dir, name));
    expect(loaded.config.extensions).toHaveLength(1);
    expect(loaded.config.extensions![0]).toMatch(/^\.(pkg|ts-config|mjs-config|js-config|json-config|yaml-config|yml-config)$/);
  });

  it('takes the nearest config, the first place of a folder first, skips empty files and a package.json without the key', async () => {
    const dir = project({
      'codemorph.config.json': '{ "extensions": [".outer"] }',
      'app/package.json': '{ "name": "app" }',
      'app/codemorph.config.ts': '',
      'app/codemorph.config.yaml': 'extensions: [.later]\n',
      'app/codemorph.config.json': '{ "extensions": [".inner"] }',
    });
    // CONFIG_FILES order: package.json, .ts, .mjs, .js, .json, .yaml, .yml.
    expect(await loadConfig(join(dir, 'app'))).toEqual({ path: join(dir, 'app', 'codemorph.config.json'), config: { extensions: ['.inner'] } });
    expect(await loadConfig(dir)).toEqual({ path: join(dir, 'codemorph.config.json'), config: { extensions: ['.outer'] } });
  });

  it('loads an explicit --config of any kind, a .cjs one too', async () => {
    const dir = project({ 'conf/settings.cjs': "module.exports = { maxFileSize: 10 };\n", 'conf/settings.yml': 'maxFileSize: 20\n' });
    expect((await loadConfig(dir, join(dir, 'conf', 'settings.cjs'))).config).toEqual({ maxFileSize: 10 });
    expect((await loadConfig(dir, join(dir, 'conf', 'settings.yml'))).config).toEqual({ maxFileSize: 20 });
  });

  it('finds nothing in a folder without one', async () => {
    expect(await loadConfig(project({ 'a.js': '' }))).toEqual({ config: {} });
  });

  it('turns a broken or invalid config into one usage error naming it', async () => {
    const broken = project({ 'codemorph.config.mjs': 'export default {' });
    await expect(loadConfig(broken)).rejects.toThrow(CodemorphError);
    await expect(loadConfig(broken)).rejects.toThrow(join(broken, 'codemorph.config.mjs'));
    const json = project({ 'codemorph.config.json': '{ "paths": ' });
    await expect(loadConfig(json)).rejects.toThrow(/^cannot load config: /);
    const unknown = project({ 'codemorph.config.yaml': 'colour: red\n' });
    await expect(loadConfig(unknown)).rejects.toThrow(`${join(unknown, 'codemorph.config.yaml')}: unknown config key "colour"`);
  });
});
