/**
 * Word senses and context in the default profile: an ambiguous word counts only next to evidence of
 * its migration sense, and beat stories told without migrant/border words still pass. Sentences are
 * written for these tests, not copied from eval/data.
 */
import { loadConfig } from '../../src/config/load';
import { compileProfile, matchText } from '../../src/relevance';

const profile = compileProfile(loadConfig().keywords);
const match = (title: string, summary = ''): boolean => matchText(profile, { title, summary }).relevant;

describe('asylum / asilo count only next to evidence of the migration sense', () => {
  it.each([
    ['a bakery as an asylum', 'Neighbourhood bakery seeks asylum in the old train depot', 'The owners sign a ten-year lease next month.'],
    ['a library as an asylum', 'For night-shift nurses, the all-hours diner is an asylum', 'Regulars trade crossword tips at the counter.'],
    ['asilo para cinéfilos', 'El cine de barrio, asilo para cinéfilos de la vieja escuela', 'La sala proyecta clásicos los martes.'],
    ['buscar asilo en el fin de semana', 'Oficinistas buscan asilo en los parques los domingos', 'Los jardines del centro se llenan de familias de paseo.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
  it.each([
    ['asylum with a country', 'Canada tightens asylum rules for travellers from Mexico', 'Ottawa said visa requirements return on Thursday.'],
    ['asylum with a court', 'Appeals court revives asylum challenge', 'The judges sent the case back for a new hearing.'],
    ['asilo con nacionalidad', 'Niegan asilo a pareja hondureña', 'El juez consideró insuficientes las pruebas de persecución.'],
    ['asilo con gobierno', 'Gobierno alemán endurece el asilo', 'El ministerio del Interior anunció controles nuevos.'],
  ])('%s passes', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});
