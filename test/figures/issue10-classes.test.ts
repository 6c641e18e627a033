/**
 * Issue 10 failure classes of key-figure extraction. Sentences are written for these tests (not taken from
 * eval/data): each asserts one class.
 */
import { extractFigures } from '../../src/figures/extract';
import type { Figure } from '../../src/model';

const en = (text: string, published = '2024-09-10'): Figure[] => extractFigures(text, { published, lang: 'en' });
const es = (text: string, published = '2024-09-10'): Figure[] => extractFigures(text, { published, lang: 'es' });
const byValue = (figs: Figure[], v: number): Figure | undefined => figs.find((f) => f.value === v);

describe('money says what it is for', () => {
  it.each([
    ['The bill sets aside $3.1 billion for detention beds and $800 million for port upgrades.', 3.1e9, 'detention beds', 'USD'],
    ['The city spent $9 million on shelter operations.', 9e6, 'shelter operations spending', 'USD'],
    ['The agency announced $45 million in refugee assistance.', 45e6, 'refugee assistance', 'USD'],
  ])('%s', (text, value, metric, unit) => {
    const f = byValue(en(text), value)!;
    expect(f.metric).toBe(metric);
    expect(f.unit).toBe(unit);
  });
  it.each([
    ['Honduras recibió remesas por 950 millones de dólares en julio.', 950e6, 'remesas', 'USD'],
    ['El presupuesto de la Comar para 2026 será de 60 millones de pesos.', 60e6, 'presupuesto de la comar', 'MXN'],
    ['El gobierno destinará 40 millones de pesos a la atención de migrantes.', 40e6, 'atención de migrantes', 'MXN'],
  ])('%s', (text, value, metric, unit) => {
    const f = byValue(es(text), value)!;
    expect(f.metric).toBe(metric);
    expect(f.unit).toBe(unit);
  });
});

describe('changes are kind "change", counts "count"', () => {
  it('percentages of change, English and Spanish', () => {
    expect(byValue(en('Removals rose 7 percent in August.'), 7)).toMatchObject({ kind: 'change', metric: 'removals', unit: 'percent' });
    expect(byValue(es('Las detenciones cayeron 11% en agosto.'), 11)).toMatchObject({ kind: 'change', metric: 'detenciones' });
    expect(byValue(es('Los cruces sumaron 5 mil, 9% más que en julio.'), 9)).toMatchObject({ kind: 'change' });
  });
  it('an absolute change takes the period of the figure it changes', () => {
    const f = byValue(en('Arrests totaled 7,210 in August, a decline of 640 from July.'), 640)!;
    expect(f.kind).toBe('change');
    expect(f.period).toBe('2024-08');
  });
  it('a share and a plain count are counts', () => {
    expect(byValue(en('Single adults made up 61% of apprehensions in August.'), 61)?.kind).toBe('count');
    expect(byValue(en('Agents made 4,300 arrests in August.'), 4300)?.kind).toBe('count');
  });
});

describe('clause-level metrics', () => {
  it('deaths and injuries take the verb of their clause; seized drugs take the drug', () => {
    expect(byValue(es('Al menos 6 migrantes murieron y 19 resultaron lesionados en la volcadura.'), 19)?.metric).toBe('lesionados');
    expect(byValue(en('Four people died and 12 were injured in the crash.'), 12)?.metric).toBe('injured');
    expect(byValue(en('Officers seized 420 pounds of cocaine at the bridge.'), 420)?.metric).toBe('cocaine');
  });
  it('a copula between the number and its noun: "De ellos, N eran menores de edad"', () => {
    expect(byValue(es('El instituto atendió a 12 mil extranjeros. De ellos, 2 mil 30 eran menores de edad.'), 2030)?.metric).toBe('menores de edad');
  });
});

describe('thresholds and counts of events', () => {
  it('a threshold per day', () => {
    expect(byValue(en('The rule applies once encounters average 1,800 a day for a week.'), 1800)).toMatchObject({ metric: 'encounters', per: 'day' });
  });
  it('"N times" of 100 or more is a count of events; "once" is not eleven in English', () => {
    expect(byValue(en('Agents expelled people 650,000 times under the order.'), 650000)?.metric).toBe('expulsions');
    expect(en('The order applies once arrests rise.')).toEqual([]);
  });
});

describe('periods', () => {
  it('"since <month> <year>" is a range to the publish month', () => {
    expect(byValue(en('Since May 2023, the state has bused 40,000 migrants.', '2024-09-10'), 40000)?.period).toBe('2023-05/2024-09');
  });
  it('"over the past week" is the seven days to the publish date', () => {
    expect(byValue(en('Over the past week, shelters received 900 people.', '2024-09-10'), 900)?.period).toBe('2024-09-04/2024-09-10');
  });
  it('"para 2026" and "a month earlier"', () => {
    expect(byValue(es('El gasto previsto para 2026 en albergues asciende a 30 millones de pesos.'), 30e6)?.period).toBe('2026');
    expect(byValue(en('Arrests fell to 3,100 in August from 3,600 a month earlier.'), 3600)?.period).toBe('2024-07');
    expect(byValue(en('Arrests fell to 3,100 in August, down from 3,600 the previous month.'), 3600)?.period).toBe('2024-07');
    expect(byValue(es('Las detenciones sumaron 3 mil 100 en agosto, frente a 3 mil 600 el mes anterior.'), 3600)?.period).toBe('2024-07');
    expect(byValue(es('Los cruces sumaron 900 en 2023, frente a 1,200 un año antes.'), 1200)?.period).toBe('2022');
  });
});

describe('sources', () => {
  it('"the UN migration agency" is IOM; a national body is named; none when none is named', () => {
    expect(byValue(en('About 700 migrants died at sea this year, the UN migration agency said.'), 700)?.source).toBe('IOM');
    expect(byValue(en('Honduran authorities said 3,400 people were returned in August.'), 3400)?.source).toBe('Honduran authorities');
    expect(byValue(en('The Greek coast guard said it rescued 88 people.'), 88)?.source).toBe('Greek coast guard');
    expect(byValue(en('About 2,500 people waited at the bridge, officials said.'), 2500)?.source).toBeNull();
  });
});

describe('not figures', () => {
  it('road numbers, long ids and numbers inside mentions or URLs', () => {
    expect(en('Traffic stopped on Interstate 8 near mile marker 40 and on State Route 85.')).toEqual([]);
    expect(es('El choque ocurrió en el kilómetro 12 de la carretera 2.')).toEqual([]);
    expect(en('See message 1310098765432109876 from @border2024 at https://example.org/a/5512.')).toEqual([]);
  });
});

describe('the same figure stated twice is shown once', () => {
  it('under the more specific noun', () => {
    const figs = en('Agents found 46 migrants in a stash house. The 46 people were processed.');
    expect(figs.filter((f) => f.value === 46)).toHaveLength(1);
    // (fig19: what the clause says happened to the people counted — eval/data/figures-convention-relabels.md, "fig19": both statements say it; the first is kept.)
    expect(figs[0]!.metric).toBe('migrants found');
  });
});

describe('money owned by the clause subject: "X tendrá un presupuesto de …", "a budget of …"', () => {
  it.each([
    ['El INM ejercerá un presupuesto de 1.200 millones de pesos.', 1.2e9, 'presupuesto del inm', 'MXN'],
    ['La Guardia Nacional recibirá una inversión de 300 millones de pesos.', 300e6, 'inversión', 'MXN'],
  ])('%s', (text, value, metric, unit) => {
    const f = byValue(es(text), value)!;
    expect(f.metric).toBe(metric);
    expect(f.unit).toBe(unit);
  });
  it('English: the owner before the noun', () => {
    const f = byValue(en('FEMA approved a grant of $12 million.'), 12e6)!;
    expect(f.metric).toBe('fema grant'); // (money20: the kind with its owner before it)
  });
  it('no named subject: the noun alone', () => {
    expect(byValue(es('Se aprobó un presupuesto de 90 millones de pesos.'), 90e6)!.metric).toBe('presupuesto');
  });
});

describe('Spanish "N millones M mil" amounts', () => {
  it.each([
    ['Detuvieron a 2 millones 100 mil personas.', 2_100_000],
    ['Se registraron 1 millón 250 mil 300 cruces.', 1_250_300],
  ])('%s', (text, value) => {
    expect(byValue(es(text), value)).toBeDefined();
  });
});

describe('"De ellos, N eran niñas y niños": the children of a list', () => {
  it('counts them as menores', () => {
    expect(byValue(es('El INM localizó a 940 extranjeros. De ellos, 205 eran niñas y niños.'), 205)!.metric).toBe('menores');
  });
});

describe('Spanish "mil N" opening a number', () => {
  it.each([
    ['Nicaragua quedó al final con mil 215 solicitudes.', 1215],
    ['La Secretaría destinará mil 800 millones de pesos a la atención de migrantes.', 1.8e9],
  ])('%s', (text, value) => expect(byValue(es(text), value)).toBeDefined());
  it('"dos mil" in words is still 2,000', () => expect(byValue(es('Llegaron dos mil migrantes a Tapachula.'), 2000)).toBeDefined());
});

describe('money as the new level of a changed subject', () => {
  it('Spanish: "Las remesas cayeron 3% …, a N millones de dólares"', () => {
    const figs = es('Las remesas crecieron 3.1% en abril, a 5 mil 410 millones de dólares.');
    expect(byValue(figs, 5.41e9)!.metric).toBe('remesas');
    expect(byValue(figs, 3.1)).toMatchObject({ metric: 'remesas', kind: 'change' });
  });
  it('English: "Spending on shelters rose 12% to $81 million" (what the spending is on)', () => {
    expect(byValue(en('Spending on shelters rose 12% to $81 million.'), 81e6)!.metric).toBe('shelters');
  });
});

describe('a rate adjective on the counted thing before the number', () => {
  it.each([
    ['Daily encounters topped 7,500 for a week in May.', 7500, 'day'],
    ['Los cruces diarios superaron los 9 mil en diciembre.', 9000, 'day'],
  ])('%s', (text, value, per) => {
    const figs = /Los/.test(text) ? es(text) : en(text);
    expect(byValue(figs, value)!.per).toBe(per);
  });
  it('no rate adjective, no rate', () => expect(byValue(en('Encounters topped 7,500 in May.'), 7500)!.per).toBeNull());
});

describe('"made up" / "accounted for" link a counted thing to its number', () => {
  it.each([
    ['Guatemalans made up 7,420 of the arrivals.', 7420, 'arrivals'], // (fig13: a nationality's part counts the whole's thing)
    ['Single adults accounted for 51,300 of those.', 51300, 'single adults'],
  ])('%s', (text, value, metric) => expect(byValue(en(text), value)!.metric).toBe(metric));
});

describe('a weight counts the drug named before it in the clause', () => {
  it('Spanish: "los decomisos de metanfetamina sumaron 2,100 kilos"', () => {
    expect(byValue(es('Los decomisos de metanfetamina sumaron 2,100 kilos en enero.'), 2100)!.metric).toBe('metanfetamina');
  });
  it('a weight with no drug in the clause is not a figure', () => {
    expect(byValue(es('El camión pesaba 3,500 kilos.'), 3500)).toBeUndefined();
  });
});

describe('money "to <verb> <object>"', () => {
  it.each([
    ['The city will spend $2 billion over two years to shelter new arrivals.', 2e9, 'spending'],
    ['Congress set aside $600 million to hire 800 new asylum officers.', 600e6, 'asylum officers'],
  ])('%s', (text, value, metric) => expect(byValue(en(text), value)!.metric).toBe(metric));
  it('"to the city" is a recipient, not a purpose verb', () => {
    expect(byValue(en('The state sent $5 million to the city of Denver.'), 5e6)!.metric).not.toMatch(/^the\b/);
  });
});

describe('counted things as written', () => {
  it('"individuals" and "solicitudes de refugio" keep their own words', () => {
    // (fig19: what the clause says happened to the people counted — eval/data/figures-convention-relabels.md, "fig19".)
    expect(byValue(en('ICE removed more than 210,000 individuals last year.'), 210000)!.metric).toBe('individuals removed');
    expect(byValue(es('La Comar recibió 51 mil 200 solicitudes de refugio.'), 51200)!.metric).toBe('solicitudes de refugio');
  });
});
