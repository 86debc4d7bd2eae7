// One ingestion thread of src/loader/ingestPool.ts: articles in, each one's
// stored entry (or its problems) out, in the order they came.
import { parentPort } from 'node:worker_threads';
import { ingestStored, type IngestJob } from './ingestJob.ts';

parentPort?.on('message', (jobs: IngestJob[]) => {
  parentPort?.postMessage(jobs.map(ingestStored));
});
