import { ts } from '../../core/parse.js';
import { CodemorphError } from '../../core/errors.js';
import { anchorKind, bindingText, findPatternMatches, isCandidate, matchAt, type Binding, type Bindings, type NodeMatch } from './match.js';
import type { Constraint, MatcherSpec, Rule } from './rules.js';
import { satisfiesType } from './types.js';

export interface RuleMatch extends NodeMatch {
  readonly rule: Rule;
}

/** Node kinds a matcher's candidates can have; undefined: any kind. */
function anchors(spec: MatcherSpec): Set<ts.SyntaxKind> | undefined {
  switch (spec.kind) {
    case 'pattern': {
      const kind = anchorKind(spec.pattern);
      return kind === undefined ? undefined : new Set([kind]);
    }
    case 'any': {
      const union = new Set<ts.SyntaxKind>();
      for (const item of spec.items) {
        const kinds = anchors(item);
        if (!kinds) return undefined;
        kinds.forEach((kind) => union.add(kind));
      }
      return union;
    }
    case 'all':
      for (const item of spec.items) {
        const kinds = anchors(item);
        if (kinds && item.kind !== 'not') return kinds;
      }
      return undefined;
    default:
      return undefined;
  }
}

function descendantMatch(spec: MatcherSpec, node: ts.Node, bindings: Bindings): Bindings | undefined {
  let found: Bindings | undefined;
  const visit = (child: ts.Node): boolean => {
    found = test(spec, child, bindings);
    return found !== undefined || ts.forEachChild(child, visit) === true;
  };
  ts.forEachChild(node, visit);
  return found;
}

/** Whether `node` satisfies `spec`, and the bindings that made it so (extending `bindings`). */
export function test(spec: MatcherSpec, node: ts.Node, bindings: Bindings): Bindings | undefined {
  switch (spec.kind) {
    case 'pattern':
      return matchAt(spec.pattern, node, bindings);
    case 'any':
      for (const item of spec.items) {
        const result = test(item, node, bindings);
        if (result) return result;
      }
      return undefined;
    case 'all': {
      let current: Bindings | undefined = bindings;
      for (const item of spec.items) {
        current = test(item, node, current);
        if (!current) return undefined;
      }
      return current;
    }
    case 'not':
      return test(spec.item, node, bindings) ? undefined : bindings;
    case 'inside':
      for (let ancestor = node.parent; ancestor; ancestor = ancestor.parent) {
        const result = test(spec.item, ancestor, bindings);
        if (result) return result;
      }
      return undefined;
    case 'has':
      return descendantMatch(spec.item, node, bindings);
  }
}

function nodesOf(binding: Binding): readonly ts.Node[] {
  return binding.kind === 'node' ? [binding.node] : binding.nodes;
}

function satisfies(constraint: Constraint, binding: Binding, checker: ts.TypeChecker | undefined, ruleId: string): boolean {
  if (constraint.regex && !constraint.regex.test(bindingText(binding))) return false;
  const nodes = nodesOf(binding);
  if (constraint.kinds && !nodes.every((node) => constraint.kinds!.includes(node.kind))) return false;
  if (constraint.type || constraint.assignableTo !== undefined) {
    if (!checker) {
      throw new CodemorphError('usage', `rule ${ruleId} has a type constraint but no type checker was given (needs: 'types')`);
    }
    if (binding.kind !== 'node' || !satisfiesType(binding.node, constraint, checker)) return false;
  }
  return true;
}

/** Applies a rule's `where` constraints; a constrained metavariable that is not bound fails. */
export function meetsConstraints(rule: Rule, bindings: Bindings, checker?: ts.TypeChecker): boolean {
  for (const [name, constraint] of rule.where) {
    const binding = bindings.get(name);
    if (!binding || !satisfies(constraint, binding, checker, rule.id)) return false;
  }
  return true;
}

/** Every match of a rule in a file, in document order (outer before inner), nested ones included. */
export function findRuleMatches(rule: Rule, sourceFile: ts.SourceFile, checker?: ts.TypeChecker): RuleMatch[] {
  const spec = rule.matcher;
  if (spec.kind === 'pattern' && spec.pattern.shape.kind === 'statements') {
    return findPatternMatches(spec.pattern, sourceFile)
      .filter((match) => meetsConstraints(rule, match.bindings, checker))
      .map((match) => ({ ...match, rule }));
  }
  const kinds = anchors(spec);
  const matches: RuleMatch[] = [];
  const visit = (node: ts.Node): void => {
    if (kinds ? kinds.has(node.kind) : isCandidate(node)) {
      const bindings = test(spec, node, new Map());
      if (bindings && meetsConstraints(rule, bindings, checker)) matches.push({ node, last: node, bindings, rule });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return matches;
}
