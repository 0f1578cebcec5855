/**
 * The snapshot in the repository, checked with the standard package's own
 * validators rather than the pipeline's code: what the nightly job commits is
 * what the app downloads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DispositifProgrammesNationaux,
  FormationsLabels,
  FraisACharge,
  isValidCourriel,
  isValidUrl,
  Itinerances,
  ModalitesAcces,
  ModalitesAccompagnement,
  PrisesEnChargeSpecifiques,
  PublicsSpecifiquementAdresses,
  Services,
  Typologies,
} from '@gouvfr-anct/lieux-de-mediation-numerique';
import { describe, expect, it } from 'vitest';
import { isInside } from '../../../../scripts/lib/communes/geometry';
import { loadRegionOutline } from '../../../../scripts/lib/communes/outlines';
import { NIGHTLY_DIR, WITHDRAWN_FILE_NAME } from '../../../../scripts/lib/nightly/paths';
import { readWithdrawn } from '../../../../scripts/lib/nightly/withdrawn';
import { osmHoursProblem } from '../../../../scripts/lib/hours/validate-osm-hours';
import { personalEmailReason } from '../../../../scripts/lib/snapshot/personal-email';
import { loadStandardSchema } from '../../../../scripts/lib/snapshot/standard-schema';
import type { Place, Snapshot } from '../../../../src/places/place';
import { checkSnapshot } from '../../../../src/places/snapshot-check';
import { REPO_ROOT } from '../../../../scripts/lib/communes/paths';

const SNAPSHOT_FILE = join(REPO_ROOT, 'public', 'data', 'snapshot.json');
const text = readFileSync(SNAPSHOT_FILE, 'utf8');
const snapshot = JSON.parse(text) as Snapshot;
const schema = loadStandardSchema();

/** The package's validators throw on a value outside their list. */
const LIST_VALIDATORS: ReadonlyArray<readonly [keyof Place, (values: string[]) => unknown]> = [
  ['typologie', (values) => Typologies(values as never)],
  ['itinerance', (values) => Itinerances(values as never)],
  ['publics_specifiquement_adresses', (values) => PublicsSpecifiquementAdresses(values as never)],
  ['prise_en_charge_specifique', (values) => PrisesEnChargeSpecifiques(values as never)],
  ['frais_a_charge', (values) => FraisACharge(values as never)],
  ['dispositif_programmes_nationaux', (values) => DispositifProgrammesNationaux(values as never)],
  ['formations_labels', (values) => FormationsLabels(values.map((value) => value.replace('numériques(La', 'numériques (La')) as never)],
  ['modalites_acces', (values) => ModalitesAcces(values as never)],
  ['modalites_accompagnement', (values) => ModalitesAccompagnement(values as never)],
];

describe('the committed snapshot (public/data/snapshot.json)', () => {
  it('is accepted by the app’s check and holds at least the 426 hub places, but those the national file withdrew', async () => {
    expect((await checkSnapshot(text)).ok).toBe(true);
    const withdrawn = readWithdrawn(join(NIGHTLY_DIR, WITHDRAWN_FILE_NAME));
    expect(snapshot.places.length).toBeGreaterThanOrEqual(426 - withdrawn.length);
    for (const entry of withdrawn) expect(snapshot.places.map((place) => place.id), entry.id).not.toContain(entry.id);
  });

  it('says for every place the date its data was last confirmed: a real date, no older than its date_maj', () => {
    for (const place of snapshot.places) {
      const confirmed = place.complements.confirme_le;
      expect(confirmed, place.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(confirmed ?? '')), place.id).toBe(false);
      expect((confirmed ?? '') >= place.date_maj, place.id).toBe(true);
    }
  });

  it('has every place valid against the standard’s required fields, patterns and closed lists', () => {
    for (const place of snapshot.places) {
      for (const field of schema.fields) {
        const value = place[field.name as keyof Place];
        if (field.required) expect(value, `${place.id}.${field.name}`).toBeTruthy();
        const written = Array.isArray(value) ? value.join('|') : value;
        if (field.pattern && typeof written === 'string' && written !== '') expect(field.pattern.test(written), `${place.id}.${field.name} = ${written}`).toBe(true);
      }
      if (place.services.length > 0) expect(() => Services(place.services as never), place.id).not.toThrow();
      for (const [field, validate] of LIST_VALIDATORS) {
        const values = place[field];
        if (Array.isArray(values)) expect(() => validate(values as string[]), `${place.id}.${String(field)}`).not.toThrow();
      }
      for (const url of [...(place.site_web ?? []), place.fiche_acces_libre, place.prise_rdv]) if (url) expect(isValidUrl(url), url).toBe(true);
      if (place.horaires) expect(osmHoursProblem(place.horaires), `${place.id}.horaires`).toBeUndefined();
    }
  });

  it('puts every place inside the region, with a source and a provenance', () => {
    const region = loadRegionOutline();
    for (const place of snapshot.places) {
      expect(isInside({ lat: place.latitude, lon: place.longitude }, region), place.id).toBe(true);
      expect(place.source, place.id).not.toBe('');
      expect(place.complements.provenance.length, place.id).toBeGreaterThan(0);
    }
  });

  it('holds no personal e-mail address', () => {
    for (const place of snapshot.places) {
      const ownNames = [place.nom, place.structure_parente, place.commune, place.complements.epci].filter((name): name is string => !!name);
      for (const email of place.courriels ?? []) {
        expect(isValidCourriel(email), place.id).toBe(true);
        expect(personalEmailReason(email, ownNames), `${place.id}`).toBeUndefined();
      }
    }
  });
});
