import type { ts } from 'ts-morph';
import { defineNodePass, type NodeRuleContext } from '../shared/node/define.js';
import { isStringSyntax } from '../shared/node/strings.js';
import { chalkBinding, styleImport, type ChalkBinding } from './chalk-binding.js';

/** chalk's style names → util.inspect.colors names (the formats styleText takes); absent: no equivalent. */
const SAME = (
  'reset bold dim italic underline inverse hidden strikethrough black red green yellow blue magenta cyan white gray ' +
  'bgBlack bgRed bgGreen bgYellow bgBlue bgMagenta bgCyan bgWhite redBright greenBright yellowBright blueBright ' +
  'magentaBright cyanBright whiteBright bgGray bgRedBright bgGreenBright bgYellowBright bgBlueBright bgMagentaBright bgCyanBright bgWhiteBright'
).split(' ');
const STYLES: ReadonlyMap<string, string> = new Map([
  ...SAME.map((name) => [name, name] as const),
  ['grey', 'gray'],
  ['blackBright', 'gray'],
  ['bgGrey', 'bgGray'],
  ['bgBlackBright', 'bgGray'],
  ['overline', 'overlined'],
]);

/** Per file: the chalk binding, and how many of its uses were rewritten (all of them: the import goes). */
const state = new WeakMap<ts.SourceFile, { binding: ChalkBinding; rewritten: number; uses: number; styleText: string }>();

/** The style names of `chalk.red.bold`, or undefined when the chain is not chalk styles only. */
function stylesOf(t: typeof ts, callee: ts.Expression, chalk: string): string[] | undefined {
  const names: string[] = [];
  let current = callee;
  while (t.isPropertyAccessExpression(current)) {
    names.unshift(current.name.text);
    current = current.expression;
  }
  return t.isIdentifier(current) && current.text === chalk && names.length > 0 ? names : undefined;
}

/** chalk turns any value into a string; styleText throws on a non-string, so others get `String(…)`. */
function textOf(rule: NodeRuleContext, arg: ts.Expression): string | undefined {
  const text = arg.getText(rule.ctx.sourceFile);
  if (isStringSyntax(rule.ctx.ts, arg)) return text;
  return rule.scope.isGlobal('String') ? `String(${text})` : undefined;
}

function visitCall(call: ts.CallExpression, rule: NodeRuleContext): boolean {
  const { ctx, scope } = rule;
  const t = ctx.ts;
  const file = state.get(ctx.sourceFile);
  if (!file) return false;
  const styles = stylesOf(t, call.expression, file.binding.name);
  if (!styles) return false;
  const formats = styles.map((style) => STYLES.get(style));
  const [arg] = call.arguments;
  const text = arg && !t.isSpreadElement(arg) ? textOf(rule, arg) : undefined;
  if (formats.some((format) => !format) || call.arguments.length !== 1 || text === undefined) {
    ctx.warn(`${file.binding.name}.${styles.join('.')}(…) left alone: util.styleText takes one text and the styles util.inspect.colors names`, call);
    return false;
  }
  const format = formats.length === 1 ? `'${formats[0]}'` : `[${formats.map((name) => `'${name}'`).join(', ')}]`;
  if (!scope.replace(call, `${file.styleText}(${format}, ${text})`)) return false;
  file.rewritten++;
  ctx.stat('CHALK_STYLETEXT');
  return true;
}

export const pass = defineNodePass({
  id: 'node-chalk-styletext',
  title: 'chalk and ansi-colors to util.styleText',
  description:
    "Opt-in (not in node-migrations): rewrites chalk.red('x') and chains such as chalk.red.bold(text) from chalk or ansi-colors to Node's " +
    "util.styleText('red', 'x') / styleText(['red', 'bold'], text), adding the node:util import and dropping the chalk one once unused. " +
    'Calls with other than one argument, styles styleText lacks (hex, rgb, visible), tagged templates and chalk used as a value are left with a warning.',
  codes: ['CHALK_STYLETEXT'],
  match: ['chalk', 'ansi-colors'],
  visitNode(node, rule) {
    const t = rule.ctx.ts;
    if (node === rule.ctx.sourceFile) {
      const binding = chalkBinding(t, rule.ctx.sourceFile, rule.scope);
      if (!binding) return true;
      if (binding.problem) {
        rule.ctx.warn(binding.problem, binding.declaration);
        return true;
      }
      state.set(rule.ctx.sourceFile, { binding, rewritten: 0, uses: binding.uses.length, styleText: binding.styleText });
      return false;
    }
    return t.isCallExpression(node) ? visitCall(node, rule) : false;
  },
  finish(rule) {
    const file = state.get(rule.ctx.sourceFile);
    state.delete(rule.ctx.sourceFile);
    if (!file || file.rewritten === 0) return;
    styleImport(rule, file.binding, { chalkUnused: file.rewritten === file.uses });
  },
});

export default pass;
