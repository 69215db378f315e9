import { useEffect, useState } from 'preact/hooks';

/**
 * An image the clinician picks, shown from an object URL only: never read into storage,
 * never sent. The URL is revoked when replaced or when the page closes.
 */
export function usePicture(): { url: string | undefined; choose: (file: File | undefined) => void } {
  const [url, setUrl] = useState<string | undefined>();
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  const choose = (file: File | undefined) => setUrl(file && file.type.startsWith('image/') ? URL.createObjectURL(file) : undefined);
  return { url, choose };
}
