// Every HTML file of both builds validates against html-validate's
// recommended rules (with the project's .htmlvalidate.json).
import { readFileSync } from 'node:fs';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlFiles, pagePath } from '../helpers/dist.ts';
import { PROJECT_ROOT } from '../helpers/seed.ts';
import { builtSites } from '../helpers/sites.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each(builtSites())('html-validate, $name build', ({ outDir }) => {
  it.each(htmlFiles(outDir).map((file) => [pagePath(outDir, file), file]))('%s', async (_path, file) => {
    const report = await validator.validateString(readFileSync(file, 'utf8'), `${PROJECT_ROOT}/page.html`);
    const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});
