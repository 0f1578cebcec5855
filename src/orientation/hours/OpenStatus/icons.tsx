import type { StatusTone } from '../wording';

/** Decorative shapes that differ by state (a tick, a clock, a cross, a question mark): the words next to them carry the meaning. */
export function StatusIcon({ tone }: { tone: StatusTone }) {
  return (
    <svg class="open-status__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" stroke-width="2" />
      {tone === 'open' && <path d="M7 12.5l3.5 3.5L17.5 9" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" />}
      {(tone === 'closing' || tone === 'opening') && (
        <path d="M12 6.5V12l3.5 2.5" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" />
      )}
      {tone === 'closed' && <path d="M8 8l8 8M16 8l-8 8" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />}
      {(tone === 'unknown' || tone === 'maybe') && (
        <>
          <path d="M9.3 9.2a2.8 2.8 0 1 1 3.9 2.6c-.8.4-1.2 1-1.2 1.8v.6" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
          <circle cx="12" cy="17.3" r="1.3" fill="currentColor" />
        </>
      )}
    </svg>
  );
}
