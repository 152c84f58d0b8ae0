import { clamp } from '@org/core';
import { formatName } from '@org/core/utils';
import { formatName as format } from '@org/core/utils/format.js';
import { clamp as limit } from '@org/core/lib/math.js';

export const label = formatName('Ada', 'Lovelace') + format('Alan', 'Turing');
export const width = clamp(limit(120, 0, 100), 10, 90);
