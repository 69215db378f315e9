import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import type { IdentifierFinding } from '../../lib/engine/report';
import type { SessionInfo, ToDialog } from '../../lib/messaging/dialog-channel';
import type { Envelope } from '../../lib/messaging/envelope';
import type { ImageView } from '../../components/dialog/types';
import { findFileNameContext, findPostContext } from '../../lib/dialog/post-context';
import { initialBoxes, type ReviewBox } from '../../lib/dialog/review-boxes';
import { withRetry } from '../../lib/dialog/deliver';
import { keepingAlive } from '../../lib/dialog/keepalive';
import { ask } from '../../lib/dialog/send';
import { objectUrlOf } from '../../lib/dialog/wire-urls';

/** The session, its images as they are checked, and the post's own findings. */
export interface Checks {
  session?: SessionInfo;
  fatal?: string;
  images: ImageView[];
  postFindings: IdentifierFinding[];
  /** Replaces one image's areas to cover (the box editor keeps the history). */
  setBoxes(index: number, boxes: ReviewBox[]): void;
  /** Runs a failed check again. */
  retry(index: number): void;
  /** Stops the engine work still running (for Cancel). */
  stop(): Promise<void>;
}

/** Loads the session and checks each file in turn; the engine only ever sees files of this session. */
export function useChecks(sessionId: string): Checks {
  const [session, setSession] = useState<SessionInfo>();
  const [fatal, setFatal] = useState<string>();
  const [images, setImages] = useState<ImageView[]>([]);
  const running = useRef(new Set<string>());
  /** Request id → image index of the checks running now. */
  const checking = useRef(new Map<string, number>());
  const stopped = useRef(false);
  const sessionRef = useRef<SessionInfo>();
  const postFindings = useMemo(
    () => (session ? [...findPostContext(session.composerText), ...findFileNameContext(session.files.map((f) => f.name))] : []),
    [session],
  );

  const patch = (index: number, change: (image: ImageView) => ImageView) =>
    setImages((all) => all.map((image, i) => (i === index ? change(image) : image)));

  const checkOne = async (i: number) => {
    const requestId = crypto.randomUUID();
    running.current.add(requestId);
    checking.current.set(requestId, i);
    patch(i, (image) => ({ ...image, checkingSince: Date.now() }));
    const checked = await keepingAlive(() => withRetry(() => ask('session/check', { sessionId, requestId, fileIndex: i })));
    running.current.delete(requestId);
    checking.current.delete(requestId);
    if (stopped.current) return;
    const kept = sessionRef.current?.policy.keptLabels ?? [];
    const done = { progress: undefined, checkingSince: undefined };
    if (checked.ok) patch(i, (image) => ({ ...image, ...done, report: checked.value, boxes: initialBoxes(checked.value, kept) }));
    else patch(i, (image) => ({ ...image, ...done, failure: checked.error }));
  };

  // Findings stream in from the engine host while a check runs; only our own extension pages send them.
  useEffect(() => {
    const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
      const envelope = message as Envelope<ToDialog, 'check/progress'> | undefined;
      if (envelope?.to !== 'dialog' || envelope.type !== 'check/progress' || sender.id !== browser.runtime.id || sender.tab) return undefined;
      const index = checking.current.get(envelope.req?.requestId);
      if (index !== undefined) patch(index, (image) => (image.report || image.failure ? image : { ...image, progress: envelope.req.progress }));
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);

  useEffect(() => {
    const urls: string[] = [];
    void (async () => {
      const got = await withRetry(() => ask('session/get', { sessionId }));
      if (!got.ok) return setFatal(got.error.message);
      sessionRef.current = got.value;
      setSession(got.value);
      const files = got.value.files;
      setImages(files.map((f) => ({ name: f.name, url: objectUrlOf(f, urls), boxes: [] })));
      for (let i = 0; i < files.length && !stopped.current; i++) await checkOne(i);
    })();
    return () => urls.forEach((u) => URL.revokeObjectURL(u));
  }, [sessionId]);

  return {
    session,
    fatal,
    images,
    postFindings,
    setBoxes: (index, boxes) => patch(index, (image) => ({ ...image, boxes })),
    retry: (index) => {
      patch(index, ({ failure: _failed, report: _report, ...image }) => ({ ...image, boxes: [] }));
      void checkOne(index);
    },
    stop: async () => {
      stopped.current = true;
      await Promise.all([...running.current].map((requestId) => ask('session/cancel', { requestId })));
    },
  };
}
