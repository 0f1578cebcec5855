// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/i18n', () => ({ changeLanguage: vi.fn(async () => undefined) }));
vi.mock('../../../src/router', () => ({ navigate: vi.fn(), replaceHistoryEntries: vi.fn() }));

describe('a kiosk forgetting its visitor', () => {
  it('applies a waiting new version, after the visitor is gone, and only then', async () => {
    const { offerUpdate } = await import('../../../src/pwa/update');
    const { navigate } = await import('../../../src/router');
    const { forgetVisitor } = await import('../../../src/kiosk');
    window.scrollTo = vi.fn();
    const apply = vi.fn(() => expect(navigate).toHaveBeenCalledWith('/', { replace: true }));
    offerUpdate(apply);
    expect(apply).not.toHaveBeenCalled();
    await forgetVisitor();
    expect(apply).toHaveBeenCalledTimes(1);
    await forgetVisitor();
    expect(apply).toHaveBeenCalledTimes(1);
  });
});
