/**
 * The people and organisations a document names. Mentions of one person share an entity keyed by the last
 * word of the name ("Blinken"), which keeps the fullest form seen ("Antony J. Blinken"), a gender when a
 * title gives one, and the descriptions the text attaches to it (titles of office, appositions such as
 * "the White House press secretary") so that a later "the press secretary said" can find its way back.
 */
import type { TitleEntry } from '../../lexicon/types.js';
import type { Doc } from '../document/document.js';

/** One person or organisation named in the document. */
export interface Entity {
  readonly key: string;
  /** The fullest form of the name in the document. */
  name: string;
  /** Words in `name`. */
  words: number;
  /** true: a person (titled, or given an apposition); false: an organisation or place; null: unknown. */
  person: boolean | null;
  gender: 'male' | 'female' | undefined;
  /**
   * Lower-case descriptions ("press secretary", "foreign minister") that can stand for this entity, each
   * with the token where the document first gives it (a description can only point back).
   */
  readonly heads: Map<string, number>;
  /** The title the document gives the person first ("Foreign Minister"), or null. */
  title: string | null;
  /** The affiliation the document gives first ("Russian", "Kenya’s", "of Norway"), or null. */
  affiliation: string | null;
}

/**
 * All entities of one document, by key.
 * @example
 * ```ts
 * const table = new EntityTable(text);
 * table.add(first, end, doc, true, undefined);
 * table.get('blinken')?.name; // 'Antony J. Blinken'
 * ```
 */
export class EntityTable {
  readonly byKey = new Map<string, Entity>();
  /** The entities each description can stand for, so a description is matched without a scan of them all. */
  readonly #byHead = new Map<string, Entity[]>();
  /** Titles already recorded, per entity key. */
  readonly #titled = new Set<string>();
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
  }

  /**
   * Adds (or merges) the name at tokens `[first, end)`.
   * @example
   * ```ts
   * table.add(3, 6, doc, true, titles.get('secretary of state')).name; // 'Antony J. Blinken'
   * ```
   */
  add(first: number, end: number, doc: Doc, person: boolean | null, title: TitleEntry | undefined): Entity {
    const words = end - first;
    const lastWord = doc.lower[end - 1] ?? '';
    const key = person === false ? doc.lower.slice(first, end).join(' ') : lastWord;
    const name = this.#text.slice(doc.start[first] ?? 0, doc.end[end - 1] ?? 0);
    let entity = this.byKey.get(key);
    if (!entity) {
      entity = { key, name, words, person, gender: undefined, heads: new Map(), title: null, affiliation: null };
      this.byKey.set(key, entity);
    } else {
      if (words > entity.words) {
        entity.name = name;
        entity.words = words;
      }
      if (person === true || (person === null && entity.person === false && words > 1)) entity.person = person;
    }
    if (title) {
      entity.person = true;
      entity.gender ??= title.gender;
      if (title.role === 'office') this.#addHead(entity, title.term, first);
    }
    return entity;
  }

  /**
   * Records the title a mention gives a person ("Deputy Foreign Minister"): the first one is kept as the
   * entity's title, and every part of it that ends in a title head can stand for the person later ("the
   * foreign minister", "the minister").
   * @example
   * ```ts
   * table.title(lavrov, 'Foreign Minister', heads, 12); // heads: 'foreign minister', 'minister' (from token 12)
   * ```
   */
  title(entity: Entity, title: string, titleHeads: ReadonlySet<string>, token: number): void {
    entity.title ??= title;
    // The same title again ("Mr." at every mention) adds nothing: its heads are known from an earlier token.
    const seen = `${entity.key}\u0000${title}`;
    if (this.#titled.has(seen)) return;
    this.#titled.add(seen);
    const words = title.toLowerCase().split(/[\s-]+/);
    for (let end = 1; end <= words.length; end += 1) {
      if (!titleHeads.has(words[end - 1] ?? '')) continue;
      for (let start = 0; start < end; start += 1) this.#addHead(entity, words.slice(start, end).join(' '), token);
    }
  }

  /**
   * Records a person's affiliation ("Russian", "of Norway"); the first one is kept.
   * @example
   * ```ts
   * table.affiliate(lavrov, 'Russian');
   * ```
   */
  affiliate(entity: Entity, affiliation: string): void {
    entity.affiliation ??= affiliation;
  }

  /**
   * Records a description of an entity (from an apposition or a title of office).
   * @example
   * ```ts
   * table.describe(psaki, 'the white house press secretary', 40); // heads: 'white house press secretary', 'press secretary', 'secretary'
   * ```
   */
  describe(entity: Entity, description: string, token: number): void {
    const words = description
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => !['the', 'a', 'an', 'its', 'his', 'her', 'their'].includes(w));
    for (let k = Math.max(0, words.length - 3); k < words.length; k += 1)
      this.#addHead(entity, words.slice(k).join(' '), token);
    entity.person ??= true;
  }

  /**
   * Entities a definite description can stand for ("the foreign minister" → Lavrov), best match first.
   * @example
   * ```ts
   * table.matchDescription('the russian foreign minister', 200); // [lavrov]
   * ```
   */
  matchDescription(description: string, token: number): Entity[] {
    const words = description
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w !== 'the');
    const found: Entity[] = [];
    for (let k = 0; k < words.length && found.length === 0; k += 1) {
      const tail = words.slice(k).join(' ');
      for (const e of this.#byHead.get(tail) ?? [])
        if (e.person === true && (e.heads.get(tail) ?? token) < token) found.push(e);
    }
    return found;
  }

  /** Records a description of an entity from token `token` on (keeping the earliest). */
  #addHead(entity: Entity, head: string, token: number): void {
    const known = entity.heads.get(head);
    if (known === undefined) {
      const list = this.#byHead.get(head);
      if (list) list.push(entity);
      else this.#byHead.set(head, [entity]);
    }
    if (known === undefined || token < known) entity.heads.set(head, token);
  }

  /**
   * Finds the entity of a key ("blinken").
   * @example
   * ```ts
   * table.get('blinken')?.name; // 'Antony J. Blinken'
   * ```
   */
  get(key: string): Entity | undefined {
    return this.byKey.get(key);
  }
}
