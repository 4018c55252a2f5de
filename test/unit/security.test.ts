import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allowPermission, isAllowedExternalUrl, isTrustedSender, windowOptions, type PageOrigin } from '../../main/security';

const built: PageOrigin = { kind: 'file', indexHtml: '/opt/SkillMix/resources/app/out/renderer/index.html' };
const dev: PageOrigin = { kind: 'dev', url: 'http://localhost:5173/' };
const builtUrl = pathToFileURL(built.indexHtml).href;

describe('window options', () => {
  const options = windowOptions('/app/out/preload/index.cjs');

  it('isolates and sandboxes the page, with no Node in it', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
  });

  it('loads the single CommonJS preload', () => {
    expect(options.webPreferences.preload).toMatch(/preload\/index\.cjs$/);
  });

  it('fits a 1280×720 projector', () => {
    expect(options.minWidth).toBeLessThanOrEqual(1280);
    expect(options.minHeight).toBeLessThanOrEqual(720);
  });
});

describe('sender check', () => {
  it('accepts our built page, with or without a hash or query', () => {
    expect(isTrustedSender(builtUrl, built)).toBe(true);
    expect(isTrustedSender(`${builtUrl}#/scenario/x`, built)).toBe(true);
    expect(isTrustedSender(`${builtUrl}?a=1`, built)).toBe(true);
  });

  it('refuses other files, other schemes and nonsense', () => {
    for (const url of [
      pathToFileURL('/tmp/evil/index.html').href,
      pathToFileURL('/opt/SkillMix/resources/app/out/renderer/index.html.evil').href,
      'https://example.com/index.html',
      'http://localhost:5173/',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      'not a url',
      '',
      undefined,
      null,
    ]) {
      expect(isTrustedSender(url, built), String(url)).toBe(false);
    }
  });

  it('accepts only the dev server origin in dev', () => {
    expect(isTrustedSender('http://localhost:5173/', dev)).toBe(true);
    expect(isTrustedSender('http://localhost:5173/src/x.html', dev)).toBe(true);
    expect(isTrustedSender('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedSender('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isTrustedSender(builtUrl, dev)).toBe(false);
  });
});

describe('external links', () => {
  it('opens allow-listed https hosts only', () => {
    expect(isAllowedExternalUrl('https://www.gov.uk/government/publications/x')).toBe(true);
    expect(isAllowedExternalUrl('https://www.legislation.gov.uk/uksi/2010/959/regulation/28')).toBe(true);
  });

  it('refuses look-alikes, other schemes, credentials and ports', () => {
    for (const url of [
      'http://www.gov.uk/',
      'https://www.gov.uk.evil.example/',
      'https://evil.example/?www.gov.uk',
      'https://www.gov.uk@evil.example/',
      'https://user:pw@www.gov.uk/',
      'https://www.gov.uk:8443/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://www.gov.uk/share',
      'www.gov.uk',
      '',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});

describe('permissions', () => {
  it('grants none', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(allowPermission(permission)).toBe(false);
    }
  });
});
