import { parseDocument } from 'yaml';

/**
 * YAML as plain data: the default schema builds no objects and runs no code, and a tag it does
 * not know (`!!js/function`, ...) is an error rather than a warning.
 */
export function parseYamlData(text: string): unknown {
  const doc = parseDocument(text, { logLevel: 'silent' });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new Error(problem.message.split('\n')[0]);
  return doc.toJS();
}
