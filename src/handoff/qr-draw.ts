import qrcode from 'qrcode';

/**
 * A QR code as an SVG data: URL. Level M survives a crease or a smudge on
 * paper; a 4-module quiet zone is what phone cameras expect. Runs in the QR
 * worker (src/handoff/qr-worker.ts), or on the page where no worker can run.
 */
export async function drawQr(text: string): Promise<string> {
  const svg = await qrcode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
