import type { ts as TS } from 'ts-morph';
import { camelCase, DeclarationWriter, pascalCase } from './declaration-text.js';
import type { UntypedModule } from './untyped-imports.js';
import { hasMembers, newShape, UsageCollector, type Shape } from './usage-shape.js';

export interface ModuleDeclaration {
  /** `declare module 'x' { … }` */
  readonly text: string;
  /** Members and call signatures declared. */
  readonly members: number;
}

/**
 * `declare module '<name>' { … }` typed from every binding the project makes of the module.
 * A CommonJS module (what `require` gives is the value) ends in `export =`: a default import
 * (esModuleInterop), `import x = require()` and `import * as x` all see that value, and named
 * imports its properties. An ES module gets `export default` and named exports.
 */
export function declareModule(ts: typeof TS, checker: TS.TypeChecker, module: UntypedModule): ModuleDeclaration {
  const collector = new UsageCollector(ts, checker);
  const value = newShape();
  for (const binding of module.bindings) {
    let target = value;
    if (binding.kind === 'named' || (binding.kind === 'default' && module.esm)) {
      const exported = binding.kind === 'named' ? binding.exported : 'default';
      target = value.props.get(exported) ?? newShape();
      value.props.set(exported, target);
    }
    collector.bindingUses(binding.name, target);
  }
  const localNames = module.bindings.filter((binding) => binding.kind !== 'named').map((binding) => binding.name.text);
  const valueName = camelCase(localNames[0] ?? module.name.split('/').at(-1)!);
  // An interface named `Buffer` in the module would hide the global one from its other members.
  const at = module.bindings[0]?.name.getSourceFile();
  const globals = at ? checker.getSymbolsInScope(at, ts.SymbolFlags.Type | ts.SymbolFlags.Namespace).map((symbol) => symbol.name) : [];
  const writer = new DeclarationWriter([valueName, '_default', ...globals]);
  const lines = module.esm ? esmExports(writer, value, module.name) : commonjsExport(writer, value, valueName, module.name);
  const interfaces = writer.interfaces('  '); // writes the bodies: count members after
  const members = writer.memberCount() + lines.filter((line) => /^\s*(export )?function /.test(line)).length;
  const text = [`declare module '${module.name}' {`, ...lines.map((line) => `  ${line}`), ...interfaces, '}', ''].join('\n');
  return { text, members };
}

/** What only calls use: a function; else a value of its interface; `export =` it. */
function commonjsExport(writer: DeclarationWriter, value: Shape, valueName: string, moduleName: string): string[] {
  const onlyCalled = value.calls.length > 0 && value.props.size === 0 && value.constructs.length === 0 && !value.indexed;
  if (onlyCalled) return [...writer.signatures(value.calls, valueName).map((signature) => `function ${valueName}${signature};`), `export = ${valueName};`];
  const type = hasMembers(value) ? writer.interfaceFor([value], pascalCase(moduleName.split('/').at(-1)!), 'module', valueName) : 'unknown';
  return [`const ${valueName}: ${type};`, `export = ${valueName};`];
}

function esmExports(writer: DeclarationWriter, value: Shape, moduleName: string): string[] {
  const lines: string[] = [];
  for (const [name, shape] of value.props) {
    const onlyCalled = shape.calls.length > 0 && shape.props.size === 0 && shape.constructs.length === 0 && !shape.indexed && !shape.assigned;
    if (name === 'default') {
      lines.push(`const _default: ${writer.typeOf([shape], moduleName.split('/').at(-1)!, 'module')};`, 'export default _default;');
    } else if (onlyCalled) {
      lines.push(...writer.signatures(shape.calls, name).map((signature) => `export function ${name}${signature};`));
    } else {
      lines.push(`export const ${name}: ${writer.typeOf([shape], name, 'prop')};`);
    }
  }
  return lines;
}
