/** Decode a PNG in tests (pngjs) and count the pixels that are not background. */
import { PNG } from 'pngjs';

export function decodePng(buf: Buffer): { width: number; height: number; nonBackground: number; colors: Set<string> } {
  expect(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  const png = PNG.sync.read(buf);
  let nonBackground = 0;
  const colors = new Set<string>();
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    if (!(r > 250 && g > 250 && b > 250)) nonBackground += 1;
    colors.add(`${r >> 4},${g >> 4},${b >> 4}`);
  }
  return { width: png.width, height: png.height, nonBackground, colors };
}
