import { z } from 'zod';
import { certainty, contentId, isoDate, localized } from './localized';

/** A law, regulation, joint decree, circular, letter or court ruling the portal relies on. */
export const instrumentSchema = z.strictObject({
  /** Stable id, e.g. `uu-5-2014`, `skb-2022`, `mk-121-puu-xxii-2024`. It is also the anchor on the sources page. */
  id: contentId,
  /**
   * What kind of instrument it is: a law (`uu`), government regulation (`pp`), presidential regulation (`perpres`),
   * election-commission regulation (`pkpu`), regulation of an agency such as BKN or Bawaslu (`peraturan-lembaga`),
   * ministerial regulation (`peraturan-menteri`) or decree (`keputusan-menteri`), joint decree (`skb`), circular
   * (`surat-edaran`), letter (`surat`) or Constitutional Court ruling (`putusan-mk`).
   */
  kind: z.enum(['uu', 'pp', 'perpres', 'pkpu', 'peraturan-lembaga', 'peraturan-menteri', 'keputusan-menteri', 'skb', 'surat-edaran', 'surat', 'putusan-mk']),
  /** Short name used in tables and citations, e.g. `UU 5/2014` / `Law 5/2014`. */
  short: localized,
  /** Full title: the official Indonesian title and its English translation; where the official title is not confirmed, the number with its subject in brackets. */
  title: localized,
  /** The official number(s), as written in the instrument. */
  number: z.string().trim().min(1),
  /** Date it was enacted, signed or read out (yyyy-mm-dd), where the sources agree on it. */
  date: isoDate.optional(),
  /** First day it applied (yyyy-mm-dd), where the sources give it and it differs from `date`. */
  inForceFrom: isoDate.optional(),
  /** Last day it applied (yyyy-mm-dd), for an instrument revoked or replaced on a known date. */
  inForceUntil: isoDate.optional(),
  /** `in-force`: applies today; `revoked`: replaced by a later instrument; `historic`: made for a past election; `guidance`: an official letter or circular. */
  status: z.enum(['in-force', 'revoked', 'historic', 'guidance', 'ruling']),
  /**
   * How sure the portal's account of its content is, in the terms of lib/rules/vocabulary.ts (`certainties`): `verified`, `reported`,
   * `unconfirmed` (the note must not state it as fact) or `conflicting` (the note shows both sides).
   */
  certainty,
  /** What the reader must know about it today: what it says on neutrality, what replaced it, what is unconfirmed. */
  note: localized,
  /** Id of the instrument that replaced or succeeded it. */
  replacedBy: contentId.optional(),
  /** Ids of later instruments that changed part of it (e.g. its penalties) while it stays in force. */
  amendedBy: z.array(contentId).optional(),
  /** Ids of the sources (content/sources.json) that report its content. */
  sources: z.array(contentId).min(1),
});
export const instrumentsSchema = z.array(instrumentSchema).min(1);
export type Instrument = z.infer<typeof instrumentSchema>;
