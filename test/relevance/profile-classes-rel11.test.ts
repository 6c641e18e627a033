/**
 * Relevance classes fixed in the rel11 pass. Every headline here is invented for the test; none is
 * copied from eval/data, so the tests check how a rule treats a class, not the labelled items.
 */
import { loadConfig } from '../../src/config/load';
import { compileProfile, matchText } from '../../src/relevance';

const profile = compileProfile(loadConfig().keywords);
const match = (title: string, summary = ''): boolean => matchText(profile, { title, summary }).relevant;

describe('crossing logistics (wait times, lanes, apps, trucking, outages, holidays) is not the beat', () => {
  it.each([
    ['holiday lines', 'Ninety-minute waits expected at Otay Mesa over Easter weekend', 'Drivers are urged to cross before dawn or use the Ready Lane.'],
    ['wait-time app', 'Tijuana startup launches app that predicts San Ysidro wait times', 'The company says its forecasts are accurate to ten minutes.'],
    ['outage at the port', 'Computer outage slows northbound traffic at the Laredo port of entry', 'Commuters reported two-hour lines in the morning.'],
    ['filas por las fiestas', 'Largas filas en el puente internacional de Reynosa por el puente vacacional', 'Los automovilistas esperaron más de dos horas.'],
    ['camiones de carga', 'Transportistas reportan filas de ocho horas en la garita de Nogales', 'Los camiones de carga avanzan lentamente por una falla en el sistema.'],
    ['carril nuevo', 'Abren un nuevo carril SENTRI en la garita de Mexicali', 'El carril funcionará de 6 a 22 horas.'],
  ])('%s', (_c, title, summary) => expect(match(title, summary)).toBe(false));

  it.each([
    ['waits from tighter inspections', 'Lines at the Nogales port grow as officers tighten inspections of cars', 'CBP said the new checks target smuggling.'],
    ['people waiting to cross', 'Families waiting at the San Ysidro port of entry for asylum appointments', 'Some have slept on the sidewalk for a week.'],
    ['filas de solicitantes de asilo', 'Filas de solicitantes de asilo frente a la garita de El Chaparral', 'Las familias esperan su cita desde hace semanas.'],
  ])('%s stays in', (_c, title, summary) => expect(match(title, summary)).toBe(true));
});
