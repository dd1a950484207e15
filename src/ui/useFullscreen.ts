import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Full screen for one element. Uses the Fullscreen API where the browser has it for elements
 * (not Safari on iPhone, nor a page in a frame that does not allow it); otherwise, or when the
 * request is refused, the element fills the window instead (`fallback`, styled by
 * `.is-fullscreen`). Esc leaves either way: the browser handles it for the API, and a key
 * listener does for the fallback.
 */
export function useFullscreen<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [native, setNative] = useState(false);
  const [fallback, setFallback] = useState(false);

  useEffect(() => {
    const onChange = () => setNative(document.fullscreenElement !== null && document.fullscreenElement === ref.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  useEffect(() => {
    if (!fallback) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      // A dialog open inside the element closes first.
      if (document.querySelector('dialog[open]')) return;
      setFallback(false);
    };
    document.addEventListener('keydown', onKey);
    document.documentElement.classList.add('has-fullscreen-fallback');
    return () => {
      document.removeEventListener('keydown', onKey);
      document.documentElement.classList.remove('has-fullscreen-fallback');
    };
  }, [fallback]);

  const enter = useCallback(() => {
    const element = ref.current;
    if (!element) return;
    if (typeof element.requestFullscreen === 'function' && document.fullscreenEnabled !== false) {
      element.requestFullscreen().catch(() => setFallback(true));
    } else setFallback(true);
  }, []);

  const exit = useCallback(() => {
    setFallback(false);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, []);

  const active = native || fallback;
  const toggle = useCallback(() => (active ? exit() : enter()), [active, enter, exit]);
  return { ref, state: { active, fallback, toggle, exit } };
}
