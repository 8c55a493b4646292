import { writeFileSync } from 'node:fs';
import { renderQr } from '../../src-main/hardware/printer/raster-qr';

/**
 * A Y4M video of a QR code on white paper, for Chromium's fake camera
 * (`--use-file-for-fake-video-capture`): the camera path is tested with a real decode.
 */
export function writeQrVideo(path: string, data: string, frames = 5): string {
  const width = 640;
  const height = 480;
  const cell = 10;
  const qr = renderQr(data, cell, 4);
  const left = Math.floor((width - qr.width) / 2);
  const top = Math.floor((height - qr.height) / 2);
  const y = Buffer.alloc(width * height, 235);
  for (let row = 0; row < qr.height; row++) {
    for (let col = 0; col < qr.width; col++) {
      if (qr.dots[row * qr.width + col]) y[(top + row) * width + left + col] = 16;
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
  return path;
}
