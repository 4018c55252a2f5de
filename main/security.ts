/**
 * Security decisions for the window, kept free of `electron` so unit tests can check them
 * directly; `main/index.ts` only wires them to Electron's events.
 */
import { pathToFileURL } from 'node:url';

/** Where our page is loaded from: the built file, or the dev server under `npm run dev`. */
export type PageOrigin = { kind: 'file'; indexHtml: string } | { kind: 'dev'; url: string };

/** The subset of BrowserWindowConstructorOptions we set; structurally compatible with it. */
export interface WindowOptions {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  title: string;
  show: boolean;
  backgroundColor: string;
  webPreferences: {
    preload: string;
    contextIsolation: true;
    sandbox: true;
    nodeIntegration: false;
    nodeIntegrationInWorker: false;
    nodeIntegrationInSubFrames: false;
    webSecurity: true;
    allowRunningInsecureContent: false;
    experimentalFeatures: false;
    webviewTag: false;
    navigateOnDragDrop: false;
    disableBlinkFeatures: string;
    spellcheck: boolean;
  };
}

export function windowOptions(preloadPath: string): WindowOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: 'SkillMix',
    // Shown on 'ready-to-show', so the user never sees an unstyled flash.
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click would otherwise open a link in a new window without asking us.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  };
}

function parse(url: string | undefined | null): URL | null {
  if (typeof url !== 'string' || url === '') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when an IPC message comes from our own page. The query and hash are ignored (the app may
 * use them for routing); anything else — another file, another host, a data: URL — is refused.
 */
export function isTrustedSender(frameUrl: string | undefined | null, page: PageOrigin): boolean {
  const url = parse(frameUrl);
  if (!url) return false;
  if (page.kind === 'file') {
    const expected = pathToFileURL(page.indexHtml);
    return url.protocol === 'file:' && url.host === expected.host && url.pathname === expected.pathname;
  }
  const dev = parse(page.url);
  return dev !== null && url.origin === dev.origin;
}

/** Hosts the evidence and help links may open in the user's browser. */
export const EXTERNAL_HOSTS: readonly string[] = [
  'www.gov.uk',
  'assets.publishing.service.gov.uk',
  'explore-education-statistics.service.gov.uk',
  'www.legislation.gov.uk',
  'www.communitycare.co.uk',
  'www.basw.co.uk',
  'www.local.gov.uk',
];

/** Only plain https links to an allow-listed host, with no credentials, leave the app. */
export function isAllowedExternalUrl(raw: string, hosts: readonly string[] = EXTERNAL_HOSTS): boolean {
  const url = parse(raw);
  if (!url) return false;
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    (url.port === '' || url.port === '443') &&
    hosts.includes(url.hostname)
  );
}

/** No web permission (camera, notifications, geolocation…) is needed, so none is granted. */
export function allowPermission(_permission: string): boolean {
  return false;
}
