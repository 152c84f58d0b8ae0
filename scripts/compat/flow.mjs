// Stock jscodeshift's flow parser (its own parser/flow.js, its options) over a flow-parser version
// that the AST libraries jscodeshift bundles understand: "stock with a compatible flow-parser".
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { unpacked } from './suites.mjs';

const require = createRequire(import.meta.url);

/** The flow-parser version the "stock + compatible flow-parser" column uses. */
export const COMPATIBLE_FLOW_PARSER = '0.158.0';

/** jscodeshift's parser/flow.js, evaluated with `require('flow-parser')` answered by the compatible version. */
export function compatibleFlowParser(root) {
  const flowParser = require(join(unpacked(root, `flow-parser@${COMPATIBLE_FLOW_PARSER}`, `flow-parser-${COMPATIBLE_FLOW_PARSER}`), 'flow_parser.js'));
  const wrapperPath = require.resolve('jscodeshift/parser/flow.js');
  const module = { exports: {} };
  const fakeRequire = (id) => (id === 'flow-parser' ? flowParser : require(id));
  new Function('require', 'module', 'exports', readFileSync(wrapperPath, 'utf8'))(fakeRequire, module, module.exports);
  return module.exports;
}
