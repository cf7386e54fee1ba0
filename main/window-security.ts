import type { Event, Session, WebContents, WebPreferences } from 'electron';
import { contentSecurityPolicy } from './content-security-policy';

/** The page gets no Node, runs sandboxed, and sees main only through the preload's bridge. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
  };
}

type GuardedContents = Pick<WebContents, 'setWindowOpenHandler'> & {
  on(event: string, listener: (event: Event) => void): unknown;
};

/**
 * The app is one page with in-page routes: any navigation, redirect or webview
 * is something a link or an injected script tried, so refuse it. A new window
 * is never opened in the app; an https address (a service's website in the
 * solutions library) goes to the practitioner's own browser instead.
 */
export function guardWebContents(
  contents: GuardedContents,
  openInBrowser: (url: string) => void,
): void {
  const refuse = (event: Event) => event.preventDefault();
  contents.on('will-navigate', refuse);
  contents.on('will-redirect', refuse);
  contents.on('will-attach-webview', refuse);
  contents.setWindowOpenHandler(({ url }) => {
    if (URL.canParse(url) && new URL(url).protocol === 'https:') openInBrowser(url);
    return { action: 'deny' };
  });
}

type GuardedSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
};

/** No camera, microphone, location or notifications: the app needs none of them. */
export function lockDownSession(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy],
      },
    }),
  );
}

/**
 * IPC is answered only for the app's own page, in the main frame: not an iframe,
 * nor any other page that found its way into a window.
 */
export function isAppFrame(
  frame: { url: string; parent: unknown } | null | undefined,
  appPageUrl: string,
): boolean {
  if (!frame || frame.parent) return false;
  const url = new URL(frame.url);
  url.hash = '';
  return url.href === appPageUrl;
}
