/**
 * Same story: names read from sentence-case headlines, names matched across English and Spanish by their
 * beat concepts, spelled-out numbers, and a headline naming a place the other report never mentions.
 * Sentences written for these tests, not copied from eval/data.
 */
import { extractFigures } from '../../src/figures/extract';
import { extractEntities } from '../../src/stories/entities';
import { compareTexts, textFeatures } from '../../src/stories/similarity';

const feats = (title: string, summary: string, at: string) =>
  textFeatures(title, summary, extractFigures({ title, summary }, { published: at }), Date.parse(at));

describe('names in headlines', () => {
  it('reads names from a sentence-case headline, not from a Title Case one', () => {
    expect(extractEntities('Drone spots group crossing near Sasabe, Border Patrol says', '')).toEqual(new Set(['sasabe', 'border patrol']));
    expect(extractEntities('Drone Spots Group Crossing Near Sasabe', '')).toEqual(new Set());
  });
  it('keeps digits in acronyms', () => {
    expect(extractEntities('Court weighs HB1718 challenge', '').has('hb1718')).toBe(true);
  });
});

describe('paraphrases of one event across languages', () => {
  it('a flight told by an English wire and a Spanish daily: the same city, air force and institute', () => {
    const a = feats('Deportation flight lands in Tegucigalpa', 'A U.S. Air Force plane with 92 Hondurans landed in Tegucigalpa on Friday, the Honduran Migration Institute said.', '2025-03-07T18:00:00Z');
    const b = feats('Llega vuelo con 92 hondureños retornados', 'Una aeronave de la Fuerza Aérea de Estados Unidos aterrizó el viernes en Tegucigalpa con 92 connacionales, según el Instituto Hondureño de Migración.', '2025-03-07T20:00:00Z');
    expect(compareTexts(a, b).same).toBe(true);
  });
  it('Panama City and Ciudad de Panamá are one name', () => {
    const a = feats('Rubio talks migration in Panama', 'Marco Rubio met President José Raúl Mulino in Panama City on Sunday to discuss migrant flows through the Darién.', '2025-02-02T20:00:00Z');
    const b = feats('Rubio y Mulino hablan de migración', 'El secretario de Estado Marco Rubio se reunió el domingo en la Ciudad de Panamá con el presidente José Raúl Mulino para hablar del flujo migratorio por el Darién.', '2025-02-02T22:00:00Z');
    expect(compareTexts(a, b).sharedEntities).toBeGreaterThanOrEqual(3);
    expect(compareTexts(a, b).same).toBe(true);
  });
  it('a sentence-case headline supplies the names that its lead leaves out', () => {
    const a = feats('Agents find tunnel under Calexico storm drain', 'Border Patrol agents discovered an unfinished tunnel branching off a storm drain in Calexico on Tuesday.', '2025-06-11T00:00:00Z');
    const b = feats('Tunnel dug from Mexicali found beneath Calexico, Border Patrol says', 'A cross-border passage reaching 40 feet into California from a drainage pipe was found Tuesday by agents, El Centro Sector officials said.', '2025-06-11T02:00:00Z');
    expect(compareTexts(a, b).same).toBe(true);
  });
});

describe('a place mismatch keeps reports apart', () => {
  it('each headline names a town the other report never mentions: apart, however alike the wording', () => {
    const a = feats('Two bodies recovered from river after crossing attempt at Del Rio', 'Val Verde County deputies pulled two men from the Rio Grande near the Del Rio bridge on Saturday.', '2025-07-06T15:00:00Z');
    const b = feats('Two men drown trying to cross near Roma', 'Two men drowned on Saturday trying to cross the Rio Grande near the Roma bridge, Starr County officials said.', '2025-07-06T17:00:00Z');
    expect(compareTexts(a, b)).toMatchObject({ same: false, reason: 'different places' });
  });
  it('a country in one headline and a region of it in the other is not a mismatch', () => {
    const a = feats('Bus carrying migrants overturns in southern Mexico, killing 7', 'Seven migrants were killed when a bus overturned on a highway in Puebla on Sunday, state prosecutors said.', '2025-08-03T18:00:00Z');
    const b = feats('Mueren siete migrantes en volcadura de autobús en la Mixteca poblana', 'La Fiscalía de Puebla informó que siete migrantes murieron cuando el autobús en que viajaban se volcó el domingo.', '2025-08-03T20:00:00Z');
    expect(compareTexts(a, b).reason).not.toBe('different places');
    expect(compareTexts(a, b).same).toBe(true);
  });
  it('in a paraphrase (few shared words), one headline naming a place the other never mentions is enough', () => {
    const a = feats('Three migrants drown near Eagle Pass', 'Maverick County deputies recovered three bodies from the Rio Grande on Sunday.', '2025-03-10T15:00:00Z');
    const b = feats('Bodies of two men pulled from Rio Grande near Laredo', 'Laredo police said the men were found on Sunday by the Colombia bridge.', '2025-03-10T18:00:00Z');
    expect(compareTexts(a, b).same).toBe(false);
  });
});

describe('countries and headline numbers', () => {
  it('headlines naming different countries are different events, however alike the wording', () => {
    const a = feats("Rubio meets Honduras' president on deportations", 'Secretary of State Marco Rubio met President Xiomara Castro in Tegucigalpa on Monday to discuss return flights.', '2025-02-03T18:00:00Z');
    const b = feats("Rubio meets El Salvador's president on deportations", 'Secretary of State Marco Rubio met President Nayib Bukele in San Salvador on Tuesday to discuss return flights.', '2025-02-04T18:00:00Z');
    expect(compareTexts(a, b)).toMatchObject({ same: false, reason: 'different places' });
  });
  it('two repatriations to two countries the same day stay apart', () => {
    const a = feats('Coast Guard returns 52 Dominicans to Santo Domingo', 'The cutter Diligence repatriated 52 people to the Dominican Republic on Friday after stopping their boat off Puerto Rico.', '2025-05-09T18:00:00Z');
    const b = feats('Coast Guard returns 26 Haitians to Cap-Haïtien', 'The cutter Thetis repatriated 26 people to Haiti on Friday after stopping their boat off the Bahamas.', '2025-05-09T19:00:00Z');
    expect(compareTexts(a, b).same).toBe(false);
  });
  it("the same official's two announcements of one day: the headline number the other lacks keeps them apart", () => {
    const a = feats('Sheinbaum anuncia 10 mil becas para jóvenes de la frontera norte', 'La presidenta Claudia Sheinbaum dijo el jueves en Palacio Nacional que entregará 10 mil becas a jóvenes de ciudades fronterizas.', '2025-03-06T15:00:00Z');
    const b = feats('Sheinbaum presenta plan de vivienda para maestros', 'La presidenta Claudia Sheinbaum presentó el jueves en Palacio Nacional un programa de créditos de vivienda para docentes.', '2025-03-06T16:00:00Z');
    expect(compareTexts(a, b).same).toBe(false);
  });
});

describe('one account in other words, and templated reports of different places', () => {
  const D = '2025-09-09T16:00:00Z';
  const E = '2025-09-09T20:00:00Z';
  it('most of the lead retold in Spanish on the same day, names spelled otherwise, is one event', () => {
    const a = feats('Pope Leo prays for migrants at Tijuana border', 'Pope Leo celebrated Mass on Tuesday in Tijuana, a few yards from the border fence, and prayed for migrants who died crossing.', D);
    const b = feats('El papa reza por los migrantes en la frontera de Tijuana', 'El papa León celebró el martes una misa en Tijuana a pocos metros de la valla fronteriza y rezó por los migrantes muertos al cruzar.', E);
    expect(compareTexts(a, b).same).toBe(true);
  });
  it('two same-day reports that differ only in the town are apart', () => {
    const a = feats('Shelter Director Detained', 'The director of a migrant shelter in Mexicali was detained on Tuesday on fraud charges, state prosecutors said.', D);
    const b = feats('Shelter Director Detained', 'The director of a migrant shelter in Nuevo Laredo was detained on Tuesday on fraud charges, state prosecutors said.', E);
    expect(compareTexts(a, b)).toMatchObject({ same: false, reason: 'different places' });
  });
  it('"in downtown X" is a place too', () => {
    const a = feats('Vigil for drowned migrants', 'Hundreds gathered in downtown Phoenix on Tuesday for a vigil for migrants who drowned this summer.', D);
    const b = feats('Vigil for drowned migrants', 'Hundreds gathered in downtown Houston on Tuesday for a vigil for migrants who drowned this summer.', E);
    expect(compareTexts(a, b).same).toBe(false);
  });
  it('the parties named differ and neither text names the other: apart', () => {
    const a = feats('Court Halts State Deportation Law', 'A federal judge on Tuesday stopped Oklahoma from enforcing a state law that makes illegal reentry a crime.', D);
    const b = feats('Court Halts State Deportation Law', 'A federal judge on Tuesday stopped Idaho from enforcing a state law that makes illegal reentry a crime.', E);
    expect(compareTexts(a, b).same).toBe(false);
  });
});

describe('common news verbs and nouns map across languages', () => {
  it('a march told in English and Spanish shares its words', () => {
    const a = feats('Migrants march in Tijuana to demand faster appointments', 'Hundreds of migrants marched on Thursday in Tijuana to demand faster paperwork from U.S. officials.', '2025-06-05T15:00:00Z');
    const b = feats('Marchan migrantes en Tijuana para exigir citas', 'Cientos de migrantes marcharon el jueves por Tijuana para exigir que agilicen sus trámites.', '2025-06-05T19:00:00Z');
    expect(compareTexts(a, b).same).toBe(true);
  });
});

describe('a headline that quotes its speaker', () => {
  it('"Name: …" at the start of a headline is a name', () => {
    expect(extractEntities('Bukele: El Salvador recibirá a más deportados', '').has('bukele')).toBe(true);
    expect(extractEntities('Monday: what to expect at the border', '').size).toBe(0);
  });
  it('the speaker named only in one headline still joins the other report', () => {
    const a = feats('Petro: Colombia no recibirá vuelos militares con deportados', 'El presidente dijo el domingo en Bogotá que Colombia solo aceptará vuelos civiles con sus ciudadanos deportados.', '2025-01-26T15:00:00Z');
    const b = feats('Colombia rechaza vuelos militares de deportación, dice Petro', 'Gustavo Petro afirmó este domingo en Bogotá que el país solo recibirá a sus connacionales deportados en aviones civiles.', '2025-01-26T19:00:00Z');
    expect(compareTexts(a, b).same).toBe(true);
  });
});
