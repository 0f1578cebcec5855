/**
 * Shapes shared by the hours evaluation (heavy, lazy: opening_hours) and the
 * wording (light). Types only: importing them costs nothing at run time.
 */

/** 0 = Sunday … 6 = Saturday, as `Date#getDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * How public holidays are treated for one opening_hours value:
 * - 'explicit': the value says what happens on public holidays (it mentions PH);
 * - 'assumed-closed': it does not, so Boussole treats them as closed (see evaluate.ts);
 * - 'none': no rule applied (24/7 places).
 */
export type HolidayRule = 'explicit' | 'assumed-closed' | 'none';

export type HoursStatus =
  | {
      kind: 'unknown';
      /** 'missing': no hours at all; 'unreadable': a value opening_hours cannot parse. */
      reason: 'missing' | 'unreadable';
    }
  | {
      kind: 'open';
      /** Absent when the place stays open beyond the look-ahead (24/7). */
      closesAt?: Date;
      /** Closes within 30 minutes. */
      closesSoon: boolean;
      /**
       * The value gives this time with a comment and no explicit "open"
       * (e.g. `Mo 09:00-12:00 "sur rendez-vous"`), or says "unknown":
       * opening_hours calls that state "unknown"; we say "maybe open".
       */
      uncertain: boolean;
      /** The value's comment for this time, in the source's language (French). */
      comment?: string;
    }
  | {
      kind: 'closed';
      /** Absent when the place does not open within the look-ahead (31 days). */
      opensAt?: Date;
      /** Opens later the same Paris calendar day. */
      opensToday: boolean;
      /** Opens within 60 minutes. */
      opensSoon: boolean;
      /** Today is a public holiday and the place does not open at all today: the holiday's (French) name. */
      holiday?: string;
      /** The holiday closure comes from Boussole's default, not from the place's own hours. */
      holidayAssumed?: boolean;
      comment?: string;
    };

export interface HoursInterval {
  /** "HH:MM", Paris wall clock. */
  start: string;
  /** "HH:MM"; "24:00" when the interval runs to midnight (or beyond, continued the next day). */
  end: string;
  /** See `HoursStatus` open.uncertain. */
  uncertain: boolean;
  comment?: string;
}

export interface DayHours {
  /** "YYYY-MM-DD", Paris calendar date. */
  date: string;
  /** Noon of that Paris day, as an instant: handy for Intl formatting (weekday and date names). */
  noon: Date;
  weekday: Weekday;
  intervals: HoursInterval[];
  /** The public holiday's (French) name, when this day is one. */
  holiday?: string;
}

export interface WeekHours {
  days: DayHours[];
  holidays: HolidayRule;
}
