import { definePass } from '../../src/core/pass.js';
import { organizeImports } from '../organize-imports/language-service.js';

export const pass = definePass({
  id: 'remove-unused-imports',
  title: 'Remove unused imports',
  description:
    'Removes imports the type checker sees no use of (the "declared but never read" diagnostics 6133/6192), whole declarations when nothing in them is used, keeping side-effect imports (`import "./polyfill"`) and the order of everything else. Uses the language service\'s organizeImports in its remove-unused mode, so it agrees with the editor.',
  needs: 'types',
  version: '1',
  match: ['import'],
  visit(ctx) {
    const count = organizeImports(ctx, 'remove-unused');
    if (count > 0) ctx.stat('imports removed', count);
  },
});
