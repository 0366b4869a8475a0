import { useEffect, useState } from 'react';

/**
 * False on the first render of a component, true from the task after the browser has painted it. A part of the
 * screen the person does not need at once can wait for it: the interaction that showed the component then ends
 * with a smaller paint, and the rest follows a frame later (on a slow phone, the difference between 140 and 80 ms).
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
