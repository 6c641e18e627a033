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

describe('not figures: road numbers, emergency numbers, views', () => {
  it.each([
    ['en', 'Two migrants died after a sedan crashed on U.S. 90 near Uvalde.', 90],
    ['en', 'Agents stopped 40 migrants on State Route 85 south of Ajo.', 85],
    ['es', 'Tres migrantes murieron en un choque sobre la carretera federal 45 cerca de Zacatecas.', 45],
    ['en', 'A driver who called 911 said 12 people ran into the brush.', 911],
    ['es', 'Un vecino llamó al 911 y la policía encontró a 30 migrantes.', 911],
    ['en', 'The clip was shared 1.8 million times on Instagram.', 1.8e6],
    ['es', 'El video se reprodujo 3 millones de veces en redes sociales.', 3e6],
  ])('%s: %s', (lang, text, value) => {
    expect(byValue(lang === 'en' ? en(text as string) : es(text as string), value as number)).toBeUndefined();
  });
  it('the figures around them are still found', () => {
    expect(byValue(en('A driver who called 911 said 12 people ran into the brush.'), 12)?.metric).toBe('people');
    expect(byValue(es('Un vecino llamó al 911 y la policía encontró a 30 migrantes.'), 30)?.metric).toBe('migrantes');
    expect(byValue(en('Agents stopped 40 migrants on State Route 85 south of Ajo.'), 40)?.metric).toBe('migrants');
  });
  it('a count of enforcement events is still a figure', () => {
    expect(byValue(en('Agents expelled migrants more than 250,000 times in the spring.'), 250000)).toBeDefined();
  });
});

describe('counted things: attempts, applications, boats, interdictions, survivors, pills', () => {
  it.each([
    ['en', 'Agents logged 63 failed crossing attempts at the levee since May.', 63, 'crossing attempts'],
    ['en', 'The agency received 52,000 applications for humanitarian parole in March.', 52000, 'applications'],
    ['en', 'Some 640 migrants reached Lampedusa aboard 19 boats on Friday.', 19, 'boats'],
    ['es', 'La Guardia Costera informó 27 interdicciones en el estrecho de Florida.', 27, 'interdicciones'],
    ['es', 'La organización atendió a 410 sobrevivientes de naufragios en 2024.', 410, 'sobrevivientes'],
    ['es', 'Soldados decomisaron 22 mil pastillas de fentanilo en Nogales.', 22000, 'pastillas de fentanilo'],
    ['en', 'Officers found 9,500 fentanyl pills in the spare tire.', 9500, 'fentanyl pills'],
  ])('%s: %s', (lang, text, value, metric) => {
    expect(byValue(lang === 'en' ? en(text as string) : es(text as string), value as number)?.metric).toBe(metric);
  });
  it('a running total after boats counts the people, not the boats', () => {
    const figs = en('About 510 people crossed in 11 small boats on Sunday, taking the total this year to 18,400.');
    expect(byValue(figs, 18400)?.metric).toBe('people');
  });
  it('a few boats written in words are a detail, not a figure', () => {
    expect(byValue(es('Salvamento Marítimo auxilió a 150 personas de tres cayucos al sur de Gran Canaria.'), 3)).toBeUndefined();
  });
});
