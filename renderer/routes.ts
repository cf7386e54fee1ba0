import { useEffect, useState } from 'react';

export type Section = 'caseload' | 'library' | 'reports' | 'settings';

export const sections: readonly { id: Section; label: string }[] = [
  { id: 'caseload', label: 'Caseload' },
  { id: 'library', label: 'Library' },
  { id: 'reports', label: 'Reports' },
  { id: 'settings', label: 'Settings' },
];

export type Route =
  | { screen: 'caseload' }
  | { screen: 'new-case' }
  | { screen: 'case'; caseId: string }
  | { screen: 'appointment'; caseId: string; appointmentId: string }
  | { screen: 'plan'; caseId: string }
  | { screen: 'new-library-item' }
  | { screen: 'library-item'; itemId: string }
  | { screen: 'conflicts' }
  | { screen: 'library' | 'reports' | 'settings' };

/** Routes live in the address's hash, so a reload reopens the same screen. */
export function parseRoute(hash: string): Route {
  const [first, second, third, fourth] = hash
    .replace(/^#\/?/, '')
    .split('/')
    .map(decodeURIComponent);
  if (first === 'cases' && second === 'new') return { screen: 'new-case' };
  if (first === 'cases' && second && third === 'appointments' && fourth) {
    return { screen: 'appointment', caseId: second, appointmentId: fourth };
  }
  if (first === 'cases' && second && third === 'plan') return { screen: 'plan', caseId: second };
  if (first === 'cases' && second) return { screen: 'case', caseId: second };
  if (first === 'library' && second === 'new') return { screen: 'new-library-item' };
  if (first === 'library' && second) return { screen: 'library-item', itemId: second };
  if (first === 'settings' && second === 'conflicts') return { screen: 'conflicts' };
  if (first === 'library' || first === 'reports' || first === 'settings') return { screen: first };
  return { screen: 'caseload' };
}

export function sectionOf(route: Route): Section {
  switch (route.screen) {
    case 'new-case':
    case 'case':
    case 'appointment':
    case 'plan':
      return 'caseload';
    case 'new-library-item':
    case 'library-item':
      return 'library';
    case 'conflicts':
      return 'settings';
    default:
      return route.screen;
  }
}

export function navigate(path: string): void {
  window.location.hash = `#/${path}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
