/** Charts that travel in a payload (`_files`): Discord webhooks upload them, Slack incoming webhooks drop them. */
import { DiscordWebhookSender } from '../../src/platforms/discord/webhook-sender';
import { SlackWebhookSender } from '../../src/platforms/slack/webhook-sender';
import { takePayloadFiles } from '../../src/platforms/payload-files';
import { startDiscordStandIn, type DiscordStandIn } from '../support/discord-standin';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-standin';

const CHANNEL = '700000000000000099';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const files = [{ name: 'cbp-nationwide.southwest.all.png', title: 'Southwest encounters', contentType: 'image/png', base64: PNG.toString('base64') }];

let discord: DiscordStandIn;
let slack: SlackStandIn;
beforeAll(async () => {
  discord = await startDiscordStandIn({ channels: [CHANNEL] });
  slack = await startSlackStandIn({ hooks: ['/services/T1/B1/official'] });
});
afterAll(async () => {
  await discord.close();
  await slack.close();
});

test('takePayloadFiles splits the files off and refuses unsafe names', () => {
  const { payload, files: out } = takePayloadFiles({ text: 'x', _files: [...files, { name: '../../etc/passwd', title: 't', contentType: 'image/png', base64: 'AA==' }] });
  expect(payload).toEqual({ text: 'x' });
  expect(out).toEqual([{ name: 'cbp-nationwide.southwest.all.png', title: 'Southwest encounters', data: PNG }]);
  expect(takePayloadFiles({ text: 'y' })).toEqual({ payload: { text: 'y' }, files: [] });
});

test('the Discord webhook sender uploads the chart as a multipart attachment', async () => {
  const sender = new DiscordWebhookSender({ apiBase: discord.apiBase });
  try {
    const hook = discord.addWebhook(CHANNEL);
    const r = await sender.send({ platform: 'discord', target: hook.url, payload: { embeds: [{ title: 'New CBP numbers', image: { url: 'attachment://cbp-nationwide.southwest.all.png' } }], _files: files } }, 'o-1');
    expect(r.ok).toBe(true);
    const stored = discord.messages.at(-1)!;
    expect(stored.body).not.toHaveProperty('_files');
    expect(stored.files).toHaveLength(1);
    expect(stored.files![0]).toMatchObject({ name: 'cbp-nationwide.southwest.all.png' });
    expect(stored.files![0]!.data.equals(PNG)).toBe(true);
  } finally {
    await sender.close();
  }
});

test('the Slack webhook sender posts the numbers without the file', async () => {
  const sender = new SlackWebhookSender({ baseUrl: slack.hooksBase });
  const r = await sender.send({ platform: 'slack', target: 'https://hooks.slack.com/services/T1/B1/official', payload: { text: 'New CBP numbers', _files: files } }, 'o-2');
  expect(r).toEqual({ ok: true });
  expect(slack.webhookPosts.at(-1)).toEqual({ path: '/services/T1/B1/official', body: { text: 'New CBP numbers' } });
});
