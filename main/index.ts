import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, app, ipcMain, session, shell } from 'electron';
import { ipcChannel } from '../core/ipc-channel';
import { appName, dataDirFromEnv } from '../db/data-dir';
import { saveDialogOptions } from './downloads';
import { createDispatch } from './dispatch';
import { createHandlers } from './handlers';
import { Session } from './session';
import {
  guardWebContents,
  isAppFrame,
  lockDownSession,
  secureWebPreferences,
} from './window-security';

app.setName(appName);
app.enableSandbox();
// One window and one store: a second launch brings the first window forward.
if (!app.requestSingleInstanceLock()) app.quit();

const rendererIndex = join(__dirname, '..', 'renderer', 'index.html');
const appPageUrl = pathToFileURL(rendererIndex).href;
// Opens locked: the store is opened only by the practitioner's passphrase.
const appSession = new Session(dataDirFromEnv());

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    title: appName,
    show: false,
    webPreferences: secureWebPreferences(join(__dirname, '..', 'preload', 'ipc-bridge.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadFile(rendererIndex);
  return window;
}

app.on('web-contents-created', (_event, contents) =>
  guardWebContents(contents, (url) => void shell.openExternal(url)),
);

app.on('second-instance', () => {
  const [window] = BrowserWindow.getAllWindows();
  if (window?.isMinimized()) window.restore();
  window?.focus();
});

app.on('window-all-closed', () => app.quit());

app.on('will-quit', () => {
  void appSession.lock();
});

app
  .whenReady()
  .then(async () => {
    lockDownSession(session.defaultSession);
    // An exported document or a report's table: main asks where to save it.
    session.defaultSession.on('will-download', (_event, item) =>
      item.setSaveDialogOptions(saveDialogOptions(item.getFilename())),
    );
    const dispatch = createDispatch(createHandlers(appSession), (error) => console.error(error));
    ipcMain.handle(ipcChannel, (event, name: unknown, input: unknown) => {
      if (!isAppFrame(event.senderFrame, appPageUrl)) {
        return { ok: false, error: { code: 'not-allowed', message: 'Not allowed.', fields: [] } };
      }
      return dispatch(String(name), input);
    });
    createWindow();
  })
  .catch((error: unknown) => {
    console.error(error);
    app.exit(1);
  });
