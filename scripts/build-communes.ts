/**
 * npm run data:communes — writes data/communes/centre-val-de-loire.json (the
 * region's current communes) and data/communes/france.json (all current French
 * communes, columnar), with a position for each from the 2018 IGN outlines.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serializeNational, serializeRegional } from './lib/communes/communes-file';
import { DECOUPAGE_VERSION, loadCurrentCommunes } from './lib/communes/decoupage';
import { locateCommunes, type LocatedCommune, type PositionMethod } from './lib/communes/locate-communes';
import { loadNationalOutlines, loadRegionalOutlines, OUTLINES_ATTRIBUTION } from './lib/communes/outlines';
import { COMMUNES_DATA_DIR, NATIONAL_COMMUNES_FILE, REGIONAL_COMMUNES_FILE } from './lib/communes/paths';

const CENTRE_VAL_DE_LOIRE = '24';
const SOURCE = `Attribution : ${OUTLINES_ATTRIBUTION} + @etalab/decoupage-administratif ${DECOUPAGE_VERSION} (MIT)`;
const METHOD =
  'lat/lon : centroïde pondéré par la surface des contours 2018 de la commune et des communes qu’elle a absorbées ' +
  '(anciensCodes) ; point intérieur (milieu du plus large segment intérieur du parallèle du centroïde) quand le ' +
  'centroïde tombe hors du contour ; sans contour : centroïde des communes du département partageant un code postal ; ' +
  'null si aucun contour (collectivités d’outre-mer).';

function countMethods(located: LocatedCommune[]): Record<PositionMethod, number> {
  const counts: Record<PositionMethod, number> = { centroid: 0, 'inside-point': 0, 'postal-neighbours': 0, none: 0 };
  for (const { method } of located) counts[method]++;
  return counts;
}

function describe(label: string, located: LocatedCommune[], bytes: Buffer): string[] {
  const counts = countMethods(located);
  const lines = [
    `## ${label}`,
    '',
    `- communes : ${located.length}`,
    `- taille : ${bytes.length} octets bruts, ${gzipSync(bytes, { level: 9 }).length} octets gzip (niveau 9)`,
    `- position par centroïde : ${counts.centroid} ; point intérieur (centroïde hors du contour) : ${counts['inside-point']}`,
    `- sans contour 2018, repli sur les communes voisines de même code postal : ${counts['postal-neighbours']}`,
    `- sans contour ni repli (lat/lon null) : ${counts.none}`,
  ];
  for (const method of ['inside-point', 'postal-neighbours', 'none'] as const) {
    const examples = located.filter((entry) => entry.method === method).slice(0, 12);
    if (examples.length > 0) {
      lines.push(`  - ${method} : ${examples.map(({ record }) => `${record.code} ${record.nom}`).join(', ')}${counts[method] > examples.length ? ', …' : ''}`);
    }
  }
  return [...lines, ''];
}

const currentCommunes = loadCurrentCommunes();

const regionalOutlines = loadRegionalOutlines();
const regional = locateCommunes(
  currentCommunes.filter((commune) => commune.region === CENTRE_VAL_DE_LOIRE),
  regionalOutlines,
);
// The region's own outlines are finer than the simplified national file: its communes are placed the same in both lists.
const national = locateCommunes(currentCommunes, new Map([...loadNationalOutlines(), ...regionalOutlines]));

const regionalBytes = Buffer.from(
  serializeRegional({ source: SOURCE, methode: METHOD, communes: regional.map(({ record }) => record) }),
);
const nationalBytes = Buffer.from(serializeNational(SOURCE, METHOD, national.map(({ record }) => record)));

mkdirSync(COMMUNES_DATA_DIR, { recursive: true });
writeFileSync(REGIONAL_COMMUNES_FILE, regionalBytes);
writeFileSync(NATIONAL_COMMUNES_FILE, nationalBytes);

const report = [
  '# Communes — rapport de construction',
  '',
  `Généré par \`npm run data:communes\`. ${SOURCE}.`,
  '',
  ...describe('centre-val-de-loire.json', regional, regionalBytes),
  ...describe('france.json', national, nationalBytes),
].join('\n');
writeFileSync(join(COMMUNES_DATA_DIR, 'build-report.md'), report);
console.log(report);
