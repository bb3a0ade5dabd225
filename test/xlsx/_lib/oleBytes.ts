// The start of an OLE compound file (the container of .xls files and of password-protected
// .xlsx files), with a directory naming the given streams: enough for the reader to tell what
// the file is. Sector contents are left empty.

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function oleOf(streams: string[]): Uint8Array {
  const entries = ["Root Entry", ...streams];
  const bytes = new Uint8Array(512 + Math.ceil(entries.length / 4) * 512);
  bytes.set(SIGNATURE);
  const header = new DataView(bytes.buffer);
  header.setUint16(0x18, 0x3e, true); // minor version
  header.setUint16(0x1a, 3, true); // major version 3: 512-byte sectors
  header.setUint16(0x1c, 0xfffe, true); // little-endian
  header.setUint16(0x1e, 9, true); // sector shift
  header.setUint32(0x30, 0, true); // first directory sector
  entries.forEach((name, i) => {
    const at = 512 + i * 128;
    for (let c = 0; c < name.length; c++) header.setUint16(at + c * 2, name.charCodeAt(c), true);
    header.setUint16(at + 0x40, (name.length + 1) * 2, true);
    bytes[at + 0x42] = i === 0 ? 5 : 2;
  });
  return bytes;
}
