import type { ReactNode } from 'react';

/**
 * A view's main article: its heading (the page's h1), an optional introduction, the URL's
 * notices, then the content. One place for the landmark and heading structure of every view.
 */
export function PageArticle({ id, title, intro, notices, children }: { id: string; title: ReactNode; intro?: ReactNode; notices?: ReactNode; children: ReactNode }) {
  return (
    <article className={id} aria-labelledby={`${id}-title`}>
      <header className="page-header">
        <h1 id={`${id}-title`}>{title}</h1>
        {intro && <p className="page-header__meta">{intro}</p>}
      </header>
      {notices}
      {children}
    </article>
  );
}
