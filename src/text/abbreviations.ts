/**
 * Words whose trailing period does not end a sentence ("Mr. Blinken", "Gen. Milley", "Acme Inc. said").
 * Single letters ("Antony J. Blinken", "U.S.") are handled by the tokenizer directly.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl',
  'sen', 'rep', 'gov', 'pres', 'amb', 'hon', 'rev', 'fr', 'st', 'jr', 'sr', 'messrs', 'mmes',
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn',
  'no', 'vs', 'approx', 'est', 'fig', 'vol', 'pp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
