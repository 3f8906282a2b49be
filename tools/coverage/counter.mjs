/**
 * Counts keys (a Porter stem, or the stems of a phrase) over a corpus: occurrences, the texts they occur in,
 * their surface forms, and how many of those texts carry each gold pole.
 *
 * Layout of one record: `{ key, count, texts: number[] (text indexes, ascending, each once), forms: Map<form,
 * count>, conciliatory, confrontational }`; the pole counts are per text, not per occurrence.
 */
export class Counter {
  #records = new Map();

  /** Counts one occurrence of `key`, written `form`, in text number `text` (texts come in ascending order). */
  add(key, form, text, label) {
    let record = this.#records.get(key);
    if (record === undefined) {
      record = { key, count: 0, texts: [], forms: new Map(), conciliatory: 0, confrontational: 0 };
      this.#records.set(key, record);
    }
    record.count++;
    record.forms.set(form, (record.forms.get(form) ?? 0) + 1);
    if (record.texts[record.texts.length - 1] !== text) {
      record.texts.push(text);
      if (label === 'conciliatory' || label === 'confrontational') record[label]++;
    }
  }

  /** The number of distinct keys. */
  get size() {
    return this.#records.size;
  }

  /** The record of `key`, or undefined. */
  get(key) {
    return this.#records.get(key);
  }

  /** The `n` keys met in the most texts (at least `min`), then by occurrences, then alphabetically. */
  top(n, min) {
    return [...this.#records.values()]
      .filter((r) => r.texts.length >= min)
      .sort((a, b) => b.texts.length - a.texts.length || b.count - a.count || (a.key < b.key ? -1 : 1))
      .slice(0, n);
  }
}

/** The most frequent surface form of a record. */
export function commonForm(record) {
  let best = '';
  let bestCount = -1;
  for (const [form, count] of record.forms) {
    if (count > bestCount || (count === bestCount && form < best)) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}
