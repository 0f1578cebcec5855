import { useEffect, useState } from 'preact/hooks';
import { qrDataUrl } from '../qr';
import './style.css';

interface Props {
  /** What the code holds. */
  text: string;
  /** What a screen reader says instead: the code's content in words. */
  alt: string;
  /** Side in CSS pixels on screen (print sizes come from the stylesheet). */
  size?: number;
  class?: string;
}

/** A QR code drawn on the device as an SVG image. */
export default function QrImage({ text, alt, size = 200, class: className }: Props) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let alive = true;
    void qrDataUrl(text).then((url) => alive && setSrc(url));
    return () => void (alive = false);
  }, [text]);
  if (!src) return <span class={`qr-image qr-image--pending ${className ?? ''}`} style={{ width: `${size}px`, height: `${size}px` }} />;
  return <img class={`qr-image ${className ?? ''}`} src={src} alt={alt} width={size} height={size} />;
}
