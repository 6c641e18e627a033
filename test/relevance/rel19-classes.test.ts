/**
 * rel19 (round k): holdout12 spent; the beat model is retrained with it and the classes it left (or the issue names)
 * are fixed in the rules. Every example here is invented, not copied from a data file.
 */
import { loadConfig } from '../../src/config/load';
import { compileProfile, matchText } from '../../src/relevance';

const profile = compileProfile(loadConfig().keywords);
const result = (title: string, summary = '') => matchText(profile, { title, summary });

describe('rel19 classes: on the beat, told without beat words', () => {
  it.each([
    ['flights-by-route', 'Three planes carrying Guatemalans leave Alexandria for Guatemala City', ''],
    ['flights-by-route', 'Flights to Honduras resume from Brownsville after a two-week pause', ''],
    ['flights-by-route', 'Aterrizan en San Salvador dos aviones con salvadoreños desde Luisiana', ''],
    ['people-inside-cargo-at-checkpoints', 'Twelve discovered inside refrigerated truck at Sarita inspection station', ''],
    ['people-inside-cargo-at-checkpoints', 'Hallan a 15 personas dentro de una pipa en el punto de revisión de Querétaro', ''],
    ['ice-holds', 'Report: ICE holds more than 900 women at a converted warehouse in Georgia', ''],
    ['ice-holds', 'Families of ICE detainees wait outside a holding site in the desert', ''],
    ['citizenship-routes', 'Ireland shortens naturalisation wait for spouses of citizens', ''],
    ['citizenship-routes', 'Canada reviews the route to citizenship for care workers', ''],
    ['visa-applications-es', 'Suben las tarifas: el costo de la visa de estudiante llega a 300 dólares', ''],
  ])('%s: %s', (rule, title, summary) => {
    const r = result(title, summary);
    expect(r.matched).toContain(rule);
    expect(r.relevant).toBe(true);
  });
});

describe('rel19 classes: traps stay out', () => {
  it.each([
    // businesses, media and protocols named after the border
    ['Border Gateway Protocol glitch at a Tucson carrier drops phone service for hours', ''],
    ['Emisora La Frontera de Matamoros celebra su aniversario con un baile', ''],
    ['Librería La Frontera de Nogales abre una segunda sucursal', ''],
    // fuel and goods stolen in border hamlets
    ['Agents in Sasabe seize pickup carrying stolen fuel drums', ''],
    // airline routes and team flights
    ['Airline adds nonstop flights to Guatemala from El Paso', ''],
    ['Venezuelan fans land in El Paso on charter flight for the final', 'The team travelled with 200 fans.'],
    // frozen water, climbing and fishing
    ['The lake ice holds as anglers set up tents for the derby', 'Ice fishing season opens on the lake.'],
    // naturalised plants, tanks of fuel, consulate hours
    ['Naturalised garden plants spread into Scottish woods, botanists say', ''],
    ['Diesel found inside tanker at checkpoint was stolen from a refinery', ''],
    ['Consulado anuncia nuevo horario para citas de visa', ''],
    // the classes: a TV drama titled after the border, asylum as a metaphor, dental tourism, border weather
    ['"La Frontera" drama series renewed for a second season in Tijuana', ''],
    ['Reading room is an asylum for tired commuters', ''],
    ['Dental tourism booms in Los Algodones as patients cross from Yuma', ''],
    ['Heat advisory for El Paso and Juárez as highs reach 108', ''],
  ])('off: %s', (title, summary) => {
    expect(result(title, summary).relevant).toBe(false);
  });
});

describe('the issue class: a smuggling crash near a checkpoint told without migrant or border words', () => {
  it('is on', () => {
    expect(result('SUV packed with passengers rolls over fleeing Falfurrias checkpoint; two dead', 'Several others were injured.').relevant).toBe(true);
  });
});
