import type { ComponentProps, ReactElement, ReactNode } from 'react';
import { createElement } from 'react';
import { islandNameAttribute, islandPropsAttribute, islandTag, slotNameAttribute, slotTag } from '@/lib/islands/markers';
import { type IslandName, islands } from './registry';

type Props<Name extends IslandName> = ComponentProps<(typeof islands)[Name]>;
/**
 * Props that carry server-rendered content (typed ReactNode or ReactNode[]); they are passed as slots, not serialised.
 * Asked as "does it take an element?", so that strings, numbers and string[] stay serialised props.
 */
type SlotKeys<Name extends IslandName> = {
  [Key in keyof Props<Name>]-?: ReactElement extends NonNullable<Props<Name>[Key]> ? Key : ReactElement[] extends NonNullable<Props<Name>[Key]> ? Key : never;
}[keyof Props<Name>];

interface IslandProps<Name extends IslandName> {
  name: Name;
  /** Serialisable props: written into the page, the browser hydrates with the same values. */
  props: Omit<Props<Name>, SlotKeys<Name>>;
  /** Server-rendered content the island places but never re-renders (children, slides). */
  slots?: Pick<Props<Name>, SlotKeys<Name>>;
}

const slot = (name: string, content: ReactNode) => createElement(slotTag, { [slotNameAttribute]: name, key: name }, content);

/**
 * Renders an island at build time inside its marker, with the props it needs in the browser. Only what is
 * inside an island is hydrated (components/islands/hydrate.ts); the rest of the page stays plain HTML.
 */
export function Island<Name extends IslandName>({ name, props, slots = {} as IslandProps<Name>['slots'] }: IslandProps<Name>) {
  const Component = islands[name] as unknown as (props: Record<string, unknown>) => ReactNode;
  const slotProps = Object.fromEntries(
    Object.entries(slots ?? {}).map(([key, content]) => [
      key,
      Array.isArray(content) ? content.map((item, index) => slot(`${key}.${index}`, item)) : slot(key, content as ReactNode),
    ]),
  );
  return createElement(
    islandTag,
    { [islandNameAttribute]: name, [islandPropsAttribute]: JSON.stringify(props) },
    createElement(Component, { ...(props as Record<string, unknown>), ...slotProps }),
  );
}
