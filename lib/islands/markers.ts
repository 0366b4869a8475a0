// The markup contract between the server (components/islands/Island.tsx), the browser (hydrate.ts) and the build step that
// assembles the final HTML (scripts/build-islands.ts). Plain constants: imported on all three sides.

/** The element around every island: its name says which component hydrates it and which bundle holds it. */
export const islandTag = 'asn-island';
export const islandNameAttribute = 'data-island';
/** The JSON of the props the island was rendered with, so the browser hydrates with exactly those. */
export const islandPropsAttribute = 'data-props';
/** The element around server-rendered content passed into an island (children, slides); the browser keeps it as is. */
export const slotTag = 'asn-slot';
export const slotNameAttribute = 'data-slot';

/** Island names are `<bundle>` or `<bundle>.<part>`: every island of the apel kit hydrates from /_islands/apel.js. */
export const bundleOf = (islandName: string) => islandName.split('.')[0] as string;
export const islandNamePattern = /^[a-z][a-z-]*(?:\.[a-z][a-z-]*)?$/;
