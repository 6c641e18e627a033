import { fitRendered, joinWithin, safeHttpUrl, stripTags, truncate } from '../../src/digest/text';
import { renderDiscordText } from '../../src/platforms/discord/render';
import { renderSlackText } from '../../src/platforms/slack/render';
import { discordViolations } from './discord-limits';
import { slackViolations } from './slack-limits';

describe('truncate', () => {
  it('keeps text that fits and cuts longer text at a word boundary with an ellipsis', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('the quick brown fox jumps', 16)).toBe('the quick brown…');
    expect(truncate('abcdefghijklmnop', 5)).toBe('abcd…');
    expect(truncate('anything', 0)).toBe('');
  });
  it('never leaves half a surrogate pair', () => {
    const out = truncate('ab😀😀😀😀', 4);
    expect(out.length).toBeLessThanOrEqual(4);
    expect(out).toBe('ab…');
  });
});

describe('fitRendered', () => {
  it('fits the escaped text, not the raw text', () => {
    const raw = '*'.repeat(50) + ' tail';
    const out = fitRendered(raw, 40, renderDiscordText);
    expect(out.length).toBeLessThanOrEqual(40);
    expect(out.endsWith('…')).toBe(true);
    // No escape sequence cut in half: every "*" is still preceded by its backslash.
    expect(out).not.toMatch(/(^|[^\\])\*/);
    const slack = fitRendered('<!channel> '.repeat(100), 100, renderSlackText);
    expect(slack.length).toBeLessThanOrEqual(100);
    expect(slack).not.toMatch(/&(?!amp;|lt;|gt;)/);
  });
});

describe('joinWithin', () => {
  const more = (n: number) => `and ${n} more`;
  it('joins everything that fits', () => {
    expect(joinWithin(['a', 'b', 'c'], ', ', 100, more)).toBe('a, b, c');
  });
  it('announces what does not fit and stays within max', () => {
    const items = Array.from({ length: 20 }, (_, i) => `item${i}`);
    const out = joinWithin(items, ', ', 40, more);
    expect(out.length).toBeLessThanOrEqual(40);
    const shown = out.split(', ').filter((s) => s.startsWith('item')).length;
    expect(out).toBe(`${items.slice(0, shown).join(', ')}, and ${20 - shown} more`);
  });
  it('says "and N more" alone when even the first item is too long', () => {
    expect(joinWithin(['x'.repeat(100), 'y'], ', ', 20, more)).toBe('and 2 more');
  });
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://a.example/x', 'https://a.example/x'],
    ['http://a.example', 'http://a.example/'],
    ['javascript:alert(1)', undefined],
    ['JAVASCRIPT:alert(1)', undefined],
    ['data:text/html,x', undefined],
    ['/relative', undefined],
    ['https://user:pw@a.example/', undefined],
    ['', undefined],
  ])('%s', (input, out) => {
    expect(safeHttpUrl(input)).toBe(out);
  });
  it('refuses URLs longer than the limit', () => {
    expect(safeHttpUrl(`https://a.example/${'x'.repeat(100)}`, 50)).toBeUndefined();
  });
});

describe('stripTags', () => {
  it('removes tags and comments but keeps mention-like syntax for the escapers', () => {
    expect(stripTags('a <script src="x">b</script> <!-- c --> <@123> d')).toBe('a b  <@123> d');
  });
});

describe('limit checkers catch violations (so the renderer tests can fail)', () => {
  it('discord', () => {
    const v = discordViolations({
      content: 'x'.repeat(2001),
      embeds: Array.from({ length: 11 }, () => ({ title: 't'.repeat(257), description: 'd'.repeat(4097), url: 'javascript:x' })),
      allowed_mentions: { parse: ['everyone'] as unknown as [] },
    });
    expect(v).toEqual(expect.arrayContaining(['content 2001', 'embeds 11', 'embed[0].title 257', 'embed[0].description 4097', 'embed[0].url javascript:x', 'allowed_mentions.parse not empty']));
    expect(v.some((s) => s.startsWith('embeds total'))).toBe(true);
    expect(discordViolations({ embeds: [{ fields: Array.from({ length: 26 }, () => ({ name: '', value: 'v'.repeat(1025) })) }], allowed_mentions: { parse: [] } })).toEqual(
      expect.arrayContaining(['embed[0].fields 26', 'embed[0].fields[0].name 0', 'embed[0].fields[0].value 1025']),
    );
  });
  it('slack', () => {
    const v = slackViolations({
      text: '',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } },
        { type: 'section', text: { type: 'mrkdwn', text: 's'.repeat(3001) }, fields: Array.from({ length: 11 }, () => ({ type: 'mrkdwn' as const, text: 'f'.repeat(2001) })) },
        { type: 'context', elements: Array.from({ length: 11 }, () => ({ type: 'mrkdwn' as const, text: 'c' })) },
        ...Array.from({ length: 48 }, () => ({ type: 'divider' as const })),
      ],
      unfurl_links: false,
      unfurl_media: false,
    });
    expect(v).toEqual(
      expect.arrayContaining(['text missing', 'blocks 51', 'blocks[0].header 151', 'blocks[1].text 3001', 'blocks[1].fields 11', 'blocks[1].fields[0] 2001', 'blocks[2].elements 11']),
    );
  });
});
