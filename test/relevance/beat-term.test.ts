/**
 * The `@beat:P` rule term: the learned beat model (src/relevance/beat-model.ts, shipped weights in
 * src/relevance/data/beat-model.json). Sentences here are new: in no labelled set the model was trained on.
 */
import { loadConfig } from '../../src/config/load';
import { compileProfile, indexText, matchText, parseRule, RuleSyntaxError, validateRule } from '../../src/relevance';
import { beatFeatures, beatProbabilityOfIndex, beatProbabilityOfText, beatScore, SHIPPED_BEAT_MODEL } from '../../src/relevance/beat-model';
import { trainLogistic } from '../../eval/beat-training';

const profileOf = (match: string, exclude: string[] = []) => compileProfile({ rules: [{ name: 'r', match }], exclude } as never);
const relevant = (match: string, title: string, summary?: string, exclude: string[] = []) =>
  matchText(profileOf(match, exclude), { title, summary }).relevant;

const ON_BEAT_EN = ['Asylum seekers wait for weeks at a Matamoros camp as hearings are postponed', 'Families from Honduras and Venezuela said immigration judges had cancelled their court dates.'] as const;
const ON_BEAT_ES = ['Solicitantes de asilo esperan semanas en un campamento de Matamoros', 'Familias hondureñas y venezolanas dijeron que sus audiencias migratorias fueron canceladas.'] as const;
const TRAILER = ['Agents find 40 people locked inside a tractor-trailer near Laredo', 'Several were treated for heat exhaustion after the driver fled on foot.'] as const;
const DOG_SHOW = ['Border collie named best in show at the county dog fair', 'The four-year-old herding dog beat 200 entries in the agility ring.'] as const;
const FOOTBALL = ['Equipo de futbol de Monterrey gana el clásico regiomontano', 'El delantero anotó dos goles en el segundo tiempo.'] as const;

describe('@beat:P parsing', () => {
  it('parses a probability threshold into a beat node', () => {
    expect(parseRule('@beat:0.9')).toEqual({ type: 'beat', source: '@beat:0.9', min: 0.9 });
    expect(parseRule('@beat:.25')).toMatchObject({ type: 'beat', min: 0.25 });
    expect(parseRule('@beat:0')).toMatchObject({ type: 'beat', min: 0 });
    expect(parseRule('@beat:1')).toMatchObject({ type: 'beat', min: 1 });
  });

  it('combines with the other operators', () => {
    expect(parseRule('asylum @beat:0.5')).toMatchObject({ type: 'and', children: [{ type: 'term' }, { type: 'beat', min: 0.5 }] });
    expect(parseRule('NOT @beat:0.1')).toMatchObject({ type: 'not', child: { type: 'beat', min: 0.1 } });
    expect(parseRule('-@beat:0.1')).toMatchObject({ type: 'not', child: { type: 'beat' } });
    expect(parseRule('wall OR @beat:0.95')).toMatchObject({ type: 'or', children: [{ type: 'term' }, { type: 'beat', min: 0.95 }] });
  });

  it.each(['@beat:', '@beat:1.5', '@beat:abc', '@beat:-0.2', '@beat:0.9x'])('rejects %s with its position', (q) => {
    const r = validateRule(`migrants AND ${q}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^position 14: expected a probability from 0 to 1 after "@beat:"/);
    expect(() => parseRule(q)).toThrow(RuleSyntaxError);
  });

  it('leaves other @words as ordinary words', () => {
    expect(parseRule('@CBP')).toMatchObject({ type: 'term', words: [{ word: 'cbp' }] });
  });
});

describe('@beat:P matching with the shipped model', () => {
  it('is sure of clear beat stories in English and Spanish, including one without migrant or border words', () => {
    expect(relevant('@beat:0.9', ...ON_BEAT_EN)).toBe(true);
    expect(relevant('@beat:0.9', ...TRAILER)).toBe(true);
    expect(relevant('@beat:0.5', ...ON_BEAT_ES)).toBe(true);
  });

  it('is far from sure of off-beat items that carry a beat-looking word', () => {
    expect(relevant('@beat:0.5', ...DOG_SHOW)).toBe(false);
    expect(relevant('@beat:0.5', ...FOOTBALL)).toBe(false);
  });

  it('as an exclusion, vetoes a keyword match the model finds very unlikely and keeps a likely one', () => {
    expect(relevant('border', ...DOG_SHOW)).toBe(true);
    expect(relevant('border', ...DOG_SHOW, ['NOT @beat:0.1'])).toBe(false);
    expect(relevant('asylum', ...ON_BEAT_EN, ['NOT @beat:0.1'])).toBe(true);
  });

  it('thresholds are monotone: @beat:0 always holds, a higher threshold never matches more', () => {
    const items: ReadonlyArray<readonly [string, string]> = [ON_BEAT_EN, ON_BEAT_ES, TRAILER, DOG_SHOW, FOOTBALL];
    for (const item of items) {
      expect(relevant('@beat:0', ...item)).toBe(true);
      const p = beatProbabilityOfText(SHIPPED_BEAT_MODEL, { title: item[0], summary: item[1] });
      expect(relevant(`@beat:${Math.min(1, p + 0.001).toFixed(3)}`, ...item)).toBe(false);
    }
  });

  it('the service\'s compiled scoring and the feature-list dot product (training, eval) give the same probability', () => {
    for (const [title, summary] of [DOG_SHOW, FOOTBALL, ON_BEAT_EN]) {
      const viaFeatures = 1 / (1 + Math.exp(-beatScore(SHIPPED_BEAT_MODEL, beatFeatures({ title, summary }, SHIPPED_BEAT_MODEL.features))));
      expect(beatProbabilityOfText(SHIPPED_BEAT_MODEL, { title, summary })).toBeCloseTo(viaFeatures, 12);
    }
  });

  it('reads the title and the summary, not the content', () => {
    const bare = beatProbabilityOfIndex(indexText([DOG_SHOW[0], DOG_SHOW[1]]));
    const withContent = beatProbabilityOfIndex(indexText([DOG_SHOW[0], DOG_SHOW[1], ON_BEAT_EN.join(' ')]));
    expect(withContent).toBeCloseTo(bare, 12);
    expect(bare).toBeCloseTo(beatProbabilityOfText(SHIPPED_BEAT_MODEL, { title: DOG_SHOW[0], summary: DOG_SHOW[1] }), 12);
  });

  it('the default profile uses it: the beat-model rule and a beat floor of 0.1 under the global rules', () => {
    const keywords = loadConfig().keywords;
    expect(keywords.rules.find((r) => r.name === 'beat-model')?.match).toMatch(/^@beat:0\.8 -/);
    expect(keywords.beatFloor).toBe(0.1);
    const m = matchText(compileProfile(keywords), { title: TRAILER[0], summary: TRAILER[1] });
    expect(m.relevant).toBe(true);
    expect(m.matched).toContain('beat-model');
  });

  it('the beat-model rule keeps tourist arrivals out, which the model reads like returnee flights', () => {
    // The bare model leans to the beat on this holiday arrival (it reads like a returnee flight: p > 0.5;
    // the model of rel14 gave it > 0.9).
    const text = { title: 'Guatemala recibe a 2 mil vacacionistas', summary: 'Llegan por Semana Santa a Antigua.' };
    expect(beatProbabilityOfText(SHIPPED_BEAT_MODEL, text)).toBeGreaterThan(0.5);
    expect(matchText(compileProfile(loadConfig().keywords), text).matched).not.toContain('beat-model');
  });

  it('the floor vetoes a global rule match the model finds unlikely, and names itself', () => {
    const p = compileProfile({ rules: [{ name: 'border', match: 'border' }], exclude: [], beatFloor: 0.1 });
    const m = matchText(p, { title: DOG_SHOW[0], summary: DOG_SHOW[1] });
    expect(m).toEqual({ relevant: false, matched: ['border'], excludedBy: 'beatFloor 0.1' });
    // The same rule without a floor lets it in: the floor, not the rule, decided.
    expect(matchText(compileProfile({ rules: [{ name: 'border', match: 'border' }], exclude: [], beatFloor: 0 }), { title: DOG_SHOW[0], summary: DOG_SHOW[1] }).relevant).toBe(true);
  });

  it("a subscription's own add rules are not held to the floor, so it can follow another topic", () => {
    const keywords = loadConfig().keywords;
    const item = { title: 'Bakery wins a regional prize for its sourdough', summary: 'The owners plan to open a second shop in the spring.' };
    expect(matchText(compileProfile(keywords), item).relevant).toBe(false);
    const m = matchText(compileProfile(keywords, { add: ['sourdough'], remove: [], exclude: [] }), item);
    expect(m).toEqual({ relevant: true, matched: ['sourdough'] });
    // Its exclusions still apply.
    expect(matchText(compileProfile(keywords, { add: ['sourdough'], remove: [], exclude: ['bakery'] }), item).relevant).toBe(false);
  });
});

describe('beat model training', () => {
  it('learns a separable toy set and scores the way it was trained (a dot product over present features)', () => {
    const items = [
      { title: 'Migrants cross the river at dawn', relevant: true },
      { title: 'Migrants detained near the river crossing', relevant: true },
      { title: 'Migrantes cruzan el río de madrugada', relevant: true },
      { title: 'Bakery opens a second shop downtown', relevant: false },
      { title: 'Bakery wins a prize for bread', relevant: false },
      { title: 'Panadería abre una segunda tienda', relevant: false },
    ];
    const model = trainLogistic(items, { l2: 0.001, minCount: 1 });
    for (const i of items) expect(beatScore(model, beatFeatures(i)) > 0).toBe(i.relevant);
    expect(beatFeatures({ title: 'Migrants crossed', summary: 'at 3 a.m.' })).toEqual(expect.arrayContaining(['migrant', 'migrant crossed', 't:migrant', '#', '# a']));
  });
});
