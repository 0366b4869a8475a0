interface Labels {
  button: string;
  done: string;
  nothing: string;
  failed: string;
  privacyLink: string;
}

/**
 * "Delete my data on this device" where a page keeps data (the quiz), with a link to what the privacy page says.
 * Plain HTML: the site script (components/enhance/enhance.ts) deletes and reports in the status line.
 */
export function DeleteMyDataButton({ labels, privacyHref }: { labels: Labels; privacyHref: string }) {
  return (
    <div className="quiz-screen-only mt-12 flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-line pt-4 text-sm">
      <button type="button" className="btn btn-secondary" data-delete-my-data data-done={labels.done} data-nothing={labels.nothing} data-failed={labels.failed}>
        {labels.button}
      </button>
      <a className="link" href={privacyHref}>
        {labels.privacyLink}
      </a>
      <p role="status" className="basis-full font-semibold" />
    </div>
  );
}
