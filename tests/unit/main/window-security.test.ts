import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../main/content-security-policy';
import {
  guardWebContents,
  isAppFrame,
  lockDownSession,
  secureWebPreferences,
} from '../../../main/window-security';

describe('Electron window security', () => {
  it('isolates the page: context isolation, sandbox, no Node', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('refuses navigation, redirects, webviews and new windows; an https link opens in the browser', () => {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    const openInBrowser = vi.fn();
    guardWebContents(contents as never, openInBrowser);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const attempt = { preventDefault: vi.fn() };
      contents.emit(event, attempt, 'https://example.org/phish');
      expect(attempt.preventDefault, event).toHaveBeenCalled();
    }
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]![0];
    expect(openHandler({ url: 'https://www.stepchange.org' })).toEqual({ action: 'deny' });
    expect(openInBrowser).toHaveBeenCalledWith('https://www.stepchange.org');
    for (const url of [
      'http://example.org',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'nonsense',
    ]) {
      expect(openHandler({ url })).toEqual({ action: 'deny' });
    }
    expect(openInBrowser).toHaveBeenCalledTimes(1);
  });

  it('denies every permission request and check, and sends the content security policy', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onHeadersReceived: vi.fn() },
    };
    lockDownSession(session as never);
    const answer = vi.fn();
    session.setPermissionRequestHandler.mock.calls[0]![0]({}, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    expect(session.setPermissionCheckHandler.mock.calls[0]![0]({}, 'notifications')).toBe(false);
    const respond = vi.fn();
    session.webRequest.onHeadersReceived.mock.calls[0]![0](
      { responseHeaders: { 'X-Other': ['1'] } },
      respond,
    );
    expect(respond).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [contentSecurityPolicy] },
    });
  });

  it('allows scripts, styles and connections from the app itself only', () => {
    expect(contentSecurityPolicy).toContain("default-src 'none'");
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it("answers IPC only from the app's own page in the main frame", () => {
    const app = 'file:///opt/Workability/resources/app.asar/dist/renderer/index.html';
    expect(isAppFrame({ url: `${app}#/cases/019ac000`, parent: null }, app)).toBe(true);
    expect(isAppFrame({ url: app, parent: {} }, app)).toBe(false);
    expect(isAppFrame({ url: 'file:///tmp/evil.html', parent: null }, app)).toBe(false);
    expect(isAppFrame({ url: 'https://example.org/', parent: null }, app)).toBe(false);
    expect(isAppFrame(null, app)).toBe(false);
  });
});
