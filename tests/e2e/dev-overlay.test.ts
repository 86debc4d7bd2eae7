// `npm start` with bad article files (the folder the build test reads): the
// browser shows Astro's error overlay naming each file and what is wrong,
// and the site comes back by itself once they are fixed. A real dev server,
// a real Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, buildEnvironment } from '../../tooling/build.ts';
import { launchChromium } from '../../tooling/chromium.ts';
import { PROJECT_ROOT } from '../../tooling/project.ts';
import { BAD_FILES, badFolder } from '../helpers/badFolder.ts';

let server: ChildProcess;
let origin: string;
let browser: Browser;
let folder: string;

/** Starts `astro dev` on a free port and resolves with its address once it serves. */
function startDevServer(contentDir: string): Promise<string> {
  server = spawn(bin('astro'), ['dev', '--port', '0', '--host', '127.0.0.1'], {
    cwd: PROJECT_ROOT,
    env: buildEnvironment({ CONTENT_DIR: contentDir, SOCIAL_CARDS: 'off' }),
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const address = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(output.replace(/\u001b\[[0-9;]*m/g, ''));
      if (address?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(address[1]);
      }
    };
    server.stdout?.on('data', read);
    server.stderr?.on('data', read);
    server.on('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${output}`)));
  });
}

/** The overlay's text, once Astro has shown it, or null when the page rendered. */
async function overlayText(page: Page): Promise<string | null> {
  await page.goto(`${origin}/`);
  const overlay = page.locator('vite-error-overlay');
  try {
    await overlay.waitFor({ state: 'attached', timeout: 10_000 });
  } catch {
    return null;
  }
  return overlay.evaluate((element) => element.shadowRoot?.textContent ?? '');
}

/**
 * Retries until the watcher has seen the change: file events reach the
 * loader after a short delay, and the dev client may reload the page under a
 * navigation (which then aborts and is tried again).
 */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let last: unknown;
  for (let attempt = 0; attempt < 30; attempt += 1) {
    try {
      const value = await read();
      if (done(value)) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    await new Promise((wait) => setTimeout(wait, 500));
  }
  throw new Error(`the dev server never got there; last seen: ${String(last)}`);
}

beforeAll(async () => {
  // The same folder the build test reads: one file of every bad kind, and one good article.
  folder = badFolder();
  origin = await startDevServer(folder);
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

describe('npm start with a folder of bad article files', () => {
  it('shows the overlay naming every bad file and what is wrong with it', async () => {
    const page = await browser.newPage();
    // The overlay sets `code` as code: compare the words without the backticks.
    const shown = (await eventually(() => overlayText(page), (text) => text !== null))?.replace(/`/g, '');
    for (const { says } of BAD_FILES) expect(shown).toMatch(new RegExp(says.source.replace(/`/g, '')));
    expect(shown).toMatch(new RegExp(`${BAD_FILES.length} article files have problems`));
    expect(shown).not.toContain('do-not-publish');
    await page.close();
  });

  it('recovers by itself when the bad files are gone', async () => {
    for (const name of readdirSync(folder)) if (name !== 'good.txt') rmSync(join(folder, name), { recursive: true, force: true });
    const page = await browser.newPage();
    const body = await eventually(
      async () => ((await overlayText(page)) === null ? await page.textContent('body') : null),
      (text) => text !== null && text.includes('A good article'),
    );
    expect(body).toContain('A good article');
    await page.close();
  }, 60_000);

  it('shows a file that goes bad while it runs, and recovers when it is fixed', async () => {
    const page = await browser.newPage();
    writeFileSync(join(folder, 'open.md'), '---\ntitle: Never closed\n\nThe body.\n');
    const shown = await eventually(() => overlayText(page), (text) => text !== null && text.includes('open.md'));
    expect(shown).toMatch(/open\.md:1: the front matter opened here is never closed/);

    writeFileSync(join(folder, 'open.md'), '---\ntitle: Closed at last\n---\n\nThe body, now published.\n');
    const body = await eventually(
      async () => ((await overlayText(page)) === null ? await page.textContent('body') : null),
      (text) => text !== null && text.includes('Closed at last'),
    );
    expect(body).toContain('A good article');
    await page.close();
  }, 60_000);
});
