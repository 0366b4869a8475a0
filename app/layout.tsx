import type { ReactNode } from 'react';

// The <html> element lives in [locale]/layout so that each page carries its own `lang`.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
