import type { OutboundMessage } from '../../src/model';
import { SlackWebhookSender } from '../../src/platforms/slack/webhook-sender';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-standin';

const HOOK = '/services/T0STANDIN/B0HOOK/secretHookPath123';
const REVOKED = '/services/T0STANDIN/B0OLD/revokedHookPath456';
const hookUrl = (path: string) => `https://hooks.slack.com${path}`;

let standIn: SlackStandIn;
let sender: SlackWebhookSender;

function message(target: string, text = 'New figures on asylum claims'): OutboundMessage {
  return { platform: 'slack', target, payload: { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] } };
}

beforeAll(async () => {
  standIn = await startSlackStandIn({ hooks: [HOOK], revokedHooks: [REVOKED] });
  sender = new SlackWebhookSender({ baseUrl: standIn.hooksBase });
});

afterAll(async () => {
  await standIn.close();
});

afterEach(() => standIn.setFaults(null));

test('posts the payload as JSON to the webhook', async () => {
  const result = await sender.send(message(hookUrl(HOOK)), 'd-1');
  expect(result).toEqual({ ok: true });
  expect(standIn.webhookPosts.at(-1)).toEqual({ path: HOOK, body: { text: 'New figures on asylum claims', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'New figures on asylum claims' } }] } });
});

test('unknown (404 no_service) and revoked (410) hooks are permanent and the URL is never echoed', async () => {
  for (const path of ['/services/T0STANDIN/B0NONE/unknownHookPath789', REVOKED]) {
    const result = await sender.send(message(hookUrl(path)), 'd-2');
    expect(result).toMatchObject({ ok: false, permanent: true, error: expect.stringContaining('no_service') });
    const json = JSON.stringify(result);
    expect(json).not.toContain(path.split('/').pop());
    expect(json).not.toContain('hooks.slack.com/services');
  }
});

test('429 → retryAfterMs; 500 → retryable', async () => {
  standIn.setFaults({ rate: 1, seed: 3, kinds: ['429'], retryAfterSec: 2 });
  expect(await sender.send(message(hookUrl(HOOK)), 'd-3')).toEqual({ ok: false, permanent: false, retryAfterMs: 2000, rateLimited: true, error: expect.stringContaining('rate limited') });
  standIn.setFaults({ rate: 1, seed: 3, kinds: ['500'] });
  const failed = await sender.send(message(hookUrl(HOOK)), 'd-4');
  expect(failed).toMatchObject({ ok: false, permanent: false });
  expect(JSON.stringify(failed)).not.toContain('secretHookPath123');
});

test('targets that are not https://hooks.slack.com URLs are refused before any request', async () => {
  const before = standIn.requests.length;
  for (const target of [
    'http://hooks.slack.com/services/T/B/x',
    'https://hooks.slack.com.evil.example/services/T/B/x',
    'https://user:pw@hooks.slack.com/services/T/B/x',
    'https://10.0.0.5/services/T/B/x',
    'https://169.254.169.254/latest/meta-data',
    'C0CHANNEL',
  ]) {
    const result = await sender.send(message(target), 'd-5');
    expect(result).toMatchObject({ ok: false, permanent: true });
    expect(JSON.stringify(result)).not.toContain(target);
  }
  expect(standIn.requests.length).toBe(before);
});

test('a network failure is retryable and does not reveal the hook URL', async () => {
  const dead = await startSlackStandIn();
  const base = dead.hooksBase;
  await dead.close();
  const offline = new SlackWebhookSender({ baseUrl: base, timeoutMs: 2000 });
  const result = await offline.send(message(hookUrl(HOOK)), 'd-6');
  expect(result).toMatchObject({ ok: false, permanent: false });
  expect(JSON.stringify(result)).not.toContain('secretHookPath123');
});
