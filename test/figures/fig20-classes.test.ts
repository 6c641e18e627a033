/**
 * fig20: a Spanish sum whose verb names its kind (destinar/asignar → presupuesto) is named by the purpose phrase the text
 * gives — any noun phrase of up to four words, not only a noun of action — when that phrase is whole: it ends its clause
 * or only a place follows it. A phrase the text goes on with ("albergues para familias …") keeps the kind alone.
 * Fresh invented sentences (not copies of eval items).
 */
import { extractFigures } from '../../src/figures/extract';

const money = (text: string) => extractFigures(text, { published: '2026-12-01', lang: 'es' }).filter((f) => f.unit !== null && /^[A-Z]{3}$/.test(f.unit));

describe('fig20: whole purpose phrase after destinar/asignar', () => {
  it('a purpose followed by a generic place ("de la ciudad") names the sum', () => {
    const [f] = money('El municipio de Oaxaca destinará 3 millones de pesos en 2027 a los comedores de la ciudad, informó el cabildo.');
    expect(f).toMatchObject({ value: 3000000, unit: 'MXN', metric: 'comedores' });
  });
  it('a purpose ending its clause with a comma names the sum', () => {
    const [f] = money('La Cancillería asignó L12 millones al apoyo de deportados, según un comunicado.');
    expect(f).toMatchObject({ value: 12000000, unit: 'HNL', metric: 'apoyo de deportados' });
  });
  it('after a recipient, the purpose coordinated with "y" names the sum', () => {
    const [f] = money('La Unión Europea destinará 80 millones de euros a Túnez para lanchas de patrullaje y 20 millones para retornos, dijo Bruselas.');
    expect(f).toMatchObject({ value: 80000000, unit: 'EUR', metric: 'lanchas de patrullaje' });
  });
  it('a phrase the text goes on with keeps the kind alone', () => {
    const [f] = money('El Ayuntamiento de Ensenada destinará 2 millones de pesos a albergues para familias en 2027, anunció el alcalde.');
    expect(f).toMatchObject({ value: 2000000, unit: 'MXN', metric: 'presupuesto' });
  });
});
