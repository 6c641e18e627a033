import { composeAlert } from '../../src/digest/compose';
import { htmlToText, normalizeItem } from '../../src/feeds/normalize';
import { renderDiscordReply } from '../../src/platforms/discord/reply';
import { renderDiscord } from '../../src/platforms/discord/render';
import { renderDiscordPlain, renderDiscordText } from '../../src/platforms/discord/escape';
import { renderSlack } from '../../src/platforms/slack/render';
import { escapeMrkdwn, renderSlackReply } from '../../src/platforms/slack/reply';
import { renderSlackPlain, renderSlackText } from '../../src/platforms/slack/escape';
import { stripInvisible } from '../../src/util/invisible';
import { story } from './fixtures';

/** Every character that reorders or hides text and must never reach a message. */
const REORDER_OR_HIDE = [
  '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', // embeddings, overrides
  '\u2066', '\u2067', '\u2068', '\u2069', // isolates
  '\u200e', '\u200f', '\u061c', // marks
  '\ufeff', '\u200b', '\u2060', '\u2061', '\u2064', '\u00ad', '\u180e', '\u206a', '\u206f', '\ufff9', '\ufffb', // zero-width and other format characters
  '\u{e0001}', '\u{e0041}', '\u{e007f}', // tag characters (invisible text)
  '\u3164', '\u115f', '\uffa0', // Hangul fillers (blank letters)
];
const ANY_HIDDEN = new RegExp(`[${REORDER_OR_HIDE.join('')}]`, 'u');
const ZWSP = '\u200b';

/** A title that reads "evil.com" on screen but is "moc.live" (RLO), salted with every hidden character. */
const HOSTILE = `Border ${'\u202e'}moc.live${'\u202c'} update ${REORDER_OR_HIDE.join('')}done @everyone`;

test('stripInvisible removes every reordering or hiding character and keeps ZWNJ/ZWJ and visible text', () => {
  expect(stripInvisible(`a${REORDER_OR_HIDE.join('')}b`)).toBe('ab');
  // ZWNJ (Persian) and ZWJ (emoji sequences) are needed to write text correctly.
  expect(stripInvisible('می\u200cخواهم 👨\u200d👩\u200d👧')).toBe('می\u200cخواهم 👨\u200d👩\u200d👧');
  expect(stripInvisible('Juárez — “frontera” 😀 ﷺ')).toBe('Juárez — “frontera” 😀 ﷺ');
});

test('normalization strips them from titles, summaries and content, also when written as entities', () => {
  expect(htmlToText(`<p>${HOSTILE}</p>`)).toBe('Border moc.live update done @everyone');
  expect(htmlToText('a&#x202E;b&#8295;c&#xFEFF;d&shy;e')).toBe('abcde');
  const item = normalizeItem(
    { title: HOSTILE, summary: `<b>${HOSTILE}</b>`, content: `<p>${HOSTILE} more</p>`, link: 'https://news.example/a' },
    { url: 'https://news.example/feed', name: 'Outlet' },
  )!;
  for (const text of [item.title, item.summary, item.content ?? '']) expect(text).not.toMatch(ANY_HIDDEN);
  expect(item.title).toBe('Border moc.live update done @everyone');
});

test('every escaper strips them too (defence in depth) but keeps the zero-width space it inserts itself', () => {
  for (const render of [renderDiscordText, renderDiscordPlain, renderSlackText, renderSlackPlain, escapeMrkdwn]) {
    const out = render(HOSTILE);
    expect(out.replace(`@${ZWSP}everyone`, '@everyone')).not.toMatch(ANY_HIDDEN);
    expect(out).toContain(`@${ZWSP}everyone`);
  }
});

test('rendered alerts and command replies on both platforms carry none of them', () => {
  const s = story({ title: HOSTILE, summary: HOSTILE, sources: [{ name: `Outlet${'\u202e'}x`, title: 't', url: 'https://news.example/a' }] });
  const strip = (json: string) => json.split(`@${ZWSP}`).join('@');
  expect(strip(JSON.stringify(renderDiscord(composeAlert(s))))).not.toMatch(ANY_HIDDEN);
  expect(strip(JSON.stringify(renderSlack(composeAlert(s))))).not.toMatch(ANY_HIDDEN);
  const reply = { ephemeral: false, title: HOSTILE, lines: [{ text: HOSTILE, url: 'https://news.example/a' }, { text: HOSTILE }], footer: HOSTILE };
  expect(strip(JSON.stringify(renderDiscordReply(reply)))).not.toMatch(ANY_HIDDEN);
  expect(strip(JSON.stringify(renderSlackReply(reply)))).not.toMatch(ANY_HIDDEN);
});
