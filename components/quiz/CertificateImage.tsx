import { useEffect, useState } from 'react';
import { type CertificateTexts, certificateImageSize, drawCertificate } from '@/lib/quiz/certificate';
import type { QuizLabels } from './Quiz';

interface Props {
  texts: CertificateTexts;
  labels: QuizLabels;
}

const fileName = 'sertifikat-kuis-netralitas-asn.png';

/** An image belongs to the texts it was drawn from (`key`): once the name changes, it is stale and not shown. */
type ImageState =
  | { status: 'none' }
  | { status: 'making'; key: string }
  | { status: 'ready'; key: string; url: string; file: File }
  | { status: 'failed'; key: string };

/**
 * The certificate as a PNG image for WhatsApp, drawn on a canvas in the browser: the name goes into the image on
 * this device and nowhere else. Offers a download link and, where the browser can share files, a share button.
 */
export function CertificateImage({ texts, labels }: Props) {
  const [image, setImage] = useState<ImageState>({ status: 'none' });
  const [canShare, setCanShare] = useState(false);
  const key = JSON.stringify(texts);
  // Staleness is read at render, not reset by an effect: an effect run late (the island runtime runs effects after
  // paint) would otherwise hide an image made after the name changed.
  const current = image.status !== 'none' && image.key === key ? image : undefined;

  // A stale image's memory is freed; the check runs against the key of the moment, so it never drops a fresh one.
  useEffect(() => {
    if (image.status !== 'none' && image.key !== key) setImage({ status: 'none' });
  }, [image, key]);
  useEffect(() => () => {
    if (image.status === 'ready') URL.revokeObjectURL(image.url);
  }, [image]);

  const create = () => {
    const drawnKey = key;
    const canvas = document.createElement('canvas');
    canvas.width = certificateImageSize.width;
    canvas.height = certificateImageSize.height;
    const context = canvas.getContext('2d');
    if (!context) {
      setImage({ status: 'failed', key: drawnKey });
      return;
    }
    drawCertificate(context, texts);
    // Chromium encodes in idle time, and waits up to a few seconds for it on a busy or headless page: say so meanwhile.
    setImage({ status: 'making', key: drawnKey });
    canvas.toBlob((blob) => {
      if (!blob) {
        setImage({ status: 'failed', key: drawnKey });
        return;
      }
      const file = new File([blob], fileName, { type: 'image/png' });
      setCanShare(typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] }));
      setImage({ status: 'ready', key: drawnKey, url: URL.createObjectURL(blob), file });
    }, 'image/png');
  };

  const share = async () => {
    if (current?.status !== 'ready') return;
    try {
      await navigator.share({ files: [current.file], title: texts.heading });
    } catch {
      // Cancelled or refused: the download link stays.
    }
  };

  return (
    <div className="mt-6">
      <p>
        <button type="button" className="btn btn-secondary" onClick={create}>
          {labels.certificateImageCreate}
        </button>
      </p>
      <p className="mt-1 max-w-prose text-sm text-muted">{labels.certificateImageNote}</p>
      <div role="status" className="mt-3">
        {current?.status === 'making' && <p>{labels.certificateImageMaking}</p>}
        {current?.status === 'failed' && <p className="font-semibold text-violation">{labels.certificateImageFailed}</p>}
        {current?.status === 'ready' && (
          <div className="grid gap-3">
            <p className="font-semibold">{labels.certificateImageReady}</p>
            {/* biome-ignore lint/performance/noImgElement: a blob: image made in this browser; there is nothing to optimise */}
            <img src={current.url} alt={labels.certificateImageAlt} width={216} height={270} className="rounded border border-line" />
            <p className="flex flex-wrap gap-3">
              <a className="btn" href={current.url} download={fileName}>
                {labels.certificateImageDownload}
              </a>
              {canShare && (
                <button type="button" className="btn btn-secondary" onClick={share}>
                  {labels.certificateImageShare}
                </button>
              )}
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
