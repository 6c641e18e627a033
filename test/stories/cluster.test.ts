import type { FeedItem, Figure } from '../../src/model';
import { MemorySeenStore } from '../../src/store/memory/seen-store';
import { MemoryStoryStore } from '../../src/store/memory/story-store';
import { MAX_STORY_SOURCES, StoryClusterer, sourceCountOf, storyIdFor } from '../../src/stories/cluster';
import { composeAlert } from '../../src/digest/compose';
import { renderDiscord } from '../../src/platforms/discord/render';
import { renderSlack } from '../../src/platforms/slack/render';
import { figuresConflict, unionFigures } from '../../src/stories/figure-match';
import { compareTexts, textFeatures } from '../../src/stories/similarity';

function fig(metric: string, value: number, period: string | null = null, qualifier: string | null = null): Figure {
  return { value, text: String(value), sentence: '', qualifier, per: null, metric, scope: null, period, source: null, unit: null };
}

let n = 0;
function item(feedName: string, title: string, summary: string, published: string, link?: string): FeedItem {
  n++;
  const slug = `${feedName.toLowerCase().replace(/\W+/g, '-')}-${n}`;
  return {
    id: `id-${n}`,
    guid: `id-${n}`,
    title,
    summary,
    published,
    link: link ?? `https://${slug}.example.com/news/${slug}`,
    feedUrl: `https://${slug}.example.com/rss`,
    feedName,
  };
}

function setup(start = '2023-11-14T20:00:00Z', windowHours = 72) {
  const clock = { t: Date.parse(start) };
  const c = new StoryClusterer({
    seen: new MemorySeenStore(() => clock.t),
    stories: new MemoryStoryStore({ indexWindowSeconds: windowHours * 3600, now: () => clock.t }),
    clusterWindowHours: windowHours,
    seenTtlDays: 30,
    now: () => new Date(clock.t),
  });
  return { c, clock };
}

const OCT_CBP = item(
  'CBP Newsroom',
  'CBP Releases October 2023 Monthly Update',
  'U.S. Customs and Border Protection released operational statistics for October 2023. U.S. Border Patrol apprehensions between ports of entry at the southwest border were 188,778, a 14% decrease from September.',
  '2023-11-14T20:00:00Z',
);
const OCT_REUTERS = item(
  'Reuters',
  'Migrant arrests at U.S.-Mexico border fell in October, CBP data shows',
  'U.S. Border Patrol agents arrested 188,778 migrants crossing illegally from Mexico in October, down 14% from September, according to U.S. Customs and Border Protection data released on Tuesday.',
  '2023-11-14T21:10:00Z',
);
const OCT_AP = item(
  'AP News',
  'Illegal border crossings dipped in October but remain high, figures show',
  'Arrests for illegal crossings on the U.S. border with Mexico fell 14% in October from September, the Border Patrol said Tuesday, with 188,778 apprehensions, as Mexico stepped up enforcement.',
  '2023-11-14T22:00:00Z',
);
const OCT_AP_COPY = item(
  'KTSM',
  'Illegal border crossings dipped in October but remain high',
  'EL PASO (AP) — Arrests for illegal crossings on the U.S. border with Mexico fell 14% in October from September, the Border Patrol said Tuesday, with 188,778 apprehensions, as Mexico stepped up enforcement.',
  '2023-11-14T23:30:00Z',
);
const OCT_FIGS = [fig('apprehensions', 188778, '2023-10')];

describe('StoryClusterer', () => {
  test('several outlets and a wire copy covering one event fold into one story with every source', async () => {
    const { c, clock } = setup();
    const first = await c.add(OCT_CBP, [fig('encounters', 240988, '2023-10'), ...OCT_FIGS], OCT_CBP.summary);
    expect(first.kind).toBe('new');
    if (first.kind !== 'new') return;
    const kinds: string[] = [];
    for (const it of [OCT_REUTERS, OCT_AP, OCT_AP_COPY]) {
      clock.t = Date.parse(it.published!);
      const r = await c.add(it, OCT_FIGS, it.summary);
      kinds.push(r.kind);
      if (r.kind === 'merged') {
        expect(r.story.id).toBe(first.story.id);
        expect(r.source).toMatchObject({ name: it.feedName, title: it.title, url: it.link, itemId: it.id, published: it.published });
      }
    }
    expect(kinds).toEqual(['merged', 'merged', 'merged']);
    const last = await c.add(OCT_AP_COPY, OCT_FIGS, 'x');
    expect(last.kind).toBe('duplicate');
  });

  test('results are private copies: a later merge leaves earlier results alone, and changing a result leaves the store alone', async () => {
    const { c, clock } = setup();
    const first = await c.add(OCT_CBP, OCT_FIGS, OCT_CBP.summary);
    clock.t = Date.parse(OCT_REUTERS.published!);
    const second = await c.add(OCT_REUTERS, OCT_FIGS, OCT_REUTERS.summary);
    if (first.kind !== 'new' || second.kind !== 'merged') throw new Error(`unexpected ${first.kind}/${second.kind}`);
    expect(first.story.sources).toHaveLength(1);
    second.story.sources.push({ name: 'Tampered', title: 'x', url: 'https://tampered.example.com/x' });
    second.story.figures = [];
    clock.t = Date.parse(OCT_AP.published!);
    const third = await c.add(OCT_AP, OCT_FIGS, OCT_AP.summary);
    if (third.kind !== 'merged') throw new Error(`unexpected ${third.kind}`);
    expect(third.story.sources.map((x) => x.name)).toEqual(['CBP Newsroom', 'Reuters', 'AP News']);
    expect(third.story.figures).toHaveLength(1);
  });

  test('the story keeps the first item: id, url, published, summary; figures are the union', async () => {
    const { c } = setup();
    const firstSummary = `${OCT_CBP.summary} (made by the summarizer)`;
    const a = await c.add(OCT_CBP, [fig('encounters', 240988, '2023-10'), ...OCT_FIGS], firstSummary);
    const b = await c.add(OCT_REUTERS, [...OCT_FIGS, fig('decrease', 14, '2023-10')], OCT_REUTERS.summary);
    expect(b.kind).toBe('merged');
    if (a.kind !== 'new' || b.kind !== 'merged') return;
    expect(a.story.id).toBe(storyIdFor(OCT_CBP));
    expect(b.story).toMatchObject({ id: a.story.id, title: OCT_CBP.title, url: OCT_CBP.link, published: OCT_CBP.published, summary: firstSummary });
    expect(b.story.sources.map((s) => s.name)).toEqual(['CBP Newsroom', 'Reuters']);
    expect(b.story.figures.map((f) => `${f.metric}:${f.value}`)).toEqual(['encounters:240988', 'apprehensions:188778', 'decrease:14']);
  });

  test('look-alike monthly reports with conflicting figures stay apart, even inside the window', async () => {
    const { c, clock } = setup('2023-12-19T20:00:00Z', 24 * 60);
    const oct = await c.add({ ...OCT_CBP, published: '2023-12-01T20:00:00Z' }, OCT_FIGS, 'Oct.');
    clock.t = Date.parse('2023-12-19T20:00:00Z');
    const nov = item(
      'CBP Newsroom',
      'CBP Releases November 2023 Monthly Update',
      'U.S. Customs and Border Protection released operational statistics for November 2023. U.S. Border Patrol apprehensions between ports of entry at the southwest border were 191,113, a 2% increase from October.',
      '2023-12-19T20:00:00Z',
    );
    const res = await c.add(nov, [fig('apprehensions', 191113, '2023-11')], 'Nov.');
    expect(oct.kind).toBe('new');
    expect(res.kind).toBe('new');
  });

  test('same metric, same unlabelled period, different exact values: two events (two caravans)', async () => {
    const { c } = setup('2023-11-01T19:00:00Z');
    const a = item('EFE', 'Parte de Tapachula una caravana de unos 7.000 migrantes rumbo a EE.UU.', 'Unos 7.000 migrantes, en su mayoría centroamericanos y venezolanos, salieron este lunes en caravana de Tapachula, en Chiapas, con destino a Estados Unidos.', '2023-10-30T17:00:00Z');
    const b = item('EFE', 'Sale de Tapachula una nueva caravana de unos 1.500 migrantes', 'Una nueva caravana de unos 1.500 migrantes, en su mayoría cubanos y haitianos, salió este miércoles de Tapachula, en Chiapas, con destino a Estados Unidos.', '2023-11-01T16:00:00Z');
    expect((await c.add(a, [fig('migrantes', 7000, null, 'unos')], a.summary)).kind).toBe('new');
    expect((await c.add(b, [fig('migrantes', 1500, null, 'unos')], b.summary)).kind).toBe('new');
  });

  test('the time window: the same wording outside it starts a new story', async () => {
    const { c, clock } = setup('2023-11-14T20:00:00Z', 72);
    expect((await c.add(OCT_AP, OCT_FIGS, OCT_AP.summary)).kind).toBe('new');
    const late = { ...OCT_AP_COPY, id: 'late', guid: 'late', link: 'https://late.example.com/a-1', feedUrl: 'https://late.example.com/rss', published: '2023-11-18T23:30:00Z' };
    clock.t = Date.parse(late.published);
    expect((await c.add(late, OCT_FIGS, late.summary)).kind).toBe('new');
    const inside = { ...OCT_AP_COPY, id: 'in', guid: 'in', link: 'https://in.example.com/a-2', feedUrl: 'https://in.example.com/rss', published: '2023-11-16T23:30:00Z' };
    clock.t = Date.parse(inside.published);
    expect((await c.add(inside, OCT_FIGS, inside.summary)).kind).toBe('merged');
  });

  test('unrelated stories on the same beat stay apart', async () => {
    const { c } = setup('2023-07-08T03:00:00Z');
    const buoys = item('Texas Tribune', 'Texas begins installing floating barrier in the Rio Grande near Eagle Pass', 'Texas started deploying a 1,000-foot line of large orange buoys in the Rio Grande near Eagle Pass on Friday, part of Gov. Greg Abbott\'s Operation Lone Star.', '2023-07-07T22:00:00Z');
    const arrests = item('Reuters', 'Migrant arrests at U.S.-Mexico border fell in June', 'U.S. Border Patrol agents arrested about 99,500 migrants crossing illegally from Mexico in June, the lowest since February 2021, preliminary data showed.', '2023-07-08T01:00:00Z');
    expect((await c.add(buoys, [], buoys.summary)).kind).toBe('new');
    expect((await c.add(arrests, [fig('apprehensions', 99500, '2023-06', 'about')], arrests.summary)).kind).toBe('new');
  });
});

describe('pure scoring', () => {
  test('figuresConflict: different reporting months, or different values for one period', () => {
    expect(figuresConflict([fig('encounters', 240988, '2023-10')], [fig('encounters', 242418, '2023-11')])).toBe(true);
    expect(figuresConflict([fig('deaths', 46)], [fig('deaths', 53)])).toBe(true);
    expect(figuresConflict([fig('deaths', 39, null, 'at least')], [fig('deaths', 40)])).toBe(false);
    expect(figuresConflict([fig('apprehensions', 188778, '2023-10')], [fig('apprehensions', 188778, '2023-10'), fig('encounters', 1)])).toBe(false);
    // a November story that also quotes October's figure is still the November story
    expect(figuresConflict([fig('apprehensions', 188778, '2023-10')], [fig('apprehensions', 191113, '2023-11'), fig('apprehensions', 188778, '2023-10')])).toBe(true);
    // day-level dates say when, not which report
    expect(figuresConflict([fig('migrants', 1500, '2023-11-01')], [fig('migrants', 1500, '2023-10-30/2023-11-05')])).toBe(false);
  });

  test('unionFigures dedups by metric + value + period', () => {
    const u = unionFigures([fig('a', 1, '2023-10'), fig('b', 2)], [fig('a', 1, '2023-10'), fig('a', 1, '2023-11')]);
    expect(u.map((f) => `${f.metric}:${f.value}:${f.period}`)).toEqual(['a:1:2023-10', 'b:2:null', 'a:1:2023-11']);
  });

  test('unionFigures: one count under a generic noun and a specific metric (two outlets) is one figure, the specific one', () => {
    const u = unionFigures([fig('migrants', 4200, '2025-03')], [fig('apprehensions', 4200, '2025-03'), fig('deaths', 3, '2025-03')]);
    expect(u.map((f) => `${f.metric}:${f.value}`)).toEqual(['apprehensions:4200', 'deaths:3']);
    // Two specific metrics with the same value are two figures; so are different periods.
    expect(unionFigures([fig('deaths', 2, '2025-03')], [fig('injured', 2, '2025-03')])).toHaveLength(2);
    expect(unionFigures([fig('migrants', 4200, '2025-03')], [fig('apprehensions', 4200, '2025-02')])).toHaveLength(2);
  });

  test('compareTexts explains its decision', () => {
    const a = textFeatures(OCT_AP.title, OCT_AP.summary, OCT_FIGS);
    // A wire copy that only adds a dateline and changes case and punctuation has the same SimHash.
    const wire = textFeatures(OCT_AP.title.toUpperCase(), `EL PASO (AP) — ${OCT_AP.summary.replace('Tuesday,', 'Tuesday;')}`, OCT_FIGS);
    expect(compareTexts(a, wire)).toMatchObject({ same: true, reason: 'near-duplicate', hamming: 0 });
    // A copy with a shortened headline is the same story, near-duplicate or not (that depends on the hash).
    const copy = textFeatures(OCT_AP_COPY.title, OCT_AP_COPY.summary, OCT_FIGS);
    expect(compareTexts(a, copy)).toMatchObject({ same: true });
    const nov = textFeatures('Illegal border crossings rose in November', 'Arrests rose 2% in November.', [fig('apprehensions', 191113, '2023-11')]);
    expect(compareTexts(a, nov)).toMatchObject({ same: false, reason: 'conflicting figures' });
  });
});

describe('a story reported by many outlets', () => {
  test('keeps the first sources and the most recent ones, counts the rest, and each copy still joins it', async () => {
    const { c, clock } = setup();
    const results = [];
    for (let i = 0; i < MAX_STORY_SOURCES + 25; i++) {
      const copy = item(`Outlet ${i}`, OCT_AP.title, OCT_AP.summary, new Date(Date.parse(OCT_AP.published!) + i * 60_000).toISOString());
      clock.t = Date.parse(copy.published!);
      results.push(await c.add(copy, OCT_FIGS, copy.summary));
    }
    expect(results[0]!.kind).toBe('new');
    expect(results.slice(1).every((r) => r.kind === 'merged')).toBe(true);
    const last = results[results.length - 1]!;
    if (last.kind !== 'merged') throw new Error(last.kind);
    const names = last.story.sources.map((s) => s.name);
    expect(names).toHaveLength(MAX_STORY_SOURCES);
    expect(sourceCountOf(last.story)).toBe(MAX_STORY_SOURCES + 25);
    expect(last.story.sourceCount).toBe(MAX_STORY_SOURCES + 25);
    expect(names[0]).toBe('Outlet 0');
    expect(names[1]).toBe('Outlet 1');
    expect(names[names.length - 1]).toBe(`Outlet ${MAX_STORY_SOURCES + 24}`);
    expect(last.source.name).toBe(`Outlet ${MAX_STORY_SOURCES + 24}`);
    // Each source's canonical URL key is kept with it (computed once, when it joined).
    expect(last.story.sources.every((s) => typeof s.key === 'string' && !s.key.startsWith('http'))).toBe(true);
  });

  test('"Also reported by" announces the reports beyond the cap in its "and N more"', async () => {
    const { c, clock } = setup();
    let last;
    for (let i = 0; i < MAX_STORY_SOURCES + 30; i++) {
      const copy = item(`Outlet ${i}`, OCT_AP.title, OCT_AP.summary, new Date(Date.parse(OCT_AP.published!) + i * 60_000).toISOString());
      clock.t = Date.parse(copy.published!);
      last = await c.add(copy, OCT_FIGS, copy.summary);
    }
    if (!last || last.kind !== 'merged') throw new Error('not merged');
    const story = last.story;
    const embed = renderDiscord(composeAlert(story))[0]!.embeds[0]!;
    const also = embed.fields?.find((f) => /Also reported by/.test(f.name));
    const listed = (also?.value.match(/\]\(/g) ?? []).length;
    const more = Number(/and (\d+) more/.exec(also?.value ?? '')?.[1]);
    // Every other outlet is either linked or counted: MAX_STORY_SOURCES + 30 reports, the first one aside.
    expect(listed + more).toBe(MAX_STORY_SOURCES + 29);
    const slack = JSON.stringify(renderSlack(composeAlert(story)));
    const slackMore = Number(/and (\d+) more/.exec(slack)?.[1]);
    const slackListed = (slack.match(/\|Outlet \d+>/g) ?? []).length;
    expect(slackListed + slackMore).toBe(MAX_STORY_SOURCES + 29);
  });
});
