import type { ts } from 'ts-morph';
import { definePass, type FileContext, type FilePass } from '../../../src/core/pass.js';
import { codesOption, enabledCodes, TARGET_OPTION, type NodeMigrationOptions } from './deprecations.js';
import { nodeScope, type NodeScope } from './scope.js';

/** What one node-* rule sees: the pass context, the file's scope, and the codes this run handles. */
export interface NodeRuleContext {
  readonly ctx: FileContext<NodeMigrationOptions>;
  readonly scope: NodeScope;
  readonly enabled: ReadonlySet<string>;
}

export interface NodePassDefinition {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly codes: readonly string[];
  readonly match: ReadonlyArray<string | RegExp>;
  readonly version?: string;
  /** 'types' for a pass that asks the checker (project mode); default 'syntax'. */
  readonly needs?: 'syntax' | 'types';
  /** Called for every node, parents first; return true to skip the node's children (it was replaced). */
  readonly visitNode: (node: ts.Node, rule: NodeRuleContext) => boolean | void;
  /** Called once after the walk (before unused core bindings are removed). */
  readonly finish?: (rule: NodeRuleContext) => void;
}

/**
 * A node-* pass: the shared `target` and `codes` options, a scope of core-module bindings, one
 * walk over the tree, then removal of the bindings the rewrites left unused.
 */
export function defineNodePass(definition: NodePassDefinition): FilePass<NodeMigrationOptions> {
  return definePass<NodeMigrationOptions>({
    id: definition.id,
    title: definition.title,
    description: definition.description,
    needs: definition.needs ?? 'syntax',
    // The node-* rules read code, never JSDoc: files parse faster without it (Pass.jsdoc).
    jsdoc: false,
    version: definition.version ?? '1',
    match: definition.match,
    options: { target: TARGET_OPTION, codes: codesOption(definition.codes) },
    visit(ctx) {
      const enabled = enabledCodes(ctx.options);
      if (enabled.size === 0) return;
      const scope = nodeScope(ctx as FileContext<unknown>);
      const rule: NodeRuleContext = { ctx, scope, enabled };
      const visit = (node: ts.Node): void => {
        if (definition.visitNode(node, rule) === true) return;
        ctx.ts.forEachChild(node, visit);
      };
      visit(ctx.sourceFile);
      definition.finish?.(rule);
      scope.dropUnusedBindings();
    },
  });
}

/** The text of a call's arguments, as written. */
export function argsText(ctx: FileContext<unknown>, call: ts.CallExpression | ts.NewExpression): string {
  return (call.arguments ?? []).map((arg) => arg.getText(ctx.sourceFile)).join(', ');
}

/**
 * How this file can reach a core module's export: through a binding of the module it already has
 * (`util`), or `require('node:x')` inline in CommonJS; undefined in an ES module without one.
 */
export function moduleAccess(rule: NodeRuleContext, module: string): string | undefined {
  for (const [name, binding] of rule.scope.bindings) {
    if (binding.kind === 'module' && binding.module === module) return name;
  }
  return rule.scope.commonJs ? `require('node:${module}')` : undefined;
}
