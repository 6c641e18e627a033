/**
 * Same story when one event is told in other forms (issue 10, "Same story"): one count under a generic noun
 * in one report and a specific noun in another, ... Each class has a pair that must merge and a look-alike
 * that must stay apart. Sentences invented for these tests, not copied from eval/data.
 */
import { extractFigures } from '../../src/figures/extract';
import { figuresConflict, sharedFigures } from '../../src/stories/figure-match';
import { conceptTokens } from '../../src/stories/bilingual';
import { extractEntities } from '../../src/stories/entities';
import { compareTexts, dice, textFeatures } from '../../src/stories/similarity';
import type { Figure } from '../../src/model';

const feats = (title: string, summary: string, at: string) =>
  textFeatures(title, summary, extractFigures({ title, summary }, { published: at }), Date.parse(at));

const fig = (metric: string, value: number): Figure => ({
  value, text: String(value), sentence: '', qualifier: null, per: null, metric, scope: null, period: null, source: null, unit: null,
});

describe('one count under a generic and a specific noun', () => {
  it('agrees on "27 people" / "27 women" and "14 migrantes" / "14 muertos", not on small or different counts', () => {
    expect(sharedFigures([fig('people', 27)], [fig('women', 27)])).toBe(1);
    expect(sharedFigures([fig('migrantes', 14)], [fig('muertes', 14)])).toBe(1);
    expect(sharedFigures([fig('people', 5)], [fig('migrants', 5)])).toBe(1);
    expect(sharedFigures([fig('people', 2)], [fig('deaths', 2)])).toBe(0);
    expect(sharedFigures([fig('people', 27)], [fig('women', 28)])).toBe(0);
    expect(sharedFigures([fig('children', 27)], [fig('deaths', 27)])).toBe(0);
  });

  it('a generic count that is the other report\'s headline count is no conflict; another headline count is', () => {
    // "three people died" / "three migrants died as 50 people tried to board"
    expect(figuresConflict([fig('people', 3)], [fig('migrants', 3), fig('people', 50)])).toBe(false);
    expect(figuresConflict([fig('personas', 9)], [fig('muertes', 9), fig('personas', 120)])).toBe(false);
    // the other report's headline count is another number: two events
    expect(figuresConflict([fig('people', 3)], [fig('migrants', 5), fig('people', 50)])).toBe(true);
    expect(figuresConflict([fig('deaths', 3)], [fig('migrants', 3), fig('deaths', 50)])).toBe(true);
  });

  it('merges a stash-house report counting "people" with one counting "men and women"', () => {
    const a = feats('Police find 27 people held in a house in north Dallas', 'Officers called to a home on Walnut Hill Lane found 27 people locked inside; two men were arrested.', '2026-03-03T15:00:00Z');
    const b = feats('Dallas police: 27 men and women were held for ransom in stash house', 'Relatives of those held on Walnut Hill Lane had been asked to pay to free them, detectives said.', '2026-03-03T18:00:00Z');
    expect(compareTexts(a, b).same).toBe(true);
    const other = feats('Police find 19 people held in a house in south Dallas', 'Officers called to a home on Kiest Boulevard found 19 people locked inside; one man was arrested.', '2026-03-03T19:00:00Z');
    expect(compareTexts(a, other).same).toBe(false);
  });
});

describe('one place at two scales', () => {
  const town = feats('Two hikers die of heat near Lukeville', 'The bodies of two men were found Tuesday on a trail near Lukeville, the county sheriff said; both were crossing on foot.', '2026-07-14T15:00:00Z');

  it('merges a report naming the town with one naming its state, in either language', () => {
    const state = feats('Heat kills two people crossing the desert in Arizona', "Two men crossing on foot were found dead Tuesday in southwestern Arizona, sheriff's deputies said; temperatures topped 115 degrees.", '2026-07-14T19:00:00Z');
    expect(compareTexts(town, state).same).toBe(true);
    const en = feats('Agents find 14 migrants in a trailer at a Dallas rest stop', 'A tractor-trailer parked at a rest stop in Dallas held 14 people from Guatemala, police said on Sunday.', '2026-05-10T15:00:00Z');
    const es = feats('Catorce migrantes hallados en un tráiler en Texas', 'Los 14 guatemaltecos viajaban en la caja de un tractocamión estacionado en un área de descanso, informó la policía el domingo.', '2026-05-10T19:00:00Z');
    expect(compareTexts(en, es).same).toBe(true);
    // the other report places the event in another town of that state: two events
    const sibling = feats('Catorce migrantes hallados en un tráiler en Laredo, Texas', 'Los 14 guatemaltecos viajaban en la caja de un tractocamión estacionado en Laredo, informó la policía el domingo.', '2026-05-10T19:00:00Z');
    expect(compareTexts(en, sibling).same).toBe(false);
  });

  it('keeps apart a town and another town of the same state', () => {
    const other = feats('Heat kills two people crossing the desert near Yuma, Arizona', "Two men crossing on foot were found dead Tuesday near Yuma, Arizona, sheriff's deputies said; temperatures topped 115 degrees.", '2026-07-14T19:00:00Z');
    expect(compareTexts(town, other).same).toBe(false);
  });

  it('reads abbreviated months as dates, not names', () => {
    expect([...extractEntities('x', 'The sector made 812 arrests from Sept. 7 to Sept. 13 and 640 from Oct. 1 to Oct. 7.')]).toEqual([]);
  });
});

describe('a program by acronym, in full or in the other language', () => {
  const full = feats('Hondurans keep protected status for now after ruling', 'A federal judge in Boston, Nora Quill, said on Tuesday that officials skipped required steps when they moved to end Temporary Protected Status for some 60,000 Hondurans.', '2026-04-07T18:00:00Z');

  it('reads "Temporary Protected Status", "Estatus de Protección Temporal" and "TPS" as one name', () => {
    expect(conceptTokens('Temporary Protected Status')).toEqual(['tps']);
    expect(conceptTokens('el Estatus de Protección Temporal')).toEqual(['tps']);
    expect([...extractEntities('x', 'The Temporary Protected Status of 4,000 people ends.')]).toContain('tps');
  });

  it('merges the full name with the acronym; a "Tribunal de EE.UU." headline names no place', () => {
    const es = feats('Tribunal de EE.UU. mantiene el TPS de los hondureños', 'La jueza Nora Quill ordenó frenar la medida mientras avanza la demanda presentada por los beneficiarios.', '2026-04-07T23:00:00Z');
    expect(compareTexts(full, es).same).toBe(true);
    const en = feats('Honduran TPS holders win a reprieve in Boston court', 'Work permits stay valid while the lawsuit moves forward, lawyers for the plaintiffs said; an appeal is likely.', '2026-04-07T20:00:00Z');
    expect(compareTexts(en, full).same).toBe(true);
  });

  it('keeps apart the same program for another nationality, by another judge', () => {
    const other = feats('Tribunal de EE.UU. mantiene el TPS de los nicaragüenses', 'El juez Samuel Ortt ordenó frenar la medida mientras avanza la demanda presentada por los beneficiarios.', '2026-04-07T23:00:00Z');
    expect(compareTexts(full, other).same).toBe(false);
  });
});

describe('an official named in a headline, described by office in the other report', () => {
  const office = feats('Senior U.S. official in Tegucigalpa for talks on returns', "America's homeland security secretary urged the Honduran president to take back more people, aides said after the meeting in Tegucigalpa.", '2026-02-11T20:00:00Z');

  it('merges when the named official holds the office the other report gives', () => {
    const named = feats('U.S. security chief Okafor presses Honduras on deportation flights', 'Homeland Security Secretary Mara Okafor met President Iris Lagos in Tegucigalpa on Wednesday to ask for more flights and help against gangs.', '2026-02-11T16:00:00Z');
    expect(compareTexts(named, office).same).toBe(true);
  });

  it('keeps apart a headline naming an official of another office', () => {
    const other = feats('Pentagon chief Brandt presses Honduras on military flights', 'Defense Secretary Lyle Brandt met President Iris Lagos in Tegucigalpa on Wednesday to ask for more flights and help against gangs.', '2026-02-11T16:00:00Z');
    expect(compareTexts(other, office).same).toBe(false);
  });

  it('reads offices, agreements and countries alike in English and Spanish', () => {
    expect(conceptTokens('la secretaria de Seguridad Nacional')).toEqual(['dhs', 'secretary']);
    expect(conceptTokens('el canciller hondureño')).toEqual(expect.arrayContaining(['foreign', 'minister']));
    expect(new Set(conceptTokens('firmaron un acuerdo de tercer país'))).toEqual(new Set(conceptTokens('signed a third country agreement')));
  });
});

describe('a count of workers and a neighbourhood, in either language', () => {
  const en = feats('ICE arrests 23 at a Houston warehouse', 'Federal agents detained 23 workers at a furniture warehouse in north Houston on Thursday, the agency said.', '2026-03-05T17:00:00Z');

  it('reads "23 trabajadores" as the count "23 workers"', () => {
    expect(extractFigures({ title: 'Detienen a 23 trabajadores en una bodega de Houston', summary: '' }, { lang: 'es' }).map((f) => f.value)).toEqual([23]);
    const es = feats('Detienen a 23 trabajadores en una bodega de Houston', 'Agentes de inmigración llegaron al almacén de muebles el jueves por la mañana.', '2026-03-05T21:00:00Z');
    expect(compareTexts(en, es).same).toBe(true);
    const other = feats('Detienen a 31 trabajadores en una bodega de Houston', 'Agentes de inmigración llegaron al almacén de muebles el jueves por la mañana.', '2026-03-05T21:00:00Z');
    expect(compareTexts(en, other).same).toBe(false);
  });

  it('names "Little Havana" and "La Pequeña Habana" as one place', () => {
    const a = feats('Agents detain shoppers in Little Havana raid', 'Immigration officers arrested at least 12 people outside a grocery on Calle Ocho in Little Havana on Monday.', '2026-06-01T17:00:00Z');
    const b = feats('Operativo en La Pequeña Habana deja 12 detenidos', 'Agentes detuvieron a clientes frente a un supermercado de la Calle Ocho el lunes.', '2026-06-01T22:00:00Z');
    expect(compareTexts(a, b).same).toBe(true);
  });
});

describe('sums abbreviated by the Mexican press', () => {
  it('reads "mdd", "mdp" and "mmdd" as millions and thousands of millions', () => {
    const n = (t: string) => conceptTokens(t).filter((w) => /^\d/.test(w));
    expect(n('ingresos por 2,480 mdd en marzo')).toEqual(n('income of $2.48 billion in March'));
    expect(n('un fondo de 750 mdp')).toEqual(['750000000']);
    expect(n('inversión de 1.6 mmdd')).toEqual(['1600000000']);
    const figs = extractFigures({ title: 'Remesas de marzo: 2,480 mdd', summary: '' }, { lang: 'es' });
    expect(figs.map((f) => [f.value, f.unit])).toEqual([[2480000000, 'USD']]);
  });
});

describe('beat words of either language', () => {
  it('maps Spanish words of crashes, boats, raids and reports to the English ones', () => {
    const same = (es: string, en: string) => expect(new Set(conceptTokens(es))).toEqual(new Set(conceptTokens(en)));
    same('camioneta carretera conductor', 'pickup highway driver');
    same('cayuco muelle pasajeros', 'boat dock passengers');
    same('aprehensiones semanales', 'weekly apprehensions');
    same('rescataron', 'rescued');
    same('al menos', 'at least');
    same('a bordo', 'aboard');
    same('suroeste', 'southwest');
  });
});

describe('twin towns across the border', () => {
  const us = feats('Two men drown in the river near Brownsville', 'Two men from Honduras drowned Sunday while trying to swim across near the Gateway bridge, the fire department said; their bodies were recovered downstream.', '2026-08-09T18:00:00Z');
  const mx = (town: string) => feats(`Mueren dos hondureños ahogados frente a ${town}`, 'Los cuerpos de dos hombres que intentaban cruzar a nado el domingo fueron recuperados por bomberos en la orilla mexicana del río Bravo.', '2026-08-09T22:00:00Z');

  it('merges a U.S. report placing a river death at one town with a Mexican one placing it at the town across', () => {
    expect(compareTexts(us, mx('Matamoros')).same).toBe(true);
  });

  it('keeps apart a Mexican town that faces another U.S. town', () => {
    expect(compareTexts(us, mx('Reynosa')).same).toBe(false);
    expect(compareTexts(us, mx('Piedras Negras')).same).toBe(false);
  });
});

describe('a count and its order of magnitude', () => {
  const en = feats('About 4,000 migrants set out on foot from Ciudad Hidalgo', 'The group, organized by activist Rubén Solís, left before dawn on Monday, many saying they had waited months for papers.', '2026-01-12T15:00:00Z');
  const es = (amount: string) =>
    feats('Caravana avanza por la costa chiapaneca', `${amount} de personas encabezadas por el activista Rubén Solís salieron de Ciudad Hidalgo y llegaron por la tarde a Tapachula.`, '2026-01-12T21:00:00Z');

  it('a headline count of 4,000 is "miles" (thousands) in the other report, not "cientos" (hundreds)', () => {
    expect(compareTexts(en, es('Miles')).same).toBe(true);
    expect(compareTexts(en, es('Cientos')).same).toBe(false);
    expect(compareTexts(en, es('Unas 900')).same).toBe(false);
  });
});

describe('the Border Patrol is an agency, never a place', () => {
  it('is one name in either language', () => {
    expect([...extractEntities('x', 'Lo informó la Patrulla Fronteriza estadounidense el martes.')]).toEqual(['border patrol']);
    expect([...extractEntities('x', 'Agents of the U.S. Border Patrol said on Tuesday.')]).toContain('border patrol');
  });

  it('a headline naming only the agency is no place mismatch with a report that names another agency', () => {
    const a = feats('Border Patrol: record rescues in the heat', 'Agents saved 1,340 people in the desert in August as temperatures stayed above 110 degrees, a monthly update showed.', '2026-09-15T17:00:00Z');
    const b = feats('Calor extremo: agentes rescatan a 1,340 personas en agosto', 'Según CBP, la cifra mensual es la más alta registrada; la mayoría de los rescates ocurrió en el desierto.', '2026-09-15T22:00:00Z');
    expect(compareTexts(a, b).reason).not.toBe('different places');
  });
});

describe('a headline state and a town inside it', () => {
  const town = feats('Grand Island children wait at school after parents are held in raid', 'Teachers stayed late with students whose mothers and fathers were among the 41 workers arrested Thursday.', '2026-05-07T21:00:00Z');

  it('is one place when the state report names no town of its own', () => {
    const state = feats('ICE raid at Nebraska beef plant ends with 41 arrests', 'Agents in tactical gear detained 41 workers on Thursday during the morning shift, according to the agency.', '2026-05-07T17:00:00Z');
    expect(compareTexts(state, town).reason).not.toBe('different places');
  });

  it('is two places when the state report places its raid in another town', () => {
    const other = feats('ICE raid at Nebraska beef plant ends with 41 arrests', 'Agents in tactical gear detained 41 workers on Thursday during the morning shift at a plant in Omaha, according to the agency.', '2026-05-07T17:00:00Z');
    expect(compareTexts(other, town).reason).toBe('different places');
  });
});

describe('a number and its round form in the other headline', () => {
  it('counts "4,130" and "nearly 4,100" as one shared token of the overlap, never two different counts', () => {
    const a = feats('Yuma Sector apprehensions reach 4,130 in a week', 'x', '2026-03-02T15:00:00Z');
    const b = feats('Arizona sector reports nearly 4,100 apprehensions in seven days', 'x', '2026-03-02T18:00:00Z');
    const c = feats('Arizona sector reports nearly 3,900 apprehensions in seven days', 'x', '2026-03-02T18:00:00Z');
    const plain = dice(a.titleTokens, b.titleTokens);
    expect(dice(a.titleTokens, b.titleTokens, a.numbers, b.numbers)).toBeGreaterThan(plain);
    expect(dice(a.titleTokens, c.titleTokens, a.numbers, c.numbers)).toBe(dice(a.titleTokens, c.titleTokens));
  });
});

describe('the dead counted as bodies, and a toll update under a generic noun', () => {
  it('"8 bodies" and "8 muertos" agree; "8 bodies" and "8 injured" do not', () => {
    expect(sharedFigures([fig('bodies', 8)], [fig('muertos', 8)])).toBe(1);
    expect(sharedFigures([fig('restos', 8)], [fig('deaths', 8)])).toBe(1);
    expect(sharedFigures([fig('bodies', 8)], [fig('injured', 8)])).toBe(0);
  });

  it('an update whose generic count grew from the other headline count is no conflict', () => {
    // "31 dead; the bus carried 80 migrants" / "Sube a 33 la cifra de migrantes muertos"
    const first = [fig('deaths', 31), fig('migrants', 80)];
    expect(figuresConflict(first, [fig('migrantes', 33)], { b: true })).toBe(false);
    expect(figuresConflict(first, [fig('migrantes', 33)])).toBe(true);
    expect(figuresConflict(first, [fig('migrantes', 29)], { b: true })).toBe(true);
  });
});
