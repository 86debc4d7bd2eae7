// `npm run eval:extraction` on the vendored pages (tests/fixtures/extraction):
// the folder is read whole, pages are decoded as a browser decodes them, and
// Readability.js's row of the table is what its pages' counts add up to.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeAsBrowser, readEvalFolder } from '../../tooling/extractionCorpus.ts';
import { evaluateSystems, formatReport, type SystemReport } from '../../tooling/extractionEval.ts';
import { addCounts, NO_SEGMENTS, scoresOf } from '../../tooling/extractionScore.ts';
import { SYSTEMS } from '../../tooling/extractionSystems.ts';
import { PROJECT_ROOT } from '../../tooling/project.ts';

const FOLDER = join(PROJECT_ROOT, 'tests/fixtures/extraction');
/** The bound on the vendored subset: a few megabytes. */
const MAX_VENDORED_BYTES = 4 * 1024 * 1024;

describe('the vendored pages', () => {
  it('are 40 annotated pages, each with its file, within the size bound, with their licence beside them', () => {
    const { pages, missing } = readEvalFolder(FOLDER);
    expect(missing).toEqual([]);
    expect(pages).toHaveLength(40);
    const bytes = pages.reduce((sum, page) => sum + statSync(page.path).size, 0);
    expect(bytes).toBeLessThanOrEqual(MAX_VENDORED_BYTES);
    expect(statSync(join(FOLDER, 'LICENSE')).isFile()).toBe(true);
    for (const page of pages) expect(page.annotation.with.length).toBeGreaterThan(0);
  });
});

describe('decodeAsBrowser', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

  it('follows a byte order mark over any declaration', () => {
    const page = Uint8Array.of(0xef, 0xbb, 0xbf, ...bytes('<meta charset="iso-8859-2"><p>café</p>'));
    expect(decodeAsBrowser(page)).toMatchObject({ encoding: 'UTF-8', by: 'bom or meta', html: '<meta charset="iso-8859-2"><p>café</p>' });
  });

  it('follows a declaration after the first kilobyte, as the parser does when it meets one', () => {
    const page = latin1(`<!-- ${'x'.repeat(2000)} --><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"><p>\xb1</p>`);
    expect(decodeAsBrowser(page)).toMatchObject({ encoding: 'ISO-8859-2', by: 'bom or meta' });
    expect(decodeAsBrowser(page).html).toContain('<p>ą</p>');
  });

  it('reads an undeclared page as UTF-8 when it is valid UTF-8, else as windows-1252', () => {
    expect(decodeAsBrowser(bytes('<p>Grüße – “so”</p>'))).toMatchObject({ by: 'valid utf-8', html: '<p>Grüße – “so”</p>' });
    expect(decodeAsBrowser(latin1('<p>Gr\xfc\xdfe \x96 \x93so\x94</p>'))).toMatchObject({
      encoding: 'windows-1252',
      by: 'default',
      html: '<p>Grüße – “so”</p>',
    });
  });
});

describe('the readability system on the vendored pages', () => {
  const { pages } = readEvalFolder(FOLDER);
  let report: SystemReport;
  beforeAll(() => {
    const readability = SYSTEMS.find((system) => system.name === 'readability');
    if (readability === undefined) throw new Error('no system named readability');
    [report] = evaluateSystems(pages, [readability]) as [SystemReport];
  }, 120_000);

  it('scores every page, each page every segment once', () => {
    expect(report.pages.map((page) => page.name)).toEqual(pages.map((page) => page.name));
    report.pages.forEach((outcome, index) => {
      const { with: wanted, without: unwanted } = pages[index]?.annotation ?? { with: [], without: [] };
      expect(outcome.counts.truePositives + outcome.counts.falseNegatives).toBe(wanted.length);
      expect(outcome.counts.falsePositives + outcome.counts.trueNegatives).toBe(unwanted.length);
    });
  });

  it('reports the counts summed over the pages and the ratios of those sums', () => {
    const summed = report.pages.reduce((sum, page) => addCounts(sum, page.counts), NO_SEGMENTS);
    expect(report.counts).toEqual(summed);
    expect(report.scores).toEqual(scoresOf(summed));
  });

  it('finds most of the article text on pages chosen to be half hard, without failing on any', () => {
    expect(report.pages.filter((page) => page.failure !== undefined)).toEqual([]);
    expect(report.scores.recall).toBeGreaterThan(0.5);
    expect(report.scores.precision).toBeGreaterThan(0.5);
    expect(report.scores.f1).toBeLessThan(1);
  });

  it('prints a Markdown table with its row', () => {
    const { truePositives, falsePositives, falseNegatives, trueNegatives } = report.counts;
    const { precision, recall, f1 } = report.scores;
    const table = formatReport([report]);
    expect(table).toContain('| system | TP | FP | FN | TN | precision | recall | F1 | ms/page | no article | errors |');
    expect(table).toMatch(
      new RegExp(`^\\| readability \\| ${truePositives} \\| ${falsePositives} \\| ${falseNegatives} \\| ${trueNegatives} \\| ${precision.toFixed(3)} \\| ${recall.toFixed(3)} \\| ${f1.toFixed(3)} \\| \\d+\\.\\d \\| 0 \\| 0 \\|$`, 'm'),
    );
  });
});

describe('Broadsheet on the vendored pages, against Readability.js in the same run', () => {
  const { pages } = readEvalFolder(FOLDER);
  let broadsheet: SystemReport;
  let readability: SystemReport;
  beforeAll(() => {
    const systems = ['broadsheet', 'readability'].map((name) => SYSTEMS.find((system) => system.name === name));
    if (systems.some((system) => system === undefined)) throw new Error('a system is missing');
    [broadsheet, readability] = evaluateSystems(pages, systems as typeof SYSTEMS[number][]) as [SystemReport, SystemReport];
  }, 120_000);

  it('finds more of the article and keeps less furniture: a higher F1, and no lower recall', () => {
    expect(broadsheet.scores.f1).toBeGreaterThan(readability.scores.f1);
    expect(broadsheet.scores.recall).toBeGreaterThanOrEqual(readability.scores.recall);
  });
});
