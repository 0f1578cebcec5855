// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import ExternalLink from '../../../src/handoff/ExternalLink';
import { i18n, startI18n } from '../../../src/i18n';
import { setKiosk } from '../../../src/kiosk/device';

beforeAll(async () => {
  await startI18n('fr');
  await i18n.loadNamespaces('handoff');
});
afterEach(() => {
  cleanup();
  setKiosk(false);
});

describe('a link that leaves the app', () => {
  it('is a real link on a phone or a computer', () => {
    const { container } = render(<ExternalLink href="tel:+33247982323" text="Téléphone : 02 47 98 23 23">02 47 98 23 23</ExternalLink>);
    expect(container.querySelector('a')?.getAttribute('href')).toBe('tel:+33247982323');
  });

  it('opens a website in a new tab without handing it the app', () => {
    const { container } = render(<ExternalLink href="https://example.org/" newTab text="example.org">example.org</ExternalLink>);
    const link = container.querySelector('a')!;
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
  });

  it('on a kiosk, is text with a QR code to show and print, and no link at all', async () => {
    setKiosk(true);
    const { container, getByRole, findByRole } = render(<ExternalLink href="mailto:contact@mairie.example" text="contact@mairie.example">contact@mairie.example</ExternalLink>);
    expect(container.querySelector('a')).toBeNull();
    const toggle = await findByRole('button', { name: 'Code QR' }); // the kiosk's form loads on first use
    expect(container.textContent).toContain('contact@mairie.example');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(getByRole('button', { name: 'Masquer' }).getAttribute('aria-expanded')).toBe('true');
    expect(getByRole('button', { name: 'Imprimer' })).toBeTruthy();
    expect(container.querySelector('a')).toBeNull();
  });
});
