import type { ts as TS } from 'ts-morph';
import { definePass, type ProjectContext } from '../../src/core/pass.js';
import type { EditSink } from '../../src/core/sink.js';
import { styleOf, relativeSpecifier, writtenPath, type SpecifierStyle } from '../move/specifiers.js';
import { isEditable, resolveProjectFile } from '../rename/locate.js';

interface Options {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly as?: string;
}

interface Modules {
  readonly ctx: ProjectContext;
  readonly options: Options;
  /** Set when `from` / `to` name project files rather than packages. */
  readonly fromFile?: string;
  readonly toFile?: string;
  readonly resolve: (specifier: string, importer: string) => string | undefined;
}

function isModule(modules: Modules, specifier: string, importer: string, name: string, file: string | undefined): boolean {
  if (specifier === name) return true;
  return file !== undefined && modules.resolve(specifier, importer) === file;
}

/** The specifier this file should use for `to`: the option as written, or a path in the file's own style. */
function toSpecifier(modules: Modules, importer: string, oldSpecifier: string): string {
  if (!modules.toFile) return modules.options.to;
  const oldTarget = modules.fromFile && oldSpecifier.startsWith('.') ? modules.fromFile : undefined;
  const esm = [modules.ctx.ts.ModuleResolutionKind.Node16, modules.ctx.ts.ModuleResolutionKind.NodeNext].includes(
    modules.ctx.program.getCompilerOptions().moduleResolution ?? modules.ctx.ts.ModuleResolutionKind.Bundler,
  );
  const style: SpecifierStyle = oldTarget
    ? styleOf(oldSpecifier, oldTarget)
    : esm
      ? { kind: 'extension', extension: '.js' }
      : { kind: 'bare' };
  return relativeSpecifier(importer, writtenPath(style, modules.toFile));
}

/** Removes one named import; the whole declaration when nothing else is left in it. */
function removeSpecifier(ts: typeof TS, sink: EditSink, sourceFile: TS.SourceFile, declaration: TS.ImportDeclaration, element: TS.ImportSpecifier): 'declaration' | 'specifier' {
  const clause = declaration.importClause!;
  const named = clause.namedBindings as TS.NamedImports;
  if (named.elements.length > 1) {
    const index = named.elements.indexOf(element);
    const next = named.elements[index + 1];
    if (next) sink.replaceRange(element.getStart(sourceFile), next.getStart(sourceFile), '');
    else sink.replaceRange(named.elements[index - 1]!.getEnd(), element.getEnd(), '');
    return 'specifier';
  }
  if (clause.name) {
    sink.replaceRange(clause.name.getEnd(), named.getEnd(), '');
    return 'specifier';
  }
  return 'declaration';
}

function specifierText(element: TS.ImportSpecifier, imported: string, typeOnly: boolean): string {
  const local = element.name.text;
  return `${typeOnly ? 'type ' : ''}${imported === local ? local : `${imported} as ${local}`}`;
}

function visitFile(modules: Modules, sourceFile: TS.SourceFile): void {
  const { ctx, options } = modules;
  const { ts } = ctx;
  const imported = options.as ?? options.name;
  const imports = sourceFile.statements.filter(ts.isImportDeclaration);
  for (const declaration of imports) {
    const specifier = declaration.moduleSpecifier;
    if (!ts.isStringLiteral(specifier) || !isModule(modules, specifier.text, sourceFile.fileName, options.from, modules.fromFile)) continue;
    const named = declaration.importClause?.namedBindings;
    if (named && ts.isNamespaceImport(named) && sourceFile.text.includes(`${named.name.text}.${options.name}`)) {
      ctx.warn(sourceFile.fileName, `${named.name.text}.${options.name} left alone: change-import moves named imports, not namespace members`, declaration);
      continue;
    }
    if (!named || !ts.isNamedImports(named)) continue;
    const element = named.elements.find((candidate) => (candidate.propertyName ?? candidate.name).getText(sourceFile) === options.name);
    if (!element) continue;
    const sink = ctx.edits(sourceFile.fileName);
    const declarationTypeOnly = declaration.importClause!.isTypeOnly;
    const target = toSpecifier(modules, sourceFile.fileName, specifier.text);
    const existing = imports.find((other) => {
      const otherNamed = other.importClause?.namedBindings;
      return other !== declaration && ts.isStringLiteral(other.moduleSpecifier) &&
        isModule(modules, other.moduleSpecifier.text, sourceFile.fileName, target, modules.toFile) &&
        !(other.importClause?.isTypeOnly && !declarationTypeOnly && !element.isTypeOnly) &&
        (!otherNamed || ts.isNamedImports(otherNamed));
    });
    const removed = removeSpecifier(ts, sink, sourceFile, declaration, element);
    if (existing) {
      const existingNamed = existing.importClause?.namedBindings as TS.NamedImports | undefined;
      const typeOnly = (declarationTypeOnly || element.isTypeOnly) && !existing.importClause?.isTypeOnly;
      const text = specifierText(element, imported, typeOnly);
      const already = existingNamed?.elements.some((other) => other.name.text === element.name.text);
      if (!already) {
        const last = existingNamed?.elements[existingNamed.elements.length - 1];
        if (last) sink.insertAfter(last.getEnd(), `, ${text}`);
        else if (existingNamed) sink.replace(existingNamed, `{ ${text} }`);
        else if (existing.importClause?.name) sink.insertAfter(existing.importClause.name.getEnd(), `, { ${text} }`);
        else sink.replace(existing, `${existing.getText(sourceFile).replace(/^import\s*/, `import { ${text} } from `)}`);
      }
      if (removed === 'declaration') removeStatement(sink, sourceFile, declaration);
    } else {
      const quote = specifier.getText(sourceFile)[0];
      const statement = `import ${declarationTypeOnly ? 'type ' : ''}{ ${specifierText(element, imported, element.isTypeOnly)} } from ${quote}${target}${quote};`;
      if (removed === 'declaration') sink.replace(declaration, statement);
      else sink.insertAfter(declaration.getEnd(), `\n${statement}`);
    }
    ctx.stat('imports changed');
  }
  for (const statement of sourceFile.statements) {
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) &&
      isModule(modules, statement.moduleSpecifier.text, sourceFile.fileName, options.from, modules.fromFile) &&
      statement.exportClause && ts.isNamedExports(statement.exportClause) &&
      statement.exportClause.elements.some((element) => (element.propertyName ?? element.name).getText(sourceFile) === options.name)) {
      ctx.warn(sourceFile.fileName, `re-export of ${options.name} from ${options.from} left alone: change-import moves imports only`, statement);
    }
  }
}

/** Removes a whole statement with its line break, so no blank line is left behind. */
function removeStatement(sink: EditSink, sourceFile: TS.SourceFile, statement: TS.Statement): void {
  const text = sourceFile.text;
  let end = statement.getEnd();
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  sink.replaceRange(statement.getStart(sourceFile), end, '');
}

export const pass = definePass({
  id: 'change-import',
  title: 'Import a name from another module',
  description:
    'Moves the named import `name` from module `from` to module `to` in every project file, optionally under another exported name (`as`; the local name stays, so no other line changes). Merges into an existing import of `to`, removes the old declaration when it becomes empty, keeps `type` modifiers and quotes. `from`/`to` are module specifiers as written (a package) or project file paths (then each file gets a path in its own style). Re-exports are left alone, with a warning.',
  needs: 'types',
  version: '1',
  options: {
    name: { type: 'string', required: true, description: 'the exported name imported today' },
    from: { type: 'string', required: true, description: 'the module it is imported from: a package specifier or a project file path' },
    to: { type: 'string', required: true, description: 'the module to import it from instead' },
    as: { type: 'string', description: 'the name `to` exports it under (default: the same name)' },
  },
  visitProject(ctx) {
    const options = ctx.options as unknown as Options;
    const { ts } = ctx;
    const compilerOptions = ctx.program.getCompilerOptions();
    const pathLike = (value: string): boolean => value.startsWith('.') || value.startsWith('/') || /\.[cm]?[jt]sx?$/.test(value);
    const modules: Modules = {
      ctx,
      options,
      fromFile: pathLike(options.from) ? resolveProjectFile(ctx, options.from)?.fileName : undefined,
      toFile: pathLike(options.to) ? resolveProjectFile(ctx, options.to)?.fileName : undefined,
      resolve: (specifier, importer) => ts.resolveModuleName(specifier, importer, compilerOptions, ts.sys).resolvedModule?.resolvedFileName,
    };
    for (const sourceFile of ctx.program.getSourceFiles()) {
      if (!isEditable(ctx.root, sourceFile.fileName) || !ctx.owns(sourceFile.fileName) || sourceFile.isDeclarationFile) continue;
      if (!sourceFile.text.includes(options.name)) continue;
      visitFile(modules, sourceFile);
    }
  },
});
