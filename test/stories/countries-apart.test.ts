import { extractFigures } from '../../src/figures/extract';
import { compareTexts, textFeatures } from '../../src/stories/similarity';

/**
 * Two headlines that each name a country the other report never mentions tell two events, however alike
 * the rest — also when both name the same second country (the nationality of the people moved). Found by
 * an invented pair (clu13's closing note): the same wording with "Costa Rica" and "Panamá" merged as similar.
 */
const f = (title: string, summary: string, at: string, lang: 'en' | 'es') => textFeatures(title, summary, extractFigures({ title, summary }, { published: at, lang }), Date.parse(at));
const LEAD = 'Las autoridades migratorias informaron que el vuelo salió el martes por la mañana con 45 personas a bordo.';

describe('headline countries', () => {
  it('"Costa Rica deporta a 45 venezolanos" and "Panamá deporta a 45 venezolanos" are two events', () => {
    const p = compareTexts(
      f('Costa Rica deporta a 45 migrantes venezolanos en un vuelo', LEAD, '2032-10-03T15:00:00Z', 'es'),
      f('Panamá deporta a 45 migrantes venezolanos en un vuelo', LEAD, '2032-10-03T17:00:00Z', 'es'),
    );
    expect(p).toMatchObject({ same: false, reason: 'different places' });
  });

  it('English and Spanish headlines naming other countries are two events too', () => {
    const p = compareTexts(
      f('Guatemala deports 45 Venezuelan migrants on a flight', 'Immigration authorities said the flight left on Tuesday morning with 45 people aboard.', '2032-10-03T15:00:00Z', 'en'),
      f('Honduras deporta a 45 migrantes venezolanos en un vuelo', LEAD, '2032-10-03T17:00:00Z', 'es'),
    );
    expect(p.same).toBe(false);
  });

  it('one event told from both ends stays one: each report mentions the other headline\'s country', () => {
    const p = compareTexts(
      f('Mexico deports 45 Guatemalan migrants on a flight to Guatemala City', 'The flight left Tapachula on Tuesday with 45 people aboard, Mexico\'s migration institute said.', '2032-10-03T15:00:00Z', 'en'),
      f('Guatemala recibe a 45 migrantes deportados por México en un vuelo', 'El vuelo salió de Tapachula el martes con 45 personas a bordo, informó el Instituto Guatemalteco de Migración.', '2032-10-03T17:00:00Z', 'es'),
    );
    expect(p.reason).not.toBe('different places');
  });
});
