/**
 * Draws the add-in icons (a white check mark on a rounded blue square) as
 * real PNG files, with no image library: RGBA pixels, zlib, and a CRC.
 * Run: npx tsx scripts/manifest/icons.ts [outDir]
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

export const ICON_SIZES = [16, 32, 64, 80, 128] as const

const BLUE: readonly [number, number, number] = [0x15, 0x4d, 0x8c]
const WHITE: readonly [number, number, number] = [0xff, 0xff, 0xff]

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

/** Encode RGBA pixels (row-major, 4 bytes each) as a PNG. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size)
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0 // filter: none
    raw.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1)
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 6 // colour type RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ])
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax
  const dy = by - ay
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy))
}

/** Coverage of the shapes at a point in unit coordinates: 0 outside, 1 square, 2 check mark. */
function shapeAt(x: number, y: number): 0 | 1 | 2 {
  const radius = 0.2
  const cx = Math.min(Math.max(x, radius), 1 - radius)
  const cy = Math.min(Math.max(y, radius), 1 - radius)
  if (Math.hypot(x - cx, y - cy) > radius) return 0
  const stroke = 0.075
  const onCheck =
    distanceToSegment(x, y, 0.24, 0.52, 0.42, 0.7) <= stroke || distanceToSegment(x, y, 0.42, 0.7, 0.77, 0.31) <= stroke
  return onCheck ? 2 : 1
}

/** Draw one icon with 4×4 supersampling for smooth edges. */
export function drawIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4)
  const samples = 4
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0
      let check = 0
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const shape = shapeAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)
          if (shape >= 1) square++
          if (shape === 2) check++
        }
      }
      const total = samples * samples
      const alpha = square / total
      const white = square === 0 ? 0 : check / square
      const i = (py * size + px) * 4
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round((BLUE[c] as number) * (1 - white) + (WHITE[c] as number) * white)
      pixels[i + 3] = Math.round(alpha * 255)
    }
  }
  return pixels
}

export function writeIcons(outDir: string): string[] {
  mkdirSync(outDir, { recursive: true })
  return ICON_SIZES.map((size) => {
    const file = join(outDir, `icon-${size}.png`)
    writeFileSync(file, encodePng(size, drawIcon(size)))
    return file
  })
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const file of writeIcons(resolve(process.argv[2] ?? 'assets'))) console.log(file)
}
