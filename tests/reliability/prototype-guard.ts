/**
 * A snapshot of the built-in prototypes, to prove that nothing a lexicon, an option object or a CSV says can
 * add, remove or replace a property on them. `pristine()` lists what changed since the snapshot ([] if nothing).
 *
 * Layout: for each guarded prototype, its own property names (strings and symbols) and each property's
 * descriptor value or accessor pair, compared by identity.
 */
const GUARDED: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Map.prototype', Map.prototype],
];
/** Names that prototype pollution usually writes; none may appear on a fresh object. */
const SENTINELS = [
  'polluted',
  'isAdmin',
  'term',
  'weight',
  'dimension',
  'entries',
  'id',
  'kind',
  'text',
  'label',
  'score',
];

type Snapshot = Map<string, Map<PropertyKey, unknown[]>>;

function take(): Snapshot {
  const snap: Snapshot = new Map();
  for (const [name, proto] of GUARDED) {
    const props = new Map<PropertyKey, unknown[]>();
    for (const key of Reflect.ownKeys(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key);
      props.set(key, [d?.value, d?.get, d?.set, d?.writable, d?.enumerable]);
    }
    snap.set(name, props);
  }
  return snap;
}

/**
 * Takes the snapshot now; the returned function lists every difference found later.
 * @example
 * ```ts
 * const changes = guardPrototypes();
 * validateModule(JSON.parse(hostile));
 * expect(changes()).toEqual([]);
 * ```
 */
export function guardPrototypes(): () => string[] {
  const before = take();
  return () => {
    const after = take();
    const changes: string[] = [];
    for (const [name, props] of before) {
      const now = after.get(name) as Map<PropertyKey, unknown[]>;
      for (const [key, d] of props) {
        const n = now.get(key);
        if (n === undefined) changes.push(`${name}.${String(key)} removed`);
        else if (n.some((v, i) => !Object.is(v, d[i]))) changes.push(`${name}.${String(key)} replaced`);
      }
      for (const key of now.keys()) if (!props.has(key)) changes.push(`${name}.${String(key)} added`);
    }
    const fresh: Record<string, unknown> = {};
    for (const s of SENTINELS) if (s in fresh) changes.push(`({}).${s} exists`);
    if (Object.getPrototypeOf(fresh) !== Object.prototype) changes.push('({}) has a new prototype');
    return changes;
  };
}
