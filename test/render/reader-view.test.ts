/** The dry run's reader view undoes exactly the renderers' escaping: hostile text reads as written, links as "label <url>". */
import { discordMarkdownToPlain } from '../../src/platforms/discord/reader-view';
import { slackMrkdwnToPlain } from '../../src/platforms/slack/reader-view';
import { renderDiscordText } from '../../src/platforms/discord/escape';
import { renderSlackText } from '../../src/platforms/slack/escape';

const hostile = '**Bold** _it_ ~s~ `code` [x](y) a|b \\ 1. a < b & > quote';

test('Discord: escaped feed text reads as the original; masked links read as label <url>', () => {
  expect(discordMarkdownToPlain(renderDiscordText(hostile))).toBe(hostile);
  expect(discordMarkdownToPlain('[Valley \\[Ledger\\]](https://v.example/a%20b)')).toBe('Valley [Ledger] <https://v.example/a b>');
});

test('Slack: escaped feed text reads as the original; <url|label> reads as label <url>; bold marks dropped', () => {
  expect(slackMrkdwnToPlain(renderSlackText(hostile))).toBe(hostile);
  expect(slackMrkdwnToPlain('*<https://a.example/?x=1&amp;y=2|Title &amp; more>*')).toBe('Title & more <https://a.example/?x=1&y=2>');
  expect(slackMrkdwnToPlain('<!date^1700000000^{date_short_pretty}|Nov 14, 10:13 PM UTC>')).toBe('Nov 14, 10:13 PM UTC');
});
