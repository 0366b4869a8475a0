/** The locale-free path of the search results page (`/id/cari/`, `/en/cari/`). */
export const searchPath = 'cari';
