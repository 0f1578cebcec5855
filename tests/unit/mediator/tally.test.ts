import { afterEach, describe, expect, it } from 'vitest';
import { MediatorDatabase } from '../../../src/mediator/db';
import { allTaps, readTour, recordTap, replaceTour, saveStop, tapsOfDay } from '../../../src/mediator/store';
import { tallyCsv } from '../../../src/mediator/tally';
import type { TourStop } from '../../../src/mediator/tour';

const stop: TourStop = { id: 's1', commune: { code: '28168', name: 'Gallardon', latitude: 48.5, longitude: 1.7 }, weekday: 4, start: '09:30', end: '12:30', recurrence: { kind: 'weekly' } };
let db: MediatorDatabase;

afterEach(async () => {
  await db?.delete();
});

describe('the anonymous tally', () => {
  it('writes each tap at once and reads them back by day, in a database of its own', async () => {
    db = new MediatorDatabase('test-tally');
    await recordTap(db, stop, 'caf', 'helped', new Date('2026-12-03T10:00:00+01:00'));
    await recordTap(db, stop, 'caf', 'helped', new Date('2026-12-03T10:00:00+01:00'));
    await recordTap(db, stop, 'impots', 'oriented', new Date('2026-12-04T00:30:00+01:00'));
    // A second connection (a restarted app) sees every tap: nothing waited in memory.
    const reopened = new MediatorDatabase('test-tally');
    expect(await allTaps(reopened)).toHaveLength(3);
    expect(await tapsOfDay(reopened, '2026-12-03')).toHaveLength(2);
    expect(await tapsOfDay(reopened, '2026-12-04')).toHaveLength(1);
    reopened.close();
  });

  it('becomes a CSV with a BOM, ";", French headers and one row per tap, quoting what needs it', async () => {
    db = new MediatorDatabase('test-csv');
    await recordTap(db, { ...stop, commune: { ...stop.commune, name: 'Saint-Martin; "le haut"' } }, 'caf', 'guide', new Date('2026-12-03T10:05:00+01:00'));
    await recordTap(db, stop, 'imprimer-scanner', 'oriented', new Date('2026-12-03T09:45:00+01:00'));
    const csv = tallyCsv(await allTaps(db), (id) => ({ caf: 'CAF', 'imprimer-scanner': 'Imprimer ou scanner' })[id] ?? id, (iso) => iso.slice(11, 16));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Date;Heure;Commune;Code INSEE;Besoin;Issue',
      '2026-12-03;08:45;Gallardon;28168;Imprimer ou scanner;Orientée vers un autre lieu',
      '2026-12-03;09:05;"Saint-Martin; ""le haut""";28168;CAF;Guide montré',
      '',
    ]);
    const keys = Object.keys((await allTaps(db))[0]!).sort();
    expect(keys).toEqual(['at', 'communeCode', 'communeName', 'day', 'id', 'need', 'outcome', 'stopId']); // nothing about the person
  });

  it('an imported tour replaces the old one whole', async () => {
    db = new MediatorDatabase('test-tour');
    await saveStop(db, stop);
    await replaceTour(db, [{ ...stop, id: 's2' }, { ...stop, id: 's3', weekday: 1 }]);
    expect((await readTour(db)).map((s) => s.id)).toEqual(['s3', 's2']);
  });
});

describe('taking a tap back', () => {
  it('deletes that tap only', async () => {
    db = new MediatorDatabase('test-undo');
    const kept = await recordTap(db, stop, 'caf', 'helped');
    const mistake = await recordTap(db, stop, 'caf', 'guide');
    const { deleteTap } = await import('../../../src/mediator/store');
    await deleteTap(db, mistake.id);
    expect((await allTaps(db)).map((tap) => tap.id)).toEqual([kept.id]);
  });
});
