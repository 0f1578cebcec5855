// @vitest-environment jsdom
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n, startI18n, useT } from '../../../src/i18n';

beforeAll(() => startI18n('fr'));
afterEach(cleanup);

function Pending() {
  const t = useT('handoff');
  return (
    <p>
      <span data-testid="plain">{t('bar.preparing')}</span>
      <span data-testid="default">{t('bar.nothing-such', { defaultValue: 'par défaut' })}</span>
    </p>
  );
}

describe('useT, for a namespace whose file has not arrived', () => {
  it('shows nothing (or the given default) instead of its keys, then the strings once the file is in', async () => {
    expect(i18n.hasLoadedNamespace('handoff')).toBe(false);
    const { getByTestId } = render(<Pending />);
    expect(getByTestId('plain').textContent).toBe('');
    expect(getByTestId('default').textContent).toBe('par défaut');
    await waitFor(() => expect(getByTestId('plain').textContent).toBe(i18n.getFixedT('fr', 'handoff')('bar.preparing')));
    expect(getByTestId('plain').textContent).not.toBe('bar.preparing');
    expect(getByTestId('plain').textContent).not.toBe('');
  });
});
