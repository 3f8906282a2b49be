/**
 * Untrusted text into HTML: every statement, speaker, group and title goes through `escapeHtml` (text and
 * attribute values alike), and long texts are cut for display by `clip`, which says how long they were.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes `& < > " '`, so the text is inert in element content and in quoted attribute values.
 * @example
 * ```ts
 * escapeHtml('</svg><script>alert(1)</script>'); // '&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/** A text cut for display: what is shown, and the full length in UTF-16 code units. */
export interface Clipped {
  readonly shown: string;
  readonly length: number;
  readonly cut: boolean;
}

/**
 * The first `max` code units of `text` (never half of a surrogate pair), and whether it was cut.
 * @example
 * ```ts
 * clip('We will never accept this.', 10); // { shown: 'We will ne', length: 26, cut: true }
 * ```
 */
export function clip(text: string, max: number): Clipped {
  if (text.length <= max) return { shown: text, length: text.length, cut: false };
  const code = text.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return { shown: text.slice(0, end), length: text.length, cut: true };
}

/**
 * A label short enough for a chart axis: at most `max` characters, with an ellipsis when cut.
 * @example
 * ```ts
 * shortLabel('Ardenian Foreign Minister Irena Kovac', 20); // 'Ardenian Foreign Mi…'
 * ```
 */
export function shortLabel(text: string, max = 32): string {
  return text.length <= max ? text : `${clip(text, max - 1).shown}…`;
}

/** Longest name or group shown anywhere in a report; a longer one (no real name is) is cut with an ellipsis. */
export const NAME_CHARS = 160;

/**
 * A speaker name or group value as the report shows it: whole up to `NAME_CHARS` characters, cut beyond.
 * @example
 * ```ts
 * displayName('Sergei Lavrov'); // 'Sergei Lavrov'
 * ```
 */
export function displayName(text: string): string {
  return shortLabel(text, NAME_CHARS);
}

/**
 * A number with its sign and two decimals, using the minus sign (−) for negatives.
 * @example
 * ```ts
 * signed(-0.4167); // '−0.42'
 * ```
 */
export function signed(value: number, digits = 2): string {
  const fixed = Math.abs(value).toFixed(digits);
  if (Number(fixed) === 0) return (0).toFixed(digits);
  return (value < 0 ? '−' : '+') + fixed;
}
