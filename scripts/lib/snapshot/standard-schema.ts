/**
 * The constraints of the national standard, read from its own Table Schema
 * (LaMednum v1.0.2, data/sources/standard/schema.json) rather than copied here,
 * so that a new release of the schema is picked up by replacing one file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STANDARD_DIR } from '../sources/paths';

export const STANDARD_SCHEMA_FILE = join(STANDARD_DIR, 'schema.json');

export interface FieldConstraints {
  name: string;
  required: boolean;
  /** The schema's pattern, anchored at both ends as Table Schema means it. */
  pattern?: RegExp;
  maxLength?: number;
}

export interface StandardSchema {
  version: string;
  fields: FieldConstraints[];
  field(name: string): FieldConstraints | undefined;
}

interface RawSchema {
  version?: string;
  fields?: Array<{ name: string; constraints?: { required?: boolean; pattern?: string; maxLength?: number } }>;
}

export function parseStandardSchema(text: string): StandardSchema {
  const raw = JSON.parse(text) as RawSchema;
  if (!Array.isArray(raw.fields)) throw new Error('schema.json has no fields');
  const fields = raw.fields.map(({ name, constraints = {} }): FieldConstraints => ({
    name,
    required: constraints.required === true,
    ...(constraints.pattern === undefined ? {} : { pattern: new RegExp(`^(?:${constraints.pattern})$`, 'u') }),
    ...(constraints.maxLength === undefined ? {} : { maxLength: constraints.maxLength }),
  }));
  const byName = new Map(fields.map((field) => [field.name, field]));
  return { version: raw.version ?? 'inconnue', fields, field: (name) => byName.get(name) };
}

let cached: StandardSchema | undefined;

export function loadStandardSchema(file = STANDARD_SCHEMA_FILE): StandardSchema {
  if (file !== STANDARD_SCHEMA_FILE) return parseStandardSchema(readFileSync(file, 'utf8'));
  cached ??= parseStandardSchema(readFileSync(file, 'utf8'));
  return cached;
}
