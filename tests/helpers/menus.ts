// WXT's fakeBrowser has no contextMenus or commands; these in-memory stand-ins record the menu
// items created and let tests fire clicks and shortcuts as the browser would.
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener<A extends unknown[]> = (...args: A) => unknown;

function event<A extends unknown[]>() {
  const listeners: Listener<A>[] = [];
  return {
    addListener: (listener: Listener<A>) => void listeners.push(listener),
    removeListener: (listener: Listener<A>) => void listeners.splice(listeners.indexOf(listener), 1),
    hasListener: (listener: Listener<A>) => listeners.includes(listener),
    trigger: (...args: A) => Promise.all(listeners.map((listener) => listener(...args))),
  };
}

export function installMenuFakes() {
  const items: { id: string; title: string; contexts: string[] }[] = [];
  const onClicked = event<[info: { menuItemId: string; selectionText?: string }, tab?: { id?: number; url?: string }]>();
  const onCommand = event<[command: string, tab?: { id?: number; url?: string }]>();
  Object.assign(fakeBrowser, {
    contextMenus: {
      create: (item: { id: string; title: string; contexts: string[] }) => void items.push(item),
      removeAll: async () => void items.splice(0),
      onClicked,
    },
    commands: { onCommand },
  });
  return { items, onClicked, onCommand };
}
