import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../lib/engine/metadata';
import { exifFindings } from '../../../lib/engine/metadata/exif';
import { pngChunk, solid, withPngChunks } from '../decode/fixtures';

const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
 xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
 xmlns:crs="http://ns.adobe.com/camera-raw-settings/1.0/" Iptc4xmpCore:Location="Ward 7" photoshop:City="Leeds" crs:Exposure2012="+0.50">
<dc:creator><rdf:Seq><rdf:li>Dr A Example</rdf:li></rdf:Seq></dc:creator>
<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>Jane Testpatient</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImage>
</rdf:Description></rdf:RDF></x:xmpmeta>`;

async function cameraJpeg(): Promise<Uint8Array> {
  const buffer = await solid(40, 30)
    .withExif({
      IFD0: { Make: 'Synthcam', Model: 'SC-1', Artist: 'Dr A Example', Copyright: 'Test Trust', Software: 'Editor 1.0' },
      IFD2: { BodySerialNumber: 'SYN-42', LensSerialNumber: 'LENS-7', DateTimeOriginal: '2024:05:12 14:32:10' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '53/1 24/1 54/1', GPSLongitudeRef: 'W', GPSLongitude: '1/1 48/1 0/1' },
    })
    .withMetadata({ orientation: 3 })
    .withXmp(XMP)
    .jpeg()
    .toBuffer();
  return new Uint8Array(buffer);
}

const byTag = (findings: { tag: string; value: string }[]) => Object.fromEntries(findings.map((f) => [f.tag, f.value]));

describe('readMetadata', () => {
  it('reports GPS, dates, camera, serials, artist and XMP people and places in a JPEG', async () => {
    const tags = byTag(await readMetadata(await cameraJpeg(), 'jpeg'));
    expect(tags).toMatchObject({
      'EXIF:Make': 'Synthcam',
      'EXIF:Model': 'SC-1',
      'EXIF:Artist': 'Dr A Example',
      'EXIF:Copyright': 'Test Trust',
      'EXIF:DateTimeOriginal': '2024-05-12 14:32:10',
      'EXIF:LensSerialNumber': 'LENS-7',
      'GPS:Position': '53.41500, -1.80000',
      'XMP:Iptc4xmpExt:PersonInImage': 'Jane Testpatient',
      'XMP:Iptc4xmpCore:Location': 'Ward 7',
      'XMP:photoshop:City': 'Leeds',
      'XMP:dc:creator': 'Dr A Example',
    });
    expect(Object.values(tags)).toContain('SYN-42');
  });

  it('leaves out metadata that identifies nothing', async () => {
    const tags = Object.keys(byTag(await readMetadata(await cameraJpeg(), 'jpeg')));
    expect(tags.filter((t) => /Orientation|ColorSpace|Resolution|Software|crs:/.test(t))).toEqual([]);
  });

  it('reports nothing for a plain re-encoded image', async () => {
    expect(await readMetadata(new Uint8Array(await solid(8, 8).jpeg().toBuffer()), 'jpeg')).toEqual([]);
    expect(await readMetadata(new Uint8Array(await solid(8, 8).png().toBuffer()), 'png')).toEqual([]);
  });

  it('reads PNG tEXt, zTXt and iTXt chunks but not Software', async () => {
    const png = withPngChunks(await solid(4, 4).png().toBuffer(), [
      pngChunk('tEXt', Buffer.from('Comment\0Patient Jane Testpatient', 'latin1')),
      pngChunk('zTXt', Buffer.concat([Buffer.from('Author\0\0', 'latin1'), deflateSync('Dr B Example')])),
      pngChunk('iTXt', Buffer.concat([Buffer.from('Description\0\0\0en\0\0', 'latin1'), Buffer.from('Café, bed 4', 'utf8')])),
      pngChunk('tEXt', Buffer.from('Software\0Editor 1.0', 'latin1')),
    ]);
    expect(await readMetadata(new Uint8Array(png), 'png')).toEqual([
      { tag: 'PNG:Comment', value: 'Patient Jane Testpatient' },
      { tag: 'PNG:Author', value: 'Dr B Example' },
      { tag: 'PNG:Description', value: 'Café, bed 4' },
    ]);
  });

  it('reads EXIF and XMP chunks of a WebP', async () => {
    const webp = await solid(4, 4).withExif({ IFD0: { Artist: 'Dr W Example' } }).withXmp(XMP).webp().toBuffer();
    const tags = byTag(await readMetadata(new Uint8Array(webp), 'webp'));
    expect(tags['EXIF:Artist']).toBe('Dr W Example');
    expect(tags['XMP:Iptc4xmpExt:PersonInImage']).toBe('Jane Testpatient');
  });

  it('reads JPEG comment segments', async () => {
    const jpeg = await solid(4, 4).jpeg().toBuffer();
    const comment = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 2 + 17]), Buffer.from('Pt: J Testpatient')]);
    const withComment = Buffer.concat([jpeg.subarray(0, 2), comment, jpeg.subarray(2)]);
    expect(await readMetadata(new Uint8Array(withComment), 'jpeg')).toEqual([{ tag: 'JPEG:Comment', value: 'Pt: J Testpatient' }]);
  });

  it('flags an embedded thumbnail', () => {
    const findings = exifFindings({ ifd1: { ThumbnailOffset: 300, ThumbnailLength: 5120 } });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.tag).toBe('EXIF:Thumbnail');
    expect(findings[0]?.value).toContain('5120 bytes');
  });
});
