/** Types of split.mjs, so TypeScript tests can import it. */
export function fnv1a32Utf8(text: string): number;
export function fmix32(value: number): number;
export function halfOf(id: string): 'A' | 'B';
