// `npm run ingest -- [--json] [--max-bytes N] FILE...`
// Prints what ingestion makes of each file: a readable report, or the
// Article as JSON. Problems go to stderr, one line each; exit status 1 when
// any file is bad, 2 for a usage mistake. `runIngest` is the whole command
// with its output streams passed in; the last line runs it as a program.
import { formatProblem, ingestArticles, type Article } from '../ingest/index.ts';
import { DEFAULT_MAX_FILE_BYTES } from '../ingest/limits.ts';
import { articleFilesAt, readArticleSources } from '../ingest/files.ts';

const USAGE = 'usage: npm run ingest -- [--json] [--max-bytes N] FILE...';

export interface Output {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

const PROCESS_OUTPUT: Output = { stdout: (line) => console.log(line), stderr: (line) => console.error(line) };

export function runIngest(argv: readonly string[], output: Output = PROCESS_OUTPUT): number {
  const fail = (message: string) => {
    output.stderr(message);
    return 2;
  };
  let json = false;
  let maxBytes = DEFAULT_MAX_FILE_BYTES;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--max-bytes') {
      maxBytes = Number(argv[++i]);
      if (!Number.isInteger(maxBytes) || maxBytes <= 0) return fail(`--max-bytes takes a positive whole number\n${USAGE}`);
    } else if (arg === '--help' || arg === '-h') {
      output.stdout(USAGE);
      return 0;
    } else if (arg.startsWith('--')) return fail(`unknown option ${arg}\n${USAGE}`);
    else files.push(arg);
  }
  if (files.length === 0) return fail(USAGE);

  const listing = articleFilesAt(files);
  const read = readArticleSources(listing.files, maxBytes);
  const { articles, problems } = ingestArticles(read.sources, { maxFileBytes: maxBytes });
  const allProblems = [...listing.problems, ...read.problems, ...problems];

  if (json) {
    const result = files.length === 1 ? (articles[0] ?? null) : articles;
    if (articles.length > 0) output.stdout(JSON.stringify(result, null, 2));
  } else {
    output.stdout(articles.map(report).join('\n\n'));
  }
  for (const problem of allProblems) output.stderr(`error: ${formatProblem(problem)}`);
  return allProblems.length > 0 ? 1 : 0;
}

function report(article: Article): string {
  const lines = [
    `# ${article.title}`,
    `slug ${article.slug} · ${article.format} · ${article.date ?? 'no date'} · ${article.wordCount} words, ${article.readingMinutes} min`,
    '',
    `Paragraphs kept: ${article.paragraphs.length}`,
    ...article.paragraphs.map((p, i) => `  ${String(i + 1).padStart(3)}. ${firstWords(p)}`),
    '',
    `Removed: ${article.removed.length}`,
    ...article.removed.map((r) => `  - ${r.reason.padEnd(16)} ${firstWords(r.text)}`),
    '',
    `Tags: ${article.tags.map((t) => `#${t.name}`).join(' ') || '(none)'}`,
    '',
    `Quotations: ${article.quotes.length}`,
    ...article.quotes.map((q) => `  ¶${q.paragraph + 1} ${q.speaker ?? '(unattributed)'}: “${firstWords(q.text)}”`),
    '',
    `Speakers: ${article.speakers.map((s) => (s.role === null ? s.name : `${s.name} (${s.role})`)).join('; ') || '(none)'}`,
    '',
    `Pull-quotes: ${article.pullQuotes.length}`,
    ...article.pullQuotes.map((q) => `  ¶${q.paragraph + 1} “${q.text}” — ${q.speaker}${q.role === null ? '' : `, ${q.role}`}`),
  ];
  return lines.join('\n');
}

function firstWords(text: string, max = 12): string {
  const words = text.split(' ');
  return words.length <= max ? text : `${words.slice(0, max).join(' ')} …`;
}

// Run as a program (npm run ingest), not when imported by a test.
if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) process.exitCode = runIngest(process.argv.slice(2));
