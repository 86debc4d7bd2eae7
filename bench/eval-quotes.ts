// npm run eval:quotes -- FOLDER [--limit N] [--json] [--errors]
// How well Broadsheet finds direct quotations and names their speakers, on a
// folder annotated like PolNeAR (gold.json plus txt/): detection precision,
// recall and F1, speaker accuracy and end-to-end F1, by the rules in
// tooling/quoteScore.ts. --errors lists every miss, false find and wrong
// speaker; --json prints every article's counts.
import { commandLine } from '../tooling/commandLine.ts';
import { evaluateQuotes, formatQuoteReport, readQuoteFolder, type AnnotatedArticle } from '../tooling/quoteEval.ts';

const USAGE = 'usage: npm run eval:quotes -- FOLDER [--limit N] [--json] [--errors]';

const cli = commandLine(USAGE);
// Annotated, so that the compiler knows nothing runs after a failure.
const fail: (message: string) => never = cli.fail;
const { values, positionals } = cli.parse({
  allowPositionals: true,
  options: { limit: { type: 'string' }, json: { type: 'boolean', default: false }, errors: { type: 'boolean', default: false } },
});
const [folder, ...extra] = positionals;
if (folder === undefined) fail('no FOLDER given');
if (extra.length > 0) fail(`unexpected arguments: ${extra.join(' ')}`);
const limit = cli.limit(values.limit);

let articles: AnnotatedArticle[];
try {
  articles = readQuoteFolder(folder);
} catch (error) {
  fail(`cannot read ${folder}/gold.json (${error instanceof Error ? error.message : String(error)})`);
}
const report = evaluateQuotes(folder, articles.slice(0, limit));

if (values.json) {
  console.log(JSON.stringify({ folder, counts: report.counts, scores: report.scores, byPublisher: report.byPublisher, articles: report.articles.map(({ id, counts, failure }) => ({ id, counts, failure })) }, null, 2));
} else {
  if (values.errors) {
    for (const article of report.articles) {
      for (const s of article.scored) {
        if (s.gold === null) console.log(`${article.id}\tFALSE\t${s.predicted.text}\t${s.predicted.speaker ?? '-'}`);
        else if (s.speakerRight === false) console.log(`${article.id}\tSPEAKER\t${s.predicted.text}\t${s.predicted.speaker ?? '-'}\tgold ${s.gold.speaker} (${s.gold.speaker_kind}: ${s.gold.speaker_span ?? ''})`);
      }
      for (const m of article.missed) console.log(`${article.id}\tMISSED\t${m.text}\t${m.speaker ?? '-'}`);
    }
    console.log('');
  }
  console.log(formatQuoteReport(report));
}
