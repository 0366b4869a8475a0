'use client';

/** Opens the browser's print dialog (the print styles turn the page into the poster alone). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="btn" onClick={() => window.print()}>
      {label}
    </button>
  );
}
