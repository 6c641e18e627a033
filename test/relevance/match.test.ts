import { compileProfile, matchText, stemVariants, tokenize } from '../../src/relevance';

/** Does a one-rule profile match this text? */
function hits(query: string, title: string, summary?: string): boolean {
  return matchText(compileProfile({ rules: [{ name: 'r', match: query }], exclude: [] }), { title, summary }).relevant;
}

describe('operators', () => {
  it('AND, implicit AND, OR, NOT and -term', () => {
    expect(hits('migrants AND shelter', 'Migrants fill shelter')).toBe(true);
    expect(hits('migrants AND shelter', 'Migrants wait at bridge')).toBe(false);
    expect(hits('migrants shelter', 'Shelter for migrants')).toBe(true);
    expect(hits('migrants shelter', 'Shelter closes')).toBe(false);
    expect(hits('asylum OR refugee', 'Refugee camp grows')).toBe(true);
    expect(hits('asylum OR refugee', 'Camp grows')).toBe(false);
    expect(hits('border NOT collie', 'Border collie wins')).toBe(false);
    expect(hits('border NOT collie', 'Border wall rises')).toBe(true);
    expect(hits('border -collie', 'Border collie wins')).toBe(false);
  });

  it('parentheses change grouping', () => {
    expect(hits('(wall OR fence) border', 'Fence on the border')).toBe(true);
    expect(hits('(wall OR fence) border', 'Fence in the garden')).toBe(false);
    expect(hits('wall OR fence border', 'Wall Street rallies')).toBe(true); // wall OR (fence AND border)
    expect(hits('border -(collie OR derby)', 'Border derby tonight')).toBe(false);
  });

  it('searches title, summary and content', () => {
    const p = compileProfile({ rules: [{ name: 'r', match: '"border patrol"' }], exclude: [] });
    expect(matchText(p, { title: 'x', content: 'agents of the Border Patrol said' }).relevant).toBe(true);
    expect(matchText(p, { title: 'x', summary: 'nothing here' }).relevant).toBe(false);
  });
});

describe('phrases', () => {
  it('need the words adjacent and in order', () => {
    expect(hits('"border patrol"', 'Border Patrol agents')).toBe(true);
    expect(hits('"border patrol"', 'Patrol at the border')).toBe(false);
    expect(hits('"border patrol"', 'Border towns ask for more patrol cars')).toBe(false);
  });
  it('ignore punctuation between words and stem each word', () => {
    expect(hits('"cross border"', 'Cross-border commuters')).toBe(true);
    expect(hits('"ICE agent"', 'ICE agents arrest 12')).toBe(true);
    expect(hits('"port of entry"', 'Ports of entry reopen')).toBe(true);
    expect(hits('"ports of entry"', 'Delays at the port of entry')).toBe(true);
    expect(hits('"port of entry"', 'Port wine of the year, entry level')).toBe(false);
  });
  it('never span title and summary', () => {
    expect(hits('"border patrol"', 'Texas border', 'Patrol cars stuck')).toBe(false);
  });
  it('accept a prefix word', () => {
    expect(hits('"border cross*"', 'Border crossers rescued')).toBe(true);
    expect(hits('"border cross*"', 'Border towns cross fingers')).toBe(false);
  });
});

describe('wildcards', () => {
  it('match word prefixes, on word boundaries only', () => {
    expect(hits('migra*', 'Migratory flows')).toBe(true);
    expect(hits('migra*', 'Inmigración récord')).toBe(false);
    expect(hits('deporta*', 'Deportaciones récord')).toBe(true);
    expect(hits('deporta*', 'Deportivo Toluca gana')).toBe(false);
  });
});

describe('case, accents, word boundaries', () => {
  it('fold case and accents on both sides', () => {
    expect(hits('deportación', 'DEPORTACION masiva')).toBe(true);
    expect(hits('Deportacion', 'deportación masiva')).toBe(true);
    expect(hits('Juárez', 'Ciudad Juarez')).toBe(true);
    expect(hits('"Patrulla Fronteriza"', 'la PATRULLA FRONTERIZA informó')).toBe(true);
  });
  it('match whole words only', () => {
    expect(hits('ice', 'Police raid')).toBe(false);
    expect(hits('border', 'Bordering on chaos')).toBe(true); // -ing is inflection
    expect(hits('border', 'Borderline disorder')).toBe(false);
    expect(hits('border', 'Borderlands 4')).toBe(false);
    expect(hits('cbp', 'CBPOne app')).toBe(false);
  });
  it("drops English possessives", () => {
    expect(hits('"Biden administration"', "Biden's administration")).toBe(true);
    expect(hits('"Biden administration"', "Biden’s administration")).toBe(true);
    expect(hits('Abbott', "Abbott's border plan")).toBe(true);
  });
});

describe('stemming (light, EN + ES)', () => {
  it.each([
    ['migrant', 'Migrants arrive'],
    ['migrants', 'One migrant arrives'],
    ['deport', 'Man deported to Honduras'],
    ['deport', 'Plans for deporting thousands'],
    ['deportation', 'Deportations rise'],
    ['deportación', 'Deportaciones récord'],
    ['deportaciones', 'Una deportación'],
    ['frontera', 'Las fronteras de México'],
    ['autoridad', 'Las autoridades migratorias'],
    ['country', 'Third countries'],
    ['cross', 'Crosses the river'],
    ['cruz', 'Dos cruces'],
    ['"border crossing"', 'Illegal border crossings fall'],
    ['seize', 'Agents seized fentanyl'],
    ['seize', 'Agents seizing fentanyl'],
  ])('%s matches %j', (query, title) => {
    expect(hits(query, title)).toBe(true);
  });

  it.each([
    ['deport', 'Deportivo Toluca beats Cruz Azul'],
    ['deport', 'Deportes: resultados de la jornada'],
    ['deport', 'Deportista del año'],
    ['deportation', 'Deportivo Cali'],
    ['migrant', 'Migration policy'],
    ['migration', 'Migraine study'],
    ['status', 'Statue of Liberty'],
    ['crisis', 'Cris Cyborg fights'],
  ])('%s does not match %j', (query, title) => {
    expect(hits(query, title)).toBe(false);
  });

  it('keeps derivation apart: deportivo has no "deport" stem', () => {
    expect(stemVariants('deportivo')).toEqual(['deportivo']);
    expect(stemVariants('deportes')).not.toContain('deport');
    expect(stemVariants('deportaciones')).toContain('deportacion');
    expect(stemVariants(tokenize('deportación')[0]!)).toEqual(['deportacion']);
  });
});
