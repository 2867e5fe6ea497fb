/*
 * `npm run assets`: draws the images of `public/` that clients ask for by name (lib/seo/site-images.ts)
 * from the site's icon, `app/icon.svg`, with sharp (librsvg): `favicon.ico` (16, 32 and 48 px
 * PNGs in one ICO file, packed by png-to-ico), `apple-touch-icon.png` (180 px) and `logo.png`
 * (512 px). The files are committed; run it again when the icon changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pngToIco from 'png-to-ico';
import sharp from 'sharp';
import { SITE_IMAGES } from '@/lib/seo/site-images';
import { runAsProgram } from './cli';
import { ROOT } from './process';

/** The icon as a square PNG of `size` pixels, drawn from the SVG at that size (not scaled from another raster). */
export function iconPng(svg: Buffer, size: number, background?: string): Promise<Buffer> {
  const drawn = sharp(svg, { density: (72 * size) / 64 }).resize(size, size);
  return (background ? drawn.flatten({ background }) : drawn).png({ compressionLevel: 9 }).toBuffer();
}

/** Writes every image of SITE_IMAGES into `publicDir`; returns what it wrote. */
export async function drawSiteImages(publicDir: string, svgFile = path.join(ROOT, 'app', 'icon.svg')): Promise<{ file: string; bytes: number }[]> {
  const svg = readFileSync(svgFile);
  const written: { file: string; bytes: number }[] = [];
  for (const image of Object.values(SITE_IMAGES)) {
    const background = 'background' in image ? image.background : undefined;
    const pngs = await Promise.all(image.sizes.map((size) => iconPng(svg, size, background)));
    const bytes = image.path.endsWith('.ico') ? await pngToIco(pngs) : (pngs[0] as Buffer);
    const file = path.join(publicDir, image.path);
    writeFileSync(file, bytes);
    written.push({ file: path.relative(ROOT, file), bytes: bytes.length });
  }
  return written;
}

runAsProgram(import.meta.url, () => {
  drawSiteImages(path.join(ROOT, 'public')).then(
    (written) => console.log(written.map((w) => `${w.file}: ${w.bytes} bytes`).join('\n')),
    (e: Error) => {
      console.error(e.message);
      process.exitCode = 1;
    },
  );
  return 0;
});
