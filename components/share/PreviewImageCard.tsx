import { previewImageSize } from '@/lib/share/preview-image';

interface Props {
  siteName: string;
  title: string;
  text: string;
  host: string;
}

/**
 * The link-preview picture of a section (rendered to PNG at build time by next/og, which supports a
 * subset of CSS: flexbox and inline styles only). Large type, because chat apps show it small.
 */
export function PreviewImageCard({ siteName, title, text, host }: Props) {
  return (
    <div
      style={{
        ...previewImageSize,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px 0',
        background: '#0b5394',
        color: '#ffffff',
        fontFamily: 'Geist',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
        <svg width="84" height="84" viewBox="0 0 32 32" aria-hidden="true">
          <rect width="32" height="32" rx="7" fill="#ffffff" />
          <path d="M9 16.5l4.5 4.5L23 11" fill="none" stroke="#0b5394" strokeWidth="3.2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span style={{ fontSize: 48, fontWeight: 700 }}>{siteName}</span>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 20 }}>
        <span style={{ fontSize: 72, fontWeight: 700, lineHeight: 1.1 }}>{title}</span>
        <span style={{ fontSize: 36, lineHeight: 1.3, color: '#dcebf9' }}>{text}</span>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <span style={{ fontSize: 28, color: '#dcebf9', paddingBottom: 28 }}>{host}</span>
        <div style={{ display: 'flex', height: 14, margin: '0 -72px', background: '#ffbf47' }} />
      </div>
    </div>
  );
}
