// A content folder with one file of every bad kind, and what a build (or
// the dev server's overlay) must say of each: shared by the build test and
// the `npm start` test.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BODY = 'The council met on Tuesday to settle the budget for the harbour district.\n';

/** One file of every bad kind, and what the build must say of it. */
export const BAD_FILES: Array<{ name: string; content: string | Buffer; says: RegExp }> = [
  {
    name: 'alias-bomb.txt',
    content: `Alias bomb\n\n${BODY}`,
    says: /alias-bomb\.yml: YAML aliases \(`\*name`\) expand too far/,
  },
  { name: 'deep-quotes.md', content: `# Deep\n\nIntro.\n\n${'>'.repeat(2000)} deep\n`, says: /deep-quotes\.md:5: block quotes and lists nested more than/ },
  { name: 'deep-list.md', content: `# Deep\n\n${'- '.repeat(10000)}x\n`, says: /deep-list\.md:3: block quotes and lists nested more than/ },
  { name: 'long-slug.md', content: `---\nslug: ${'a'.repeat(300)}\n---\n\n# Long\n\n${BODY}`, says: /long-slug\.md \(field "slug"\): must be at most/ },
  { name: 'unclosed.md', content: `---\ntitle: Lost\ndate: 2025-01-01\n\n${BODY}`, says: /unclosed\.md:1: the front matter opened here is never closed/ },
  { name: 'cp1252.txt', content: Buffer.from(`Caf\xe9 news\n\n${BODY}`, 'latin1'), says: /cp1252\.txt:1: invalid UTF-8/ },
  { name: 'binary.txt', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), says: /binary\.txt:1: file contains NUL bytes/ },
  { name: 'empty.txt', content: '', says: /empty\.txt: file is empty/ },
  { name: 'zero-date.txt', content: `Zero date\n\n${BODY}`, says: /zero-date\.yml \(field "date"\): "0000-01-01" is not a date/ },
  { name: 'two-sidecars.txt', content: `Two sidecars\n\n${BODY}`, says: /two-sidecars\.txt: has 2 sidecars/ },
  { name: 'big-sidecar.txt', content: `Big sidecar\n\n${BODY}`, says: /big-sidecar\.yml: file is .* over the 64\.0 KB limit/ },
  { name: 'latin-sidecar.txt', content: `Latin sidecar\n\n${BODY}`, says: /latin-sidecar\.yml:1: invalid UTF-8/ },
  { name: 'x.txt', content: '', says: /x\.txt: is a folder, not a file/ },
  { name: 'secrets.txt', content: '', says: /secrets\.txt: is a link to a file outside the content folder/ },
  { name: 'orphan.yml', content: 'title: Nobody\n', says: /orphan\.yml: sidecar with no article beside it/ },
];

function aliasBomb(): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 10; i += 1) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

/** Writes the folder (inside a fresh temporary one, beside a secret it must never read) and returns its path. */
export function badFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'broadsheet-bad-'));
  const dir = join(root, 'articles');
  mkdirSync(dir);
  writeFileSync(join(root, 'secrets.env'), 'API_KEY=do-not-publish\n');
  writeFileSync(join(dir, 'good.txt'), `A good article\n\n${BODY}`);
  for (const file of BAD_FILES) {
    if (file.name === 'x.txt') mkdirSync(join(dir, file.name));
    else if (file.name === 'secrets.txt') symlinkSync(join(root, 'secrets.env'), join(dir, file.name));
    else writeFileSync(join(dir, file.name), file.content);
  }
  writeFileSync(join(dir, 'alias-bomb.yml'), aliasBomb());
  writeFileSync(join(dir, 'zero-date.yml'), 'date: 0000-01-01\n');
  writeFileSync(join(dir, 'two-sidecars.yml'), 'title: One\n');
  writeFileSync(join(dir, 'two-sidecars.YAML'), 'title: Two\n');
  writeFileSync(join(dir, 'big-sidecar.yml'), `description: ${'word '.repeat(20000)}\n`);
  writeFileSync(join(dir, 'latin-sidecar.yml'), Buffer.from('author: Jos\xe9 Garc\xeda\n', 'latin1'));
  return dir;
}

