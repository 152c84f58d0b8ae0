import { ts } from '../../core/parse.js';
import { calleeExport } from './bindings.js';
import { defineSecurityRule, type SecurityHit } from './rule.js';
import { isConstantString, isInterpolated, walk } from './syntax.js';

/** `eval(x)`, `new Function(x)`, `Function(x)` with anything but fixed strings. */
export const evalRule = defineSecurityRule({
  id: 'security/eval',
  title: 'Code evaluated from a non-literal string',
  severity: 'error',
  description: '`eval`, `new Function` and `Function` run a string as code; built from data, it runs whatever the data says. Only calls whose arguments are all string literals are left alone.',
  check({ sourceFile }) {
    const hits: SecurityHit[] = [];
    walk(sourceFile, (node) => {
      if (!ts.isCallExpression(node) && !ts.isNewExpression(node)) return;
      if (!ts.isIdentifier(node.expression)) return;
      const name = node.expression.text;
      const args = node.arguments ?? [];
      if ((name === 'eval' && ts.isCallExpression(node)) || name === 'Function') {
        if (args.length > 0 && args.some((arg) => !isConstantString(arg))) {
          hits.push({ node, message: `${ts.isNewExpression(node) ? 'new ' : ''}${name}() on a value built at run time runs arbitrary code; parse the data instead (JSON.parse, a lookup table)` });
        }
      }
    });
    return hits;
  },
});

const SHELL_CALLS = new Set(['exec', 'execSync']);

/** child_process `exec`/`execSync` with a command built by interpolation: shell injection. */
export const childProcessExecRule = defineSecurityRule({
  id: 'security/child-process-exec',
  title: 'Shell command built from interpolated strings',
  severity: 'error',
  description: "`child_process.exec` and `execSync` hand the string to a shell, so a value spliced into it can run any command. Flagged only when the callee is child_process's own (bound by `import` or `require`) and the command is a template with `${}` or a `+` with a non-literal side; use `execFile`/`spawn` with an argument list.",
  check({ sourceFile, bindings }) {
    const hits: SecurityHit[] = [];
    walk(sourceFile, (node) => {
      if (!ts.isCallExpression(node)) return;
      const target = calleeExport(node.expression, bindings);
      if (!target || target.module !== 'child_process' || !SHELL_CALLS.has(target.name)) return;
      const [command] = node.arguments;
      if (command && isInterpolated(command)) {
        hits.push({ node, message: `child_process.${target.name}() with an interpolated command runs it through a shell; use execFile()/spawn() with an argument array` });
      }
    });
    return hits;
  },
});
