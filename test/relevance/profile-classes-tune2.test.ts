/**
 * Failure classes found on the fresh tuning split tune2 (eval/data/relevance-tune2.jsonl), each fixed as a
 * family of wording in the default profile. Every sentence here is written for these tests (none is copied
 * from eval/data): each class has stories that must pass and the traps that share its words.
 */
import { loadConfig } from '../../src/config/load';
import { compileProfile, matchText } from '../../src/relevance';

const profile = compileProfile(loadConfig().keywords);
const match = (title: string, summary = ''): boolean => matchText(profile, { title, summary }).relevant;

describe('smuggling crashes and chases told without migrant, border or checkpoint words', () => {
  it.each([
    ['a pursuit and people crammed in a van', 'Van rolls over during pursuit near Carrizo Springs', 'Deputies said 14 people had been crammed in the back; two died.'],
    ['a crash after picking people up near the river', 'Pickup fleeing deputies crashes outside Eagle Pass', 'The driver had picked up nine passengers near the river, officials said.'],
    ['volcadura con personas ocultas', 'Volcadura en la carretera a Caborca deja tres muertos', 'Los ocupantes viajaban ocultos en la caja de la camioneta.'],
    ['choque con personas de varias nacionalidades', 'Choque de camioneta en Chiapas: 6 muertos y 20 heridos', 'Las personas, de distintas nacionalidades, iban hacinadas en la batea.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(true));
  it.each([
    ['a robbery chase', 'Robbery suspects crash after pursuit in Laredo', 'Two passengers hidden under a blanket were also arrested.'],
    ['a drunk-driving crash', 'Drunk driver crashes into bus stop in McAllen', 'Three people packed at the stop were hurt.'],
    ['a school bus', 'School bus crash near Uvalde injures 12', 'The students were packed into the front rows.'],
    ['a crash far from the corridors', 'SUV crammed with 9 people crashes in Ohio pursuit', 'Police said the driver was fleeing a traffic stop.'],
    ['un accidente con aficionados', 'Accidente de autobús con aficionados en Reynosa', 'Las personas viajaban hacinadas rumbo al estadio.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
});
