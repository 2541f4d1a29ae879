/**
 * What a municipality's own colour and logo must satisfy. Pure functions: no I/O.
 */

/** WCAG 2.1 AA for normal text (success criterion 1.4.3). */
export const minimumContrast = 4.5;

/** Largest logo accepted, in bytes: a header logo needs far less. */
export const maxLogoBytes = 100 * 1024;

/** Largest width or height of a PNG logo, in pixels. */
export const maxLogoPixels = 2000;

/** `#0B5394` or `#0b5394` → `#0b5394`; anything else (`#fff`, `red`, `0b5394`) → null. */
export function parseHexColour(text: string): string | null {
  const s = text.trim().toLowerCase();
  return /^#[0-9a-f]{6}$/.test(s) ? s : null;
}

/** Relative luminance of an sRGB colour `#rrggbb`, as WCAG 2.1 defines it. */
export function relativeLuminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Contrast ratio of two colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/** Whether white text on the colour, and the colour as text on white, are readable (≥ 4.5:1). */
export function readableOnWhite(hex: string): boolean {
  return contrastRatio(hex, '#ffffff') >= minimumContrast;
}

export type LogoType = 'image/png' | 'image/svg+xml';

export type LogoCheck =
  | { ok: true; type: LogoType }
  | { ok: false; reason: 'tooLarge' | 'type' | 'unsafe' | 'dimensions' };

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function checkPng(bytes: Uint8Array): LogoCheck {
  // The first chunk of every PNG is IHDR: width and height as big-endian 32-bit numbers.
  if (bytes.length < 24) return { ok: false, reason: 'type' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk !== 'IHDR') return { ok: false, reason: 'type' };
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (width === 0 || height === 0 || width > maxLogoPixels || height > maxLogoPixels) {
    return { ok: false, reason: 'dimensions' };
  }
  return { ok: true, type: 'image/png' };
}

/**
 * What an SVG logo may not contain. The file is shown only through `<img>` (where no script runs)
 * and served with a sandboxing Content-Security-Policy; refusing these as well means that even a
 * logo opened on its own, in any browser, does nothing but draw: no script or event handler, no
 * embedded HTML, no entity tricks, and nothing fetched from elsewhere (only `#fragment` links).
 */
const unsafeSvg = [
  /<script/i,
  /<!doctype/i,
  /<!entity/i,
  /<\?xml-stylesheet/i,
  /<foreignobject/i,
  /<(iframe|embed|object|audio|video|a|animate\w*|set|handler|listener)[\s/>]/i,
  /\son[a-z]+\s*=/i,
  /javascript:/i,
  /(^|[^a-z-])data:/i,
  /@import/i,
  /href\s*=\s*["']?\s*[^"'#\s]/i,
  /url\(\s*["']?\s*[^"'#\s)]/i,
];

function checkSvg(bytes: Uint8Array): LogoCheck {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'type' };
  }
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (!/^(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(start)) {
    return { ok: false, reason: 'type' };
  }
  if (unsafeSvg.some((p) => p.test(text))) return { ok: false, reason: 'unsafe' };
  return { ok: true, type: 'image/svg+xml' };
}

/**
 * Whether uploaded bytes are a logo Samskap will keep: a PNG (by its signature, at most 2000 px
 * each way) or an SVG that only draws, at most 100 KB either way. The type is read from the bytes,
 * never from the name or the type the browser claims.
 */
export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length > maxLogoBytes) return { ok: false, reason: 'tooLarge' };
  if (bytes.length === 0) return { ok: false, reason: 'type' };
  if (pngSignature.every((b, i) => bytes[i] === b)) return checkPng(bytes);
  return checkSvg(bytes);
}
