import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  DEV_CONTENT_SECURITY_POLICY,
  isAllowedNavigation,
  isSafeExternalUrl,
  isTrustedSender,
  withCspHeader,
} from '../../../src/main/shell/policy';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://example.com',
    'https://example.com/path?q=1#frag',
    'http://example.com:8080/x',
    'HTTP://EXAMPLE.COM/', // scheme and host are case-insensitive; the parser normalises them
    'HtTpS://instagram.com/kollab',
    'mailto:anna@example.com',
    'mailto:anna@example.com?subject=Kooperation&body=Hallo%20Anna',
    'mailto:a@example.com,b@example.com?cc=c@example.com',
  ])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['JAVASCRIPT uppercase', 'JAVASCRIPT:alert(1)'],
    ['javascript with tab inside the scheme', 'java\tscript:alert(1)'],
    ['javascript with leading space', ' javascript:alert(1)'],
    ['leading whitespace', ' https://example.com'],
    ['trailing newline', 'https://example.com\n'],
    ['space inside', 'https://example.com/a b'],
    ['zero-width space', 'https://exa\u200bmple.com'],
    ['file:', 'file:///etc/passwd'],
    ['file: windows', 'file:///C:/Windows/System32/calc.exe'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['smb: share', 'smb://attacker/share'],
    ['ms-settings', 'ms-settings:display'],
    ['our own scheme', 'app://kollab/index.html'],
    ['ftp', 'ftp://example.com/file'],
    ['credentials', 'https://user:pass@example.com/'],
    ['username only', 'https://user@example.com/'],
    ['host-lookalike credentials', 'https://instagram.com@evil.example/'],
    ['protocol-relative', '//evil.example/'],
    ['relative', '/campaigns'],
    ['empty', ''],
    ['mailto with attach', 'mailto:a@example.com?attach=/etc/passwd'],
    ['mailto with uppercase Attachment', 'mailto:a@example.com?subject=x&Attachment=C:%5Cboot.ini'],
    ['mailto with authority', 'mailto://user:pw@example.com'],
    ['http without host', 'http://'],
    // long mailto: bodies (an outreach e-mail) fit; anything past 16 KiB does not
    ['overlong', `https://example.com/${'a'.repeat(17_000)}`],
  ])('rejects %s', (_name, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('rejects non-strings', () => {
    expect(isSafeExternalUrl(undefined)).toBe(false);
    expect(isSafeExternalUrl(null)).toBe(false);
    expect(isSafeExternalUrl({ toString: () => 'https://example.com' })).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('accepts frames of the app origin', () => {
    expect(APP_ORIGIN).toBe('app://kollab');
    expect(isTrustedSender('app://kollab/index.html')).toBe(true);
    expect(isTrustedSender('app://kollab/')).toBe(true);
    expect(isTrustedSender('app://kollab/campaigns/12?tab=content#x')).toBe(true);
  });

  it.each([
    undefined,
    null,
    '',
    'about:blank',
    'https://kollab/index.html',
    'http://localhost:5173/',
    'file:///app/out/renderer/index.html',
    'app://evil/index.html',
    'app://kollab.evil/index.html',
    'app://kollabx/',
    'app://kollab:8080/',
    'app://kollab@evil/',
    'app://user:pw@kollab/',
    'apps://kollab/',
    'devtools://devtools/bundled/inspector.html',
    'data:text/html,hi',
    ' app://kollab/',
  ])('refuses %s', (url) => {
    expect(isTrustedSender(url as string | undefined)).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  it('allows only the app origin', () => {
    expect(isAllowedNavigation('app://kollab/influencers')).toBe(true);
    expect(isAllowedNavigation('https://example.com/')).toBe(false);
    expect(isAllowedNavigation('app://other/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('is strict', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives.get('font-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*/);
  });

  it('relaxes only scripts and connections in dev', () => {
    expect(DEV_CONTENT_SECURITY_POLICY).not.toBe(CONTENT_SECURITY_POLICY);
    expect(DEV_CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(DEV_CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('withCspHeader replaces any existing CSP header, whatever its case', () => {
    const out = withCspHeader({
      'content-security-policy': ["default-src *"],
      'CONTENT-SECURITY-POLICY': 'script-src *',
      'Content-Type': 'text/html',
    });
    expect(out['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(Object.keys(out).filter((k) => k.toLowerCase() === 'content-security-policy')).toHaveLength(1);
    expect(out['Content-Type']).toEqual(['text/html']);
    expect(withCspHeader(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});
