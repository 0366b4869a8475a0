import type { Metadata } from 'next';
import idMessages from '@/messages/id.json';
import enMessages from '@/messages/en.json';
import { searchPath } from '@/components/search/search-path';
import { localePath, sectionPaths } from '@/lib/site/routes';
import './globals.css';

export const metadata: Metadata = {
  title: `${idMessages.NotFound.title} · ${enMessages.NotFound.title} | ASN Netral`,
  robots: { index: false },
};

const mainSections = ['guides', 'checker', 'quiz', 'apel'] as const;

/** One language's half of the page: what happened, a search box and the main pages, so no one is left stranded. */
function NotFoundSection({ locale, messages }: { locale: 'id' | 'en'; messages: typeof idMessages }) {
  const text = messages.NotFound;
  const headingId = `nf-${locale}`;
  const Heading = locale === 'id' ? 'h1' : 'h2';
  return (
    <section lang={locale} aria-labelledby={headingId}>
      <Heading id={headingId} className="text-3xl font-bold">
        {text.title}
      </Heading>
      <p className="mt-3">{text.text}</p>
      <search aria-label={text.searchLabel} className="mt-4 block">
        <form action={localePath(locale, searchPath)} method="get" className="flex gap-2">
          <label htmlFor={`nf-search-${locale}`} className="sr-only">
            {text.searchLabel}
          </label>
          <input
            id={`nf-search-${locale}`}
            type="search"
            name="q"
            required
            placeholder={messages.SiteSearchForm.placeholder}
            className="min-h-11 min-w-0 flex-1 rounded-md border border-line bg-surface px-3 text-ink placeholder:text-muted"
          />
          <button type="submit" className="btn">
            {text.searchSubmit}
          </button>
        </form>
      </search>
      <nav aria-label={text.linksLabel} className="mt-4">
        <ul className="grid gap-2 sm:grid-cols-2">
          {mainSections.map((section) => (
            <li key={section}>
              <a className="link inline-flex min-h-11 items-center" href={localePath(locale, sectionPaths[section])}>
                {messages.Nav[section]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mt-4">
        <a className="link" href={localePath(locale)}>
          {text.home}
        </a>
      </p>
    </section>
  );
}

// An unknown path (or an unknown locale such as /fr/) gets one page in both languages, because the
// static host cannot tell which language the reader wanted.
export default function NotFound() {
  return (
    <html lang="id">
      <body className="min-h-dvh bg-canvas text-ink">
        <main id="main" className="mx-auto max-w-2xl px-4 py-12">
          <p className="font-bold text-brand text-lg">ASN Netral</p>
          <div className="mt-8 grid gap-10">
            <NotFoundSection locale="id" messages={idMessages} />
            <NotFoundSection locale="en" messages={enMessages} />
          </div>
        </main>
      </body>
    </html>
  );
}
