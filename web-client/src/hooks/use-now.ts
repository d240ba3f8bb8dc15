import { useEffect, useState } from 'react';

/** The time now, renewed every `ms`, so that "5 min ago" and ages keep counting without any event. */
export function useNow(ms = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}
