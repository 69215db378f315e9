/** Images are checked; videos are reported as not checkable; other files pass untouched. */
export function isCheckable(file: File): boolean {
  return file.type.startsWith('image/') || file.type.startsWith('video/') || /\.(jpe?g|png|gif|webp|heic|heif|avif|bmp|tiff?)$/i.test(file.name);
}
