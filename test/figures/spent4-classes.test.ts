/**
 * Failure classes of key-figure extraction found on the spent holdout4 set (issue 10). Every sentence here is written
 * for these tests (none is taken from eval/data); each block asserts one class of the language.
 */
import { extractFigures } from '../../src/figures/extract';
import type { Figure } from '../../src/model';

const en = (text: string, published = '2025-06-10'): Figure[] => extractFigures(text, { published, lang: 'en' });
const es = (text: string, published = '2025-06-10'): Figure[] => extractFigures(text, { published, lang: 'es' });
const run = (lang: string, text: string): Figure[] => (lang === 'en' ? en(text) : es(text));
const byValue = (figs: Figure[], v: number): Figure | undefined => figs.find((f) => f.value === v);

describe('money: a Spanish purpose after "por concepto de" or "por" + infinitive', () => {
  it.each([
    ['es', 'Chiapas recibió 3 mil 200 millones de dólares por concepto de remesas durante el primer semestre.', 3.2e9, 'remesas', 'USD'],
    ['es', 'Los polleros piden hasta 9 mil dólares por cruzar a una familia por el desierto de Sonora.', 9000, 'cruzar a una familia', 'USD'],
  ])('%s: %s', (lang, text, value, metric, unit) => {
    const f = byValue(run(lang as string, text as string), value as number)!;
    expect(f).toBeDefined();
    expect(f.metric).toBe(metric);
    expect(f.unit).toBe(unit);
  });
});

describe('money: the object of a Spanish purpose infinitive keeps its determiner and its participle', () => {
  it.each([
    ['es', 'Madrid aprobó 45 millones de euros para vigilar las costas canarias y frenar los cayucos.', 45e6, 'vigilar las costas canarias', 'EUR'],
    ['es', 'El estado destinará 80 millones de pesos para atender a las familias desplazadas por la violencia.', 80e6, 'atender a las familias desplazadas', 'MXN'],
  ])('%s: %s', (lang, text, value, metric, unit) => {
    const f = byValue(run(lang as string, text as string), value as number)!;
    expect(f).toBeDefined();
    expect(f.metric).toBe(metric);
    expect(f.unit).toBe(unit);
  });
  it('a participle on the object of "de" stays; one on the head noun goes', () => {
    expect(byValue(es('El Congreso aprobó 60 millones de pesos para la compra de vehículos blindados en la frontera.'), 60e6)?.metric).toBe('compra de vehículos blindados');
    expect(byValue(es('Sinaloa recibió 900 millones de dólares en remesas enviadas desde Estados Unidos.'), 900e6)?.metric).toBe('remesas');
  });
});
