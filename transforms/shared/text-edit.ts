import type { Edit } from '../../src/core/edit.js';

/** An edit as a pass plans it against the text it was given, before the runner records it (`Edit` less `passId`). */
export type TextEdit = Omit<Edit, 'passId'>;
