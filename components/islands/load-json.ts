import { useEffect, useState } from 'react';
import { whenIdle } from './when-idle';

/** The JSON file at `url` (one of this site's own), or a rejection that names the HTTP status. */
export function fetchJson<T>(url: string): Promise<T> {
  return fetch(url).then((response) => (response.ok ? (response.json() as Promise<T>) : Promise.reject(new Error(`${url}: HTTP ${response.status}`))));
}

/**
 * Data an island needs only later: the JSON file at `url`, asked for once `wanted` is true and the page is next idle
 * (so that reading it does not fall on a tap's paint), at the latest after `timeout` ms. Undefined until it arrives,
 * null when it could not be loaded; either way it is asked for once per page.
 */
export function useJsonWhenIdle<T>(url: string, wanted: boolean, timeout = 1000): T | null | undefined {
  const [value, setValue] = useState<T | null>();
  useEffect(() => {
    if (!wanted || value !== undefined) return;
    let live = true;
    const cancel = whenIdle(() => {
      fetchJson<T>(url).then(
        (loaded) => live && setValue(loaded),
        () => live && setValue(null),
      );
    }, timeout);
    return () => {
      live = false;
      cancel();
    };
  }, [url, wanted, value, timeout]);
  return value;
}
