import { slugify } from './util.js';
import { render } from './components/view.js';
import Button from './components/button.jsx';
import legacy from './legacy.cjs';
import { version } from './meta.mjs';

export function page(title) {
  return render(Button, slugify(title), legacy, version);
}
