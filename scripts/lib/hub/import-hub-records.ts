/** The whole import: every hub record becomes a place, in id order, with its report. */
import type { Place } from '../../../src/places/place';
import type { HubRecord } from './hub-record';
import type { HubImportContext } from './import-context';
import { ImportReport } from './import-report';
import { locateRecord } from './locate-record';
import { mapRecord } from './map-record';

export interface HubImportStats {
  places: number;
  hours: { converti: number; 'texte seulement': number; aucun: number };
  positionsRepaired: number;
  cedexRepaired: number;
  otherPostalCodesRepaired: number;
  emailsKept: number;
  emailsDroppedPersonal: number;
  emailsDroppedUnrecognised: number;
  emailsDroppedInvalid: number;
}

export interface HubImport {
  places: Place[];
  report: ImportReport;
  stats: HubImportStats;
}

export function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

export function importHubRecords(records: readonly HubRecord[], context: HubImportContext): HubImport {
  const report = new ImportReport();
  const located = records.map((record) => locateRecord(record, context, report));
  const mapped = located.map((entry) => mapRecord(entry, located, context, report));
  const places = mapped.map(({ place }) => place).sort((a, b) => compareIds(a.id, b.id));
  const hours = { converti: 0, 'texte seulement': 0, aucun: 0 };
  for (const { hoursStatus } of mapped) hours[hoursStatus]++;
  const emailDrops = report.entries.filter((entry) => entry.field === 'c_courriel' && entry.action === 'supprimé');
  return {
    places,
    report,
    stats: {
      places: places.length,
      hours,
      positionsRepaired: report.entries.filter((entry) => entry.topic === 'position' && entry.action === 'réparé').length,
      cedexRepaired: report.entries.filter((entry) => entry.topic === 'code postal' && entry.detail.includes('CEDEX')).length,
      otherPostalCodesRepaired: report.entries.filter((entry) => entry.topic === 'code postal' && entry.detail.includes('autre commune')).length,
      emailsKept: places.reduce((total, place) => total + (place.courriels?.length ?? 0), 0),
      emailsDroppedPersonal: emailDrops.filter((entry) => entry.topic === 'données personnelles' && entry.detail.startsWith('adresse personnelle')).length,
      emailsDroppedUnrecognised: emailDrops.filter((entry) => entry.topic === 'données personnelles' && entry.detail.startsWith('adresse non reconnue')).length,
      emailsDroppedInvalid: emailDrops.filter((entry) => entry.topic === 'courriel').length,
    },
  };
}
