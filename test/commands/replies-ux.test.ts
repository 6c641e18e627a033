/**
 * What a reader meets in command replies: placeholders kept on Discord, every keyword rule reachable page by
 * page, refusals naming the real Discord command, a bad schedule called a bad schedule, one help text for
 * help and for an unknown subcommand, the error of a feed's recent failures.
 */
import { createCommandHandler } from '../../src/commands/handlers';
import { usageLines } from '../../src/commands/usage';
import { renderDiscordReply, usageReply } from '../../src/platforms/discord/reply';
import { SLASH_USAGE, parseSlashText } from '../../src/platforms/slack/commands';
import { createMemoryStores } from '../../src/store/memory';
import { memoryLogger, replyText, request, testConfig } from './fixtures';

const admin = { isAdmin: true, userId: 'U0ADMIN' };
const longRules = Array.from({ length: 14 }, (_, i) => ({
  name: `rule-${i + 1}`,
  match: Array.from({ length: 40 }, (_, j) => `word${i}x${j}`).join(' OR '),
}));

function handlerWith(over: Record<string, unknown> = {}) {
  const stores = createMemoryStores();
  return { stores, handle: createCommandHandler({ config: testConfig(over), stores, logger: memoryLogger().logger }) };
}

test('Discord help and usage keep their <url>, <query>, <rule> placeholders', () => {
  const help = renderDiscordReply({ ephemeral: true, title: 'borderwatch commands', lines: usageLines('discord').map((text) => ({ text })) });
  const d = help.embeds[0]!.description!;
  expect(d).toContain('add <rule>');
  expect(d).toContain('add <url> \\[name\\]');
  expect(d).toContain('test <url>');
  // Feed text with markup is still stripped and mentions still broken.
  const hostile = renderDiscordReply({ ephemeral: true, lines: [{ text: '<script>x</script> <@&123> @everyone <b>bold</b> <url>' }] });
  expect(hostile.embeds[0]!.description).toBe('x <\u200b@&123> @\u200beveryone bold <url>');
});

test('keywords list shows every rule, page by page, each page within one Discord embed', async () => {
  const { handle } = handlerWith({ keywords: { rules: longRules, exclude: ['"border collie"'] } });
  const first = await handle(request('keywords', ['list'], { ...admin, platform: 'discord' }));
  const pages = Number(/Page 1 of (\d+)/.exec(first.footer ?? '')?.[1]);
  expect(pages).toBeGreaterThan(1);
  expect(first.footer).toContain('next: /border-admin keywords list page:2');
  const seen: string[] = [];
  for (let p = 1; p <= pages; p++) {
    const r = await handle(request('keywords', p === 1 ? ['list'] : ['list', String(p)], { ...admin, platform: 'discord' }));
    expect(r.error).toBeUndefined();
    const rendered = renderDiscordReply(r).embeds[0]!.description!;
    expect(rendered).not.toMatch(/… and \d+ more/);
    seen.push(...r.lines.map((l) => l.text.split(':')[0]!));
  }
  expect(seen).toEqual([...longRules.map((r) => r.name), 'exclude']);
  const slack = await handle(request('keywords', ['list'], admin));
  expect(slack.footer).toContain('next: /border keywords list 2');
  const bad = await handle(request('keywords', ['list', '99'], admin));
  expect(bad).toMatchObject({ error: true, title: 'Usage' });
  expect(replyText(bad)).toContain(`are ${pages} pages`);
});

test('refusals on Discord name /border-admin, the command that exists there', async () => {
  const { handle } = handlerWith();
  const d = await handle(request('status', [], { platform: 'discord', isAdmin: false }));
  expect(replyText(d)).toContain('/border-admin status is for admins only');
  const s = await handle(request('status', [], { platform: 'slack', isAdmin: false }));
  expect(replyText(s)).toContain('/border status is for admins only');
});

test('subscribe with schedule=banana is a schedule error, not "Bad timezone"', async () => {
  const { handle } = handlerWith();
  const r = await handle(request('subscribe', ['digest', 'banana'], { platform: 'discord' }));
  expect(r.error).toBe(true);
  expect(replyText(r)).toContain('Bad schedule "banana"');
  const cst = await handle(request('subscribe', ['digest', '08:00', 'CST'], { platform: 'discord' }));
  expect(replyText(cst)).toContain('Bad timezone "CST"');
  expect(replyText(cst)).toContain('America/Chicago');
  const ok = await handle(request('subscribe', ['digest', '08:00', 'America/Chicago'], { platform: 'discord' }));
  expect(ok.error).toBeUndefined();
});

test('help and an unknown subcommand print the same help text, on both platforms', async () => {
  const { handle } = handlerWith();
  for (const platform of ['discord', 'slack'] as const) {
    const help = (await handle(request('help', [], { platform }))).lines.map((l) => l.text);
    expect(help).toEqual(usageLines(platform));
  }
  expect(usageReply('Unknown subcommand: frob').lines.slice(1).map((l) => l.text)).toEqual(usageLines('discord'));
  expect(parseSlashText('frobnicate')).toEqual({ error: 'Unknown command "frobnicate".' });
  expect(SLASH_USAGE).toEqual(usageLines('slack'));
});

test('feeds list gives the error of recent failures', async () => {
  const { handle, stores } = handlerWith();
  await stores.feedState.set('https://www.cbp.gov/rss/newsroom', { failures: 1, failing: false, lastError: 'HTTP 503', initialized: true, lastPollAt: '2023-12-20T11:00:00Z' });
  const r = await handle(request('feeds', ['list'], admin));
  expect(replyText(r)).toContain('CBP Newsroom — https://www.cbp.gov/rss/newsroom — 1 failure in a row, last: HTTP 503');
});
