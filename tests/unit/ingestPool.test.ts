// The content loader's ingestion threads (src/loader/ingestPool.ts) give what
// the main thread gives, in the files' order, problems included.
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ingestAll } from '../../src/loader/ingestPool.ts';
import { ingestStored, type IngestJob } from '../../src/loader/ingestJob.ts';
import { seedSource } from '../helpers/seed.ts';

function jobs(): IngestJob[] {
  const seed = seedSource();
  return Array.from({ length: 60 }, (_, i): IngestJob => {
    // Every seventh file is empty, which ingestion rejects with its problem.
    if (i % 7 === 3) return { path: `content/articles/empty-${i}.txt`, bytes: new Uint8Array() };
    const text = `Report ${i} on the harbour\n\n“We will keep the ferry,” Maria Lopez said on day ${i}.\n\n${new TextDecoder().decode(seed.bytes)}`;
    return { path: `content/articles/report-${i}.txt`, bytes: new TextEncoder().encode(text) };
  });
}

describe('ingestAll', () => {
  it('gives on worker threads what the main thread gives, in order', async () => {
    expect(availableParallelism(), 'threads need a second CPU').toBeGreaterThanOrEqual(2);
    const input = jobs();
    const threaded = await ingestAll(input, { filesPerThread: 10 });
    expect(threaded).toEqual(input.map(ingestStored));
    expect(threaded.filter((result) => !result.ok)).toHaveLength(9);
  });

  it('ingests a handful of files on the main thread', async () => {
    const input = jobs().slice(0, 5);
    expect(await ingestAll(input)).toEqual(input.map(ingestStored));
  });
});
