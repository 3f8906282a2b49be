/**
 * The start tags of an HTML string, with their attribute names and values: enough to check, without a
 * browser, which elements and attributes a report contains. Every `<` in a report's text is escaped, so each
 * `<` that starts a tag is a real tag (the one <style> per page and per chart holds no `<`).
 */
export interface Tag {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
}

const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Every start tag of `html`, in order. */
export function startTags(html: string): Tag[] {
  return [...html.matchAll(TAG)].map((m) => ({
    name: (m[1] as string).toLowerCase(),
    attributes: new Map(
      [...(m[2] ?? '').matchAll(ATTRIBUTE)].map((a) => [(a[1] as string).toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '']),
    ),
  }));
}

/** The elements a report is made of: its HTML and Observable Plot's SVG. */
export const REPORT_ELEMENTS = new Set(
  'html head meta title style body main header h1 h2 h3 h4 p ul ol li span div section figure figcaption q mark footer svg g path rect line text circle a tspan'.split(
    ' ',
  ),
);
