import { useEffect, useState } from 'preact/hooks';
import type { Report } from '../engine/report';
import type { Decision, SessionInfo } from '../messaging/protocol';
import { ask } from './send';

/** Temporary dialog shell: holds, checks and decides. The full dialog replaces it (issue 5). */
export function DialogApp({ sessionId }: { sessionId: string }) {
  const [session, setSession] = useState<SessionInfo>();
  const [reports, setReports] = useState<Report[]>([]);
  const [error, setError] = useState<string>();

  useEffect(() => {
    void (async () => {
      const got = await ask('session/get', { sessionId });
      if (!got.ok) return setError(got.error.message);
      setSession(got.value);
      for (let i = 0; i < got.value.files.length; i++) {
        const checked = await ask('engine/check', { sessionId, requestId: crypto.randomUUID(), fileIndex: i });
        if (checked.ok) setReports((r) => [...r, checked.value]);
        else setError(checked.error.message);
      }
    })();
  }, [sessionId]);

  const decide = (decision: Decision) => void ask('session/decide', { sessionId, decision });
  const count = session?.files.length ?? 0;
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="cg-title">
      <h1 id="cg-title">Consent Guard: check before you post</h1>
      <p role="status">{error ?? (reports.length < count ? `Checking ${reports.length + 1} of ${count} images…` : 'Check finished')}</p>
      <button type="button" onClick={() => decide({ action: 'cancel' })}>Cancel</button>
      <button type="button" onClick={() => decide({ action: 'release', reason: 'written-consent' })}>Post original</button>
    </div>
  );
}
