import { parseSlashText, unescapeSlackText } from '../../src/platforms/slack/commands';
import { redactSecrets, parseRetryAfterMs } from '../../src/platforms/slack/errors';
import { renderSlackReply, SLACK_REPLY_LIMITS } from '../../src/platforms/slack/reply';

describe('parseSlashText', () => {
  test.each([
    ['latest apprehensions', { name: 'latest', args: ['apprehensions'] }],
    ['  LATEST   apprehensions  ', { name: 'latest', args: ['apprehensions'] }],
    ['subscribe digest "0 8 * * *" America/Chicago', { name: 'subscribe', args: ['digest', '0 8 * * *', 'America/Chicago'] }],
    ['keywords add "border wall" OR muro', { name: 'keywords', args: ['add', 'border wall', 'OR', 'muro'] }],
    ['keywords add \u201cborder wall\u201d OR muro', { name: 'keywords', args: ['add', 'border wall', 'OR', 'muro'] }],
    ['feeds add https://www.cbp.gov/rss/newsroom', { name: 'feeds', args: ['add', 'https://www.cbp.gov/rss/newsroom'] }],
    ['feeds add <https://www.cbp.gov/rss?a=1&amp;b=2>', { name: 'feeds', args: ['add', 'https://www.cbp.gov/rss?a=1&b=2'] }],
    ['feeds remove <https://example.org/feed|example.org/feed>', { name: 'feeds', args: ['remove', 'https://example.org/feed'] }],
    ['keywords add title:&lt;asylum&gt; &amp; parole', { name: 'keywords', args: ['add', 'title:<asylum>', '&', 'parole'] }],
    ['', { name: 'help', args: [] }],
    ['   ', { name: 'help', args: [] }],
    ['unsubscribe digest', { name: 'unsubscribe', args: ['digest'] }],
    ['status', { name: 'status', args: [] }],
  ])('%j', (text, expected) => {
    expect(parseSlashText(text)).toEqual(expected);
  });

  test('unknown commands and unclosed quotes are usage errors', () => {
    expect(parseSlashText('frobnicate')).toEqual({ error: expect.stringContaining('frobnicate') });
    expect(parseSlashText('keywords add "border wall')).toEqual({ error: expect.stringContaining('quote') });
  });

  test('unescapeSlackText keeps mentions readable', () => {
    expect(unescapeSlackText('<#C123|news> <@U42> x &gt; y')).toBe('news <@U42> x > y');
  });
});

describe('renderSlackReply', () => {
  test('ephemeral vs in_channel', () => {
    expect(renderSlackReply({ ephemeral: true, lines: [{ text: 'a' }] }).response_type).toBe('ephemeral');
    expect(renderSlackReply({ ephemeral: false, lines: [{ text: 'a' }] }).response_type).toBe('in_channel');
  });

  test('escapes mrkdwn control characters and mentions; links are well-formed', () => {
    const body = renderSlackReply({
      ephemeral: false,
      title: 'Stories <!channel>',
      lines: [{ text: 'Agents | detain <@U1> & 40', url: 'https://news.example/x?a=1&b=<2>|3' }, { text: 'ping @here' }],
      footer: 'via <script>',
    });
    const json = JSON.stringify(body);
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<@U1>');
    expect(json).not.toContain('<script>');
    expect(json).not.toMatch(/@here/);
    const section = (body.blocks[1] as { text: { text: string } }).text.text;
    expect(section).toMatch(/^<https:\/\/news\.example\/x\?a=1&amp;b=%3C2%3E%7C3\|Agents \u2223 detain &lt;@U1&gt; &amp; 40>/);
    expect(body.text).toContain('Stories &lt;!channel&gt;');
  });

  test('usage text such as <url> survives', () => {
    const body = renderSlackReply({ ephemeral: true, lines: [{ text: '/border feeds add <url>' }] });
    expect(JSON.stringify(body.blocks)).toContain('/border feeds add &lt;url&gt;');
  });

  test('stays within Block Kit limits for very long replies', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => ({ text: `Story number ${i} `.repeat(20), url: `https://example.org/${i}` }));
    const body = renderSlackReply({ ephemeral: true, title: 'Many', lines, footer: 'end' });
    expect(body.blocks.length).toBeLessThanOrEqual(SLACK_REPLY_LIMITS.blocks);
    for (const block of body.blocks as Array<{ type: string; text?: { text: string }; elements?: Array<{ text: string }> }>) {
      const text = block.text?.text ?? block.elements?.map((e) => e.text).join('') ?? '';
      expect(text.length).toBeGreaterThan(0);
      expect(text.length).toBeLessThanOrEqual(SLACK_REPLY_LIMITS.sectionText);
    }
    expect(body.text.length).toBeLessThanOrEqual(SLACK_REPLY_LIMITS.fallbackText);
    expect(JSON.stringify(body.blocks)).toMatch(/and \d+ more not shown/);
    expect((body.blocks.at(-1) as { elements: Array<{ text: string }> }).elements[0]?.text).toBe('end');
  });

  test('error replies are marked', () => {
    const body = renderSlackReply({ ephemeral: true, error: true, title: 'Admins only', lines: [{ text: 'no' }] });
    expect(body.text).toContain(':warning: Admins only');
  });
});

describe('secrets', () => {
  test('redactSecrets removes tokens, webhook URLs and listed secrets', () => {
    const text = 'failed xoxb-123-456-abcDEF and xapp-1-A1-2-zz at https://hooks.slack.com/services/T1/B2/secret, Bearer xoxp-9 with s3cr3t-signing';
    const out = redactSecrets(text, ['s3cr3t-signing']);
    for (const secret of ['xoxb-123-456-abcDEF', 'xapp-1-A1-2-zz', 'T1/B2/secret', 'xoxp-9', 's3cr3t-signing']) expect(out).not.toContain(secret);
    expect(out).toContain('failed');
  });

  test('parseRetryAfterMs accepts seconds (also fractional) with a one-second floor', () => {
    expect(parseRetryAfterMs('3')).toBe(3000);
    expect(parseRetryAfterMs('1.5')).toBe(1500);
    expect(parseRetryAfterMs('0')).toBe(1000);
    expect(parseRetryAfterMs('soon')).toBeUndefined();
    expect(parseRetryAfterMs(null)).toBeUndefined();
  });
});
