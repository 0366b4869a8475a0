import { ImageResponse } from 'next/og';
import { appIcons } from '@/lib/pwa/app-icons';

// The web app manifest's PNG icons, written into the export at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return appIcons.map((icon) => ({ icon: icon.file }));
}

export async function GET(_request: Request, { params }: RouteContext<'/icons/[icon]'>) {
  const { icon: file } = await params;
  const icon = appIcons.find((candidate) => candidate.file === file) ?? appIcons[0];
  const fullBleed = icon.purpose !== 'any';
  // A maskable icon's content must sit inside the central 80 % circle.
  const mark = fullBleed ? icon.size * 0.62 : icon.size;
  return new ImageResponse(
    <div style={{ display: 'flex', width: '100%', height: '100%', alignItems: 'center', justifyContent: 'center', background: fullBleed ? '#0b5394' : 'transparent' }}>
      <svg width={mark} height={mark} viewBox="0 0 32 32" aria-hidden="true">
        {fullBleed ? null : <rect width="32" height="32" rx="7" fill="#0b5394" />}
        <path d="M9 16.5l4.5 4.5L23 11" fill="none" stroke="#fff" strokeWidth="3.2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </div>,
    { width: icon.size, height: icon.size },
  );
}
