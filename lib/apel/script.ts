import { z } from 'zod';
import { contentId, localized } from '@/lib/content/localized';

/** The slide kinds of the deck, in order; do's and don'ts may take more than one slide each. */
export const slideKinds = ['cover', 'neutrality', 'do', 'dont', 'pledge', 'qr', 'closing'] as const;
export type SlideKind = (typeof slideKinds)[number];

/** The assembly is planned for this long; the notes' suggested times must add up to it. */
export const plannedSeconds = 600;

const speakerNote = z.strictObject({
  /** Suggested time on this slide (split evenly when the kind takes several slides). */
  seconds: z.number().int().min(10).max(300),
  /** What to say, in both languages. */
  note: localized,
});

/** content/apel-script.json: the speaker's notes per slide and the "what neutrality means" slide. */
export const apelScriptSchema = z
  .strictObject({
    about: localized,
    neutrality: z.strictObject({
      title: localized,
      points: z
        .array(z.strictObject({ id: contentId, text: localized, sources: z.array(contentId).min(1) }))
        .min(2)
        .max(5),
    }),
    slides: z.strictObject(Object.fromEntries(slideKinds.map((kind) => [kind, speakerNote])) as Record<SlideKind, typeof speakerNote>),
  })
  .refine((script) => slideKinds.reduce((total, kind) => total + script.slides[kind].seconds, 0) === plannedSeconds, {
    message: `the suggested times must add up to ${plannedSeconds} seconds (10 minutes)`,
    path: ['slides'],
  });
export type ApelScript = z.infer<typeof apelScriptSchema>;

/** Splits a kind's time over its slides in whole seconds, the remainder on the first: 120 over 3 → 40, 40, 40. */
export function splitSeconds(seconds: number, parts: number): number[] {
  const base = Math.floor(seconds / parts);
  return Array.from({ length: parts }, (_, i) => base + (i === 0 ? seconds - base * parts : 0));
}

// The presenter's clock lives in ./format (no zod there: the slide deck runs it in the browser).
export { clock } from './format';
