/**
 * The short, language-neutral citation of each legal instrument a question may rest on, keyed by the
 * instrument id used across the portal (content/instruments.json, and the `#id` anchors of the sources page).
 * Citations stay in their Indonesian form in both languages, as they are printed in the instruments.
 */
export const instrumentNames = {
  'uu-5-2014': 'UU 5/2014',
  'uu-20-2023': 'UU 20/2023',
  'pp-94-2021': 'PP 94/2021',
  'pp-42-2004': 'PP 42/2004',
  'pp-11-2017': 'PP 11/2017',
  'pp-49-2018': 'PP 49/2018',
  'pp-53-2010': 'PP 53/2010',
  'skb-2020': 'SKB 2020',
  'skb-2022': 'SKB 2022',
  'uu-7-2017': 'UU 7/2017',
  'uu-10-2016': 'UU 10/2016',
  'menpanrb-b36-2018': 'Surat MenPANRB B/36/M.SM.00.00/2018',
  'se-menpanrb-4-2024': 'SE MenPANRB 4/2024',
  'perpres-91-2024': 'Perpres 91/2024',
  'perpres-92-2024': 'Perpres 92/2024',
  'mk-121-puu-xxii-2024': 'Putusan MK 121/PUU-XXII/2024',
  'mk-136-puu-xxii-2024': 'Putusan MK 136/PUU-XXII/2024',
} as const;

export type InstrumentId = keyof typeof instrumentNames;

export const instrumentIds = Object.keys(instrumentNames) as [InstrumentId, ...InstrumentId[]];
