import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, tileOrigin } from '../../../src/pwa/content-security-policy';

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

describe('the Content-Security-Policy', () => {
  const policy = directives(contentSecurityPolicy(tileOrigin('https://tile.openstreetmap.org/{z}/{x}/{y}.png')));

  it('lets QR codes made on the device show as data: images, and nothing else that is not ours but the tiles', () => {
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'https://tile.openstreetmap.org']);
  });

  it('allows no inline script or style, no eval, no plugin and no other origin to connect to', () => {
    for (const values of policy.values()) {
      expect(values).not.toContain("'unsafe-inline'");
      expect(values).not.toContain("'unsafe-eval'");
      expect(values).not.toContain('blob:');
    }
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });
});
