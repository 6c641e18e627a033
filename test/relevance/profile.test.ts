import { loadConfig } from '../../src/config/load';
import { compileProfile, matchText, RuleSyntaxError } from '../../src/relevance';
import type { KeywordsConfig } from '../../src/config/schema';

const defaults = loadConfig().keywords;
const profile = compileProfile(defaults);
const relevant = (title: string, summary?: string): boolean => matchText(profile, { title, summary }).relevant;

describe('default profile: on the beat', () => {
  it.each([
    ['Border Patrol apprehensions fall in El Paso sector', ''],
    ['What the end of Title 42 means at the border', 'The pandemic-era order is lifted.'],
    ['Deportaciones desde EE.UU. alcanzan récord', ''],
    ['Migrantes venezolanos regresan al sur', ''],
    ['Caravana de migrantes sale de Tapachula', ''],
    ['Darién Gap crossings plunge as Panama tightens controls', ''],
    ['UNHCR: record 123 million people forcibly displaced', ''],
    ['Remesas a México caen 5%, reporta Banxico', ''],
    ["'La migra' fears keep farmworkers home", ''],
    ['Doctors Without Borders reports abuse of migrants in Darién', ''],
    ['Deportivo Cali player detained by ICE in Miami', 'His lawyer said he had a pending asylum case.'],
    ['Texas installs more buoys near Eagle Pass', ''],
    // Waits at a crossing are the beat when enforcement causes them (the new inspections), not as traffic news.
    ['Tiempos de espera en garitas de Tijuana superan las tres horas', 'Las nuevas revisiones de CBP provocan largas filas.'],
  ])('%s', (title, summary) => {
    expect(relevant(title, summary)).toBe(true);
  });
});

describe('default profile: trap classes stay out', () => {
  it.each([
    ['border collie', 'Border collie named best in show', 'Trainers in El Paso share tips.'],
    ['bird migration', 'Spring bird migration peaks along the Texas coast', ''],
    ['monarch', 'Llega la mariposa monarca a Michoacán', 'La migración de este año ocupa 1.8 hectáreas.'],
    ['whales', 'Ballenas grises inician su migración hacia Baja California', ''],
    ['data migration', 'Microsoft extends deadline for Exchange cloud migration', ''],
    ['migración de datos', 'Bancos completan migración de datos a la nube', ''],
    ['Deportivo Toluca', 'Deportivo Toluca beats Cruz Azul to reach Liga MX final', ''],
    ['Xolos', 'Xolos de Tijuana vence a Bravos de Juárez en el clásico fronterizo', ''],
    ['Club América', 'Club América anuncia a su nuevo director técnico', ''],
    ['border derby', 'Border derby: Carlisle and Gretna renew rivalry', ''],
    ['MSF elsewhere', 'Doctors Without Borders staff killed in Gaza strike', ''],
    ['Reporteros sin Fronteras', 'Reporteros Sin Fronteras: México, el país más peligroso para periodistas', ''],
    ['borderline', 'Borderline personality disorder: new therapy shows promise', ''],
    ['customs', 'Día de Muertos customs and traditions explained', 'How families in Mexico honor the dead.'],
    ['cross-border payments', 'Stripe launches cross-border payments in Mexico and Brazil', ''],
    ['fintech remittances', 'Fintech startup raises $50 million to cut remittance fees', 'Uses stablecoins.'],
    ['remesa = batch', 'Llega nueva remesa de vacunas contra el sarampión', ''],
    ['insane asylum', 'Records from state insane asylum digitized', ''],
    ['asilo de ancianos', 'Incendio en asilo de ancianos deja tres muertos', ''],
    ['ice storm', 'Ice storm knocks out power in El Paso and Juárez', 'Freezing rain across the border region.'],
    ['Frontera brand', 'Rick Bayless’s Frontera Grill closes for renovation', ''],
    ['Frontera town', 'Frontera, Tabasco, se inunda tras lluvias intensas', ''],
    ['frontera metaphor', 'La última frontera: México prepara su primer satélite', ''],
    ['other border', 'Aid trucks stuck at Rafah border crossing', ''],
    ['weather border', 'Tornado watch issued along Texas-Oklahoma border', ''],
    ['migraine', 'New migraine drug cuts attacks by half', ''],
    ['Darien CT', 'Darien, Conn., approves new train station parking plan', ''],
    ['Rio Grande do Sul', 'Floods in Rio Grande do Sul kill dozens', ''],
    ['sanctuary', 'Wildlife sanctuary near Tucson takes in rescued big cats', ''],
    ['undocumented API', 'Researchers find undocumented API in popular routers', ''],
  ])('%s', (_trap, title, summary) => {
    expect(relevant(title, summary)).toBe(false);
  });

  it('a dog word does not veto a story that is about migrants (handled in the border rules, not globally)', () => {
    const r = matchText(profile, { title: 'Border collie herds migrants’ goats at Texas border' });
    expect(r.relevant).toBe(true);
    expect(r.excludedBy).toBeUndefined();
    expect(r.matched).toContain('immigration-en');
    expect(r.matched).not.toContain('border-in-context');
  });
});

describe('compileProfile and overrides', () => {
  const base: KeywordsConfig = {
    beatFloor: 0,
    rules: [
      { name: 'wall', match: '"border wall"' },
      { name: 'asylum', match: 'asylum' },
    ],
    exclude: ['collie'],
  };

  it('returns every matched rule name', () => {
    const p = compileProfile(base);
    expect(matchText(p, { title: 'Asylum seekers wait by the border wall' })).toEqual({ relevant: true, matched: ['wall', 'asylum'] });
  });

  it('add appends rules named by their query', () => {
    const p = compileProfile(base, { add: ['"Eagle Pass"'], remove: [], exclude: [] });
    expect(matchText(p, { title: 'Eagle Pass park reopens' })).toEqual({ relevant: true, matched: ['"Eagle Pass"'] });
  });

  it('remove drops rules by name or exact query, and global exclusions by exact query', () => {
    expect(matchText(compileProfile(base, { add: [], remove: ['asylum'], exclude: [] }), { title: 'Asylum ban' }).relevant).toBe(false);
    expect(matchText(compileProfile(base, { add: [], remove: ['"border wall"'], exclude: [] }), { title: 'Border wall' }).relevant).toBe(false);
    const noVeto = compileProfile(base, { add: [], remove: ['collie'], exclude: [] });
    expect(matchText(noVeto, { title: 'Border wall collie' }).relevant).toBe(true);
    expect(matchText(compileProfile(base), { title: 'Border wall collie' }).relevant).toBe(false);
  });

  it('exclude adds a subscription veto', () => {
    const p = compileProfile(base, { add: [], remove: [], exclude: ['Europe'] });
    expect(matchText(p, { title: 'Asylum claims in Europe' })).toEqual({ relevant: false, matched: ['asylum'], excludedBy: 'Europe' });
    expect(matchText(p, { title: 'Asylum claims in Texas' }).relevant).toBe(true);
  });

  it('names the broken rule in syntax errors', () => {
    const bad: KeywordsConfig = { rules: [{ name: 'broken', match: 'border AND' }], exclude: [], beatFloor: 0 };
    expect(() => compileProfile(bad)).toThrow(RuleSyntaxError);
    expect(() => compileProfile(bad)).toThrow('keyword rule "broken": position 11: expected a term or "(" after AND, found end of rule');
    expect(() => compileProfile(base, { add: ['(a'], remove: [], exclude: [] })).toThrow(/add\[0\] \(a": position 3: expected "\)"/);
    expect(() => compileProfile({ rules: [], exclude: ['"x'] })).toThrow(/exclude\[0\]/);
  });

  it('the shipped default profile compiles', () => {
    expect(profile.rules.length).toBeGreaterThan(5);
    expect(profile.exclude.length).toBeGreaterThanOrEqual(1);
  });
});
