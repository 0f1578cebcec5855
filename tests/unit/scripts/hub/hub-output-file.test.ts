import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import opening_hours from 'opening_hours';
import {
  Adresse,
  DispositifProgrammeNational,
  Itinerance,
  ModaliteAccompagnement,
  PublicSpecifiquementAdresse,
  Service,
  Services,
  Typologie,
  isValidCourriel,
  isValidUrl,
} from '@gouvfr-anct/lieux-de-mediation-numerique';
import type { Place } from '../../../../src/places/place';
import { REPO_ROOT } from '../../../../scripts/lib/communes/paths';
import { PERSON_STAND_IN } from '../../../../scripts/lib/sources/scrub-hub';
import { GEO_DIR, STANDARD_DIR } from '../../../../scripts/lib/sources/paths';
import { cleanText, readHubRecords, type HubRecord } from '../../../../scripts/lib/hub/hub-record';
import { buildImportContext } from '../../../../scripts/lib/hub/import-context';
import { compareIds, importHubRecords, type HubImport } from '../../../../scripts/lib/hub/import-hub-records';
import { HUB_SOURCE } from '../../../../scripts/lib/hub/map-record';
import { classifyEmail, contactPieces, looksLikePersonName } from '../../../../scripts/lib/hub/personal-data';
import { renderReport, serializePlaces } from '../../../../scripts/lib/hub/write-outputs';

const PLACES_FILE = join(REPO_ROOT, 'data', 'places', 'hub-lo-centre-val-de-loire.json');
const REPORT_FILE = join(REPO_ROOT, 'data', 'reports', 'hub-import.md');

const committedText = readFileSync(PLACES_FILE, 'utf8');
const places = JSON.parse(committedText) as Place[];
const records = readHubRecords();
const recordOf = new Map<string, HubRecord>(records.map((record) => [`hub-${record.gid}`, record]));

interface SchemaField {
  name: string;
  constraints?: { required?: boolean; pattern?: string; maxLength?: number };
}
const schemaFields = (JSON.parse(readFileSync(join(STANDARD_DIR, 'schema.json'), 'utf8')) as { fields: SchemaField[] }).fields;

/** The value a field takes in the standard's CSV: lists joined by "|". */
function csvValue(place: Place, field: string): string | undefined {
  const value = (place as unknown as Record<string, unknown>)[field];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join('|') : String(value);
}

let fresh: HubImport;
beforeAll(() => {
  fresh = importHubRecords(records, buildImportContext());
});

describe('data/places/hub-lo-centre-val-de-loire.json', () => {
  it('holds all 426 records, one place each, sorted by id', () => {
    expect(records).toHaveLength(426);
    expect(places).toHaveLength(426);
    expect(new Set(places.map((place) => place.id))).toEqual(new Set(records.map((record) => `hub-${record.gid}`)));
    expect(places.map((place) => place.id)).toEqual([...places.map((place) => place.id)].sort(compareIds));
  });

  it('is current: the import run now writes exactly the committed bytes, and the committed report', () => {
    expect(serializePlaces(fresh.places)).toBe(committedText);
    expect(renderReport(fresh.report, fresh.stats)).toBe(readFileSync(REPORT_FILE, 'utf8'));
  });

  it('puts every place inside the region', () => {
    const region = JSON.parse(readFileSync(join(GEO_DIR, 'region-centre-val-de-loire.geojson'), 'utf8')) as Feature<Polygon | MultiPolygon>;
    for (const place of places) {
      expect(booleanPointInPolygon([place.longitude, place.latitude], region), place.id).toBe(true);
    }
  });

  it('gives every place a source, a date and its provenance in the hub file', () => {
    for (const place of places) {
      const record = recordOf.get(place.id);
      expect(place.source).toBe(HUB_SOURCE);
      expect(place.date_maj).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(place.complements.provenance).toEqual([
        { fichier: 'hub-lo-centre-val-de-loire-2020.json', id: String(record?.gid), date: place.date_maj },
      ]);
    }
  });

  it('uses only values of the standard’s enums', () => {
    for (const place of places) {
      for (const value of place.typologie ?? []) expect(Object.values(Typologie), place.id).toContain(value);
      for (const value of place.services) expect(Object.values(Service), place.id).toContain(value);
      for (const value of place.modalites_accompagnement ?? []) expect(Object.values(ModaliteAccompagnement), place.id).toContain(value);
      for (const value of place.dispositif_programmes_nationaux ?? []) expect(Object.values(DispositifProgrammeNational), place.id).toContain(value);
      for (const value of place.publics_specifiquement_adresses ?? []) expect(Object.values(PublicSpecifiquementAdresse), place.id).toContain(value);
      for (const value of place.itinerance ?? []) expect(Object.values(Itinerance), place.id).toContain(value);
    }
  });

  it('passes the standard’s validators and the schema’s patterns and required fields', () => {
    for (const place of places) {
      expect(() => Adresse({ voie: place.adresse, code_postal: place.code_postal, commune: place.commune, ...(place.code_insee ? { code_insee: place.code_insee } : {}) }), place.id).not.toThrow();
      if (place.services.length > 0) expect(() => Services(place.services as Service[]), place.id).not.toThrow();
      for (const email of place.courriels ?? []) expect(isValidCourriel(email), `${place.id} ${email}`).toBe(true);
      for (const url of place.site_web ?? []) expect(isValidUrl(url), `${place.id} ${url}`).toBe(true);
      for (const field of schemaFields) {
        const value = csvValue(place, field.name);
        if (field.constraints?.required && field.name !== 'latitude') expect(value, `${place.id} ${field.name}`).toBeTruthy();
        // As in the standard's CSV, an empty list is a missing value: patterns apply to present values.
        if (value !== undefined && value !== '' && field.constraints?.pattern) {
          expect(new RegExp(field.constraints.pattern, 'u').test(value), `${place.id} ${field.name}=${value}`).toBe(true);
        }
      }
    }
  });

  it('has services for all but the few places whose record states none (listed in the report)', () => {
    const withoutServices = places.filter((place) => place.services.length === 0);
    expect(withoutServices.length).toBeLessThanOrEqual(5);
  });

  it('writes OSM opening hours the opening_hours library reads without warning, and keeps the text beside them', () => {
    const withHours = places.filter((place) => place.horaires);
    expect(withHours.length).toBe(fresh.stats.hours.converti);
    for (const place of withHours) {
      const parsed = new opening_hours(place.horaires ?? '', { lat: place.latitude, lon: place.longitude, address: { country_code: 'fr', state: 'Centre-Val de Loire' } });
      expect(parsed.getWarnings(), place.id).toEqual([]);
      expect(place.complements.horaires_texte, place.id).toBeTruthy();
    }
    const hadHoursText = records.filter((record) => /\d\s*h|\d{2}:\d{2}/i.test(`${record.c_horaire_ouverture} ${record.c_public_cible}`));
    for (const record of hadHoursText) expect(places.find((place) => place.id === `hub-${record.gid}`)?.complements.horaires_texte, `gid ${record.gid}`).toBeTruthy();
  });

  it('keeps accompanied places apart from equipment-only ones', () => {
    const accompanied = places.filter((place) => place.modalites_accompagnement?.some((modalite) => modalite !== 'En autonomie'));
    const equipmentOnly = places.filter((place) => place.modalites_accompagnement?.join() === 'En autonomie');
    expect(accompanied.length).toBeGreaterThan(250);
    expect(equipmentOnly.length).toBeGreaterThan(30);
    expect(equipmentOnly.map((place) => place.id)).toContain('hub-436');
  });
});

describe('personal data never reaches the file', () => {
  it('contains no person named in c_contacts and no personal address from c_contacts', () => {
    for (const record of records) {
      const serialized = JSON.stringify(places.find((place) => place.id === `hub-${record.gid}`)).toLowerCase();
      const whole = committedText.toLowerCase();
      for (const piece of contactPieces(cleanText(record.c_contacts))) {
        if (piece.includes('@')) {
          const email = piece.toLowerCase();
          // A contacts address may appear in the place only as the structure mailbox the record also gives in c_courriel.
          if (serialized.includes(email)) expect(cleanText(record.c_courriel).toLowerCase(), `gid ${record.gid}`).toContain(email);
          if (classifyEmail(email, { ownNames: [record.c_nom, record.c_raison_sociale] }).kind === 'personal') {
            expect(whole, `gid ${record.gid}`).not.toContain(email);
          }
        } else if (looksLikePersonName(piece)) {
          expect(whole, `gid ${record.gid}: ${piece}`).not.toContain(piece.toLowerCase());
        }
      }
    }
  });

  it('contains no e-mail address that is not the structure’s own', () => {
    const context = buildImportContext();
    for (const place of places) {
      const record = recordOf.get(place.id);
      const emails = JSON.stringify(place).match(/[A-Za-z0-9_][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g) ?? [];
      for (const email of emails) {
        const verdict = classifyEmail(email, {
          ownNames: [record?.c_nom ?? '', record?.c_raison_sociale ?? '', record?.c_city ?? '', place.commune, record?.c_epci ?? '', record?.c_bassin_de_vie ?? ''],
          communeKeys: context.communeKeys,
        });
        expect(verdict.kind, `${place.id} ${email}`).toBe('structure');
      }
    }
  });

  it('drops every personal address of c_courriel (the committed source marks each with one stand-in)', () => {
    const personal = records.filter((record) => cleanText(record.c_courriel).includes(PERSON_STAND_IN));
    expect(personal.length).toBeGreaterThan(5);
    expect(records.filter((record) => cleanText(record.c_contacts).includes(PERSON_STAND_IN)).length).toBeGreaterThan(100);
    expect(committedText).not.toContain(PERSON_STAND_IN);
  });

  it('drops the e-mail addresses typed into c_statut_juridique', () => {
    const statuses = records.map((record) => cleanText(record.c_statut_juridique)).filter((status) => status.includes('@'));
    expect(statuses).toHaveLength(2);
    for (const status of statuses) expect(committedText.toLowerCase()).not.toContain(status.toLowerCase());
  });

  it('keeps telephones in the standard format', () => {
    for (const place of places) if (place.telephone) expect(place.telephone, place.id).toMatch(/^\+33[1-9]\d{8}$/);
  });
});
