/** Shared fixtures of the fault-tolerance tests: stories with figures, queue drain check, a quiet logger. */
import type { Story } from '../../src/model';
import type { Queue } from 'bullmq';
import type { PipelineQueues } from '../../src/queue/queues';
import type { StoryStore } from '../../src/stories/story-store';
import { extractFigures } from '../../src/figures/extract';
import { createLogger } from '../../src/log';

export const quiet = () => createLogger({ level: 'silent' });

const PLACES = ['Tucson', 'El Paso', 'Rio Grande Valley', 'San Diego', 'Yuma', 'Laredo', 'Del Rio', 'Big Bend', 'El Centro', 'Nogales'];

/**
 * `n` distinct border stories, each with a key figure in its summary, published one minute apart and
 * ending `newestAgoMs` before `now` (all inside a 24-hour digest window ending at `now`).
 */
export function makeStories(n: number, now: Date, newestAgoMs = 60_000, tag = 's'): Story[] {
  const out: Story[] = [];
  for (let i = 0; i < n; i++) {
    const place = PLACES[i % PLACES.length]!;
    const count = 1_000 + i * 37;
    const published = new Date(now.getTime() - newestAgoMs - i * 60_000).toISOString();
    const title = `Report ${tag}${i}: Border Patrol in ${place} sector records ${count.toLocaleString('en-US')} apprehensions`;
    const summary = `Border Patrol agents in the ${place} sector recorded ${count.toLocaleString('en-US')} apprehensions of migrants in March, U.S. Customs and Border Protection said.`;
    const url = `https://news.example/${tag}/${i}`;
    out.push({
      id: `${tag}-${i}`,
      title,
      url,
      published,
      summary,
      figures: extractFigures({ title, summary }, { published, lang: 'en' }),
      sources: [{ name: 'Outlet', title, url, published }],
      lang: 'en',
      matched: ['beat'],
    });
  }
  return out;
}

export async function putStories(store: StoryStore, stories: Story[]): Promise<void> {
  for (const s of stories) await store.put(s, { at: s.published, keys: [] });
}

/**
 * The return value of job `id` once it has completed: proof that it ran (a check that "nothing happened" is only
 * meaningful after the job that could have made it happen is done). Throws when the job failed.
 */
export async function completedJob(queue: Queue, id: string, what: string, timeoutMs = 20_000): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await queue.getJob(id);
    const state = job ? await job.getState() : 'missing';
    if (state === 'completed') return job!.returnvalue;
    if (state === 'failed') throw new Error(`${what}: job ${id} failed: ${job!.failedReason}`);
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (job ${id} is ${state})`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * True when no queue has a waiting, active, delayed or prioritized job. The queues are read upstream first
 * (poll, process, digest, then delivery): a job only adds jobs downstream before it completes, so no job can
 * slip past the check between two reads.
 */
export async function drained(queues: PipelineQueues): Promise<boolean> {
  for (const q of queues.all()) {
    const c = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
    if (Object.values(c).some((n) => n > 0)) return false;
  }
  return true;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A payload as the platform received it, without the fields the sender adds (Discord nonce). */
export function withoutNonce(body: Record<string, unknown>): Record<string, unknown> {
  const { nonce: _n, enforce_nonce: _e, ...rest } = body;
  return rest;
}
