/**
 * Same story across paraphrase classes (issue 10, "Same story"): numbers written differently in English
 * and Spanish, agencies and places named differently, officials named in one report and described in
 * the other, reference years. Each class has a pair that must merge and a look-alike that must stay apart.
 * Sentences written for these tests, not copied from eval/data.
 */
import { extractFigures } from '../../src/figures/extract';
import { conceptTokens, writtenNumbers } from '../../src/stories/bilingual';
import { compareTexts, sameNumber, textFeatures } from '../../src/stories/similarity';

const feats = (title: string, summary: string, at: string) =>
  textFeatures(title, summary, extractFigures({ title, summary }, { published: at }), Date.parse(at));

describe('numbers written differently', () => {
  it('reads thousands, decimals and scales the same in either language', () => {
    const n = (t: string) => conceptTokens(t).filter((w) => /^\d/.test(w));
    expect(n('llegaron mil 300 personas')).toEqual(['1300']);
    expect(n('arrived 1,300 people')).toEqual(['1300']);
    expect(n('llegaron 1.300 personas')).toEqual(['1300']);
    expect(n('unos 2,4 millones de cruces')).toEqual(['2400000']);
    expect(n('about 2.4 million crossings')).toEqual(['2400000']);
    expect(n('envíos por 3 mil 470 millones de dólares')).toEqual(['3470000000']);
    expect(n('transfers worth $3.47 billion')).toEqual(['3470000000']);
    expect(n('un total de 64 mil 118 registros')).toEqual(['64118']);
    expect(n('roughly a thousand families')).toEqual(['1000']);
    expect(writtenNumbers('sube 4,7% en marzo')).toBe('sube 4.7% en marzo');
    expect(n('on 41st Avenue')).toEqual(['41']);
  });

  it('a round number matches the exact one it rounds, never a different count', () => {
    expect(sameNumber('3100', '3087')).toBe(true);
    expect(sameNumber('300', '296')).toBe(true);
    expect(sameNumber('64000', '64118')).toBe(true);
    expect(sameNumber('3087', '3012')).toBe(false);
    expect(sameNumber('300', '340')).toBe(false);
    expect(sameNumber('1000', '1300')).toBe(false);
  });

  it('merges a Spanish "mil 300" report with an English "about 1,300" one; keeps a 1,700 report apart', () => {
    const en = feats('About 1,300 migrants leave Ciudad Hidalgo on foot', 'The group left Ciudad Hidalgo on Monday heading north, organizer Marta Llanes said.', '2025-05-12T20:00:00Z');
    const es = feats('Salen a pie de Ciudad Hidalgo mil 300 migrantes', 'El grupo partió de Ciudad Hidalgo el lunes rumbo al norte, dijo la organizadora Marta Llanes.', '2025-05-12T22:00:00Z');
    const other = feats('Salen a pie de Ciudad Hidalgo mil 700 migrantes', 'El grupo partió de Ciudad Hidalgo el lunes rumbo al norte, dijo la organizadora Marta Llanes.', '2025-05-12T22:00:00Z');
    expect(compareTexts(en, es).same).toBe(true);
    expect(compareTexts(en, other).same).toBe(false);
  });

  it('merges "over 300 rescued" with "296 rescued" told in Spanish; keeps "340" apart', () => {
    const en = feats('Rescuers pull over 300 people from boats south of Gran Canaria', 'Maritime rescuers brought the boats to the port of Arguineguín before dawn, officials said.', '2025-02-20T12:00:00Z');
    const es = feats('Rescatan a 296 personas de cayucos al sur de Gran Canaria', 'Los ocupantes fueron trasladados al puerto de Arguineguín de madrugada.', '2025-02-20T10:00:00Z');
    const other = feats('Rescatan a 340 personas de cayucos al sur de Gran Canaria', 'Los ocupantes fueron trasladados al puerto de Arguineguín de madrugada.', '2025-02-20T10:00:00Z');
    expect(compareTexts(en, es).same).toBe(true);
    expect(compareTexts(en, other).same).toBe(false);
  });
});
