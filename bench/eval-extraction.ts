// npm run eval:extraction -- FOLDER [--limit N] [--only NAME…] [--systems A,B] [--text] [--json]
// How well Broadsheet finds the article in saved HTML pages, next to
// Readability.js on the same pages, in one run: precision, recall and F1 of
// the annotated segments (trafilatura's metric, tooling/extractionScore.ts)
// and the time per page. FOLDER is laid out like trafilatura's evaluation
// corpus: evaldata.json plus html/NAME.gz (or plain html/NAME).
// tests/fixtures/extraction/ is a small one; bench/EXTRACTION.md has the
// figures on the full corpus and what they say. --systems all adds Defuddle
// and Readability combined with it; --text scores text input instead: each
// page rendered in Chromium without JavaScript and copied as a person would
// (tooling/renderedText.ts), then ingested as a .txt article, next to the
// rendered text kept whole; --json prints every page's counts.
import { commandLine } from '../tooling/commandLine.ts';
import { readEvalFolder, type EvalFolder } from '../tooling/extractionCorpus.ts';
import { evaluateSystems, formatReport } from '../tooling/extractionEval.ts';
import { DEFAULT_SYSTEMS, SYSTEMS, textSystems, type ExtractionSystem } from '../tooling/extractionSystems.ts';
import { renderedTexts } from '../tooling/renderedText.ts';

const USAGE = `usage: npm run eval:extraction -- FOLDER [--limit N] [--only NAME…] [--systems ${SYSTEMS.map((s) => s.name).join(',')}|all] [--text] [--json]`;

const cli = commandLine(USAGE);
// Annotated, so that the compiler knows nothing runs after a failure.
const fail: (message: string) => never = cli.fail;

// `--only` takes every positional after the folder: `--only a.html b.html`.
const { values, positionals } = cli.parse({
  allowPositionals: true,
  options: {
    limit: { type: 'string' },
    only: { type: 'boolean' },
    systems: { type: 'string', default: DEFAULT_SYSTEMS.join(',') },
    text: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const [folder, ...names] = positionals;
if (folder === undefined) fail('no FOLDER given');
if (names.length > 0 && values.only !== true) fail(`unexpected arguments: ${names.join(' ')}`);
if (values.only === true && names.length === 0) fail('--only needs at least one page name');

const wanted = values.systems === 'all' ? SYSTEMS.map((s) => s.name) : values.systems.split(',').map((s) => s.trim());
const unknownSystems = wanted.filter((name) => !SYSTEMS.some((system) => system.name === name));
if (unknownSystems.length > 0) fail(`unknown system: ${unknownSystems.join(', ')}`);

const limit = cli.limit(values.limit);

let folderContents: EvalFolder;
try {
  folderContents = readEvalFolder(folder);
} catch (error) {
  fail(`cannot read ${folder}/evaldata.json (${error instanceof Error ? error.message : String(error)})`);
}
if (folderContents.missing.length > 0) {
  console.error(`${folderContents.missing.length} annotated pages have no file in ${folder}/html/: ${folderContents.missing.slice(0, 5).join(', ')}${folderContents.missing.length > 5 ? ', …' : ''}`);
  process.exit(1);
}

const withoutExtension = (name: string) => name.replace(/\.html?$/i, '');
let pages = folderContents.pages;
if (values.only === true) {
  const chosen = new Set(names.map(withoutExtension));
  const unknownPages = [...chosen].filter((name) => !pages.some((page) => withoutExtension(page.name) === name));
  if (unknownPages.length > 0) fail(`no annotated page named ${unknownPages.join(', ')}`);
  pages = pages.filter((page) => chosen.has(withoutExtension(page.name)));
}
pages = pages.slice(0, limit);

const PROGRESS_EVERY = 50;
const showProgress = process.stderr.isTTY === true;
const progress = (what: string) => (done: number, total: number) => {
  if (showProgress && (done % PROGRESS_EVERY === 0 || done === total)) process.stderr.write(`${done}/${total} ${what}\r${done === total ? '\n' : ''}`);
};
let systems: ExtractionSystem[];
if (values.text) {
  try {
    systems = textSystems(await renderedTexts(pages, progress('pages rendered')));
  } catch (error) {
    console.error(`cannot render the pages: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
} else {
  systems = SYSTEMS.filter((system) => wanted.includes(system.name));
}
const reports = evaluateSystems(pages, systems, progress('pages'));

if (values.json) console.log(JSON.stringify({ folder, pages: pages.length, systems: reports }, null, 2));
else console.log(formatReport(reports));
