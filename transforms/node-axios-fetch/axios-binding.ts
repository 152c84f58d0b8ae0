import type { ts } from 'ts-morph';
import type { NodeScope } from '../shared/node/scope.js';

export interface AxiosBinding {
  readonly name: string;
  readonly declaration: ts.Statement;
}

/** `import axios from 'axios'` or `const axios = require('axios')` at the top level, declared once, never written. */
export function axiosBinding(t: typeof ts, sf: ts.SourceFile, scope: NodeScope): AxiosBinding | undefined {
  for (const statement of sf.statements) {
    let name: string | undefined;
    if (t.isImportDeclaration(statement) && t.isStringLiteral(statement.moduleSpecifier) && statement.moduleSpecifier.text === 'axios') {
      const clause = statement.importClause;
      if (clause?.name && !clause.namedBindings && !clause.isTypeOnly) name = clause.name.text;
    } else if (t.isVariableStatement(statement) && statement.declarationList.declarations.length === 1) {
      const [decl] = statement.declarationList.declarations;
      const init = decl?.initializer;
      const isRequire = init && t.isCallExpression(init) && t.isIdentifier(init.expression) && init.expression.text === 'require';
      const arg = isRequire ? init.arguments[0] : undefined;
      if (decl && t.isIdentifier(decl.name) && arg && t.isStringLiteral(arg) && arg.text === 'axios') name = decl.name.text;
    }
    if (!name) continue;
    if (scope.names.declared.get(name)?.length !== 1 || scope.names.written.has(name)) return undefined;
    return { name, declaration: statement };
  }
  return undefined;
}
