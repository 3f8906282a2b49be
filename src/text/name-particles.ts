/**
 * Lower-case words that sit inside a person's name ("Pieter de Vries", "Mohammed bin Salman", "João dos Santos",
 * "Ursula von der Leyen"): one list for attribution, which reads names in text, and identity, which reads them
 * in speaker strings.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'du',
  'del',
  'della',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'el',
  'ben',
  'abu',
  'dos',
  'das',
  'ter',
]);

/**
 * Forms of the Arabic article that join a name with a hyphen ("as-Sayed", "ad-Din", "ash-Sharif"). Alone they
 * are English words ("as", "at"), so only attribution, which sees the hyphen, reads them as particles.
 */
export const HYPHENATED_PARTICLES: ReadonlySet<string> = new Set(['ad', 'ar', 'as', 'ash', 'at', 'az']);
