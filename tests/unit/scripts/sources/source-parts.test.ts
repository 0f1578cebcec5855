/** The small pieces of the source import: week parity, dates in a described format, configs, Lambert-93, column names. */
import { describe, expect, it } from 'vitest';
import { foldColumn, readColumns } from '../../../../scripts/lib/sources/column-names';
import { readDate } from '../../../../scripts/lib/sources/described-row';
import { toWgs84 } from '../../../../scripts/lib/sources/projection';
import { parseSourceConfig } from '../../../../scripts/lib/sources/source-config';
import { cleanCells } from '../../../../scripts/lib/sources/clean-cells';
import { restrictToWeeks, weekParityOf, withoutParityWords } from '../../../../scripts/lib/hours/week-parity';
import { osmHoursProblem } from '../../../../scripts/lib/hours/validate-osm-hours';

describe('week parity', () => {
  it('reads even, odd and unknown alternation', () => {
    expect(weekParityOf('Semaine paire')).toBe('paire');
    expect(weekParityOf('les semaines impaires')).toBe('impaire');
    expect(weekParityOf('1 semaine sur 2')).toBe('inconnue');
    expect(weekParityOf('une semaine sur deux, semaine paire')).toBe('paire');
    expect(weekParityOf('Lundi 9h-12h')).toBeUndefined();
  });

  it('restricts every weekly rule to the weeks, valid for opening_hours', () => {
    const osm = restrictToWeeks('Mo 09:00-12:00; Th 14:00-17:00; PH off', 'impaire');
    expect(osm).toBe('week 01-53/2 Mo 09:00-12:00; week 01-53/2 Th 14:00-17:00; PH off');
    expect(osmHoursProblem(osm)).toBeUndefined();
    expect(withoutParityWords('Lundi 9h-12h (semaine paire)')).toBe('Lundi 9h-12h');
  });
});

describe('a source description', () => {
  it('reads dates in the format it names, and refuses impossible ones', () => {
    expect(readDate('19/02/2020', 'DD/MM/YYYY')).toBe('2020-02-19');
    expect(readDate('02/19/2020', 'MM/DD/YYYY')).toBe('2020-02-19');
    expect(readDate('31/02/2020', 'DD/MM/YYYY')).toBeUndefined();
  });

  it('stops on a mistake, naming the key', () => {
    expect(() => parseSourceConfig('{}', 'x.config.json')).toThrow(/x\.config\.json: a source description needs "columns"/);
    expect(() => parseSourceConfig('{"columns":{"NOM":"name"}}', 'x.config.json')).toThrow(/columns\.NOM: "name" is not a field of the standard/);
    expect(() => parseSourceConfig('{"columns":{},"coordinates":{"system":"EPSG:27572","x":"x","y":"y"}}', 'x.config.json')).toThrow(/coordinates\.system "EPSG:27572"/);
    expect(() => parseSourceConfig('{"columns":{},"yesNo":{"columns":{"A":{"nom":"x"}}}}', 'x.config.json')).toThrow(/yesNo\.columns\.A\.nom is not a list field/);
  });

  it('converts Lambert-93 with proj4 (the origin of the projection, and Bourges)', () => {
    expect(toWgs84('EPSG:2154', 700000, 6600000)).toEqual({ latitude: 46.5, longitude: 3 });
    const bourges = toWgs84('EPSG:2154', 654288.2, 6664835.3);
    expect(bourges.latitude).toBeCloseTo(47.0822, 4);
    expect(bourges.longitude).toBeCloseTo(2.3975, 4);
  });
});

describe('column names', () => {
  it('tolerates case and accents, reads SIRET as the pivot, never reads contact columns', () => {
    expect(foldColumn(' Téléphone ')).toBe('telephone');
    const reading = readColumns(['SIRET', 'Téléphone', 'DATE_MAJ', 'Référent', 'Couleur'], undefined);
    expect(Object.fromEntries(reading.roles)).toEqual({
      SIRET: { field: 'pivot' },
      Téléphone: { field: 'telephone' },
      DATE_MAJ: { field: 'date_maj' },
      Référent: { personal: true },
      Couleur: { unread: true },
    });
    expect(reading.unread).toEqual(['Couleur']);
  });
});

describe('clean cells', () => {
  it('strips bidirectional controls and cuts long values, saying so', () => {
    const { row, changes } = cleanCells({ nom: 'Espace\u202e numérique\u200b', adresse: 'x'.repeat(2000) });
    expect(row.nom).toBe('Espace numérique');
    expect(row.adresse).toHaveLength(500);
    expect(changes).toEqual([
      { field: 'nom', reason: 'caractères invisibles ou de contrôle bidirectionnel retirés' },
      { field: 'adresse', reason: 'plus de 500 caractères (2000) : coupé à 500' },
    ]);
  });
});
