import QRCode from 'qrcode';

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * A printable label (SVG, 90 × 45 mm) for a machine: a QR code of its request-portal link, its name
 * and code, and what scanning does.
 */
export async function machineLabelSvg(
  machine: { name: string; code: string },
  portalUrl: string,
): Promise<string> {
  const qr = await QRCode.toString(portalUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 0 });
  const inner = qr.replace(
    /^<svg[^>]*viewBox="([^"]+)"[^>]*>/,
    '<svg x="4" y="4" width="37" height="37" viewBox="$1">',
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="90mm" height="45mm" viewBox="0 0 90 45" font-family="Helvetica, Arial, sans-serif">
  <rect x="0.25" y="0.25" width="89.5" height="44.5" rx="2" fill="#fff" stroke="#111" stroke-width="0.5"/>
  ${inner}
  <text x="45" y="13" font-size="4.2" font-weight="bold">${escapeXml(machine.name.length > 20 ? `${machine.name.slice(0, 19)}…` : machine.name)}</text>
  <text x="45" y="20" font-size="4" font-family="monospace">${escapeXml(machine.code)}</text>
  <text x="45" y="30" font-size="2.9">Problem with this machine?</text>
  <text x="45" y="34.5" font-size="2.9">Scan to tell maintenance.</text>
</svg>
`;
}
