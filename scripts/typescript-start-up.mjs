// Three source changes scripts/minify-typescript.mjs makes to TypeScript's compiler before minifying
// it, each about start-up: what the compiler's top level does when it is loaded, which every run
// that parses pays (about 55 ms of it on the 2-core machines, docs/performance.md "Start-up").
//
// 1. Namespace objects built as literals. The bundle (esbuild's output) fills each namespace
//    object, `ts` first, with one getter per name: `__export(ns, { name: () => name, ... })`, 5,029
//    getters made by as many closures and Object.defineProperty calls, 13.5 ms of the top level.
//    A name bound by a function declaration that nothing assigns to has its value already when the
//    namespace is made (declarations are hoisted), and keeps it: that name becomes a data property
//    holding the function. Every other name (a `var`, `let` or class not yet run, or one assigned
//    somewhere: `sys`, `objectAllocator`...) keeps a getter, as a getter of the literal. Same names,
//    same order, all enumerable; the data properties are writable where the getters had no setter.
// 2. Enums as object literals. Each of the compiler's ~160 enums is made by a function that adds its
//    members one at a time (`Kind[Kind["A"] = 0] = "A"`): a new hidden class per member, 400 of
//    them for SyntaxKind, about 8 ms for all. Where every member's value is a literal and nothing
//    else assigns to the enum, the build runs that function and writes the object it made as a
//    literal: the same keys in the same order (integer keys ascending, names as added), the same
//    values.
// 3. node:crypto loaded when first used. The Node system (`ts.sys`) requires it up front for one
//    method, createHash, that parsing never calls; loading it is 6 ms. It is required when that
//    method is called; a Node without crypto (no OpenSSL) gets the same fallback as before.
//
// Each change applies only where the code has the exact shape described; anything else is left as
// it is (and `changes` says so), so a future TypeScript costs this speed, never correctness.

/** Names some code assigns to (`x = `, `x += `, `x++`, destructuring, `for (x of ...)`), in any scope. */
function assignedNames(ts, sourceFile) {
  const names = new Set();
  const target = (node) => {
    if (!node) return;
    if (ts.isIdentifier(node)) names.add(node.text);
    else if (ts.isParenthesizedExpression(node)) target(node.expression);
    else if (ts.isArrayLiteralExpression(node)) node.elements.forEach(target);
    else if (ts.isObjectLiteralExpression(node)) {
      for (const property of node.properties) {
        if (ts.isShorthandPropertyAssignment(property)) names.add(property.name.text);
        else if (ts.isPropertyAssignment(property)) target(property.initializer);
        else if (ts.isSpreadAssignment(property)) target(property.expression);
      }
    } else if (ts.isSpreadElement(node)) target(node.expression);
    else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) target(node.left);
  };
  const visit = (node) => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) target(node.left);
    else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) target(node.operand);
    else if ((ts.isForOfStatement(node) || ts.isForInStatement(node)) && !ts.isVariableDeclarationList(node.initializer)) target(node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return names;
}

/** The statements of the bundle's top-level arrow function: `var ts = {}; ((module) => { ... })(...)`. */
function bundleStatements(ts, sourceFile) {
  for (const statement of sourceFile.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isCallExpression(statement.expression)) continue;
    let callee = statement.expression.expression;
    while (ts.isParenthesizedExpression(callee)) callee = callee.expression;
    if (ts.isArrowFunction(callee) && ts.isBlock(callee.body)) return callee.body.statements;
  }
  return undefined;
}

/** `__export(ns, { ... })` as a statement: [ns, the object literal], else undefined. */
function exportCall(ts, statement) {
  if (!ts.isExpressionStatement(statement) || !ts.isCallExpression(statement.expression)) return undefined;
  const { expression, arguments: args } = statement.expression;
  if (!ts.isIdentifier(expression) || expression.text !== '__export' || args.length !== 2) return undefined;
  if (!ts.isIdentifier(args[0]) || !ts.isObjectLiteralExpression(args[1])) return undefined;
  return [args[0].text, args[1]];
}

/** `var ns = {};` as a statement: ns, else undefined. */
function emptyObjectVar(ts, statement) {
  if (!ts.isVariableStatement(statement) || statement.declarationList.declarations.length !== 1) return undefined;
  const [declaration] = statement.declarationList.declarations;
  const init = declaration.initializer;
  if (!ts.isIdentifier(declaration.name) || !init || !ts.isObjectLiteralExpression(init) || init.properties.length > 0) return undefined;
  return declaration.name.text;
}

/** The literal for one `__export` object, or undefined when an entry is not `name: () => binding`. */
function namespaceLiteral(ts, literal, hoisted) {
  const entries = [];
  let data = 0;
  for (const property of literal.properties) {
    if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) return undefined;
    const getter = property.initializer;
    if (!ts.isArrowFunction(getter) || getter.parameters.length > 0 || !ts.isIdentifier(getter.body)) return undefined;
    const name = property.name.text;
    const binding = getter.body.text;
    if (hoisted.has(binding)) {
      entries.push(name === binding ? binding : `${name}: ${binding}`);
      data++;
    } else {
      entries.push(`get ${name}() { return ${binding}; }`);
    }
  }
  return { text: `{\n  ${entries.join(',\n  ')}\n}`, data, getters: entries.length - data };
}

/** `P[P["Name"] = literal] = "Name"` or `P["Name"] = "text"`: one member of an enum whose parameter is `parameter`. */
function isLiteralMember(ts, statement, parameter) {
  if (!ts.isExpressionStatement(statement) || !ts.isBinaryExpression(statement.expression)) return false;
  const isLiteral = (node) => ts.isNumericLiteral(node) || ts.isStringLiteral(node) || (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand));
  const isElementOfParameter = (node) => ts.isElementAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === parameter;
  const { left, right, operatorToken } = statement.expression;
  if (operatorToken.kind !== ts.SyntaxKind.EqualsToken || !isElementOfParameter(left)) return false;
  const key = left.argumentExpression;
  if (ts.isStringLiteral(key)) return isLiteral(right);
  return (
    ts.isStringLiteral(right) &&
    ts.isBinaryExpression(key) &&
    key.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    isElementOfParameter(key.left) &&
    ts.isStringLiteral(key.left.argumentExpression) &&
    isLiteral(key.right)
  );
}

/** The literal for `var E = ((P) => { members; return P; })(E || {})`, or undefined for any other statement. */
function enumLiteral(ts, statement, assigned, sourceFile) {
  if (!ts.isVariableStatement(statement) || statement.declarationList.declarations.length !== 1) return undefined;
  const [declaration] = statement.declarationList.declarations;
  if (!ts.isIdentifier(declaration.name) || assigned.has(declaration.name.text) || !declaration.initializer) return undefined;
  const name = declaration.name.text;
  const call = declaration.initializer;
  if (!ts.isCallExpression(call) || call.arguments.length !== 1) return undefined;
  const [argument] = call.arguments;
  const mergesWithItself = ts.isBinaryExpression(argument) && argument.operatorToken.kind === ts.SyntaxKind.BarBarToken && ts.isIdentifier(argument.left) && argument.left.text === name && ts.isObjectLiteralExpression(argument.right) && argument.right.properties.length === 0;
  let callee = call.expression;
  while (ts.isParenthesizedExpression(callee)) callee = callee.expression;
  if (!mergesWithItself || !ts.isArrowFunction(callee) || callee.parameters.length !== 1 || !ts.isBlock(callee.body)) return undefined;
  const parameter = callee.parameters[0].name;
  if (!ts.isIdentifier(parameter)) return undefined;
  const body = callee.body.statements;
  const last = body[body.length - 1];
  if (!last || !ts.isReturnStatement(last) || !last.expression || !ts.isIdentifier(last.expression) || last.expression.text !== parameter.text) return undefined;
  if (!body.slice(0, -1).every((member) => isLiteralMember(ts, member, parameter.text))) return undefined;
  // Literal members only: running the function needs nothing but a fresh object.
  const made = new Function(`return (${callee.getText(sourceFile)})({});`)();
  const entries = [];
  for (const key of Reflect.ownKeys(made)) {
    const value = made[key];
    if (typeof key !== 'string' || !((typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0)) || typeof value === 'string')) return undefined;
    entries.push(`${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  }
  return { start: call.getStart(sourceFile), end: call.getEnd(), text: `{ ${entries.join(', ')} }` };
}

const CRYPTO = /let _crypto;\n(\s*)try \{\n\s*_crypto = require\("crypto"\);\n\s*\} catch \{\n\s*_crypto = void 0;\n\s*\}/g;

/**
 * The compiler's source `text` with the three changes; `ts` is a TypeScript compiler API to parse it
 * with. Returns { text, changes }: changes lists what was changed, for the build's record.
 */
export function fasterStartUp(ts, text) {
  const sourceFile = ts.createSourceFile('typescript.js', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const statements = bundleStatements(ts, sourceFile);
  const changes = { namespaces: 0, dataProperties: 0, getters: 0, enums: 0, lazyCrypto: false };
  const edits = [];
  if (statements) {
    const assigned = assignedNames(ts, sourceFile);
    const hoisted = new Set(statements.filter((s) => ts.isFunctionDeclaration(s) && s.name && s.body && !assigned.has(s.name.text)).map((s) => s.name.text));
    for (const statement of statements) {
      const literal = enumLiteral(ts, statement, assigned, sourceFile);
      if (!literal) continue;
      edits.push(literal);
      changes.enums++;
    }
    for (let i = 1; i < statements.length; i++) {
      const call = exportCall(ts, statements[i]);
      if (!call || emptyObjectVar(ts, statements[i - 1]) !== call[0]) continue;
      const literal = namespaceLiteral(ts, call[1], hoisted);
      if (!literal) continue;
      const empty = statements[i - 1].declarationList.declarations[0].initializer;
      edits.push({ start: empty.getStart(sourceFile), end: empty.getEnd(), text: literal.text });
      edits.push({ start: statements[i].getStart(sourceFile), end: statements[i].getEnd(), text: '' });
      changes.namespaces++;
      changes.dataProperties += literal.data;
      changes.getters += literal.getters;
    }
  }
  let out = '';
  let at = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  out += text.slice(at);
  const crypto = [...out.matchAll(CRYPTO)];
  if (crypto.length === 1) {
    const indent = crypto[0][1];
    out = out.replace(CRYPTO, `let _crypto = process.versions.openssl ? {\n${indent}  createHash: (algorithm) => require("crypto").createHash(algorithm)\n${indent}} : void 0;`);
    changes.lazyCrypto = true;
  }
  return { text: out, changes };
}
