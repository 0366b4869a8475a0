/**
 * The assembly event an official prepares (office, event, date, place, presenter, local reporting contact).
 * It travels only in the URL fragment (`#kantor=…&acara=…`), which browsers never send to a server, so
 * the details stay on the official's and the staff's devices.
 */
export interface ApelEvent {
  office: string;
  name: string;
  /** ISO date `yyyy-mm-dd`, or '' when not given. */
  date: string;
  place: string;
  presenter: string;
  /** Who to tell locally about a neutrality problem (a desk, a phone number, a room). */
  contact: string;
}

export type ApelEventField = keyof ApelEvent;

/** Fragment keys: Indonesian in both languages, like `?ronde=`, so that one link works for everyone. */
export const eventFragmentKeys: Record<ApelEventField, string> = {
  office: 'kantor',
  name: 'acara',
  date: 'tanggal',
  place: 'tempat',
  presenter: 'pemateri',
  contact: 'kontak',
};

export const eventFields = Object.keys(eventFragmentKeys) as ApelEventField[];

/** Longest text kept per field: enough for a long office name, short enough for a readable QR code. */
export const eventFieldMaxLength = 120;

export const emptyEvent: ApelEvent = { office: '', name: '', date: '', place: '', presenter: '', contact: '' };

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

function cleanField(field: ApelEventField, value: string): string {
  const text = value.replace(/\s+/g, ' ').trim().slice(0, eventFieldMaxLength);
  if (field !== 'date') return text;
  return isoDatePattern.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) ? text : '';
}

/** The same event with every field trimmed, shortened and (for the date) checked. */
export function cleanEvent(event: Partial<ApelEvent>): ApelEvent {
  const clean = { ...emptyEvent };
  for (const field of eventFields) clean[field] = cleanField(field, event[field] ?? '');
  return clean;
}

export function hasEvent(event: ApelEvent | null): event is ApelEvent {
  return event !== null && eventFields.some((field) => event[field] !== '');
}

/** Reads the event from a URL fragment (`#kantor=…`, with or without `#`); null when it holds none. */
export function parseEventFragment(hash: string): ApelEvent | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const event = cleanEvent(Object.fromEntries(eventFields.map((field) => [field, params.get(eventFragmentKeys[field]) ?? ''])));
  return hasEvent(event) ? event : null;
}

/** The fragment (without `#`) that carries `event`; empty fields are left out. */
export function eventFragment(event: ApelEvent): string {
  const params = new URLSearchParams();
  for (const field of eventFields) if (event[field]) params.set(eventFragmentKeys[field], event[field]);
  return params.toString();
}

/** `url` with the event in its fragment (replacing any fragment it had); `url` unchanged without an event. */
export function withEvent(url: string, event: ApelEvent | null): string {
  const base = url.split('#')[0] ?? url;
  const fragment = hasEvent(event) ? eventFragment(event) : '';
  return fragment ? `${base}#${fragment}` : base;
}

/** 32-bit FNV-1a: a small, well-known hash, enough to tell events and typos apart (not a signature). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A number (20 bits) that identifies the event's details; any change to a field changes it. */
export function eventFingerprint(event: ApelEvent): number {
  const clean = cleanEvent(event);
  return fnv1a(eventFields.map((field) => clean[field]).join('\u001f')) & 0xfffff;
}
