import { describe, expect, it, vi } from 'vitest';
import { withRetries } from '../../../src/pwa/retry';
import { applyWaitingUpdate, offerUpdate } from '../../../src/pwa/update';

describe('withRetries', () => {
  it('tries again after a failure and returns the first success', async () => {
    const load = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module')).mockResolvedValueOnce('module');
    await expect(withRetries(load, [0, 0])).resolves.toBe('module');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('gives up with the last error after the last delay, and keeps nothing of it', async () => {
    const load = vi.fn().mockRejectedValue(new TypeError('offline'));
    await expect(withRetries(load, [0, 0])).rejects.toThrow('offline');
    expect(load).toHaveBeenCalledTimes(3);
    load.mockResolvedValue('back');
    await expect(withRetries(load, [0, 0])).resolves.toBe('back');
  });
});

describe('a waiting version', () => {
  it('is applied once, when asked, and not before', () => {
    expect(applyWaitingUpdate()).toBe(false);
    const apply = vi.fn();
    offerUpdate(apply);
    expect(apply).not.toHaveBeenCalled();
    expect(applyWaitingUpdate()).toBe(true);
    expect(apply).toHaveBeenCalledTimes(1);
    expect(applyWaitingUpdate()).toBe(false);
  });
});
