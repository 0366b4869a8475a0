interface Props {
  message: string;
  reload: string;
  later: string;
}

/**
 * The "new version" prompt, on every page and hidden until the site script (components/enhance/enhance.ts)
 * finds a new deployment downloaded by the service worker. The new version takes over only when the reader
 * agrees; until then every page and script comes from the same old version, and once it takes over every open
 * tab reloads, so no page ever mixes two versions.
 */
export function UpdatePrompt({ message, reload, later }: Props) {
  return (
    <div
      role="status"
      hidden
      data-update-prompt
      className="no-print fixed inset-x-2 bottom-2 z-40 mx-auto max-w-md rounded-xl border border-line bg-surface p-4 shadow-lg"
    >
      <p className="font-semibold">{message}</p>
      <div className="mt-3 flex flex-wrap gap-3">
        <button type="button" className="btn" data-update-reload>
          {reload}
        </button>
        <button type="button" className="btn btn-secondary" data-update-later>
          {later}
        </button>
      </div>
    </div>
  );
}
