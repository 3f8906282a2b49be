/** Identity ids: stable, readable ids made from the cluster keys (`name:kovac.i`, `org:belmark:foreign-ministry`). */
import type { Cluster } from './clusters.js';
import { fold } from './words.js';

/**
 * Stable ids from the cluster keys: `name:kovac.i` for a person's (or a name's) surname and initial (the given
 * name in full when two people share both), `name:kovac` for a surname alone, `org:belmark:foreign-ministry`,
 * `country:belmark`, `desc:a09:a-senior-belmark-official`.
 * @example
 * ```ts
 * identityIds(clusterMentions(mentions)); // ['name:kovac.i', 'org:belmark:foreign-ministry', …]
 * ```
 */
export function identityIds(clusters: readonly Cluster[]): string[] {
  const initials = new Map<string, number>();
  for (const c of clusters) {
    if ((c.type === 'person' || c.type === 'name') && c.key[1] !== '') {
      const k = `${c.key[0]}.${(c.key[1] ?? '').charAt(0)}`;
      initials.set(k, (initials.get(k) ?? 0) + 1);
    }
  }
  return clusters.map((c) => {
    const [a = '', b = ''] = c.key;
    switch (c.type) {
      case 'person':
      case 'name': {
        // One prefix whether or not a title showed the name to be a person's, so the id does not change with it.
        if (b === '') return `name:${slug(a)}`;
        const short = `${a}.${b.charAt(0)}`;
        return `name:${slug(a)}.${slug((initials.get(short) ?? 0) > 1 ? b : b.charAt(0))}`;
      }
      case 'organisation':
        return a === '' ? `org:${slug(b)}` : `org:${slug(a)}:${slug(b)}`;
      case 'country':
        return `country:${slug(a)}`;
      default:
        return a === '' ? `desc:${slug(b)}` : `desc:${slug(a)}:${slug(b)}`;
    }
  });
}

/** Lower-case letters and digits, other runs as one hyphen. */
function slug(text: string): string {
  let out = '';
  for (const ch of fold(text)) {
    const alnum = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch.toUpperCase() !== ch.toLowerCase();
    if (alnum) out += ch;
    else if (out !== '' && !out.endsWith('-')) out += '-';
  }
  return out.endsWith('-') ? out.slice(0, -1) : out;
}
