import type { Metadata } from 'next';
import idMessages from '@/messages/id.json';
import { pageMetadata } from '@/lib/site/metadata';

// The bare address is the one officials share most, so it carries the Indonesian home page's link preview.
const home = pageMetadata({
  locale: 'id',
  path: '',
  title: `${idMessages.Site.name}: ${idMessages.HomePage.title}`,
  description: idMessages.Site.description,
});
export const metadata: Metadata = { ...home, robots: { index: false } };

// A static export has no server to negotiate the language, so the browser does it: English when the
// reader prefers English over Indonesian, Indonesian otherwise; without JavaScript the meta refresh
// and the links still work.
const chooseLocale = `(function(){try{var l=navigator.languages||[navigator.language];for(var i=0;i<l.length;i++){var c=String(l[i]).slice(0,2).toLowerCase();if(c==='en'){location.replace('/en/');return}if(c==='id'||c==='in'||c==='ms'){location.replace('/id/');return}}}catch(e){}location.replace('/id/')})()`;

export default function RootPage() {
  return (
    <html lang="id">
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a fixed script, no user data */}
        <script dangerouslySetInnerHTML={{ __html: chooseLocale }} />
        <meta httpEquiv="refresh" content="1; url=/id/" />
      </head>
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem', lineHeight: 1.5 }}>
        <h1>ASN Netral</h1>
        <p>
          <a href="/id/">Bahasa Indonesia</a> · <a href="/en/">English</a>
        </p>
      </body>
    </html>
  );
}
