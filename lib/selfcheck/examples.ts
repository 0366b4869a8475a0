/**
 * Three example people, as the answers they give (the page's fragment). Used by the tests and the docs:
 * each report must agree with the scenario checker area by area.
 */
export const examplePeople = {
  /** A PNS teacher: follows and shares candidates, an old photo with a hand sign, an ormas of unknown ties, pressed by the head teacher. */
  teacher:
    'status=pns&post=yes&follow=yes&groups=no&group-admin=no&reactions=yes&photos=yes&old-photo=no&campaign=no&declaration=no&religious=yes&team=no&banners=no&ktp=no&witness=no&donate=no&party=no&ormas=yes&ormas-party=unsure&spouse=no&relative=no&decisions=no&facilities=no&run=no&pressure=yes',
  /** A part-time PPPK whose husband runs for the DPRD: a winning-team group, accompanies him (no CLTN for PPPK), went to a rally and only listened. */
  spouse:
    'status=pppk&post=no&follow=no&groups=yes&group-admin=no&reactions=no&photos=no&old-photo=no&campaign=yes&campaign-role=no&declaration=no&religious=no&team=no&banners=no&ktp=no&witness=no&donate=no&party=no&ormas=no&spouse=yes&relative=no&facilities=no&run=no&pressure=no',
  /** A PNS head of division: admin of the office group where campaign posts appear, not sure about an aid programme, lent an office car, plans to run for regional head and is on CLTN. */
  official:
    'status=pns&post=yes&follow=no&groups=no&group-admin=yes&group-kind=office&reactions=no&photos=no&old-photo=no&campaign=no&declaration=no&religious=no&team=no&banners=no&ktp=no&witness=no&donate=no&party=no&ormas=yes&ormas-party=no&spouse=no&relative=no&decisions=unsure&facilities=yes&run=yes&run-office=regional_head&run-leave=yes&pressure=no',
} as const;
