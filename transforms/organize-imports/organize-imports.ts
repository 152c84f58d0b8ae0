import { definePass } from '../../src/core/pass.js';
import { organizeImports } from './language-service.js';

export const pass = definePass({
  id: 'organize-imports',
  title: 'Organize imports with the TypeScript language service',
  description:
    'Removes unused imports, merges imports of the same module and sorts them, exactly as the editor command "Organize Imports" does (the language service\'s organizeImports), keeping the file\'s quotes and indentation. Leaves a file alone, with a warning, when organizing would move imports across a side-effect import (`import "./polyfill"`): what runs first could change.',
  needs: 'types',
  version: '1',
  match: ['import'],
  visit(ctx) {
    const count = organizeImports(ctx, 'all');
    if (count > 0) ctx.stat('import blocks organized');
  },
});
