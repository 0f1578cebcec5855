// @vitest-environment jsdom
process.env.TZ = 'Europe/Paris';

import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { changeLanguage, i18n, startI18n } from '../../../../src/i18n';
import { HoursTable, OpenStatus } from '../../../../src/orientation/hours';

const at = (iso: string) => new Date(iso);
const GRID = 'Mo-Fr 08:30-12:30,13:30-17:30; PH off';
const plain = (text: string | null | undefined) => (text ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  await startI18n('fr');
  await i18n.loadNamespaces('hours');
});
afterEach(async () => {
  cleanup();
  if (i18n.language !== 'fr') await changeLanguage('fr');
});

describe('OpenStatus', () => {
  it('says open until when, with an icon that is not the only signal', () => {
    const { container } = render(<OpenStatus horaires={GRID} now={at('2026-11-24T10:00+01:00')} />);
    const badge = container.querySelector('.open-status');
    expect(plain(badge?.textContent)).toBe("Ouvert jusqu'à 12 h 30");
    expect(badge?.classList.contains('open-status--open')).toBe(true);
    const icon = badge?.querySelector('svg');
    expect(icon?.getAttribute('aria-hidden')).toBe('true');
  });

  it('on a public holiday says so and gives the next opening', () => {
    const { container } = render(<OpenStatus horaires={GRID} now={at('2026-12-25T10:00+01:00')} />);
    expect(plain(container.textContent)).toBe("Fermé aujourd'hui (jour férié)Ouvre lundi à 8 h 30");
    expect(container.querySelector('.open-status--closed')).not.toBeNull();
  });

  it('says "Horaires inconnus" when there are no hours, never a guess', () => {
    const { container } = render(<OpenStatus now={at('2026-11-24T10:00+01:00')} />);
    expect(plain(container.textContent)).toBe('Horaires inconnus');
    expect(container.querySelector('.open-status--unknown')).not.toBeNull();
  });

  it('shows the source text, as French, when only the text exists or the value cannot be read', () => {
    for (const horaires of [undefined, 'du lundi au vendredi']) {
      const { container, unmount } = render(
        <OpenStatus horaires={horaires} horairesTexte="Du lundi au vendredi de 9h à 12h" now={at('2026-11-24T10:00+01:00')} />,
      );
      expect(plain(container.textContent)).toBe('Horaires à vérifierDu lundi au vendredi de 9h à 12h');
      expect(container.querySelector('[lang="fr"]')?.textContent).toBe('Du lundi au vendredi de 9h à 12h');
      unmount();
    }
  });

  it('shows the comment of a "maybe" time', () => {
    const { container } = render(<OpenStatus horaires={'Mo-Fr 09:00-12:00 "sur rendez-vous"'} now={at('2026-11-24T10:00+01:00')} />);
    expect(plain(container.textContent)).toBe("Peut-être ouvert jusqu'à 12 hsur rendez-vous");
    expect(container.querySelector('.open-status--maybe')).not.toBeNull();
  });

  it('speaks English when the language changes', async () => {
    await changeLanguage('en');
    await i18n.loadNamespaces('hours');
    const { container } = render(<OpenStatus horaires={GRID} now={at('2026-11-24T18:00+01:00')} />);
    expect(plain(container.textContent)).toBe('Opens tomorrow at 08:30');
  });
});

describe('HoursTable', () => {
  it('is a real table: caption, column headers, one row header per day, today first and marked', () => {
    render(<HoursTable horaires={GRID} now={at('2026-11-24T10:00+01:00')} />);
    const table = screen.getByRole('table', { name: 'Horaires des 7 prochains jours' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(8); // header + 7 days
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Jour', 'Horaires']);
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders.map((th) => th.getAttribute('scope'))).toEqual(Array(7).fill('row'));
    expect(plain(rowHeaders[0]?.textContent)).toBe("Mardi 24 novembre (aujourd'hui)");
    expect(plain(rowHeaders[6]?.textContent)).toBe('Lundi 30 novembre');

    const today = rows[1];
    expect(today?.getAttribute('aria-current')).toBe('date');
    expect(today?.classList.contains('hours-table__today')).toBe(true);
    expect(rows.filter((row) => row.hasAttribute('aria-current'))).toHaveLength(1);
    expect(plain(today?.querySelector('td')?.textContent)).toBe('8 h 30 à 12 h 30, 13 h 30 à 17 h 30');
  });

  it('says "Fermé" on closed days', () => {
    render(<HoursTable horaires={GRID} now={at('2026-11-24T10:00+01:00')} />);
    const saturday = screen.getByRole('rowheader', { name: /Samedi 28 novembre/ }).closest('tr');
    expect(plain(saturday?.querySelector('td')?.textContent)).toBe('Fermé');
  });

  it('notes public holidays, and the assumed holiday closure only when it is assumed', () => {
    const { unmount } = render(<HoursTable horaires={GRID} now={at('2026-11-09T10:00+01:00')} />);
    const armistice = screen.getByRole('rowheader', { name: /Mercredi 11 novembre/ }).closest('tr');
    expect(plain(armistice?.querySelector('td')?.textContent)).toBe('Fermé (jour férié)Jour férié : Armistice 1918');
    expect(screen.queryByText('Fermé les jours fériés (habituel).')).toBeNull(); // GRID says "PH off" itself
    unmount();

    render(<HoursTable horaires="Mo-Fr 08:30-12:30" now={at('2026-11-09T10:00+01:00')} />);
    expect(screen.getByText('Fermé les jours fériés (habituel).')).not.toBeNull();
  });

  it('shows the free text and says it could not be read automatically', () => {
    render(<HoursTable horairesTexte="Mardi 16 h 18 h. Samedi 9 h 30 12 h" now={at('2026-11-24T10:00+01:00')} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText(/n'ont pas pu être lus automatiquement/)).not.toBeNull();
    expect(screen.getByText('Mardi 16 h 18 h. Samedi 9 h 30 12 h').getAttribute('lang')).toBe('fr');
  });

  it('says the hours are unknown when there is nothing', () => {
    const { container } = render(<HoursTable horaires="  " now={at('2026-11-24T10:00+01:00')} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(plain(container.textContent)).toBe('Horaires inconnus : appelez avant de vous déplacer.');
  });

  it('keeps the source text next to readable hours', () => {
    render(<HoursTable horaires={GRID} horairesTexte="Du lundi au vendredi de 8h30 à 12h30 et de 13h30 à 17h30" now={at('2026-11-24T10:00+01:00')} />);
    expect(screen.getByRole('table')).not.toBeNull();
    expect(screen.getByText('Horaires indiqués par la source')).not.toBeNull();
  });

  it('marks "maybe" times with their comment', () => {
    render(<HoursTable horaires={'Tu 14:00-17:00 "sur rendez-vous"'} now={at('2026-11-24T10:00+01:00')} />);
    const today = screen.getAllByRole('row')[1];
    expect(plain(today?.querySelector('td')?.textContent)).toBe('14 h à 17 h (sur rendez-vous)');
  });
});
