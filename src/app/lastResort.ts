/**
 * The last-resort handler: errors that no React boundary sees (an event handler, a timer,
 * a rejected promise nobody awaited) are collected here and shown by <BackgroundErrors>,
 * instead of failing silently or leaving a half-working page with no word said. No React
 * here: main.tsx installs it before the first paint, when no app code has been fetched.
 */

const MAX_KEPT = 3;
const MAX_MESSAGE = 200;

let messages: readonly string[] = [];
const listeners = new Set<() => void>();

function describe(reason: unknown): string {
  const text = reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : 'unknown error';
  return text.slice(0, MAX_MESSAGE) || 'unknown error';
}

export function reportBackgroundError(reason: unknown): void {
  const message = describe(reason);
  if (messages.includes(message)) return;
  messages = [...messages, message].slice(-MAX_KEPT);
  listeners.forEach((listener) => listener());
}

export function dismissBackgroundErrors(): void {
  messages = [];
  listeners.forEach((listener) => listener());
}

/** Listens on the window for errors and unhandled rejections; returns the way to stop. */
export function installLastResortHandler(target: Window): () => void {
  const onError = (event: ErrorEvent) => reportBackgroundError(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => reportBackgroundError(event.reason);
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}

/** For useSyncExternalStore (BackgroundErrors.tsx): calls the listener on each change; returns the way to stop. */
export const subscribeToBackgroundErrors = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const backgroundErrors = (): readonly string[] => messages;
