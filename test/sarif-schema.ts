import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { REPO } from './cli-helpers.js';

let validator: ((data: unknown) => string[]) | undefined;

/** Errors of a SARIF log against the official SARIF 2.1.0 schema (test/schemas/); empty when valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(join(REPO, 'test/schemas/sarif-schema-2.1.0.json'), 'utf8')) as object;
    // The schema is draft-04 (hence ajv-draft-04); formats such as "uri" are checked too.
    // CommonJS modules: under NodeNext their default import is module.exports, which carries `.default`.
    const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
    ajvFormats.default(ajv);
    const validate = ajv.compile(schema);
    validator = (data) => (validate(data) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`));
  }
  return validator(log);
}
