import { extractFigures } from '../../src/figures/extract';
import { gazetteerWithin, setGazetteerEnabled } from '../../src/stories/places';
import { compareTexts, coreOfName as keyOf, textFeatures } from '../../src/stories/similarity';
import gazetteer from '../../src/stories/data/gazetteer.json';
import { buildGazetteer } from '../../eval/gen-gazetteer';
const f = (title: string, summary: string, lang: 'en' | 'es') => textFeatures(title, summary, extractFigures({ title, summary }, { published: '2034-04-07T15:00:00Z', lang }), Date.parse('2034-04-07T15:00:00Z'));

describe('gazetteer (places.ts, data/gazetteer.json)', () => {
  afterEach(() => setGazetteerEnabled(true));
  it('is what eval/gen-gazetteer.ts writes (same package, same name keys)', () => {
    expect(buildGazetteer()).toEqual(gazetteer);
  });
  it('carries its attribution and licence', () => {
    expect(gazetteer._comment).toMatch(/GeoNames/);
    expect(gazetteer._comment).toMatch(/CC BY 4\.0/);
  });
  it('places towns in their state, with or without accents', () => {
    expect([...(gazetteerWithin(keyOf('Lubbock')) ?? [])]).toEqual([keyOf('Texas')]);
    expect([...(gazetteerWithin(keyOf('Saltillo')) ?? [])]).toEqual([keyOf('Coahuila')]);
    expect([...(gazetteerWithin(keyOf('Querétaro')) ?? [])]).toEqual(gazetteerWithin(keyOf('Queretaro')) ? [...gazetteerWithin(keyOf('Queretaro'))!] : []);
  });
  it('leaves names shared by towns of several states, and unknown names, unknown', () => {
    expect(gazetteerWithin(keyOf('Springfield'))).toBeUndefined();
    expect(gazetteerWithin(keyOf('Columbus'))).toBeUndefined();
    expect(gazetteerWithin(keyOf('Zzyzxville'))).toBeUndefined();
  });
  it('a town of one state and another state are two places; the town and its own state one', () => {
    const town = f('ICE operation in Knoxville ends with 41 arrests', 'Officers detained people at several apartment complexes over three days, the agency said Friday.', 'en');
    const other = f('ICE operation in Texas ends with 41 arrests', 'Officers detained people at several apartment complexes over three days, the agency said Friday.', 'en');
    const own = f('Operativo de ICE en Tennessee deja 41 arrestos', 'Agentes detuvieron a personas en varios complejos de apartamentos durante tres días, informó la agencia el viernes.', 'es');
    expect(compareTexts(town, other).same).toBe(false);
    expect(compareTexts(town, own).same).toBe(true);
  });
});
