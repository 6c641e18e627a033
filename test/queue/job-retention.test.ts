/**
 * Finished jobs are trimmed (by age and count), yet every kind of job is still added once: a job id is also a
 * BullMQ deduplication id with a TTL, and BullMQ's trimming removes the job but not its deduplication key.
 * Here the queues keep ONE completed job, so adding a second job trims the first; re-adding the first (as a
 * second scheduler, or a retried process job re-adding its deliveries, would) must not run it again.
 */
import { Worker, type Job } from 'bullmq';
import { bullPrefix } from '../../src/queue/connection';
import { QUEUES, deliverJobId, digestJobId, pollBatchJobId, processJobId, type DeliverJob } from '../../src/queue/jobs';
import { KEEP_COMPLETED, PipelineQueues } from '../../src/queue/queues';
import type { FeedItem } from '../../src/model';
import { closeTestRedis, deletePrefix, testRedis, uniquePrefix } from '../support/redis';
import { waitUntil } from '../support/wait';

let prefix: string;
let schedulerA: PipelineQueues;
let schedulerB: PipelineQueues;
const ran: Record<string, string[]> = {};
let workers: Worker[];

beforeAll(() => {
  prefix = uniquePrefix('keep');
  const retention = { completed: { age: 3_600, count: 1 } };
  schedulerA = new PipelineQueues(testRedis(), bullPrefix(prefix), retention);
  schedulerB = new PipelineQueues(testRedis(), bullPrefix(prefix), retention);
  // Plain BullMQ workers that record which job ids ran (the real processors are tested elsewhere).
  workers = [QUEUES.poll, QUEUES.process, QUEUES.digest, QUEUES.deliverDiscord].map(
    (name) =>
      new Worker(
        name,
        async (job: Job) => {
          (ran[name] ??= []).push(job.id!);
          return { ok: true };
        },
        { connection: testRedis(), prefix: bullPrefix(prefix) },
      ),
  );
});

afterAll(async () => {
  await Promise.all(workers.map((w) => w.close()));
  await schedulerA.close();
  await schedulerB.close();
  await deletePrefix(testRedis(), prefix);
  await closeTestRedis();
});

const ranCount = (queue: string, id: string) => (ran[queue] ?? []).filter((x) => x === id).length;

async function drained(): Promise<boolean> {
  for (const q of schedulerA.all()) {
    const c = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    if (Object.values(c).some((n) => n > 0)) return false;
  }
  return true;
}

test('production retention trims by age and by count', () => {
  expect(KEEP_COMPLETED.age).toBeGreaterThan(0);
  expect(KEEP_COMPLETED.count).toBeGreaterThan(0);
});

test('a poll slot job added by two schedulers after the first one completed and was removed still runs once', async () => {
  const feeds = ['https://a.example/rss', 'https://b.example/rss'];
  const id = pollBatchJobId(feeds, 1000);
  await schedulerA.addPolls([{ slot: 1000, intervalMinutes: 5, feeds }]);
  await waitUntil(() => ranCount(QUEUES.poll, id) === 1, 'the slot job to run');
  // Another slot's job completes: the first one is trimmed (keep 1).
  await schedulerA.addPolls([{ slot: 1001, intervalMinutes: 5, feeds }]);
  await waitUntil(async () => ranCount(QUEUES.poll, pollBatchJobId(feeds, 1001)) === 1 && !(await schedulerA.poll.getJob(id)), 'the first slot job to be removed');
  // Both schedulers add the first slot again (feeds in another order, as another instance might list them).
  await Promise.all([schedulerA.addPolls([{ slot: 1000, intervalMinutes: 5, feeds }]), schedulerB.addPolls([{ slot: 1000, intervalMinutes: 5, feeds: [...feeds].reverse() }])]);
  await waitUntil(drained, 'the queues to drain');
  expect(await schedulerA.poll.getJob(id)).toBeUndefined();
  expect(ranCount(QUEUES.poll, id)).toBe(1);
});

test('a digest firing added by two schedulers after the first job was removed runs once', async () => {
  const firedAt = new Date('2026-11-28T08:00:10Z');
  const id = digestJobId('daily', firedAt);
  await schedulerA.addDigest('daily', firedAt);
  await waitUntil(() => ranCount(QUEUES.digest, id) === 1, 'the digest job to run');
  await schedulerA.addDigest('other', firedAt);
  await waitUntil(async () => !(await schedulerA.digest.getJob(id)), 'the first digest job to be removed');
  await Promise.all([schedulerA.addDigest('daily', new Date('2026-11-28T08:00:40Z')), schedulerB.addDigest('daily', firedAt)]);
  await waitUntil(drained, 'the queues to drain');
  expect(ranCount(QUEUES.digest, id)).toBe(1);
});

test('a retried process job re-adding the same delivery (and item) after they were removed adds nothing', async () => {
  const part: DeliverJob = { deliveryId: 'a-alerts-story1', subscriptionId: 'alerts', platform: 'discord', target: '123', payloads: [{ content: 'x' }], part: 0 };
  const id = deliverJobId(part.deliveryId, 0);
  await schedulerA.addDeliverPart(part);
  await waitUntil(() => ranCount(QUEUES.deliverDiscord, id) === 1, 'the delivery job to run');
  await schedulerA.addDeliverPart({ ...part, deliveryId: 'a-alerts-story2' });
  await waitUntil(async () => !(await schedulerA.deliverDiscord.getJob(id)), 'the first delivery job to be removed');
  await schedulerB.addDeliverPart(part);

  const item: FeedItem = { id: 'g1', title: 't', summary: 's', feedUrl: 'https://a.example/rss', feedName: 'A' };
  const itemId = processJobId(item);
  await schedulerA.addItems([item]);
  await waitUntil(() => ranCount(QUEUES.process, itemId) === 1, 'the item job to run');
  await schedulerA.addItems([{ ...item, id: 'g2' }]);
  await waitUntil(async () => !(await schedulerA.process.getJob(itemId)), 'the first item job to be removed');
  await schedulerB.addItems([item]);

  await waitUntil(drained, 'the queues to drain');
  expect(ranCount(QUEUES.deliverDiscord, id)).toBe(1);
  expect(ranCount(QUEUES.process, itemId)).toBe(1);
});
