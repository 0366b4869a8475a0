import type { Localized } from '@/lib/content/localized';

/**
 * The short citation of each legal instrument a question may rest on, keyed by the instrument id used across
 * the portal (content/instruments.json, and the `#id` anchors of the sources page). The names are those of
 * content/instruments.json (`short`); a test keeps the two in step.
 */
export const instrumentNames = {
  'uu-5-2014': { id: 'UU 5/2014', en: 'Law 5/2014' },
  'uu-20-2023': { id: 'UU 20/2023', en: 'Law 20/2023' },
  'pp-94-2021': { id: 'PP 94/2021', en: 'GR 94/2021' },
  'pp-42-2004': { id: 'PP 42/2004', en: 'GR 42/2004' },
  'pp-11-2017': { id: 'PP 11/2017', en: 'GR 11/2017' },
  'pp-49-2018': { id: 'PP 49/2018', en: 'GR 49/2018' },
  'pp-53-2010': { id: 'PP 53/2010', en: 'GR 53/2010' },
  'skb-2020': { id: 'SKB 2020', en: '2020 joint decree' },
  'skb-2022': { id: 'SKB 2022', en: '2022 joint decree' },
  'uu-7-2017': { id: 'UU 7/2017', en: 'Law 7/2017' },
  'uu-10-2016': { id: 'UU 10/2016', en: 'Law 10/2016' },
  'menpanrb-b36-2018': { id: 'Surat MenPANRB B/36/2018', en: 'MenPANRB letter B/36/2018' },
  'se-menpanrb-4-2024': { id: 'SE MenPANRB 4/2024', en: 'MenPANRB circular 4/2024' },
  'perpres-91-2024': { id: 'Perpres 91/2024', en: 'Presidential Regulation 91/2024' },
  'perpres-92-2024': { id: 'Perpres 92/2024', en: 'Presidential Regulation 92/2024' },
  'mk-121-puu-xxii-2024': { id: 'Putusan MK 121/PUU-XXII/2024', en: 'Constitutional Court ruling 121/PUU-XXII/2024' },
  'mk-136-puu-xxii-2024': { id: 'Putusan MK 136/PUU-XXII/2024', en: 'Constitutional Court ruling 136/PUU-XXII/2024' },
} as const satisfies Record<string, Localized>;

export type InstrumentId = keyof typeof instrumentNames;

export const instrumentIds = Object.keys(instrumentNames) as [InstrumentId, ...InstrumentId[]];
