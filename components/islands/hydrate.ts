// The browser side of every island: finds the island's markers, reads the props it was rendered with and
// hydrates its server-rendered markup. Bundled per island bundle by scripts/build-islands.ts, where `react`
// resolves to preact/compat.
import { type ComponentType, createElement, type ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { islandNameAttribute, islandPropsAttribute, islandTag, slotNameAttribute, slotTag } from '@/lib/islands/markers';

/** Server-rendered content inside an island: kept exactly as the server wrote it, never re-rendered. */
function Slot({ name, html }: { name: string; html: string }) {
  return createElement(slotTag, { [slotNameAttribute]: name, dangerouslySetInnerHTML: { __html: html } });
}

/** The slots of this island (not of an island nested in it), as props: `slides.2` fills `slides[2]`. */
function slotProps(root: Element) {
  const props: Record<string, ReactNode | ReactNode[]> = {};
  for (const element of root.querySelectorAll(slotTag)) {
    if (element.closest(islandTag) !== root) continue;
    const name = element.getAttribute(slotNameAttribute) ?? '';
    const node = createElement(Slot, { key: name, name, html: element.innerHTML });
    const [key = name, index] = name.split('.');
    if (index === undefined) {
      props[key] = node;
      continue;
    }
    const list = (props[key] as ReactNode[] | undefined) ?? [];
    list[Number(index)] = node;
    props[key] = list;
  }
  return props;
}

type Scheduler = { yield?: () => Promise<void> };

/**
 * Lets the browser paint and answer input before the next island: each island hydrates in a task of its own (apart
 * from the task that runs the page's scripts), so a page of many islands never blocks the main thread for long.
 * `scheduler.yield` resumes ahead of other queued tasks; a timeout is the fallback where it is missing.
 */
const nextTask = () => {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise<void>((resolve) => setTimeout(resolve, 0));
};

// biome-ignore lint/suspicious/noExplicitAny: every island has props of its own
export async function hydrateIslands(components: Record<string, ComponentType<any>>) {
  for (const root of document.querySelectorAll(islandTag)) {
    const name = root.getAttribute(islandNameAttribute) ?? '';
    const component = components[name];
    if (!component) continue;
    await nextTask();
    if (!root.isConnected) continue;
    try {
      const props = JSON.parse(root.getAttribute(islandPropsAttribute) ?? '{}') as Record<string, unknown>;
      hydrateRoot(root, createElement(component, { ...props, ...slotProps(root) }));
      // Lets tests and tools tell a live island from server HTML.
      root.setAttribute('data-hydrated', '');
    } catch (error) {
      // The server HTML stays readable; say which island failed so that a report can name it.
      console.error(`Island "${name}" failed to start`, error);
    }
  }
}
