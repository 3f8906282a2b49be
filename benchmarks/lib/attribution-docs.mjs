/**
 * The speed benchmark's articles: ~1,500-word documents built deterministically from the test articles and
 * the Geneva fixture, concatenated in rotating order until the text passes 1,500 words (each piece starts at
 * a different paragraph, so no two documents are the same).
 */
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const words = (text) => text.split(/\s+/).filter(Boolean).length;

/** `{ docs, totalWords }`: `count` documents of about 1,500 words. */
export function speedDocs(count = 40) {
  const articleDir = 'tests/fixtures/articles/';
  const sources = [
    read('tests/fixtures/geneva-talks.txt'),
    ...readdirSync(new URL(articleDir, root))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => read(articleDir + f)),
  ];
  const docs = [];
  for (let i = 0; i < count; i += 1) {
    const parts = [];
    for (let k = 0; words(parts.join('\n')) < 1500; k += 1) {
      const src = sources[(i + k) % sources.length];
      const paras = src.split('\n');
      const shift = (i * 7 + k) % paras.length;
      parts.push([...paras.slice(shift), ...paras.slice(0, shift)].join('\n'));
    }
    const text = parts.join('\n');
    const ws = text.split(/(\s+)/);
    let n = 0;
    let cut = text.length;
    for (let w = 0, at = 0; w < ws.length; at += ws[w].length, w += 1)
      if (ws[w].trim() && ++n > 1500) {
        cut = at;
        break;
      }
    docs.push(text.slice(0, cut));
  }
  return { docs, totalWords: docs.reduce((n, d) => n + words(d), 0) };
}
