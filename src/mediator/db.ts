import Dexie, { type Table } from 'dexie';
import type { TallyTap } from './tally';
import type { TourStop } from './tour';

/**
 * The mediator's own database, apart from the places' (src/places/db.ts), so
 * neither schema's upgrades can touch the other: the tour and the tally.
 */
export const MEDIATOR_DATABASE = 'boussole-mediateur';

export class MediatorDatabase extends Dexie {
  stops!: Table<TourStop, string>;
  taps!: Table<TallyTap, string>;

  constructor(name = MEDIATOR_DATABASE) {
    super(name);
    this.version(1).stores({ stops: 'id', taps: 'id, day' });
  }
}

let opened: MediatorDatabase | undefined;

export function mediatorDatabase(): MediatorDatabase {
  return (opened ??= new MediatorDatabase());
}
