import { useEffect, useState } from 'react';
import { type CertificateTexts, certificateImageSize, drawCertificate } from '@/lib/quiz/certificate';
import type { QuizLabels } from './Quiz';

interface Props {
  texts: CertificateTexts;
  labels: QuizLabels;
}

const fileName = 'sertifikat-kuis-netralitas-asn.png';

type ImageState = { status: 'none' } | { status: 'ready'; url: string; file: File } | { status: 'failed' };

/**
 * The certificate as a PNG image for WhatsApp, drawn on a canvas in the browser: the name goes into the image on
 * this device and nowhere else. Offers a download link and, where the browser can share files, a share button.
 */
export function CertificateImage({ texts, labels }: Props) {
  const [image, setImage] = useState<ImageState>({ status: 'none' });
  const [canShare, setCanShare] = useState(false);
  const key = JSON.stringify(texts);

  // A changed name makes the image stale: drop it and free its memory.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the texts' content, not their identity, matters
  useEffect(() => {
    setImage({ status: 'none' });
  }, [key]);
  useEffect(() => () => {
    if (image.status === 'ready') URL.revokeObjectURL(image.url);
  }, [image]);

  const create = () => {
    const canvas = document.createElement('canvas');
    canvas.width = certificateImageSize.width;
    canvas.height = certificateImageSize.height;
    const context = canvas.getContext('2d');
    if (!context) {
      setImage({ status: 'failed' });
      return;
    }
    drawCertificate(context, texts);
    canvas.toBlob((blob) => {
      if (!blob) {
        setImage({ status: 'failed' });
        return;
      }
      const file = new File([blob], fileName, { type: 'image/png' });
      setCanShare(typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] }));
      setImage({ status: 'ready', url: URL.createObjectURL(blob), file });
    }, 'image/png');
  };

  const share = async () => {
    if (image.status !== 'ready') return;
    try {
      await navigator.share({ files: [image.file], title: texts.heading });
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
        {image.status === 'failed' && <p className="font-semibold text-violation">{labels.certificateImageFailed}</p>}
        {image.status === 'ready' && (
          <div className="grid gap-3">
            <p className="font-semibold">{labels.certificateImageReady}</p>
            {/* biome-ignore lint/performance/noImgElement: a blob: image made in this browser; there is nothing to optimise */}
            <img src={image.url} alt={labels.certificateImageAlt} width={216} height={270} className="rounded border border-line" />
            <p className="flex flex-wrap gap-3">
              <a className="btn" href={image.url} download={fileName}>
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
