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

describe('trap families on the rules that read border words (TV, weather, sports, toll booths, sports metaphors)', () => {
  it.each([
    ['a reality show named after border work', "'Border Wall Builders' reality show picked up for a new season", 'Cameras follow welders on a ranch in New Mexico.'],
    ['a weather forecast for the frontera norte', 'Pronostican lluvias intensas en la frontera norte', 'El Servicio Meteorológico prevé tormentas en Sonora y Chihuahua.'],
    ['a border-city club and its coach', 'El equipo fronterizo de Tijuana contrata entrenador uruguayo', 'El plantel reporta la próxima semana.'],
    ['a toll booth called garita', 'Cierran la garita de peaje de la autopista a Cuernavaca', 'La caseta reabrirá después del mantenimiento.'],
    ['migrantes as a sports metaphor', 'Los nuevos migrantes del balompié: futbolistas mexicanos en Bélgica', 'Tres delanteros firmaron con clubes europeos.'],
  ])('%s stays out', (_c, title, summary) => expect(match(title, summary)).toBe(false));
  it.each([
    ['heat at the frontera norte with migrants', 'Ola de calor en la frontera norte pone en riesgo a migrantes', 'Albergues de Mexicali piden agua.'],
    ['a border crossing called garita', 'Cierran la garita de San Ysidro por una revisión', 'Miles de personas esperaron horas para cruzar a Estados Unidos.'],
    ['border security with no show words', 'Governors meet on border security funding', 'Texas wants federal reimbursement for its deployment.'],
  ])('%s passes', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});
