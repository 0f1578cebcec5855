// @vitest-environment jsdom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import Leaflet from '../../../../src/handoff/Leaflet';
import { i18n, startI18n } from '../../../../src/i18n';

beforeAll(async () => {
  await startI18n('fr');
  await i18n.loadNamespaces(['handoff', 'orientation']);
});
afterEach(cleanup);

describe('the territory leaflet’s form', () => {
  it('keeps what a mairie typed when the screen redraws before it is sent (hours or places arriving)', () => {
    const params = new URLSearchParams();
    const { container, rerender } = render(<Leaflet params={params} />);
    const commune = container.querySelector<HTMLInputElement>('input[name="commune"]')!;
    const radius = container.querySelector<HTMLInputElement>('input[name="rayon"]')!;
    const need = container.querySelector<HTMLSelectElement>('select[name="besoin"]')!;
    fireEvent.input(commune, { target: { value: '28168' } });
    fireEvent.input(radius, { target: { value: '15' } });
    fireEvent.change(need, { target: { value: 'wifi-gratuit' } });

    rerender(<Leaflet params={new URLSearchParams()} />);
    expect(container.querySelector<HTMLInputElement>('input[name="commune"]')!.value).toBe('28168');
    expect(container.querySelector<HTMLInputElement>('input[name="rayon"]')!.value).toBe('15');
    expect(container.querySelector<HTMLSelectElement>('select[name="besoin"]')!.value).toBe('wifi-gratuit');
  });

  it('starts from the address: its commune, radius and need (here a code no commune bears, so the form stays)', async () => {
    const { container } = render(<Leaflet params={new URLSearchParams({ commune: '37999', rayon: '12', besoin: 'ameli' })} />);
    await waitFor(() => expect(container.querySelector('[role="alert"]')).not.toBeNull());
    expect(container.querySelector<HTMLInputElement>('input[name="commune"]')!.value).toBe('37999');
    expect(container.querySelector<HTMLInputElement>('input[name="rayon"]')!.value).toBe('12');
    expect(container.querySelector<HTMLSelectElement>('select[name="besoin"]')!.value).toBe('ameli');
  });
});
