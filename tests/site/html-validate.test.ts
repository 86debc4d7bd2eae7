// Every HTML file of both builds validates against html-validate's
// recommended rules (with the project's .htmlvalidate.json).
import { readFileSync } from 'node:fs';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles, pagePath } from '../helpers/dist.ts';
import { PROJECT_ROOT } from '../helpers/seed.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each([
  ['root', inject('outDir')],
  ['base path', inject('baseOutDir')],
])('html-validate, %s build', (_, outDir) => {
  it.each(htmlFiles(outDir).map((file) => [pagePath(outDir, file), file]))('%s', async (_path, file) => {
    const report = await validator.validateString(readFileSync(file, 'utf8'), `${PROJECT_ROOT}/page.html`);
    const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});
