import { useEffect } from 'react';
import { Header } from './components/Header';
import { sectionOf, useRoute } from './routes';
import { CaseScreen } from './screens/CaseScreen';
import { CaseloadScreen } from './screens/CaseloadScreen';
import { FirstRunScreen } from './screens/FirstRunScreen';
import { NewCaseScreen } from './screens/NewCaseScreen';
import { PlaceholderScreen } from './screens/PlaceholderScreen';
import { usePractitioner } from './stores/practitioner';

export function App() {
  const { practitioner, loaded, loadError, load } = usePractitioner();
  const route = useRoute();
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <Header practitioner={practitioner} current={practitioner ? sectionOf(route) : null} />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
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
          ) : (
            <PlaceholderScreen section={route.screen} />
          )}
        </main>
      </div>
    </>
  );
}
