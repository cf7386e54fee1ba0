import { useEffect } from 'react';
import { Header } from './components/Header';
import { SyncStatusBar } from './components/SyncStatusBar';
import { useIdleLock } from './idle-lock';
import { useScoreKeys } from './score-keys';
import { sectionOf, useRoute } from './routes';
import { AppointmentScreen } from './screens/AppointmentScreen';
import { CaseScreen } from './screens/CaseScreen';
import { CaseloadScreen } from './screens/CaseloadScreen';
import { FirstRunScreen } from './screens/FirstRunScreen';
import { NewCaseScreen } from './screens/NewCaseScreen';
import { AddLocalServiceScreen } from './screens/library/AddLocalServiceScreen';
import { LibraryItemScreen } from './screens/library/LibraryItemScreen';
import { LibraryScreen } from './screens/library/LibraryScreen';
import { PlanScreen } from './screens/PlanScreen';
import { ReportsScreen } from './screens/ReportsScreen';
import { SetPassphraseScreen } from './screens/SetPassphraseScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { ConflictsScreen } from './screens/settings/ConflictsScreen';
import { UnlockScreen } from './screens/UnlockScreen';
import { usePractitioner } from './stores/practitioner';
import { useSession } from './stores/session';
import { useSettings } from './stores/settings';

export function App() {
  const { status, load } = useSession();
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      {status?.state !== 'unlocked' && <Header practitioner={null} current={null} />}
      {status?.state === 'unlocked' ? (
        <UnlockedApp />
      ) : (
        <Main>
          {!status ? (
            <p className="govuk-body">Opening Workability…</p>
          ) : status.state === 'needs-passphrase' ? (
            <SetPassphraseScreen existingStore={status.existingStore} />
          ) : (
            <UnlockScreen />
          )}
        </Main>
      )}
    </>
  );
}

function Main({ children }: { children: React.ReactNode }) {
  return (
    <div className="govuk-width-container">
      <main className="govuk-main-wrapper" id="main-content">
        {children}
      </main>
    </div>
  );
}

/** Everything that shows case data: mounted only while unlocked, so locking unmounts it all. */
function UnlockedApp() {
  const { practitioner, loaded, loadError, load } = usePractitioner();
  const { settings, load: loadSettings } = useSettings();
  const lock = useSession((state) => state.lock);
  const route = useRoute();
  useEffect(() => {
    void load();
    void loadSettings();
  }, [load, loadSettings]);
  useIdleLock(settings?.lockAfterMinutes ?? null, lock);
  useScoreKeys();

  return (
    <>
      <Header
        practitioner={practitioner}
        current={practitioner ? sectionOf(route) : null}
        onLock={() => void lock()}
      />
      {practitioner && <SyncStatusBar />}
      <Main>
        {!loaded ? (
          <p className="govuk-body">Opening your caseload…</p>
        ) : loadError ? (
          <p className="govuk-body" role="alert">
            Workability could not open its store: {loadError}
          </p>
        ) : !practitioner ? (
          <FirstRunScreen />
        ) : route.screen === 'caseload' ? (
          <CaseloadScreen />
        ) : route.screen === 'new-case' ? (
          <NewCaseScreen />
        ) : route.screen === 'case' ? (
          <CaseScreen caseId={route.caseId} />
        ) : route.screen === 'appointment' ? (
          <AppointmentScreen caseId={route.caseId} appointmentId={route.appointmentId} />
        ) : route.screen === 'plan' ? (
          <PlanScreen caseId={route.caseId} />
        ) : route.screen === 'library' ? (
          <LibraryScreen />
        ) : route.screen === 'library-item' ? (
          <LibraryItemScreen key={route.itemId} itemId={route.itemId} />
        ) : route.screen === 'new-library-item' ? (
          <AddLocalServiceScreen />
        ) : route.screen === 'settings' ? (
          <SettingsScreen />
        ) : route.screen === 'conflicts' ? (
          <ConflictsScreen />
        ) : (
          <ReportsScreen />
        )}
      </Main>
    </>
  );
}
