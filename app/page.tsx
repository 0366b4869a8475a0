import type { Metadata } from 'next';
import idMessages from '@/messages/id.json';
import { pageMetadata } from '@/lib/site/metadata';
import './globals.css';

// The bare address is the one officials share most, so it carries the Indonesian home page's link preview.
const home = pageMetadata({
  locale: 'id',
  path: '',
  title: `${idMessages.Site.name}: ${idMessages.HomePage.title}`,
  description: idMessages.Site.description,
});
export const metadata: Metadata = { ...home, robots: { index: false } };

// A static export has no server to negotiate the language, so the browser does it (public/choose-locale.js);
// without JavaScript the meta refresh and the links still work.
export default function RootPage() {
  return (
    <html lang="id">
      <head>
        <script src="/choose-locale.js" />
        <meta httpEquiv="refresh" content="1; url=/id/" />
      </head>
      <body className="p-8 font-sans leading-normal">
        <h1>ASN Netral</h1>
        <p>
          <a href="/id/">Bahasa Indonesia</a> · <a href="/en/">English</a>
        </p>
      </body>
    </html>
  );
}
