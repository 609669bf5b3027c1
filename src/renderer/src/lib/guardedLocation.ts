/**
 * The app's hash location for wouter (like `wouter/use-hash-location`), with one addition: leaving the current
 * route while a form has unsaved changes (a link, `navigate`, the back button, an edited address) first asks
 * save / discard / keep editing (lib/unsaved.ts). While asking, the address shows the current route again;
 * "keep editing" stays, the other answers go on to where the user was heading.
 */
import { useSyncExternalStore } from 'react';
import { navigate as hashNavigate } from 'wouter/use-hash-location';
import { confirmLeave, hasUnsavedChanges } from './unsaved';

const hashPrefix = /^#?\/?/;
const current = () => '/' + location.hash.replace(hashPrefix, '');
const hrefFor = (path: string) => {
  const url = new URL(location.href);
  url.hash = path;
  return url.href;
};

let accepted: string | null = null;
let asking = false;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function onHashChange() {
  const next = current();
  if (accepted === null || next === accepted) {
    accepted = next;
    notify();
    return;
  }
  if (!hasUnsavedChanges() || asking) {
    accepted = next;
    notify();
    return;
  }
  const back = accepted;
  history.replaceState(history.state, '', hrefFor(back));
  asking = true;
  void confirmLeave().then((ok) => {
    asking = false;
    if (!ok) return;
    accepted = next;
    history.replaceState(null, '', hrefFor(next));
    notify();
  });
}

function subscribe(cb: () => void) {
  if (listeners.size === 0) {
    accepted = current();
    addEventListener('hashchange', onHashChange);
  }
  listeners.add(cb);
  return () => {
    listeners.delete(cb);
    if (listeners.size === 0) removeEventListener('hashchange', onHashChange);
  };
}

const snapshot = () => accepted ?? current();

export const navigate = hashNavigate;

export function useGuardedHashLocation(): [string, typeof hashNavigate] {
  return [useSyncExternalStore(subscribe, snapshot, () => '/'), hashNavigate];
}
useGuardedHashLocation.hrefs = (href: string) => '#' + href;
