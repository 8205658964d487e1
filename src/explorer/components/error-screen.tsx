const SHOWN_ERRORS = 10;

/** What went wrong loading the graph, in words, with the first problems found. */
export function ErrorScreen({ source, title, errors }: { source: string; title: string; errors: string[] }) {
  return (
    <main className="error-screen">
      <div role="alert">
        <h1>{title}</h1>
        <p>Silkmap could not show the graph from <code>{source}</code>.</p>
        {errors.length > 0 && (
          <>
            <h2>{errors.length === 1 ? 'Problem' : `First ${Math.min(errors.length, SHOWN_ERRORS)} problems`}</h2>
            <ul className="error-list">
              {errors.slice(0, SHOWN_ERRORS).map((error, index) => <li key={index}><code>{error}</code></li>)}
            </ul>
          </>
        )}
        <p className="muted">
          To build the graph from the sample corpus run <code>npm run extract</code>, or start everything with <code>npm start</code>.
        </p>
      </div>
    </main>
  );
}
