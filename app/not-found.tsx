import type { Metadata } from 'next';
import idMessages from '@/messages/id.json';
import enMessages from '@/messages/en.json';
import './globals.css';

export const metadata: Metadata = {
  title: `${idMessages.NotFound.title} · ${enMessages.NotFound.title} | ASN Netral`,
  robots: { index: false },
};

// An unknown path (or an unknown locale such as /fr/) gets one page in both languages, because the
// static host cannot tell which language the reader wanted.
export default function NotFound() {
  return (
    <html lang="id">
      <body className="min-h-dvh bg-canvas text-ink">
        <main id="main" className="mx-auto max-w-2xl px-4 py-12">
          <p className="font-bold text-brand text-lg">ASN Netral</p>
          <div className="mt-8 grid gap-10">
            <section aria-labelledby="nf-id">
              <h1 id="nf-id" className="text-3xl font-bold">{idMessages.NotFound.title}</h1>
              <p className="mt-3">{idMessages.NotFound.text}</p>
              <p className="mt-4"><a className="link" href="/id/">{idMessages.NotFound.home}</a></p>
            </section>
            <section lang="en" aria-labelledby="nf-en">
              <h2 id="nf-en" className="text-3xl font-bold">{enMessages.NotFound.title}</h2>
              <p className="mt-3">{enMessages.NotFound.text}</p>
              <p className="mt-4"><a className="link" href="/en/">{enMessages.NotFound.home}</a></p>
            </section>
          </div>
        </main>
      </body>
    </html>
  );
}
