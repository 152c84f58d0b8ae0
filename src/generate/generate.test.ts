import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addClassMember, addExport, addImport, insertIntoArray, insertIntoObject } from './ast.js';
import { camelize, classify, dasherize, underscore } from './names.js';
import { renderTemplates, renderText, substitutePath } from './templates.js';
import { VirtualTree } from './tree.js';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function treeWith(files: Record<string, string>): VirtualTree {
  const root = mkdtempSync(join(tmpdir(), 'cm-gen-'));
  temps.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return new VirtualTree(root);
}

describe('name helpers', () => {
  it('split camel case, dashes, underscores and spaces into words', () => {
    const cases = ['userProfile', 'UserProfile', 'user-profile', 'user_profile', 'User profile', 'HTTPServer'];
    expect(cases.map(dasherize)).toEqual(['user-profile', 'user-profile', 'user-profile', 'user-profile', 'user-profile', 'http-server']);
    expect(cases.map(classify)).toEqual(['UserProfile', 'UserProfile', 'UserProfile', 'UserProfile', 'UserProfile', 'HttpServer']);
    expect(cases.map(camelize)).toEqual(['userProfile', 'userProfile', 'userProfile', 'userProfile', 'userProfile', 'httpServer']);
    expect(underscore('userProfile')).toBe('user_profile');
  });
});

describe('templates', () => {
  it('substitute options in file names, with helpers, leaving other __names__ alone', () => {
    const vars = { name: 'UserProfile', directory: 'src/app', empty: '' };
    expect(substitutePath('__directory__/__name@dasherize__/__name@classify__.ts.template', vars)).toBe('src/app/user-profile/UserProfile.ts');
    expect(substitutePath('__empty__/__testfixtures__/a.ts', vars)).toBe('__testfixtures__/a.ts');
    expect(() => substitutePath('__name@shout__.ts', vars)).toThrow(/unknown name helper "@shout"/);
  });

  it('render contents with EJS, name helpers in scope and no HTML escaping', () => {
    expect(renderText('export class <%= classify(name) %> { x = <%= value %>; }', { name: 'a-b', value: '"<b>" && 1' }, 't')).toBe(
      'export class AB { x = "<b>" && 1; }',
    );
    expect(() => renderText('line\n<%= missing %>', {}, 'files/a.ts.template')).toThrow(/^files\/a\.ts\.template: line 2: missing is not defined$/);
  });
});

describe('renderTemplates', () => {
  it('names every file in the way at once, and writes none of them', () => {
    const tree = treeWith({ 'gen/files/__name__/a.ts': 'a', 'gen/files/__name__/b.ts': 'b', 'gen/files/__name__/c.ts': 'c', 'x/a.ts': 'old a', 'x/c.ts': 'old c' });
    expect(() => renderTemplates(tree, join(tree.root, 'gen/files'), { name: 'x' })).toThrow(
      '2 files already exist; not overwritten (the generator must ask to overwrite them): x/a.ts, x/c.ts',
    );
    expect(renderTemplates(tree, join(tree.root, 'gen/files'), { name: 'x' }, { overwrite: true })).toEqual(['x/a.ts', 'x/b.ts', 'x/c.ts']);
    expect(tree.read('x/a.ts')).toBe('a');
  });
});

describe('VirtualTree', () => {
  it('lays creates, overwrites, deletes and renames over the disk and reports them as changes', () => {
    const tree = treeWith({ 'a.ts': 'a', 'b.ts': 'b', 'dir/c.ts': 'c', 'same.ts': 's' });
    tree.create('new/x.ts', 'x');
    tree.overwrite('a.ts', 'A');
    tree.delete('b.ts');
    tree.rename('dir/c.ts', 'dir/d.ts');
    tree.overwrite('same.ts', 's');
    expect(tree.read('dir/c.ts')).toBeUndefined();
    expect(tree.list('dir')).toEqual(['d.ts']);
    expect(tree.list()).toEqual(['a.ts', 'dir', 'new', 'same.ts']);
    expect(tree.changes().map((change) => `${change.kind} ${change.path}${'from' in change ? ` <- ${change.from}` : ''}`)).toEqual([
      'create new/x.ts',
      'update a.ts',
      'delete b.ts',
      'rename dir/d.ts <- dir/c.ts',
    ]);
  });

  it('refuses to create over an existing file unless asked, and paths outside the root', () => {
    const tree = treeWith({ 'a.ts': 'a' });
    expect(() => tree.create('a.ts', 'x')).toThrow(/a\.ts: already exists; not overwritten/);
    tree.create('a.ts', 'x', { overwrite: true });
    expect(tree.read('a.ts')).toBe('x');
    expect(() => tree.create('../out.ts', 'x')).toThrow(/outside the project root/);
    expect(() => tree.create('/etc/out.ts', 'x')).toThrow(/outside the project root/);
  });
});

describe('AST helpers', () => {
  it('addImport merges into an import of the same module or adds one after the last import', () => {
    const tree = treeWith({ 'a.ts': "import { a } from './a';\nimport x from \"./x\";\n\nexport const y = 1;\n", 'b.ts': '// header\nexport const z = 1;\n' });
    addImport(tree, 'a.ts', { from: './a', named: ['b', 'a'] });
    addImport(tree, 'a.ts', { from: './x', named: ['more'] });
    addImport(tree, 'a.ts', { from: './c', default: 'C' });
    addImport(tree, 'a.ts', { from: './c', default: 'C' });
    addImport(tree, 'b.ts', { from: 'lib', named: ['q'] });
    expect(tree.read('a.ts')).toBe("import { a, b } from './a';\nimport x, { more } from \"./x\";\nimport C from './c';\n\nexport const y = 1;\n");
    expect(tree.read('b.ts')).toBe("// header\nimport { q } from 'lib';\n\nexport const z = 1;\n");
  });

  it('addExport appends to a barrel (created when missing), once', () => {
    const tree = treeWith({ 'index.ts': "export * from './a';\nexport { b } from './b';" });
    addExport(tree, 'index.ts', { from: './c' });
    addExport(tree, 'index.ts', { from: './c' });
    addExport(tree, 'index.ts', { from: './a', named: ['ignored'] });
    addExport(tree, 'index.ts', { from: './b', named: ['b2'] });
    addExport(tree, 'lib/index.ts', { from: './x' });
    expect(tree.read('index.ts')).toBe("export * from './a';\nexport { b, b2 } from './b';\nexport * from './c';\n");
    expect(tree.read('lib/index.ts')).toBe("export * from './x';\n");
  });

  it('insertIntoArray keeps the layout: one per line with or without a trailing comma, inline, empty', () => {
    const tree = treeWith({
      'routes.ts': [
        'export const routes: Route[] = [',
        "  { path: '/', component: Home },",
        "  { path: '/about', component: About },",
        '];',
        'const inline = [a, b] as const;',
        'const none = [];',
        'const noTrailing = [',
        '    one,',
        '    two',
        '];',
        '',
      ].join('\n'),
    });
    insertIntoArray(tree, 'routes.ts', { variable: 'routes' }, "{ path: '/users', component: Users }");
    insertIntoArray(tree, 'routes.ts', { variable: 'routes' }, "{ path: '/users', component: Users }");
    insertIntoArray(tree, 'routes.ts', { variable: 'inline' }, 'c');
    insertIntoArray(tree, 'routes.ts', { variable: 'none' }, 'first');
    insertIntoArray(tree, 'routes.ts', { variable: 'noTrailing' }, 'three');
    expect(tree.read('routes.ts')).toBe(
      [
        'export const routes: Route[] = [',
        "  { path: '/', component: Home },",
        "  { path: '/about', component: About },",
        "  { path: '/users', component: Users },",
        '];',
        'const inline = [a, b, c] as const;',
        'const none = [first];',
        'const noTrailing = [',
        '    one,',
        '    two,',
        '    three',
        '];',
        '',
      ].join('\n'),
    );
    expect(() => insertIntoArray(tree, 'routes.ts', { variable: 'missing' }, 'x')).toThrow(/routes\.ts: no array literal found for variable `missing`/);
  });

  it('insertIntoArray and insertIntoObject find a literal by pattern', () => {
    const tree = treeWith({ 'app.ts': "createRouter({ routes: [home] });\nregister({\n  users: UsersService,\n});\n" });
    insertIntoArray(tree, 'app.ts', { pattern: 'createRouter({ routes: $R })' }, 'about');
    insertIntoObject(tree, 'app.ts', { pattern: 'register($OBJ)' }, 'orders: OrdersService');
    expect(tree.read('app.ts')).toBe("createRouter({ routes: [home, about] });\nregister({\n  users: UsersService,\n  orders: OrdersService,\n});\n");
  });

  it('addClassMember adds at the end of the class body, opening an empty body', () => {
    const tree = treeWith({ 'a.ts': 'export class A {\n  x = 1;\n}\nclass Empty {}\n' });
    addClassMember(tree, 'a.ts', 'A', 'greet(): string {\n  return "hi";\n}');
    addClassMember(tree, 'a.ts', 'Empty', 'y = 2;');
    expect(tree.read('a.ts')).toBe('export class A {\n  x = 1;\n  greet(): string {\n    return "hi";\n  }\n}\nclass Empty {\n  y = 2;\n}\n');
    expect(() => addClassMember(tree, 'a.ts', 'Nope', 'z = 1;')).toThrow(/no class `Nope`/);
  });
});
