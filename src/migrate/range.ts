import semver from 'semver';

const SECTIONS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;

export interface RangeUpdate {
  /** The package.json text with the range changed, or undefined when nothing changed. */
  readonly text?: string;
  /** Why a range was left as it was (a style codemorph does not rewrite). */
  readonly note?: string;
}

/** The new range in the old one's style: `^1.2.0` → `^2.0.0`, `~1.2.0` → `~2.0.0`, `1.2.0` → `2.0.0`. */
export function restyle(range: string, version: string): string | undefined {
  const match = /^(\^|~|=|)v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(range.trim());
  if (!match || !semver.valid(match[2]!)) return undefined;
  return `${match[1]}${version}`;
}

/**
 * Changes the package's range in every dependency section of a package.json text, keeping the
 * file's formatting (only the range's characters change).
 */
export function updateDependencyRange(text: string, name: string, version: string): RangeUpdate {
  const data = JSON.parse(text) as Record<string, Record<string, string> | undefined>;
  let updated = text;
  const notes: string[] = [];
  for (const section of SECTIONS) {
    const range = data[section]?.[name];
    if (typeof range !== 'string') continue;
    const next = restyle(range, version);
    if (next === undefined) {
      notes.push(`${section}: "${range}" left as it is (not a ^, ~ or exact version)`);
      continue;
    }
    // The entry inside this section: the first `"name": "range"` after the section's key.
    const sectionAt = updated.indexOf(`"${section}"`);
    const escaped = JSON.stringify(name).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const entry = new RegExp(`(${escaped}\\s*:\\s*")${range.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(")`, 'g');
    entry.lastIndex = sectionAt;
    const found = entry.exec(updated);
    if (!found) continue;
    updated = `${updated.slice(0, found.index)}${found[1]}${next}${found[2]}${updated.slice(found.index + found[0].length)}`;
  }
  return { ...(updated !== text ? { text: updated } : {}), ...(notes.length > 0 ? { note: notes.join('; ') } : {}) };
}
