import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Names the panel in the fallback ("Recommendations by theme"). */
  label: string;
  children: ReactNode;
}

/**
 * One per panel: a panel that fails to render shows a short notice with a retry in its
 * place, and the rest of the page keeps working. (Errors outside React's rendering are
 * the last-resort handler's, app/lastResort.ts.)
 */
export class PanelBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('unknown') };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept for whoever debugs it; the reader sees the fallback.
    console.error(`Panel "${this.props.label}" failed`, error, info.componentStack);
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return <PanelFailed label={this.props.label} onRetry={() => this.setState({ error: undefined })} />;
  }
}

function PanelFailed({ label, onRetry }: { label: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="panel panel--error" role="alert" aria-label={label}>
      <p>{t('errors.panel', { label })}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('errors.retry')}
      </button>
    </section>
  );
}
