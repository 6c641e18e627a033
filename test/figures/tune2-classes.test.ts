/**
 * Failure classes of key-figure extraction found on a fresh tuning set (issue 10, tune2). Every sentence here is
 * written for these tests (none is taken from eval/data); each block asserts one class of the language.
 */
import { extractFigures } from '../../src/figures/extract';
import type { Figure } from '../../src/model';

const en = (text: string, published = '2025-06-10'): Figure[] => extractFigures(text, { published, lang: 'en' });
const es = (text: string, published = '2025-06-10'): Figure[] => extractFigures(text, { published, lang: 'es' });
const byValue = (figs: Figure[], v: number): Figure | undefined => figs.find((f) => f.value === v);

describe('money: what it is for, past the words between the sum and its purpose', () => {
  it.each([
    // two nouns joined inside the purpose
    ['en', 'Lawmakers approved $2.2 billion for detention and removal operations at the border.', 2.2e9, 'detention and removal operations', 'USD'],
    ['es', 'El estado aprobó 90 millones de pesos para alimentos y medicinas de los albergues.', 90e6, 'alimentos y medicinas de los albergues', 'MXN'],
    // a new clause after the conjunction is not part of the purpose
    ['es', 'España dará 30 millones de euros para la vigilancia de sus costas y reforzará la cooperación con Senegal.', 30e6, 'vigilancia de sus costas', 'EUR'],
    // a time between the sum and the purpose
    ['en', 'The state spent $310 million last year on busing migrants to other cities.', 310e6, 'busing migrants', 'USD'],
    ['es', 'Sonora gastó 75 millones de pesos el año pasado en albergues temporales.', 75e6, 'albergues temporales', 'MXN'],
    // a relative clause between them
    ['es', 'La OIM tiene apenas 20 millones de dólares de los 95 millones de dólares que pidió este año para su plan en Haití.', 95e6, 'plan', 'USD'],
    // a recipient first, the purpose after "para"/"for"
    ['es', 'El Congreso asignó 600 millones de pesos a la Comar para la atención de solicitudes de asilo.', 600e6, 'atención de solicitudes de asilo', 'MXN'],
    ['en', 'The state gave $12 million to the city for migrant shelter beds.', 12e6, 'migrant shelter beds', 'USD'],
    // a Spanish purpose clause: an infinitive, or "para que <subject> <verb>"
    ['es', 'Canadá donó 15 millones de dólares para apoyar a comunidades de acogida en Colombia.', 15e6, 'apoyar a comunidades de acogida', 'USD'],
    ['es', 'Bruselas aportará 80 millones de euros para que Túnez amplíe la vigilancia de su litoral.', 80e6, 'vigilancia de su litoral', 'EUR'],
    // a verb whose object is the verb that says what the money does
    ['en', 'The charity needs $9 million to continue operating its shelters in Reynosa.', 9e6, 'operating shelters', 'USD'],
    // a name with "y"/"and" inside it
    ['es', 'El municipio destinó 6 millones de pesos para el comedor Pan y Vida de Nogales.', 6e6, 'comedor pan y vida de nogales', 'MXN'],
  ])('%s: %s', (lang, text, value, metric, unit) => {
    const f = byValue(lang === 'en' ? en(text as string) : es(text as string), value as number)!;
    expect(f).toBeDefined();
    expect(f.metric).toBe(metric);
    expect(f.unit).toBe(unit);
  });
  it('a purpose that is a place noun after "a" is not a recipient', () => {
    expect(byValue(es('El gobierno de Coahuila destinará 40 millones de pesos a comedores para migrantes.'), 40e6)?.metric).toBe('comedores');
  });
  it('euros, by word or symbol, are money', () => {
    expect(byValue(en('Greece received €250 million for reception centres on its islands.'), 250e6)).toMatchObject({ unit: 'EUR', metric: 'reception centres' });
    expect(byValue(es('Italia pagará 100 millones de euros por la gestión de los centros.'), 100e6)?.unit).toBe('EUR');
  });
});
