import { composeAlert, composeDigest } from '../../src/digest/compose';
import { hostsNamedIn, linkHostNote } from '../../src/digest/link-host';
import { renderDiscordReply } from '../../src/platforms/discord/reply';
import { renderDiscord } from '../../src/platforms/discord/render';
import { renderSlackReply } from '../../src/platforms/slack/reply';
import { renderSlack } from '../../src/platforms/slack/render';
import { discordViolations } from './discord-limits';
import { slackViolations } from './slack-limits';
import { story } from './fixtures';

const window = { from: '2023-11-27T14:00:00Z', to: '2023-11-28T14:00:00Z', timezone: 'UTC' };
const DHS_TITLE = 'https://www.dhs.gov/news/2023/11/28/statement-on-border-operations';
const STATE_TITLE = 'Visa appointments open: book at travel.state.gov/visas before Friday';
const EVIL = 'https://evil.example/landing?id=1';

describe('linkHostNote (the one check every renderer uses)', () => {
  test.each([
    [DHS_TITLE, EVIL, ' (evil.example)'],
    [STATE_TITLE, 'https://phish.example.co.uk/x', ' (example.co.uk)'],
    ['dhs.gov says', 'https://dhs.gov.evil.example/x', ' (evil.example)'], // the registrable domain is what decides
    ['dhs.g\u043ev update', EVIL, ' (evil.example)'], // Cyrillic о: a look-alike name always counts
    ['dhs\uff0egov update', EVIL, ' (evil.example)'], // full-width dot
    ['dhs\u3002gov update', EVIL, ' (evil.example)'], // ideographic dot
    ['travel.sta\u200bte.gov', EVIL, ' (evil.example)'], // a hidden character does not hide the name
    ['HTTPS://WWW.DHS.GOV/', EVIL, ' (evil.example)'],
    ['see http://user@10.0.0.1:8080/x', EVIL, ' (evil.example)'],
    ['github.io', 'https://evil.github.io/x', ' (evil.github.io)'], // private suffixes count
    ['www.anything', EVIL, ' (evil.example)'],
  ])('%j linking to %s shows%s', (label, url, note) => {
    expect(linkHostNote(label, url)).toBe(note);
  });

  test.each([
    [DHS_TITLE, 'https://www.dhs.gov/news/2023/11/28/statement'],
    ['CBP.gov data for November', 'https://www.cbp.gov/newsroom/stats'],
    [STATE_TITLE, 'https://travel.state.gov/content/visas.html'],
    ['Border apprehensions fall in November', EVIL],
    ['U.S. border: Node.js, Mr.Smith, e.g. 3.5% and No.1', EVIL],
    ['Ciudad Juárez: migrantes esperan en el puente', EVIL],
  ])('%j linking to %s needs no note', (label, url) => {
    expect(linkHostNote(label, url)).toBe('');
  });

  test('names found in text', () => {
    expect(hostsNamedIn(STATE_TITLE)).toEqual(['travel.state.gov']);
    expect(hostsNamedIn(DHS_TITLE)).toEqual(['www.dhs.gov']);
    expect(hostsNamedIn('no names here. U.S. and E.U.')).toEqual([]);
  });
});

const deceptive = story({
  title: DHS_TITLE,
  url: EVIL,
  sources: [
    { name: 'Border Report', title: 't', url: EVIL },
    { name: 'cbp.gov', title: 't', url: 'https://other.example/copy' },
    { name: 'DHS (www.dhs.gov)', title: 't', url: 'https://www.dhs.gov/real' },
  ],
});

describe('Discord', () => {
  test('an embed title that names another site shows the real one in the title', () => {
    const [p] = renderDiscord(composeAlert(deceptive));
    const e = p.embeds[0];
    expect(e.url).toBe(EVIL);
    expect(e.title!.endsWith(' (evil.example)')).toBe(true);
    expect(e.title!.startsWith('https://www.dhs.gov/news/2023/11/28/statement-on-border-operations')).toBe(true);
    expect(discordViolations(p)).toEqual([]);
    // Also reported by: the outlet named like a domain links elsewhere, so its real site follows the link; the honest one has no note.
    expect(e.fields?.find((f) => f.name === 'Also reported by')?.value).toBe('[cbp.gov](https://other.example/copy) (other.example), [DHS (www.dhs.gov)](https://www.dhs.gov/real)');
  });

  test('a long deceptive title is cut, never the real site', () => {
    const long = story({ title: `${DHS_TITLE}/${'x'.repeat(400)}`, url: EVIL });
    const e = renderDiscord(composeAlert(long))[0].embeds[0];
    expect(e.title!.length).toBeLessThanOrEqual(256);
    expect(e.title!.endsWith('… (evil.example)')).toBe(true);
  });

  test('an honest title is unchanged', () => {
    const e = renderDiscord(composeAlert(story({ title: 'CBP.gov posts November data', url: 'https://www.cbp.gov/x' })))[0].embeds[0];
    expect(e.title).toBe('CBP.gov posts November data');
    expect(e.url).toBe('https://www.cbp.gov/x');
  });

  test('"By the numbers" links in a digest', () => {
    const [p] = renderDiscord(composeDigest([deceptive], window));
    expect(p.embeds[0].description).toMatch(/— \[https:\/\/www\.dhs\.gov\/news\/[^\]]*\]\(https:\/\/evil\.example\/landing\?id=1\) \(evil\.example\)$/);
    expect(p.embeds[1].title!.endsWith(' (evil.example)')).toBe(true);
  });

  test('command replies (latest, stories) show the real site beside the masked link', () => {
    const out = renderDiscordReply({ ephemeral: false, title: 'Recent stories', lines: [{ text: `${STATE_TITLE} — Outlet, Nov 28`, url: EVIL }, { text: 'Honest — Outlet', url: EVIL }] });
    expect(out.embeds[0].description).toBe(
      '[Visa appointments open: book at travel.state.gov/visas before Friday — Outlet, Nov 28](https://evil.example/landing?id=1) (evil.example)\n[Honest — Outlet](https://evil.example/landing?id=1)',
    );
  });
});

describe('Slack', () => {
  test('the linked story title and "Also reported by" show the real site after the link', () => {
    const [p] = renderSlack(composeAlert(deceptive));
    expect(slackViolations(p)).toEqual([]);
    const section = p.blocks.find((b) => b.type === 'section') as { text: { text: string } };
    expect(section.text.text.split('\n')[0]).toBe(`*<https://evil.example/landing?id=1|${DHS_TITLE}> (evil.example)*`);
    const context = JSON.stringify(p.blocks.find((b) => b.type === 'context'));
    expect(context).toContain('<https://other.example/copy|cbp.gov> (other.example)');
    expect(context).toContain('<https://www.dhs.gov/real|DHS (www.dhs.gov)>"');
  });

  test('digest: the story title and "By the numbers"', () => {
    const [p] = renderSlack(composeDigest([deceptive], window));
    const json = JSON.stringify(p.blocks);
    expect(json.split(`|${DHS_TITLE}> (evil.example)`).length - 1).toBe(2);
  });

  test('an honest title is unchanged', () => {
    const [p] = renderSlack(composeAlert(story({ title: 'CBP.gov posts November data', url: 'https://www.cbp.gov/x', sources: [{ name: 'CBP', title: 't', url: 'https://www.cbp.gov/x' }] })));
    expect(JSON.stringify(p.blocks)).toContain('*<https://www.cbp.gov/x|CBP.gov posts November data>*');
  });

  test('command replies show the real site beside the link', () => {
    const out = renderSlackReply({ ephemeral: false, lines: [{ text: STATE_TITLE, url: EVIL }, { text: 'Honest', url: EVIL }] });
    const section = out.blocks[0] as { text: { text: string } };
    expect(section.text.text).toBe(`<https://evil.example/landing?id=1|${STATE_TITLE}> (evil.example)\n<https://evil.example/landing?id=1|Honest>`);
  });
});
