import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '../styles/tokens.css';
import './editorial.css';
import { Editorial } from './Editorial';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Editorial />
  </StrictMode>,
);
