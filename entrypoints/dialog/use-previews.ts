import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImageView, PreviewState } from '../../components/dialog/types';
import { failureOf } from '../../lib/dialog/status';
import type { SessionInfo } from '../../lib/messaging/dialog-channel';
import type { WireFile } from '../../lib/wire/file';
import { withRetry } from '../../lib/dialog/deliver';
import { keepingAlive } from '../../lib/dialog/keepalive';
import { ask } from '../../lib/dialog/send';
import { objectUrlOf } from '../../lib/dialog/wire-urls';

interface Made {
  key: string;
  state: PreviewState;
  file?: WireFile;
}

const keyOf = (image: ImageView) => JSON.stringify(image.boxes.map((b) => b.box));
const DEBOUNCE_MS = 250;

/**
 * Keeps a redacted copy of each checked image in step with its boxes, for the preview, and hands
 * out up-to-date redacted files for "Redact and continue".
 */
export function usePreviews(session: SessionInfo | undefined, images: ImageView[]) {
  const [made, setMade] = useState<Record<number, Made>>({});
  const current = useRef(made);
  current.current = made;
  const urls = useRef<string[]>([]);
  const scheduled = useRef<Record<number, string>>({});
  const timers = useRef<Record<number, ReturnType<typeof setTimeout>>>({});

  const redact = async (index: number, key: string, image: ImageView): Promise<Made> => {
    const file = session!.files[index]!;
    const got = await keepingAlive(() => withRetry(() => ask('session/redact', { sessionId: session!.sessionId, requestId: crypto.randomUUID(), file, boxes: image.boxes.map((b) => ({ box: b.box, kind: b.kind === 'face' ? 'face' : 'text' })) })));
    const result: Made = got.ok
      ? { key, file: got.value, state: { status: 'ready', url: objectUrlOf(got.value, urls.current) } }
      : { key, state: { status: 'failed', error: got.error.message } };
    setMade((all) => (scheduled.current[index] === key ? { ...all, [index]: result } : all));
    return result;
  };

  useEffect(() => {
    if (!session) return;
    images.forEach((image, index) => {
      // A checked image, or one that could not be checked but has areas the user covered by hand.
      const failure = failureOf(image);
      const coverable = failure ? !failure.unreadable && image.boxes.length > 0 && !!image.url : !!image.report;
      if (!coverable) return;
      const key = keyOf(image);
      if (scheduled.current[index] === key) return;
      scheduled.current[index] = key;
      clearTimeout(timers.current[index]);
      timers.current[index] = setTimeout(() => void redact(index, key, image), DEBOUNCE_MS);
    });
  }, [session, images]);

  useEffect(
    () => () => {
      Object.values(timers.current).forEach(clearTimeout);
      urls.current.forEach((u) => URL.revokeObjectURL(u));
    },
    [],
  );

  return {
    withPreviews: images.map((image, i): ImageView => ({ ...image, preview: made[i]?.key === keyOf(image) ? made[i]!.state : { status: 'busy' } })),
    /** Redacted files matching the current boxes, made now where the preview is stale; undefined if any failed. */
    async redactedFiles(): Promise<WireFile[] | undefined> {
      const files = await Promise.all(
        images.map(async (image, i) => {
          const key = keyOf(image);
          const ready = current.current[i];
          return ready?.key === key && ready.file ? ready.file : (await redact(i, key, image)).file;
        }),
      );
      return files.every((f): f is WireFile => f !== undefined) ? files : undefined;
    },
  };
}
