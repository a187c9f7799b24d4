import { useEffect, useState } from 'react';

/**
 * Milliseconds since `running` last turned true (or `restartKey` changed while it was: another
 * request), refreshed every second while it stays true; null while it is false. For "computing… 12 s"
 * beside a slow request.
 */
export function useElapsed(running: boolean, restartKey: string): number | null {
  const current = running ? restartKey : null;
  const [start, setStart] = useState<{ key: string; at: number } | null>(null);
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (current === null) {
      setStart(null);
      return;
    }
    const at = Date.now();
    setStart({ key: current, at });
    setNow(at);
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [current]);
  if (current === null) return null;
  return start?.key === current ? Math.max(0, now - start.at) : 0;
}
