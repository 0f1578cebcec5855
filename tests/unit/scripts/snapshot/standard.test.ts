import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPLEMENT_KEYS, STANDARD_FIELDS } from '../../../../scripts/lib/snapshot/standard-fields';
import { loadStandardSchema, STANDARD_SCHEMA_FILE } from '../../../../scripts/lib/snapshot/standard-schema';
import { standardValue, VOCABULARIES } from '../../../../scripts/lib/snapshot/vocabularies';

describe('the standard as Boussole reads it', () => {
  const schema = loadStandardSchema();

  it('writes the fields in schema.json’s order', () => {
    const names = (JSON.parse(readFileSync(STANDARD_SCHEMA_FILE, 'utf8')) as { fields: Array<{ name: string }> }).fields.map((field) => field.name);
    expect([...STANDARD_FIELDS]).toEqual(names);
    expect(COMPLEMENT_KEYS[0]).toBe('provenance');
  });

  it('takes closed lists from the package whose every value passes schema.json’s pattern', () => {
    for (const [field, values] of Object.entries(VOCABULARIES)) {
      const pattern = schema.field(field)?.pattern;
      for (const value of values) if (pattern) expect(pattern.test(value), `${field}: ${value}`).toBe(true);
    }
  });

  it('recognises a value written with other case, accents or punctuation, and nothing else', () => {
    expect(standardValue('services', 'aide aux demarches administratives')).toBe('Aide aux démarches administratives');
    expect(standardValue('typologie', 'Tiers-lieux')).toBe('TIERS_LIEUX');
    expect(standardValue('formations_labels', 'Étapes numériques (La Poste)')).toBe('Étapes numériques(La Poste)');
    expect(standardValue('publics_specifiquement_adresses', 'Retraités')).toBeUndefined();
  });

  it('reads the required fields and patterns of v1.0.2', () => {
    expect(schema.version).toBe('v1.0.2');
    expect(schema.fields.filter((field) => field.required).map((field) => field.name)).toEqual(['id', 'pivot', 'nom', 'commune', 'code_postal', 'adresse', 'date_maj']);
    expect(schema.field('code_postal')?.pattern?.test('37000')).toBe(true);
    expect(schema.field('code_postal')?.pattern?.test('370000')).toBe(false);
  });
});
