/**
 * How detente/report's chart library was chosen: renders the report's first chart (100 speakers: mean bar,
 * interval rule, count label) to an SVG string with a candidate, in Node, and prints load time, first and
 * median render time (10 renders) and the SVG's size. Candidates are installed outside the project, each in
 * its own folder, so none of them enters the repository's dependencies:
 *
 *   mkdir -p /tmp/c/vega /tmp/c/plot
 *   (cd /tmp/c/vega && npm init -y && npm install vega vega-lite)
 *   (cd /tmp/c/plot && npm init -y && npm install @observablehq/plot linkedom)
 *   node benchmarks/chart-libraries.mjs vega /tmp/c/vega
 *   node benchmarks/chart-libraries.mjs plot /tmp/c/plot
 *
 * Install size is measured with `du -sk node_modules` in those folders, and with `du` of this project's
 * node_modules before and after adding a candidate. Results: benchmarks/results/chart-libraries.md.
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { prng } from './lib/corpus.mjs';

const [lib, dir] = process.argv.slice(2);
const N = 100;
const rand = prng(7);
const data = Array.from({ length: N }, (_, i) => {
  const mean = rand() * 1.6 - 0.8;
  return {
    speaker: `Speaker ${i} <&>"`,
    mean,
    low: mean - 0.1 - rand() * 0.2,
    high: mean + 0.1 + rand() * 0.2,
    count: 1 + Math.floor(rand() * 500),
  };
});
const req = createRequire(pathToFileURL(`${dir}/package.json`));
const imp = (name) => import(pathToFileURL(req.resolve(name)).href);

const t0 = performance.now();
let render;
if (lib === 'vega') {
  const vega = await imp('vega');
  const vl = await imp('vega-lite');
  render = async () => {
    const spec = {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      description: 'Mean tone per speaker',
      width: 480,
      height: { step: 16 },
      data: { values: data },
      encoding: { y: { field: 'speaker', type: 'nominal', sort: { field: 'mean', order: 'descending' }, title: null } },
      layer: [
        {
          mark: 'bar',
          encoding: {
            x: { field: 'mean', type: 'quantitative', scale: { domain: [-1, 1] }, title: 'mean tone' },
            color: {
              field: 'mean',
              type: 'quantitative',
              scale: { scheme: 'purpleorange', domain: [-1, 1] },
              legend: null,
            },
            tooltip: [{ field: 'speaker' }],
          },
        },
        { mark: 'rule', encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } } },
        { mark: { type: 'text', align: 'left', dx: 4 }, encoding: { x: { value: 480 }, text: { field: 'count' } } },
      ],
    };
    const compiled = vl.compile(spec).spec;
    const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
    const svg = await view.toSVG();
    view.finalize();
    return svg;
  };
} else {
  const Plot = await imp('@observablehq/plot');
  const { parseHTML } = await imp('linkedom');
  render = async () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const sorted = [...data].sort((a, b) => b.mean - a.mean);
    const svg = Plot.plot({
      document,
      width: 640,
      height: N * 16 + 40,
      marginLeft: 140,
      ariaLabel: 'Mean tone per speaker',
      x: { domain: [-1, 1], label: 'mean tone' },
      y: { domain: sorted.map((d) => d.speaker), label: null },
      color: { type: 'diverging', scheme: 'PuOr', domain: [-1, 1] },
      marks: [
        Plot.barX(sorted, { x: 'mean', y: 'speaker', fill: 'mean', title: (d) => d.speaker }),
        Plot.ruleY(sorted, { x1: 'low', x2: 'high', y: 'speaker' }),
        Plot.text(sorted, { x: 1, y: 'speaker', text: 'count', textAnchor: 'start', dx: 4 }),
        Plot.ruleX([0]),
      ],
    });
    return svg.outerHTML;
  };
}
const loadMs = performance.now() - t0;
const first0 = performance.now();
let svg = await render();
const firstMs = performance.now() - first0;
const times = [];
for (let i = 0; i < 10; i++) {
  const s = performance.now();
  svg = await render();
  times.push(performance.now() - s);
}
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    lib,
    loadMs: +loadMs.toFixed(1),
    firstMs: +firstMs.toFixed(1),
    medianMs: +times[5].toFixed(1),
    bytes: svg.length,
    gzip: gzipSync(svg).length,
    script: /<script/i.test(svg),
    href: /href=/i.test(svg),
  }),
);
if (process.env.OUT) (await import('node:fs')).writeFileSync(process.env.OUT, svg);
