// The deploy recipes in the repository say what the README says they do.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../helpers/seed.ts';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number>;
  env?: Record<string, string>;
}
interface Workflow {
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string }>;
}

describe('.github/workflows/deploy.yml', () => {
  const workflow = parse(readFileSync(join(PROJECT_ROOT, '.github', 'workflows', 'deploy.yml'), 'utf8')) as Workflow;
  const build = workflow.jobs.build?.steps ?? [];
  const uses = (name: string) => build.find((step) => step.uses?.startsWith(`${name}@`));

  it('builds on Node 24 with npm ci and npm run build', () => {
    expect(uses('actions/setup-node')?.with?.['node-version']).toBe(24);
    const commands = build.map((step) => step.run).filter(Boolean);
    expect(commands).toEqual(['npm ci', 'npm run build']);
  });

  it("takes the origin and base path from the official configure-pages action, so a project site works under /<repo>/", () => {
    const pages = uses('actions/configure-pages');
    expect(pages?.id).toBe('pages');
    const env = build.find((step) => step.run === 'npm run build')?.env;
    expect(env).toEqual({ SITE_URL: '${{ steps.pages.outputs.origin }}', BASE_PATH: '${{ steps.pages.outputs.base_path }}/' });
  });

  it('uploads dist/ and deploys it with the official Pages actions', () => {
    expect(uses('actions/upload-pages-artifact')?.with?.path).toBe('dist');
    const deploy = workflow.jobs.deploy;
    expect(deploy?.needs).toBe('build');
    expect(deploy?.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  it('restores the content store and card cache after npm ci, which would delete them', () => {
    const order = build.map((step) => step.run ?? step.uses?.split('@')[0]);
    expect(order.indexOf('actions/cache')).toBeGreaterThan(order.indexOf('npm ci'));
    expect(order.indexOf('actions/cache')).toBeLessThan(order.indexOf('npm run build'));
    // The build goes into dist/ in place: pages Astro reuses stay there.
    const cached = build.find((step) => step.uses?.startsWith('actions/cache'))?.with?.['path'];
    expect(String(cached).split('\n').map((line) => line.trim())).toEqual(expect.arrayContaining(['dist', 'node_modules/.astro', 'node_modules/.cache/broadsheet-cards']));
  });
});

describe('netlify.toml', () => {
  const toml = readFileSync(join(PROJECT_ROOT, 'netlify.toml'), 'utf8');
  it('builds with npm run build and publishes dist/ on Node 24', () => {
    expect(toml).toMatch(/^\s*command = "npm run build"$/m);
    expect(toml).toMatch(/^\s*publish = "dist"$/m);
    expect(toml).toMatch(/^\s*NODE_VERSION = "24"$/m);
  });
});

describe('npm run build', () => {
  const scripts = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const pagefind = parse(readFileSync(join(PROJECT_ROOT, 'pagefind.yml'), 'utf8')) as Record<string, string>;

  it('indexes the search once Astro has exited, so the two never hold memory at once', () => {
    expect(scripts['build']).toBe('astro build && node src/cli/search-index.ts');
  });

  it('indexes the folder Astro builds and the hosts publish, article pages only', () => {
    expect(pagefind['site']).toBe('dist');
    expect(pagefind['glob']).toBe('articles/**/index.html');
    expect(pagefind['force_language']).toBe('en');
  });
});
