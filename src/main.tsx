import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'maplibre-gl/dist/maplibre-gl.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import './styles/tokens.css';
import './styles/app.css';
import { App } from './app/App';
import { loadLanguage } from './i18n';
import { UpdatePrompt } from './pwa/UpdatePrompt';
import { startUrlSync } from './state/history';
import { startSuggestionQueue } from './features/suggest';
import { useViewStore } from './state/store';

startUrlSync();
startSuggestionQueue();

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

// The first render in the language of the link (lang=en loads the English messages first), so
// that an English link never shows Swedish for a moment; Swedish if they cannot be loaded.
loadLanguage(useViewStore.getState().language)
  .catch((error: unknown) => console.warn(error))
  .finally(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <App />
          <UpdatePrompt />
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
