// Probe (clu23): compareTexts verdict/reason/score for one pair of each split holdout10 must-merge group (holdout10 is spent). Run from repo root: node -r @swc-node/register eval/experiments/clu23-probe-holdout10.ts
import { readFileSync } from 'node:fs';
import { compareTexts, textFeatures } from '../../src/stories/similarity';
import { extractFigures } from '../../src/figures/extract';
const d = JSON.parse(readFileSync('eval/data/clustering-holdout10.json','utf8'));
const by = new Map<string, any>(d.items.map((x: any) => [x.id, x]));
const f = (x: any) => textFeatures(x.title, x.summary, extractFigures({title:x.title, summary:x.summary},{published:x.published, lang:x.lang}), );
const pairs = [['mapa-diariosur','mapa-heraldochiapas'],['maur-aljazeera','maur-elpais'],['sv-elnorte','sv-abcnoticias'],['sv-elnorte','sv-milenio'],['gwarr-kiii','gwarr-callertimes'],['idaho-idstatesman','idaho-idcapsun'],['pa1-prensapa','pa1-telemetro'],['columbus-deming','columbus-kfox'],['kslp-solsanluis','kslp-pulso'],['ocot-kyma','ocot-sdut'],['koax-nvi','koax-imparcialoax'],['pa2-prensapa','pa2-tvnpa'],['idapp-idcapsun','idapp-boisepr'],['idapp-idcapsun','idapp-efe'],['siler-newsobserver','siler-wral'],['worthrel-startribune','worthrel-wglobe'],['brbro-brownsvilleherald','brbro-krgv'],['brysl-kvia','brysl-ktsm'],['champ-cbc','champ-gazette'],['stan-sherbrooke','stan-ctv'],['mayor-nogalesintl','mayor-elimparcial'],['acandi-eltiempo','acandi-elcolombiano'],['cidhe-elpasomatters','cidhe-efe']];
for (const [a,b] of pairs){const r=compareTexts(f(by.get(a)),f(by.get(b)));console.log(a,b,by.get(a).lang,by.get(b).lang,r.same,r.reason,r.score.toFixed(2),'ent',r.sharedEntities);}
