import type { ts as TS } from 'ts-morph';
import type { EditGroup, TreeEdit } from '../shared/type-gate.js';
import { commentText, JSDocTypePrinter } from './jsdoc-type-text.js';

/** What an accepted group converted: the tags whose types now live in the code, and how many annotations. */
export interface Converted {
  readonly tags: readonly TS.JSDocTag[];
  readonly annotations: number;
}

type FunctionLike = TS.FunctionDeclaration | TS.FunctionExpression | TS.ArrowFunction | TS.MethodDeclaration | TS.ConstructorDeclaration | TS.GetAccessorDeclaration | TS.SetAccessorDeclaration;

/** One candidate, spelled twice: with `unknown` where JSDoc leaves a type open, and with `any`. */
interface Spelled {
  readonly strict: TreeEdit[];
  readonly loose: TreeEdit[];
  readonly tags: TS.JSDocTag[];
  annotations: number;
}

/** JSDoc nodes attached to `node` (TypeScript keeps them on the node it documents). */
export function jsDocsOf(node: TS.Node): readonly TS.JSDoc[] {
  return (node as { jsDoc?: TS.JSDoc[] }).jsDoc ?? [];
}

/** Builds the candidate annotation groups of a file: typedefs first, then declarations in order. */
export function jsdocGroups(ts: typeof TS, sourceFile: TS.SourceFile): EditGroup<Converted>[] {
  const printers = { strict: new JSDocTypePrinter(ts, sourceFile, 'strict'), loose: new JSDocTypePrinter(ts, sourceFile, 'loose') };
  const text = sourceFile.text;
  const typedefs: Spelled[] = [];
  const declarations: Spelled[] = [];
  const spell = (build: (printer: JSDocTypePrinter) => TreeEdit[] | undefined, tags: TS.JSDocTag[], annotations = 1): Spelled | undefined => {
    const strict = build(printers.strict);
    const loose = build(printers.loose);
    return strict && loose ? { strict, loose, tags, annotations } : undefined;
  };
  const typeOf = (printer: JSDocTypePrinter, tag: TS.JSDocTag | undefined): string | undefined => {
    const expression = (tag as { typeExpression?: TS.JSDocTypeExpression } | undefined)?.typeExpression;
    return expression && ts.isJSDocTypeExpression(expression) ? printer.print(expression.type) : undefined;
  };

  const visitFunction = (fn: FunctionLike): void => {
    const templates = fn.typeParameters ? [] : ts.getJSDocTags(fn).filter(ts.isJSDocTemplateTag);
    const parts: Spelled[] = [];
    const openParen = fn.parameters.pos - 1;
    const bareArrow = ts.isArrowFunction(fn) && text[openParen] !== '(';
    if (templates.length > 0 && !bareArrow && text[openParen] === '(') {
      const part = spell((printer) => {
        const params: string[] = [];
        for (const tag of templates) {
          const constraint = tag.constraint ? printer.print(tag.constraint.type) : undefined;
          if (tag.constraint && constraint === undefined) return undefined;
          for (const parameter of tag.typeParameters) params.push(`${parameter.name.text}${constraint ? ` extends ${constraint}` : ''}`);
        }
        const trailing = ts.isArrowFunction(fn) && sourceFile.languageVariant === ts.LanguageVariant.JSX && params.length === 1 ? ',' : '';
        return [{ start: openParen, end: openParen, text: `<${params.join(', ')}${trailing}>` }];
      }, templates, 0);
      if (part) parts.push(part);
    }
    // `@this {T}` is TypeScript's `this: T` first parameter (not on arrows: they keep the outer `this`).
    const thisTag = ts.getJSDocThisTag(fn);
    const hasThis = fn.parameters.some((parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === 'this');
    if (thisTag?.typeExpression && !hasThis && !ts.isArrowFunction(fn) && text[openParen] === '(') {
      const part = spell((printer) => {
        const type = printer.print(thisTag.typeExpression.type);
        return type === undefined ? undefined : [{ start: fn.parameters.pos, end: fn.parameters.pos, text: `this: ${type}${fn.parameters.length > 0 ? ', ' : ''}` }];
      }, [thisTag]);
      if (part) parts.push(part);
    }
    const returnTag = ts.getJSDocReturnTag(fn);
    const returnText = (printer: JSDocTypePrinter): string | undefined => {
      if (!returnTag || fn.type || fn.asteriskToken || ts.isConstructorDeclaration(fn) || ts.isSetAccessorDeclaration(fn)) return undefined;
      let type = typeOf(printer, returnTag);
      if (type === undefined) return undefined;
      const isAsync = fn.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword);
      if (isAsync && !/^Promise</.test(type)) type = `Promise<${type}>`;
      return `: ${type}`;
    };
    for (const [index, parameter] of fn.parameters.entries()) {
      if (parameter.type || (ts.isIdentifier(parameter.name) && parameter.name.text === 'this')) continue;
      const tag = ts.getJSDocParameterTags(parameter).find((candidate) => candidate.typeExpression);
      if (!tag?.typeExpression) continue;
      const typeNode = tag.typeExpression.type;
      const declaredOptional = tag.isBracketed || ts.isJSDocOptionalType(typeNode);
      const laterRequired = fn.parameters.slice(index + 1).some((later) => !later.initializer && !later.questionToken && !later.dotDotDotToken && !jsDocOptional(ts, later));
      const part = spell((printer) => {
        let type = ts.isJSDocTypeLiteral(typeNode) ? printer.jsDocTypeLiteral(typeNode, 'inline') : printer.print(typeNode);
        if (type === undefined) return undefined;
        let optional = '';
        if (parameter.dotDotDotToken) {
          if (ts.isJSDocVariadicType(typeNode) || !/(\[\]|^Array<.*>)$/.test(type)) type = /[|&>]|=>/.test(type) && !/^\w+<[^<>]*>$/.test(type) ? `(${type})[]` : `${type}[]`;
        } else if (declaredOptional && !parameter.initializer && !parameter.questionToken) {
          if (laterRequired) type = `${type} | undefined`;
          else optional = '?';
        }
        const at = (parameter.questionToken ?? parameter.name).end;
        if (bareArrow) return [{ start: parameter.getStart(sourceFile), end: parameter.end, text: `(${parameter.name.getText(sourceFile)}: ${type})${returnText(printer) ?? ''}` }];
        return [{ start: at, end: at, text: `${optional}: ${type}` }];
      }, [tag, ...(ts.isJSDocTypeLiteral(typeNode) ? typeNode.jsDocPropertyTags ?? [] : [])]);
      if (part) parts.push(part);
    }
    if (bareArrow) {
      const part = parts.find((candidate) => candidate.tags.some((tag) => ts.isJSDocParameterTag(tag)));
      if (part && returnTag && returnText(printers.strict)) {
        part.tags.push(returnTag);
        part.annotations++;
      }
    } else if (returnTag && returnText(printers.strict) !== undefined) {
      const close = closeParenEnd(text, fn.parameters.end);
      if (close !== undefined) {
        const part = spell((printer) => {
          const annotation = returnText(printer);
          return annotation ? [{ start: close, end: close, text: annotation }] : undefined;
        }, [returnTag]);
        if (part) parts.push(part);
      }
    }
    // Type parameters and what uses them stand or fall together.
    if (templates.length > 0 && parts.length > 0) {
      declarations.push({
        strict: parts.flatMap((part) => part.strict),
        loose: parts.flatMap((part) => part.loose),
        tags: parts.flatMap((part) => part.tags),
        annotations: parts.reduce((sum, part) => sum + part.annotations, 0),
      });
    } else declarations.push(...parts);
  };

  const visitTyped = (declaration: TS.VariableDeclaration | TS.PropertyDeclaration): void => {
    if (declaration.type || !ts.isIdentifier(declaration.name) && !ts.isPrivateIdentifier(declaration.name) && !ts.isStringLiteral(declaration.name)) return;
    if (ts.isVariableDeclaration(declaration) && (!ts.isVariableDeclarationList(declaration.parent) || declaration.parent.declarations.length !== 1)) return;
    const tag = ts.getJSDocTypeTag(declaration);
    if (!tag) return;
    const at = ts.isPropertyDeclaration(declaration) ? (declaration.questionToken ?? declaration.exclamationToken ?? declaration.name).end : declaration.name.end;
    const part = spell((printer) => {
      const type = printer.print(tag.typeExpression.type);
      return type === undefined ? undefined : [{ start: at, end: at, text: `: ${type}` }];
    }, [tag]);
    if (part) declarations.push(part);
  };

  // `/** @type {T} */ (value)` is JavaScript's type assertion: `(value as T)`.
  const visitCast = (node: TS.ParenthesizedExpression): void => {
    const docs = jsDocsOf(node);
    const doc = docs[docs.length - 1];
    const tag = doc?.tags?.length === 1 && ts.isJSDocTypeTag(doc.tags[0]!) ? doc.tags[0] : undefined;
    if (!doc || !tag || commentText(ts, doc.comment) !== '' || commentText(ts, tag.comment) !== '') return;
    const start = doc.getStart(sourceFile);
    // Between the parentheses as written: comments in there stay (getText would drop leading ones).
    const inner = text.slice(node.getStart(sourceFile) + 1, node.end - 1).trim();
    const part = spell((printer) => {
      const type = printer.print(tag.typeExpression.type);
      return type === undefined ? undefined : [{ start, end: node.end, text: `(${inner} as ${type})` }];
    }, []);
    if (part) declarations.push(part);
  };

  const visit = (node: TS.Node): void => {
    for (const doc of jsDocsOf(node)) {
      const part = typedefGroup(ts, sourceFile, doc, printers);
      if (part) typedefs.push(part);
    }
    if (
      ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node) ||
      ts.isConstructorDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)
    ) visitFunction(node);
    else if (ts.isVariableDeclaration(node) || ts.isPropertyDeclaration(node)) visitTyped(node);
    else if (ts.isParenthesizedExpression(node) && jsDocsOf(node).length > 0) {
      visitCast(node);
      return; // an assertion inside the asserted value would overlap this one
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  visit(sourceFile.endOfFileToken);
  return [...typedefs, ...declarations].map((part) => ({
    edits: part.strict,
    fallback: sameEdits(part.strict, part.loose) ? undefined : part.loose,
    data: { tags: part.tags, annotations: part.annotations },
  }));
}

function jsDocOptional(ts: typeof TS, parameter: TS.ParameterDeclaration): boolean {
  const tag = ts.getJSDocParameterTags(parameter)[0];
  return tag !== undefined && (tag.isBracketed || (tag.typeExpression !== undefined && ts.isJSDocOptionalType(tag.typeExpression.type)));
}

function sameEdits(a: readonly TreeEdit[], b: readonly TreeEdit[]): boolean {
  return a.length === b.length && a.every((edit, index) => edit.start === b[index]!.start && edit.end === b[index]!.end && edit.text === b[index]!.text);
}

/** The leading blanks of the line holding `position`. */
export function indentAt(text: string, position: number): string {
  const lineStart = text.lastIndexOf('\n', position - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** Where the `)` closing a parameter list ends, scanning from the list's end over blanks, a trailing comma and comments. */
function closeParenEnd(text: string, from: number): number | undefined {
  const match = /^(?:\s|,|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*\)/.exec(text.slice(from));
  return match ? from + match[0].length : undefined;
}

/**
 * A comment made only of `@typedef` / `@callback` tags becomes type declarations in its place
 * (exported in a module at the top level, as a JavaScript module exports its typedefs).
 */
function typedefGroup(ts: typeof TS, sourceFile: TS.SourceFile, doc: TS.JSDoc, printers: Record<'strict' | 'loose', JSDocTypePrinter>): Spelled | undefined {
  const tags: readonly TS.JSDocTag[] = doc.tags ?? [];
  const defs = tags.filter((tag): tag is TS.JSDocTypedefTag | TS.JSDocCallbackTag => ts.isJSDocTypedefTag(tag) || ts.isJSDocCallbackTag(tag));
  if (defs.length === 0 || tags.some((tag) => !defs.includes(tag as never) && !ts.isJSDocTemplateTag(tag))) return undefined;
  const text = sourceFile.text;
  const start = doc.getStart(sourceFile);
  const indent = indentAt(text, start);
  const host = doc.parent;
  const topLevel = host.parent === sourceFile || host.kind === ts.SyntaxKind.EndOfFileToken;
  const exported = topLevel && ts.isExternalModule(sourceFile) ? 'export ' : '';
  const templates = tags.filter((tag): tag is TS.JSDocTemplateTag => ts.isJSDocTemplateTag(tag)).flatMap((tag) => tag.typeParameters.map((parameter) => parameter.name.text));
  const generics = templates.length > 0 ? `<${templates.join(', ')}>` : '';
  const description = commentText(ts, doc.comment);
  const build = (printer: JSDocTypePrinter): TreeEdit[] | undefined => {
    const declarations: string[] = [];
    for (const tag of defs) {
      if (!tag.name || !ts.isIdentifier(tag.name)) return undefined;
      const type = ts.isJSDocCallbackTag(tag) ? callbackType(ts, printer, tag.typeExpression) : typedefType(ts, printer, tag, indent);
      if (type === undefined) return undefined;
      const about = [description, commentText(ts, tag.comment)].filter(Boolean).join(' ');
      const docText = about ? `/** ${about.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n${indent}` : '';
      declarations.push(`${docText}${exported}type ${tag.name.text}${generics} = ${type};`);
    }
    return [{ start, end: doc.end, text: declarations.join(`\n${indent}`) }];
  };
  const strict = build(printers.strict);
  const loose = build(printers.loose);
  return strict && loose ? { strict, loose, tags: [...defs], annotations: defs.length } : undefined;
}

function typedefType(ts: typeof TS, printer: JSDocTypePrinter, tag: TS.JSDocTypedefTag, indent: string): string | undefined {
  const expression = tag.typeExpression;
  if (!expression) return undefined;
  return ts.isJSDocTypeLiteral(expression) ? printer.jsDocTypeLiteral(expression, indent) : printer.print(expression.type);
}

function callbackType(ts: typeof TS, printer: JSDocTypePrinter, signature: TS.JSDocSignature): string | undefined {
  const parameters: string[] = [];
  for (const tag of signature.parameters) {
    if (!ts.isIdentifier(tag.name)) return undefined;
    const typeNode = tag.typeExpression?.type;
    let type = typeNode ? printer.print(typeNode) : 'unknown';
    if (type === undefined) return undefined;
    const rest = typeNode !== undefined && ts.isJSDocVariadicType(typeNode);
    if (rest) type = `${/[|&]|=>/.test(type) ? `(${type})` : type}[]`;
    const optional = !rest && (tag.isBracketed || (typeNode !== undefined && ts.isJSDocOptionalType(typeNode)));
    parameters.push(`${rest ? '...' : ''}${tag.name.text}${optional ? '?' : ''}: ${type}`);
  }
  const returnNode = signature.type?.typeExpression?.type;
  const result = returnNode ? printer.print(returnNode) : 'void';
  return result === undefined ? undefined : `(${parameters.join(', ')}) => ${result}`;
}
